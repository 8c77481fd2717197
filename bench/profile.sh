#!/usr/bin/env bash
# Instructions per input byte, by stage, from valgrind's callgrind.
#
#   usage: bench/profile.sh BIN [DIR] [REGEX]
#
# Runs `BIN extract --jobs 1` over the articles in DIR (default: the first
# 1,000 articles of bench/out/corpus-16mb, generated if absent) under
# callgrind and prints the program's instructions per input byte, then the
# inclusive instructions per byte of each function matching REGEX (default:
# every extractor, the loader, the boilerplate filter, the normaliser and
# the record writer). Instruction counts do not depend on what else the
# machine is doing, so two builds can be compared on a busy machine where
# wall-clock figures cannot. valgrind does not run the SHA extensions, so
# sha256_hex shows the portable code's cost, not what the CPU pays.
# Needs valgrind (callgrind_annotate) and python3.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
dir=${2:-$here/out/corpus-16mb/articles/000}
pattern=${3:-'Extractor::extract\(|load_article|blank_out|normalise\(|record_json|sha256_hex'}
if [ ! -d "$dir" ] && [ -z "${2:-}" ]; then
  python3 "$here/generate.py" "$here/out/corpus-16mb" --mb 16
fi
bytes=$(cat "$dir"/* | wc -c)
out=$(mktemp)
trap 'rm -f "$out" "$out.log"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" extract --jobs 1 --reference-date 2023-06-30 \
  "$dir" >/dev/null 2>"$out.log" || { tail "$out.log" >&2; exit 1; }
callgrind_annotate --auto=no --inclusive=yes "$out" 2>/dev/null | python3 -c '
import re, sys
pattern, total_bytes = re.compile(sys.argv[1]), int(sys.argv[2])
seen = set()
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)", line)
    if not m:
        continue
    count, name = int(m.group(1).replace(",", "")), m.group(2)
    if "PROGRAM TOTALS" in name:
        print(f"{count / total_bytes:8.1f}  instructions per byte in all ({total_bytes} bytes)")
        continue
    name = name.replace("(anonymous namespace)::", "")
    function = re.sub(r"\(.*", "", name.split(":", 1)[1] if ":" in name else name)
    if pattern.search(name) and function not in seen:
        seen.add(function)
        print(f"{count / total_bytes:8.1f}  {function}")
' "$pattern" "$bytes"
