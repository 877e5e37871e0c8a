#!/usr/bin/env bash
# Sentiment accuracy table: VADER (baseline), the conversation lexicon analyser and the learned head on the UCI
# labelled sentences, plus correlation with the human ratings on the held-out Hutto snippets when
# ../shared/data/sentiment exists. Options: --data=PATH (Hutto folder), --errors=amazon|imdb|yelp (the lexicon
# analyser's mistakes on that set's tuning half).
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/java.sh com.salescalls.insights.SentimentEvaluation "$@"
