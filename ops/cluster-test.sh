#!/usr/bin/env bash
# The cluster's test (see docs/DEPLOYMENT.md for its figures): through nginx both instances answer; a call ingested
# through nginx is readable and found by semantic (vector) search on both instances within 2 s of its analysis; a
# WebSocket subscriber on one instance follows a producer on the other; under a bounded wrk load of GETs, kill -9 of
# one instance loses no request beyond those in flight (counted), the survivor serves, the restarted instance
# rejoins; a SIGTERM drains; reads are served by the replica and fall back to the primary when it stops.
# Starts the cluster (ops/cluster.sh up) when none runs and stops it at the end when it started it (KEEP_CLUSTER=1
# keeps it). Loads are short and loopback only: LOAD_SECONDS (8), LOAD_CONNECTIONS (8).
set -uo pipefail
cd "$(dirname "$0")/.."
CLUSTER=ops/cluster.sh
DIR="${CLUSTER_DIR:-target/cluster}"
LOAD_SECONDS="${LOAD_SECONDS:-8}"
LOAD_CONNECTIONS="${LOAD_CONNECTIONS:-8}"
passed=0; failed=0
started_here=0

check() { # name, then a command that must succeed
    local name="$1"; shift
    if "$@"; then echo "PASS $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}
figure() { echo "FIGURE $1=$2"; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
now_ms() { date +%s%3N; }
java25() { ls -d /usr/lib/jvm/*25*/bin/java | head -n 1; }

if ! curl -sf -o /dev/null "$(grep '^NGINX=' "$DIR/cluster.env" 2>/dev/null | cut -d= -f2)/health/ready" 2>/dev/null; then
    DEMO_CALLS="${DEMO_CALLS:-20}" $CLUSTER up >/dev/null || { echo "cluster did not come up"; echo "0 passed, 1 failed"; exit 1; }
    started_here=1
fi
set -a; . "$DIR/cluster.env"; set +a
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null

TOKEN=$(curl -s -X POST "$NGINX/auth/login" -d "username=$ADMIN_USERNAME&password=$ADMIN_PASSWORD" | json 'd["access_token"]')
AUTH="Authorization: Bearer $TOKEN"

# 1. both instances answer through nginx
instances() { for _ in $(seq 1 "$1"); do curl -s -D - -o /dev/null "$NGINX/" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-instance"{print $2}'; done | sort -u | tr '\n' ' '; }
seen="$(instances 10)"
check "both instances answer through nginx ($seen)" test "$seen" = "instance-1 instance-2 "

# 2. ingest through nginx; readable and found by vector search on both instances
CALL="cluster-$(date +%s)-$RANDOM"
PHRASE="our warehouse robots keep dropping pallets near the loading dock"
t0=$(now_ms)
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$NGINX/api/v1/calls" -H "$AUTH" -H 'Content-Type: application/json' -d "{
  \"call_id\": \"$CALL\", \"agent_id\": \"AGENT_0001\", \"customer_id\": \"CUST_000001\",
  \"start_time\": \"2026-03-01T09:30:00Z\", \"duration_seconds\": 60,
  \"transcript\": \"Agent: How can I help?\nCustomer: Honestly, $PHRASE, and it costs us a fortune.\nAgent: Let us fix that.\"}")
check "ingest through nginx answers 202 ($status)" test "$status" = 202
readable=1
for base in "$NGINX" "$INSTANCE_1" "$INSTANCE_2"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/calls/$CALL" -H "$AUTH")
    [ "$code" = 200 ] || readable=0
done
check "the new call is readable at once through nginx and on both instances" test $readable = 1
analysed_ms=""
until [ -n "$analysed_ms" ] || [ $(( $(now_ms) - t0 )) -gt 120000 ]; do
    s=$(curl -s "$NGINX/api/v1/calls/$CALL" -H "$AUTH" | json 'd["analysis_status"]')
    [ "$s" = analyzed ] && analysed_ms=$(now_ms) || sleep 0.2
done
check "the call is analysed within 120 s" test -n "$analysed_ms"
analysed_ms=${analysed_ms:-$(now_ms)}
figure ingest_to_analysed_ms $(( analysed_ms - t0 ))
q=$(python3 -c "import urllib.parse; print(urllib.parse.quote('$PHRASE'))")
found_on() { curl -s "$1/api/v1/search?q=$q&mode=semantic&limit=5" -H "$AUTH" | json "'$CALL' in [r['call_id'] for r in d['results']]"; }
# both instances polled at once; a search counts from when it was sent, so its own (model) time is not the index's
for n in 1 2; do
    (
        base=$(eval echo "\$INSTANCE_$n")
        while :; do
            sent=$(now_ms)
            [ "$(found_on "$base")" = True ] && { echo $(( sent - $analysed_ms )) >"$DIR/searchable-$n"; break; }
            [ $(( sent - $analysed_ms )) -gt 30000 ] && { echo 99999 >"$DIR/searchable-$n"; break; }
            sleep 0.1
        done
    ) &
done
wait
worst=0
for n in 1 2; do
    took=$(cat "$DIR/searchable-$n")
    figure "analysed_to_searchable_instance_${n}_ms" "$took"
    [ "$took" -gt $worst ] && worst=$took
done
t=$(now_ms); found_on "$INSTANCE_1" >/dev/null; figure semantic_search_request_ms $(( $(now_ms) - t ))
check "found by vector search on both instances within 2 s of its analysis (${worst} ms)" test "$worst" -le 2000

# 3. live: a subscriber on instance 2 follows a producer streaming through instance 1
check "a WebSocket subscriber on one instance receives a producer's utterances sent through the other" \
    "$(java25)" ops/LiveCheck.java "$INSTANCE_2" "$INSTANCE_1" "$TOKEN" "LIVE_$(date +%s)"

# 4. reads are served by the replica
replica_reads() { curl -s "$1" | awk -F' ' '/^salescalls_database_reads_total\{.*target="replica-1"/{print int($2)}'; }
primary_reads() { curl -s "$1" | awk -F' ' '/^salescalls_database_reads_total\{.*target="primary"/{print int($2)}'; }
r0=$(replica_reads "$METRICS_1")
for _ in $(seq 1 5); do curl -s -o /dev/null "$INSTANCE_1/api/v1/calls?limit=5" -H "$AUTH"; done
r1=$(replica_reads "$METRICS_1")
check "list reads are served by the replica (replica reads $r0 -> $r1)" test "$r1" -gt "$r0"

# 5. load with kill -9 of instance 2: count the lost requests; the survivor serves; the restarted one rejoins
cat >"$DIR/wrk-report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d non2xx=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.1f p99_ms=%.1f rps=%.0f\n",
    summary.requests, e.status, e.connect, e.read, e.write, e.timeout, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
LUA
load() { wrk -t2 -c"$LOAD_CONNECTIONS" -d"${LOAD_SECONDS}s" --timeout 10s --latency -s "$DIR/wrk-report.lua" -H "$AUTH" \
    "$NGINX/api/v1/calls?limit=5" 2>&1 | grep '^WRK'; }
lost() { echo "$1" | python3 -c "import sys, re; d = dict(re.findall(r'(\w+)=([\d.]+)', sys.stdin.read())); print(int(d.get('non2xx', 0)) + sum(int(d.get(k, 0)) for k in ('connect', 'read', 'write', 'timeout')))"; }
{ sleep 3; $CLUSTER kill-instance 2; } &
result=$(load); wait
echo "$result"
figure kill9_lost_requests "$(lost "$result")"
figure kill9_load "$(echo "$result" | sed 's/^WRK //')"
check "kill -9 of one instance under load loses at most the requests in flight ($(lost "$result") lost)" \
    test "$(lost "$result")" -le "$LOAD_CONNECTIONS"
seen="$(instances 6)"
check "the survivor keeps serving ($seen)" test "$seen" = "instance-1 "
t=$(now_ms); $CLUSTER start-instance 2; figure restart_to_ready_ms $(( $(now_ms) - t ))
seen="$(instances 10)"
check "the restarted instance rejoins ($seen)" test "$seen" = "instance-1 instance-2 "

# 6. SIGTERM under load: the instance drains and stops; nothing is lost
{ sleep 3; t=$(now_ms); $CLUSTER stop-instance 1; echo "$(( $(now_ms) - t ))" >"$DIR/term-ms"; } &
result=$(load); wait
echo "$result"
figure sigterm_stop_ms "$(cat "$DIR/term-ms")"
figure sigterm_lost_requests "$(lost "$result")"
check "SIGTERM under load loses no request ($(lost "$result") lost)" test "$(lost "$result")" = 0
grep -q "Graceful shutdown complete\|graceful shutdown" "$DIR/instance-1.log" \
    && check "instance 1 shut down gracefully (its log says so)" true \
    || check "instance 1 shut down gracefully (its log says so)" false
$CLUSTER start-instance 1 >/dev/null

# 7. the replica stops: reads fall back to the primary, /health says so; it comes back
$CLUSTER stop-replica
p0=$(primary_reads "$METRICS_2")
ok=1
for _ in $(seq 1 5); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$INSTANCE_2/api/v1/calls?limit=5" -H "$AUTH")" = 200 ] || ok=0
done
sleep 2
for _ in $(seq 1 5); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$INSTANCE_2/api/v1/calls?limit=5" -H "$AUTH")" = 200 ] || ok=0
done
p1=$(primary_reads "$METRICS_2")
check "with the replica stopped reads answer 200 from the primary (primary reads $p0 -> $p1)" test $ok = 1 -a "$p1" -gt "$p0"
replica_state=$(curl -s "$INSTANCE_2/health" | json 'd["replicas"][0]["status"]')
check "/health reports the stopped replica as skipped ($replica_state)" test "$replica_state" = skipped
$CLUSTER start-replica

echo "$passed passed, $failed failed"
if [ "$started_here" = 1 ] && [ "${KEEP_CLUSTER:-0}" != 1 ]; then $CLUSTER down >/dev/null; fi
[ "$failed" = 0 ]
