#!/usr/bin/env bash
# sitegen's benchmark: `make bench` runs this. See bench/README.md.
#
# Installs what the benchmark needs with apt-get when it is missing (Debian's hugo, the cmark
# CLI, GNU time, python3), then runs bench/bench.py from the repository root with all arguments
# passed on: `bench/run.sh --smoke`, `BENCH_SIZES=1000 BENCH_RUNS=3 bench/run.sh`, ...
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "bench: installing ${missing[*]} with apt-get" >&2
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

exec python3 bench/bench.py "$@"
