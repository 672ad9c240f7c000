//! NDJSON split into numbered files of bounded size, one request body each.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};

/// Largest file written by default: Quickwit's ingest API takes at most 10 MB a request, and
/// OpenSearch recommends bulk requests of 5 to 15 MB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 10_000_000;

/// A file the export wrote.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct WrittenFile {
    /// Relative to the output directory.
    pub name: String,
    pub bytes: u64,
    /// Records (a document, or a bulk action with its document) in the file.
    pub records: u64,
}

/// An error writing into the output directory, naming the file or directory.
pub(crate) fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::ExportOutput {
        path: path.to_owned(),
        source,
    }
}

/// Writes `bytes` to `path` in one go (configs, scripts).
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(io_error(path))
}

/// Records go to `{stem}-00001.ndjson`, then `-00002` when the next record would push the file
/// past the limit. A record is never split, so one larger than the limit gets a file alone.
pub struct NdjsonFiles {
    dir: PathBuf,
    stem: &'static str,
    max_bytes: u64,
    open: Option<(BufWriter<File>, PathBuf)>,
    written: Vec<WrittenFile>,
}

impl NdjsonFiles {
    pub fn new(dir: &Path, stem: &'static str, max_bytes: u64) -> NdjsonFiles {
        NdjsonFiles {
            dir: dir.to_owned(),
            stem,
            max_bytes,
            open: None,
            written: Vec::new(),
        }
    }

    /// Appends one record: complete lines, each ending in `\n`.
    pub fn push(&mut self, record: &str) -> Result<()> {
        debug_assert!(record.ends_with('\n'));
        let len = record.len() as u64;
        let full = self
            .written
            .last()
            .is_some_and(|f| f.records > 0 && f.bytes + len > self.max_bytes);
        if self.open.is_none() || full {
            self.close_current()?;
            let name = format!("{}-{:05}.ndjson", self.stem, self.written.len() + 1);
            let path = self.dir.join(&name);
            let file = File::create(&path).map_err(io_error(&path))?;
            self.open = Some((BufWriter::new(file), path));
            self.written.push(WrittenFile {
                name,
                bytes: 0,
                records: 0,
            });
        }
        let (writer, path) = self.open.as_mut().expect("opened above");
        writer
            .write_all(record.as_bytes())
            .map_err(io_error(path))?;
        let current = self.written.last_mut().expect("pushed with the file");
        current.bytes += len;
        current.records += 1;
        Ok(())
    }

    fn close_current(&mut self) -> Result<()> {
        if let Some((mut writer, path)) = self.open.take() {
            writer.flush().map_err(io_error(&path))?;
        }
        Ok(())
    }

    /// Flushes the last file; returns every file written.
    pub fn finish(mut self) -> Result<Vec<WrittenFile>> {
        self.close_current()?;
        Ok(std::mem::take(&mut self.written))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_roll_over_to_a_new_file_and_are_never_cut() {
        let dir = tempfile::tempdir().unwrap();
        let mut files = NdjsonFiles::new(dir.path(), "quotes", 10);
        for record in ["aaaa\n", "bbbb\n", "c\n", "an oversized record\n", "d\n"] {
            files.push(record).unwrap();
        }
        let written = files.finish().unwrap();
        let contents: Vec<String> = written
            .iter()
            .map(|f| std::fs::read_to_string(dir.path().join(&f.name)).unwrap())
            .collect();
        assert_eq!(
            contents,
            ["aaaa\nbbbb\n", "c\n", "an oversized record\n", "d\n"]
        );
        assert_eq!(written[0].name, "quotes-00001.ndjson");
        assert_eq!((written[0].bytes, written[0].records), (10, 2));
    }
}
