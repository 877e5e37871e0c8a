#!/usr/bin/env bash
# Runs a command with its memory (its own and the page cache it faults in, mapped index files included) held to
# LIMIT_MB by a memory cgroup, the page cache dropped first so that the index's pages are charged to it; prints the
# cgroup's usage and its count of limit hits every 10 s. Needs root and cgroup v1 (this machine's kind).
#   bench/memory-limit.sh 1536 bench/similarity.sh search calls=1000000 reuse=true keep=true keepindex=true
# Results go in docs/BENCHMARKS.md (issue 13's memory).
set -euo pipefail
limit_mb=$1; shift
own=$(sed -n 's/^[0-9]*:memory:\(.*\)$/\1/p' /proc/self/cgroup)
[ -n "$own" ] && [ -d "/sys/fs/cgroup/memory$own" ] || { echo "no cgroup v1 memory controller here" >&2; exit 2; }
cg="/sys/fs/cgroup/memory$own/bench-limit-$$"
mkdir "$cg"
trap 'kill "$pid" 2>/dev/null || true; sleep 1; rmdir "$cg" 2>/dev/null || true' EXIT
echo $((limit_mb * 1024 * 1024)) > "$cg/memory.limit_in_bytes"
sync; echo 1 > /proc/sys/vm/drop_caches
sh -c "echo \$\$ > '$cg/cgroup.procs'; exec \"\$@\"" -- "$@" &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  echo "$(date -u +%T) memory cgroup: usage $(( $(cat "$cg/memory.usage_in_bytes") >> 20 )) MB of $limit_mb," \
       "peak $(( $(cat "$cg/memory.max_usage_in_bytes") >> 20 )) MB, limit hits $(cat "$cg/memory.failcnt")" >&2
  sleep 10
done
wait "$pid"
