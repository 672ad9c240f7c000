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
    after_help = "Examples:\n  newsdex ingest sample-corpus\n  newsdex query --quotes Syria\n  newsdex query --quotes --speaker \"Peter Cook\" --json\n  newsdex stats\n  newsdex serve                                   # search page at http://127.0.0.1:7700\n  newsdex extract article.txt                     # what extraction finds, as JSON\n  newsdex eval quotes --gold polnear_dev.jsonl\n  newsdex eval entities --conll dev.txt\n  newsdex export --to opensearch --out export-os\n\nEnvironment: NEWSDEX_INDEX sets the index directory (default ./newsdex-index)."
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
    Extract(ExtractArgs),
    #[command(subcommand)]
    Eval(EvalCommand),
    Train(TrainArgs),
    Serve(ServeArgs),
    Export(ExportArgs),
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
    /// Threads for reading and extraction, and one for tantivy's indexing per two of them
    /// (default: all cores). The two kinds run side by side, so `--threads 1` keeps more than one
    /// core busy.
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
organization:, place:, source:, month:; title: and body: search articles, quote: quotes). \
Without TEXT every document matches.\n\n\
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

/// Show what extraction finds in articles: quotes with speakers, and entities, as JSON.
#[derive(Debug, Args)]
#[command(
    long_about = "Run extraction without indexing and print what it finds, one JSON object a line.\n\n\
With FILEs (any format ingest reads), each article gives {\"id\", \"origin\", \"title\", \"text\", \
\"quotes\", \"entities\"}; offsets refer to \"text\", the article body.\n\n\
With --jsonl IN, each input line {\"id\", \"text\"} (other fields ignored) gives one output line \
{\"id\", \"quotes\", \"entities\"}, in input order.\n\n\
A quote is {\"quote\", \"speaker\", \"speaker_role\", \"speaker_spans\": [[start, end]], \
\"speaker_anonymous\", \"cue\", \"start\", \"end\", \"direct\"}; an entity is {\"text\", \"name\", \
\"type\", \"start\", \"end\"}. Offsets count Unicode code points (not bytes), end exclusive.",
    after_help = "Examples:\n  newsdex extract sample-corpus/seed/carter-shoigu-call.txt\n  newsdex extract --jsonl articles.jsonl --out extracted.jsonl\n  cat articles.jsonl | newsdex extract --jsonl -"
)]
pub struct ExtractArgs {
    /// Article files to read (any format `ingest` reads).
    #[arg(required_unless_present = "jsonl", conflicts_with = "jsonl")]
    pub files: Vec<PathBuf>,
    /// Read {"id", "text"} records from this JSON Lines file ("-" for standard input).
    #[arg(long, value_name = "IN")]
    pub jsonl: Option<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "OUT")]
    pub out: Option<PathBuf>,
}

/// Measure extraction against annotated data.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    Quotes(EvalQuotesArgs),
    Entities(EvalEntitiesArgs),
}

/// Score quote and speaker extraction against PolNeAR-style gold.
#[derive(Debug, Args)]
#[command(
    long_about = "Run quote extraction on every article of GOLD (JSON Lines: {\"id\", \"text\", \
\"quotes\": [{\"speaker\", \"start\", \"end\", \"speaker_spans\", \"direct\"}]}) and score it as \
../shared/tools/score_quotes.py does: a prediction matches a gold quote when it covers at least \
THRESHOLD of the gold span (greedy, one to one, best overlap first); a matched speaker is right \
when the speaker spans overlap or the names equal or contain each other (titles ignored).\n\n\
Prints precision, recall, F1, speaker accuracy on matched quotes and attributed F1 (quote \
matched and speaker right); the last line is the same figures as one JSON object.",
    after_help = "Examples:\n  newsdex eval quotes --gold ../shared/data/polnear/polnear_dev.jsonl\n  newsdex eval quotes --gold ../shared/data/polnear/polnear_dev.jsonl --direct-only\n  newsdex eval quotes --gold ../shared/data/polnear/polnear_dev.jsonl --direct-only --direct-by-marks\n  newsdex eval quotes --gold dev.jsonl --predictions pred.jsonl && python3 score_quotes.py dev.jsonl pred.jsonl"
)]
pub struct EvalQuotesArgs {
    /// Gold annotations, one article a JSON line.
    #[arg(long, value_name = "GOLD")]
    pub gold: PathBuf,
    /// Share of a gold quote's span a prediction must cover to match it.
    #[arg(long, default_value_t = 0.3, value_parser = parse_share)]
    pub threshold: f64,
    /// Score direct quotes only (gold quotes marked direct, predictions in quote marks).
    #[arg(long)]
    pub direct_only: bool,
    /// With --direct-only: take a prediction as direct the way PolNeAR's gold flag is made,
    /// when its span holds or is enclosed by one of " “ ” „ « » (so not the New York Times'
    /// ''…'' quotes, which the gold flags not direct), instead of by newsdex's own flag.
    #[arg(long, requires = "direct_only")]
    pub direct_by_marks: bool,
    /// Also write the predictions, one {"id", "quotes"} line per article, to this file.
    #[arg(long, value_name = "OUT")]
    pub predictions: Option<PathBuf>,
}

fn parse_share(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(share) if (0.0..=1.0).contains(&share) => Ok(share),
        _ => Err(format!("{value:?} is not a number between 0 and 1")),
    }
}

/// Serve the index over HTTP: a JSON search API and a faceted-search page.
#[derive(Debug, Args)]
#[command(
    long_about = "Serve the index over HTTP: a search page at / and a JSON API. Read-only: it \
never writes the index, and it sees what a running `newsdex ingest` commits without a restart.\n\n\
Endpoints (GET):\n  \
/                   the search page: quotes or articles, facets, date range, pages\n  \
/api/search         the JSON of `newsdex query --json`\n  \
/api/articles/ID    one article with its quotes and entities marked\n  \
/api/stats          the JSON of `newsdex stats --json`\n  \
/healthz            `ok` while the server runs\n\n\
/api/search takes the query options as parameters: q, kind=articles|quotes, speaker, person, \
org, place, source (each repeatable: speaker=A&speaker=B), since, until, sort=relevance|date, \
limit (at most 1000), offset, facets.\n\n\
A bad request (query syntax, unknown parameter or value, limit too high) gets status 400 and \
{\"error\": \"...\"}; an unknown path 404. The first line on stdout is \
`listening on http://IP:PORT`. Ctrl-C stops it after the requests under way.\n\n\
It listens on loopback only unless --addr says otherwise: the API has no authentication, so \
expose it only where everyone who can reach it may read the archive.\n\n\
Exit status: 0 after Ctrl-C, 2 for an index that cannot be opened, 1 when the address cannot \
be bound.",
    after_help = "Examples:\n  newsdex serve                              # http://127.0.0.1:7700\n  newsdex serve --index /data/idx --addr 127.0.0.1:8080\n  newsdex serve --addr 127.0.0.1:0           # any free port, printed on the first line\n  curl 'http://127.0.0.1:7700/api/search?q=Syria&kind=quotes&speaker=Peter+Cook'"
)]
pub struct ServeArgs {
    #[command(flatten)]
    pub index: IndexArg,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:7700", value_name = "IP:PORT")]
    pub addr: std::net::SocketAddr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TargetArg {
    Quickwit,
    /// OpenSearch or Elasticsearch.
    Opensearch,
}

/// Write the archive for Quickwit or OpenSearch: documents, index settings, a script to send them.
#[derive(Debug, Args)]
#[command(
    long_about = "Write the archive, with every quote, speaker and entity, for a distributed \
engine: Quickwit, or OpenSearch / Elasticsearch. The index is read segment by segment, never \
whole into memory.\n\n\
Into --out go: NDJSON files of at most --max-file-bytes (10 MB, Quickwit's ingest limit), \
articles-NNNNN.ndjson (one article a line) and quotes-NNNNN.ndjson (one quote a line, with its \
speaker and the article's title, date and source); the two index configs (Quickwit: \
articles-index.yaml, quotes-index.yaml) or mappings (OpenSearch: articles-mapping.json, \
quotes-mapping.json); ingest.sh, which creates the indexes and sends the files with curl \
(QUICKWIT_URL or OPENSEARCH_URL, default localhost); and export.json, the summary. For \
OpenSearch the NDJSON files are _bulk bodies with stable _ids.\n\n\
Incremental: the export records what it sent in newsdex-export.json in the index directory. \
The next export to the same --to, --prefix and --out writes only the articles that changed \
since, with deletions for what changed or is gone (_bulk delete lines; Quickwit delete \
tasks, which ingest.sh posts before the new documents). --full exports everything again and \
makes ingest.sh recreate the indexes. Run ingest.sh after every export.\n\n\
The searches newsdex runs, as request bodies for these engines, are in docs/scale-out.md.\n\n\
Exit status: 0 on success, 2 for an index that cannot be opened or a bad option, 1 when --out \
cannot be written.",
    after_help = "Examples:\n  newsdex export --to quickwit --out export-qw && QUICKWIT_URL=http://qw:7280 sh export-qw/ingest.sh\n  newsdex export --index /data/idx --to opensearch --out /data/export-os\n  newsdex export --to opensearch --out export-os          # again later: only what changed\n  newsdex export --to opensearch --out export-os --full   # everything, indexes recreated"
)]
pub struct ExportArgs {
    #[command(flatten)]
    pub index: IndexArg,
    /// The engine to write for.
    #[arg(long, value_enum)]
    pub to: TargetArg,
    /// Directory to write into (created if missing; files of an earlier export are replaced).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Engine index names: PREFIX-articles and PREFIX-quotes.
    #[arg(long, default_value = "newsdex", value_name = "PREFIX")]
    pub prefix: String,
    /// Export everything, not only what changed since the last export to --out.
    #[arg(long)]
    pub full: bool,
    /// Largest NDJSON file (one request to the engine), in bytes.
    #[arg(long, default_value_t = 10_000_000, value_name = "BYTES",
          value_parser = clap::value_parser!(u64).range(1024..))]
    pub max_file_bytes: u64,
    /// Print the summary as JSON on stdout.
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
    long_about = "Train the named-entity tagger (an averaged structured perceptron over word, \
context, shape, affix, gazetteer and previous-label features, decoded by Viterbi) from a \
CoNLL-2003 file and write the weights to OUT.\n\n\
The file has one `token POS tag` or `token POS chunk tag` line per token, a blank line between \
sentences and optional `-DOCSTART-` lines; tags are IOB1 or IOB2 over PER, ORG, LOC and MISC. \
A malformed line is reported as `path:line: problem`.\n\n\
Documents are separated by `-DOCSTART-` lines or, without them, start at the headline before \
a dateline (\"LONDON 1996-08-30\"). The model tags a document twice: the second pass also \
sees the labels the first gave to the same word elsewhere in the document. For training, those \
first-pass labels come from sentence-local models trained on the other folds of the documents.\n\n\
Training is deterministic: the same file and options give the same bytes. The binary \
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
    /// Document cues: first-pass labels of the training documents from this many
    /// sentence-local models, each trained without the documents it labels; 0 or 1 trains a
    /// sentence-local model.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(0..=100))]
    pub folds: u64,
    /// The share of training sentences seen without their document cues in each pass.
    #[arg(long, default_value_t = 0.5)]
    pub cue_dropout: f64,
    /// Decode greedily, left to right, with the two previous labels as features (the model
    /// before Viterbi decoding) rather than by Viterbi.
    #[arg(long)]
    pub greedy: bool,
    /// The final model is the mean of this many perceptrons, each over its own shuffle of the
    /// sentences (seeds SEED, SEED + 1000, ...).
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=100))]
    pub shuffles: u64,
}

/// Score the named-entity tagger on a CoNLL-2003 file.
#[derive(Debug, Args)]
#[command(
    long_about = "Tag each document of a CoNLL-2003 file whole, as an article is tagged (documents \
are separated by `-DOCSTART-` lines or, without them, start at the headline before a dateline \
such as \"LONDON 1996-08-30\"; a model trained with document cues tags each document twice), \
and score the entities as conlleval does: an entity is correct only with exactly the gold span \
and type. Prints precision, recall and F1 overall and for PER, ORG, LOC and MISC; the last line is one JSON object with the same \
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
    /// Also write `word gold predicted` lines (IOB2, a blank line between sentences) to FILE,
    /// as conlleval reads them.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
}
