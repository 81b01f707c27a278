#!/usr/bin/env bash
# Fuzzes the content-database check and the content-source parser for SECONDS each (default 60)
# with libFuzzer (clang, ASan, UBSan). A crash stops it with the input saved under
# build/fuzz/findings/; copy that into tests/fuzz/check/ or tests/fuzz/source/ as a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

./toolchain/setup.sh --fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=build/fuzz/corpus
mkdir -p "$work/check" "$work/source" build/fuzz/findings
cp -n tests/fuzz/source/* "$work/source/" 2>/dev/null || true
cp -n tests/fuzz/check/*.db "$work/check/" 2>/dev/null || true
build/fuzz/kiosk/kiosk-db build tests/fixtures/content -o "$work/check/fixture.db" --quiet

for target in check source; do
  echo "== fuzz_$target for ${seconds}s"
  build/fuzz/fuzz/fuzz_$target "$work/$target" -max_total_time="$seconds" -timeout=20 \
      -rss_limit_mb=2048 -artifact_prefix=build/fuzz/findings/$target- -print_final_stats=1
done
