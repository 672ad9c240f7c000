//! JSON articles: one object (or an array) per `.json` file, one object a line in `.jsonl`.
//! Accepts the news-please field names and the usual alternatives.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{size_text, Limits, ReadError};
use crate::article::{Article, Origin};

fn text_field(obj: &serde_json::Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| match obj.get(*n)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

fn list_field(obj: &serde_json::Map<String, Value>, names: &[&str]) -> Vec<String> {
    for n in names {
        match obj.get(*n) {
            Some(Value::String(s)) if !s.trim().is_empty() => return vec![s.trim().to_string()],
            Some(Value::Array(items)) => {
                return items
                    .iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s.trim().to_string()),
                        Value::Object(o) => {
                            o.get("name").and_then(Value::as_str).map(str::to_string)
                        }
                        _ => None,
                    })
                    .filter(|s| !s.is_empty())
                    .collect();
            }
            _ => {}
        }
    }
    Vec::new()
}

/// One article from a JSON value; Err with the problem otherwise.
pub fn article_from(value: Value, origin: Origin) -> Result<Article, String> {
    let Value::Object(obj) = value else {
        return Err("expected a JSON object".into());
    };
    let body = text_field(
        &obj,
        &[
            "maintext",
            "text",
            "body",
            "content",
            "article",
            "description",
        ],
    )
    .ok_or("no article text (maintext, text, body, content or description)")?;
    let raw_date = text_field(
        &obj,
        &[
            "date_publish",
            "date",
            "published",
            "published_at",
            "datePublished",
            "pubdate",
        ],
    );
    let article = Article {
        title: text_field(&obj, &["title", "headline"]).unwrap_or_default(),
        body: super::paragraphs(&body),
        source: text_field(
            &obj,
            &[
                "source",
                "outlet",
                "publisher",
                "source_domain",
                "site_name",
            ],
        ),
        url: text_field(&obj, &["url", "link"]),
        authors: list_field(&obj, &["authors", "author", "byline"]),
        language: text_field(&obj, &["language", "lang"]),
        origin,
        ..Article::default()
    };
    Ok(super::finish(article, raw_date.as_deref()))
}

/// The articles of a `.json` file: one object, or an array of objects (line = position).
pub fn parse_document(text: &str, path: &Path) -> Vec<Result<Article, ReadError>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return vec![Err(ReadError::new(
                path,
                None,
                format!("invalid JSON: {e}"),
            ))]
        }
    };
    let origin = |line| Origin {
        path: path.to_owned(),
        line,
    };
    match value {
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let n = Some(i as u64 + 1);
                article_from(v, origin(n)).map_err(|p| ReadError::new(path, n, p))
            })
            .collect(),
        v => vec![article_from(v, origin(None)).map_err(|p| ReadError::new(path, None, p))],
    }
}

/// Streams the articles of a JSON Lines file, one line at a time.
pub struct Lines {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    limits: Limits,
    line: u64,
    bytes_read: u64,
    done: bool,
}

impl Lines {
    pub fn new(path: &Path, reader: Box<dyn BufRead + Send>, limits: Limits) -> Self {
        Lines {
            path: path.to_owned(),
            reader,
            limits,
            line: 0,
            bytes_read: 0,
            done: false,
        }
    }

    /// Reads one line into `buf`, at most `limits.line` bytes; the rest of a longer line is
    /// skipped without being kept. Returns (bytes consumed, too long).
    fn read_line(&mut self, buf: &mut Vec<u8>) -> std::io::Result<(usize, bool)> {
        let mut consumed = 0;
        let mut too_long = false;
        loop {
            let available = self.reader.fill_buf()?;
            if available.is_empty() {
                return Ok((consumed, too_long));
            }
            let (chunk, found) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (&available[..=i], true),
                None => (available, false),
            };
            if !too_long && buf.len() + chunk.len() <= self.limits.line + 1 {
                buf.extend_from_slice(chunk);
            } else {
                too_long = true;
                buf.clear();
            }
            let n = chunk.len();
            consumed += n;
            self.reader.consume(n);
            if found {
                return Ok((consumed, too_long));
            }
        }
    }
}

impl Iterator for Lines {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        while !self.done {
            buf.clear();
            self.line += 1;
            let line = Some(self.line);
            let (n, too_long) = match self.read_line(&mut buf) {
                Ok(r) => r,
                Err(e) => {
                    self.done = true;
                    return Some(Err(ReadError::new(
                        &self.path,
                        line,
                        super::read_problem(&self.path, &e),
                    )));
                }
            };
            if n == 0 {
                self.done = true;
                if self.line == 1 {
                    return Some(Err(ReadError::new(&self.path, None, "empty file")));
                }
                return None;
            }
            self.bytes_read += n as u64;
            if self.bytes_read > self.limits.stream_file {
                self.done = true;
                return Some(Err(ReadError::new(
                    &self.path,
                    line,
                    format!(
                        "larger than {} once decompressed: the rest is not read",
                        size_text(self.limits.stream_file)
                    ),
                )));
            }
            if too_long {
                return Some(Err(ReadError::new(
                    &self.path,
                    line,
                    format!(
                        "line longer than {}, skipped",
                        size_text(self.limits.line as u64)
                    ),
                )));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let text = match super::decode(&self.path, line, std::mem::take(&mut buf)) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            };
            let origin = Origin {
                path: self.path.clone(),
                line,
            };
            return Some(match serde_json::from_str::<Value>(&text) {
                Ok(v) => article_from(v, origin).map_err(|p| ReadError::new(&self.path, line, p)),
                Err(e) => Err(ReadError::new(
                    &self.path,
                    line,
                    format!("invalid JSON: {e}"),
                )),
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_please_and_alternative_fields() {
        let v: Value = serde_json::json!({"title": "T", "maintext": "Body  text.\n\nMore.", "date_publish": "2019-01-04 00:00:00",
            "source_domain": "en.wikinews.org", "url": "https://en.wikinews.org/wiki/X", "authors": []});
        let a = article_from(v, Origin::default()).unwrap();
        assert_eq!(a.body, "Body text.\nMore.");
        assert_eq!(a.source.as_deref(), Some("en.wikinews.org"));
        assert_eq!(a.month().as_deref(), Some("2019-01"));
        let v: Value = serde_json::json!({"headline": "T", "content": "B", "outlet": "Reuters", "author": "Jane Roe", "date": "soon"});
        let a = article_from(v, Origin::default()).unwrap();
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert_eq!(a.authors, vec!["Jane Roe"]);
        assert!(a.date.is_none());
        assert_eq!(a.warnings.len(), 1);
        assert!(article_from(serde_json::json!({"title": "no body"}), Origin::default()).is_err());
    }
}
