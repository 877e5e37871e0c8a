#!/usr/bin/env bash
# Sentiment accuracy table: VADER (baseline), the conversation lexicon analyser and the learned head on the UCI
# labelled sentences, plus correlation with the human ratings on the held-out Hutto snippets when
# ../shared/data/sentiment exists. Options: --data=PATH (Hutto folder), --errors=amazon|imdb|yelp (the lexicon
# analyser's mistakes on that set's tuning half).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -Djacoco.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
JAVA="${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}/bin/java"
exec "$JAVA" --enable-native-access=ALL-UNNAMED \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    com.salescalls.insights.SentimentEvaluation "$@"
