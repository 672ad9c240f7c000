//! Export: hand the archive to a distributed engine (Quickwit, or OpenSearch / Elasticsearch)
//! with everything extraction found, so its users keep the same queries and facets.
//!
//! Documents are streamed from the index's document store segment by segment ([`documents`])
//! into NDJSON files of bounded size ([`files`]), beside the engine's index settings and a
//! script that sends them ([`engines`]). An export remembers what it sent ([`marker`]), so the
//! next one to the same place sends only what changed, and deletions.
//! [`requests`] writes newsdex's own searches as request bodies for those engines.

pub mod documents;
pub mod engines;
pub mod files;
pub mod marker;
pub mod requests;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result, TantivyContext};
use documents::{quote_id, ArticleDocs, DocKind};
pub use engines::Target;
use files::{io_error, write_file, NdjsonFiles, WrittenFile};
use marker::{destination_key, ExportMarker, ExportedArticle, ExportedArticles};

/// How an export runs.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub index_dir: PathBuf,
    pub target: Target,
    pub out_dir: PathBuf,
    /// Engine index names are `{prefix}-articles` and `{prefix}-quotes`.
    pub prefix: String,
    /// Export everything, ignoring what earlier exports sent.
    pub full: bool,
    pub max_file_bytes: u64,
}

impl ExportOptions {
    pub fn new(index_dir: impl Into<PathBuf>, target: Target, out_dir: impl Into<PathBuf>) -> Self {
        ExportOptions {
            index_dir: index_dir.into(),
            target,
            out_dir: out_dir.into(),
            prefix: "newsdex".into(),
            full: false,
            max_file_bytes: files::DEFAULT_MAX_FILE_BYTES,
        }
    }
}

/// What an export wrote; also saved as `export.json` in the output directory.
#[derive(Debug, Clone, Serialize)]
pub struct ExportSummary {
    pub target: Target,
    /// False for the first export to a place, or with `--full`.
    pub incremental: bool,
    pub articles: u64,
    pub quotes: u64,
    /// Articles left out because the previous export sent them as they are.
    pub articles_unchanged: u64,
    /// Articles whose documents are deleted (gone from the index).
    pub articles_deleted: u64,
    /// Quote documents deleted: of deleted articles, and quotes a changed article lost.
    pub quotes_deleted: u64,
    pub files: Vec<WrittenFile>,
}

pub const SUMMARY_FILE: &str = "export.json";

/// Files an earlier export may have left in the output directory; removed first so the
/// directory holds exactly one export.
fn is_export_file(name: &str) -> bool {
    let numbered = DocKind::BOTH.iter().any(|kind| {
        name.strip_prefix(kind.name())
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(|rest| rest.strip_suffix(".ndjson"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    numbered
        || DocKind::BOTH
            .iter()
            .any(|&kind| name == engines::delete_tasks_file(kind))
}

fn check_prefix(prefix: &str) -> Result<()> {
    // Valid as a Quickwit index id and an OpenSearch index name alike.
    let valid = prefix.starts_with(|c: char| c.is_ascii_lowercase())
        && prefix
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && prefix.len() <= 200;
    if valid {
        Ok(())
    } else {
        Err(Error::InvalidArgument {
            what: "index name prefix",
            value: prefix.to_string(),
            problem: "expected a lowercase letter, then lowercase letters, digits, - or _".into(),
        })
    }
}

/// Creates the output directory and clears what an earlier export wrote there.
fn prepare_out_dir(out_dir: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(out_dir).map_err(io_error(out_dir))?;
    let out_dir = out_dir.canonicalize().map_err(io_error(out_dir))?;
    for entry in std::fs::read_dir(&out_dir).map_err(io_error(&out_dir))? {
        let entry = entry.map_err(io_error(&out_dir))?;
        if entry.file_name().to_str().is_some_and(is_export_file) {
            std::fs::remove_file(entry.path()).map_err(io_error(&entry.path()))?;
        }
    }
    Ok(out_dir)
}

/// Where the documents and deletions of one engine index go.
struct IndexOutput {
    index: String,
    files: NdjsonFiles,
}

/// Writes documents and deletions in the target's format.
struct Writer {
    target: Target,
    articles: IndexOutput,
    quotes: IndexOutput,
    summary: ExportSummary,
    /// Quickwit: articles whose old documents must be deleted before ingesting.
    quickwit_deletions: Vec<String>,
}

impl Writer {
    fn output(&mut self, kind: DocKind) -> &mut IndexOutput {
        match kind {
            DocKind::Articles => &mut self.articles,
            DocKind::Quotes => &mut self.quotes,
        }
    }

    fn document(&mut self, kind: DocKind, doc: &serde_json::Value) -> Result<()> {
        let target = self.target;
        let output = self.output(kind);
        let record = match target {
            Target::Quickwit => format!("{doc}\n"),
            Target::OpenSearch => engines::bulk_index_record(&output.index, doc),
        };
        output.files.push(&record)
    }

    fn article(&mut self, docs: &ArticleDocs) -> Result<()> {
        if let Some(article) = &docs.article {
            self.document(DocKind::Articles, article)?;
            self.summary.articles += 1;
        }
        for quote in &docs.quotes {
            self.document(DocKind::Quotes, quote)?;
            self.summary.quotes += 1;
        }
        Ok(())
    }

    /// Deletes the documents an earlier export sent for `article_id` and that `kept_quotes`
    /// do not replace: all of them when the article is gone (`kept_quotes` None).
    fn delete(
        &mut self,
        article_id: &str,
        sent: ExportedArticle,
        kept_quotes: Option<usize>,
    ) -> Result<()> {
        let gone_quotes = kept_quotes.map_or(sent.quotes, |kept| sent.quotes.saturating_sub(kept));
        self.summary.quotes_deleted += gone_quotes as u64;
        if kept_quotes.is_none() {
            self.summary.articles_deleted += 1;
        }
        match self.target {
            // Delete tasks work on whole articles: every changed or removed one.
            Target::Quickwit => self.quickwit_deletions.push(article_id.to_string()),
            Target::OpenSearch => {
                if kept_quotes.is_none() {
                    let record = engines::bulk_delete_record(&self.articles.index, article_id);
                    self.articles.files.push(&record)?;
                }
                let first_gone = kept_quotes.unwrap_or(0) + 1;
                for ordinal in first_gone..=sent.quotes {
                    let id = quote_id(article_id, ordinal);
                    let record = engines::bulk_delete_record(&self.quotes.index, &id);
                    self.quotes.files.push(&record)?;
                }
            }
        }
        Ok(())
    }
}

/// Exports the index for `options.target` into `options.out_dir`.
pub fn export(options: &ExportOptions) -> Result<ExportSummary> {
    check_prefix(&options.prefix)?;
    let (index, fields) = crate::index::open(&options.index_dir)?;
    let reader = index.reader().context(format!(
        "opening a reader on {}",
        options.index_dir.display()
    ))?;
    let searcher = reader.searcher();
    let out_dir = prepare_out_dir(&options.out_dir)?;
    let target = options.target;
    let key = destination_key(target.name(), &options.prefix, &out_dir);
    let mut marker = ExportMarker::load(&options.index_dir)?;
    let mut previous: Option<ExportedArticles> = marker.exports.remove(&key);
    if options.full {
        previous = None;
    }
    let output = |kind| IndexOutput {
        index: engines::index_name(&options.prefix, kind),
        files: NdjsonFiles::new(&out_dir, kind.name(), options.max_file_bytes),
    };
    let mut writer = Writer {
        target,
        articles: output(DocKind::Articles),
        quotes: output(DocKind::Quotes),
        summary: ExportSummary {
            target,
            incremental: previous.is_some(),
            articles: 0,
            quotes: 0,
            articles_unchanged: 0,
            articles_deleted: 0,
            quotes_deleted: 0,
            files: Vec::new(),
        },
        quickwit_deletions: Vec::new(),
    };

    let mut exported = ExportedArticles::new();
    documents::for_each_article(&searcher, &fields, |docs| {
        let record = ExportedArticle {
            digest: docs.digest(),
            quotes: docs.quotes.len(),
        };
        if exported.insert(docs.article_id.clone(), record).is_some() {
            return Err(Error::NotAnIndex {
                path: options.index_dir.clone(),
                problem: format!(
                    "the documents of article {} are not consecutive in the index",
                    docs.article_id
                ),
            });
        }
        let sent = previous.as_mut().and_then(|p| p.remove(&docs.article_id));
        match sent {
            Some(sent) if sent == record => {
                writer.summary.articles_unchanged += 1;
                Ok(())
            }
            Some(sent) => {
                writer.delete(&docs.article_id, sent, Some(record.quotes))?;
                writer.article(&docs)
            }
            None => writer.article(&docs),
        }
    })?;
    // What the previous export sent and the index no longer holds.
    for (article_id, sent) in previous.unwrap_or_default() {
        writer.delete(&article_id, sent, None)?;
    }

    let mut summary = writer.summary;
    summary.files = writer.articles.files.finish()?;
    summary.files.extend(writer.quotes.files.finish()?);
    if !writer.quickwit_deletions.is_empty() {
        let tasks = engines::quickwit_delete_tasks(&writer.quickwit_deletions);
        for kind in DocKind::BOTH {
            let name = engines::delete_tasks_file(kind);
            write_file(&out_dir.join(&name), tasks.as_bytes())?;
            summary.files.push(WrittenFile {
                name,
                bytes: tasks.len() as u64,
                records: tasks.lines().count() as u64,
            });
        }
    }
    for kind in DocKind::BOTH {
        let settings = match target {
            Target::Quickwit => engines::quickwit_config(&options.prefix, kind),
            Target::OpenSearch => {
                serde_json::to_string_pretty(&engines::opensearch_mapping(kind))
                    .expect("mapping serialises")
                    + "\n"
            }
        };
        write_file(
            &out_dir.join(engines::settings_file(target, kind)),
            settings.as_bytes(),
        )?;
    }
    let script_path = out_dir.join(engines::SCRIPT_FILE);
    let script = engines::script(target, &options.prefix, summary.incremental);
    write_file(&script_path, script.as_bytes())?;
    make_executable(&script_path)?;
    let summary_json = serde_json::to_string_pretty(&summary).expect("summary serialises") + "\n";
    write_file(&out_dir.join(SUMMARY_FILE), summary_json.as_bytes())?;

    // Only now, with every file written, does the marker claim the export happened.
    marker.exports.insert(key, exported);
    marker.save(&options.index_dir)?;
    Ok(summary)
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).map_err(io_error(path))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<()> {
    Ok(())
}

/// The summary as the CLI prints it.
pub fn summary_text(summary: &ExportSummary, out_dir: &Path) -> String {
    let mut text = format!(
        "{} export ({}) to {}: {} articles, {} quotes",
        summary.target.name(),
        if summary.incremental {
            "incremental"
        } else {
            "full"
        },
        out_dir.display(),
        summary.articles,
        summary.quotes,
    );
    if summary.incremental {
        text.push_str(&format!(
            "; {} articles unchanged, {} articles and {} quotes deleted",
            summary.articles_unchanged, summary.articles_deleted, summary.quotes_deleted
        ));
    }
    text.push_str(&format!(
        "\n{} files; send them with: sh {}\n",
        summary.files.len(),
        out_dir.join(engines::SCRIPT_FILE).display()
    ));
    text
}
