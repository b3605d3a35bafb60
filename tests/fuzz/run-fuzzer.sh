#!/usr/bin/env bash
# Fuzzes one target for a while, from its seeds, and says how it went.
#
#   run-fuzzer.sh FUZZER SECONDS WORK_DIR DICTIONARY SEED_DIR...
#
# Inputs libFuzzer finds are kept in WORK_DIR/corpus (so a later run goes on from them), an
# input that fails in WORK_DIR/crashes/, the full log in WORK_DIR/fuzz.log: the source tree
# is only read. Seed folders that do not exist are skipped (regressions/<target>/ exists
# only once a crash was found). Exits non-zero if the target failed; the way to keep the
# failing input as a regression test is printed.
set -euo pipefail

fuzzer=$1 seconds=$2 work=$3 dictionary=$4
shift 4
name=$(basename "$fuzzer")
mkdir -p "$work/corpus" "$work/crashes"
seeds=()
for folder in "$@"; do
    if [ -d "$folder" ]; then seeds+=("$folder"); fi
done

# -timeout: an input that takes longer is a hang, reported like a crash.
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="$dictionary" -artifact_prefix="$work/crashes/" "$work/corpus" "${seeds[@]}" \
    >"$work/fuzz.log" 2>&1 || status=$?

# libFuzzer's own figures: executions and speed from its final statistics, coverage (edges
# reached, "cov"; features, "ft") from its last status line, out of the instrumented edges.
stat() { sed -n "s/^stat::$1: *//p" "$work/fuzz.log" | tail -n 1; }
last=$(grep -E '^#[0-9]+' "$work/fuzz.log" | tail -n 1 || true)
edges=$(sed -n 's/.*Loaded [0-9]* modules *(\([0-9]*\) inline 8-bit counters).*/\1/p' "$work/fuzz.log" | head -n 1)
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
echo "$name: $(stat number_of_executed_units) executions in ${seconds} s ($(stat average_exec_per_sec)/s)," \
     "cov ${cov:-?} of ${edges:-?} edges, ft ${ft:-?}, $(stat new_units_added) new inputs," \
     "corpus $(find "$work/corpus" -type f | wc -l) files, peak RSS $(stat peak_rss_mb) MB"

if [ "$status" -ne 0 ]; then
    tail -n 60 "$work/fuzz.log"
    echo "$name FAILED (exit status $status); an input that failed is in $work/crashes/." >&2
    echo "Keep it as a regression test: copy it into tests/fuzz/regressions/${name#fuzz_}/ and fix the code." >&2
fi
exit "$status"
