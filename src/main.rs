//! The `newsdex` command: parses the command line, calls the library, maps errors to exit codes.

mod cli;

// tantivy's indexer and the extractor allocate many small buffers; glibc's malloc was 8 % of
// ingest CPU in a profile (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};

use cli::{
    Cli, Command, EvalCommand, EvalEntitiesArgs, EvalQuotesArgs, ExportArgs, ExtractArgs,
    IngestArgs, QueryArgs, ServeArgs, SortArg, StatsArgs, TrainCommand, TrainNerArgs,
};
use newsdex::error::Error;
use newsdex::extract::ner::train::{train, TrainOptions};
use newsdex::extract::ner::Tagger;
use newsdex::index::search::{parse_date_bound, Archive, Kind, SearchRequest, SortOrder};
use newsdex::index::writer::{ingest, IngestObserver, IngestOptions};
use newsdex::index::Facet;
use newsdex::{batch, eval, extract, render, sources};

/// Exit code for a bad query, a bad option or an index that cannot be opened.
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    // One line, not a backtrace: a panic is a bug. A panic while a search reads the index is a
    // damaged index, which the search reports itself.
    std::panic::set_hook(Box::new(|info| {
        if !newsdex::index::search::panics_are_reported_as_damage() {
            eprintln!("newsdex: internal error: {info}")
        }
    }));
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(args) => run_ingest(args),
        Command::Query(args) => run_query(args),
        Command::Stats(args) => run_stats(args),
        Command::Extract(args) => run_extract(args),
        Command::Eval(EvalCommand::Quotes(args)) => run_eval_quotes(args),
        Command::Eval(EvalCommand::Entities(args)) => run_eval_entities(args),
        Command::Train(args) => match args.command {
            TrainCommand::Ner(args) => run_train_ner(args),
        },
        Command::Serve(args) => run_serve(args),
        Command::Export(args) => run_export(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("newsdex: {error:#}");
            let usage = error.downcast_ref::<Error>().is_some_and(|e| {
                matches!(
                    e,
                    Error::QuerySyntax(_)
                        | Error::InvalidArgument { .. }
                        | Error::Locked(_)
                        | Error::NoIndex(_)
                        | Error::NotAnIndex { .. }
                )
            });
            ExitCode::from(if usage { EXIT_USAGE } else { 1 })
        }
    }
}

/// Draws the progress bar (when stderr is a terminal) and prints problems above it.
struct Progress {
    bar: ProgressBar,
    articles: std::sync::atomic::AtomicU64,
    files: std::sync::atomic::AtomicU64,
}

impl IngestObserver for Progress {
    fn files_found(&self, _files: u64, bytes: u64) {
        self.bar.set_length(bytes);
    }

    fn file_done(&self, bytes: u64, articles: u64) {
        use std::sync::atomic::Ordering::Relaxed;
        let files = self.files.fetch_add(1, Relaxed) + 1;
        let articles = self.articles.fetch_add(articles, Relaxed) + articles;
        self.bar.inc(bytes);
        self.bar
            .set_message(format!("{files} files, {articles} articles"));
    }

    fn problem(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }
}

fn run_ingest(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {msg}",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let progress = Progress {
        bar,
        articles: Default::default(),
        files: Default::default(),
    };
    let mut options = IngestOptions::new(&args.index.index);
    options.threads = args.threads;
    options.memory_budget = (args.memory_mb as usize) << 20;
    options.prune = args.prune;
    options.follow_links = args.follow_links;
    options.commit_interval = Duration::from_secs(args.commit_every.max(1));
    let summary = ingest(&args.paths, &options, &progress);
    progress.bar.finish_and_clear();
    let summary = summary.with_context(|| format!("ingest into {}", args.index.index.display()))?;
    if args.json {
        println!("{}", serde_json::to_string(&summary)?);
    } else {
        eprint!("{}", render::summary_text(&summary));
    }
    Ok(if summary.had_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_query(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let archive = Archive::open(&args.index.index)?;
    let mut request = SearchRequest {
        text: args.text.unwrap_or_default(),
        kind: if args.quotes {
            Kind::Quotes
        } else {
            Kind::Articles
        },
        limit: args.limit,
        offset: args.offset,
        sort: match args.sort {
            SortArg::Relevance => SortOrder::Relevance,
            SortArg::Date => SortOrder::Date,
        },
        facet_size: args.facets,
        ..SearchRequest::default()
    };
    for (facet, values) in [
        (Facet::Speaker, args.speaker),
        (Facet::Person, args.person),
        (Facet::Organization, args.org),
        (Facet::Place, args.place),
        (Facet::Source, args.source),
    ] {
        if !values.is_empty() {
            request.filters.insert(facet, values);
        }
    }
    request.since = args
        .since
        .as_deref()
        .map(|d| parse_date_bound(d, false))
        .transpose()?;
    request.until = args
        .until
        .as_deref()
        .map(|d| parse_date_bound(d, true))
        .transpose()?;
    let results = archive.search(&request)?;
    let mut stdout = std::io::stdout().lock();
    if args.json {
        writeln!(stdout, "{}", render::search_json(&results))?;
    } else {
        let style = if std::io::stdout().is_terminal() {
            render::Style::Terminal
        } else {
            render::Style::Plain
        };
        write!(stdout, "{}", render::search_text(&results, style))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn run_stats(args: StatsArgs) -> anyhow::Result<ExitCode> {
    let archive = Archive::open(&args.index.index)?;
    let stats = archive.stats()?;
    if args.json {
        println!("{}", serde_json::to_string(&stats)?);
    } else {
        print!("{}", render::stats_text(&stats));
    }
    Ok(ExitCode::SUCCESS)
}

/// Standard output, or the file `--out` names.
fn output(path: Option<&std::path::Path>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let mut out = output(args.out.as_deref())?;
    let mut failed = false;
    if let Some(path) = args.jsonl {
        let input: Box<dyn std::io::BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            let file = std::fs::File::open(&path)
                .with_context(|| format!("opening {}", path.display()))?;
            Box::new(std::io::BufReader::new(file))
        };
        batch::extract_jsonl(input, &path, &mut out, |e| {
            eprintln!("{e}");
            failed = true;
        })?;
    } else {
        for path in &args.files {
            let articles = match sources::read_file(path) {
                Ok(articles) => articles,
                Err(e) => {
                    eprintln!("{e}");
                    failed = true;
                    continue;
                }
            };
            for article in articles {
                match article {
                    Ok(article) => {
                        let extraction =
                            extract::extract_article(&article.title, &article.body, article.day());
                        let line = serde_json::json!({
                            "id": article.id,
                            "origin": article.origin.to_string(),
                            "title": article.title,
                            "text": article.body,
                            "quotes": extraction.quotes,
                            "entities": extraction.entities,
                        });
                        writeln!(out, "{line}")?;
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        failed = true;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run_eval_quotes(args: EvalQuotesArgs) -> anyhow::Result<ExitCode> {
    let gold = eval::quotes::read_gold(&args.gold)?;
    let predictions = eval::quotes::predict(&gold);
    if let Some(path) = &args.predictions {
        let mut out = output(Some(path))?;
        for article in &gold {
            let quotes = &predictions[&eval::quotes::id_key(&article.id)];
            writeln!(
                out,
                "{}",
                serde_json::json!({"id": article.id, "quotes": quotes})
            )?;
        }
        out.flush()?;
    }
    let options = eval::quotes::ScoreOptions {
        threshold: args.threshold,
        direct_only: args.direct_only,
        direct_by_marks: args.direct_by_marks,
    };
    let scores = eval::quotes::score(&gold, &predictions, options);
    print!("{}", render::quote_scores_text(&scores, options));
    println!("{}", serde_json::to_string(&scores)?);
    Ok(ExitCode::SUCCESS)
}

fn run_serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    newsdex::serve::serve(&args.index.index, args.addr, |addr| {
        // Tests and scripts read this line to learn the port; flush so they see it now.
        println!("listening on http://{addr}");
        let _ = std::io::stdout().flush();
    })?;
    Ok(ExitCode::SUCCESS)
}

fn run_export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    use newsdex::export::{export, summary_text, ExportOptions, Target};
    let target = match args.to {
        cli::TargetArg::Quickwit => Target::Quickwit,
        cli::TargetArg::Opensearch => Target::OpenSearch,
    };
    let mut options = ExportOptions::new(&args.index.index, target, &args.out);
    options.prefix = args.prefix;
    options.full = args.full;
    options.max_file_bytes = args.max_file_bytes;
    let summary = export(&options).with_context(|| {
        format!(
            "export of {} to {}",
            args.index.index.display(),
            args.out.display()
        )
    })?;
    if args.json {
        println!("{}", serde_json::to_string(&summary)?);
    } else {
        eprint!("{}", summary_text(&summary, &args.out));
    }
    Ok(ExitCode::SUCCESS)
}

fn run_train_ner(args: TrainNerArgs) -> anyhow::Result<ExitCode> {
    let documents = eval::conll::read(&args.conll)?;
    let options = TrainOptions {
        epochs: args.epochs as usize,
        seed: args.seed,
        folds: args.folds as usize,
        cue_dropout: args.cue_dropout,
        viterbi: !args.greedy,
        shuffles: args.shuffles as usize,
        ..TrainOptions::default()
    };
    let sentences: usize = documents.iter().map(Vec::len).sum();
    let tokens: usize = documents.iter().flatten().map(|s| s.words.len()).sum();
    eprintln!(
        "training on {} documents, {sentences} sentences, {tokens} tokens, {} epochs, {} folds",
        documents.len(),
        options.epochs,
        options.folds
    );
    let tagger = train(&documents, &options, |epoch, accuracy| {
        eprintln!("epoch {epoch}: token accuracy {:.4}", accuracy);
    });
    let bytes = tagger.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!("wrote {} ({} bytes)", args.out.display(), bytes.len());
    Ok(ExitCode::SUCCESS)
}

fn run_eval_entities(args: EvalEntitiesArgs) -> anyhow::Result<ExitCode> {
    let loaded;
    let tagger = match &args.model {
        Some(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            loaded = Tagger::from_bytes(&bytes).map_err(|problem| Error::Model {
                path: path.clone(),
                problem,
            })?;
            &loaded
        }
        None => Tagger::builtin(),
    };
    let documents = eval::conll::read(&args.conll)?;
    let scores = eval::entities::evaluate(tagger, &documents);
    if let Some(path) = &args.predictions {
        let predicted = eval::entities::predict(tagger, &documents);
        let mut out = String::new();
        for (s, p) in documents.iter().flatten().zip(&predicted) {
            for ((w, g), l) in s.words.iter().zip(&s.labels).zip(p) {
                out.push_str(&format!("{w} {} {}\n", g.name(), l.name()));
            }
            out.push('\n');
        }
        std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))?;
    }
    let mut stdout = std::io::stdout().lock();
    write!(stdout, "{}", render::entity_scores_text(&scores))?;
    writeln!(stdout, "{}", serde_json::to_string(&scores)?)?;
    Ok(ExitCode::SUCCESS)
}
