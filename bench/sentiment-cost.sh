#!/usr/bin/env bash
# Cost of per-utterance sentiment beside the call embedding, on generated 6-8 minute calls.
# Argument: number of calls (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -B test-compile exec:exec -Djacoco.skip=true \
    -Dexec.args="--enable-native-access=ALL-UNNAMED -classpath %classpath com.salescalls.insights.SentimentCostBenchmark $*"
