//! Library errors. Each names the file or index it concerns.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("index {0} is locked: another `newsdex ingest` is writing to it")]
    Locked(PathBuf),
    #[error("{0} is not a newsdex index (no meta.json); run `newsdex ingest` to create one")]
    NoIndex(PathBuf),
    #[error("{path}: the index is damaged ({problem}); re-ingest into a new index directory")]
    Damaged { path: PathBuf, problem: String },
    #[error("{path} is not a newsdex index: {problem}")]
    NotAnIndex { path: PathBuf, problem: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write the export to {path}")]
    ExportOutput {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{context}: {source}")]
    Tantivy {
        context: String,
        #[source]
        source: tantivy::TantivyError,
    },
    #[error("cannot serve on {addr}")]
    Serve {
        addr: std::net::SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {problem}")]
    Conll {
        path: PathBuf,
        line: usize,
        problem: String,
    },
    #[error("{path}: not a usable model: {problem}")]
    Model { path: PathBuf, problem: String },
    #[error("invalid query: {0}")]
    QuerySyntax(String),
    #[error("invalid {what} {value:?}: {problem}")]
    InvalidArgument {
        what: &'static str,
        value: String,
        problem: String,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Adds context to tantivy errors: `index.reader().context("opening the reader")?`.
pub trait TantivyContext<T> {
    fn context(self, context: impl Into<String>) -> Result<T>;
}

impl<T> TantivyContext<T> for tantivy::Result<T> {
    fn context(self, context: impl Into<String>) -> Result<T> {
        self.map_err(|source| Error::Tantivy {
            context: context.into(),
            source,
        })
    }
}
