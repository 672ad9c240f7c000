//! The ingest pipeline: walk -> read -> extract -> documents -> one tantivy IndexWriter.
//!
//! Files are read in parallel on a rayon pool; the articles of one large file are also spread
//! over the pool (`par_bridge`), so a single 1 GB JSON Lines file uses every core. Each article
//! and its quotes go to the writer in one `run` call, under the writer's mutex, so a commit never
//! holds half an article. Every write op is serialised by that mutex because tantivy's delete
//! queue assumes opstamp order: two threads calling `run` at once can push their deletes out of
//! order, and a late-applied delete then removes a document added after it.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::Serialize;
use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument};

use super::state::{hash_file, size_and_mtime, FileState, IngestState};
use super::Fields;
use crate::error::{Error, Result, TantivyContext};
use crate::{extract, sources};

/// How an ingest run behaves.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub index_dir: PathBuf,
    /// Worker threads for reading and extraction (0: all cores).
    pub threads: usize,
    /// Memory for tantivy's indexing buffers, in bytes, shared by its threads.
    pub memory_budget: usize,
    /// Remove the articles of files that were ingested before and are gone now.
    pub prune: bool,
    pub follow_links: bool,
    /// Commit at least this often during long runs.
    pub commit_interval: Duration,
}

impl IngestOptions {
    pub fn new(index_dir: impl Into<PathBuf>) -> Self {
        IngestOptions {
            index_dir: index_dir.into(),
            threads: 0,
            memory_budget: 256 << 20,
            prune: false,
            follow_links: false,
            commit_interval: Duration::from_secs(60),
        }
    }
}

/// Receives progress while ingest runs; the CLI draws a progress bar with it.
pub trait IngestObserver: Sync {
    /// The walk is done: this many files (and bytes) will be read.
    fn files_found(&self, _files: u64, _bytes: u64) {}
    fn file_done(&self, _bytes: u64, _articles: u64) {}
    /// A file or article that could not be read (`path[:line]: problem`), or a warning.
    fn problem(&self, _line: &str) {}
}

/// Observes nothing.
pub struct Silent;
impl IngestObserver for Silent {}

/// What an ingest run did.
#[derive(Debug, Default, Serialize)]
pub struct IngestSummary {
    pub files_read: u64,
    pub files_unchanged: u64,
    /// Files not read, by reason ("unsupported extension .pdf").
    pub files_skipped: BTreeMap<String, u64>,
    pub files_failed: u64,
    pub articles: u64,
    pub articles_removed: u64,
    pub quotes: u64,
    pub entities: u64,
    /// Articles that could not be read (a bad JSON line, a page with no text).
    pub article_errors: u64,
    pub warnings: u64,
    pub bytes: u64,
    pub seconds: f64,
}

impl IngestSummary {
    pub fn mb_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds
        } else {
            0.0
        }
    }

    /// True when some file or article could not be read.
    pub fn had_errors(&self) -> bool {
        self.files_failed > 0 || self.article_errors > 0
    }
}

/// A file the walk found, with what is known of it before reading.
struct Candidate {
    path: PathBuf,
    size: u64,
    mtime_ns: i128,
}

#[derive(Default)]
struct Counters {
    files_read: AtomicU64,
    files_failed: AtomicU64,
    articles: AtomicU64,
    quotes: AtomicU64,
    entities: AtomicU64,
    article_errors: AtomicU64,
    warnings: AtomicU64,
    bytes: AtomicU64,
}

/// Shared by the workers of one run.
struct Pipeline<'a> {
    writer: Mutex<IndexWriter<TantivyDocument>>,
    fields: Fields,
    counters: Counters,
    observer: &'a dyn IngestObserver,
    /// Files fully handed to the writer since the last commit.
    done_since_commit: Mutex<Vec<(PathBuf, FileState)>>,
    state: Mutex<IngestState>,
    index_dir: PathBuf,
    commit_interval: Duration,
    last_commit: Mutex<Instant>,
}

/// Ingests every article under `paths` into the index at `options.index_dir`.
pub fn ingest(
    paths: &[PathBuf],
    options: &IngestOptions,
    observer: &dyn IngestObserver,
) -> Result<IngestSummary> {
    let started = Instant::now();
    let (index, fields) = super::open_or_create(&options.index_dir)?;
    let threads = if options.threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        options.threads
    };
    let writer = index
        .writer_with_num_threads(
            indexing_threads(threads, options.memory_budget),
            options.memory_budget.max(15 << 20),
        )
        .map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => Error::Locked(options.index_dir.clone()),
            other => Error::Tantivy {
                context: format!("opening a writer on {}", options.index_dir.display()),
                source: other,
            },
        })?;
    let mut state = IngestState::load(&options.index_dir)?;

    let mut summary = IngestSummary::default();
    let candidates = walk(paths, options.follow_links, &mut summary, observer);
    let (to_read, unchanged) = select_changed(candidates, &mut state, observer);
    summary.files_unchanged = unchanged;
    observer.files_found(to_read.len() as u64, to_read.iter().map(|c| c.size).sum());

    let pipeline = Pipeline {
        writer: Mutex::new(writer),
        fields,
        counters: Counters::default(),
        observer,
        done_since_commit: Mutex::new(Vec::new()),
        state: Mutex::new(state),
        index_dir: options.index_dir.clone(),
        commit_interval: options.commit_interval,
        last_commit: Mutex::new(Instant::now()),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::InvalidArgument {
            what: "thread count",
            value: threads.to_string(),
            problem: e.to_string(),
        })?;
    let result: Result<()> =
        pool.install(|| to_read.par_iter().try_for_each(|c| pipeline.ingest_file(c)));
    result?;
    if options.prune {
        summary.articles_removed = pipeline.prune()?;
    }
    pipeline.commit()?;

    let c = &pipeline.counters;
    summary.files_read = c.files_read.load(Ordering::Relaxed);
    // Added to the files the walk could not list (a symbolic link loop, a dangling link): set,
    // it dropped them, and a run with only those failures exited 0.
    summary.files_failed += c.files_failed.load(Ordering::Relaxed);
    summary.articles = c.articles.load(Ordering::Relaxed);
    summary.quotes = c.quotes.load(Ordering::Relaxed);
    summary.entities = c.entities.load(Ordering::Relaxed);
    summary.article_errors = c.article_errors.load(Ordering::Relaxed);
    summary.warnings = c.warnings.load(Ordering::Relaxed);
    summary.bytes = c.bytes.load(Ordering::Relaxed);
    let Pipeline { writer, fields, .. } = pipeline;
    let writer = writer.into_inner().unwrap_or_else(|e| e.into_inner());
    writer
        .wait_merging_threads()
        .context("waiting for segment merges")?;
    super::aliases::save(&index, &fields, &options.index_dir)?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// tantivy's indexing threads for `threads` extraction threads: one per two. Indexing an
/// article takes about half the instructions of extracting it (callgrind of a one-thread ingest:
/// 2,059 M against 4,124 M), so one indexing thread keeps pace with two extraction threads. A
/// second one at `--threads 2` cost 2.7 % more instructions and about 4 % more CPU for the same
/// documents: each segment writes its own postings and term dictionary (docs/benchmarks.md,
/// thirteenth session). tantivy needs at least 15 MB per indexing thread.
fn indexing_threads(threads: usize, memory_budget: usize) -> usize {
    threads
        .div_ceil(2)
        .clamp(1, 8)
        .min((memory_budget / (15 << 20)).max(1))
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
}

/// README.md, ATTRIBUTION.md and the like describe a corpus; they are not articles.
fn is_documentation(path: &std::path::Path) -> bool {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    [
        "README",
        "ATTRIBUTION",
        "LICENSE",
        "LICENCE",
        "CHANGELOG",
        "NOTICE",
    ]
    .iter()
    .any(|d| stem.starts_with(d))
}

/// Lists the readable files under `paths`, counting the ones skipped.
fn walk(
    paths: &[PathBuf],
    follow_links: bool,
    summary: &mut IngestSummary,
    observer: &dyn IngestObserver,
) -> Vec<Candidate> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for root in paths {
        let walker = walkdir::WalkDir::new(root)
            .follow_links(follow_links)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !is_hidden(e));
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let path = e.path().unwrap_or(root).display().to_string();
                    let problem = e
                        .io_error()
                        .map_or_else(|| e.to_string(), |io| io.to_string());
                    observer.problem(&format!("{path}: {problem}"));
                    summary.files_failed += 1;
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                if entry.path_is_symlink() && !follow_links {
                    *summary
                        .files_skipped
                        .entry("symbolic link (use --follow-links)".into())
                        .or_default() += 1;
                }
                continue;
            }
            let path = entry.path();
            if is_documentation(path) {
                *summary
                    .files_skipped
                    .entry("documentation file (README, ATTRIBUTION, LICENSE…)".into())
                    .or_default() += 1;
                continue;
            }
            if sources::format_of(path).is_none() {
                let ext = path
                    .extension()
                    .map(|e| e.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let reason = if ext.is_empty() {
                    "no file extension".to_string()
                } else {
                    format!("unsupported extension .{ext}")
                };
                *summary.files_skipped.entry(reason).or_default() += 1;
                continue;
            }
            let meta = match entry.metadata() {
                Ok(meta) => meta,
                Err(e) => {
                    observer.problem(&format!("{}: {e}", path.display()));
                    summary.files_failed += 1;
                    continue;
                }
            };
            let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
            if seen.insert(path.clone()) {
                let (size, mtime_ns) = size_and_mtime(&meta);
                found.push(Candidate {
                    path,
                    size,
                    mtime_ns,
                });
            }
        }
    }
    found
}

/// Splits the candidates into files to read and the number left as they were.
fn select_changed(
    candidates: Vec<Candidate>,
    state: &mut IngestState,
    observer: &dyn IngestObserver,
) -> (Vec<Candidate>, u64) {
    let mut unchanged = 0;
    let mut touched = Vec::new();
    let to_read = candidates
        .into_iter()
        .filter(|c| match state.files.get(&c.path) {
            Some(old) if old.size == c.size && old.mtime_ns == c.mtime_ns => {
                unchanged += 1;
                false
            }
            Some(old) if old.size == c.size => match hash_file(&c.path) {
                // Touched but not changed: not read again, and its new mtime is remembered.
                Ok(hash) if hash == old.hash => {
                    touched.push((c.path.clone(), c.mtime_ns));
                    unchanged += 1;
                    false
                }
                Ok(_) => true,
                Err(e) => {
                    observer.problem(&format!("{}: {e}", c.path.display()));
                    true
                }
            },
            _ => true,
        })
        .collect();
    for (path, mtime_ns) in touched {
        if let Some(file) = state.files.get_mut(&path) {
            file.mtime_ns = mtime_ns;
        }
    }
    (to_read, unchanged)
}

/// Files at least this large are read on a thread of their own, ahead of extraction.
const READ_AHEAD_FROM: u64 = 1 << 20;
/// Articles read ahead of extraction, per file.
const READ_AHEAD: usize = 64;

impl Pipeline<'_> {
    fn ingest_file(&self, candidate: &Candidate) -> Result<()> {
        let path = &candidate.path;
        let articles = match sources::read_file(path) {
            Ok(articles) => articles,
            Err(e) => {
                self.observer.problem(&e.to_string());
                self.counters.files_failed.fetch_add(1, Ordering::Relaxed);
                self.observer.file_done(candidate.size, 0);
                return Ok(());
            }
        };
        let ids = Mutex::new(Vec::new());
        let ingest_one = |article: Result<crate::article::Article, sources::ReadError>| {
            match article {
                Ok(article) => {
                    let id = article.id.clone();
                    self.ingest_article(article)?;
                    ids.lock().unwrap_or_else(|e| e.into_inner()).push(id);
                }
                Err(e) => {
                    self.observer.problem(&e.to_string());
                    self.counters.article_errors.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(())
        };
        let outcome: Result<()> = if candidate.size >= READ_AHEAD_FROM {
            // A large file is decoded and parsed on a thread of its own, a few articles ahead,
            // so that the workers spend their time extracting: with one worker, reading was
            // a fifth of its time.
            let (sender, receiver) = crossbeam_channel::bounded(READ_AHEAD);
            std::thread::scope(|scope| {
                scope.spawn(move || {
                    for article in articles {
                        // The workers stopped on an error: stop reading.
                        if sender.send(article).is_err() {
                            break;
                        }
                    }
                });
                receiver.into_iter().par_bridge().try_for_each(ingest_one)
            })
        } else {
            articles.par_bridge().try_for_each(ingest_one)
        };
        outcome?;
        let ids = ids.into_inner().unwrap_or_else(|e| e.into_inner());
        let article_count = ids.len() as u64;
        let hash = hash_file(path).unwrap_or(0);
        let new_state = FileState {
            size: candidate.size,
            mtime_ns: candidate.mtime_ns,
            hash,
            ids,
        };
        // Articles the file held last time and holds no more. The state lock is released
        // before the writer lock is taken: `commit` takes them in the other order.
        let old_ids = self.lock_state().files.get(path).map(|old| old.ids.clone());
        if let Some(old_ids) = old_ids {
            let kept: HashSet<&String> = new_state.ids.iter().collect();
            let writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
            for gone in old_ids.iter().filter(|id| !kept.contains(id)) {
                writer.delete_term(self.fields.article_term(gone));
            }
        }
        self.done_since_commit
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path.clone(), new_state));
        self.counters.files_read.fetch_add(1, Ordering::Relaxed);
        self.counters
            .bytes
            .fetch_add(candidate.size, Ordering::Relaxed);
        self.observer.file_done(candidate.size, article_count);
        self.commit_if_due()
    }

    fn ingest_article(&self, article: crate::article::Article) -> Result<()> {
        let extraction = extract::extract_article(&article.title, &article.body, article.day());
        self.counters
            .warnings
            .fetch_add(article.warnings.len() as u64, Ordering::Relaxed);
        for warning in &article.warnings {
            self.observer
                .problem(&format!("{}: warning: {warning}", article.origin));
        }
        let docs = self.fields.documents(&article, &extraction);
        let mut ops = Vec::with_capacity(docs.len() + 1);
        // Delete first: re-ingesting an article replaces it and its quotes.
        ops.push(UserOperation::Delete(self.fields.article_term(&article.id)));
        ops.extend(docs.into_iter().map(UserOperation::Add));
        self.writer
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .run(ops)
            .map_err(|source| {
                // tantivy's indexing threads drop the I/O error that stopped them (a full
                // disk, a file size limit) and report only that they were killed.
                let hint = match source {
                    tantivy::TantivyError::ErrorInThread(_) => {
                        " (an indexing thread stopped, most likely on a failed write: is the disk full?)"
                    }
                    _ => "",
                };
                Error::Tantivy {
                    context: format!("indexing {}{hint}", article.origin),
                    source,
                }
            })?;
        self.counters.articles.fetch_add(1, Ordering::Relaxed);
        self.counters
            .quotes
            .fetch_add(extraction.quotes.len() as u64, Ordering::Relaxed);
        self.counters
            .entities
            .fetch_add(extraction.entities.len() as u64, Ordering::Relaxed);
        Ok(())
    }

    fn lock_state(&self) -> std::sync::MutexGuard<'_, IngestState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn commit_if_due(&self) -> Result<()> {
        let due = {
            let mut last = self.last_commit.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() >= self.commit_interval {
                *last = Instant::now();
                true
            } else {
                false
            }
        };
        if due {
            self.commit()?;
        }
        Ok(())
    }

    /// Commits what the writer holds, then records the files that commit completed.
    fn commit(&self) -> Result<()> {
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        // Taken under the writer's lock: every file listed here had all its articles handed over.
        let done = std::mem::take(
            &mut *self
                .done_since_commit
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        );
        writer.commit().context("committing the index")?;
        let mut state = self.lock_state();
        state.files.extend(done);
        state.save(&self.index_dir)
    }

    /// Deletes the articles of files that are gone; returns how many.
    fn prune(&self) -> Result<u64> {
        let gone: Vec<FileState> = {
            let mut state = self.lock_state();
            let paths: Vec<PathBuf> = state
                .files
                .keys()
                .filter(|p| !p.exists())
                .cloned()
                .collect();
            paths.iter().filter_map(|p| state.files.remove(p)).collect()
        };
        let writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        for id in gone.iter().flat_map(|file| &file.ids) {
            writer.delete_term(self.fields.article_term(id));
        }
        Ok(gone.iter().map(|file| file.ids.len() as u64).sum())
    }
}

#[cfg(test)]
mod tests {
    use super::indexing_threads;

    #[test]
    fn one_indexing_thread_per_two_extraction_threads() {
        let budget = 256 << 20;
        assert_eq!(indexing_threads(1, budget), 1);
        assert_eq!(indexing_threads(2, budget), 1);
        assert_eq!(indexing_threads(3, budget), 2);
        assert_eq!(indexing_threads(4, budget), 2);
        assert_eq!(indexing_threads(32, budget), 8);
        // Each indexing thread needs 15 MB of the budget.
        assert_eq!(indexing_threads(4, 16 << 20), 1);
    }
}
