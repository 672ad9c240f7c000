//! Search: a [`SearchRequest`] (text, filters, date range, kind) -> [`SearchResults`] (hits
//! with highlighted snippets, and facet counts).
//!
//! Facet counts are disjunctive: for a field that is filtered, its counts are computed with
//! every filter except its own, so the other values of that field stay visible and clickable.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};
use serde::Serialize;
use tantivy::collector::{Collector, Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, Order, ReloadPolicy, Score, Searcher, SegmentReader,
    TantivyDocument, Term,
};

use super::aliases::{AliasCache, NameAliases};
use super::facets::{Counting, FacetCollector, FacetTally, ValueCache};
use super::schema::{Facet, Fields, KIND_ARTICLE, KIND_QUOTE};
use crate::error::{Error, Result, TantivyContext};

/// Largest `limit` a request may ask for.
pub const MAX_LIMIT: usize = 1000;
/// Largest `offset + limit`: deeper pages cost memory and time for nobody's benefit.
pub const MAX_WINDOW: usize = 100_000;
/// Most values a request may count per facet.
pub const MAX_FACET_SIZE: usize = 1000;
/// Longest query text accepted, in bytes.
pub const MAX_QUERY_LEN: usize = 10_000;
/// Deepest nesting of brackets accepted in query text. tantivy's query parser recurses once
/// per level: about 1,600 `(` overflowed the 8 MB main stack (a few hundred the 2 MB stack of
/// a server thread) and aborted the process. Real queries nest a few levels.
pub const MAX_QUERY_DEPTH: usize = 32;

/// How deeply the brackets of a query nest, outside phrases and escapes.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_phrase, mut escaped) = (false, false);
    for c in text.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => in_phrase = !in_phrase,
            '(' | '[' | '{' if !in_phrase => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' | ']' | '}' if !in_phrase => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Articles,
    Quotes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    #[default]
    Relevance,
    /// Newest first.
    Date,
}

/// What to search for.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// tantivy query syntax; empty matches everything.
    pub text: String,
    pub kind: Kind,
    /// Values of one field are OR'd, fields are AND'd.
    pub filters: BTreeMap<Facet, Vec<String>>,
    pub since: Option<DateTime<Utc>>,
    /// Inclusive.
    pub until: Option<DateTime<Utc>>,
    pub limit: usize,
    pub offset: usize,
    pub sort: SortOrder,
    /// How many values to count per facet.
    pub facet_size: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            text: String::new(),
            kind: Kind::Articles,
            filters: BTreeMap::new(),
            since: None,
            until: None,
            limit: 10,
            offset: 0,
            sort: SortOrder::Relevance,
            facet_size: 10,
        }
    }
}

impl SearchRequest {
    /// The facets with a filter, and those without.
    pub fn facets_by_filter(&self) -> (Vec<Facet>, Vec<Facet>) {
        Facet::ALL
            .into_iter()
            .partition(|f| self.filters.get(f).is_some_and(|v| !v.is_empty()))
    }
}

/// A passage of text with the matched words marked.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Highlighted {
    pub text: String,
    /// Byte ranges of `text` that matched.
    pub highlights: Vec<[usize; 2]>,
}

impl Highlighted {
    fn from_snippet(snippet: &Snippet) -> Self {
        Highlighted {
            text: snippet.fragment().to_string(),
            highlights: snippet
                .highlighted()
                .iter()
                .map(|r| [r.start, r.end])
                .collect(),
        }
    }

    /// `self`, a passage of `whole`, with "… " before it and " …" after it where `whole`
    /// goes on: a long quote's snippet must not read as the whole quote.
    fn elided_within(mut self, whole: &str) -> Self {
        const ELISION: &str = "… ";
        let Some(start) = whole.find(&self.text) else {
            return self;
        };
        if start + self.text.len() < whole.len() {
            self.text.push_str(" …");
        }
        if start > 0 {
            self.text.insert_str(0, ELISION);
            for range in &mut self.highlights {
                range[0] += ELISION.len();
                range[1] += ELISION.len();
            }
        }
        self
    }

    /// The text with matches wrapped in `<b>…</b>` and everything else HTML-escaped.
    pub fn to_html(&self) -> String {
        let mut html = String::with_capacity(self.text.len() + 16);
        let mut at = 0;
        for &[start, end] in &self.highlights {
            html.push_str(&escape_html(&self.text[at..start]));
            html.push_str("<b>");
            html.push_str(&escape_html(&self.text[start..end]));
            html.push_str("</b>");
            at = end;
        }
        html.push_str(&escape_html(&self.text[at..]));
        html
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleHit {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub speakers: Vec<String>,
    /// Where it was read from: `path[:line]`.
    pub origin: Option<String>,
    /// HTML: matched words in `<b>`.
    pub snippet: String,
    #[serde(skip)]
    pub highlighted: Highlighted,
    pub score: Option<f32>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteHit {
    pub quote: String,
    pub speaker: Option<String>,
    pub speaker_role: Option<String>,
    pub cue: Option<String>,
    pub direct: bool,
    pub article_id: String,
    pub title: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// HTML: the quote with matched words in `<b>`.
    pub snippet: String,
    #[serde(skip)]
    pub highlighted: Highlighted,
    pub score: Option<f32>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(untagged)]
pub enum Hit {
    Article(ArticleHit),
    Quote(QuoteHit),
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Facet counts, in the order the JSON shows them.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct FacetCounts {
    pub speaker: Vec<FacetCount>,
    pub person: Vec<FacetCount>,
    pub organization: Vec<FacetCount>,
    pub place: Vec<FacetCount>,
    pub source: Vec<FacetCount>,
    pub month: Vec<FacetCount>,
}

impl FacetCounts {
    pub fn get(&self, facet: Facet) -> &[FacetCount] {
        match facet {
            Facet::Speaker => &self.speaker,
            Facet::Person => &self.person,
            Facet::Organization => &self.organization,
            Facet::Place => &self.place,
            Facet::Source => &self.source,
            Facet::Month => &self.month,
        }
    }

    fn set(&mut self, facet: Facet, counts: Vec<FacetCount>) {
        match facet {
            Facet::Speaker => self.speaker = counts,
            Facet::Person => self.person = counts,
            Facet::Organization => self.organization = counts,
            Facet::Place => self.place = counts,
            Facet::Source => self.source = counts,
            Facet::Month => self.month = counts,
        }
    }
}

/// The answer to a [`SearchRequest`]; its JSON is newsdex's search API.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub query: String,
    pub kind: Kind,
    pub num_hits: u64,
    pub elapsed_time_micros: u64,
    pub hits: Vec<Hit>,
    pub facets: FacetCounts,
}

/// What the index holds.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub articles: u64,
    pub quotes: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub top_sources: Vec<FacetCount>,
    pub top_speakers: Vec<FacetCount>,
    pub top_persons: Vec<FacetCount>,
    pub top_places: Vec<FacetCount>,
}

/// A whole article, as stored.
#[derive(Debug, Clone, Serialize)]
pub struct StoredArticle {
    pub id: String,
    pub title: String,
    pub body: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub origin: Option<String>,
}

impl StoredArticle {
    /// The day the article was published, when it has a date.
    pub fn day(&self) -> Option<chrono::NaiveDate> {
        let date = chrono::DateTime::parse_from_rfc3339(self.date.as_deref()?).ok()?;
        Some(date.date_naive())
    }
}

/// An open index, ready to answer searches. Cheap to share between threads; sees new
/// commits of a running ingest shortly after they land.
pub struct Archive {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    aliases: AliasCache,
    facet_values: ValueCache,
}

pub(crate) fn date_string(doc: &TantivyDocument, field: Field) -> Option<String> {
    let date = doc.get_first(field)?.as_datetime()?;
    let dt = Utc.timestamp_opt(date.into_timestamp_secs(), 0).single()?;
    Some(dt.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

pub(crate) fn first_str(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

pub(crate) fn all_str(doc: &TantivyDocument, field: Field) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| v.as_str())
        .map(str::to_owned)
        .collect()
}

/// Calls `visit` with every value of `field` and its number of documents, segment by segment
/// (a value in several segments comes once per segment).
pub(crate) fn for_each_term(
    searcher: &Searcher,
    field: Field,
    mut visit: impl FnMut(&str, u64),
) -> Result<()> {
    for segment in searcher.segment_readers() {
        let inverted = segment
            .inverted_index(field)
            .context("reading a facet field")?;
        let mut terms = inverted.terms().stream().map_err(|source| Error::Io {
            path: "index".into(),
            source,
        })?;
        while terms.advance() {
            if let Ok(term) = std::str::from_utf8(terms.key()) {
                visit(term, u64::from(terms.value().doc_freq));
            }
        }
    }
    Ok(())
}

/// Searches and stats running under [`Archive::guarded`], which report a panic inside
/// tantivy as a damaged index.
static GUARDED_READS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Whether a panic now is one a running search reports as a damaged index (inside tantivy or
/// the crates it reads with, such as ownedbytes): a panic hook need not print it too.
pub fn panics_are_reported_as_damage() -> bool {
    GUARDED_READS.load(std::sync::atomic::Ordering::SeqCst) > 0
}

/// Quotes by relevance: BM25, which ranks short documents first, weighed by how much the
/// quote says, n / (n + 3) for a quote of n words, so that a two-word reported clause ("to
/// Syria") does not outrank the sentences that say something about Syria.
fn quote_weight(quote: Field) -> impl Fn(&SegmentReader) -> Box<dyn Fn(DocId, Score) -> Score> {
    move |segment: &SegmentReader| -> Box<dyn Fn(DocId, Score) -> Score> {
        match segment.get_fieldnorms_reader(quote) {
            Ok(words) => Box::new(move |doc, score| {
                let n = words.fieldnorm(doc) as Score;
                score * n / (n + 3.0)
            }),
            // Every quote document has the field; a segment without norms keeps BM25.
            Err(_) => Box::new(|_, score| score),
        }
    }
}

/// A hit of a page: what it shows of its sort key, and where it is.
type RankedAddress = (Option<f32>, DocAddress);

/// A page of hits in the order `top` gives, the number of all matches and the facet
/// counts, in one pass over the matches; `score` is what a hit shows of its sort key (its
/// score, or nothing when sorted by date).
fn top_hits<C, S>(
    searcher: &Searcher,
    query: &dyn Query,
    top: C,
    facets: FacetCollector,
    score: impl Fn(S) -> Option<f32>,
) -> Result<(Vec<RankedAddress>, usize, Vec<FacetTally>)>
where
    C: Collector<Fruit = Vec<(S, DocAddress)>>,
{
    let (top, count, facets) = searcher
        .search(query, &(top, Count, facets))
        .context("searching")?;
    let hits = top.into_iter().map(|(key, a)| (score(key), a)).collect();
    Ok((hits, count, facets))
}

fn term_query(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

impl Archive {
    pub fn open(dir: &Path) -> Result<Archive> {
        let (mut index, fields) = super::open(dir)?;
        // Segments are searched (and facets counted) in parallel, one thread per core.
        index
            .set_default_multithread_executor()
            .context("starting the search threads")?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()
            .context(format!("opening a reader on {}", dir.display()))?;
        Ok(Archive {
            dir: dir.to_owned(),
            index,
            reader,
            fields,
            aliases: AliasCache::new(dir),
            facet_values: ValueCache::default(),
        })
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The text query alone (no filters), used for scoring and highlighting.
    fn text_query(&self, request: &SearchRequest) -> Result<Option<Box<dyn Query>>> {
        let text = request.text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if text.len() > MAX_QUERY_LEN {
            return Err(Error::InvalidArgument {
                what: "query",
                value: format!("{}…", &text[..text.floor_char_boundary(40)]),
                problem: format!("longer than {MAX_QUERY_LEN} bytes"),
            });
        }
        if nesting_depth(text) > MAX_QUERY_DEPTH {
            return Err(Error::QuerySyntax(format!(
                "brackets nested more than {MAX_QUERY_DEPTH} deep in {:?}…",
                &text[..text.floor_char_boundary(40)]
            )));
        }
        let default_fields = match request.kind {
            Kind::Articles => vec![self.fields.title, self.fields.body],
            Kind::Quotes => vec![self.fields.quote],
        };
        let mut parser = QueryParser::for_index(&self.index, default_fields);
        // Every word must match unless OR says otherwise, as in web search.
        parser.set_conjunction_by_default();
        if request.kind == Kind::Articles {
            parser.set_field_boost(self.fields.title, 2.0);
        }
        parser
            .parse_query(text)
            .map(Some)
            .map_err(|e| Error::QuerySyntax(format!("{e} in {text:?}")))
    }

    /// Filter values as the index spells them: an exact value, else every value that equals
    /// it ignoring case ("peter cook" finds "Peter Cook").
    fn resolve_values(
        &self,
        searcher: &Searcher,
        field: Field,
        value: &str,
    ) -> Result<Vec<String>> {
        let exact = Term::from_field_text(field, value);
        if searcher
            .doc_freq(&exact)
            .context("looking up a filter value")?
            > 0
        {
            return Ok(vec![value.to_string()]);
        }
        let wanted = value.to_lowercase();
        let mut found = std::collections::BTreeSet::new();
        for_each_term(searcher, field, |term, _| {
            if term.to_lowercase() == wanted {
                found.insert(term.to_string());
            }
        })?;
        if found.is_empty() {
            found.insert(value.to_string());
        }
        Ok(found.into_iter().collect())
    }

    /// Kind, text, date range and every filter except `skip`'s, AND'd.
    fn filtered_query(
        &self,
        searcher: &Searcher,
        request: &SearchRequest,
        text: Option<&dyn Query>,
        skip: Option<Facet>,
    ) -> Result<Box<dyn Query>> {
        let kind = match request.kind {
            Kind::Articles => KIND_ARTICLE,
            Kind::Quotes => KIND_QUOTE,
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, term_query(self.fields.kind, kind))];
        if let Some(text) = text {
            clauses.push((Occur::Must, text.box_clone()));
        }
        if request.since.is_some() || request.until.is_some() {
            let bound = |d: Option<DateTime<Utc>>, inclusive: fn(Term) -> Bound<Term>| match d {
                // A bound past the years tantivy holds is clamped: no date lies beyond it.
                Some(d) => inclusive(Term::from_field_date(
                    self.fields.date,
                    super::schema::index_date(d),
                )),
                None => Bound::Unbounded,
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(request.since, Bound::Included),
                    bound(request.until, Bound::Included),
                )),
            ));
        }
        for (&facet, values) in &request.filters {
            if Some(facet) == skip || values.is_empty() {
                continue;
            }
            let field = self.fields.facet(facet);
            let aliases = self.aliases.for_facet(searcher, &self.fields, facet)?;
            let mut any_of = Vec::new();
            for value in values {
                for resolved in self.resolve_values(searcher, field, value)? {
                    // "Biden" and "Joe Biden" are one person across the archive.
                    let variants = match &aliases {
                        Some(aliases) => aliases.variants(&resolved),
                        None => vec![resolved],
                    };
                    for variant in variants {
                        any_of.push((Occur::Should, term_query(field, &variant)));
                    }
                }
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any_of))));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// The collector counting the `size` top values of `facets` over `searcher`, names of
    /// people merged across the archive ([`super::aliases`]).
    fn facet_collector(
        &self,
        searcher: &Searcher,
        facets: &[Facet],
        size: usize,
    ) -> Result<FacetCollector> {
        let mut counting = Vec::with_capacity(facets.len());
        for &facet in facets {
            let aliases = self.aliases.for_facet(searcher, &self.fields, facet)?;
            counting.push(Counting {
                facet,
                size,
                aliases: aliases.filter(|aliases| !aliases.is_empty()),
            });
        }
        Ok(FacetCollector::new(searcher, &self.facet_values, counting))
    }

    /// Runs a search: hits, total count and disjunctive facet counts.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        self.guarded(|| self.search_unguarded(request))
    }

    /// Runs `read`, turning a panic inside tantivy into an error. tantivy panics on some
    /// damaged segment files (bytes changed inside a fast field): that is a damaged index to
    /// report, not a crash of the command or the server.
    fn guarded<T>(&self, read: impl FnOnce() -> Result<T>) -> Result<T> {
        /// Counts the guarded reads in flight, also when one unwinds.
        struct InFlight;
        impl Drop for InFlight {
            fn drop(&mut self) {
                GUARDED_READS.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
            }
        }
        GUARDED_READS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let _in_flight = InFlight;
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|panic| {
                let problem: String = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a search failed inside tantivy".into())
                    .chars()
                    .take(200)
                    .collect();
                Err(Error::Damaged {
                    path: self.dir.clone(),
                    problem,
                })
            });
        // A read that fails inside tantivy on an index that opened ("Reach end of buffer
        // while reading VInt") is damage too, named by the index's path.
        result.map_err(|error| match error {
            Error::Tantivy {
                context,
                source:
                    source @ (tantivy::TantivyError::IoError(_)
                    | tantivy::TantivyError::DataCorruption(_)),
            } => Error::Damaged {
                path: self.dir.clone(),
                problem: format!("{context}: {source}"),
            },
            other => other,
        })
    }

    fn search_unguarded(&self, request: &SearchRequest) -> Result<SearchResults> {
        let started = Instant::now();
        if request.limit > MAX_LIMIT {
            return Err(Error::InvalidArgument {
                what: "limit",
                value: request.limit.to_string(),
                problem: format!("at most {MAX_LIMIT}"),
            });
        }
        if request.facet_size > MAX_FACET_SIZE {
            return Err(Error::InvalidArgument {
                what: "facets",
                value: request.facet_size.to_string(),
                problem: format!("at most {MAX_FACET_SIZE}"),
            });
        }
        if request.offset.saturating_add(request.limit) > MAX_WINDOW {
            return Err(Error::InvalidArgument {
                what: "offset",
                value: request.offset.to_string(),
                problem: format!("offset + limit must be at most {MAX_WINDOW}"),
            });
        }
        let searcher = self.reader.searcher();
        let text = self.text_query(request)?;
        let query = self.filtered_query(&searcher, request, text.as_deref(), None)?;

        // Fields without a filter are counted in the main search; a filtered field is counted
        // in its own search without its filter.
        let (filtered, unfiltered) = request.facets_by_filter();
        let facet_collector = self.facet_collector(&searcher, &unfiltered, request.facet_size)?;
        let window = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
        let (addresses, num_hits, facet_results) = match request.sort {
            SortOrder::Relevance if request.kind == Kind::Quotes => {
                let by_weight = window.tweak_score(quote_weight(self.fields.quote));
                top_hits(&searcher, &*query, by_weight, facet_collector, Some)?
            }
            SortOrder::Relevance => top_hits(
                &searcher,
                &*query,
                window.order_by_score(),
                facet_collector,
                Some,
            )?,
            SortOrder::Date => {
                let by_date = window.order_by_fast_field::<tantivy::DateTime>("date", Order::Desc);
                top_hits(&searcher, &*query, by_date, facet_collector, |_| None)?
            }
        };
        let mut facets = FacetCounts::default();
        let mut counted = facet_results;
        for &facet in &filtered {
            let query = self.filtered_query(&searcher, request, text.as_deref(), Some(facet))?;
            let collector = self.facet_collector(&searcher, &[facet], request.facet_size)?;
            let results = searcher
                .search(&*query, &collector)
                .context("counting facets")?;
            counted.extend(results);
        }
        for FacetTally { facet, counts } in counted {
            facets.set(facet, counts);
        }

        let snippet_field = match request.kind {
            Kind::Articles => self.fields.body,
            Kind::Quotes => self.fields.quote,
        };
        let snippets = match &text {
            Some(text) => {
                let mut generator = SnippetGenerator::create(&searcher, &**text, snippet_field)
                    .context("preparing snippets")?;
                generator.set_max_num_chars(if request.kind == Kind::Quotes {
                    600
                } else {
                    240
                });
                Some(generator)
            }
            None => None,
        };
        let limit = if request.limit == 0 {
            0
        } else {
            addresses.len()
        };
        let mut hits = Vec::with_capacity(limit);
        let speaker_names = self
            .aliases
            .for_facet(&searcher, &self.fields, Facet::Speaker)?
            .unwrap_or_default();
        for (score, address) in addresses.into_iter().take(limit) {
            let doc: TantivyDocument =
                searcher.doc(address).context("reading a stored document")?;
            hits.push(self.hit(request.kind, &doc, score, snippets.as_ref(), &speaker_names));
        }
        Ok(SearchResults {
            query: request.text.clone(),
            kind: request.kind,
            num_hits: num_hits as u64,
            elapsed_time_micros: started.elapsed().as_micros() as u64,
            hits,
            facets,
        })
    }

    fn hit(
        &self,
        kind: Kind,
        doc: &TantivyDocument,
        score: Option<f32>,
        snippets: Option<&SnippetGenerator>,
        speaker_names: &NameAliases,
    ) -> Hit {
        let speaker_name = |name: String| speaker_names.canonical(&name).to_string();
        let f = &self.fields;
        let highlighted = match snippets {
            Some(generator) => Highlighted::from_snippet(&generator.snippet_from_doc(doc)),
            None => Highlighted::default(),
        };
        match kind {
            Kind::Articles => {
                let highlighted = if highlighted.text.is_empty() {
                    // No text query (or no match in the body): the opening of the article.
                    let body = first_str(doc, f.body).unwrap_or_default();
                    Highlighted {
                        text: body[..body.floor_char_boundary(240)].to_string(),
                        highlights: Vec::new(),
                    }
                } else {
                    highlighted
                };
                Hit::Article(ArticleHit {
                    id: first_str(doc, f.article_id).unwrap_or_default(),
                    title: first_str(doc, f.title).unwrap_or_default(),
                    date: date_string(doc, f.date),
                    source: first_str(doc, f.source),
                    url: first_str(doc, f.url),
                    authors: all_str(doc, f.authors),
                    speakers: {
                        let mut seen = std::collections::HashSet::new();
                        let mut speakers: Vec<String> = all_str(doc, f.speaker)
                            .into_iter()
                            .map(speaker_name)
                            .collect();
                        speakers.retain(|s| seen.insert(s.clone()));
                        speakers
                    },
                    origin: first_str(doc, f.origin),
                    snippet: highlighted.to_html(),
                    highlighted,
                    score,
                })
            }
            Kind::Quotes => {
                let quote = first_str(doc, f.quote).unwrap_or_default();
                let highlighted = if highlighted.text.is_empty() {
                    Highlighted {
                        text: quote.clone(),
                        highlights: Vec::new(),
                    }
                } else {
                    highlighted.elided_within(&quote)
                };
                Hit::Quote(QuoteHit {
                    quote,
                    speaker: first_str(doc, f.speaker).map(speaker_name),
                    speaker_role: first_str(doc, f.speaker_role),
                    cue: first_str(doc, f.cue),
                    direct: doc
                        .get_first(f.direct)
                        .and_then(|v| v.as_bool())
                        .unwrap_or(false),
                    article_id: first_str(doc, f.article_id).unwrap_or_default(),
                    title: first_str(doc, f.article_title).unwrap_or_default(),
                    date: date_string(doc, f.date),
                    source: first_str(doc, f.source),
                    url: first_str(doc, f.url),
                    snippet: highlighted.to_html(),
                    highlighted,
                    score,
                })
            }
        }
    }

    /// Counts and top values of the whole index.
    pub fn stats(&self) -> Result<Stats> {
        self.guarded(|| self.stats_unguarded())
    }

    fn stats_unguarded(&self) -> Result<Stats> {
        let searcher = self.reader.searcher();
        let count = |kind: &str| {
            searcher
                .search(&*term_query(self.fields.kind, kind), &Count)
                .context("counting documents")
        };
        let articles = count(KIND_ARTICLE)? as u64;
        let quotes = count(KIND_QUOTE)? as u64;
        let all_articles = term_query(self.fields.kind, KIND_ARTICLE);
        let date_at = |order: Order| -> Result<Option<String>> {
            let top = searcher
                .search(
                    &*all_articles,
                    &TopDocs::with_limit(1).order_by_fast_field::<tantivy::DateTime>("date", order),
                )
                .context("finding the date range")?;
            Ok(top
                .first()
                .and_then(|(d, _)| *d)
                .and_then(|d| Utc.timestamp_opt(d.into_timestamp_secs(), 0).single())
                .map(|d| d.format("%Y-%m-%d").to_string()))
        };
        let facets = [Facet::Source, Facet::Speaker, Facet::Person, Facet::Place];
        let results = searcher
            .search(
                &*all_articles,
                &self.facet_collector(&searcher, &facets, 10)?,
            )
            .context("counting facets")?;
        // Date sort puts documents without a date last in both orders; a date-less index
        // gives None.
        let first_date = date_at(Order::Asc)?;
        let last_date = date_at(Order::Desc)?;
        let mut top: HashMap<Facet, Vec<FacetCount>> = results
            .into_iter()
            .map(|tally| (tally.facet, tally.counts))
            .collect();
        let mut take = |facet| top.remove(&facet).unwrap_or_default();
        Ok(Stats {
            articles,
            quotes,
            first_date,
            last_date,
            top_sources: take(Facet::Source),
            top_speakers: take(Facet::Speaker),
            top_persons: take(Facet::Person),
            top_places: take(Facet::Place),
        })
    }

    /// The stored article with this id.
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let searcher = self.reader.searcher();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term_query(self.fields.kind, KIND_ARTICLE)),
            (Occur::Must, term_query(self.fields.article_id, id)),
        ]);
        let top = searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .context("looking up an article")?;
        let Some((_, address)) = top.first() else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher
            .doc(*address)
            .context("reading a stored document")?;
        let f = &self.fields;
        Ok(Some(StoredArticle {
            id: id.to_string(),
            title: first_str(&doc, f.title).unwrap_or_default(),
            body: first_str(&doc, f.body).unwrap_or_default(),
            date: date_string(&doc, f.date),
            source: first_str(&doc, f.source),
            url: first_str(&doc, f.url),
            authors: all_str(&doc, f.authors),
            origin: first_str(&doc, f.origin),
        }))
    }
}

/// Parses a date bound as users type it: `2015`, `2015-09`, `2015-09-13` or RFC 3339.
/// `end` picks the last second of the period (for `--until`).
pub fn parse_date_bound(value: &str, end: bool) -> Result<DateTime<Utc>> {
    let invalid = |problem: &str| Error::InvalidArgument {
        what: "date",
        value: value.to_string(),
        problem: problem.to_string(),
    };
    let v = value.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Ok(dt.with_timezone(&Utc));
    }
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str| {
        s.parse::<u32>()
            .map_err(|_| invalid("expected YYYY, YYYY-MM or YYYY-MM-DD"))
    };
    let (first, last) = match parts.as_slice() {
        [y] => {
            let y = num(y)? as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1),
                NaiveDate::from_ymd_opt(y, 12, 31),
            )
        }
        [y, m] => {
            let (y, m) = (num(y)? as i32, num(m)?);
            let first = NaiveDate::from_ymd_opt(y, m, 1);
            let last = first.and_then(|d| {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(y, m + 1, 1)
                };
                next.and_then(|n| n.pred_opt())
                    .filter(|l| l.month() == d.month())
            });
            (first, last)
        }
        [y, m, d] => {
            let day = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?);
            (day, day)
        }
        _ => (None, None),
    };
    let day = if end { last } else { first }
        .ok_or_else(|| invalid("expected YYYY, YYYY-MM or YYYY-MM-DD"))?;
    let time = if end {
        day.and_hms_opt(23, 59, 59)
    } else {
        day.and_hms_opt(0, 0, 0)
    };
    Ok(Utc.from_utc_datetime(&time.expect("valid time of day")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds_cover_whole_periods() {
        assert_eq!(
            parse_date_bound("2015", false).unwrap().to_rfc3339(),
            "2015-01-01T00:00:00+00:00"
        );
        assert_eq!(
            parse_date_bound("2016-02", true).unwrap().to_rfc3339(),
            "2016-02-29T23:59:59+00:00"
        );
        assert_eq!(
            parse_date_bound("2015-09-13", true).unwrap().to_rfc3339(),
            "2015-09-13T23:59:59+00:00"
        );
        assert!(parse_date_bound("13/09/2015", false).is_err());
        assert!(parse_date_bound("2015-13", false).is_err());
    }

    #[test]
    fn nesting_depth_skips_phrases_and_escapes() {
        assert_eq!(nesting_depth("a (b OR (c d)) [e TO f]"), 2);
        assert_eq!(nesting_depth(r#""((((" \( (x)"#), 1);
        assert_eq!(nesting_depth(")))((("), 3);
    }

    #[test]
    fn highlighted_html_escapes_and_marks() {
        let h = Highlighted {
            text: "a <b> Syria & more".into(),
            highlights: vec![[6, 11]],
        };
        assert_eq!(h.to_html(), "a &lt;b&gt; <b>Syria</b> &amp; more");
    }

    #[test]
    fn a_passage_of_a_quote_shows_where_the_quote_goes_on() {
        let quote = "We are in Syria to fight ISIS. We will stay.";
        let passage = |text: &str, start: usize| Highlighted {
            text: text.into(),
            highlights: vec![[start, start + 5]],
        };
        let middle = passage("in Syria to fight ISIS.", 3).elided_within(quote);
        assert_eq!(middle.text, "… in Syria to fight ISIS. …");
        assert_eq!(middle.to_html(), "… in <b>Syria</b> to fight ISIS. …");
        let opening = passage("We are in Syria", 10).elided_within(quote);
        assert_eq!(opening.text, "We are in Syria …");
        let whole = passage(quote, 10).elided_within(quote);
        assert_eq!(whole.text, quote);
    }
}
