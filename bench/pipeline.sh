#!/usr/bin/env bash
# The analysis pipeline's benchmark (docs/BENCHMARKS.md, "Analysis pipeline").
#   bench/pipeline.sh                 model-only fp32 vs quantized, then 3 rounds of the pipeline, each between two
#                                     model-only runs, on 192 7-minute calls (--rounds=N for another count)
#   bench/pipeline.sh --calls=400     more calls
#   bench/pipeline.sh --memory        one 10,000-call bulk ingest, peak heap and RSS of the instance
# Needs the test PostgreSQL at 127.0.0.1:5432 (TEST_POSTGRES_URL to change) and a JDK 25 under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/java.sh com.salescalls.insights.PipelineBenchmark "$@"
