#!/usr/bin/env bash
# The benchmark: builds the release preset and prints one table (kiosk-bench), then the core's
# micro-benchmarks (Google Benchmark) and callgrind instruction counts for a fixed visit (stable
# on a noisy machine). `run.sh --quick` shortens the idle windows. `run.sh --soak` runs instead
# the month without a restart (soak-bench: 15,000 visits on the bundled content, then on
# 100,000 questions; about an hour on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/../.."

./toolchain/setup.sh
command -v valgrind >/dev/null || echo "(valgrind not installed: no instruction counts)"
cmake --preset release >/dev/null
cmake --build --preset release --target kiosk kiosk-db content fonts kiosk-bench core-bench soak-bench

if [ "${1:-}" = "--soak" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  build/release/kiosk/kiosk-db synth --questions 100000 --cards 10000 -o "$work/large.db" >/dev/null
  fonts=build/release/share/kiosk/fonts
  build/release/tests/bench/soak-bench --fonts "$fonts" --languages \
      --content build/release/content.db
  build/release/tests/bench/soak-bench --fonts "$fonts" --content "$work/large.db"
  exit
fi

build/release/tests/bench/kiosk-bench --kiosk build/release/kiosk/kiosk \
    --kiosk-db build/release/kiosk/kiosk-db --source db/content "$@"

echo
echo "Core micro-benchmarks (Google Benchmark):"
build/release/tests/bench/core-bench --benchmark_min_time=0.2 2>/dev/null | grep -E "^BM_|^---|^Benchmark"

if command -v valgrind >/dev/null; then
  echo
  echo "Instruction counts (callgrind), 800x480, a fixed visit with --fast:"
  work=$(mktemp -d)
  printf 'press Touch to begin\npress Briefings\nkey Right\nkey Right\nkey Escape\npress Quiz\nkey 1\nkey Return\n' > "$work/visit.script"
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" build/release/kiosk/kiosk --headless \
      --db build/release/content.db --script "$work/visit.script" --fast --seed 7 --state-dir "$work/state" \
      2>&1 | grep -E "Collected" | sed 's/==[0-9]*==/  whole visit:/'
  rm -rf "$work"
fi
