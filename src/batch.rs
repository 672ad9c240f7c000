//! Extraction over JSON Lines: records `{"id", "text"}` in (other fields ignored), one line
//! `{"id", "quotes", "entities"}` out per record, in input order. Used by `newsdex extract
//! --jsonl` and by the evaluation commands.

use std::io::{BufRead, Write};
use std::path::Path;

use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::extract::{self, Extraction};
use crate::sources::ReadError;

/// One input record. The id is kept as written (string or number).
#[derive(Debug, Clone, Deserialize)]
pub struct TextRecord {
    pub id: serde_json::Value,
    pub text: String,
}

#[derive(Serialize)]
struct ExtractedRecord<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

/// Records handed to the thread pool at once: enough to keep every core busy, few enough that
/// memory stays bounded on a file of any size.
const CHUNK: usize = 256;

/// Parses the JSON Lines of `input` (named `path` in errors) into `T`s, skipping blank lines.
/// `what` names a record in the error of a line that is not one ("{\"id\", \"text\"} record").
pub fn read_json_lines<'a, T: DeserializeOwned>(
    input: impl BufRead + 'a,
    path: &'a Path,
    what: &'a str,
) -> impl Iterator<Item = Result<T, ReadError>> + 'a {
    input.lines().enumerate().filter_map(move |(n, line)| {
        let line_no = Some(n as u64 + 1);
        match line {
            Err(e) => Some(Err(ReadError::new(path, line_no, e.to_string()))),
            Ok(line) if line.trim().is_empty() => None,
            Ok(line) => Some(
                serde_json::from_str::<T>(&line)
                    .map_err(|e| ReadError::new(path, line_no, format!("not a {what}: {e}"))),
            ),
        }
    })
}

/// The `{"id", "text"}` records of `input`.
pub fn read_records<'a>(
    input: impl BufRead + 'a,
    path: &'a Path,
) -> impl Iterator<Item = Result<TextRecord, ReadError>> + 'a {
    read_json_lines(input, path, "{\"id\", \"text\"} record")
}

/// Extracts every record of `input` and writes one JSON line each to `out`, in input order.
/// Records that cannot be read are passed to `on_error` and skipped. Returns how many records
/// were written.
pub fn extract_jsonl(
    input: impl BufRead,
    path: &Path,
    mut out: impl Write,
    mut on_error: impl FnMut(ReadError),
) -> std::io::Result<u64> {
    let mut written = 0;
    let mut records = read_records(input, path).peekable();
    while records.peek().is_some() {
        let mut chunk = Vec::with_capacity(CHUNK);
        for record in records.by_ref().take(CHUNK) {
            match record {
                Ok(record) => chunk.push(record),
                Err(e) => on_error(e),
            }
        }
        let lines: Vec<String> = chunk
            .par_iter()
            .map(|record| {
                let extraction = extract::extract(&record.text);
                let line = ExtractedRecord {
                    id: &record.id,
                    extraction: &extraction,
                };
                serde_json::to_string(&line).expect("extraction serialises")
            })
            .collect();
        for line in lines {
            writeln!(out, "{line}")?;
            written += 1;
        }
    }
    out.flush()?;
    Ok(written)
}
