#!/usr/bin/env bash
# Where the native time goes, by stage, from perf's CPU-clock samples.
#
#   usage: bench/perf.sh BIN [DIR] [REGEX]
#
# Samples `BIN extract --jobs 1` over the articles in DIR (default: the
# first 4,000 articles of bench/out/corpus-256mb-news, about 16 MB) with
# `perf record -e cpu-clock` and DWARF call graphs, then prints the share of
# all samples spent inside each function matching REGEX (default: each
# extractor, the loader, the boilerplate filter, the normaliser, the record
# writer and SHA-256), callees included. Unlike bench/profile.sh
# (callgrind), it sees what the CPU really runs (SHA extensions, glibc's
# vector memmem), but it samples, so shares move by a point or so between
# runs and with the machine's load. The software clock event works where
# hardware counters are not exposed (`perf stat -e instructions` says
# "<not supported>" on these machines). Needs perf and python3.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${2:-}" ]; then
  inputs=("$2")
else
  base=$here/out/corpus-256mb-news/articles
  [ -d "$base" ] || { echo "perf.sh: no $base; run bench/run.sh BIN --profile news first, or give DIR" >&2; exit 2; }
  inputs=("$base/000" "$base/001" "$base/002" "$base/003")
fi
pattern=${3:-'^crimestats::\w+Extractor::extract$|^crimestats::load_article_view$|^crimestats::remove_boilerplate$|^crimestats::normalise$|Writer::format$|^crimestats::sha256_hex|^crimestats::Pipeline::run$|^crimestats::make_all_extractors$'}
out=$(mktemp)
trap 'rm -f "$out" "$out.log"' EXIT
perf record -q -e cpu-clock -F 2000 --call-graph dwarf,16384 -o "$out" \
  "$bin" extract --jobs 1 --reference-date 2023-06-30 "${inputs[@]}" >/dev/null 2>"$out.log" ||
  { tail "$out.log" >&2; exit 1; }
perf report -i "$out" --children --sort symbol --stdio -g none 2>/dev/null | python3 -c '
import re, sys
pattern = re.compile(sys.argv[1])
seen = set()
for line in sys.stdin:
    m = re.match(r"\s*([\d.]+)%\s+([\d.]+)%\s+\[\.\]\s+(.*?)\s*$", line)
    if not m:
        continue
    children, name = float(m.group(1)), m.group(3).replace("(anonymous namespace)::", "")
    name = re.sub(r"\s+-\s+-$", "", name)  # the empty parent and command columns
    name = re.sub(r"\(.*", "", name)
    if pattern.search(name) and name not in seen:
        seen.add(name)
        print(f"{children:6.1f}%  {name}")
' "$pattern"
