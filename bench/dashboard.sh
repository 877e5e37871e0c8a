#!/usr/bin/env bash
# The dashboard's Team and Call pages in Debian's headless Chromium on a database of 10,000 generated analysed calls
# (issue 15: each within 1 s on localhost); results go in docs/BENCHMARKS.md ("Dashboard").
#   bench/dashboard.sh [calls=10000 loads=30 warmup=5 keep=true]
# Needs the PostgreSQL of the integration tests (the database salescalls_bench_dashboard_N is made and dropped)
# and chromium + chromium-driver (apt-get install -y chromium chromium-driver; ./test.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_JAVA_OPTS="-Xmx${BENCH_HEAP:-2g} ${BENCH_JAVA_OPTS:-}" exec bench/java.sh com.salescalls.dashboard.DashboardBenchmark "$@"
