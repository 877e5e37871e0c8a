#!/usr/bin/env bash
# Trains the learned sentiment head on the Hutto snippets (default ../shared/data/sentiment, or --data=PATH),
# writes src/main/resources/sentiment/head-minilm-q.txt (--model=fp32 writes target/ instead, for comparison)
# and prints the evaluation table. Deterministic: a second run writes the same file. Embeddings are cached in
# target/sentiment-cache; the first run embeds about 19,000 snippets (a few minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -B test-compile exec:exec -Djacoco.skip=true \
    -Dexec.args="--enable-native-access=ALL-UNNAMED -classpath %classpath com.salescalls.insights.SentimentTraining $*"
