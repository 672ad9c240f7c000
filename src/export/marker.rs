//! What the last export to each target and output directory sent: per article, a digest of
//! its documents and its number of quotes. The next export to the same place sends only the
//! articles whose digest changed, and deletions for the rest. Kept in the index directory,
//! replaced atomically after a successful export.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::index::state::{load_json_file, save_json_file};

pub const MARKER_FILE: &str = "newsdex-export.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedArticle {
    /// [`super::documents::ArticleDocs::digest`], in hex.
    #[serde(with = "hex_u64")]
    pub digest: u64,
    pub quotes: usize,
}

/// Exported articles by id.
pub type ExportedArticles = BTreeMap<String, ExportedArticle>;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ExportMarker {
    /// Keyed by [`destination_key`].
    pub exports: BTreeMap<String, ExportedArticles>,
}

/// One key per engine, index names and output directory: exports to different places are
/// tracked apart.
pub fn destination_key(target: &str, prefix: &str, out_dir: &Path) -> String {
    format!("{target} {prefix} {}", out_dir.display())
}

impl ExportMarker {
    pub fn load(index_dir: &Path) -> Result<ExportMarker> {
        load_json_file(
            index_dir,
            MARKER_FILE,
            "damaged export marker; delete it and export with --full",
        )
    }

    pub fn save(&self, index_dir: &Path) -> Result<()> {
        save_json_file(index_dir, MARKER_FILE, self)
    }
}

mod hex_u64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("{value:016x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        let text = String::deserialize(deserializer)?;
        u64::from_str_radix(&text, 16).map_err(serde::de::Error::custom)
    }
}
