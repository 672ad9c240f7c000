//! Reliability end to end: hostile files, an ingest killed mid-run, a second writer and
//! readers during an ingest, a full disk, damaged and foreign indexes. docs/reliability.md
//! says what each shows and how to rerun it.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use serde_json::Value;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value as _};
use tantivy::{TantivyDocument, Term};

mod common;
use common::{nasty_queries, newsdex, stats, success_json, write_news};

/// `newsdex ingest` as a child process: JSON summary, a commit every second.
fn spawn_ingest(index: &Path, paths: &[&Path], args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .args(["ingest", "--json", "--commit-every", "1", "--index"])
        .arg(index)
        .args(args)
        .args(paths)
        .env_remove("NEWSDEX_INDEX")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn run_ingest(index: &Path, args: &[&str], paths: &[&Path]) -> Output {
    newsdex()
        .args(["ingest", "--json", "--index"])
        .arg(index)
        .args(args)
        .args(paths)
        .output()
        .unwrap()
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// When ingest last saved its state, which it does right after each commit.
fn state_saved(index: &Path) -> Option<SystemTime> {
    std::fs::metadata(index.join("newsdex-files.json"))
        .and_then(|m| m.modified())
        .ok()
}

/// Waits until the running ingest commits after `since`, or ends; true if it committed.
fn wait_for_commit(index: &Path, since: Option<SystemTime>, child: &mut Child) -> bool {
    loop {
        if state_saved(index) > since {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn signal(child: &Child, signal: &str) {
    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// Whether process `pid` holds a lock on the file at `path`, as Linux's `/proc/locks` lists
/// them ("1: FLOCK  ADVISORY  WRITE 24051 fe:00:10011213 0 EOF": the pid, then the device and
/// inode). False where that list cannot be read; the caller then goes by time.
fn holds_lock(pid: u32, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Ok(locks), Ok(metadata)) = (
        std::fs::read_to_string("/proc/locks"),
        std::fs::metadata(path),
    ) else {
        return false;
    };
    let (pid, inode) = (pid.to_string(), metadata.ino().to_string());
    locks.lines().any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        fields.get(4) == Some(&pid.as_str())
            && fields
                .get(5)
                .and_then(|file| file.rsplit(':').next())
                .is_some_and(|found| found == inode)
    })
}

/// The ids of the articles under `dir`, as the readers give them.
fn article_ids(dir: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        for article in newsdex::sources::read_file(&entry.unwrap().path()).unwrap() {
            ids.insert(article.unwrap().id);
        }
    }
    ids
}

/// Reads every document of the committed index and checks that it holds only whole
/// articles: one article document per id, every quote document's article present, and as
/// many quotes per article as a fresh extraction of its stored body finds. Returns the
/// article ids with their quote counts.
fn whole_articles(index: &Path) -> BTreeMap<String, usize> {
    let (index, fields) = newsdex::index::open(index).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let documents = |kind: &str| -> Vec<TantivyDocument> {
        let query = TermQuery::new(
            Term::from_field_text(fields.kind, kind),
            IndexRecordOption::Basic,
        );
        let addresses = searcher.search(&query, &DocSetCollector).unwrap();
        addresses
            .into_iter()
            .map(|a| searcher.doc(a).unwrap())
            .collect()
    };
    let text = |doc: &TantivyDocument, field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let mut articles = BTreeMap::new();
    for doc in documents("article") {
        let id = text(&doc, fields.article_id);
        let quotes = newsdex::extract::extract(&text(&doc, fields.body))
            .quotes
            .len();
        assert!(
            articles.insert(id.clone(), quotes).is_none(),
            "article {id} twice"
        );
    }
    let mut quotes: BTreeMap<String, usize> = BTreeMap::new();
    for doc in documents("quote") {
        *quotes.entry(text(&doc, fields.article_id)).or_default() += 1;
    }
    for id in quotes.keys() {
        assert!(
            articles.contains_key(id),
            "quotes of article {id} without it"
        );
    }
    for (id, expected) in &articles {
        assert_eq!(
            quotes.get(id).copied().unwrap_or(0),
            *expected,
            "quotes of article {id}"
        );
    }
    articles
}

#[test]
fn a_killed_ingest_leaves_whole_articles_and_the_next_run_completes() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let news = write_news(&corpus, 90, 50);
    let expected = article_ids(&corpus);
    assert_eq!(expected.len() as u64, news.articles);
    let index = tmp.path().join("index");
    // SIGKILL before the first commit, right after a commit, and at two later moments
    // (mid-batch or mid-commit). One thread, so that each run spans several commits.
    for (after_commit, delay_ms) in [(false, 400), (true, 0), (true, 150), (true, 0)] {
        let mut child = spawn_ingest(&index, &[&corpus], &["--threads", "1"]);
        if after_commit {
            wait_for_commit(&index, state_saved(&index), &mut child);
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        let ran_to_the_end = child.try_wait().unwrap().is_some();
        child.kill().unwrap();
        child.wait().unwrap();
        let found = whole_articles(&index);
        assert!(found.keys().all(|id| expected.contains(id)));
        eprintln!(
            "killed {delay_ms} ms after {} (had ended: {ran_to_the_end}): {} of {} articles in the index",
            if after_commit { "a commit" } else { "the start" },
            found.len(),
            expected.len()
        );
    }
    let out = run_ingest(&index, &[], &[&corpus]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let found = whole_articles(&index);
    assert_eq!(found.keys().cloned().collect::<BTreeSet<_>>(), expected);
    let stats = stats(&index);
    assert_eq!(stats["articles"], news.articles);
    assert_eq!(
        stats["quotes"],
        news.articles * news.quotes_per_article as u64
    );
}

#[test]
fn a_second_writer_is_refused_while_readers_go_on() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let news = write_news(&corpus, 40, 50);
    let index = tmp.path().join("index");
    let mut first = spawn_ingest(&index, &[&corpus], &[]);
    // Stopped as soon as it holds the writer's lock: waiting for a commit instead lost the
    // race to an optimised build, which ingests these articles in under a second. tantivy
    // creates the lock file before it locks it, so the file alone is not enough: stopped in
    // between, the first ingest let the second one in (seen under load in CI).
    let lock = index.join(".tantivy-writer.lock");
    let mut seen = None;
    while !seen.is_some_and(|at: std::time::Instant| {
        holds_lock(first.id(), &lock) || at.elapsed() > Duration::from_millis(500)
    }) {
        assert!(first.try_wait().unwrap().is_none(), "ended before locking");
        if seen.is_none() && lock.exists() {
            seen = Some(std::time::Instant::now());
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    // Stopped, the first ingest holds the lock for as long as the test needs.
    signal(&first, "-STOP");
    let second = run_ingest(&index, &[], &[&corpus]);
    let readable = newsdex()
        .args(["stats", "--json", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    signal(&first, "-CONT");
    assert_eq!(second.status.code(), Some(2), "{}", stderr_of(&second));
    assert!(
        stderr_of(&second).contains("is locked"),
        "{}",
        stderr_of(&second)
    );
    assert!(readable.status.success(), "{}", stderr_of(&readable));
    let out = first.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(whole_articles(&index).len() as u64, news.articles);
}

/// Sum of the counts of one facet: when every document has exactly one value (every article
/// one source), it equals the number of hits the same search found.
fn facet_total(results: &Value, facet: &str) -> u64 {
    results["facets"][facet]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .sum()
}

#[test]
fn readers_see_only_whole_articles_while_ingest_commits() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let news = write_news(&corpus, 40, 50);
    let index = tmp.path().join("index");
    let mut child = spawn_ingest(&index, &[&corpus], &[]);
    assert!(wait_for_commit(&index, None, &mut child), "no commit");
    let (mut rounds, mut last) = (0, 0);
    let nasty = nasty_queries();
    while child.try_wait().unwrap().is_none() {
        // A nasty query, answered or refused as when nothing else runs.
        let out = newsdex()
            .args(["query", "--json", "--index"])
            .arg(&index)
            .args(["--", &nasty[rounds % nasty.len()]])
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 2)),
            "{}",
            stderr_of(&out)
        );
        // In process: every committed article whole.
        let whole = whole_articles(&index).len() as u64;
        // The CLI: counts that agree within each answer, and never go back.
        let stats = stats(&index);
        let articles = stats["articles"].as_u64().unwrap();
        assert!(articles >= whole && articles >= last);
        assert_eq!(
            stats["quotes"].as_u64().unwrap(),
            articles * news.quotes_per_article as u64,
            "half an article: {stats}"
        );
        for kind in [&[][..], &["--quotes"][..]] {
            let results = success_json(
                newsdex()
                    .args(["query", "Geneva OR talking", "--json", "--index"])
                    .arg(&index)
                    .args(kind),
            );
            let hits = results["num_hits"].as_u64().unwrap();
            assert_eq!(facet_total(&results, "source"), hits, "{results}");
            assert!(hits >= articles, "{kind:?}: {hits} < {articles}");
        }
        last = articles;
        rounds += 1;
    }
    assert!(child.wait().unwrap().success());
    assert_eq!(whole_articles(&index).len() as u64, news.articles);
    eprintln!("{rounds} rounds of reads while the ingest ran");
}

/// A gzip stream that decompresses to `size` bytes of spaces: one compressed megabyte
/// repeated as gzip members (the readers take concatenated members, as gzip does).
fn gzip_bomb(size: usize) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![b' '; 1 << 20]).unwrap();
    encoder.finish().unwrap().repeat(size >> 20)
}

/// Lines of `stderr` that report `name` as `path: problem`.
fn reported<'a>(stderr: &'a str, name: &str) -> Vec<&'a str> {
    stderr
        .lines()
        .filter(|l| {
            l.split_once(": ")
                .is_some_and(|(path, _)| path.contains(name))
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn hostile_files_are_reported_and_the_rest_indexed() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::symlink;

    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let news = write_news(&corpus, 2, 10);
    // A gzip bomb: 48 KB on disk, 80 MB decompressed, over the 64 MB article limit.
    let bomb = gzip_bomb(80 << 20);
    assert!(bomb.len() < 100 << 10);
    std::fs::write(corpus.join("bomb.txt.gz"), bomb).unwrap();
    // 2 GB of one line, sparse: only the first bytes are written.
    let huge = std::fs::File::create(corpus.join("one-line.txt")).unwrap();
    (&huge)
        .write_all(b"A title and then no line break")
        .unwrap();
    huge.set_len(2 << 30).unwrap();
    // A symbolic link loop, and a link to nothing.
    symlink(&corpus, corpus.join("loop")).unwrap();
    symlink(tmp.path().join("nowhere.txt"), corpus.join("dangling.txt")).unwrap();
    // A file name that is not UTF-8 (Latin-1 "café"): read like any other.
    let latin1 = corpus.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
    std::fs::write(
        &latin1,
        "Caf\u{e9} talks\n\nThe minister said the talks would go on.\n",
    )
    .unwrap();
    // A date tantivy cannot hold (it overflowed, a panic in debug builds): kept as missing.
    std::fs::write(
        corpus.join("ancient.txt"),
        "---\ndate: 0001-01-01\n---\nAncient talks\n\nThe minister said so.\n",
    )
    .unwrap();

    let index = tmp.path().join("index");
    let out = run_ingest(&index, &["--follow-links"], &[&corpus]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked at"), "{stderr}");
    for (name, problem) in [
        ("bomb.txt.gz", "larger than 64 MB once decompressed"),
        ("one-line.txt", "larger than 64 MB"),
        ("loop", "loop"),
        ("dangling.txt", "No such file"),
        (
            "ancient.txt",
            "warning: date \"0001-01-01\" is outside the years",
        ),
    ] {
        let lines = reported(&stderr, name);
        assert!(
            lines.iter().any(|l| l.contains(problem)),
            "no `{name}: …{problem}…` in:\n{stderr}"
        );
    }
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["articles"], news.articles + 2, "{summary}");
    // The bomb, the long line, the loop and the dangling link.
    assert_eq!(summary["files_failed"], 4, "{summary}");
    let found = success_json(
        newsdex()
            .args(["query", "title:Café", "--json", "--index"])
            .arg(&index),
    );
    assert_eq!(found["num_hits"], 1, "{found}");
    assert!(found["hits"][0]["origin"]
        .as_str()
        .unwrap()
        .ends_with("caf\u{fffd}.txt"));

    // Again: what was read is unchanged (the state kept the Latin-1 name), nothing doubled.
    let out = run_ingest(&index, &["--follow-links"], &[&corpus]);
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["files_unchanged"], 4, "{summary}");
    assert_eq!(summary["articles"], 0, "{summary}");
    assert_eq!(stats(&index)["articles"], news.articles + 2);

    // Without --follow-links, links are counted as skipped, not followed.
    let out = run_ingest(&tmp.path().join("index-2"), &[], &[&corpus]);
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        summary["files_skipped"]["symbolic link (use --follow-links)"],
        2
    );
    // A link that cannot be followed is a failure like any other: exit status 1 (the walk's
    // failures were once dropped from the summary, and this run exited 0).
    let links_only = tmp.path().join("links-only");
    write_news(&links_only, 1, 1);
    symlink(
        tmp.path().join("nowhere.txt"),
        links_only.join("dangling.txt"),
    )
    .unwrap();
    let out = run_ingest(
        &tmp.path().join("index-3"),
        &["--follow-links"],
        &[&links_only],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["files_failed"], 1, "{summary}");
}

/// Takes files away once the walk has listed them: one deleted, one made unreadable.
struct Saboteur {
    vanish: PathBuf,
    lock: PathBuf,
    problems: Mutex<Vec<String>>,
}

impl newsdex::index::writer::IngestObserver for Saboteur {
    fn files_found(&self, _files: u64, _bytes: u64) {
        std::fs::remove_file(&self.vanish).unwrap();
        set_mode(&self.lock, 0o000);
    }

    fn problem(&self, line: &str) {
        self.problems.lock().unwrap().push(line.to_string());
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn files_that_vanish_or_lock_mid_run_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let news = write_news(&corpus, 4, 10);
    let saboteur = Saboteur {
        vanish: corpus.join("part-0001.jsonl"),
        lock: corpus.join("part-0002.jsonl"),
        problems: Mutex::new(Vec::new()),
    };
    let options = newsdex::index::writer::IngestOptions::new(tmp.path().join("index"));
    let summary =
        newsdex::index::writer::ingest(std::slice::from_ref(&corpus), &options, &saboteur).unwrap();
    let problems = saboteur.problems.into_inner().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("part-0001.jsonl: No such file")),
        "{problems:?}"
    );
    // Root reads a file whatever its mode: then only the vanished file can be checked.
    let denied = std::fs::File::open(&saboteur.lock).is_err();
    if denied {
        assert!(
            problems
                .iter()
                .any(|p| p.contains("part-0002.jsonl: Permission denied")),
            "{problems:?}"
        );
        assert_eq!(summary.articles, news.articles / 2);
        assert_eq!(summary.files_failed, 2);
    } else {
        eprintln!("note: running as root, which reads a file of mode 000: the permission part is not checked");
        assert_eq!(summary.articles, news.articles * 3 / 4);
        assert_eq!(summary.files_failed, 1);
    }
    set_mode(&saboteur.lock, 0o644);
}

/// Runs `newsdex ingest` with every file it writes limited to `max_kb` KB
/// (RLIMIT_FSIZE; SIGXFSZ ignored so that a write over it fails with EFBIG instead of killing
/// the process).
fn ingest_with_file_limit(index: &Path, corpus: &Path, max_kb: u64) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {}; exec \"$0\" \"$@\"",
            max_kb * 2
        ))
        .arg(env!("CARGO_BIN_EXE_newsdex"))
        .args(["ingest", "--json", "--commit-every", "1", "--index"])
        .arg(index)
        .arg(corpus)
        .env_remove("NEWSDEX_INDEX")
        .output()
        .unwrap()
}

/// A small tmpfs, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// Mounts one at `dir` when this user may (root with CAP_SYS_ADMIN).
    fn mount(dir: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).unwrap();
        Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
            .then(|| Tmpfs(dir.to_owned()))
    }

    fn resize(&self, size: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_is_reported_and_the_last_commit_stays_usable() {
    let tmp = tempfile::tempdir().unwrap();
    let first = tmp.path().join("first");
    let first_news = write_news(&first, 1, 20);
    let more = tmp.path().join("more");
    // Enough that the index outgrows the disk whatever merges free on the way (1,500 articles
    // fitted in one run of three when the machine was loaded).
    let news = write_news(&more, 30, 100);
    let disk = tmp.path().join("disk");
    // NEWSDEX_TEST_NO_MOUNT=1 tries the file size limit where a tmpfs could be mounted.
    let tmpfs = std::env::var_os("NEWSDEX_TEST_NO_MOUNT")
        .is_none()
        .then(|| Tmpfs::mount(&disk, "600k"))
        .flatten();
    let mounted = tmpfs.is_some();
    let index = disk.join("index");
    let out = run_ingest(&index, &[], &[&first]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = if mounted {
        run_ingest(&index, &["--commit-every", "1"], &[&more])
    } else {
        eprintln!(
            "note: cannot mount a tmpfs here; a full disk is simulated with a file size limit"
        );
        ingest_with_file_limit(&index, &more, 16)
    };
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked at"), "{stderr}");
    // A failed write in one of tantivy's indexing threads is reported without its cause.
    let problems: &[&str] = if mounted {
        &["No space left on device", "is the disk full?"]
    } else {
        &["File too large", "is the disk full?"]
    };
    assert!(problems.iter().any(|p| stderr.contains(p)), "{stderr}");
    // The last commit: readable, whole articles only, at least the first run's (and, on a
    // loaded machine, maybe all: a timed commit can take in the last article before the
    // write that fills the disk, a merge's or the final commit's).
    let kept = whole_articles(&index).len() as u64;
    assert!(kept >= first_news.articles && kept <= first_news.articles + news.articles);
    assert_eq!(stats(&index)["articles"], kept);
    if let Some(tmpfs) = tmpfs {
        // With room again, the next run completes the work.
        tmpfs.resize("64m");
        let out = run_ingest(&index, &[], &[&first, &more]);
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_eq!(
            whole_articles(&index).len() as u64,
            first_news.articles + news.articles
        );
    }
}

/// Runs `newsdex ARGS --index index`: the exit code and stderr, which must be one clear
/// `newsdex: …` line and no panic.
fn clear_failure(args: &[&str], index: &Path) -> (i32, String) {
    let out = newsdex()
        .args(args)
        .arg("--index")
        .arg(index)
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert!(!stderr.contains("panicked at"), "{args:?}: {stderr}");
    assert!(stderr.starts_with("newsdex: "), "{args:?}: {stderr}");
    (out.status.code().unwrap(), stderr)
}

#[test]
fn damaged_or_foreign_indexes_give_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    write_news(&corpus, 1, 20);
    let good = tmp.path().join("good");
    assert!(run_ingest(&good, &[], &[&corpus]).status.success());
    let copy = |name: &str| {
        let dir = tmp.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        for entry in std::fs::read_dir(&good).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
        dir
    };
    let segment_file = |dir: &Path, ext: &str| {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == ext))
            .unwrap()
    };
    let reads: [&[&str]; 3] = [
        &["stats"],
        &["query", "Geneva", "--json"],
        &["query", "--quotes", "--json", "--sort", "date"],
    ];

    // meta.json cut short: not an index, and ingest does not overwrite it (exit 2).
    let cut = copy("cut-meta");
    let meta = std::fs::read(cut.join("meta.json")).unwrap();
    std::fs::write(cut.join("meta.json"), &meta[..meta.len() / 2]).unwrap();
    for args in reads.iter().chain([&["ingest", "x"][..]].iter()) {
        let (code, stderr) = clear_failure(args, &cut);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("is not a newsdex index"), "{stderr}");
    }
    assert_eq!(
        std::fs::read(cut.join("meta.json")).unwrap(),
        &meta[..meta.len() / 2]
    );

    // A segment file deleted, or emptied: the index cannot be read (exit 1), the file named.
    for (name, ext, empty) in [("no-store", "store", false), ("empty-terms", "term", true)] {
        let dir = copy(name);
        let file = segment_file(&dir, ext);
        if empty {
            std::fs::write(&file, b"").unwrap();
        } else {
            std::fs::remove_file(&file).unwrap();
        }
        let file_name = file.file_name().unwrap().to_str().unwrap();
        for args in reads {
            let (code, stderr) = clear_failure(args, &dir);
            assert_eq!(code, 1, "{stderr}");
            assert!(stderr.contains(file_name), "{stderr}");
        }
    }

    // Bytes changed inside a fast-field file: tantivy may panic reading it or fail with a
    // read error; the command reports a damaged index (exit 1) instead of crashing (exit
    // 101), and names it. Each segment's fast-field file in turn: which one a search reads
    // first, and how it fails, depends on how ingest cut the segments.
    let fast_files: Vec<String> = std::fs::read_dir(&good)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".fast"))
        .collect();
    assert!(!fast_files.is_empty());
    for (n, fast_name) in fast_files.iter().enumerate() {
        let flipped = copy(&format!("flipped-fast-{n}"));
        let fast = flipped.join(fast_name);
        let mut bytes = std::fs::read(&fast).unwrap();
        let len = bytes.len();
        for i in (len / 10..len / 2).step_by(97) {
            bytes[i] ^= 0xFF;
        }
        std::fs::write(&fast, bytes).unwrap();
        for args in reads {
            let out = newsdex()
                .args(args)
                .arg("--index")
                .arg(&flipped)
                .output()
                .unwrap();
            let stderr = stderr_of(&out);
            let code = out.status.code().unwrap();
            assert!(code == 0 || code == 1, "{args:?}: exit {code}: {stderr}");
            if code == 1 {
                // The damage is reported once, not also as an internal error.
                assert!(!stderr.contains("internal error"), "{args:?}: {stderr}");
                let last = stderr.lines().last().unwrap_or_default();
                assert!(
                    last.starts_with("newsdex: ") && last.contains(flipped.to_str().unwrap())
                        || last.contains(".fast"),
                    "{args:?}: {stderr}"
                );
            }
        }
    }

    // Foreign directories: files but no meta.json; a meta.json of something else; another
    // tantivy index; a plain file.
    let foreign = tmp.path().join("foreign");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("notes.txt"), "not an index").unwrap();
    let other_json = tmp.path().join("other-json");
    std::fs::create_dir(&other_json).unwrap();
    std::fs::write(other_json.join("meta.json"), r#"{"name": "package"}"#).unwrap();
    let other_schema = tmp.path().join("other-schema");
    std::fs::create_dir(&other_schema).unwrap();
    let mut schema = tantivy::schema::Schema::builder();
    schema.add_text_field("text", tantivy::schema::TEXT);
    tantivy::Index::create_in_dir(&other_schema, schema.build()).unwrap();
    let plain_file = tmp.path().join("plain-file");
    std::fs::write(&plain_file, "x").unwrap();
    for dir in [&foreign, &other_json, &other_schema, &plain_file] {
        for args in reads.iter().chain([&["ingest", "x"][..]].iter()) {
            let (code, stderr) = clear_failure(args, dir);
            assert!(code == 2 || (args[0] == "ingest" && code == 1), "{stderr}");
            assert!(stderr.contains(dir.to_str().unwrap()), "{stderr}");
        }
    }
    let (_, stderr) = clear_failure(&["stats"], &other_schema);
    assert!(stderr.contains("schema is not newsdex's"), "{stderr}");
    // An index of an earlier newsdex (its quote and speaker fields, not every field of now):
    // the error says to re-ingest.
    let older = tmp.path().join("older");
    std::fs::create_dir(&older).unwrap();
    let mut schema = tantivy::schema::Schema::builder();
    schema.add_text_field("quote", tantivy::schema::TEXT);
    schema.add_text_field("speaker", tantivy::schema::STRING);
    tantivy::Index::create_in_dir(&older, schema.build()).unwrap();
    let (code, stderr) = clear_failure(&["stats"], &older);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("older newsdex") && stderr.contains("re-ingest"),
        "{stderr}"
    );
    assert!(
        std::fs::read_dir(&foreign).unwrap().count() == 1,
        "ingest wrote into it"
    );
}
