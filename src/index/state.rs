//! What ingest remembers between runs: for every file read, its size, modification time,
//! content hash and the ids of the articles it gave. Kept in the index directory and
//! rewritten (atomically, by rename) only after a commit, so it never claims more than the
//! index holds: a file it lists is fully committed.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub const STATE_FILE: &str = "newsdex-files.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileState {
    pub size: u64,
    pub mtime_ns: i128,
    /// xxh3 of the raw bytes: a touched but unchanged file is not read again.
    pub hash: u64,
    pub ids: Vec<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct IngestState {
    /// Keyed by the absolute path of the file.
    pub files: BTreeMap<PathBuf, FileState>,
}

impl IngestState {
    pub fn load(index_dir: &Path) -> Result<IngestState> {
        load_json_file(
            index_dir,
            STATE_FILE,
            "damaged ingest state; delete the file to re-read every file",
        )
    }

    pub fn save(&self, index_dir: &Path) -> Result<()> {
        save_json_file(index_dir, STATE_FILE, self)
    }
}

/// Reads the JSON file `name` kept in the index directory; its default when there is none.
/// A file that does not parse is an error that says `damaged` (what to do about it).
pub fn load_json_file<T: DeserializeOwned + Default>(
    index_dir: &Path,
    name: &str,
    damaged: &str,
) -> Result<T> {
    let path = index_dir.join(name);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| Error::NotAnIndex {
            path: path.clone(),
            problem: format!("{damaged} ({e})"),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(source) => Err(Error::Io { path, source }),
    }
}

/// Writes the JSON file `name` in the index directory: to a temporary file, then renamed over
/// the old one, so a crash leaves the old file or the new, never half of one.
pub fn save_json_file(index_dir: &Path, name: &str, value: &impl Serialize) -> Result<()> {
    let path = index_dir.join(name);
    let tmp = index_dir.join(format!("{name}.tmp"));
    let io = |source| Error::Io {
        path: tmp.clone(),
        source,
    };
    let bytes = serde_json::to_vec(value).expect("state serialises");
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::rename(&tmp, &path).map_err(io)
}

/// Size and modification time (ns since the epoch) of a file.
pub fn size_and_mtime(meta: &std::fs::Metadata) -> (u64, i128) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as i128)
        .unwrap_or(0);
    (meta.len(), mtime)
}

/// xxh3 of a file's bytes, read in blocks.
pub fn hash_file(path: &Path) -> std::io::Result<u64> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(hasher.digest());
        }
        hasher.update(&buf[..n]);
    }
}
