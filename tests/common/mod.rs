//! Helpers shared by the test binaries that run the `newsdex` command.
// Each test binary compiles this module and uses a part of it.
#![allow(dead_code)]

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

/// The command, unaffected by an index named in the caller's environment.
pub fn newsdex() -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("newsdex");
    cmd.env_remove("NEWSDEX_INDEX");
    cmd
}

/// Runs `cmd`, which must succeed, and reads its stdout as JSON.
pub fn success_json(cmd: &mut assert_cmd::Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `newsdex stats --json`.
pub fn stats(index: &Path) -> Value {
    success_json(newsdex().args(["stats", "--json", "--index"]).arg(index))
}

/// What [`write_news`] wrote.
pub struct News {
    pub articles: u64,
    /// Every article gives this many quotes, as extraction finds them afresh.
    pub quotes_per_article: usize,
}

/// Writes `files` JSON Lines files of `per_file` articles each under `dir`: urls distinct
/// (also from other directories'), five sources, every article naming Geneva and quoting
/// the same way.
pub fn write_news(dir: &Path, files: usize, per_file: usize) -> News {
    std::fs::create_dir_all(dir).unwrap();
    let site = dir.file_name().unwrap().to_string_lossy();
    let mut quotes = std::collections::BTreeSet::new();
    for file in 0..files {
        let mut lines = String::new();
        for i in 0..per_file {
            let n = file * per_file + i;
            // Paragraphs one a line, single spaces: the body as the reader stores it.
            let body = format!(
                "“We will keep talking about point {n},” said Peter Cook, the Pentagon spokesman.\n\
                 The talks in Geneva went on for a day. Sergei Lavrov told reporters that Russia wanted a deal on point {n}.\n\
                 \"It was useful,\" he added."
            );
            quotes.insert(newsdex::extract::extract(&body).quotes.len());
            let article = serde_json::json!({
                "title": format!("Talks, day {n}"),
                "maintext": body,
                "url": format!("https://example.org/{site}/{n}"),
                "date_publish": format!("2015-{:02}-18", n % 12 + 1),
                "source_domain": format!("source{}.example.org", n % 5),
            });
            lines.push_str(&format!("{article}\n"));
        }
        std::fs::write(dir.join(format!("part-{file:04}.jsonl")), lines).unwrap();
    }
    assert_eq!(quotes.len(), 1, "articles quote differently: {quotes:?}");
    News {
        articles: (files * per_file) as u64,
        quotes_per_article: quotes.into_iter().next().unwrap(),
    }
}

/// Query text that breaks query parsers: tests/common/nasty-queries.txt, one a line, and the
/// ones too long to write there (100 KB, brackets thousands deep).
pub fn nasty_queries() -> Vec<String> {
    let mut queries: Vec<String> = include_str!("nasty-queries.txt")
        .lines()
        .map(String::from)
        .collect();
    queries.extend([
        String::new(),
        "a ".repeat(50_000),
        "(".repeat(5_000),
        format!("{}a{}", "(".repeat(2_000), ")".repeat(2_000)),
        format!("\"{}", "a ".repeat(4_000)),
    ]);
    queries
}
