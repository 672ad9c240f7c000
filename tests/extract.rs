//! `newsdex extract` and `newsdex eval quotes` end to end, on the seed article and on files the
//! tests write.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

fn seed_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/carter-shoigu-call.txt")
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The text between code point offsets, as score_quotes.py reads it.
fn chars(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn extract_prints_quotes_and_entities_with_code_point_offsets() {
    let out = cargo_bin_cmd!("newsdex")
        .arg("extract")
        .arg(seed_path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let articles = lines(&out.stdout);
    assert_eq!(articles.len(), 1);
    let article = &articles[0];
    let text = article["text"].as_str().unwrap();
    let quotes = article["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 12, "{quotes:?}");
    for quote in quotes {
        let (start, end) = (
            quote["start"].as_u64().unwrap(),
            quote["end"].as_u64().unwrap(),
        );
        assert_eq!(chars(text, start, end), quote["quote"].as_str().unwrap());
        for span in quote["speaker_spans"].as_array().unwrap() {
            let mention = chars(text, span[0].as_u64().unwrap(), span[1].as_u64().unwrap());
            assert!(!mention.is_empty());
        }
    }
    let lavrov = quotes
        .iter()
        .find(|q| {
            q["quote"]
                .as_str()
                .unwrap()
                .contains("Moscow will continue")
        })
        .unwrap();
    assert_eq!(lavrov["speaker"], "Sergei Lavrov");
    assert_eq!(lavrov["speaker_role"], "Foreign Minister");
    for entity in article["entities"].as_array().unwrap() {
        let (start, end) = (
            entity["start"].as_u64().unwrap(),
            entity["end"].as_u64().unwrap(),
        );
        assert_eq!(chars(text, start, end), entity["text"].as_str().unwrap());
        assert!(["person", "organization", "place"].contains(&entity["type"].as_str().unwrap()));
    }
}

#[test]
fn extract_jsonl_keeps_ids_and_order_and_reports_bad_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in.jsonl");
    let mut records: Vec<String> = (0..600)
        .map(|n| {
            serde_json::json!({"id": format!("a{n}"), "text": format!("“We will win number {n},” Jane Smith said."), "extra": 1})
                .to_string()
        })
        .collect();
    records.insert(3, "{not json".into());
    records.insert(5, serde_json::json!({"id": 7, "text": "Ünïcödé first. “Quoted words are here,” said Tom Jones."}).to_string());
    std::fs::write(&input, records.join("\n")).unwrap();
    let output = tmp.path().join("out.jsonl");
    let out = cargo_bin_cmd!("newsdex")
        .args(["extract", "--jsonl"])
        .arg(&input)
        .arg("--out")
        .arg(&output)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line makes the exit status 1"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("in.jsonl:4: "), "{stderr}");
    let written = lines(&std::fs::read(&output).unwrap());
    assert_eq!(written.len(), 601);
    assert_eq!(written[3]["id"], "a3");
    assert_eq!(written[4]["id"], 7);
    assert_eq!(written[600]["id"], "a599");
    let quote = &written[10]["quotes"][0];
    assert_eq!(quote["speaker"], "Jane Smith");
    assert_eq!(quote["direct"], true);
    let unicode = &written[4]["quotes"][0];
    let text = "Ünïcödé first. “Quoted words are here,” said Tom Jones.";
    let (start, end) = (
        unicode["start"].as_u64().unwrap(),
        unicode["end"].as_u64().unwrap(),
    );
    assert_eq!(chars(text, start, end), "Quoted words are here");
}

#[test]
fn eval_quotes_scores_against_gold_and_ends_with_json() {
    let tmp = tempfile::tempdir().unwrap();
    let text =
        "Rain fell. “The talks failed badly,” said Ann Lee. Bob Ray said that the plan was dead. \
                Nobody expected this part to be a quote at all.";
    let span = |needle: &str| {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        [start, start + needle.chars().count()]
    };
    let (q1, q2, q3) = (
        span("The talks failed badly,"),
        span("the plan was dead"),
        span("Nobody expected this part"),
    );
    let gold = serde_json::json!({"id": "g1", "text": text, "quotes": [
        {"quote": "The talks failed badly,", "speaker": "Ann Lee", "start": q1[0], "end": q1[1], "speaker_spans": [span("Ann Lee")], "direct": true},
        {"quote": "the plan was dead", "speaker": "Bob Ray", "start": q2[0], "end": q2[1], "speaker_spans": [span("Bob Ray")], "direct": false},
        {"quote": "Nobody expected", "speaker": "Sue", "start": q3[0], "end": q3[1], "direct": false},
    ]});
    let gold_path = tmp.path().join("gold.jsonl");
    std::fs::write(&gold_path, format!("{gold}\n")).unwrap();
    let predictions = tmp.path().join("pred.jsonl");
    let out = cargo_bin_cmd!("newsdex")
        .args(["eval", "quotes", "--gold"])
        .arg(&gold_path)
        .arg("--predictions")
        .arg(&predictions)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let scores: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(scores["gold"], 3);
    assert_eq!(scores["pred"], 2, "{stdout}");
    assert_eq!(scores["matched"], 2);
    assert_eq!(scores["speaker_acc_on_matched"], 1.0);
    assert_eq!(scores["recall"], 0.6667);
    let written = lines(&std::fs::read(&predictions).unwrap());
    assert_eq!(written[0]["id"], "g1");
    assert_eq!(written[0]["quotes"].as_array().unwrap().len(), 2);

    let out = cargo_bin_cmd!("newsdex")
        .args(["eval", "quotes", "--direct-only", "--gold"])
        .arg(&gold_path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let scores: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(
        (scores["gold"].as_u64(), scores["f1"].as_f64()),
        (Some(1), Some(1.0))
    );
}

#[test]
fn eval_quotes_names_the_bad_line() {
    let tmp = tempfile::tempdir().unwrap();
    let gold_path = tmp.path().join("gold.jsonl");
    std::fs::write(
        &gold_path,
        "{\"id\": 1, \"text\": \"x\", \"quotes\": []}\n{\"id\": 2}\n",
    )
    .unwrap();
    let out = cargo_bin_cmd!("newsdex")
        .args(["eval", "quotes", "--gold"])
        .arg(&gold_path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gold.jsonl:2: "), "{stderr}");
}
