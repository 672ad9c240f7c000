//! Any query text, as articles and as quotes, against a small index: a result or a clear
//! error, never a panic or a stack overflow.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsdex::index::search::{Archive, Kind, SearchRequest};
use newsdex::index::writer::{ingest, IngestOptions, Silent};

/// An index of two articles, built once per fuzzing process.
fn archive() -> &'static Archive {
    static ARCHIVE: OnceLock<(tempfile::TempDir, Archive)> = OnceLock::new();
    &ARCHIVE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let corpus = dir.path().join("corpus");
            std::fs::create_dir(&corpus).unwrap();
            std::fs::write(
                corpus.join("a.txt"),
                "Talks in Geneva\n\n\"We will not give up,\" said Peter Cook, the Pentagon spokesman.\n",
            )
            .unwrap();
            std::fs::write(
                corpus.join("b.jsonl"),
                r#"{"title": "Moscow", "maintext": "Sergei Lavrov said the talks in Moscow would go on.", "url": "https://example.org/b", "date_publish": "2015-09-18"}"#,
            )
            .unwrap();
            let index = dir.path().join("index");
            ingest(&[corpus], &IngestOptions::new(&index), &Silent).unwrap();
            let archive = Archive::open(&index).unwrap();
            (dir, archive)
        })
        .1
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    for kind in [Kind::Articles, Kind::Quotes] {
        let request = SearchRequest {
            text: text.clone(),
            kind,
            ..SearchRequest::default()
        };
        if let Err(e) = archive().search(&request) {
            assert!(!e.to_string().is_empty());
        }
    }
});
