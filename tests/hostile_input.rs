//! Any bytes in, no panic: property tests feed the readers, the extractor and the query parser
//! random and mutated input, and assert no panic, sane spans and bounded time. The fixed cases
//! at the end are the extremes random input rarely reaches: megabyte-long lines, thousands of
//! quote marks, deeply nested HTML, brackets nested thousands deep.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use newsdex::extract::extract;
use newsdex::index::search::{Archive, Kind, SearchRequest};
use newsdex::index::writer::{ingest, IngestOptions, Silent};
use newsdex::sources::{read_from, Limits, MAX_HTML_DEPTH};
use proptest::prelude::*;

/// Generous: debug builds on a shared machine. A quadratic blow-up still goes far over it.
const BOUND: Duration = Duration::from_secs(20);

/// Every name the readers tell apart, compressed or not.
const NAMES: [&str; 12] = [
    "a.txt",
    "a.md",
    "a.json",
    "a.jsonl",
    "a.ndjson",
    "a.html",
    "a.htm",
    "a.txt.gz",
    "a.json.gz",
    "a.jsonl.gz",
    "a.html.gz",
    "a.pdf",
];

/// Small limits, so that random input reaches them.
const SMALL: Limits = Limits {
    article_file: 4096,
    stream_file: 16 << 10,
    line: 512,
};

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Reads `bytes` as a file named `name` and drains every article; the Display of every error
/// must start with the file name, as `path[:line]: problem` does.
fn read_all(name: &str, bytes: &[u8], limits: Limits) -> (usize, usize) {
    let started = Instant::now();
    let (mut good, mut bad) = (0, 0);
    let check = |e: &newsdex::sources::ReadError| {
        let shown = e.to_string();
        assert!(shown.starts_with(name), "{shown}");
        assert!(!e.problem.is_empty());
    };
    match read_from(
        Path::new(name),
        Box::new(Cursor::new(bytes.to_vec())),
        limits,
    ) {
        Ok(articles) => {
            for article in articles {
                match article {
                    Ok(article) => {
                        assert!(!article.id.is_empty());
                        good += 1;
                    }
                    Err(e) => {
                        check(&e);
                        bad += 1;
                    }
                }
            }
        }
        Err(e) => {
            check(&e);
            bad += 1;
        }
    }
    assert!(started.elapsed() < BOUND, "{name}: {:?}", started.elapsed());
    (good, bad)
}

/// Extracts `text`, checks every span and returns the extraction.
fn extract_checked(text: &str) -> newsdex::extract::Extraction {
    let started = Instant::now();
    let extraction = extract(text);
    assert!(
        started.elapsed() < BOUND,
        "{} bytes took {:?}",
        text.len(),
        started.elapsed()
    );
    if let Err(problem) = extraction.check_spans(text) {
        panic!("{problem} in {text:?}");
    }
    extraction
}

/// Pieces news text is made of, and the marks that trip up parsers: every kind of quote mark,
/// multi-byte and combining characters, markup, JSON punctuation, line breaks.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "'",
    "`",
    "´",
    "‹",
    "›",
    "「",
    "」",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "—",
    "-",
    "…",
    "(",
    ")",
    "said",
    "says",
    "told",
    "according to",
    "added",
    "he",
    "she",
    "they",
    "Peter Cook",
    "Mr. Cook",
    "Sergei Lavrov",
    "the Pentagon",
    "U.S.",
    "Russia",
    "Moscow",
    "spokesman",
    "a senior official",
    "Dr.",
    "St.",
    "é",
    "中文",
    "🇺🇦",
    "e\u{301}",
    "\u{200d}",
    "\u{feff}",
    "\u{202e}",
    "ǅ",
    "İ",
    "ß",
    "<p>",
    "</p>",
    "<div>",
    "<script>",
    "{",
    "}",
    "[",
    "]",
    "\\",
    "#",
    "---",
    "title:",
    "date:",
    "\u{0}",
    "\u{7f}",
    "\u{fffd}",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..300).prop_map(|p| p.concat())
}

/// The seed article, a real text with quotes, speakers and entities to mutate.
fn seed() -> &'static str {
    include_str!("../sample-corpus/seed/carter-shoigu-call.txt")
}

/// The seed with bytes flipped, inserted and deleted; possibly no longer UTF-8.
fn mutated_seed() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..40).prop_map(
        |edits| {
            let mut bytes = seed().as_bytes().to_vec();
            for (at, byte, op) in edits {
                let i = at.index(bytes.len() + 1);
                match op {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => {}
                }
            }
            bytes
        },
    )
}

fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2048),
        news_like().prop_map(String::into_bytes),
        mutated_seed(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn readers_take_any_bytes(bytes in any_input(), name in prop::sample::select(&NAMES[..])) {
        let bytes = if name.ends_with(".gz") { gzip(&bytes) } else { bytes };
        read_all(name, &bytes, Limits::default());
        read_all(name, &bytes, SMALL);
    }

    #[test]
    fn readers_take_broken_gzip(bytes in any_input(), cut in any::<prop::sample::Index>(),
                                 flip in any::<prop::sample::Index>()) {
        let mut gz = gzip(&bytes);
        let i = flip.index(gz.len());
        gz[i] ^= 0x5a;
        gz.truncate(cut.index(gz.len() + 1));
        for name in ["a.txt.gz", "a.jsonl.gz", "a.html.gz"] {
            read_all(name, &gz, SMALL);
        }
    }

    #[test]
    fn json_lines_with_hostile_values(lines in prop::collection::vec(news_like(), 0..20)) {
        // Each line an article whose fields hold the hostile text, or the text itself.
        let jsonl: Vec<String> = lines
            .iter()
            .enumerate()
            .map(|(n, text)| if n % 3 == 2 {
                text.clone()
            } else {
                serde_json::json!({"title": text, "maintext": text, "date": text, "url": text, "authors": [text]}).to_string()
            })
            .collect();
        read_all("a.jsonl", jsonl.join("\n").as_bytes(), Limits::default());
    }

    #[test]
    fn extraction_spans_are_sane(text in news_like()) {
        extract_checked(&text);
    }

    #[test]
    fn extraction_of_mutated_articles(bytes in mutated_seed()) {
        extract_checked(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn extraction_of_any_unicode(text in any::<String>()) {
        extract_checked(&text);
    }

    #[test]
    fn queries_answer_or_explain(text in query_like(), quotes in any::<bool>()) {
        search(&text, quotes);
    }
}

fn query_like() -> impl Strategy<Value = String> {
    const PARTS: &[&str] = &[
        "\"",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "-",
        "+",
        "*",
        "?",
        "~",
        "^",
        "2",
        "\\",
        "/",
        " ",
        " OR ",
        " AND ",
        " NOT ",
        " TO ",
        "IN",
        "title:",
        "body:",
        "quote:",
        "speaker:",
        "date:",
        "month:",
        "nofield:",
        "direct:",
        "Geneva",
        "talks",
        "Peter Cook",
        "2015-09",
        "é",
        "中",
    ];
    prop_oneof![
        prop::collection::vec(prop::sample::select(PARTS), 0..40).prop_map(|p| p.concat()),
        any::<String>(),
    ]
}

/// A small index of the seed article and one JSON line, built once for this test binary.
fn archive() -> &'static Archive {
    static ARCHIVE: OnceLock<(PathBuf, Archive)> = OnceLock::new();
    &ARCHIVE
        .get_or_init(|| {
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-input");
            let _ = std::fs::remove_dir_all(&dir);
            let corpus = dir.join("corpus");
            std::fs::create_dir_all(&corpus).unwrap();
            std::fs::write(corpus.join("seed.txt"), seed()).unwrap();
            std::fs::write(
                corpus.join("b.jsonl"),
                r#"{"title": "Moscow", "maintext": "Sergei Lavrov said the talks in Moscow would go on.", "url": "https://example.org/b"}"#,
            )
            .unwrap();
            let index = dir.join("index");
            ingest(&[corpus], &IngestOptions::new(&index), &Silent).unwrap();
            let archive = Archive::open(&index).unwrap();
            (dir, archive)
        })
        .1
}

/// Searches for `text`: a result, or an error that says what is wrong.
fn search(text: &str, quotes: bool) {
    let request = SearchRequest {
        text: text.to_string(),
        kind: if quotes { Kind::Quotes } else { Kind::Articles },
        ..SearchRequest::default()
    };
    let started = Instant::now();
    match archive().search(&request) {
        Ok(results) => assert!(results.hits.len() as u64 <= results.num_hits),
        Err(e) => assert!(e.to_string().len() > 10, "{e}"),
    }
    assert!(
        started.elapsed() < BOUND,
        "{text:?}: {:?}",
        started.elapsed()
    );
}

#[test]
fn megabyte_lines_and_thousands_of_quote_marks() {
    let words = "the minister said talks would go on ".repeat(30_000);
    let texts = [
        // About a megabyte on one line, no sentence end.
        words.clone(),
        // Thousands of quote marks of every kind, balanced and not.
        "“".repeat(5_000),
        "\"".repeat(10_001),
        "\"a\" ".repeat(5_000),
        "“We will go on,” he said. ‘No’ ".repeat(2_000),
        format!("“{words}"),
        format!("{}”", "He said: “yes ".repeat(3_000)),
        "'".repeat(20_000),
        "« » ‹ › „ “ ‚ ‘ ".repeat(2_000),
        "Mr. ".repeat(50_000),
        "U.S. Peter Cook said ".repeat(20_000),
    ];
    for text in &texts {
        extract_checked(text);
    }
    // As files of every format, the same texts read without a panic.
    for text in &texts[..3] {
        for name in ["a.txt", "a.md", "a.html"] {
            read_all(name, text.as_bytes(), Limits::default());
        }
        let line = serde_json::json!({"title": "t", "maintext": text}).to_string();
        assert_eq!(
            read_all("a.jsonl", line.as_bytes(), Limits::default()),
            (1, 0)
        );
    }
}

#[test]
fn deeply_nested_html_is_read_or_refused() {
    let paragraph = "<p>The minister said the talks in Geneva would go on for another week.</p>";
    for tag in ["div", "span", "b", "table", "section"] {
        let nested = |depth: usize| {
            format!(
                "<html><body>{}{paragraph}{}</body></html>",
                format!("<{tag}>").repeat(depth),
                format!("</{tag}>").repeat(depth)
            )
        };
        // As deep as is read: read, in bounded time, without overflowing this thread's stack.
        read_all(
            "a.html",
            nested(MAX_HTML_DEPTH).as_bytes(),
            Limits::default(),
        );
        // Deeper: refused with the reason, at once.
        for depth in [MAX_HTML_DEPTH + 1, 20_000, 200_000] {
            let problems = read_problems("a.html", nested(depth).as_bytes(), Limits::default());
            assert_eq!(
                problems,
                [format!(
                    "a.html: HTML elements nested more than {MAX_HTML_DEPTH} deep: not read"
                )]
            );
        }
    }
    // Never closed, and unclosed elements the parser closes itself (not counted).
    let open = format!("<html><body>{}{paragraph}", "<div><p>".repeat(20_000));
    assert_eq!(
        read_problems("a.html", open.as_bytes(), Limits::default()).len(),
        1
    );
    let list = format!(
        "<html><body><article><ul>{}</ul>{paragraph}</article>",
        "<li>item".repeat(5_000)
    );
    read_all("a.html", list.as_bytes(), Limits::default());
}

#[test]
fn deeply_nested_json_is_refused() {
    for nested in [
        "[".repeat(100_000),
        format!("{}{}", "[".repeat(50_000), "]".repeat(50_000)),
        r#"{"maintext": "#.repeat(50_000),
    ] {
        for name in ["a.json", "a.jsonl"] {
            let problems = read_problems(name, nested.as_bytes(), Limits::default());
            assert_eq!(problems.len(), 1, "{name}: {problems:?}");
            assert!(problems[0].contains("invalid JSON"), "{problems:?}");
        }
    }
}

#[test]
fn limits_stop_bombs_and_long_lines() {
    // A gzip bomb: 8 KB of compressed spaces is 8 MB decompressed; the limit stops it.
    let bomb = gzip(&vec![b' '; 8 << 20]);
    assert!(bomb.len() < 64 << 10);
    let limits = Limits {
        article_file: 1 << 20,
        stream_file: 4 << 20,
        line: 64 << 10,
    };
    for name in ["a.txt.gz", "a.json.gz", "a.html.gz", "a.jsonl.gz"] {
        let problems = read_problems(name, &bomb, limits);
        assert!(
            problems.iter().any(|p| p.contains("larger than")),
            "{name}: {problems:?}"
        );
    }
    // A line over the line limit is reported and skipped; the next line is read.
    let long = serde_json::json!({"title": "t", "maintext": "x".repeat(100 << 10)});
    let short = serde_json::json!({"title": "t", "maintext": "The minister said so."});
    let file = format!("{long}\n{short}\n");
    let problems = read_problems("a.jsonl", file.as_bytes(), limits);
    assert_eq!(problems, ["a.jsonl:1: line longer than 64 KB, skipped"]);
    assert_eq!(read_all("a.jsonl", file.as_bytes(), limits), (1, 1));
}

/// The problems reading `bytes` as `name` reports.
fn read_problems(name: &str, bytes: &[u8], limits: Limits) -> Vec<String> {
    match read_from(
        Path::new(name),
        Box::new(Cursor::new(bytes.to_vec())),
        limits,
    ) {
        Ok(articles) => articles
            .filter_map(|a| a.err().map(|e| e.to_string()))
            .collect(),
        Err(e) => vec![e.to_string()],
    }
}

#[test]
fn nested_and_huge_queries_answer_or_explain() {
    for depth in [10, 32, 33, 1_000, 4_900] {
        for (open, close) in [("(", ")"), ("-(", ")"), ("title:(", ")"), ("[", "]")] {
            let text = format!("{}Geneva{}", open.repeat(depth), close.repeat(depth));
            search(&text, false);
            search(&text, true);
        }
    }
    for text in [
        "a ".repeat(4_900),
        "a OR ".repeat(1_900) + "a",
        "\"".repeat(9_999),
        "-".repeat(9_999),
        "title:".repeat(1_600),
        "x".repeat(10_001),
    ] {
        search(&text, false);
    }
}
