//! The article: what every source reader produces and every later stage consumes.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where an article came from: the file and, for multi-article files, the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Origin {
    pub path: PathBuf,
    pub line: Option<u64>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path.display(), line),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

/// One news article, normalised from whatever format it was read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable id: derived from the url when there is one, else from the origin.
    pub id: String,
    pub title: String,
    /// Paragraphs separated by a single `\n`.
    pub body: String,
    pub date: Option<DateTime<Utc>>,
    /// The outlet or site, e.g. "reuters.com".
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub language: Option<String>,
    pub origin: Origin,
    /// Problems that did not stop the article from being read (an unparseable date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Article {
    /// The day the article was published, when it has a date.
    pub fn day(&self) -> Option<chrono::NaiveDate> {
        self.date.map(|date| date.date_naive())
    }

    /// The id an article gets: its url when it has one (so the same story read from two
    /// files is one article), else its path and position in the file.
    pub fn stable_id(url: Option<&str>, origin: &Origin) -> String {
        let key = match url {
            Some(url) if !url.trim().is_empty() => format!("url:{}", url.trim()),
            _ => format!("path:{origin}"),
        };
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
    }

    /// "YYYY-MM" of the publication date, the month facet.
    pub fn month(&self) -> Option<String> {
        self.date.map(|d| d.format("%Y-%m").to_string())
    }
}
