//! The exported documents: what each engine index holds, field by field, and the stream of
//! them read from the index's document store, one article (with its quotes) at a time.

use serde_json::{Map, Value};
use tantivy::schema::{Field, Value as _};
use tantivy::{Searcher, TantivyDocument};

use crate::error::{Error, Result, TantivyContext};
use crate::index::search::{all_str, date_string, first_str};
use crate::index::Fields;

/// How an engine should index a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Full text: tokenized, with positions (phrases) and field norms (BM25).
    Text,
    /// One exact value, fast (aggregations, sorting).
    Keyword,
    /// An array of exact values, fast: the facets.
    Keywords,
    /// RFC 3339, fast: range filters and date sort.
    Date,
    Bool,
    /// Kept in the document, not searchable.
    StoredOnly,
}

#[derive(Debug, Clone, Copy)]
pub struct ExportField {
    pub name: &'static str,
    pub field_type: FieldType,
}

const fn field(name: &'static str, field_type: FieldType) -> ExportField {
    ExportField { name, field_type }
}

/// The two engine indexes: one for articles, one for quotes (one quote a document, so a
/// speaker stays paired with what they said).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Articles,
    Quotes,
}

impl DocKind {
    pub const BOTH: [DocKind; 2] = [DocKind::Articles, DocKind::Quotes];

    pub fn name(self) -> &'static str {
        match self {
            DocKind::Articles => "articles",
            DocKind::Quotes => "quotes",
        }
    }

    /// The fields of this kind of document, in the order configs list them.
    pub fn fields(self) -> &'static [ExportField] {
        match self {
            DocKind::Articles => ARTICLE_FIELDS,
            DocKind::Quotes => QUOTE_FIELDS,
        }
    }

    /// Fields a query without `field:` searches, as newsdex does.
    pub fn default_search_fields(self) -> &'static [&'static str] {
        match self {
            DocKind::Articles => &["title", "body"],
            DocKind::Quotes => &["quote"],
        }
    }
}

use FieldType::*;

const ARTICLE_FIELDS: &[ExportField] = &[
    field("id", Keyword),
    field("article_id", Keyword),
    field("title", Text),
    field("body", Text),
    field("date", Date),
    field("month", Keyword),
    field("source", Keyword),
    field("url", StoredOnly),
    field("authors", Keywords),
    field("origin", StoredOnly),
    field("speaker", Keywords),
    field("person", Keywords),
    field("organization", Keywords),
    field("place", Keywords),
];

const QUOTE_FIELDS: &[ExportField] = &[
    field("id", Keyword),
    field("article_id", Keyword),
    field("title", Text),
    field("quote", Text),
    field("speaker", Keyword),
    field("speaker_role", Text),
    field("cue", Keyword),
    field("direct", Bool),
    field("date", Date),
    field("month", Keyword),
    field("source", Keyword),
    field("url", StoredOnly),
    field("person", Keywords),
    field("organization", Keywords),
    field("place", Keywords),
];

/// The id of the `ordinal`th quote (1-based) of an article: stable while the article is
/// unchanged, so re-exporting replaces documents instead of duplicating them.
pub fn quote_id(article_id: &str, ordinal: usize) -> String {
    format!("{article_id}-{ordinal}")
}

/// One article as exported: its document and its quotes' documents, in the order ingest
/// wrote them.
#[derive(Debug, Clone)]
pub struct ArticleDocs {
    pub article_id: String,
    /// None when the index holds quotes of an article without the article (not written by
    /// newsdex, but exported rather than lost).
    pub article: Option<Value>,
    pub quotes: Vec<Value>,
}

impl ArticleDocs {
    /// A digest of everything exported for the article: unchanged digest, nothing to send.
    pub fn digest(&self) -> u64 {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        for doc in self.article.iter().chain(&self.quotes) {
            hasher.update(doc.to_string().as_bytes());
            hasher.update(b"\n");
        }
        hasher.digest()
    }
}

fn put_str(doc: &mut Map<String, Value>, key: &str, value: Option<String>) {
    if let Some(value) = value {
        doc.insert(key.to_string(), Value::String(value));
    }
}

/// The fields both kinds share. Absent optional values are left out (an engine treats a
/// missing field and a null alike, and Quickwit's strict mode rejects nulls for some types).
fn context(f: &Fields, stored: &TantivyDocument, id: String) -> Map<String, Value> {
    let mut doc = Map::new();
    doc.insert("id".into(), Value::String(id));
    put_str(&mut doc, "date", date_string(stored, f.date));
    put_strs(
        &mut doc,
        stored,
        [
            ("article_id", f.article_id),
            // An article's title, or the title of a quote's article.
            ("title", f.title),
            ("title", f.article_title),
            ("month", f.month),
            ("source", f.source),
            ("url", f.url),
        ],
    );
    put_arrays(
        &mut doc,
        stored,
        [
            ("person", f.person),
            ("organization", f.organization),
            ("place", f.place),
        ],
    );
    doc
}

/// The first value of each field, when there is one.
fn put_strs<const N: usize>(
    doc: &mut Map<String, Value>,
    stored: &TantivyDocument,
    fields: [(&str, Field); N],
) {
    for (key, field) in fields {
        put_str(doc, key, first_str(stored, field));
    }
}

/// Every value of each field, as an array (empty when there is none).
fn put_arrays<const N: usize>(
    doc: &mut Map<String, Value>,
    stored: &TantivyDocument,
    fields: [(&str, Field); N],
) {
    for (key, field) in fields {
        let values = all_str(stored, field).into_iter().map(Value::String);
        doc.insert(key.to_string(), Value::Array(values.collect()));
    }
}

fn article_doc(f: &Fields, stored: &TantivyDocument, article_id: &str) -> Value {
    let mut doc = context(f, stored, article_id.to_string());
    put_strs(&mut doc, stored, [("body", f.body), ("origin", f.origin)]);
    put_arrays(
        &mut doc,
        stored,
        [("authors", f.authors), ("speaker", f.speaker)],
    );
    Value::Object(doc)
}

fn quote_doc(f: &Fields, stored: &TantivyDocument, id: String) -> Value {
    let mut doc = context(f, stored, id);
    put_strs(
        &mut doc,
        stored,
        [
            ("quote", f.quote),
            ("speaker", f.speaker),
            ("speaker_role", f.speaker_role),
            ("cue", f.cue),
        ],
    );
    let direct = stored
        .get_first(f.direct)
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    doc.insert("direct".into(), Value::Bool(direct));
    Value::Object(doc)
}

/// Document-store blocks each segment reader keeps decompressed: documents are read in
/// order, so one block at a time is enough.
const STORE_CACHE_BLOCKS: usize = 1;

/// Calls `each` with every article of the index and its quotes, reading the document store
/// segment by segment: memory holds one article at a time, never the archive.
///
/// Ingest adds an article and its quotes in one batch, which tantivy writes contiguously to
/// one segment and merges keep in order; so an article's documents are consecutive.
pub fn for_each_article(
    searcher: &Searcher,
    fields: &Fields,
    mut each: impl FnMut(ArticleDocs) -> Result<()>,
) -> Result<()> {
    for segment in searcher.segment_readers() {
        let store = segment
            .get_store_reader(STORE_CACHE_BLOCKS)
            .map_err(|source| Error::Io {
                path: format!("segment {}", segment.segment_id().uuid_string()).into(),
                source,
            })?;
        let mut current: Option<ArticleDocs> = None;
        for stored in store.iter::<TantivyDocument>(segment.alive_bitset()) {
            let stored = stored.context("reading a stored document")?;
            let article_id = first_str(&stored, fields.article_id).unwrap_or_default();
            if current.as_ref().is_some_and(|c| c.article_id != article_id) {
                each(current.take().expect("checked above"))?;
            }
            let group = current.get_or_insert_with(|| ArticleDocs {
                article_id: article_id.clone(),
                article: None,
                quotes: Vec::new(),
            });
            // `kind` is indexed, not stored: a quote document is the one with a quote.
            if stored.get_first(fields.quote).is_some() {
                let id = quote_id(&article_id, group.quotes.len() + 1);
                group.quotes.push(quote_doc(fields, &stored, id));
            } else {
                group.article = Some(article_doc(fields, &stored, &article_id));
            }
        }
        if let Some(last) = current {
            each(last)?;
        }
    }
    Ok(())
}
