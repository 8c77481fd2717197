#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) in build-fuzz and
# runs it for SECONDS (default 60) on a copy of fuzz/seeds, so the seed
# folder itself never changes. Extra arguments go to the fuzzer.
#   usage: scripts/fuzz.sh [SECONDS] [libFuzzer flags...]
#   BUILD_DIR  build folder (default: build-fuzz)
# A crash leaves its input as build-fuzz/crash-* (printed by libFuzzer) and
# the script exits non-zero; turn each one into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
build=${BUILD_DIR:-build-fuzz}
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang)" >&2; exit 2; }

CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCRIMESTATS_FUZZ=ON -DCRIMESTATS_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_pipeline

corpus=fuzz/corpus-run
rm -rf "$corpus"
mkdir -p "$corpus"
cp fuzz/seeds/* "$corpus/"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  "$build/fuzz/fuzz_pipeline" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$build/" -print_final_stats=1 "$@"
