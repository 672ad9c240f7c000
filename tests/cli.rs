//! The `newsdex` binary end to end: ingest files of every format the test writes, bad input,
//! re-ingest, --prune, locking, and query errors.

use std::io::Write;
use std::path::Path;

use serde_json::Value;

mod common;
use common::{nasty_queries, newsdex, stats, write_news};

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

const PARAGRAPH: &str = "The minister spoke at length about the talks in Geneva.";

fn json_article(n: usize) -> String {
    serde_json::json!({
        "title": format!("JSON article {n}"),
        "maintext": format!("{PARAGRAPH} Article number {n}."),
        "date_publish": "2015-09-18 10:00:00",
        "source_domain": "example.org",
        "url": format!("https://example.org/{n}"),
        "authors": ["A. Writer"],
    })
    .to_string()
}

/// Writes one good file of every format; returns how many articles they hold.
fn write_corpus(dir: &Path) -> u64 {
    write(
        &dir.join("a.txt"),
        format!("---\ndate: 2015-09-18\nurl: https://example.org/txt\nsource: example.org\n---\nA text article\n\n{PARAGRAPH}\n").as_bytes(),
    );
    write(
        &dir.join("b.md"),
        format!("# A markdown article\n\n{PARAGRAPH}\n").as_bytes(),
    );
    write(&dir.join("c.json"), json_article(1).as_bytes());
    let lines: Vec<String> = (2..5).map(json_article).collect();
    write(&dir.join("d.jsonl"), lines.join("\n").as_bytes());
    write(
        &dir.join("sub/e.jsonl.gz"),
        &gzip(json_article(5).as_bytes()),
    );
    write(
        &dir.join("f.html"),
        format!(
            "<html><head><title>An HTML article</title><meta property=\"article:published_time\" content=\"2015-09-18T10:00:00Z\"></head>\
             <body><nav>Home | World</nav><article><h1>An HTML article</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH} Again, at more length, so that the \
             page reads as an article and not as navigation.</p><p>{PARAGRAPH} And a third paragraph.</p></article><footer>Contact</footer></body></html>"
        )
        .as_bytes(),
    );
    write(&dir.join("notes.pdf"), b"%PDF-1.4");
    write(&dir.join(".hidden/x.txt"), b"Hidden\n\nNot to be read.");
    8
}

fn ingest(index: &Path, args: &[&str], paths: &[&Path]) -> (i32, Value, String) {
    let out = newsdex()
        .args(["ingest", "--json", "--index"])
        .arg(index)
        .args(args)
        .args(paths)
        .output()
        .unwrap();
    let summary = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap(),
        summary,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn ingests_every_format_and_skips_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let expected = write_corpus(&corpus);
    let index = tmp.path().join("index");
    let (code, summary, stderr) = ingest(&index, &[], &[&corpus]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(summary["articles"], expected, "{summary}");
    assert_eq!(summary["files_read"], 6);
    assert_eq!(summary["files_skipped"]["unsupported extension .pdf"], 1);
    assert_eq!(stats(&index)["articles"], expected);

    let out = newsdex()
        .args([
            "query",
            "Geneva",
            "--json",
            "--source",
            "example.org",
            "--index",
        ])
        .arg(&index)
        .output()
        .unwrap();
    let results: Value = serde_json::from_slice(&out.stdout).unwrap();
    // c.json, d.jsonl (3), e.jsonl.gz and a.txt say source example.org.
    assert_eq!(results["num_hits"], 6, "{results}");
    assert!(results["hits"][0]["snippet"]
        .as_str()
        .unwrap()
        .contains("<b>Geneva</b>"));
}

#[test]
fn reingest_replaces_and_prune_removes() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let expected = write_corpus(&corpus);
    let index = tmp.path().join("index");
    assert_eq!(ingest(&index, &[], &[&corpus]).0, 0);

    // Nothing changed: nothing read, nothing duplicated.
    let (code, summary, _) = ingest(&index, &[], &[&corpus]);
    assert_eq!(code, 0);
    assert_eq!(summary["files_read"], 0);
    assert_eq!(summary["files_unchanged"], 6);
    assert_eq!(stats(&index)["articles"], expected);

    // A changed file replaces its articles: one line dropped, one edited.
    let lines = [
        json_article(2),
        json_article(3).replace("Article number 3", "Edited article"),
    ];
    write(&corpus.join("d.jsonl"), lines.join("\n").as_bytes());
    let (_, summary, _) = ingest(&index, &[], &[&corpus]);
    assert_eq!(summary["files_read"], 1);
    assert_eq!(stats(&index)["articles"], expected - 1);
    let out = newsdex()
        .args(["query", "Edited", "--json", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    let results: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(results["num_hits"], 1);

    // A file that is gone: --prune removes its article.
    std::fs::remove_file(corpus.join("c.json")).unwrap();
    let (_, summary, _) = ingest(&index, &["--prune"], &[&corpus]);
    assert_eq!(summary["articles_removed"], 1, "{summary}");
    assert_eq!(stats(&index)["articles"], expected - 2);
}

#[test]
fn bad_input_is_reported_and_the_rest_indexed() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    write(
        &corpus.join("good.txt"),
        format!("Good article\n\n{PARAGRAPH}").as_bytes(),
    );
    write(
        &corpus.join("latin1.txt"),
        b"Caf\xe9 article\n\nNot UTF-8 \xff\xfe.",
    );
    write(&corpus.join("binary.txt"), b"\x00\x01\x02ELF\x00\x00");
    write(&corpus.join("empty.json"), b"");
    let whole = gzip(json_article(9).as_bytes());
    write(
        &corpus.join("truncated.jsonl.gz"),
        &whole[..whole.len() / 2],
    );
    write(
        &corpus.join("mixed.jsonl"),
        format!(
            "{}\n{{\"title\": broken\n{}\n",
            json_article(10),
            json_article(11)
        )
        .as_bytes(),
    );
    write(
        &corpus.join("empty.html"),
        b"<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>",
    );
    let index = tmp.path().join("index");
    let (code, summary, stderr) = ingest(&index, &[], &[&corpus]);
    assert_eq!(code, 1, "exit status 1 when some input failed");
    for name in [
        "latin1.txt",
        "binary.txt",
        "empty.json",
        "truncated.jsonl.gz",
        "mixed.jsonl:2",
        "empty.html",
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(name) && l.contains(": ")),
            "no line for {name} in:\n{stderr}"
        );
    }
    // good.txt and the two good lines of mixed.jsonl.
    assert_eq!(summary["articles"], 3, "{summary}\n{stderr}");
}

#[test]
fn a_second_writer_is_told_the_index_is_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    write_corpus(&corpus);
    let index_dir = tmp.path().join("index");
    assert_eq!(ingest(&index_dir, &[], &[&corpus]).0, 0);
    let (index, _) = newsdex::index::open(&index_dir).unwrap();
    let _writer: tantivy::IndexWriter = index.writer(20 << 20).unwrap();
    let (code, _, stderr) = ingest(&index_dir, &[], &[&corpus]);
    assert_eq!(code, 2);
    assert!(stderr.contains("is locked"), "{stderr}");
}

#[test]
fn query_errors_are_clear() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    write_corpus(&corpus);
    let index = tmp.path().join("index");
    ingest(&index, &[], &[&corpus]);
    let out = newsdex()
        .args(["query", "\"unbalanced", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid query"));
    let out = newsdex()
        .args(["query", "x", "--since", "yesterday", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let missing = tmp.path().join("nothing-here");
    let out = newsdex()
        .args(["query", "x", "--index"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a newsdex index"));
}

/// Articles of one file are indexed in parallel; every one must survive (tantivy's delete queue
/// once lost the first article of a file when two threads wrote at once).
#[test]
fn parallel_ingest_keeps_every_article() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let news = write_news(&corpus, 1, 400);
    for round in 0..3 {
        let index = tmp.path().join(format!("index-{round}"));
        let (code, summary, stderr) = ingest(&index, &["--threads", "2"], &[&corpus]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(summary["articles"], news.articles);
        let stats = stats(&index);
        assert_eq!(stats["articles"], news.articles, "round {round}");
        assert_eq!(
            stats["quotes"],
            news.articles * news.quotes_per_article as u64,
            "round {round}"
        );
    }
}

/// The quick start: the sample corpus ingests cleanly and the seed article's speakers are
/// searchable in quote mode.
#[test]
fn sample_corpus_gives_the_seed_speakers() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("index");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-corpus");
    let (code, summary, stderr) = ingest(&index, &[], &[&corpus]);
    assert_eq!(code, 0, "{stderr}");
    assert!(summary["articles"].as_u64().unwrap() >= 150, "{summary}");
    assert_eq!(summary["files_failed"], 0, "{stderr}");
    for name in [
        "Peter Cook",
        "Igor Konashenkov",
        "Sergei Lavrov",
        "Bashar al-Assad",
    ] {
        let out = newsdex()
            .args(["query", "--quotes", "--json", "--speaker", name, "--index"])
            .arg(&index)
            .output()
            .unwrap();
        assert!(out.status.success());
        let results: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            results["num_hits"].as_u64().unwrap() > 0,
            "no quote by {name}"
        );
        let hits = results["hits"].as_array().unwrap();
        assert!(hits.iter().all(|h| h["speaker"] == name), "{results}");
    }
    // Names merged across the archive: the aliases ingest saved and those read afresh from
    // the index (the saved file gone, or damaged) give the same counts.
    let stats = || {
        let out = newsdex()
            .args(["stats", "--json", "--index"])
            .arg(&index)
            .output()
            .unwrap();
        assert!(out.status.success());
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let aliases = index.join("newsdex-aliases.json");
    assert!(aliases.is_file(), "ingest saves the aliases");
    let saved = stats();
    std::fs::write(&aliases, b"{not json").unwrap();
    assert_eq!(stats(), saved);
    std::fs::remove_file(&aliases).unwrap();
    assert_eq!(stats(), saved);
    // A name's count is the number of articles its filter finds, however many values are
    // asked for: its short forms ("Trump") are counted with it, an article naming two forms
    // once. On an index of one segment: with several, each segment counts its own top values
    // (ten times those asked for), and a value far down one segment's list may come out
    // short there (README), whatever the names do.
    let one_segment = tmp.path().join("one-segment");
    let (code, _, stderr) = ingest(&one_segment, &["--threads", "1"], &[&corpus]);
    assert_eq!(code, 0, "{stderr}");
    let query = |args: &[&str]| {
        let out = newsdex()
            .args(["query", "--json", "--limit", "1", "--index"])
            .arg(&one_segment)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let few = query(&["--facets", "3"]);
    let many = query(&["--facets", "1000"]);
    for facet in ["person", "speaker"] {
        for value in few["facets"][facet].as_array().unwrap() {
            let name = value["value"].as_str().unwrap();
            let in_many = many["facets"][facet]
                .as_array()
                .unwrap()
                .iter()
                .find(|v| v["value"] == name)
                .unwrap_or_else(|| panic!("{name} missing with --facets 1000"));
            assert_eq!(value["count"], in_many["count"], "{facet} {name}");
            let filtered = query(&[&format!("--{facet}"), name]);
            assert_eq!(value["count"], filtered["num_hits"], "{facet} {name}");
        }
    }
    // Filtering by one speaker gives only that speaker's quotes.
    let out = newsdex()
        .args([
            "query",
            "--quotes",
            "--json",
            "--speaker",
            "sergei lavrov",
            "--index",
        ])
        .arg(&index)
        .output()
        .unwrap();
    let results: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = results["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(
        hits.iter().all(|h| h["speaker"] == "Sergei Lavrov"),
        "{results}"
    );
}

/// A tiny CoNLL-2003 corpus: each sentence repeated so the tagger can learn it.
const CONLL: &str = "-DOCSTART- -X- -X- O

Peter NNP B-NP B-PER
Cook NNP I-NP I-PER
visited VBD B-VP O
Moscow NNP B-NP B-LOC
. . O O

Reuters NNP B-NP B-ORG
said VBD B-VP O
Anna NNP B-NP B-PER
Smith NNP I-NP I-PER
left VBD B-VP O
Paris NNP B-NP B-LOC
. . O O
";

#[test]
fn trains_the_tagger_and_evaluates_it() {
    let dir = tempfile::tempdir().unwrap();
    let conll = dir.path().join("train.txt");
    write(&conll, CONLL.repeat(3).as_bytes());
    let model = dir.path().join("models/ner.bin");
    let train = |out: &Path| {
        newsdex()
            .args(["train", "ner", "--epochs", "5", "--conll"])
            .arg(&conll)
            .arg("--out")
            .arg(out)
            .assert()
            .success()
    };
    train(&model);
    // Deterministic: the same data gives the same bytes.
    let again = dir.path().join("again.bin");
    train(&again);
    assert_eq!(
        std::fs::read(&model).unwrap(),
        std::fs::read(&again).unwrap()
    );

    let out = newsdex()
        .args(["eval", "entities", "--conll"])
        .arg(&conll)
        .arg("--model")
        .arg(&model)
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("PER"), "{stdout}");
    let last: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(last["overall"]["gold"], 15);
    assert_eq!(last["overall"]["f1"], 1.0, "{stdout}");
    assert_eq!(last["PER"]["gold"], 6);
    assert_eq!(last["LOC"]["correct"], 6);
    assert_eq!(last["MISC"]["found"], 0);
}

#[test]
fn conll_and_model_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    write(&bad, b"Peter NNP B-PER\nCook NNP I-PERSON\n");
    let out = newsdex()
        .args(["train", "ner", "--conll"])
        .arg(&bad)
        .arg("--out")
        .arg(dir.path().join("m.bin"))
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("bad.txt:2: unknown tag \"I-PERSON\""),
        "{stderr}"
    );
    newsdex()
        .args(["eval", "entities", "--conll"])
        .arg(dir.path().join("missing.txt"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains("missing.txt"));
    newsdex()
        .args(["eval", "entities", "--conll"])
        .arg(&bad)
        .arg("--model")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("not a usable model"));
}

/// Every nasty query and option value gets a result (exit 0, JSON) or a clear error (exit 2,
/// one line naming the problem).
#[test]
fn nasty_queries_and_options_answer_or_explain() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    write_news(&corpus, 1, 20);
    let index = tmp.path().join("index");
    assert_eq!(ingest(&index, &[], &[&corpus]).0, 0);
    let mut cases: Vec<Vec<String>> = Vec::new();
    for text in nasty_queries() {
        // After `--`, a query that starts with `-` is not taken for an option.
        cases.push(vec!["--".into(), text.clone()]);
        cases.push(vec!["--quotes".into(), "--".into(), text]);
    }
    let huge = "x".repeat(100_000);
    for option in [
        ["--limit", "1001"],
        ["--limit", "99999999999999999999"],
        ["--limit", "-1"],
        ["--offset", "18446744073709551615"],
        ["--offset", "99999"],
        ["--facets", "0"],
        ["--facets", "1001"],
        ["--since", "0000"],
        ["--until", "9999-99"],
        ["--since", "2015-02-30"],
        ["--speaker", ""],
        ["--place", &huge],
        ["--sort", "random"],
    ] {
        cases.push(option.iter().map(|s| s.to_string()).collect());
    }
    for args in cases {
        let out = newsdex()
            .args(["query", "--json", "--index"])
            .arg(&index)
            .args(&args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let shown: String = format!("{args:?}").chars().take(80).collect();
        match out.status.code() {
            Some(0) => {
                let results: Value = serde_json::from_slice(&out.stdout).unwrap();
                assert!(results["num_hits"].is_u64(), "{shown}");
            }
            Some(2) => {
                assert!(
                    stderr.starts_with("newsdex: ") || stderr.starts_with("error: "),
                    "{shown}: {stderr}"
                );
                assert!(!stderr.contains("panicked at"), "{shown}: {stderr}");
            }
            code => panic!("{shown}: exit {code:?}\n{stderr}"),
        }
    }
}
