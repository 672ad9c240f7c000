#!/bin/sh
# Written by `newsdex export --to opensearch` (full: drops the indexes if they exist, creates them and sends every document).
# Run it once after each export: sh ingest.sh
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
url="${OPENSEARCH_URL:-http://127.0.0.1:9200}"
for name in articles quotes; do
  index="newsdex-$name"
  if curl -sf -o /dev/null -I "$url/$index"; then
    curl -sSf -X DELETE "$url/$index" >/dev/null
  fi
  curl -sSf -X PUT "$url/$index" -H 'Content-Type: application/json' --data-binary @"$dir/$name-mapping.json" >/dev/null
  for file in "$dir"/$name-[0-9]*.ndjson; do
    [ -e "$file" ] || continue
    response=$(curl -sSf -X POST "$url/_bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$file")
    case "$response" in
      *'"errors":true'*) echo "$file: some actions failed: $response" >&2; exit 1 ;;
    esac
    echo "$file: sent to $index"
  done
  curl -sSf -X POST "$url/$index/_refresh" >/dev/null
done
