#!/usr/bin/env bash
# The analysis's model work and per-utterance sentiment cost beside the call embedding, on generated 6-8 minute calls.
# Argument: number of calls (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/java.sh com.salescalls.insights.SentimentCostBenchmark "$@"
