//! Source readers: files in the formats archives hold -> [`Article`]s.
//!
//! A reader yields `Result<Article, ReadError>` one at a time (a JSON Lines file is streamed,
//! never read whole) and never panics on any input.

mod dates;
mod html;
mod json;
mod text;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::article::{Article, Origin};
pub use dates::parse_date;
pub use html::MAX_HTML_DEPTH;

/// Largest decompressed size of a single-article file (text, JSON, HTML): a gzip bomb stops here.
pub const MAX_ARTICLE_FILE: u64 = 64 << 20;
/// Largest decompressed size of a JSON Lines file.
pub const MAX_STREAM_FILE: u64 = 8 << 30;
/// Longest JSON line; a longer one is reported and skipped.
pub const MAX_LINE: usize = 64 << 20;

/// Why a file, or one article in it, could not be read. Displays as `path[:line]: problem`.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {problem}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ReadError {
    pub path: PathBuf,
    pub line: Option<u64>,
    pub problem: String,
}

impl ReadError {
    pub fn new(path: &Path, line: Option<u64>, problem: impl Into<String>) -> Self {
        ReadError {
            path: path.to_owned(),
            line,
            problem: problem.into(),
        }
    }
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
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "txt" | "md" => Some(Format::Text),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "html" | "htm" => Some(Format::Html),
        _ => None,
    }
}

fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Size limits the readers enforce: past them a file (or line) is reported, not read.
/// [`Limits::default`] is what ingest uses; tests and fuzz targets lower them to reach the
/// limits with small inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Decompressed size of a single-article file (text, JSON, HTML).
    pub article_file: u64,
    /// Decompressed size of a JSON Lines file.
    pub stream_file: u64,
    /// Length of one JSON line.
    pub line: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            article_file: MAX_ARTICLE_FILE,
            stream_file: MAX_STREAM_FILE,
            line: MAX_LINE,
        }
    }
}

/// A byte count as limits are written in messages: "64 MB", "8 GB", "64 KB", "1000 bytes".
pub(crate) fn size_text(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// `input` (the bytes of `path`), decompressed when `path` ends in `.gz`, limited to
/// `limit` + 1 bytes so that going over the limit can be seen.
fn stream(path: &Path, input: Box<dyn Read + Send>, limit: u64) -> Box<dyn BufRead + Send> {
    let reader: Box<dyn Read + Send> = if is_gzip(path) {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(input)))
    } else {
        input
    };
    Box::new(BufReader::with_capacity(
        1 << 16,
        reader.take(limit.saturating_add(1)),
    ))
}

/// Describes an I/O error from reading a possibly compressed stream.
fn read_problem(path: &Path, e: &std::io::Error) -> String {
    if is_gzip(path)
        && matches!(
            e.kind(),
            std::io::ErrorKind::UnexpectedEof
                | std::io::ErrorKind::InvalidInput
                | std::io::ErrorKind::InvalidData
        )
    {
        format!("truncated or corrupt gzip stream ({e})")
    } else {
        e.to_string()
    }
}

/// Reads a whole single-article input as UTF-8 text.
fn read_text(path: &Path, input: Box<dyn Read + Send>, limit: u64) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    stream(path, input, limit)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::new(path, None, read_problem(path, &e)))?;
    if bytes.len() as u64 > limit {
        let decompressed = if is_gzip(path) {
            " once decompressed"
        } else {
            ""
        };
        return Err(ReadError::new(
            path,
            None,
            format!("larger than {}{decompressed}: not read", size_text(limit)),
        ));
    }
    decode(path, None, bytes)
}

/// UTF-8 text of `bytes`, refusing binary data and invalid UTF-8 with a clear message.
fn decode(path: &Path, line: Option<u64>, bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::new(path, line, "empty file"));
    }
    if bytes.contains(&0) {
        return Err(ReadError::new(
            path,
            line,
            "binary file (NUL bytes), not an article",
        ));
    }
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    String::from_utf8(bytes).map_err(|e| {
        ReadError::new(
            path,
            line,
            format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
        )
    })
}

/// Opens `path` and returns its articles one by one.
pub fn read_file(path: &Path) -> Result<Articles, ReadError> {
    if format_of(path).is_none() {
        return Err(ReadError::new(path, None, "unsupported file extension"));
    }
    let file = File::open(path).map_err(|e| ReadError::new(path, None, e.to_string()))?;
    read_from(path, Box::new(file), Limits::default())
}

/// The articles in `input`, the bytes of a file named `path`: its extension picks the format
/// (and `.gz` decompresses), and errors name it. Nothing is read from the file system.
pub fn read_from(
    path: &Path,
    input: Box<dyn Read + Send>,
    limits: Limits,
) -> Result<Articles, ReadError> {
    let origin = Origin {
        path: path.to_owned(),
        line: None,
    };
    match format_of(path) {
        Some(Format::Text) => {
            let text = read_text(path, input, limits.article_file)?;
            let article = text::parse(&text, origin).map_err(|p| ReadError::new(path, None, p))?;
            Ok(Box::new(std::iter::once(Ok(article))))
        }
        Some(Format::Json) => {
            let text = read_text(path, input, limits.article_file)?;
            let articles = json::parse_document(&text, path);
            Ok(Box::new(articles.into_iter()))
        }
        Some(Format::JsonLines) => Ok(Box::new(json::Lines::new(
            path,
            stream(path, input, limits.stream_file),
            limits,
        ))),
        Some(Format::Html) => {
            let text = read_text(path, input, limits.article_file)?;
            let article = html::parse(&text, origin).map_err(|p| ReadError::new(path, None, p))?;
            Ok(Box::new(std::iter::once(Ok(article))))
        }
        None => Err(ReadError::new(path, None, "unsupported file extension")),
    }
}

/// Builds an article from parsed fields: fills id, month-able date and warnings.
pub(crate) fn finish(mut article: Article, raw_date: Option<&str>) -> Article {
    if let Some(raw) = raw_date.map(str::trim).filter(|d| !d.is_empty()) {
        match parse_date(raw) {
            Some(date) if crate::index::schema::indexable(date) => article.date = Some(date),
            // Indexed, it would be clamped to a wrong date.
            Some(_) => article.warnings.push(format!(
                "date {raw:?} is outside the years 1678 to 2261, kept as missing"
            )),
            None => article
                .warnings
                .push(format!("unparseable date {raw:?}, kept as missing")),
        }
    }
    if article.source.is_none() {
        article.source = article.url.as_deref().and_then(host_of);
    }
    article.title = article.title.trim().to_string();
    article.id = Article::stable_id(article.url.as_deref(), &article.origin);
    article
}

/// The host of a url, without `www.`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?.trim();
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// Paragraphs of `text` as newsdex stores them: trimmed, one a line, no empty lines.
pub(crate) fn paragraphs(text: &str) -> String {
    // Written into one buffer: a Vec and a String per line were 3 % of ingest CPU.
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        // Most lines are already a paragraph as stored: copied whole, not word by word.
        if is_single_spaced(line) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
            continue;
        }
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(first);
        for word in words {
            out.push(' ');
            out.push_str(word);
        }
    }
    out
}

/// Words separated by single spaces, none at either end, no other whitespace: what
/// [`paragraphs`] makes of the line is the line itself. Read by bytes, chars decoded only
/// where one may be whitespace: decoding every char was 2 % of the ingest worker's time.
fn is_single_spaced(line: &str) -> bool {
    // The first bytes of the only whitespace chars past ASCII (U+0085, U+00A0, U+1680,
    // U+2000 to U+205F, U+3000); also those of curly quotes and dashes.
    let may_start_wide_space = |b: u8| matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3);
    let bytes = line.as_bytes();
    let (ascii_space, wide) = bytes.iter().fold((false, false), |(ascii, wide), &b| {
        (
            ascii | matches!(b, b'\t'..=b'\r'),
            wide | may_start_wide_space(b),
        )
    });
    let wide_space = || {
        wide && bytes
            .iter()
            .enumerate()
            .any(|(i, &b)| may_start_wide_space(b) && line[i..].starts_with(char::is_whitespace))
    };
    !line.is_empty()
        && !ascii_space
        && !line.starts_with(' ')
        && !line.ends_with(' ')
        && !line.contains("  ")
        && !wide_space()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_trimmed_lines_with_single_spaces() {
        assert_eq!(
            paragraphs("  One\t two  \n\n \r\nthree\u{a0}four \n  "),
            "One two\nthree four"
        );
        assert_eq!(paragraphs(" \n\t\n"), "");
        assert_eq!(
            paragraphs("One two.\r\nThree (four)"),
            "One two.\nThree (four)"
        );
        assert_eq!(
            paragraphs("One  two \nthree\x0bfour"),
            "One two\nthree four"
        );
        assert_eq!(paragraphs("“Oui,” dit-il\u{2009}!"), "“Oui,” dit-il !");
    }

    #[test]
    fn single_spacing_is_told_by_bytes_as_by_chars() {
        let by_chars = |line: &str| {
            let words: Vec<&str> = line.split_whitespace().collect();
            !line.is_empty() && words.join(" ") == line
        };
        for c in ('\0'..='\u{3100}').chain(['\u{feff}', '\u{1f600}']) {
            for line in [
                format!("a{c}b"),
                format!("{c}"),
                format!("a {c}"),
                format!("{c} b"),
            ] {
                assert_eq!(is_single_spaced(&line), by_chars(&line), "{line:?}");
            }
        }
        for line in ["", " ", "a", "a b", "a  b", " a", "a ", "été à Paris"] {
            assert_eq!(is_single_spaced(line), by_chars(line), "{line:?}");
        }
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(format_of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(format_of(Path::new("b.jsonl.gz")), Some(Format::JsonLines));
        assert_eq!(format_of(Path::new("b.htm")), Some(Format::Html));
        assert_eq!(format_of(Path::new("b.pdf")), None);
        assert_eq!(format_of(Path::new("README")), None);
        assert_eq!(
            host_of("https://www.Reuters.com/x?y").as_deref(),
            Some("reuters.com")
        );
    }
}
