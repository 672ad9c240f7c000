//! Any bytes, as a file of any format newsdex reads (the first byte picks it), through the
//! readers: no panic, and every error names the file. Limits are lowered so that the size
//! and line limits are reached with small inputs.
#![no_main]

use std::io::Cursor;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use newsdex::sources::{read_from, Limits};

const NAMES: [&str; 8] = [
    "a.txt", "a.md", "a.json", "a.jsonl", "a.html", "a.txt.gz", "a.jsonl.gz", "a.html.gz",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let path = Path::new(NAMES[pick as usize % NAMES.len()]);
    let limits = Limits {
        article_file: 1 << 16,
        stream_file: 1 << 18,
        line: 1 << 12,
    };
    match read_from(path, Box::new(Cursor::new(bytes.to_vec())), limits) {
        Ok(articles) => {
            for article in articles {
                if let Err(e) = article {
                    assert!(e.to_string().starts_with("a."), "{e}");
                }
            }
        }
        Err(e) => assert!(e.to_string().starts_with("a."), "{e}"),
    }
});
