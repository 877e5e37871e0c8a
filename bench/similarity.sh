#!/usr/bin/env bash
# Similar-calls and search benchmarks (issue 4); results go in docs/BENCHMARKS.md.
#   bench/similarity.sh index [sizes=100000,1000000 m=16 beam=100 fanouts=5,20,50,100,200 queries=200 threads=2]
#   bench/similarity.sh search [calls=100000 queries=200 reuse=true keep=true keepindex=true snapshot=true]
#       (needs the PostgreSQL of the integration tests; keep=true keeps the database salescalls_bench_similarity_N,
#        reuse=true measures on a kept one instead of filling it again, keepindex=true also keeps the vector index,
#        measure=false stops once the index has caught up, snapshot=true then has it publish a snapshot, stops it
#        and times a new instance started from the snapshot, which the measurements then run on; snapshotdir=DIR
#        puts the snapshots elsewhere, e.g. on another file system, where they are copied instead of hard-linked)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-index}; shift || true
case "$what" in
  index)  main=com.salescalls.similarity.VectorIndexBenchmark ;;
  search) main=com.salescalls.similarity.SearchPathBenchmark ;;
  *) echo "usage: $0 index|search [key=value ...]" >&2; exit 2 ;;
esac
BENCH_JAVA_OPTS="-Xmx${BENCH_HEAP:-6g} ${BENCH_JAVA_OPTS:-}" exec bench/java.sh "$main" "$@"
