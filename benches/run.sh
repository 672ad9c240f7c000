#!/usr/bin/env bash
# Benchmarks newsdex on ../shared/data/bench-news against tantivy-cli 0.24, side by side.
#
#   bash benches/run.sh            # everything; results in target/bench/results.md
#   SKIP_TANTIVY_CLI=1 bash benches/run.sh
#
# Measures: ingest wall time, MB/s, articles/s and peak RSS at --threads 1 and 2; extraction
# alone (no index) in MB/s on one core; query p50/p99 with facets (cargo bench --bench
# query_latency, queries in benches/queries.tsv); index size; and tantivy-cli's `index` on the
# same articles (title and body) and `search` on the same single-term queries.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/bench-news}
OUT=target/bench
if [ ! -d "$CORPUS" ]; then
  echo "benches/run.sh: no corpus at $CORPUS (../shared is needed for this benchmark)" >&2
  exit 1
fi
mkdir -p "$OUT"
cargo build --release --quiet
# A copy, so that a rebuild during the run cannot change the binary under measurement.
cp target/release/newsdex "$OUT/newsdex"
NEWSDEX=$OUT/newsdex
TANTIVY=${TANTIVY:-$(command -v tantivy || echo /tmp/tantivy-cli/bin/tantivy)}
if [ -z "${SKIP_TANTIVY_CLI:-}" ] && [ ! -x "$TANTIVY" ]; then
  echo "installing tantivy-cli 0.24 into /tmp/tantivy-cli" >&2
  cargo install tantivy-cli --version 0.24.0 --root /tmp/tantivy-cli --quiet
  TANTIVY=/tmp/tantivy-cli/bin/tantivy
fi

# The inputs, prepared once (not timed): the raw JSON size, the article texts for extraction
# alone, and title+body documents for tantivy-cli.
python3 - "$CORPUS" "$OUT" <<'PY'
import glob, gzip, json, os, sys
corpus, out = sys.argv[1], sys.argv[2]
raw = articles = text_bytes = 0
with open(os.path.join(out, 'texts.jsonl'), 'w') as texts, open(os.path.join(out, 'tantivy-docs.json'), 'w') as docs:
    for path in sorted(glob.glob(os.path.join(corpus, '**', '*.jsonl.gz'), recursive=True)):
        for n, line in enumerate(gzip.open(path, 'rt', encoding='utf-8')):
            raw += len(line.encode())
            a = json.loads(line)
            body = a.get('maintext') or ''
            articles += 1
            text_bytes += len(body.encode())
            texts.write(json.dumps({'id': f'{path}:{n}', 'text': body}) + '\n')
            docs.write(json.dumps({'title': a.get('title') or '', 'body': body}) + '\n')
json.dump({'raw_json_bytes': raw, 'articles': articles, 'text_bytes': text_bytes}, open(os.path.join(out, 'corpus.json'), 'w'))
PY

# timed CMD... -> "wall_seconds peak_rss_kb cpu_seconds" of the command (GNU time). CPU time
# (user + system) is the steadier figure on a shared machine.
timed() {
  /usr/bin/time -f "%e %M %U %S" -o "$OUT/time.txt" "$@" > "$OUT/stdout.txt" || true
  tail -1 "$OUT/time.txt" | awk '{print $1, $2, $3 + $4}'
}

results="$OUT/results.json"
echo "{" > "$results"
# tantivy-cli indexes the same articles (title and body) right after each newsdex ingest, so
# that the two runs of a ratio meet the same machine (it is shared: minutes apart, the same
# command's time moved by a third).
tantivy_index() {
  local threads=$1 dir="$OUT/tantivy-$1"
  rm -rf "$dir" && mkdir -p "$dir"
  cat > "$dir/meta.json" <<'JSON'
{"index_settings":{"docstore_compression":"lz4","docstore_blocksize":16384},"segments":[],"schema":[{"name":"title","type":"text","options":{"indexing":{"record":"position","fieldnorms":true,"tokenizer":"default"},"stored":true,"fast":false}},{"name":"body","type":"text","options":{"indexing":{"record":"position","fieldnorms":true,"tokenizer":"default"},"stored":true,"fast":false}}],"opstamp":0}
JSON
  read -r secs rss cpu < <(timed "$TANTIVY" index -i "$dir" -t "$threads" -m 268435456 -f "$OUT/tantivy-docs.json")
  size=$(du -sb "$dir" | cut -f1)
  echo "\"tantivy_cli_index_$threads\": {\"seconds\": $secs, \"cpu_seconds\": $cpu, \"peak_rss_kb\": $rss, \"index_bytes\": $size}," >> "$results"
  echo "tantivy-cli index -t $threads: $secs s, peak RSS $rss KB" >&2
}

for threads in 1 2; do
  rm -rf "$OUT/index-$threads"
  read -r secs rss cpu < <(timed "$NEWSDEX" ingest --json --threads "$threads" --index "$OUT/index-$threads" "$CORPUS")
  cp "$OUT/stdout.txt" "$OUT/ingest-$threads.json"
  size=$(du -sb "$OUT/index-$threads" | cut -f1)
  echo "\"ingest_$threads\": {\"seconds\": $secs, \"cpu_seconds\": $cpu, \"peak_rss_kb\": $rss, \"index_bytes\": $size}," >> "$results"
  echo "newsdex ingest --threads $threads: $secs s, peak RSS $rss KB, index $size bytes" >&2
  if [ -z "${SKIP_TANTIVY_CLI:-}" ]; then
    tantivy_index "$threads"
  fi
done

read -r secs rss cpu < <(RAYON_NUM_THREADS=1 timed "$NEWSDEX" extract --jsonl "$OUT/texts.jsonl" --out /dev/null)
echo "\"extract_1\": {\"seconds\": $secs, \"cpu_seconds\": $cpu, \"peak_rss_kb\": $rss}," >> "$results"
echo "newsdex extract (1 thread): $secs s" >&2

# Quotes and speakers alone, and all extraction, per core, in process (divan).
NEWSDEX_BENCH_TEXTS="$OUT/texts.jsonl" cargo bench --quiet --bench extract -- --sample-count 3 \
  > "$OUT/extract-divan.txt"
cat "$OUT/extract-divan.txt" >&2

NEWSDEX_BENCH_INDEX="$OUT/index-2" cargo bench --quiet --bench query_latency | tee "$OUT/query-latency.txt" >&2
echo "\"query_latency\": $(tail -1 "$OUT/query-latency.txt")," >> "$results"

# Single-term queries as whole commands, for the side-by-side with tantivy-cli's `search`.
terms=$(awk -F'\t' '$1=="articles" && $3=="" && $2 ~ /^[A-Za-z]+$/ {print $2}' benches/queries.tsv)
time_each() { # prints the median seconds of 5 runs of each command, over all terms
  python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
template, terms = sys.argv[1], sys.argv[2].split()
runs = []
for term in terms:
    cmd = template.replace('TERM', term)
    times = []
    for _ in range(5):
        t = time.perf_counter(); subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, check=True); times.append(time.perf_counter() - t)
    runs.append(statistics.median(times))
print(statistics.median(runs))
PY
}
q=$(time_each "$NEWSDEX query TERM --index $OUT/index-2 --json" "$terms")
echo "\"query_command_median_s\": $q," >> "$results"

if [ -z "${SKIP_TANTIVY_CLI:-}" ]; then
  t=$(time_each "$TANTIVY search -i $OUT/tantivy-2 -q TERM" "$terms")
  echo "\"tantivy_cli_search_median_s\": $t," >> "$results"
fi
echo "\"corpus\": $(cat "$OUT/corpus.json")}" >> "$results"
{ python3 benches/report.py "$results"; echo; echo '```'; cat "$OUT/extract-divan.txt"; echo '```'; } | tee "$OUT/results.md"
