#!/usr/bin/env bash
# Cost of the conversation metrics on 7-minute calls beside sentiment scoring and the embedding (the baseline),
# all measured in one run. Usage: bench/metrics.sh [calls=200] [rounds=15]. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/java.sh com.salescalls.insights.MetricsBenchmark "$@"
