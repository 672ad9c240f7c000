#!/usr/bin/env python3
"""Turns target/bench/results.json (written by benches/run.sh) into a markdown table with the
ratios to tantivy-cli measured in the same run."""
import json, sys

r = json.load(open(sys.argv[1]))
c = r['corpus']
mb = c['raw_json_bytes'] / 1e6
text_mb = c['text_bytes'] / 1e6
n = c['articles']
rows = []
for t in (1, 2):
    i = r[f'ingest_{t}']
    row = [f'newsdex ingest, {t} thread(s)', f"{i['seconds']:.1f} s", f"{i['cpu_seconds']:.1f} s", f"{mb / i['seconds']:.1f}",
           f"{n / i['seconds']:.0f}", f"{i['peak_rss_kb'] / 1024:.0f} MiB", f"{i['index_bytes'] / 1e6:.0f} MB"]
    tc = r.get(f'tantivy_cli_index_{t}')
    row.append(f"{tc['seconds'] / i['seconds']:.2f}" if tc else '-')
    row.append(f"{tc['cpu_seconds'] / i['cpu_seconds']:.2f}" if tc else '-')
    rows.append(row)
for t in (1, 2):
    tc = r.get(f'tantivy_cli_index_{t}')
    if tc:
        rows.append([f'tantivy-cli index (title, body), {t} thread(s)', f"{tc['seconds']:.1f} s", f"{tc['cpu_seconds']:.1f} s", f"{mb / tc['seconds']:.1f}",
                     f"{n / tc['seconds']:.0f}", f"{tc['peak_rss_kb'] / 1024:.0f} MiB", f"{tc['index_bytes'] / 1e6:.0f} MB", '1', '1'])
e = r['extract_1']
print(f"Corpus: {n} articles, {mb:.1f} MB of JSON ({text_mb:.1f} MB of article text).\n")
print('| run | wall | CPU (user+sys) | JSON MB/s (wall) | articles/s (wall) | peak RSS | index size | × tantivy-cli, wall | × tantivy-cli, CPU |')
print('|---|---|---|---|---|---|---|---|---|')
for row in rows:
    print('| ' + ' | '.join(row) + ' |')
print()
i1, i2 = r['ingest_1'], r['ingest_2']
print(f"- 2 threads / 1 thread throughput (wall): {i1['seconds'] / i2['seconds']:.2f}×")
print(f"- extraction alone (quotes, speakers, entities; no index; JSON in and out), 1 thread: {text_mb / e['cpu_seconds']:.1f} MB of text per CPU second ({e['seconds']:.1f} s wall)")
ql = r['query_latency']
for kind, v in ql.items():
    print(f"- query latency with facets, {kind}: p50 {v['p50_ms']:.2f} ms, p99 {v['p99_ms']:.2f} ms")
q = r['query_command_median_s']
line = f"- single-term query as a whole command (process start, index open, search, facets): newsdex {q * 1000:.0f} ms"
if 'tantivy_cli_search_median_s' in r:
    t = r['tantivy_cli_search_median_s']
    line += f", tantivy-cli search {t * 1000:.0f} ms (ratio {q / t:.2f})"
print(line)
