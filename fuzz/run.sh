#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each for FUZZ_SECONDS.
#
#   make fuzz                          every target, 60 s each
#   make fuzz FUZZ_SECONDS=600         ten minutes each
#   make fuzz FUZZ_TARGETS="FuzzPage"  some of them
#
# The corpus grows in .build/fuzz/corpus/<target> (seeded from content/, templates/ and the
# test fixtures by fuzz/seed.py); a finding is written to .build/fuzz/findings/<target>/ and
# makes the run fail. Turn every finding into a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-FuzzPage FuzzChart FuzzTemplate FuzzYAML FuzzJSON FuzzCSV}"
SCRATCH=.build/fuzz
# Release with sanitizers: debug builds run the site targets at about 2 inputs a second.
(cd fuzz && swift build -c release --scratch-path "../$SCRATCH" \
    -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" || true)

python3 fuzz/seed.py "$SCRATCH/corpus" >/dev/null
status=0
for target in $TARGETS; do
    binary="$SCRATCH/release/$target"
    [ -x "$binary" ] || { echo "fuzz: $binary was not built"; exit 1; }
    findings="$SCRATCH/findings/$target"
    mkdir -p "$findings"
    echo "fuzz: $target for ${SECONDS_EACH}s"
    # Leak checks and deep malloc stacks cost most of the time and find nothing here (Swift
    # frees by reference counting); an input that takes over 10 s counts as a finding.
    if ! ASAN_OPTIONS=malloc_context_size=2:detect_leaks=0 "$binary" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
        -print_final_stats=1 -artifact_prefix="$findings/" \
        "$SCRATCH/corpus/$target" >"$findings/log.txt" 2>&1; then
        echo "fuzz: $target found a problem; see $findings/ and log.txt"
        tail -30 "$findings/log.txt"
        status=1
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$findings/log.txt" |
        sed "s/^/fuzz: $target /" || true
done
exit "$status"
