//! Command-line definitions (clap). Each command's help teaches it with examples.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "newsdex",
    version,
    about = "Turn a directory of news articles into a searchable archive of who said what",
    long_about = "Turn a directory of news articles into a searchable archive of who said what.\n\n\
newsdex reads articles (.txt .md .json .jsonl .ndjson .html, each also .gz), finds the quotations \
in them with their speakers, and the people, organisations and places they name, and writes a \
tantivy index that answers full-text queries with facet counts.",
    after_help = "Examples:\n  newsdex ingest sample-corpus\n  newsdex query --quotes Syria\n  newsdex query --quotes --speaker \"Peter Cook\" --json\n  newsdex stats\n  newsdex eval entities --conll dev.txt"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct IndexArg {
    /// The index directory.
    #[arg(long, env = "NEWSDEX_INDEX", default_value = "newsdex-index")]
    pub index: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Ingest(IngestArgs),
    Query(QueryArgs),
    Stats(StatsArgs),
    Train(TrainArgs),
    Eval(EvalArgs),
}

/// Read articles under PATHs and add them to the index.
#[derive(Debug, Args)]
#[command(
    long_about = "Read every article under the PATHs, extract quotes, speakers and entities, and \
add them to the index.\n\n\
Formats, by extension (each also accepted gzip-compressed as NAME.EXT.gz):\n  \
.txt .md        title on the first line, then paragraphs; optional `---` header of key: value\n  \
.json           one article object (news-please fields: title, maintext, date_publish, ...)\n  \
.jsonl .ndjson  one article object per line\n  \
.html .htm      a saved news page (main text, title, author, date)\n\n\
Re-running is incremental: files that did not change are skipped, changed files replace their \
articles (an article's id comes from its url, else its path and line), never duplicate them. \
Hidden files and directories are skipped; symbolic links are not followed unless asked.\n\n\
Every file or article that cannot be read is reported as `path[:line]: problem` and the rest \
is indexed.\n\n\
Exit status: 0 when everything was read, 1 when some file or article could not be read (the \
rest is indexed), 2 for a usage error or an index that cannot be opened (e.g. locked by \
another ingest).",
    after_help = "Examples:\n  newsdex ingest sample-corpus\n  newsdex ingest --index /data/idx ~/archive/2015 ~/archive/2016\n  newsdex ingest --prune ~/archive        # also drop articles whose files are gone"
)]
pub struct IngestArgs {
    /// Files or directories to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub index: IndexArg,
    /// Worker threads (default: all cores).
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    pub threads: usize,
    /// Memory for indexing buffers, in MB.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(16..=65536))]
    pub memory_mb: u64,
    /// Remove the articles of previously ingested files that no longer exist.
    #[arg(long)]
    pub prune: bool,
    /// Follow symbolic links while walking directories.
    #[arg(long)]
    pub follow_links: bool,
    /// Commit at least every N seconds during long runs (a killed run keeps what was committed).
    #[arg(long, default_value_t = 60, value_name = "N")]
    pub commit_every: u64,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Relevance,
    Date,
}

/// Search the index: articles, or with --quotes who said what.
#[derive(Debug, Args)]
#[command(
    long_about = "Search the index. TEXT uses tantivy's query syntax: words (all must match), \
\"a phrase\", OR, -excluded, field:value (title:, body:, quote:, speaker:, person:, \
organization:, place:, source:, month:). Without TEXT every document matches.\n\n\
Filters are repeatable: values of one filter are OR'd, different filters are AND'd. Filter \
values are matched exactly, else ignoring case. Facet counts for speaker, person, \
organization, place, source and month are computed over all matches; a filtered field is \
counted without its own filter, so its other values stay visible.\n\n\
Exit status: 0 on success (even with no hits), 2 for a query syntax error or a bad option, 1 \
when the index cannot be read.",
    after_help = "Examples:\n  newsdex query Syria\n  newsdex query --quotes Syria                       # who said what about Syria\n  newsdex query --quotes --speaker \"Peter Cook\"\n  newsdex query '\"military solution\" -Iraq' --since 2015-09 --until 2015-12\n  newsdex query --place Russia --sort date --limit 20 --json"
)]
pub struct QueryArgs {
    /// Query text (tantivy syntax).
    pub text: Option<String>,
    #[command(flatten)]
    pub index: IndexArg,
    /// Search quotes instead of articles.
    #[arg(long)]
    pub quotes: bool,
    /// Only documents with this speaker (repeatable).
    #[arg(long, value_name = "NAME")]
    pub speaker: Vec<String>,
    /// Only documents naming this person (repeatable).
    #[arg(long, value_name = "NAME")]
    pub person: Vec<String>,
    /// Only documents naming this organisation (repeatable).
    #[arg(long, value_name = "NAME")]
    pub org: Vec<String>,
    /// Only documents naming this place (repeatable).
    #[arg(long, value_name = "NAME")]
    pub place: Vec<String>,
    /// Only documents from this source, e.g. en.wikinews.org (repeatable).
    #[arg(long, value_name = "NAME")]
    pub source: Vec<String>,
    /// Only documents published on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only documents published on or before DATE (YYYY, YYYY-MM, YYYY-MM-DD; inclusive).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Number of hits to show.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    pub sort: SortArg,
    /// Values to count per facet.
    #[arg(long, default_value_t = 10)]
    pub facets: usize,
    /// Print one JSON object (the shape is documented in README.md).
    #[arg(long)]
    pub json: bool,
}

/// Show what the index holds: counts, date range, top sources and speakers.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub index: IndexArg,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Train a model that ships with newsdex (e.g. the named-entity tagger).
#[derive(Debug, Args)]
pub struct TrainArgs {
    #[command(subcommand)]
    pub command: TrainCommand,
}

#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    Ner(TrainNerArgs),
}

/// Train the named-entity tagger from CoNLL-2003 data.
#[derive(Debug, Args)]
#[command(
    long_about = "Train the named-entity tagger (an averaged perceptron over word, context, \
shape, affix, gazetteer and previous-label features) from a CoNLL-2003 file and write the \
weights to OUT.\n\n\
The file has one `token POS tag` or `token POS chunk tag` line per token, a blank line between \
sentences and optional `-DOCSTART-` lines; tags are IOB1 or IOB2 over PER, ORG, LOC and MISC. \
A malformed line is reported as `path:line: problem`.\n\n\
Training is deterministic: the same file, epochs and seed give the same bytes. The binary \
compiles in models/ner.bin, so rebuild after writing there.\n\n\
Exit status: 0 on success, 1 when the file cannot be read or parsed.",
    after_help = "Examples:\n  newsdex train ner --conll conll2003/train.txt --out models/ner.bin\n  cargo build --release   # compile the new weights in\n  newsdex eval entities --conll conll2003/dev.txt"
)]
pub struct TrainNerArgs {
    /// The CoNLL-2003 training file.
    #[arg(long, value_name = "FILE")]
    pub conll: PathBuf,
    /// Where to write the weights.
    #[arg(long, value_name = "FILE", default_value = "models/ner.bin")]
    pub out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub epochs: u64,
    /// Seed of the shuffle before each pass.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Measure extraction against annotated data.
#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    pub command: EvalCommand,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    Entities(EvalEntitiesArgs),
}

/// Score the named-entity tagger on a CoNLL-2003 file.
#[derive(Debug, Args)]
#[command(
    long_about = "Tag every sentence of a CoNLL-2003 file and score the entities as conlleval \
does: an entity is correct only with exactly the gold span and type. Prints precision, recall \
and F1 overall and for PER, ORG, LOC and MISC; the last line is one JSON object with the same \
figures and counts:\n\n\
  {\"tokens\":T,\"overall\":{\"precision\":P,\"recall\":R,\"f1\":F,\"gold\":G,\"found\":N,\"correct\":C},\"PER\":{...},\"ORG\":{...},\"LOC\":{...},\"MISC\":{...}}\n\n\
Exit status: 0 on success, 1 when a file cannot be read or parsed.",
    after_help = "Examples:\n  newsdex eval entities --conll conll2003/dev.txt\n  newsdex eval entities --conll test.txt --model /tmp/ner.bin | tail -n 1 | jq .overall.f1"
)]
pub struct EvalEntitiesArgs {
    /// The CoNLL-2003 file with gold tags.
    #[arg(long, value_name = "FILE")]
    pub conll: PathBuf,
    /// A model written by `newsdex train ner` (default: the one compiled in).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}
