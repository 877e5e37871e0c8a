#!/usr/bin/env bash
# A cluster on one machine, without containers: a PostgreSQL primary and a streaming replica (initdb, then
# pg_basebackup -R), a Redis, two instances of the built jar with the settings compose.yml gives them, and nginx
# with the same ops/nginx.conf, all on free loopback ports and in a folder of their own (CLUSTER_DIR, default
# target/cluster).
#
#   ops/cluster.sh up        start everything; prints NGINX=, INSTANCE_1=, INSTANCE_2=, METRICS_1=, METRICS_2=
#                            (also written to $CLUSTER_DIR/cluster.env) and returns once all are ready
#   ops/cluster.sh down      stop everything it started (instances first, the databases last)
#   ops/cluster.sh status    say what runs
#   ops/cluster.sh stop-instance N | start-instance N | stop-replica | start-replica   (used by cluster-test.sh)
#
# Settings: DEMO_CALLS (200, made by instance 1), ANALYSIS_WORKERS (1 per instance), CLUSTER_JAVA_OPTS (-Xmx1g),
# PG_BIN (/usr/lib/postgresql/15/bin), ADMIN_PASSWORD (generated).
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${CLUSTER_DIR:-$REPO/target/cluster}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
ENV_FILE="$DIR/cluster.env"

log() { echo "cluster: $*" >&2; }
die() { log "$*"; exit 1; }

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

java_bin() {
    local jdk
    for jdk in /usr/lib/jvm/*25* "${JAVA_HOME:-}"; do
        [ -x "$jdk/bin/java" ] && "$jdk/bin/java" -version 2>&1 | grep -q 'version "25' && { echo "$jdk/bin/java"; return; }
    done
    die "no JDK 25 found under /usr/lib/jvm (or JAVA_HOME)"
}

jar() {
    local built
    built="$(ls "$REPO"/target/sales-call-analytics-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
    if [ -z "$built" ]; then
        log "building the jar (./mvnw package, tests skipped)"
        (cd "$REPO" && ./mvnw -B -ntp -q -DskipTests -Djacoco.skip=true package) >&2
        built="$(ls "$REPO"/target/sales-call-analytics-*.jar | grep -v original | head -n 1)"
    fi
    echo "$built"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_ready() { # url seconds
    local deadline=$((SECONDS + $2))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 1
    done
}

pg_start() { # name
    as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/$1" -w -t 120 -l "$DIR/pg/$1.log" \
        -o "-p $(port_of "$1") -k $DIR/pg -c listen_addresses=127.0.0.1" start >/dev/null
}

port_of() { # primary | replica
    if [ "$1" = primary ]; then echo "$PRIMARY_PORT"; else echo "$REPLICA_PORT"; fi
}

start_instance() { # n
    local n="$1" port mport
    port="$(eval echo "\$INSTANCE_${n}_PORT")"
    mport="$(eval echo "\$METRICS_${n}_PORT")"
    mkdir -p "$DIR/instance-$n"
    (
        export PORT="$port" MANAGEMENT_PORT="$mport" INSTANCE_NAME="instance-$n" DATA_DIR="$DIR/instance-$n"
        export DATABASE_URL="postgresql://postgres@127.0.0.1:$PRIMARY_PORT/salescalls"
        export DATABASE_REPLICA_URLS="postgresql://postgres@127.0.0.1:$REPLICA_PORT/salescalls"
        export REDIS_URL="redis://127.0.0.1:$REDIS_PORT" JWT_SECRET ADMIN_USERNAME ADMIN_PASSWORD
        export ANALYSIS_WORKERS="${ANALYSIS_WORKERS:-1}" LOG_FORMAT="${LOG_FORMAT:-text}"
        # nginx runs on loopback: its X-Forwarded-For is the client's address (login throttles, audit log)
        export TRUSTED_PROXIES="${TRUSTED_PROXIES:-127\.0\.0\.1}"
        # demo calls are made once, by the first instance
        if [ "$n" = 1 ]; then export DEMO_CALLS="${DEMO_CALLS:-200}"; else export DEMO_CALLS=0; fi
        # shellcheck disable=SC2086
        exec nohup "$(java_bin)" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
            ${CLUSTER_JAVA_OPTS:--Xmx1g} -jar "$(jar)" >>"$DIR/instance-$n.log" 2>&1
    ) &
    echo $! >"$DIR/instance-$n.pid"
}

stop_pid() { # pidfile seconds
    alive "$1" || { rm -f "$1"; return 0; }
    local pid deadline=$((SECONDS + $2))
    pid="$(cat "$1")"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
        sleep 0.2
    done
    rm -f "$1"
}

load_env() { [ -f "$ENV_FILE" ] || die "no cluster in $DIR (run: ops/cluster.sh up)"; set -a; . "$ENV_FILE"; set +a; }

up() {
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL binaries not found in $PG_BIN (set PG_BIN)"
    command -v redis-server >/dev/null || die "redis-server is not installed (apt-get install redis-server)"
    if ! command -v nginx >/dev/null; then
        log "installing Debian's nginx"
        [ "$(id -u)" = 0 ] || die "nginx is missing: apt-get install nginx-light"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null; }
    fi
    if [ -f "$ENV_FILE" ] && alive "$DIR/nginx/nginx.pid"; then
        log "already up"; cat "$ENV_FILE" | grep -E '^(NGINX|INSTANCE_[12]|METRICS_[12])='; return
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR/pg" "$DIR/nginx"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR/pg"
    PRIMARY_PORT=$(free_port); REPLICA_PORT=$(free_port); REDIS_PORT=$(free_port); NGINX_PORT=$(free_port)
    INSTANCE_1_PORT=$(free_port); INSTANCE_2_PORT=$(free_port); METRICS_1_PORT=$(free_port); METRICS_2_PORT=$(free_port)
    JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
    ADMIN_USERNAME="${ADMIN_USERNAME:-admin}"
    ADMIN_PASSWORD="${ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '\n/+=')}"
    JAR="$(jar)"

    log "PostgreSQL primary on $PRIMARY_PORT"
    as_postgres "$PG_BIN/initdb" -D "$DIR/pg/primary" -U postgres --auth=trust -E UTF8 --no-instructions >/dev/null
    printf "wal_level = replica\nmax_wal_senders = 4\nwal_keep_size = 256MB\n" >>"$DIR/pg/primary/postgresql.conf"
    pg_start primary
    as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres salescalls
    log "streaming replica on $REPLICA_PORT"
    as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/pg/replica" -R -X stream \
        --checkpoint=fast
    pg_start replica

    log "Redis on $REDIS_PORT"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" --dir "$DIR"

    cat >"$ENV_FILE" <<ENV
NGINX=http://127.0.0.1:$NGINX_PORT
INSTANCE_1=http://127.0.0.1:$INSTANCE_1_PORT
INSTANCE_2=http://127.0.0.1:$INSTANCE_2_PORT
METRICS_1=http://127.0.0.1:$METRICS_1_PORT/metrics
METRICS_2=http://127.0.0.1:$METRICS_2_PORT/metrics
PRIMARY_PORT=$PRIMARY_PORT
REPLICA_PORT=$REPLICA_PORT
REDIS_PORT=$REDIS_PORT
NGINX_PORT=$NGINX_PORT
INSTANCE_1_PORT=$INSTANCE_1_PORT
INSTANCE_2_PORT=$INSTANCE_2_PORT
METRICS_1_PORT=$METRICS_1_PORT
METRICS_2_PORT=$METRICS_2_PORT
JWT_SECRET=$JWT_SECRET
ADMIN_USERNAME=$ADMIN_USERNAME
ADMIN_PASSWORD=$ADMIN_PASSWORD
ENV
    chmod 600 "$ENV_FILE"

    log "instances on $INSTANCE_1_PORT and $INSTANCE_2_PORT (jar $(basename "$JAR"))"
    start_instance 1
    # the first instance migrates the empty database; the second starts once it is ready
    wait_ready "http://127.0.0.1:$INSTANCE_1_PORT/health/ready" 300 || die "instance 1 not ready: see $DIR/instance-1.log"
    start_instance 2

    log "nginx on $NGINX_PORT"
    cp "$REPO/ops/nginx.conf" "$DIR/nginx/nginx.conf"
    cat >"$DIR/nginx/salescalls-upstream.conf" <<NGX
# as ops/compose/salescalls-upstream.conf (max_fails=0: see there)
upstream salescalls_api {
    server 127.0.0.1:$INSTANCE_1_PORT max_fails=0;
    server 127.0.0.1:$INSTANCE_2_PORT max_fails=0;
    keepalive 32;
}
NGX
    echo "listen 127.0.0.1:$NGINX_PORT;" >"$DIR/nginx/salescalls-listen.conf"
    # env -u NGINX: nginx reads a variable of that name as sockets inherited from an older nginx
    nohup env -u NGINX nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log" \
        -g "daemon off; pid $DIR/nginx/nginx.pid;" >>"$DIR/nginx/access.log" 2>&1 &
    wait_ready "http://127.0.0.1:$INSTANCE_2_PORT/health/ready" 300 || die "instance 2 not ready: see $DIR/instance-2.log"
    wait_ready "http://127.0.0.1:$NGINX_PORT/health/ready" 30 || die "nginx does not answer: see $DIR/nginx/error.log"
    grep -E '^(NGINX|INSTANCE_[12]|METRICS_[12])=' "$ENV_FILE"
    echo "ADMIN_USERNAME=$ADMIN_USERNAME"
    echo "ADMIN_PASSWORD=$ADMIN_PASSWORD"
}

down() {
    [ -d "$DIR" ] || { log "nothing to stop in $DIR"; return; }
    [ -f "$ENV_FILE" ] && load_env
    stop_pid "$DIR/nginx/nginx.pid" 10
    stop_pid "$DIR/instance-2.pid" 40
    stop_pid "$DIR/instance-1.pid" 40
    stop_pid "$DIR/redis.pid" 10
    for server in replica primary; do
        if [ -f "$DIR/pg/$server/postmaster.pid" ]; then
            as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/$server" -m fast -w stop >/dev/null || true
        fi
    done
    log "stopped (data kept in $DIR until the next up)"
}

status() {
    [ -f "$ENV_FILE" ] || { echo "no cluster in $DIR"; return; }
    load_env
    local name
    for name in instance-1 instance-2 redis nginx/nginx; do
        if alive "$DIR/$name.pid"; then echo "$name: running (pid $(cat "$DIR/$name.pid"))"; else echo "$name: stopped"; fi
    done
    for name in primary replica; do
        if as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/$name" status >/dev/null 2>&1; then
            echo "postgres $name: running on $(port_of "$name")"; else echo "postgres $name: stopped"; fi
    done
    echo "ready: nginx $(curl -s -o /dev/null -w '%{http_code}' "$NGINX/health/ready" || true)," \
         "instance-1 $(curl -s -o /dev/null -w '%{http_code}' "$INSTANCE_1/health/ready" || true)," \
         "instance-2 $(curl -s -o /dev/null -w '%{http_code}' "$INSTANCE_2/health/ready" || true)"
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) status ;;
    stop-instance) load_env; stop_pid "$DIR/instance-$2.pid" 40 ;;
    kill-instance) load_env; alive "$DIR/instance-$2.pid" && kill -KILL "$(cat "$DIR/instance-$2.pid")"; rm -f "$DIR/instance-$2.pid" ;;
    start-instance) load_env; start_instance "$2"; wait_ready "$(eval echo "\$INSTANCE_$2")/health/ready" 300 ;;
    stop-replica) load_env; as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/replica" -m immediate -w stop >/dev/null ;;
    start-replica) load_env; pg_start replica ;;
    *) echo "usage: $0 up|down|status|stop-instance N|kill-instance N|start-instance N|stop-replica|start-replica" >&2; exit 2 ;;
esac
