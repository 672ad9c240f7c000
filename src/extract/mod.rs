//! Extraction: pure functions from article text to quotes, speakers and entities. No I/O.
//!
//! The text is analysed once ([`text::Document`]: normalisation, tokens, sentences) and the
//! result is shared by the entity tagger and the quote finder.

pub mod author;
pub mod entities;
pub mod gazetteer;
pub mod headline;
pub mod ner;
pub mod quotes;
pub mod text;
pub mod transcript;

use serde::{Deserialize, Serialize};

/// Everything extraction finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    /// Persons, organisations and places, sorted by start offset.
    pub entities: Vec<EntityMention>,
}

/// A quotation (direct, in quote marks, or reported speech) and who said it.
///
/// Offsets (`start`, `end`, `speaker_spans`) count Unicode code points into the input text,
/// end exclusive, as ../shared/tools/score_quotes.py expects.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted or reported words.
    pub quote: String,
    /// Canonical speaker name ("Peter Cook"), or the anonymous source as written.
    pub speaker: Option<String>,
    /// Title or role split off the speaker mention ("Pentagon spokesman").
    pub speaker_role: Option<String>,
    /// Spans of the speaker mention(s) in the text for this quote.
    pub speaker_spans: Vec<[usize; 2]>,
    /// True for sources such as "a U.S. defence official" or "sources".
    pub speaker_anonymous: bool,
    /// The cue verb as written ("said", "told", "according to").
    pub cue: Option<String>,
    /// Start of the first piece and end of the last.
    pub start: usize,
    pub end: usize,
    /// The pieces of the quote: one, or more when a quote is split around its attribution
    /// ("“X,” he said. “Y.”") or runs over several paragraphs. `quote` is their text joined
    /// by spaces.
    pub spans: Vec<[usize; 2]>,
    pub direct: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organization,
    Place,
    /// Kept internally (nationalities, events); never exposed as a facet.
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
            EntityType::Misc => "misc",
        }
    }
}

/// One mention of a named entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityMention {
    /// The mention as written.
    pub text: String,
    /// Canonical name within the article ("Assad" -> "Bashar al-Assad").
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Code point offsets into the input text, end exclusive.
    pub start: usize,
    pub end: usize,
}

impl EntityMention {
    /// The name of a person introduced by a title ("President Biden" in "Remarks by President
    /// Biden"): a surname stays as written, since the article's fuller name with that surname
    /// may be a relative's ("Beau Biden"); search links a surname to its dominant full name.
    pub fn titled_name(&self) -> &str {
        if self.text.contains(' ') {
            &self.name
        } else {
            &self.text
        }
    }
}

impl Extraction {
    /// Checks what every consumer of an extraction relies on: each span lies inside `text`
    /// (code point offsets, start <= end), and each quote and entity mention is exactly the
    /// text at its offsets. The property tests and fuzz targets assert it on hostile input.
    pub fn check_spans(&self, text: &str) -> Result<(), String> {
        let chars: Vec<char> = text.chars().collect();
        let at = |what: &str, [start, end]: [usize; 2]| -> Result<String, String> {
            if start > end || end > chars.len() {
                return Err(format!(
                    "{what} span {start}..{end} is outside the text of {} code points",
                    chars.len()
                ));
            }
            Ok(chars[start..end].iter().collect())
        };
        let is = |what: &str, written: &str, span| {
            let found = at(what, span)?;
            if found == written {
                Ok(())
            } else {
                Err(format!(
                    "{what} {written:?} but the text there is {found:?}"
                ))
            }
        };
        for quote in &self.quotes {
            let pieces = quote
                .spans
                .iter()
                .map(|&span| at("quote", span))
                .collect::<Result<Vec<_>, _>>()?;
            let mut joined = pieces.first().cloned().unwrap_or_default();
            for (i, piece) in pieces.iter().enumerate().skip(1) {
                let gap = at("gap", [quote.spans[i - 1][1], quote.spans[i][0]])?;
                joined.push_str(quotes::piece_separator(&gap));
                joined.push_str(piece);
            }
            if joined != quote.quote {
                return Err(format!(
                    "quote {:?} but its pieces are {pieces:?}",
                    quote.quote
                ));
            }
            let bounds = quote.spans.first().zip(quote.spans.last());
            if bounds.is_none_or(|(first, last)| [first[0], last[1]] != [quote.start, quote.end]) {
                return Err(format!(
                    "quote {:?} runs {}..{} but its pieces are {:?}",
                    quote.quote, quote.start, quote.end, quote.spans
                ));
            }
            for &span in &quote.speaker_spans {
                at("speaker", span)?;
            }
        }
        for entity in &self.entities {
            is("entity", &entity.text, [entity.start, entity.end])?;
        }
        Ok(())
    }
}

/// Extracts quotes and entities from one text.
pub fn extract(text: &str) -> Extraction {
    let doc = text::Document::new(text);
    let mut entities = entities::find(&doc);
    // Sorted by start, so that the mentions inside a span are found by binary search.
    entities.sort_by_key(|e| e.start);
    let quotes = quotes_and_speakers(&doc, &entities);
    // MISC (nationalities, events) helps the quote finder but is no facet: not exposed.
    entities.retain(|e| e.kind != EntityType::Misc);
    Extraction { quotes, entities }
}

/// The quotes of an analysed text and who said them: the quote finder, then a transcript's
/// turns, then the first person of an authored text. `entities` are sorted by start.
pub fn quotes_and_speakers(doc: &text::Document, entities: &[EntityMention]) -> Vec<Quote> {
    let transcript = transcript::Transcript::read(doc.text);
    let mut quotes = quotes::find(doc, entities, &transcript.labels());
    transcript.attribute(doc, entities, &mut quotes);
    author::attribute(doc, entities, &mut quotes);
    quotes
}

/// Extracts from an article's body, read after its title: a title names who speaks in
/// remarks, statements and briefings ("Remarks by President Biden …", "Press Briefing by
/// Press Secretary Jen Psaki"); its `date` names who held an office that a transcript's
/// label gives alone ("THE PRESIDENT:"). Offsets count into the body; what the title itself
/// holds is left out (search indexes the title on its own).
pub fn extract_article(title: &str, body: &str, date: Option<chrono::NaiveDate>) -> Extraction {
    let mut extraction = extract_titled(title, body);
    if let Some(date) = date {
        transcript::name_office_holders(body, &mut extraction.quotes, date);
    }
    extraction
}

/// Extracts from a body read after its title, offsets counted into the body.
fn extract_titled(title: &str, body: &str) -> Extraction {
    let title = title.trim();
    if title.is_empty() || title.contains('\n') {
        return extract(body);
    }
    // The title in the case of running text, so that its capitals read as names.
    let title = headline::in_running_case(title, body);
    let text = format!("{title}\n\n{body}");
    let shift = text.len() - body.len();
    let shift = text[..shift].chars().count();
    let Extraction {
        mut quotes,
        mut entities,
    } = extract(&text);
    let moved = |[start, end]: [usize; 2]| (start >= shift).then(|| [start - shift, end - shift]);
    quotes.retain(|q| q.start >= shift);
    for q in &mut quotes {
        q.start -= shift;
        q.end -= shift;
        for span in &mut q.spans {
            *span = [span[0] - shift, span[1] - shift];
        }
        // A speaker named only in the title keeps its name, not a span in the body.
        q.speaker_spans = q
            .speaker_spans
            .iter()
            .filter_map(|&span| moved(span))
            .collect();
    }
    entities.retain(|e| e.start >= shift);
    for e in &mut entities {
        e.start -= shift;
        e.end -= shift;
    }
    Extraction { quotes, entities }
}
