#!/usr/bin/env bash
# Serving speed over HTTP (issue 12): the hot read endpoints under wrk against pgbench running the detail's SELECT,
# in the same run, on a database of generated analysed calls; results go in docs/BENCHMARKS.md ("Serving speed").
#   bench/http.sh [calls="2000 100000"] [redis="off on"] [jit=60] [warmup=20] [duration=10] [connections=32] [threads=2]
#                 [build=true] [reuse=true] [jfr=false] [only=REGEX] [jar=PATH]
# Builds the jar (build=false reuses target/*.jar; jar=PATH runs that one, e.g. a copy built from an earlier commit), makes (or, with reuse=true, reuses when complete) the database
# salescalls_bench_http_N on the local PostgreSQL with N calls (COPY, bench/java.sh com.salescalls.http.HttpBenchData),
# starts `java -jar` on it (JDK 25, --add-modules jdk.incubator.vector) on ports 18480/18481, signs up a manager,
# rebuilds the analytics rollups, warms the JIT up (`jit` seconds of wrk on the detail and the list: a fresh JVM serves
# a tenth of its speed until C2 has compiled the request path, longer on a busy machine), then per endpoint:
# `warmup` seconds of wrk, then `wrk -t2 -c32 -d10s --latency`.
# pgbench -M prepared (same connections and threads) runs the detail's SELECT by call_id on random ids, once before the
# endpoints and once after; the ratios are to the mean of the two. redis=on runs the application with
# REDIS_URL=redis://127.0.0.1:6379/13 (a database of its own, flushed first). jfr=true records a JFR profile of the
# measured part to target/bench-http/N-redis-MODE.jfr (bench/jfr-top.sh prints its top frames). Besides req/s and
# latency, each row gives the application's CPU time per request (its JVM's user + system time over the run, from
# /proc): the figure that a machine shared with other work disturbs least.
# Needs wrk and pgbench (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

calls="2000 100000" redis="off on" warmup=20 jit=60 duration=10 connections=32 threads=2 build=true reuse=true
jfr=false only=. jar=
for arg in "$@"; do
    case "$arg" in
        calls=*|redis=*|warmup=*|jit=*|duration=*|connections=*|threads=*|build=*|reuse=*|jfr=*|only=*|jar=*) declare "$arg" ;;
        *) echo "unknown argument $arg" >&2; exit 2 ;;
    esac
done
for tool in wrk pgbench psql curl jq; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk postgresql-client curl jq)" >&2; exit 2; }
done

JAVA_HOME_25="$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)"
JAVA="$JAVA_HOME_25/bin/java"
PG="postgresql://postgres@127.0.0.1:5432"
PORT=18480
BASE="http://127.0.0.1:$PORT"
WORK=target/bench-http
REDIS_DB=13
ADMIN=bench-admin ADMIN_PASSWORD=bench-admin-password-1
MANAGER=bench-manager MANAGER_PASSWORD=bench-manager-password-1
mkdir -p "$WORK"
APP_PID=

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT

echo "bench/http.sh $*"
echo "machine: $(nproc) vCPU, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
echo "load average at start: $(loadavg)"

if [[ -n "$jar" ]]; then
    build=false
fi
if [[ "$build" == true ]]; then
    log "building the jar"
    ./mvnw -q -B -DskipTests -Djacoco.skip=true package
fi
JAR="${jar:-$(ls target/sales-call-analytics-*.jar | grep -v plain | head -1)}"
echo "jar: $JAR"

# the database: reused when it holds exactly N analysed calls
prepare_database() {
    local n=$1 db="salescalls_bench_http_$1" stored
    stored="$(psql -qtAX "$PG/$db" -c "SELECT count(*) FROM calls WHERE analyzed_seq IS NOT NULL" 2>/dev/null || echo -1)"
    if [[ "$reuse" == true && "$stored" == "$n" ]]; then
        log "reusing $db ($n calls)"
        return
    fi
    log "filling $db with $n calls"
    rm -rf "$WORK/index-$n"
    bench/java.sh com.salescalls.http.HttpBenchData "calls=$n" "database=$db" "dir=target/bench" >&2
}

# starts the jar on the database of N calls; redis on/off
start_app() {
    local n=$1 mode=$2 redis_url="" jfr_opt=""
    if [[ "$mode" == on ]]; then
        redis_url="redis://127.0.0.1:6379/$REDIS_DB"
        redis-cli -n "$REDIS_DB" flushdb >/dev/null
    fi
    rm -rf "$WORK/data-$n"
    mkdir -p "$WORK/data-$n"
    log "starting the application ($n calls, redis $mode)"
    PORT=$PORT MANAGEMENT_PORT=$((PORT + 1)) DATABASE_URL="$PG/salescalls_bench_http_$n" REDIS_URL="$redis_url" \
        DATA_DIR="$WORK/data-$n" INDEX_DIR="$WORK/index-$n" DEMO_CALLS=0 REANALYZE_OUTDATED_AT_START=false \
        JWT_SECRET=benchmark-secret-that-is-long-enough-0123456789 \
        ADMIN_USERNAME=$ADMIN ADMIN_PASSWORD=$ADMIN_PASSWORD ADMIN_EMAIL=bench-admin@example.com \
        LOGIN_ATTEMPTS=1000 LOGIN_ADDRESS_ATTEMPTS=1000 LOGIN_USER_ATTEMPTS=1000 \
        "$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} \
        -jar "$JAR" --logging.level.root=WARN >"$WORK/app-$n-redis-$mode.log" 2>&1 &
    APP_PID=$!
    local started=$SECONDS
    until [[ "$(curl -s "$BASE/health/ready" | jq -r '.components.index.details.state // empty' 2>/dev/null)" == current ]]; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app-$n-redis-$mode.log" >&2; exit 1; }
        (( SECONDS - started < 900 )) || { echo "not ready after 900 s" >&2; exit 1; }
        sleep 1
    done
    log "ready after $((SECONDS - started)) s"
}

token() {
    curl -sf "$BASE/auth/login" -d "username=$1&password=$2" | jq -r .access_token
}

# registers the manager (a 409 when it exists is fine), rebuilds the rollups the leaderboard reads
prepare_app() {
    local admin job state
    curl -s -o /dev/null "$BASE/auth/register" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$MANAGER\",\"email\":\"bench-manager@example.com\",\"password\":\"$MANAGER_PASSWORD\"}"
    admin="$(token $ADMIN $ADMIN_PASSWORD)"
    job="$(curl -sf -X POST "$BASE/api/v1/analytics/recalculate" -H "Authorization: Bearer $admin" | jq -r .job_id)"
    while :; do
        state="$(curl -sf "$BASE/api/v1/jobs/$job" -H "Authorization: Bearer $admin" | jq -r .state)"
        [[ "$state" == queued || "$state" == running ]] || break
        sleep 0.5
    done
    [[ "$state" == succeeded ]] || { echo "the rollup recalculation $state" >&2; exit 1; }
    TOKEN="$(token $MANAGER $MANAGER_PASSWORD)"
    [[ -n "$TOKEN" && "$TOKEN" != null ]] || { echo "the manager could not log in" >&2; exit 1; }
}

# a wrk Lua script: the path from a pattern with %s for a call id (random, or sequential per thread from `first`),
# or a fixed path; the manager's token on every request
lua_script() {
    local file=$1 kind=$2 pattern=$3 n=$4 first=${5:-1}
    cat >"$file" <<LUA
local kind, pattern, n, first, threads = "$kind", "$pattern", $n, $first, $threads
local headers = { ["Authorization"] = "Bearer $TOKEN", ["Accept"] = "application/json" }
local queries = { "pricing%20is%20too%20expensive%20for%20our%20budget", "integration%20with%20our%20CRM",
  "we%20need%20to%20talk%20to%20legal", "timing%20is%20not%20right%20for%20us", "send%20me%20a%20proposal",
  "competitor%20offers%20a%20discount", "renewal%20and%20contract%20terms", "the%20onboarding%20was%20slow",
  "can%20you%20schedule%20a%20demo", "security%20review%20and%20compliance" }
local counter = 0
local started = {}
function setup(thread) table.insert(started, thread); thread:set("offset", #started - 1) end
function init(args) math.randomseed(os.time() + offset * 7919) end
function request()
  local path
  if kind == "random" then
    path = string.format(pattern, string.format("CALL_%08d", math.random(1, n)))
  elseif kind == "sequential" then
    path = string.format(pattern, string.format("CALL_%08d", first + (counter * $threads + offset) % n))
    counter = counter + 1
  elseif kind == "fixed-set" then
    path = string.format(pattern, string.format("CALL_%08d", math.random(1, 20)))
  elseif kind == "query" then
    path = string.format(pattern, queries[math.random(1, #queries)])
  else
    path = pattern
  end
  return wrk.format("GET", path, headers)
end
LUA
}

# "req/s p50_ms p99_ms errors requests" from wrk's --latency output (errors: non-2xx answers and socket errors)
parse_wrk() {
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; if (v ~ /m$/) return v * 60000; return v }
        $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
        /^Requests\/sec:/ { rps = $2 }
        / requests in / { requests = $1 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, errors, requests }'
}

# CPU time (ms) the application's JVM has used so far: user + system, from /proc
app_cpu_ms() {
    awk -v tick="$(getconf CLK_TCK)" '{ printf "%.0f\n", ($14 + $15) * 1000 / tick }' "/proc/$APP_PID/stat"
}

PGBENCH_SQL="$WORK/detail.sql"
pgbench_detail() {
    local n=$1
    cat >"$PGBENCH_SQL" <<SQL
\\set id random(1, $n)
SELECT call_id, agent_id, customer_id, language, start_time, duration_seconds, transcript, agent_talk_ratio,
       customer_sentiment_score, analysis_status, analysis_error, created_at, updated_at, analysis_version,
       metrics, utterances FROM calls WHERE call_id = 'CALL_' || lpad(:id::text, 8, '0');
SQL
    pgbench -n -M prepared -c "$connections" -j "$threads" -T "$duration" -f "$PGBENCH_SQL" \
        "$PG/salescalls_bench_http_$n" 2>&1 | awk '/^tps/ { printf "%.0f\n", $3 }'
}

measure_all() {
    local n=$1 mode=$2 agent tps_before tps_after tps out
    agent="$(psql -qtAX "$PG/salescalls_bench_http_$n" -c "SELECT agent_id FROM calls GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")"
    local -a names=(
        "detail|random|/api/v1/calls/%s"
        "detail ?include=embedding|random|/api/v1/calls/%s?include=embedding"
        "list limit=50|fixed|/api/v1/calls?limit=50"
        "list limit=50&agent_id|fixed|/api/v1/calls?limit=50&agent_id=$agent"
        "analytics/agents|fixed|/api/v1/analytics/agents"
        "recommendations cached|fixed-set|/api/v1/calls/%s/recommendations"
        "recommendations uncached|sequential|/api/v1/calls/%s/recommendations"
        "search semantic|query|/api/v1/search?mode=semantic&limit=10&q=%s"
    )
    log "JIT warm-up: ${jit}s on the detail and the list"
    lua_script "$WORK/jit-detail.lua" random "/api/v1/calls/%s" "$n"
    lua_script "$WORK/jit-list.lua" fixed "/api/v1/calls?limit=50" "$n"
    wrk -t1 -c16 -d"${jit}s" -s "$WORK/jit-detail.lua" "$BASE" >/dev/null &
    local detail_load=$!
    wrk -t1 -c16 -d"${jit}s" -s "$WORK/jit-list.lua" "$BASE" >/dev/null
    wait "$detail_load"
    log "pgbench (detail SELECT)"
    tps_before="$(pgbench_detail "$n")"
    local results=()
    local jfr_started=false
    for entry in "${names[@]}"; do
        IFS='|' read -r name kind pattern <<<"$entry"
        [[ "$name" =~ $only ]] || continue
        local script="$WORK/wrk.lua"
        if [[ "$kind" == sequential ]]; then
            # warm up on the upper half of the ids, measure on the lower half: each measured request a call not asked before
            lua_script "$script" "$kind" "$pattern" $((n / 2)) $((n / 2 + 1))
        else
            lua_script "$script" "$kind" "$pattern" "$n"
        fi
        log "$name: warm-up ${warmup}s"
        wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$script" "$BASE" >/dev/null
        [[ "$kind" == sequential ]] && lua_script "$script" "$kind" "$pattern" $((n / 2)) 1
        if [[ "$jfr" == true && "$jfr_started" == false ]]; then
            "$JAVA_HOME_25/bin/jcmd" "$APP_PID" JFR.start name=bench settings=profile >/dev/null
            jfr_started=true
        fi
        local cpu_before cpu_after
        cpu_before="$(app_cpu_ms)"
        out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$script" "$BASE")"
        cpu_after="$(app_cpu_ms)"
        echo "$out" >"$WORK/wrk-$n-redis-$mode-${name//[^a-z]/_}.txt"
        results+=("$name|$(echo "$out" | parse_wrk) $((cpu_after - cpu_before))|$(loadavg)")
    done
    if [[ "$jfr_started" == true ]]; then
        "$JAVA_HOME_25/bin/jcmd" "$APP_PID" JFR.stop name=bench filename="$PWD/$WORK/$n-redis-$mode.jfr" >/dev/null
        log "profile: $WORK/$n-redis-$mode.jfr"
    fi
    log "pgbench again"
    tps_after="$(pgbench_detail "$n")"
    tps=$(( (tps_before + tps_after) / 2 ))
    echo
    echo "== $n calls, redis $mode, wrk -t$threads -c$connections -d${duration}s after ${jit}s of JIT warm-up and ${warmup}s per endpoint"
    echo "pgbench -M prepared -c$connections -j$threads -T$duration, the detail's SELECT by random call_id: $tps_before / $tps_after TPS (mean $tps)"
    printf '%-34s %9s %9s %9s %7s %7s %12s  %s\n' endpoint "req/s" "p50 ms" "p99 ms" "errors" "vs pg" \
        "app CPU/req" "load average"
    for row in "${results[@]}"; do
        IFS='|' read -r name figures load <<<"$row"
        read -r rps p50 p99 errors requests cpu <<<"$figures"
        printf '%-34s %9s %9s %9s %7s %6.0f%% %9.0f us  %s\n' "$name" "$rps" "$p50" "$p99" "$errors" \
            "$(echo "$rps * 100 / $tps" | bc -l)" "$(echo "$cpu * 1000 / ($requests + 1)" | bc -l)" "$load"
    done
    echo
}

for n in $calls; do
    prepare_database "$n"
    for mode in $redis; do
        start_app "$n" "$mode"
        prepare_app
        measure_all "$n" "$mode"
        stop_app
    done
done
echo "load average at the end: $(loadavg)"
