//! `newsdex export` end to end: golden configs, mappings, scripts and documents for
//! sample-corpus/, the documents checked against the engines' documented formats, a round
//! trip that finds every article and quote of the index exactly once, incremental exports,
//! errors, and (with QUICKWIT_URL or OPENSEARCH_URL set) a live engine answering newsdex's
//! searches with the same counts.
//!
//! The live test: `QUICKWIT_URL=http://127.0.0.1:7280 cargo test --test export live` (or
//! OPENSEARCH_URL=http://127.0.0.1:9200, or both); it needs `sh` and `curl`.
//!
//! Golden files live in tests/golden/export/; after an intended change, rewrite them with
//! `UPDATE_GOLDEN=1 cargo test --test export` and review the diff.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use newsdex::export::documents::{DocKind, FieldType};
use newsdex::export::requests::search_bodies;
use newsdex::index::search::{parse_date_bound, Kind, SearchRequest, MAX_FACET_SIZE};
use newsdex::index::Facet;
use serde_json::Value;

mod common;
use common::{newsdex, stats, success_json};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// sample-corpus/ ingested once for the whole test binary.
fn sample_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            success_json(
                newsdex()
                    .args(["ingest", "--json", "--index"])
                    .arg(dir.path())
                    .arg(Path::new(MANIFEST_DIR).join("sample-corpus")),
            );
            dir
        })
        .path()
}

/// A copy of the sample index: each test's exports leave their own marker.
fn sample_index_copy(tmp: &Path) -> PathBuf {
    let copy = tmp.join("index");
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(sample_index()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    copy
}

/// Runs `newsdex export --json`, which must succeed; returns its summary.
fn export(index: &Path, target: &str, out: &Path, extra: &[&str]) -> Value {
    success_json(
        newsdex()
            .args(["export", "--json", "--to", target, "--index"])
            .arg(index)
            .arg("--out")
            .arg(out)
            .args(extra),
    )
}

/// The numbered NDJSON files of one kind, in order.
fn data_files(out: &Path, kind: DocKind) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with(&format!("{}-0", kind.name())) && name.ends_with(".ndjson")
        })
        .collect();
    files.sort();
    files
}

/// Every line of the numbered files of one kind, parsed.
fn lines(out: &Path, kind: DocKind) -> Vec<Value> {
    data_files(out, kind)
        .iter()
        .flat_map(|path| {
            std::fs::read_to_string(path)
                .unwrap()
                .lines()
                .map(|line| serde_json::from_str(line).unwrap())
                .collect::<Vec<Value>>()
        })
        .collect()
}

/// One `_bulk` operation: the action, its metadata and, for `index`, the document.
struct BulkOp {
    action: String,
    index: String,
    id: String,
    doc: Option<Value>,
}

/// Reads `_bulk` files as OpenSearch does, checking the action-line format on the way.
fn bulk_ops(out: &Path, kind: DocKind) -> Vec<BulkOp> {
    let mut ops = Vec::new();
    let mut lines = lines(out, kind).into_iter();
    while let Some(action_line) = lines.next() {
        let object = action_line.as_object().expect("action line is an object");
        assert_eq!(object.len(), 1, "one action a line: {action_line}");
        let (action, meta) = object.iter().next().unwrap();
        let index = meta["_index"].as_str().expect("_index").to_string();
        let id = meta["_id"].as_str().expect("_id").to_string();
        let doc = match action.as_str() {
            "index" => {
                let doc = lines.next().expect("a document follows an index action");
                assert_eq!(doc["id"], id.as_str(), "_id is the document's id");
                Some(doc)
            }
            "delete" => None,
            other => panic!("unexpected action {other}"),
        };
        ops.push(BulkOp {
            action: action.clone(),
            index,
            id,
            doc,
        });
    }
    ops
}

/// The documents of one kind in an export for `target`, in file order.
fn exported_documents(target: &str, out: &Path, kind: DocKind) -> Vec<Value> {
    match target {
        "quickwit" => lines(out, kind),
        _ => bulk_ops(out, kind)
            .into_iter()
            .filter_map(|op| op.doc)
            .collect(),
    }
}

/// Checks one exported document against the field table the configs and mappings are made
/// from: known fields only, each of its declared JSON type; ids present.
fn check_document(kind: DocKind, doc: &Value) {
    let object = doc.as_object().expect("a document is an object");
    for key in ["id", "article_id"] {
        assert!(
            object[key].as_str().is_some_and(|s| !s.is_empty()),
            "{key}: {doc}"
        );
    }
    for (key, value) in object {
        let field = kind
            .fields()
            .iter()
            .find(|f| f.name == key)
            .unwrap_or_else(|| panic!("{} has no field {key}", kind.name()));
        let ok = match field.field_type {
            FieldType::Text | FieldType::Keyword | FieldType::StoredOnly => value.is_string(),
            FieldType::Keywords => value
                .as_array()
                .is_some_and(|values| values.iter().all(Value::is_string)),
            FieldType::Date => value
                .as_str()
                .is_some_and(|d| chrono::DateTime::parse_from_rfc3339(d).is_ok()),
            FieldType::Bool => value.is_boolean(),
        };
        assert!(ok, "{key} is not {:?}: {value}", field.field_type);
    }
    if let Some(date) = object.get("date") {
        assert_eq!(object["month"].as_str(), Some(&date.as_str().unwrap()[..7]));
    }
}

/// Checks the files of one kind: bounded, newline-terminated, one JSON value a line.
fn check_files(out: &Path, kind: DocKind, max_bytes: u64) {
    for path in data_files(out, kind) {
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            bytes.len() as u64 <= max_bytes,
            "{path:?} is over the limit"
        );
        assert!(
            bytes.ends_with(b"\n"),
            "{path:?}: the last line must end in a newline"
        );
        for line in String::from_utf8(bytes).unwrap().lines() {
            serde_json::from_str::<Value>(line).expect("one JSON value a line");
        }
    }
}

fn check_golden(name: &str, actual: &str) {
    let path = Path::new(MANIFEST_DIR)
        .join("tests/golden/export")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; create it with UPDATE_GOLDEN=1", path.display()));
    assert!(
        actual == expected,
        "{name} differs from its golden file; if intended: UPDATE_GOLDEN=1 cargo test --test export\n--- actual\n{actual}"
    );
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// A few documents of the sample corpus for golden files: the three articles with a url
/// (their ids do not depend on where the corpus lies) whose ids sort first, with their
/// quotes; origins made relative to the checkout.
fn golden_sample(docs: Vec<Value>) -> String {
    let mut docs: Vec<Value> = docs
        .into_iter()
        .map(|mut doc| {
            if let Some(origin) = doc.get("origin").and_then(Value::as_str) {
                let relative = origin.trim_start_matches(&format!("{MANIFEST_DIR}/"));
                doc["origin"] = relative.into();
            }
            doc
        })
        .collect();
    docs.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    docs.iter().map(|doc| format!("{doc}\n")).collect()
}

fn sample_article_ids(articles: &[Value]) -> BTreeSet<String> {
    articles
        .iter()
        .filter(|a| a.get("url").is_some())
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .take(3)
        .collect()
}

#[test]
fn quickwit_export_of_the_sample_corpus_matches_its_golden_files() {
    let tmp = tempfile::tempdir().unwrap();
    let index = sample_index_copy(tmp.path());
    let out = tmp.path().join("quickwit");
    let summary = export(&index, "quickwit", &out, &[]);
    assert_eq!(summary["incremental"], false);
    for name in ["articles-index.yaml", "quotes-index.yaml", "ingest.sh"] {
        check_golden(&format!("quickwit/{name}"), &read(&out.join(name)));
    }
    let articles = lines(&out, DocKind::Articles);
    let quotes = lines(&out, DocKind::Quotes);
    let chosen = sample_article_ids(&articles);
    let in_sample = |doc: &Value| chosen.contains(doc["article_id"].as_str().unwrap());
    let sample: Vec<Value> = articles
        .iter()
        .chain(&quotes)
        .filter(|doc| in_sample(doc))
        .cloned()
        .collect();
    check_golden("quickwit/sample-documents.ndjson", &golden_sample(sample));
}

#[test]
fn opensearch_export_of_the_sample_corpus_matches_its_golden_files() {
    let tmp = tempfile::tempdir().unwrap();
    let index = sample_index_copy(tmp.path());
    let out = tmp.path().join("opensearch");
    export(&index, "opensearch", &out, &[]);
    for name in ["articles-mapping.json", "quotes-mapping.json", "ingest.sh"] {
        check_golden(&format!("opensearch/{name}"), &read(&out.join(name)));
    }
    let mut ops = bulk_ops(&out, DocKind::Articles);
    ops.extend(bulk_ops(&out, DocKind::Quotes));
    let articles: Vec<Value> = ops
        .iter()
        .filter(|op| op.index == "newsdex-articles")
        .filter_map(|op| op.doc.clone())
        .collect();
    let chosen = sample_article_ids(&articles);
    let mut sample: Vec<&BulkOp> = ops
        .iter()
        .filter(|op| chosen.contains(op.doc.as_ref().unwrap()["article_id"].as_str().unwrap()))
        .collect();
    sample.sort_by(|a, b| (&a.index, &a.id).cmp(&(&b.index, &b.id)));
    let bulk: String = sample
        .iter()
        .map(|op| {
            let action =
                serde_json::json!({op.action.as_str(): {"_index": op.index, "_id": op.id}});
            format!("{action}\n{}", golden_sample(vec![op.doc.clone().unwrap()]))
        })
        .collect();
    check_golden("opensearch/sample-bulk.ndjson", &bulk);
}

/// The configs as Quickwit's doc mapping reference describes them: a version, an index id,
/// field mappings of known types and options, a fast datetime timestamp field and default
/// search fields that are text with positions.
#[test]
fn quickwit_configs_follow_the_doc_mapping_reference() {
    for kind in DocKind::BOTH {
        let yaml = newsdex::export::engines::quickwit_config("newsdex", kind);
        for key in [
            "version: 0.8\n",
            "doc_mapping:\n",
            "  mode: strict\n",
            "  field_mappings:\n",
        ] {
            assert!(yaml.contains(key), "{key:?} missing:\n{yaml}");
        }
        assert!(yaml.contains(&format!("index_id: newsdex-{}\n", kind.name())));
        // Each field mapping: `- name:` then indented `key: value` options.
        let mut mappings: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        let mut current = None;
        for line in yaml.lines() {
            if let Some(name) = line.strip_prefix("    - name: ") {
                current = Some(name.to_string());
                mappings.insert(name.to_string(), BTreeMap::new());
            } else if let (Some(option), Some(name)) = (line.strip_prefix("      "), &current) {
                let (key, value) = option.split_once(": ").expect("key: value");
                mappings
                    .get_mut(name)
                    .unwrap()
                    .insert(key.into(), value.into());
            } else {
                current = None;
            }
        }
        assert_eq!(mappings.len(), kind.fields().len());
        for (name, options) in &mappings {
            let field_type = options["type"].as_str();
            assert!(
                ["text", "array<text>", "datetime", "bool"].contains(&field_type),
                "{name}: type {field_type}"
            );
            for (key, value) in options {
                let allowed: &[&str] = match key.as_str() {
                    "type" => continue,
                    "tokenizer" => &["raw", "default"],
                    "record" => &["position"],
                    "fieldnorms" | "fast" | "indexed" => &["true", "false"],
                    "input_formats" => &["[rfc3339]"],
                    "output_format" => &["rfc3339"],
                    "fast_precision" => &["seconds"],
                    other => panic!("{name}: unknown option {other}"),
                };
                assert!(allowed.contains(&value.as_str()), "{name}: {key}: {value}");
            }
            if options.get("tokenizer").map(String::as_str) == Some("raw") {
                assert_eq!(
                    options.get("fast").map(String::as_str),
                    Some("true"),
                    "{name}"
                );
            }
            if options.get("tokenizer").map(String::as_str) == Some("default") {
                assert_eq!(options["record"], "position", "{name}");
                assert_eq!(options["fieldnorms"], "true", "{name}");
            }
        }
        assert_eq!(mappings["date"]["type"], "datetime");
        assert_eq!(mappings["date"]["fast"], "true");
        assert!(yaml.contains("  timestamp_field: date\n"));
        let defaults = kind.default_search_fields();
        assert!(yaml.contains(&format!(
            "  default_search_fields: [{}]\n",
            defaults.join(", ")
        )));
        for field in defaults {
            assert_eq!(mappings[*field]["record"], "position");
        }
    }
}

#[test]
fn opensearch_mappings_use_known_types_for_every_field() {
    for kind in DocKind::BOTH {
        let mapping = newsdex::export::engines::opensearch_mapping(kind);
        assert_eq!(mapping["mappings"]["dynamic"], "strict");
        let properties = mapping["mappings"]["properties"].as_object().unwrap();
        assert_eq!(properties.len(), kind.fields().len());
        for field in kind.fields() {
            let expected = match field.field_type {
                FieldType::Text => "text",
                FieldType::Keyword | FieldType::Keywords | FieldType::StoredOnly => "keyword",
                FieldType::Date => "date",
                FieldType::Bool => "boolean",
            };
            assert_eq!(properties[field.name]["type"], expected, "{}", field.name);
        }
    }
}

/// Small files force splits: every file stays under the limit, no document or bulk
/// operation is cut, and the documents match the field table.
#[test]
fn documents_follow_the_mappings_in_files_of_bounded_size() {
    let tmp = tempfile::tempdir().unwrap();
    let index = sample_index_copy(tmp.path());
    let max = 100_000;
    let max_arg = max.to_string();
    for target in ["quickwit", "opensearch"] {
        let out = tmp.path().join(target);
        let summary = export(&index, target, &out, &["--max-file-bytes", &max_arg]);
        for kind in DocKind::BOTH {
            check_files(&out, kind, max);
            assert!(
                data_files(&out, kind).len() > 1,
                "{target} {}: not split",
                kind.name()
            );
            for doc in &exported_documents(target, &out, kind) {
                check_document(kind, doc);
            }
        }
        let listed: u64 = summary["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["bytes"].as_u64().unwrap())
            .sum();
        let on_disk: u64 = DocKind::BOTH
            .iter()
            .flat_map(|&kind| data_files(&out, kind))
            .map(|p| std::fs::metadata(p).unwrap().len())
            .sum();
        assert_eq!(listed, on_disk, "export.json lists every file");
    }
}

/// Every article and quote of the index, per `newsdex query --json`: article ids, and the
/// number of quotes of each article.
fn indexed_articles_and_quotes(index: &Path) -> (BTreeSet<String>, BTreeMap<String, u64>) {
    let page = |args: &[&str], offset: usize| {
        success_json(
            newsdex()
                .args(["query", "--json", "--limit", "1000", "--offset"])
                .arg(offset.to_string())
                .args(args)
                .arg("--index")
                .arg(index),
        )
    };
    let articles = page(&[], 0);
    assert!(articles["num_hits"].as_u64().unwrap() <= 1000);
    let ids = articles["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    let mut quotes = BTreeMap::new();
    let mut offset = 0;
    loop {
        let results = page(&["--quotes"], offset);
        let hits = results["hits"].as_array().unwrap();
        for hit in hits {
            *quotes
                .entry(hit["article_id"].as_str().unwrap().to_string())
                .or_insert(0) += 1;
        }
        offset += hits.len();
        if hits.is_empty() || offset as u64 >= results["num_hits"].as_u64().unwrap() {
            break;
        }
    }
    (ids, quotes)
}

#[test]
fn reading_the_export_back_finds_every_article_and_quote_once() {
    let tmp = tempfile::tempdir().unwrap();
    let index = sample_index_copy(tmp.path());
    let counts = stats(&index);
    let (article_ids, quotes_per_article) = indexed_articles_and_quotes(&index);
    assert_eq!(
        article_ids.len() as u64,
        counts["articles"].as_u64().unwrap()
    );
    for target in ["quickwit", "opensearch"] {
        let out = tmp.path().join(target);
        let summary = export(&index, target, &out, &[]);
        assert_eq!(summary["articles"], counts["articles"], "{target}");
        assert_eq!(summary["quotes"], counts["quotes"], "{target}");
        let docs = |kind| exported_documents(target, &out, kind);
        let articles = docs(DocKind::Articles);
        let exported_ids: BTreeSet<String> = articles
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            exported_ids.len(),
            articles.len(),
            "{target}: an article twice"
        );
        assert_eq!(exported_ids, article_ids, "{target}");
        let quotes = docs(DocKind::Quotes);
        let quote_ids: BTreeSet<&str> = quotes.iter().map(|q| q["id"].as_str().unwrap()).collect();
        assert_eq!(quote_ids.len(), quotes.len(), "{target}: a quote twice");
        let mut exported_quotes = BTreeMap::new();
        for quote in &quotes {
            let article_id = quote["article_id"].as_str().unwrap().to_string();
            assert!(quote["id"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{article_id}-")));
            *exported_quotes.entry(article_id).or_insert(0) += 1;
        }
        assert_eq!(exported_quotes, quotes_per_article, "{target}");
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn story(title: &str, quotes: &[(&str, &str)]) -> String {
    let mut text = format!("---\ndate: 2016-03-04\nurl: https://example.org/{title}\nsource: example.org\n---\n{title}\n\n");
    for (speaker, quote) in quotes {
        text.push_str(&format!("\u{201c}{quote},\u{201d} said {speaker}.\n\n"));
    }
    text
}

fn ingest(index: &Path, corpus: &Path, extra: &[&str]) {
    success_json(
        newsdex()
            .args(["ingest", "--json", "--index"])
            .arg(index)
            .args(extra)
            .arg(corpus),
    );
}

#[test]
fn a_second_export_sends_only_what_changed_and_deletes_what_is_gone() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let index = tmp.path().join("index");
    let two = [
        ("John Smith", "The bridge will open in May"),
        ("Mary Jones", "We are ready for the opening"),
    ];
    write(&corpus.join("bridge.txt"), &story("Bridge", &two));
    write(
        &corpus.join("dam.txt"),
        &story("Dam", &[("Ann Lee", "The dam holds for now")]),
    );
    write(
        &corpus.join("road.txt"),
        &story("Road", &[("Tom Ray", "The road is closed until Friday")]),
    );
    ingest(&index, &corpus, &[]);
    let os = tmp.path().join("os");
    let qw = tmp.path().join("qw");
    let first = export(&index, "opensearch", &os, &[]);
    assert_eq!(
        (first["articles"].as_u64(), first["quotes"].as_u64()),
        (Some(3), Some(4))
    );
    export(&index, "quickwit", &qw, &[]);
    let bridge_quotes: Vec<String> = bulk_ops(&os, DocKind::Quotes)
        .into_iter()
        .filter(|op| op.doc.as_ref().unwrap()["title"] == "Bridge")
        .map(|op| op.id)
        .collect();
    assert_eq!(bridge_quotes.len(), 2);
    let bridge_id = bridge_quotes[0].rsplit_once('-').unwrap().0.to_string();
    let road_id = bulk_ops(&os, DocKind::Articles)
        .into_iter()
        .find(|op| op.doc.as_ref().unwrap()["title"] == "Road")
        .unwrap()
        .id;

    // Nothing changed: nothing to send.
    let again = export(&index, "opensearch", &os, &[]);
    assert_eq!(again["incremental"], true);
    assert_eq!(
        (again["articles"].as_u64(), again["quotes"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(again["articles_unchanged"], 3);
    assert!(data_files(&os, DocKind::Articles).is_empty());

    // The bridge story loses a quote and its wording changes; the road story's file is gone.
    write(
        &corpus.join("bridge.txt"),
        &story("Bridge", &[("John Smith", "The bridge will open in June")]),
    );
    std::fs::remove_file(corpus.join("road.txt")).unwrap();
    ingest(&index, &corpus, &["--prune"]);

    let delta = export(&index, "opensearch", &os, &[]);
    assert_eq!(
        (delta["articles"].as_u64(), delta["quotes"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(delta["articles_unchanged"], 1);
    assert_eq!(delta["articles_deleted"], 1);
    assert_eq!(
        delta["quotes_deleted"], 2,
        "the road quote and the bridge's second"
    );
    let mut ops: Vec<(String, String, String)> = bulk_ops(&os, DocKind::Articles)
        .into_iter()
        .chain(bulk_ops(&os, DocKind::Quotes))
        .map(|op| (op.action, op.index, op.id))
        .collect();
    ops.sort();
    let op = |action: &str, index: &str, id: String| (action.to_string(), index.to_string(), id);
    let mut expected = vec![
        op("delete", "newsdex-articles", road_id.clone()),
        op("delete", "newsdex-quotes", format!("{road_id}-1")),
        op("delete", "newsdex-quotes", format!("{bridge_id}-2")),
        op("index", "newsdex-articles", bridge_id.clone()),
        op("index", "newsdex-quotes", format!("{bridge_id}-1")),
    ];
    expected.sort();
    assert_eq!(ops, expected);
    assert!(read(&os.join("ingest.sh")).contains("incremental"));

    // Quickwit: the changed and the removed article are deleted by query, then the new
    // documents ingested.
    let delta = export(&index, "quickwit", &qw, &[]);
    assert_eq!(
        (delta["articles"].as_u64(), delta["quotes"].as_u64()),
        (Some(1), Some(1))
    );
    for kind in DocKind::BOTH {
        let tasks = read(&qw.join(format!("{}-delete-tasks.ndjson", kind.name())));
        let task: Value = serde_json::from_str(tasks.lines().next().unwrap()).unwrap();
        let mut ids: Vec<&str> = task["query"]
            .as_str()
            .unwrap()
            .split(" OR ")
            .map(|clause| clause.strip_prefix("article_id:").unwrap())
            .collect();
        ids.sort();
        let mut want = vec![bridge_id.as_str(), road_id.as_str()];
        want.sort();
        assert_eq!(ids, want);
    }
    assert_eq!(lines(&qw, DocKind::Articles)[0]["id"], bridge_id.as_str());

    // --full sends everything again, and the script recreates the indexes.
    let full = export(&index, "opensearch", &os, &["--full"]);
    assert_eq!(full["incremental"], false);
    assert_eq!(full["articles"], 2);
    assert!(read(&os.join("ingest.sh")).contains("DELETE"));
}

#[test]
fn a_missing_index_or_an_unwritable_out_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-index");
    let out = newsdex()
        .args(["export", "--to", "quickwit", "--index"])
        .arg(&missing)
        .arg("--out")
        .arg(tmp.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&missing.display().to_string()), "{stderr}");

    let index = sample_index_copy(tmp.path());
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "not a directory").unwrap();
    let out = newsdex()
        .args(["export", "--to", "opensearch", "--index"])
        .arg(&index)
        .arg("--out")
        .arg(file.join("out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "cannot write the export to {}",
            file.join("out").display()
        )),
        "{stderr}"
    );

    let out = newsdex()
        .args([
            "export",
            "--to",
            "opensearch",
            "--prefix",
            "Bad Name",
            "--index",
        ])
        .arg(&index)
        .arg("--out")
        .arg(tmp.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// One of newsdex's searches, as `newsdex query` arguments and as the library's request.
fn live_searches() -> Vec<(Vec<&'static str>, SearchRequest)> {
    let request =
        |kind, text: &str, filters: &[(Facet, &str)], since: Option<&str>, until: Option<&str>| {
            SearchRequest {
                text: text.to_string(),
                kind,
                facet_size: MAX_FACET_SIZE,
                since: since.map(|d| parse_date_bound(d, false).unwrap()),
                until: until.map(|d| parse_date_bound(d, true).unwrap()),
                // One value a filter is enough here.
                filters: filters
                    .iter()
                    .map(|&(facet, value)| (facet, vec![value.to_string()]))
                    .collect(),
                ..SearchRequest::default()
            }
        };
    vec![
        (vec![], request(Kind::Articles, "", &[], None, None)),
        (
            vec!["--quotes", "Biden"],
            request(Kind::Quotes, "Biden", &[], None, None),
        ),
        (
            vec![
                "--quotes",
                "--speaker",
                "Joe Biden",
                "--since",
                "2021",
                "--until",
                "2022-06",
            ],
            request(
                Kind::Quotes,
                "",
                &[(Facet::Speaker, "Joe Biden")],
                Some("2021"),
                Some("2022-06"),
            ),
        ),
        (
            vec![
                "president",
                "--source",
                "en.wikinews.org",
                "--place",
                "Russia",
            ],
            request(
                Kind::Articles,
                "president",
                &[(Facet::Source, "en.wikinews.org"), (Facet::Place, "Russia")],
                None,
                None,
            ),
        ),
    ]
}

/// Facet counts as a map; values tied at the smallest count may be cut differently by two
/// engines when there are more than fit, so those are left out.
fn comparable_counts(buckets: &[(String, u64)], complete: bool) -> BTreeMap<String, u64> {
    let smallest = buckets.iter().map(|b| b.1).min().unwrap_or(0);
    buckets
        .iter()
        .filter(|b| complete || b.1 > smallest)
        .cloned()
        .collect()
}

/// With QUICKWIT_URL and/or OPENSEARCH_URL set: sends the sample-corpus export to the engine
/// with the written ingest.sh (needs sh and curl), then checks that the request bodies of
/// docs/scale-out.md give the hit and facet counts `newsdex query --json` gives. The indexes
/// are named newsdex-test-PID-* and deleted afterwards.
#[test]
fn a_live_engine_answers_newsdex_searches_with_the_same_counts() {
    let engines: Vec<(&str, String)> = [
        ("quickwit", "QUICKWIT_URL"),
        ("opensearch", "OPENSEARCH_URL"),
    ]
    .into_iter()
    .filter_map(|(target, var)| Some((target, std::env::var(var).ok()?)))
    .collect();
    if engines.is_empty() {
        eprintln!(
            "note: live export test skipped; set QUICKWIT_URL (e.g. http://127.0.0.1:7280) or \
             OPENSEARCH_URL (e.g. http://127.0.0.1:9200) to run it"
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let index = sample_index_copy(tmp.path());
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(120)))
        .build()
        .into();
    for (target, url) in engines {
        let url = url.trim_end_matches('/').to_string();
        let prefix = format!("newsdex-test-{}", std::process::id());
        let out = tmp.path().join(target);
        export(&index, target, &out, &["--prefix", &prefix]);
        let status = std::process::Command::new("sh")
            .arg(out.join("ingest.sh"))
            .env("QUICKWIT_URL", &url)
            .env("OPENSEARCH_URL", &url)
            .env("QUICKWIT_COMMIT", "force")
            .status()
            .unwrap();
        assert!(status.success(), "{target}: ingest.sh failed");
        let search_url = |kind: DocKind| match target {
            "quickwit" => format!("{url}/api/v1/_elastic/{prefix}-{}/_search", kind.name()),
            _ => format!("{url}/{prefix}-{}/_search", kind.name()),
        };
        for (args, request) in live_searches() {
            let expected = success_json(
                newsdex()
                    .args(["query", "--json", "--facets", "1000", "--index"])
                    .arg(&index)
                    .args(&args),
            );
            for engine_request in search_bodies(&request) {
                let mut response = agent
                    .post(search_url(engine_request.kind))
                    .content_type("application/json")
                    .send(engine_request.body.to_string())
                    .unwrap();
                let status = response.status().as_u16();
                let text = response.body_mut().read_to_string().unwrap();
                assert_eq!(status, 200, "{target} {args:?}: {text}");
                let answer: Value = serde_json::from_str(&text).unwrap();
                if engine_request.counts_facet.is_none() {
                    assert_eq!(
                        answer["hits"]["total"]["value"], expected["num_hits"],
                        "{target} {args:?}: hits"
                    );
                }
                let aggregations = answer["aggregations"].as_object().unwrap();
                for (facet, result) in aggregations {
                    let engine: Vec<(String, u64)> = result["buckets"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|b| {
                            (
                                b["key"].as_str().unwrap().to_string(),
                                b["doc_count"].as_u64().unwrap(),
                            )
                        })
                        .collect();
                    let ours: Vec<(String, u64)> = expected["facets"][facet]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|b| {
                            (
                                b["value"].as_str().unwrap().to_string(),
                                b["count"].as_u64().unwrap(),
                            )
                        })
                        .collect();
                    let complete = ours.len() < MAX_FACET_SIZE;
                    assert_eq!(
                        comparable_counts(&engine, complete),
                        comparable_counts(&ours, complete),
                        "{target} {args:?}: facet {facet}"
                    );
                }
            }
        }
        for kind in DocKind::BOTH {
            let index_url = match target {
                "quickwit" => format!("{url}/api/v1/indexes/{prefix}-{}", kind.name()),
                _ => format!("{url}/{prefix}-{}", kind.name()),
            };
            agent.delete(index_url).call().unwrap();
        }
    }
}

/// The worked example of docs/scale-out.md: `newsdex query --quotes Syria --speaker "Peter
/// Cook" --since 2015-09 --until 2015-12`.
fn worked_example() -> SearchRequest {
    let mut request = SearchRequest {
        text: "Syria".into(),
        kind: Kind::Quotes,
        since: Some(parse_date_bound("2015-09", false).unwrap()),
        until: Some(parse_date_bound("2015-12", true).unwrap()),
        ..SearchRequest::default()
    };
    request
        .filters
        .insert(Facet::Speaker, vec!["Peter Cook".into()]);
    request
}

/// The request bodies docs/scale-out.md shows are the ones newsdex builds: its ```json
/// blocks after the line `<!-- request bodies of the worked example -->`, in order.
#[test]
fn the_request_bodies_in_the_scale_out_guide_are_what_newsdex_builds() {
    let guide = read(&Path::new(MANIFEST_DIR).join("docs/scale-out.md"));
    let (_, example) = guide
        .split_once("<!-- request bodies of the worked example -->")
        .expect("the marker line");
    let shown: Vec<Value> = example
        .split("```json\n")
        .skip(1)
        .map(|block| serde_json::from_str(block.split("```").next().unwrap()).unwrap())
        .collect();
    let built: Vec<Value> = search_bodies(&worked_example())
        .into_iter()
        .map(|r| r.body)
        .collect();
    let pretty: Vec<String> = built
        .iter()
        .map(|b| serde_json::to_string_pretty(b).unwrap())
        .collect();
    assert_eq!(
        shown.len(),
        built.len(),
        "bodies built:\n{}",
        pretty.join("\n")
    );
    for (shown, built) in shown.iter().zip(&pretty) {
        assert_eq!(
            shown,
            &serde_json::from_str::<Value>(built).unwrap(),
            "built:\n{built}"
        );
    }
}

/// A request the stand-in engine received.
#[derive(Debug)]
struct Received {
    method: String,
    path: String,
    content_type: Option<String>,
    body: Vec<u8>,
}

/// A stand-in HTTP engine on a free loopback port: it knows no index (404 to GET and HEAD),
/// accepts everything else with `{"errors":false}`, and records each request.
fn stand_in_engine() -> (String, std::sync::mpsc::Receiver<Received>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            let mut parts = request_line.split_whitespace();
            let method = parts.next().unwrap_or_default().to_string();
            let path = parts.next().unwrap_or_default().to_string();
            let mut headers = BTreeMap::new();
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                match line.trim_end().split_once(": ") {
                    Some((name, value)) => headers.insert(name.to_lowercase(), value.to_string()),
                    None => break,
                };
            }
            if headers.get("expect").is_some_and(|e| e == "100-continue") {
                stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").unwrap();
            }
            let length = headers
                .get("content-length")
                .map_or(0, |l| l.parse().unwrap());
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let status = if method == "GET" || method == "HEAD" {
                "404 Not Found"
            } else {
                "200 OK"
            };
            // Recorded before answering: once answered, the script may finish at once.
            let _ = sender.send(Received {
                method,
                path,
                content_type: headers.remove("content-type"),
                body,
            });
            let answer = r#"{"errors":false}"#;
            // A client that hung up early (HEAD) is no failure of the script.
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    (url, receiver)
}

/// Runs an export's ingest.sh against the stand-in engine; returns what it received.
fn run_ingest_script(out: &Path) -> Vec<Received> {
    if std::process::Command::new("curl")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("note: ingest.sh not run: curl is missing");
        return Vec::new();
    }
    let (url, received) = stand_in_engine();
    let status = std::process::Command::new("sh")
        .arg(out.join("ingest.sh"))
        .env("QUICKWIT_URL", &url)
        .env("OPENSEARCH_URL", &url)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    received.try_iter().collect()
}

/// ingest.sh creates each index from its config or mapping and sends every data file whole,
/// in order, to the endpoint the engine's documentation names.
#[test]
fn ingest_scripts_create_the_indexes_and_send_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let index = sample_index_copy(tmp.path());
    for target in ["quickwit", "opensearch"] {
        let out = tmp.path().join(target);
        export(&index, target, &out, &["--max-file-bytes", "300000"]);
        let received = run_ingest_script(&out);
        if received.is_empty() {
            return;
        }
        let sent: Vec<(String, String, Option<String>, Vec<u8>)> = received
            .into_iter()
            .filter(|r| r.method != "GET" && r.method != "HEAD")
            .map(|r| (r.method, r.path, r.content_type, r.body))
            .collect();
        let mut expected = Vec::new();
        for kind in DocKind::BOTH {
            let name = format!("newsdex-{}", kind.name());
            let settings_and_data = |settings: &str| {
                let mut files = vec![out.join(settings)];
                files.extend(data_files(&out, kind));
                files.into_iter().map(|p| std::fs::read(p).unwrap())
            };
            if target == "quickwit" {
                let mut bodies = settings_and_data(&format!("{}-index.yaml", kind.name()));
                expected.push((
                    "POST".into(),
                    "/api/v1/indexes".into(),
                    Some("application/yaml".into()),
                    bodies.next().unwrap(),
                ));
                for body in bodies {
                    let path = format!("/api/v1/{name}/ingest?commit=auto");
                    expected.push((
                        "POST".into(),
                        path,
                        Some("application/x-www-form-urlencoded".into()),
                        body,
                    ));
                }
            } else {
                let mut bodies = settings_and_data(&format!("{}-mapping.json", kind.name()));
                expected.push((
                    "PUT".into(),
                    format!("/{name}"),
                    Some("application/json".into()),
                    bodies.next().unwrap(),
                ));
                for body in bodies {
                    expected.push((
                        "POST".into(),
                        "/_bulk".into(),
                        Some("application/x-ndjson".into()),
                        body,
                    ));
                }
                expected.push(("POST".into(), format!("/{name}/_refresh"), None, Vec::new()));
            }
        }
        assert!(expected.len() > 6, "{target}: files were split");
        let summary = |requests: &[(String, String, Option<String>, Vec<u8>)]| -> Vec<String> {
            requests
                .iter()
                .map(|(m, p, c, b)| format!("{m} {p} {c:?} {} bytes", b.len()))
                .collect()
        };
        assert_eq!(summary(&sent), summary(&expected), "{target}");
        assert!(sent == expected, "{target}: a body differs from its file");
    }
}
