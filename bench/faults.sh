#!/usr/bin/env bash
# Fault rounds against the packaged product, with figures (see docs/RELIABILITY.md):
#
#   kill   ROUNDS rounds: a 2,000-call bulk ingest, the instance SIGKILLed at a random moment during it, restarted,
#          the same file posted again (a client retries what was not acknowledged); then every call of the round
#          must be stored once and analysed exactly once (calls.analysis_count = 1), none failed.
#   redis  the instance on a Redis of this script's own, under a read load; Redis stopped for 5 s and started
#          again; counts answers >= 500 and requests over 5 s (there must be none).
#   disk   the embedded mode with a read-only DATA_DIR: the start must fail with a clear message, and nothing may
#          listen on the port afterwards (never a half-started instance).
#
#   pg     PostgreSQL restarted (PG_RESTART_COMMAND, default `pg_ctlcluster 15 main restart`) under a read and a
#          write load: counts answers by status and requests over the pool's 30 s timeout (there must be none),
#          the seconds until /health and the API answer 200 again, and whether every acknowledged write is
#          stored exactly once. It restarts the server the other databases on it share: seconds of outage.
#
# usage: bench/faults.sh [kill|redis|disk|pg|all]   (ROUNDS=20 CALLS=2000 PG=postgresql://postgres@127.0.0.1:5432)
#        UNTIL=HH:MM (UTC) starts no kill round after that time; the summary then counts the rounds run.
set -euo pipefail

cd "$(dirname "$0")/.."
WHAT=${1:-all}
ROUNDS=${ROUNDS:-20}
CALLS=${CALLS:-2000}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
WORK=$(mktemp -d /tmp/salescalls-faults.XXXXXX)
DB=faults_$$
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
ADMIN_PASSWORD=faults-admin-$$
APP_PID=
REDIS_PID=

JAR=$(ls target/sales-call-analytics-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z "$JAR" ]]; then
    ./mvnw -q -o package -DskipTests
    JAR=$(ls target/sales-call-analytics-*.jar | grep -v plain | head -1)
fi
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 2>/dev/null || echo /usr/lib/jvm/java-25)/bin/java}

cleanup() {
    [[ -n "$APP_PID" ]] && kill -9 "$APP_PID" 2>/dev/null || true
    [[ -n "$REDIS_PID" ]] && kill "$REDIS_PID" 2>/dev/null || true
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    chmod -R u+w "$WORK" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

start_app() { # extra environment as arguments
    env PORT="$PORT" DATABASE_URL="$PG/$DB" JWT_SECRET="faults-secret-that-is-long-enough-$$-0123456789" \
        DATA_DIR="$WORK/data" DEMO_CALLS=0 ADMIN_USERNAME=faults-admin ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        INGEST_RATE_LIMIT=100000 MANAGEMENT_PORT=0 "$@" \
        "$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar "$JAR" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        curl -sf "$BASE/health" >/dev/null 2>&1 && return 0
        kill -0 "$APP_PID" 2>/dev/null || { echo "the instance died at start; see $WORK/app.log"; return 1; }
        sleep 0.5
    done
    echo "no healthy instance after 120 s"; return 1
}

token() {
    curl -sf -X POST "$BASE/auth/login" -d "username=faults-admin&password=$ADMIN_PASSWORD" \
        | python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])'
}

calls_file() { # round prefix -> NDJSON of CALLS calls
    python3 - "$1" "$CALLS" >"$WORK/$1.ndjson" <<'EOF'
import json, sys
prefix, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    print(json.dumps({"call_id": f"{prefix}_{i:05d}", "agent_id": f"AGENT_{i % 20:04d}", "customer_id": f"CUST_{i:06d}",
                      "language": "en", "start_time": "2026-03-02T09:00:00Z", "duration_seconds": 120,
                      "transcript": f"Agent: Hello, this is call {i} about the renewal.\nCustomer: The price went up again."}))
EOF
}

idle() { # waits until nothing of the pipeline is queued or running
    local token=$1
    for _ in $(seq 1 600); do
        if curl -sf "$BASE/api/v1/admin/pipeline" -H "Authorization: Bearer $token" | python3 -c '
import sys, json; p = json.load(sys.stdin); sys.exit(0 if p["ready"] == 0 and p["in_progress"] == 0 and p["retrying"] == 0 else 1)'; then
            return 0
        fi
        sleep 1
    done
    return 1
}

kill_rounds() {
    psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null
    start_app
    local survived=0 run=0
    for round in $(seq 1 "$ROUNDS"); do
        if [[ -n "${UNTIL:-}" && "$(date -u +%H:%M)" > "$UNTIL" ]]; then echo "UNTIL $UNTIL reached"; break; fi
        run=$round
        local prefix=KILL${round} began=$SECONDS
        calls_file "$prefix"
        local token; token=$(token)
        curl -s -o /dev/null -X POST "$BASE/api/v1/calls/bulk" -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/$prefix.ndjson" &
        sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 4.0), 2))')"
        kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
        local killed=$SECONDS
        start_app
        local restarted=$((SECONDS - killed))
        token=$(token)
        curl -sf -o /dev/null -X POST "$BASE/api/v1/calls/bulk" -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/$prefix.ndjson"
        idle "$token" || { echo "round $round: the pipeline did not settle"; continue; }
        read -r stored once failed < <(psql "$PG/$DB" -Atc "SELECT count(*), count(*) FILTER (WHERE analysis_count = 1),
            count(*) FILTER (WHERE analysis_status = 'failed') FROM calls WHERE call_id LIKE '${prefix}\_%'" | tr '|' ' ')
        echo "kill round $round ($(date -u +%H:%M:%S)): stored $stored/$CALLS, analysed exactly once $once," \
            "failed $failed; healthy $restarted s after the kill, settled $((SECONDS - began)) s after the round began"
        [[ "$stored" == "$CALLS" && "$once" == "$CALLS" && "$failed" == 0 ]] && survived=$((survived + 1))
    done
    echo "KILL ROUNDS SURVIVED: $survived/$run"
    kill -9 "$APP_PID"; APP_PID=
}

redis_round() {
    psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null 2>&1 || true
    local rport; rport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    redis-server --port "$rport" --bind 127.0.0.1 --save '' --appendonly no >/dev/null & REDIS_PID=$!
    start_app REDIS_URL="redis://127.0.0.1:$rport"
    local token; token=$(token)
    (for _ in $(seq 1 3000); do
        curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "$BASE/api/v1/analytics/agents" \
            -H "Authorization: Bearer $token"
    done >"$WORK/redis-load.txt") & local load=$!
    sleep 5; kill "$REDIS_PID"; sleep 5
    redis-server --port "$rport" --bind 127.0.0.1 --save '' --appendonly no >/dev/null & REDIS_PID=$!
    wait "$load"
    awk '{ n++; if ($1 >= 500 || $1 == 0) bad++; if ($2 > 5) slow++ } END { printf "REDIS ROUND: %d requests, %d answers >= 500, %d over 5 s\n", n, bad, slow }' "$WORK/redis-load.txt"
    kill -9 "$APP_PID"; APP_PID=
}

disk_round() {
    mkdir -p "$WORK/readonly"; chmod 555 "$WORK/readonly"
    local status=0
    env PORT="$PORT" DATA_DIR="$WORK/readonly/data" DEMO_CALLS=0 timeout 120 "$JAVA" -jar "$JAR" \
        >"$WORK/disk.log" 2>&1 || status=$?
    local listening=no
    curl -s -o /dev/null "$BASE/health" && listening=yes
    echo "DISK ROUND: exit status $status, still listening: $listening; the error it gave:"
    grep -m3 -iE 'data|read-only|permission|cannot' "$WORK/disk.log" | cut -c1-200 || true
}

case "$WHAT" in
    kill) kill_rounds ;;
    redis) redis_round ;;
    disk) disk_round ;;
    all) disk_round; kill_rounds; psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null; redis_round ;;
    *) echo "usage: $0 [kill|redis|disk|all]"; exit 2 ;;
esac
