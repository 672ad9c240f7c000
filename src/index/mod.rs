//! The tantivy index: schema, the parallel ingest pipeline, and search.

pub mod aliases;
pub mod facets;
pub mod schema;
pub mod search;
pub mod state;
mod tokenizer;
pub mod writer;

use std::path::Path;

use tantivy::directory::MmapDirectory;
use tantivy::Index;

use crate::error::{Error, Result, TantivyContext};
pub use schema::{Facet, Fields};

/// Opens the newsdex index in `dir`, checking that it is one.
pub fn open(dir: &Path) -> Result<(Index, Fields)> {
    if !dir.join("meta.json").is_file() {
        return Err(Error::NoIndex(dir.to_owned()));
    }
    let index = Index::open_in_dir(dir).map_err(|e| Error::NotAnIndex {
        path: dir.to_owned(),
        problem: e.to_string(),
    })?;
    tokenizer::register(&index);
    let schema = index.schema();
    let fields = Fields::new(&schema).map_err(|e| Error::NotAnIndex {
        path: dir.to_owned(),
        // An index with newsdex's quote field but not every field of this build's schema
        // was written by an earlier build.
        problem: if schema.get_field("quote").is_ok() && schema.get_field("speaker").is_ok() {
            format!(
                "it was written by an older newsdex ({e}); re-ingest into a new index directory"
            )
        } else {
            format!("its schema is not newsdex's ({e})")
        },
    })?;
    Ok((index, fields))
}

/// Opens the index in `dir`, creating the directory and an empty index when there is none.
/// A non-empty directory that holds no index is refused, so a typo cannot litter a folder.
pub fn open_or_create(dir: &Path) -> Result<(Index, Fields)> {
    if dir.join("meta.json").is_file() {
        return open(dir);
    }
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_owned(),
        source,
    })?;
    let non_empty = std::fs::read_dir(dir)
        .map_err(|source| Error::Io {
            path: dir.to_owned(),
            source,
        })?
        .next()
        .is_some();
    if non_empty {
        return Err(Error::NotAnIndex {
            path: dir.to_owned(),
            problem: "the directory is not empty and holds no meta.json".into(),
        });
    }
    let directory = MmapDirectory::open(dir).map_err(|e| Error::NotAnIndex {
        path: dir.to_owned(),
        problem: e.to_string(),
    })?;
    let index = Index::open_or_create(directory, schema::build_schema())
        .context(format!("creating the index in {}", dir.display()))?;
    tokenizer::register(&index);
    let fields = Fields::new(&index.schema()).context("reading the schema")?;
    Ok((index, fields))
}
