#!/usr/bin/env bash
# The hottest frames of a JFR recording's CPU samples: top self frames, then top frames anywhere on the stack
# (inclusive), each with its share of the samples. Usage: bench/jfr-top.sh FILE.jfr [count=25]
set -euo pipefail
file=$1 count=${2:-25}
JFR="$(ls -d /usr/lib/jvm/*25* | head -1)/bin/jfr"
"$JFR" print --events jdk.ExecutionSample --stack-depth 64 "$file" | awk -v count="$count" '
    /stackTrace = \[/ { in_stack = 1; depth = 0; delete seen; samples++; next }
    in_stack && /^[[:space:]]*\]/ { in_stack = 0; next }
    in_stack {
        frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame)
        if (frame == "...") next
        if (depth == 0) self[frame]++
        if (!(frame in seen)) { inclusive[frame]++; seen[frame] = 1 }
        depth++
    }
    END {
        printf "%d samples\n-- self --\n", samples
        for (f in self) printf "%6.2f%%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -" count
        close("sort -rn | head -" count)
        printf "-- inclusive --\n"
        for (f in inclusive) printf "%6.2f%%  %s\n", 100 * inclusive[f] / samples, f | "sort -rn | head -" count
    }'
