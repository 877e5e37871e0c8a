#!/usr/bin/env bash
# Agent analytics at scale (issue 5): leaderboard from rollups vs a GROUP BY on calls, cached vs uncached, and the
# nightly recalculation, on a database of its own (created and dropped) on the local PostgreSQL.
# Usage: bench/analytics.sh [calls, default 1000000] [timed runs, default 200] [redis: cache in a redis-server
# started for the run, instead of in-process]
# TEST_POSTGRES_URL picks another server (JDBC URL of its postgres database, as for the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_JAVA_OPTS="-Xmx2g ${BENCH_JAVA_OPTS:-}" exec bench/java.sh com.salescalls.analytics.AnalyticsBenchmark "$@"
