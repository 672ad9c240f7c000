//! What each engine needs besides the documents: index configs or mappings, the lines that
//! carry documents and deletions, and the script that creates the indexes and sends it all.

use serde_json::{json, Value};

use super::documents::{DocKind, FieldType};

/// The engine an export is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    Quickwit,
    /// OpenSearch, or Elasticsearch: the mappings and `_bulk` format are the same.
    OpenSearch,
}

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::Quickwit => "quickwit",
            Target::OpenSearch => "opensearch",
        }
    }
}

/// `{prefix}-articles` or `{prefix}-quotes`.
pub fn index_name(prefix: &str, kind: DocKind) -> String {
    format!("{prefix}-{}", kind.name())
}

/// Quickwit's index config (doc mapping YAML) for one kind of document.
pub fn quickwit_config(prefix: &str, kind: DocKind) -> String {
    let mut yaml = format!(
        "# Quickwit index config written by `newsdex export --to quickwit`.\n\
         version: 0.8\n\
         index_id: {}\n\
         doc_mapping:\n  \
         # Documents carry exactly these fields; anything else is an error, not silently dropped.\n  \
         mode: strict\n  \
         field_mappings:\n",
        index_name(prefix, kind)
    );
    for field in kind.fields() {
        yaml.push_str(&format!("    - name: {}\n", field.name));
        let options: &[&str] = match field.field_type {
            FieldType::Text => &[
                "type: text",
                "tokenizer: default",
                "record: position",
                "fieldnorms: true",
            ],
            FieldType::Keyword => &["type: text", "tokenizer: raw", "fast: true"],
            FieldType::Keywords => &["type: array<text>", "tokenizer: raw", "fast: true"],
            FieldType::Date => &[
                "type: datetime",
                "input_formats: [rfc3339]",
                "output_format: rfc3339",
                "fast_precision: seconds",
                "fast: true",
            ],
            FieldType::Bool => &["type: bool", "fast: true"],
            FieldType::StoredOnly => &["type: text", "indexed: false"],
        };
        for option in options {
            yaml.push_str(&format!("      {option}\n"));
        }
    }
    yaml.push_str(&format!(
        "  timestamp_field: date\n\
         search_settings:\n  \
         default_search_fields: [{}]\n\
         indexing_settings:\n  \
         commit_timeout_secs: 10\n",
        kind.default_search_fields().join(", ")
    ));
    yaml
}

/// OpenSearch (or Elasticsearch) index settings and mappings for one kind of document.
pub fn opensearch_mapping(kind: DocKind) -> Value {
    let properties: serde_json::Map<String, Value> = kind
        .fields()
        .iter()
        .map(|field| {
            let mapping = match field.field_type {
                // Text fields index positions and norms by default.
                FieldType::Text => json!({"type": "text"}),
                // A keyword field takes one value or an array of them.
                FieldType::Keyword | FieldType::Keywords => json!({"type": "keyword"}),
                FieldType::Date => json!({"type": "date", "format": "strict_date_optional_time"}),
                FieldType::Bool => json!({"type": "boolean"}),
                FieldType::StoredOnly => json!({"type": "keyword", "index": false}),
            };
            (field.name.to_string(), mapping)
        })
        .collect();
    json!({"mappings": {"dynamic": "strict", "properties": properties}})
}

/// A `_bulk` record that indexes (adds or replaces) a document under its stable id.
pub fn bulk_index_record(index: &str, doc: &Value) -> String {
    let id = doc["id"].as_str().unwrap_or_default();
    format!(
        "{}\n{doc}\n",
        json!({"index": {"_index": index, "_id": id}})
    )
}

/// A `_bulk` record that deletes a document.
pub fn bulk_delete_record(index: &str, id: &str) -> String {
    format!("{}\n", json!({"delete": {"_index": index, "_id": id}}))
}

/// Article ids per Quickwit delete task: one task per id would flood the delete queue.
pub const IDS_PER_DELETE_TASK: usize = 100;

/// Quickwit delete-task bodies (`POST api/v1/<index>/delete-tasks`) removing every document
/// of these articles, one JSON object a line.
pub fn quickwit_delete_tasks(article_ids: &[String]) -> String {
    article_ids
        .chunks(IDS_PER_DELETE_TASK)
        .map(|ids| {
            let query = ids
                .iter()
                .map(|id| format!("article_id:{id}"))
                .collect::<Vec<_>>()
                .join(" OR ");
            format!("{}\n", json!({"query": query}))
        })
        .collect()
}

/// The name of the file of delete tasks for one Quickwit index.
pub fn delete_tasks_file(kind: DocKind) -> String {
    format!("{}-delete-tasks.ndjson", kind.name())
}

/// The name of the config (Quickwit) or mapping (OpenSearch) file of one index.
pub fn settings_file(target: Target, kind: DocKind) -> String {
    match target {
        Target::Quickwit => format!("{}-index.yaml", kind.name()),
        Target::OpenSearch => format!("{}-mapping.json", kind.name()),
    }
}

pub const SCRIPT_FILE: &str = "ingest.sh";

/// The script that hands the export to the engine. A full export replaces the indexes (drops
/// and recreates them); an incremental one applies its deletions and documents to them.
pub fn script(target: Target, prefix: &str, incremental: bool) -> String {
    let mode = if incremental {
        "incremental: applies the changes since the previous export to the existing indexes"
    } else {
        "full: drops the indexes if they exist, creates them and sends every document"
    };
    let head = format!(
        "#!/bin/sh\n\
         # Written by `newsdex export --to {target}` ({mode}).\n\
         # Run it once after each export: sh ingest.sh\n\
         set -eu\n\
         dir=$(cd \"$(dirname \"$0\")\" && pwd)\n",
        target = target.name()
    );
    let body = match target {
        Target::Quickwit => quickwit_script(prefix, incremental),
        Target::OpenSearch => opensearch_script(prefix, incremental),
    };
    head + &body
}

fn quickwit_script(prefix: &str, incremental: bool) -> String {
    let setup = if incremental {
        "  # Quickwit cannot replace a document: delete the changed and removed articles' documents\n  \
         # first. A delete task only affects documents ingested before it, not the ones below.\n  \
         if [ -f \"$dir/$name-delete-tasks.ndjson\" ]; then\n    \
         while IFS= read -r task; do\n      \
         curl -sSf -X POST \"$url/api/v1/$index/delete-tasks\" -H 'Content-Type: application/json' --data-binary \"$task\" >/dev/null\n    \
         done < \"$dir/$name-delete-tasks.ndjson\"\n  \
         fi\n"
    } else {
        "  if curl -sf \"$url/api/v1/indexes/$index\" >/dev/null; then\n    \
         curl -sSf -X DELETE \"$url/api/v1/indexes/$index\" >/dev/null\n  \
         fi\n  \
         curl -sSf -X POST \"$url/api/v1/indexes\" -H 'Content-Type: application/yaml' --data-binary @\"$dir/$name-index.yaml\" >/dev/null\n"
    };
    format!(
        "url=\"${{QUICKWIT_URL:-http://127.0.0.1:7280}}\"\n\
         # auto: searchable within commit_timeout_secs; force: wait until searchable (slower).\n\
         commit=\"${{QUICKWIT_COMMIT:-auto}}\"\n\
         for name in articles quotes; do\n  \
         index=\"{prefix}-$name\"\n\
         {setup}  \
         for file in \"$dir\"/$name-[0-9]*.ndjson; do\n    \
         [ -e \"$file\" ] || continue\n    \
         curl -sSf -X POST \"$url/api/v1/$index/ingest?commit=$commit\" --data-binary @\"$file\" >/dev/null\n    \
         echo \"$file: sent to $index\"\n  \
         done\n\
         done\n"
    )
}

fn opensearch_script(prefix: &str, incremental: bool) -> String {
    let setup = if incremental {
        ""
    } else {
        "  if curl -sf -o /dev/null -I \"$url/$index\"; then\n    \
         curl -sSf -X DELETE \"$url/$index\" >/dev/null\n  \
         fi\n  \
         curl -sSf -X PUT \"$url/$index\" -H 'Content-Type: application/json' --data-binary @\"$dir/$name-mapping.json\" >/dev/null\n"
    };
    format!(
        "url=\"${{OPENSEARCH_URL:-http://127.0.0.1:9200}}\"\n\
         for name in articles quotes; do\n  \
         index=\"{prefix}-$name\"\n\
         {setup}  \
         for file in \"$dir\"/$name-[0-9]*.ndjson; do\n    \
         [ -e \"$file\" ] || continue\n    \
         response=$(curl -sSf -X POST \"$url/_bulk\" -H 'Content-Type: application/x-ndjson' --data-binary @\"$file\")\n    \
         case \"$response\" in\n      \
         *'\"errors\":true'*) echo \"$file: some actions failed: $response\" >&2; exit 1 ;;\n    \
         esac\n    \
         echo \"$file: sent to $index\"\n  \
         done\n  \
         curl -sSf -X POST \"$url/$index/_refresh\" >/dev/null\n\
         done\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delete_tasks_group_articles_by_the_hundred() {
        let ids: Vec<String> = (0..250).map(|n| format!("{n:016x}")).collect();
        let tasks = quickwit_delete_tasks(&ids);
        let queries: Vec<String> = tasks
            .lines()
            .map(|line| serde_json::from_str::<Value>(line).unwrap()["query"].to_string())
            .collect();
        assert_eq!(queries.len(), 3);
        assert_eq!(queries[2].matches("article_id:").count(), 50);
        assert!(queries[0].starts_with("\"article_id:0000000000000000 OR article_id:"));
    }

    #[test]
    fn bulk_records_are_action_lines_with_stable_ids() {
        let doc = json!({"id": "ab-1", "quote": "x"});
        assert_eq!(
            bulk_index_record("newsdex-quotes", &doc),
            "{\"index\":{\"_id\":\"ab-1\",\"_index\":\"newsdex-quotes\"}}\n{\"id\":\"ab-1\",\"quote\":\"x\"}\n"
        );
        assert_eq!(
            bulk_delete_record("newsdex-quotes", "ab-2"),
            "{\"delete\":{\"_id\":\"ab-2\",\"_index\":\"newsdex-quotes\"}}\n"
        );
    }
}
