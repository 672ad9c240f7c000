//! The tantivy schema: one index holds two kinds of documents, articles and quotes, told
//! apart by the `kind` field. Both carry `article_id`, so deleting that term removes an
//! article together with its quotes.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::{DateTime, TantivyDocument, Term};

use crate::article::Article;
use crate::extract::author::first_person;
use crate::extract::text::surname;
use crate::extract::{EntityType, Extraction, Quote};

/// The speaker of `quote` as the speaker field indexes it, given the names of the article's
/// entities and its body. A first person no author took over ("We", "I": 212 and 118 articles
/// of the bench corpus) names no one a reader can look up or filter by, nor does "my dad", so
/// such a quote is indexed without a speaker. A description capitalised only because it opens
/// a sentence ("Analysts said", "Some economists"), or by a house style after its article
/// ("the Administration"), is set in lower case as the article writes it elsewhere, so that
/// the facet has one "analysts" and one "the administration". `extract` reports both as
/// written.
fn indexed_speaker<'a>(
    speaker: &'a str,
    names: &FxHashSet<&str>,
    body: &str,
) -> Option<Cow<'a, str>> {
    if first_person(speaker) || kin_of_the_speaker_or_audience(speaker) {
        return None;
    }
    let described = match speaker.split_once(' ') {
        Some(("the" | "a" | "an", rest)) => rest,
        _ => speaker,
    };
    let at = speaker.len() - described.len();
    let mut chars = described.chars();
    let first = chars.next()?;
    let description = first.is_uppercase()
        && !chars.any(char::is_uppercase)
        && !names.contains(speaker)
        && described
            .split(' ')
            .next()
            .is_some_and(|word| writes_in_lower_case(body, &word.to_lowercase()));
    Some(if description {
        let mut lowered = speaker[..at].to_string();
        lowered.extend(first.to_lowercase());
        lowered.push_str(&described[first.len_utf8()..]);
        Cow::Owned(lowered)
    } else {
        Cow::Borrowed(speaker)
    })
}

/// "my dad", "my mother", "many of you", "our team": someone only the text's speaker or its
/// audience can place (119, 111 and 110 documents in the bench index's speaker facet), no
/// one to look up or filter by.
fn kin_of_the_speaker_or_audience(speaker: &str) -> bool {
    speaker
        .split(' ')
        .any(|word| matches!(word, "my" | "My" | "our" | "Our" | "you" | "your" | "Your"))
}

/// Whether `text` holds `word` as a word of its own (not inside "someone" for "some").
fn writes_in_lower_case(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Seconds since the epoch that tantivy can hold: it keeps dates as nanoseconds in an i64
/// (years 1677 to 2262).
const DATE_LIMIT_SECS: i64 = i64::MAX / 1_000_000_000;

/// True when tantivy can index `date`.
pub fn indexable(date: chrono::DateTime<chrono::Utc>) -> bool {
    (-DATE_LIMIT_SECS..=DATE_LIMIT_SECS).contains(&date.timestamp())
}

/// `date` as tantivy stores it, clamped to the years it can hold: past them
/// `DateTime::from_timestamp_secs` overflows, a panic in debug builds (ingest of an article
/// dated 0001-01-01, `--since 0000`) and a wrong date in release builds.
pub fn index_date(date: chrono::DateTime<chrono::Utc>) -> DateTime {
    DateTime::from_timestamp_secs(date.timestamp().clamp(-DATE_LIMIT_SECS, DATE_LIMIT_SECS))
}

pub const KIND_ARTICLE: &str = "article";
pub const KIND_QUOTE: &str = "quote";

/// A faceted field: multi-valued keyword, counted over its column of term ordinals
/// ([`super::facets`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    Speaker,
    Person,
    Organization,
    Place,
    Source,
    Month,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Speaker,
        Facet::Person,
        Facet::Organization,
        Facet::Place,
        Facet::Source,
        Facet::Month,
    ];

    /// The field name in the index and the key in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Facet::Speaker => "speaker",
            Facet::Person => "person",
            Facet::Organization => "organization",
            Facet::Place => "place",
            Facet::Source => "source",
            Facet::Month => "month",
        }
    }

    /// Whether the values are names of people, which search merges across the archive
    /// ([`super::aliases`]).
    pub fn holds_names(self) -> bool {
        matches!(self, Facet::Person | Facet::Speaker)
    }
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    pub kind: Field,
    pub article_id: Field,
    pub title: Field,
    /// A quote document's article title, stored only: quote searches read the quote, and
    /// indexing each article's title again for every quote cost 4 % of ingest.
    pub article_title: Field,
    pub body: Field,
    pub quote: Field,
    pub date: Field,
    pub url: Field,
    pub authors: Field,
    pub origin: Field,
    pub speaker_role: Field,
    pub cue: Field,
    pub direct: Field,
    pub speaker: Field,
    pub person: Field,
    pub organization: Field,
    pub place: Field,
    pub source: Field,
    pub month: Field,
}

pub fn build_schema() -> Schema {
    let mut builder = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("default")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    builder.add_text_field("kind", STRING);
    builder.add_text_field("article_id", STRING | STORED);
    builder.add_text_field("title", text.clone());
    builder.add_text_field("article_title", STORED);
    builder.add_text_field("body", text.clone());
    builder.add_text_field("quote", text);
    builder.add_date_field("date", INDEXED | STORED | FAST);
    builder.add_text_field("url", STORED);
    builder.add_text_field("authors", STORED);
    builder.add_text_field("origin", STORED);
    builder.add_text_field("speaker_role", STORED);
    builder.add_text_field("cue", STORED);
    builder.add_bool_field("direct", STORED);
    for facet in Facet::ALL {
        builder.add_text_field(facet.name(), STRING | FAST | STORED);
    }
    builder.build()
}

impl Fields {
    pub fn new(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            kind: f("kind")?,
            article_id: f("article_id")?,
            title: f("title")?,
            article_title: f("article_title")?,
            body: f("body")?,
            quote: f("quote")?,
            date: f("date")?,
            url: f("url")?,
            authors: f("authors")?,
            origin: f("origin")?,
            speaker_role: f("speaker_role")?,
            cue: f("cue")?,
            direct: f("direct")?,
            speaker: f("speaker")?,
            person: f("person")?,
            organization: f("organization")?,
            place: f("place")?,
            source: f("source")?,
            month: f("month")?,
        })
    }

    pub fn facet(&self, facet: Facet) -> Field {
        match facet {
            Facet::Speaker => self.speaker,
            Facet::Person => self.person,
            Facet::Organization => self.organization,
            Facet::Place => self.place,
            Facet::Source => self.source,
            Facet::Month => self.month,
        }
    }

    pub fn article_term(&self, article_id: &str) -> Term {
        Term::from_field_text(self.article_id, article_id)
    }

    /// The fields both kinds of document share: the article they belong to.
    fn add_article_context(&self, doc: &mut TantivyDocument, article: &Article, kind: &str) {
        doc.add_text(self.kind, kind);
        doc.add_text(self.article_id, &article.id);
        let title = if kind == KIND_ARTICLE {
            self.title
        } else {
            self.article_title
        };
        doc.add_text(title, &article.title);
        if let Some(date) = article.date {
            doc.add_date(self.date, index_date(date));
        }
        if let Some(month) = article.month() {
            doc.add_text(self.month, month);
        }
        if let Some(source) = &article.source {
            doc.add_text(self.source, source);
        }
        if let Some(url) = &article.url {
            doc.add_text(self.url, url);
        }
    }

    fn add_entities<'a>(
        &self,
        doc: &mut TantivyDocument,
        mentions: impl Iterator<Item = &'a crate::extract::EntityMention>,
    ) {
        let mut seen = FxHashSet::default();
        let mut persons = Vec::new();
        for mention in mentions {
            let field = match mention.kind {
                EntityType::Person => self.person,
                EntityType::Organization => self.organization,
                EntityType::Place => self.place,
                EntityType::Misc => continue,
            };
            if seen.insert((field, mention.name.as_str())) {
                if field == self.person {
                    persons.push(mention.name.as_str());
                } else {
                    doc.add_text(field, &mention.name);
                }
            }
        }
        for person in without_covered_surnames(&persons, |_| true) {
            doc.add_text(self.person, person);
        }
    }

    /// The article document and one document per quote, to be written together.
    pub fn documents(&self, article: &Article, extraction: &Extraction) -> Vec<TantivyDocument> {
        let mut docs = Vec::with_capacity(1 + extraction.quotes.len());
        let mut doc = TantivyDocument::new();
        self.add_article_context(&mut doc, article, KIND_ARTICLE);
        doc.add_text(self.body, &article.body);
        doc.add_text(self.origin, article.origin.to_string());
        for author in &article.authors {
            doc.add_text(self.authors, author);
        }
        let names: FxHashSet<&str> = extraction
            .entities
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        // Once per speaker of the article: the test of a description reads the body.
        let mut by_speaker = FxHashMap::default();
        let speakers: Vec<Option<Cow<str>>> = extraction
            .quotes
            .iter()
            .map(|quote| {
                let speaker = quote.speaker.as_deref()?;
                by_speaker
                    .entry(speaker)
                    .or_insert_with(|| indexed_speaker(speaker, &names, &article.body))
                    .clone()
            })
            .collect();
        let mut seen = FxHashSet::default();
        let article_speakers: Vec<&str> = speakers
            .iter()
            .flatten()
            .map(|speaker| speaker.as_ref())
            .filter(|speaker| seen.insert(*speaker))
            .collect();
        let is_person = |name: &str| {
            extraction
                .entities
                .iter()
                .any(|m| m.kind == EntityType::Person && m.name == name)
        };
        for speaker in without_covered_surnames(&article_speakers, is_person) {
            doc.add_text(self.speaker, speaker);
        }
        self.add_entities(&mut doc, extraction.entities.iter());
        docs.push(doc);
        for (quote, speaker) in extraction.quotes.iter().zip(&speakers) {
            docs.push(self.quote_document(article, extraction, quote, speaker.as_deref()));
        }
        docs
    }

    fn quote_document(
        &self,
        article: &Article,
        extraction: &Extraction,
        quote: &Quote,
        speaker: Option<&str>,
    ) -> TantivyDocument {
        let mut doc = TantivyDocument::new();
        self.add_article_context(&mut doc, article, KIND_QUOTE);
        doc.add_text(self.quote, &quote.quote);
        if let Some(speaker) = speaker {
            doc.add_text(self.speaker, speaker);
        }
        if let Some(role) = &quote.speaker_role {
            doc.add_text(self.speaker_role, role);
        }
        if let Some(cue) = &quote.cue {
            doc.add_text(self.cue, cue);
        }
        doc.add_bool(self.direct, quote.direct);
        // The entities the quote itself names (not the narration between its pieces): what
        // "who said what about X" filters on. Entities are sorted by start: find each
        // piece's first by binary search, not a scan.
        let entities = &extraction.entities;
        let named = quote.spans.iter().flat_map(|&[start, end]| {
            let first = entities.partition_point(|m| m.start < start);
            entities[first..]
                .iter()
                .take_while(move |m| m.start < end)
                .filter(move |m| m.end <= end)
        });
        self.add_entities(&mut doc, named);
        doc
    }
}

/// `names` without a person's surname alone that another person's name among them ends
/// ("Biden" beside "Joe Biden" or "Hunter Biden"; not "Reuters" beside "FARMS Reuters").
/// Extraction leaves a surname that several people of an article bear as written, and search
/// reads it as its dominant bearer across the archive: beside another bearer's full name
/// ("Jill Biden") the article would count for the dominant one (Joe Biden) too, and beside
/// the dominant one's full name it adds nothing.
fn without_covered_surnames<'n, 'a>(
    names: &'n [&'a str],
    is_person: impl Fn(&str) -> bool + 'n,
) -> impl Iterator<Item = &'a str> + 'n {
    // (The cheap tests first: `is_person` may scan the article's entities.)
    names.iter().copied().filter(move |&name| {
        name.contains(' ')
            || !names
                .iter()
                .any(|other| other.contains(' ') && surname(other) == name && is_person(other))
            || !is_person(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::Value;

    fn quote_by(speaker: &str) -> Quote {
        Quote {
            quote: "the talks went well".into(),
            speaker: Some(speaker.into()),
            speaker_role: None,
            speaker_spans: vec![],
            speaker_anonymous: false,
            cue: Some("said".into()),
            start: 0,
            end: 19,
            spans: vec![[0, 19]],
            direct: true,
        }
    }

    /// A mention of `name`, of type `kind`, written as the name itself.
    fn mention(name: &str, kind: EntityType) -> crate::extract::EntityMention {
        crate::extract::EntityMention {
            text: name.into(),
            name: name.into(),
            kind,
            start: 0,
            end: 0,
        }
    }

    fn speakers(fields: &Fields, doc: &TantivyDocument) -> Vec<String> {
        doc.get_all(fields.speaker)
            .filter_map(|v| v.as_str().map(String::from))
            .collect()
    }

    #[test]
    fn a_description_that_opens_a_sentence_is_indexed_as_the_article_writes_it() {
        let fields = Fields::new(&build_schema()).unwrap();
        let article = Article {
            id: "a1".into(),
            body: "Analysts said prices would rise. Dealers agreed, and other analysts and \
                   someone at Reuters said so. Psaki said no. Some said yes. \
                   The Administration, the Biden administration, said so."
                .into(),
            ..Article::default()
        };
        let extraction = Extraction {
            quotes: [
                "Analysts",
                "analysts",
                "Dealers",
                "Reuters",
                "Psaki",
                "Some",
                "the Administration",
                "the Biden administration",
            ]
            .into_iter()
            .map(quote_by)
            .collect(),
            entities: vec![mention("Reuters", EntityType::Organization)],
        };
        let docs = fields.documents(&article, &extraction);
        // "Dealers" and "Some" are not written in lower case ("someone" is another word);
        // Reuters is a name of the article; Psaki is written in capitals only.
        assert_eq!(
            speakers(&fields, &docs[0]),
            [
                "analysts",
                "Dealers",
                "Reuters",
                "Psaki",
                "Some",
                "the administration",
                "the Biden administration"
            ]
        );
        assert_eq!(speakers(&fields, &docs[1]), ["analysts"]);
    }

    #[test]
    fn a_first_person_left_unresolved_or_its_kin_is_no_speaker_in_the_index() {
        let fields = Fields::new(&build_schema()).unwrap();
        let article = Article {
            id: "a1".into(),
            ..Article::default()
        };
        let extraction = Extraction {
            quotes: vec![
                quote_by("We"),
                quote_by("Sergei Lavrov"),
                quote_by("I"),
                quote_by("my dad"),
                quote_by("many of you"),
            ],
            entities: vec![],
        };
        let docs = fields.documents(&article, &extraction);
        assert_eq!(speakers(&fields, &docs[0]), ["Sergei Lavrov"]);
        let per_quote: Vec<Vec<String>> =
            docs[1..].iter().map(|doc| speakers(&fields, doc)).collect();
        assert_eq!(
            per_quote,
            [
                vec![],
                vec!["Sergei Lavrov".to_string()],
                vec![],
                vec![],
                vec![]
            ]
        );
    }

    #[test]
    fn a_surname_alone_beside_a_full_name_that_ends_in_it_is_not_indexed_twice() {
        let fields = Fields::new(&build_schema()).unwrap();
        let article = Article {
            id: "a1".into(),
            ..Article::default()
        };
        let extraction = Extraction {
            quotes: ["Biden", "Hunter Biden", "Fauci"]
                .into_iter()
                .map(quote_by)
                .collect(),
            entities: ["Joe Biden", "Biden", "Hunter Biden", "Fauci"]
                .into_iter()
                .map(|name| mention(name, EntityType::Person))
                .collect(),
        };
        let docs = fields.documents(&article, &extraction);
        let persons: Vec<&str> = docs[0]
            .get_all(fields.person)
            .filter_map(|v| v.as_str())
            .collect();
        assert_eq!(persons, ["Joe Biden", "Hunter Biden", "Fauci"]);
        assert_eq!(speakers(&fields, &docs[0]), ["Hunter Biden", "Fauci"]);
        // A quote keeps its own speaker.
        assert_eq!(speakers(&fields, &docs[1]), ["Biden"]);
    }
}
