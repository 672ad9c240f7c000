//! Source readers: files in the formats archives hold -> [`Article`]s.
//!
//! A reader yields `Result<Article, ReadError>` one at a time (a 1 GB JSON Lines file is never
//! read whole) and never panics on any input.

use std::path::{Path, PathBuf};

use crate::article::Article;

/// Why a file, or one article in it, could not be read. Displays as `path[:line]: problem`.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {problem}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ReadError {
    pub path: PathBuf,
    pub line: Option<u64>,
    pub problem: String,
}

/// The formats newsdex reads, chosen by file extension (after an optional `.gz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    JsonLines,
    Html,
}

pub type Articles = Box<dyn Iterator<Item = Result<Article, ReadError>> + Send>;

/// The format of `path` by its extension, or None for files newsdex does not read.
pub fn format_of(path: &Path) -> Option<Format> {
    let _ = path;
    None
}

/// Opens `path` and returns its articles one by one.
pub fn read_file(path: &Path) -> Result<Articles, ReadError> {
    Err(ReadError {
        path: path.to_owned(),
        line: None,
        problem: "unsupported format".into(),
    })
}
