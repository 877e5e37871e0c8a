#!/usr/bin/env bash
# Cost of the conversation metrics on 7-minute calls beside sentiment scoring and the embedding (the baseline),
# all measured in one run. Usage: bench/metrics.sh [calls=200] [rounds=15]. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Djacoco.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
JAVA="${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}/bin/java"
exec "$JAVA" --enable-native-access=ALL-UNNAMED \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    com.salescalls.insights.MetricsBenchmark "$@"
