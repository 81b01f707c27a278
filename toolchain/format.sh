#!/usr/bin/env bash
# Formats the project's C++ with clang-format (.clang-format), or with --check only says which
# files are not formatted and fails; CI runs the check.
set -euo pipefail
cd "$(dirname "$0")/.."
./toolchain/setup.sh --lint >/dev/null
mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
if [[ "${1:-}" == "--check" ]]; then
  clang-format --dry-run --Werror "${files[@]}"
  echo "format.sh: ${#files[@]} files formatted as .clang-format says"
else
  clang-format -i "${files[@]}"
fi
