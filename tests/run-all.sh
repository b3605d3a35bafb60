#!/usr/bin/env bash
# Every test of the project, as CI runs it (README, Quick start, second command), from the
# project folder. Three builds, each configured, built and tested by its CMake preset:
#
#   default  the release build (RelWithDebInfo): the whole test suite
#   asan     gcc with AddressSanitizer and UndefinedBehaviorSanitizer: the whole suite again,
#            any memory error, leak or undefined behaviour failing it
#   fuzz     clang with libFuzzer: each fuzz target fuzzed from its seeds for
#            SMTPREF_FUZZ_SECONDS (20) seconds, its executions and coverage printed
#
# Build folders: build/, build-asan/, build-fuzz/. Needs the packages of the Quick start.
set -euo pipefail
cd "$(dirname "$0")/.."

# From clean build folders the three take about 15 minutes on 2 cores (6.5 min default, 6.5 min
# asan, 2.5 min fuzz). SMTPREF_PRESETS="asan" tests/run-all.sh runs only some of them.
for preset in ${SMTPREF_PRESETS:-default asan fuzz}; do
    echo
    echo "=== $preset: configure, build, test ==="
    start=$SECONDS
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset"
    echo "=== $preset: passed in $((SECONDS - start)) s ==="
done
echo
echo "=== every test passed in $SECONDS s ==="
