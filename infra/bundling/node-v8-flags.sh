#!/bin/sh
# Lambda exec wrapper (AWS_LAMBDA_EXEC_WRAPPER, set by AppFunction's `v8Options`). Lambda starts the runtime through
# this script with the runtime's own command line: node, its options, and the runtime's entry script last. V8 options
# cannot travel in NODE_OPTIONS, so they go in here, just before the entry script.
#
# --no-regexp-tier-up: V8 runs a regular expression in its bytecode interpreter until it "tiers up" to machine code,
# and in a process that reads English and Russian articles many of the extractor's expressions stay interpreted:
# Russian after English ran at 418-420 articles/s against 630-684 with this option (Node 22.12, real articles), and
# the first article took 116-121 ms against 52-55 ms (README, "speed").
if [ "$#" -lt 2 ]; then exec "$@"; fi
count=$#
i=0
for arg do
  i=$((i + 1))
  if [ "$i" -eq 1 ]; then set --; fi
  if [ "$i" -eq "$count" ]; then set -- "$@" --no-regexp-tier-up; fi
  set -- "$@" "$arg"
done
exec "$@"
