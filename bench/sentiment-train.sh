#!/usr/bin/env bash
# Trains the learned sentiment head on the Hutto snippets (default ../shared/data/sentiment, or --data=PATH),
# writes src/main/resources/sentiment/head-minilm.txt (--model=q trains over the quantized model and writes target/ instead, for comparison)
# and prints the evaluation table. Deterministic: a second run writes the same file. Embeddings are cached in
# target/sentiment-cache; the first run embeds about 19,000 snippets (a few minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/java.sh com.salescalls.insights.SentimentTraining "$@"
