#!/usr/bin/env bash
# Benchmark a built crimestats binary on a generated corpus.
#
#   usage: bench/run.sh BIN [--mb N] [--runs N] [--seed S] [--profile dense|news] [--corpus DIR] [--no-recall]
#
# Builds nothing: BIN is the binary to measure (e.g. build/crimestats from a
# RelWithDebInfo or Release build). Generates the corpus with
# bench/generate.py if DIR/meta.json is absent (default DIR:
# bench/out/corpus-<N>mb, N = 256; corpus-<N>mb-news with --profile news,
# which has the fact density of real articles instead of the dense stress
# text), then reports medians of --runs runs (default 5, after one warm-up
# run that also fills the page cache):
#   - MB/s with --jobs 1 and --jobs 2 (1 MB = 10^6 bytes), and their ratio;
#   - peak RSS (/usr/bin/time -v, "Maximum resident set size") of each;
#   - start-up: a one-line article, end to end (loading every lexicon and
#     the gazetteer);
#   - the floor: `rg -c '[0-9£$€]|Operation'` over the same files, with one
#     thread and with two, and crimestats' time as a multiple of it;
#   - precision/recall/F1 per field against the corpus's gold.jsonl.
# Needs hyperfine, rg, /usr/bin/time and python3. Not part of CI.
set -euo pipefail

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
bin=$(realpath "$1"); shift
mb=256 runs=5 seed=1 corpus="" recall=1 profile=dense
while [ $# -gt 0 ]; do
  case $1 in
    --mb) mb=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --no-recall) recall=0; shift ;;
    *) usage ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
suffix=""; [ "$profile" = dense ] || suffix="-$profile"
corpus=${corpus:-$here/out/corpus-${mb}mb$suffix}
work=$here/out/run
[ -x "$bin" ] || { echo "run.sh: $bin: not an executable" >&2; exit 2; }
for tool in hyperfine rg python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is needed" >&2; exit 2; }
done
mkdir -p "$work"

if [ ! -f "$corpus/meta.json" ]; then
  python3 "$here/generate.py" "$corpus" --mb "$mb" --seed "$seed" --profile "$profile"
fi
meta() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], ""))' "$corpus/meta.json" "$1"; }
# The corpus's text follows the gazetteer it was drawn from: say so when that has changed.
gazetteer=$(meta gazetteer)
if [ -f "$gazetteer" ] && [ "$(sha256sum "$gazetteer" | cut -d' ' -f1)" != "$(meta gazetteer_sha256)" ]; then
  echo "run.sh: $gazetteer changed since $corpus was generated; delete it to regenerate" >&2
fi
bytes=$(meta bytes) articles=$(meta articles) ref=$(meta reference_date)
printf 'Police in the town made 3 arrests.\n' >"$work/tiny.txt"

# median FIELD_OF_HYPERFINE_JSON: the median wall time in seconds.
median_seconds() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }
# The median "Maximum resident set size" in a /usr/bin/time -v log, in MiB.
median_rss_mib() {
  python3 - "$1" <<'EOF'
import statistics, sys
kb = [int(l.split(":")[1]) for l in open(sys.argv[1]) if "Maximum resident set size" in l]
print(f"{statistics.median(kb) / 1024:.1f}")
EOF
}

# time_extract JOBS: timed runs of the whole corpus, each under /usr/bin/time -v.
time_extract() {
  local jobs=$1
  rm -f "$work/rss-jobs$jobs.log"
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/jobs$jobs.json" \
    "/usr/bin/time -v -a -o '$work/rss-jobs$jobs.log' '$bin' extract --jobs $jobs --reference-date $ref '$corpus/articles'" \
    >"$work/jobs$jobs.txt"
}

echo "corpus: $corpus ($articles articles, $bytes bytes); $runs runs each" >&2
time_extract 1
time_extract 2
pattern="'[0-9£\$€]|Operation'"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/rg1.json" \
  "rg -j1 -c $pattern '$corpus/articles'" >"$work/rg1.txt"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/rg2.json" \
  "rg -j2 -c $pattern '$corpus/articles'" >"$work/rg2.txt"
hyperfine --style basic -N --warmup 3 --runs 30 --export-json "$work/startup.json" \
  "$bin extract --reference-date $ref $work/tiny.txt" >"$work/startup.txt"
/usr/bin/time -v -o "$work/rss-tiny.log" "$bin" extract --reference-date "$ref" "$work/tiny.txt" >/dev/null

python3 - "$bytes" "$(median_seconds "$work/jobs1.json")" "$(median_seconds "$work/jobs2.json")" \
  "$(median_seconds "$work/rg1.json")" "$(median_seconds "$work/rg2.json")" "$(median_seconds "$work/startup.json")" \
  "$(median_rss_mib "$work/rss-jobs1.log")" "$(median_rss_mib "$work/rss-jobs2.log")" \
  "$(median_rss_mib "$work/rss-tiny.log")" <<'EOF'
import sys
size, t1, t2, rg1, rg2, start, rss1, rss2, rss_tiny = map(float, sys.argv[1:])
mb = size / 1e6
def verdict(ok): return "ok" if ok else "MISSED"
print(f"{'measure':34} {'value':>12}  target")
print(f"{'MB/s, --jobs 1':34} {mb / t1:12.1f}  >= 100 {verdict(mb / t1 >= 100)}")
print(f"{'MB/s, --jobs 2':34} {mb / t2:12.1f}")
print(f"{'speed-up, --jobs 2 / --jobs 1':34} {t1 / t2:12.2f}  >= 1.8 {verdict(t1 / t2 >= 1.8)}")
print(f"{'peak RSS MiB, --jobs 1':34} {rss1:12.1f}  <= 64 {verdict(rss1 <= 64)}")
print(f"{'peak RSS MiB, --jobs 2':34} {rss2:12.1f}  <= 64 {verdict(rss2 <= 64)}")
print(f"{'peak RSS MiB, one tiny article':34} {rss_tiny:12.1f}")
print(f"{'start-up ms (tiny article)':34} {start * 1000:12.1f}  <= 20 {verdict(start * 1000 <= 20)}")
print(f"{'rg floor MB/s, -j1':34} {mb / rg1:12.1f}")
print(f"{'rg floor MB/s, -j2':34} {mb / rg2:12.1f}")
print(f"{'crimestats/rg time, 1 thread':34} {t1 / rg1:12.1f}")
print(f"{'crimestats/rg time, 2 threads':34} {t2 / rg2:12.1f}")
EOF

if [ "$recall" = 1 ]; then
  "$bin" extract --jobs 2 --reference-date "$ref" "$corpus/articles" >"$work/pred.jsonl" || true
  scorer=$here/score.py
  shared_scorer=$here/../../shared/eval/score.py
  [ -f "$shared_scorer" ] && scorer=$shared_scorer
  echo
  echo "extraction quality on the generated corpus ($(basename "$(dirname "$scorer")")/score.py):"
  python3 "$scorer" "$corpus/gold.jsonl" "$work/pred.jsonl"
fi
