#!/bin/sh
# Written by `newsdex export --to quickwit` (full: drops the indexes if they exist, creates them and sends every document).
# Run it once after each export: sh ingest.sh
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
url="${QUICKWIT_URL:-http://127.0.0.1:7280}"
# auto: searchable within commit_timeout_secs; force: wait until searchable (slower).
commit="${QUICKWIT_COMMIT:-auto}"
for name in articles quotes; do
  index="newsdex-$name"
  if curl -sf "$url/api/v1/indexes/$index" >/dev/null; then
    curl -sSf -X DELETE "$url/api/v1/indexes/$index" >/dev/null
  fi
  curl -sSf -X POST "$url/api/v1/indexes" -H 'Content-Type: application/yaml' --data-binary @"$dir/$name-index.yaml" >/dev/null
  for file in "$dir"/$name-[0-9]*.ndjson; do
    [ -e "$file" ] || continue
    curl -sSf -X POST "$url/api/v1/$index/ingest?commit=$commit" --data-binary @"$file" >/dev/null
    echo "$file: sent to $index"
  done
done
