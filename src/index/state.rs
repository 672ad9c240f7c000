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
    #[serde(with = "path_keys")]
    pub files: BTreeMap<PathBuf, FileState>,
}

/// Paths as JSON object keys. JSON holds only Unicode and serde_json refuses a path that is
/// not UTF-8 (a Latin-1 file name): saving the state panicked right after the commit, on
/// every run over such a file. A path that is not UTF-8 is written as `bytes:` and its bytes
/// in hex; any other path as itself (absolute, so it never starts with `bytes:`).
mod path_keys {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    use serde::{Deserialize, Deserializer, Serializer};

    use super::FileState;

    const BYTES: &str = "bytes:";

    fn key_of(path: &Path) -> String {
        match path.to_str() {
            Some(text) => text.to_owned(),
            None => {
                let bytes = path.as_os_str().as_encoded_bytes();
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                format!("{BYTES}{hex}")
            }
        }
    }

    #[cfg(unix)]
    fn path_of(key: String) -> PathBuf {
        use std::os::unix::ffi::OsStringExt;
        let bytes = key.strip_prefix(BYTES).and_then(|hex| {
            (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
                .collect::<Option<Vec<u8>>>()
        });
        match bytes {
            Some(bytes) => std::ffi::OsString::from_vec(bytes).into(),
            None => key.into(),
        }
    }

    #[cfg(not(unix))]
    fn path_of(key: String) -> PathBuf {
        key.into()
    }

    pub fn serialize<S: Serializer>(
        files: &BTreeMap<PathBuf, FileState>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(files.iter().map(|(path, file)| (key_of(path), file)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<PathBuf, FileState>, D::Error> {
        let keyed = BTreeMap::<String, FileState>::deserialize(deserializer)?;
        Ok(keyed
            .into_iter()
            .map(|(key, file)| (path_of(key), file))
            .collect())
    }
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
    // Never a panic: a value that cannot be written as JSON is an error like any other.
    let bytes = serde_json::to_vec(value).map_err(|e| io(std::io::Error::other(e)))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn paths_that_are_not_utf8_survive_a_save() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let file = FileState {
            size: 1,
            mtime_ns: -2,
            hash: 3,
            ids: vec!["a".into()],
        };
        let mut state = IngestState::default();
        for name in [
            &b"/news/caf\xe9.txt"[..],
            b"/news/plain.txt",
            b"/news/bytes:00",
        ] {
            let path = PathBuf::from(std::ffi::OsStr::from_bytes(name));
            state.files.insert(path, file.clone());
        }
        state.save(dir.path()).unwrap();
        let loaded = IngestState::load(dir.path()).unwrap();
        assert_eq!(loaded.files, state.files);
    }
}
