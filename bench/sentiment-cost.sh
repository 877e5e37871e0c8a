#!/usr/bin/env bash
# The analysis's model work and per-utterance sentiment cost beside the call embedding, on generated 6-8 minute calls.
# Argument: number of calls (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Djacoco.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
JAVA="${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}/bin/java"
exec "$JAVA" --enable-native-access=ALL-UNNAMED \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    com.salescalls.insights.SentimentCostBenchmark "$@"
