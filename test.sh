#!/usr/bin/env bash
# The README's test command: installs what the tests need and is missing (as root, from Debian's packages), then
# runs every test with `./mvnw verify`. Arguments go to Maven (e.g. ./test.sh -o for an offline build).
#   - a JDK 25 under /usr/lib/jvm (this machine kind ships Temurin 25) and a java on the PATH for Maven itself
#   - the PostgreSQL server at 127.0.0.1:5432 the integration tests use (started when it is down)
#   - redis-server, which the Redis and WebSocket tests start on free ports of their own
#   - Debian's chromium and chromium-driver, which the dashboard's browser tests drive (never a downloaded browser)
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "The tests need these packages: ${missing[*]} (install them, e.g. with apt-get, as root)" >&2
        exit 1
    fi
    echo "Installing ${missing[*]}"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
if ! ls -d /usr/lib/jvm/*25* >/dev/null 2>&1; then
    echo "JDK 25 not found under /usr/lib/jvm (or name it in ~/.m2/toolchains.xml)" >&2
    exit 1
fi
if [ -z "${TEST_POSTGRES_URL:-}" ] && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    echo "Starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

exec ./mvnw -B verify "$@"
