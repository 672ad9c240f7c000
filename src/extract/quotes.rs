//! Quotes and their speakers: direct quotes in quote marks, reported speech ("X said that …"),
//! the speaker mention next to its cue verb, and pronouns and short names resolved to the
//! speakers the article names.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::text::{is_apostrophe, Document};
use super::{EntityMention, EntityType, Quote};

struct Lexicon {
    cues: HashSet<&'static str>,
    titles: HashSet<&'static str>,
    anonymous: HashSet<&'static str>,
    organisation_words: HashSet<&'static str>,
}

fn word_list(data: &'static str) -> HashSet<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon {
        cues: word_list(include_str!("lexicon/cue_verbs.txt")),
        titles: word_list(include_str!("lexicon/titles.txt")),
        anonymous: word_list(include_str!("lexicon/anonymous.txt")),
        organisation_words: word_list(include_str!("lexicon/organisation_words.txt")),
    })
}

const HONORIFICS: &[&str] = &["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."];
const DETERMINERS: &[&str] = &[
    "the", "The", "a", "A", "an", "An", "one", "One", "two", "Two", "several", "Several",
];
/// Words allowed between a speaker and the cue: "also noted", "has said".
const BETWEEN: &[&str] = &[
    "also",
    "has",
    "had",
    "have",
    "later",
    "then",
    "further",
    "again",
    "previously",
    "earlier",
];
/// Words that end a role phrase walking back from a name.
const ROLE_STOPS: &[&str] = &[
    "that", "and", "or", "but", "to", "of", "on", "in", "at", "by", "for", "with", "as", "from",
    "while", "when",
];
/// Lower-case particles inside names: "Bashar al-Assad", "Ursula von der Leyen".
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "de", "van", "von", "der", "da", "di", "du", "la", "le", "el", "ibn",
];

/// Who a quote is attributed to, before pronouns and aliases are resolved.
#[derive(Debug, Clone, PartialEq)]
enum Mention {
    Named {
        name: String,
        role: Option<String>,
        organisation: bool,
    },
    /// he / she (person) or they / it (organisation or group).
    Pronoun {
        person: bool,
    },
    Anonymous(String),
}

#[derive(Debug, Clone)]
struct Attribution {
    mention: Mention,
    /// Byte span of the mention.
    span: (usize, usize),
    cue: String,
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_opening_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '"')
}

fn is_closing_mark_for(open: char, c: char) -> bool {
    match open {
        // Archives close “ with ” or, wrongly, with another “ or a straight quote.
        '“' | '„' => matches!(c, '”' | '“' | '"'),
        '«' => c == '»',
        _ => c == '"' || c == '”',
    }
}

/// Byte spans (of the inside) of quotes in quote marks. A quote stays within its paragraph
/// unless the next paragraph opens with a mark (a quote over several paragraphs); a mark that
/// never closes opens nothing.
fn direct_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, open) = chars[i];
        if !is_opening_mark(open) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut close = None;
        while j < chars.len() {
            let c = chars[j].1;
            if c == '\n' {
                // Continues only if the next paragraph opens with a quote mark.
                if chars.get(j + 1).is_some_and(|&(_, n)| is_opening_mark(n)) {
                    j += 2;
                    continue;
                }
                break;
            }
            if is_closing_mark_for(open, c) {
                close = Some(j);
                break;
            }
            j += 1;
        }
        match close {
            Some(j) => {
                let inner_start = start + open.len_utf8();
                let inner = &text[inner_start..chars[j].0];
                let trimmed_end = inner_start + inner.trim_end_matches([',', ' ']).len();
                let lead = inner.len() - inner.trim_start().len();
                if inner.split_whitespace().count() >= 4 {
                    spans.push((inner_start + lead, trimmed_end));
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
    spans
}

impl Document<'_> {
    fn token_at_or_after(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }
}

/// The speaker ending just before token `cue` (exclusive), not looking before token `floor`.
fn subject_before(doc: &Document, floor: usize, cue: usize) -> Option<(Mention, (usize, usize))> {
    let lex = lexicon();
    let mut end = cue;
    while end > floor && BETWEEN.contains(&doc.token_text(end - 1)) {
        end -= 1;
    }
    if end <= floor {
        return None;
    }
    let last = doc.token_text(end - 1);
    let span_of = |a: usize, b: usize| (doc.tokens[a].start, doc.tokens[b - 1].end);
    match last {
        "he" | "He" | "she" | "She" => {
            return Some((Mention::Pronoun { person: true }, span_of(end - 1, end)))
        }
        "they" | "They" | "it" | "It" => {
            return Some((Mention::Pronoun { person: false }, span_of(end - 1, end)))
        }
        _ => {}
    }
    if lex.anonymous.contains(last) {
        // Back to the determiner: "a U.S. defence official".
        let mut start = end - 1;
        while start > floor && end - start < 8 {
            let t = doc.token_text(start - 1);
            if DETERMINERS.contains(&t) {
                start -= 1;
                break;
            }
            if !(t.chars().all(char::is_alphanumeric) || t.contains(['.', '-'])) {
                break;
            }
            start -= 1;
        }
        let span = span_of(start, end);
        return Some((
            Mention::Anonymous(doc.text[span.0..span.1].to_string()),
            span,
        ));
    }
    // The capitalised run before the cue: name, with titles before it.
    let mut start = end;
    while start > floor {
        let t = doc.token_text(start - 1);
        let particle = t
            .split('-')
            .next()
            .is_some_and(|p| NAME_PARTICLES.contains(&p))
            && start < end;
        if (is_capitalised(t) && !DETERMINERS.contains(&t)) || particle {
            start -= 1;
        } else {
            break;
        }
    }
    if start == end {
        return None;
    }
    // The name is what follows the last title or honorific in the run.
    let mut name_start = start;
    for k in start..end {
        let t = doc.token_text(k);
        if lex.titles.contains(t) || HONORIFICS.contains(&t) {
            name_start = k + 1;
        }
    }
    if name_start >= end {
        return None;
    }
    // The role: titles in the run, and the lower-case words before the run back to a
    // determiner ("Pentagon spokesman", "Russian defense ministry’s spokesperson Major General").
    let mut role_start = start;
    while role_start > floor && start - role_start < 6 {
        let t = doc.token_text(role_start - 1);
        if DETERMINERS.contains(&t)
            || ROLE_STOPS.contains(&t)
            || is_cue(doc, role_start - 1)
            || !(t.chars().all(char::is_alphanumeric)
                || t.chars().any(is_apostrophe)
                || t.contains('-'))
        {
            break;
        }
        role_start -= 1;
    }
    let role_text = if role_start < name_start {
        let words: Vec<&str> = (role_start..name_start)
            .map(|k| doc.token_text(k))
            .filter(|t| !HONORIFICS.contains(t))
            .collect();
        let role = words
            .join(" ")
            .replace(" ’s", "’s")
            .replace(" 's", "'s")
            .replace(" ´s", "´s");
        (!role.is_empty()).then_some(role)
    } else {
        None
    };
    let name: Vec<&str> = (name_start..end).map(|k| doc.token_text(k)).collect();
    let organisation = DETERMINERS.contains(&doc.token_text(start.saturating_sub(1)))
        && start > floor
        || name.iter().any(|w| lex.organisation_words.contains(w));
    let span = span_of(name_start, end);
    Some((
        Mention::Named {
            name: name.join(" "),
            role: role_text,
            organisation,
        },
        span,
    ))
}

/// The speaker right after a cue: "said Peter Cook".
fn subject_after(doc: &Document, cue: usize, ceiling: usize) -> Option<(Mention, (usize, usize))> {
    let mut end = cue + 1;
    while end < ceiling && end - cue <= 6 && is_capitalised(doc.token_text(end)) {
        end += 1;
    }
    if end == cue + 1 {
        return None;
    }
    subject_before(doc, cue + 1, end)
}

fn is_cue(doc: &Document, k: usize) -> bool {
    let word = doc.token_text(k);
    if word == "according" {
        return k + 1 < doc.tokens.len() && doc.token_text(k + 1) == "to";
    }
    lexicon().cues.contains(word)
}

fn is_boundary(token: &str) -> bool {
    matches!(token, "." | "!" | "?" | "…")
}

/// Attribution of the direct quote with inside byte span `span`, from the cue next to it.
fn attribute_direct(
    doc: &Document,
    span: (usize, usize),
    previous_end: usize,
) -> Option<Attribution> {
    let first = doc.token_at_or_after(span.0);
    let after = doc.token_at_or_after(span.1);
    let paragraph_end = doc.text[span.1..]
        .find('\n')
        .map_or(doc.text.len(), |p| span.1 + p);
    let paragraph_start = doc.text[..span.0].rfind('\n').map_or(0, |p| p + 1);
    // After the quote: "…,” he said." up to the sentence end or the next quote.
    // The closing mark (which may be an opening mark typed wrongly) and a comma come first.
    let mut after = after;
    while after < doc.tokens.len()
        && doc.tokens[after].start < span.1 + 4
        && !doc.token_text(after).chars().any(char::is_alphanumeric)
    {
        after += 1;
    }
    let mut k = after;
    while k < doc.tokens.len() && k < after + 10 && doc.tokens[k].start < paragraph_end {
        let t = doc.token_text(k);
        if is_boundary(t) || t.starts_with(is_opening_mark) {
            break;
        }
        if is_cue(doc, k) {
            let floor = after;
            if let Some((mention, mspan)) =
                subject_before(doc, floor, k).or_else(|| subject_after(doc, k, doc.tokens.len()))
            {
                return Some(Attribution {
                    mention,
                    span: mspan,
                    cue: doc.token_text(k).to_string(),
                });
            }
        }
        k += 1;
    }
    // Before the quote: "X said: “…”", "X described it as “…”". The cue nearest the quote.
    let floor_byte = previous_end.max(paragraph_start);
    let mut k = first.saturating_sub(1);
    let mut steps = 0;
    while k > 0 && steps < 30 && doc.tokens[k].start >= floor_byte {
        let t = doc.token_text(k);
        if is_boundary(t) {
            break;
        }
        if is_cue(doc, k) {
            let floor = doc.token_at_or_after(floor_byte);
            let found = subject_before(doc, floor, k);
            // "…, saying that “…”": the subject is the speaker of the clause before.
            let found = found.or_else(|| {
                (k > floor)
                    .then(|| backtrack_to_previous_cue(doc, floor, k))
                    .flatten()
            });
            if let Some((mention, mspan)) = found {
                return Some(Attribution {
                    mention,
                    span: mspan,
                    cue: doc.token_text(k).to_string(),
                });
            }
        }
        k -= 1;
        steps += 1;
    }
    None
}

/// For participle cues ("X also noted the outcome, saying that"): the subject of an earlier
/// cue in the same sentence.
fn backtrack_to_previous_cue(
    doc: &Document,
    floor: usize,
    cue: usize,
) -> Option<(Mention, (usize, usize))> {
    (floor..cue)
        .rev()
        .filter(|&k| is_cue(doc, k))
        .find_map(|k| subject_before(doc, floor, k))
}

/// Reported speech in one sentence: "X said (that) …", "…, X said.", "according to X, …".
fn reported(
    doc: &Document,
    sentence: &super::text::Sentence,
) -> Option<(Attribution, (usize, usize))> {
    let range = sentence.tokens.clone();
    let last = range.end;
    let content_end = |from: usize| {
        let mut end = last;
        while end > from
            && (is_boundary(doc.token_text(end - 1))
                || doc
                    .token_text(end - 1)
                    .chars()
                    .all(|c| !c.is_alphanumeric()))
        {
            end -= 1;
        }
        end
    };
    for k in range.clone() {
        if !is_cue(doc, k)
            || matches!(
                doc.token_text(k),
                "saying" | "adding" | "noting" | "described"
            )
        {
            continue;
        }
        if doc.token_text(k) == "according" {
            // "According to X, …": X up to the comma, the content after it.
            let comma = (k + 2..last).find(|&j| doc.token_text(j) == ",")?;
            let (mention, span) = subject_before(doc, k + 2, comma)?;
            let end = content_end(comma + 1);
            if end <= comma + 3 {
                return None;
            }
            let attribution = Attribution {
                mention,
                span,
                cue: "according to".into(),
            };
            return Some((
                attribution,
                (doc.tokens[comma + 1].start, doc.tokens[end - 1].end),
            ));
        }
        let (mention, span) = subject_before(doc, range.start, k)?;
        let mut from = k + 1;
        if doc.token_text(k) == "told" || doc.token_text(k) == "tells" {
            // "told Reuters (that)": skip the listener.
            while from < last && is_capitalised(doc.token_text(from)) {
                from += 1;
            }
        }
        // "said on September 13 that …": content starts after a near "that".
        if let Some(that) = (from..(from + 7).min(last)).find(|&j| doc.token_text(j) == "that") {
            from = that + 1;
        }
        let end = content_end(from);
        let attribution = Attribution {
            mention,
            span,
            cue: doc.token_text(k).to_string(),
        };
        if end >= from + 3 {
            return Some((
                attribution,
                (doc.tokens[from].start, doc.tokens[end - 1].end),
            ));
        }
        // "…, X said." — the content is before the speaker.
        let before_subject = doc.token_at_or_after(span.0);
        let mut end = before_subject;
        while end > range.start && !doc.token_text(end - 1).chars().any(char::is_alphanumeric) {
            end -= 1;
        }
        if end >= range.start + 3 {
            return Some((
                attribution,
                (doc.tokens[range.start].start, doc.tokens[end - 1].end),
            ));
        }
        return None;
    }
    None
}

/// Canonical name for a named speaker: honorifics dropped, and a short name replaced by the
/// fullest name in the article that ends with it ("Assad" -> "Bashar al-Assad").
fn canonical(name: &str, full_names: &[String]) -> String {
    let surname = name.rsplit([' ', '-']).next().unwrap_or(name);
    full_names
        .iter()
        .filter(|full| {
            full.len() > name.len()
                && full.rsplit([' ', '-']).next() == Some(surname)
                && full.split(' ').count() > 1
        })
        .max_by_key(|full| full.len())
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

/// Runs of capitalised words (with name particles) in the text: the candidates for full names.
fn capitalised_runs(doc: &Document) -> Vec<String> {
    let lex = lexicon();
    let mut runs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for k in 0..doc.tokens.len() {
        let t = doc.token_text(k);
        let particle = t
            .split('-')
            .next()
            .is_some_and(|p| NAME_PARTICLES.contains(&p))
            && t.contains('-');
        if (is_capitalised(t) || particle)
            && !lex.titles.contains(t)
            && !HONORIFICS.contains(&t)
            && !DETERMINERS.contains(&t)
        {
            current.push(t);
        } else {
            if current.len() > 1 {
                runs.push(current.join(" "));
            }
            current.clear();
        }
    }
    if current.len() > 1 {
        runs.push(current.join(" "));
    }
    runs
}

pub fn find(doc: &Document, entities: &[EntityMention]) -> Vec<Quote> {
    let mut found: Vec<((usize, usize), Option<Attribution>, bool)> = Vec::new();
    let mut previous_end = 0;
    let mut previous: Option<(usize, Option<Attribution>)> = None;
    for span in direct_spans(doc.text) {
        let mut attribution = attribute_direct(doc, span, previous_end);
        // A quote with no cue of its own continues the speaker of the quote before it in the
        // same paragraph ("“X,” he said. “Y.”").
        if attribution.is_none() {
            if let Some((prev_end, prev)) = &previous {
                if !doc.text[*prev_end..span.0].contains('\n') {
                    attribution = prev.clone();
                }
            }
        }
        previous_end = span.1;
        previous = Some((span.1, attribution.clone()));
        found.push((span, attribution, true));
    }
    let direct: Vec<(usize, usize)> = found.iter().map(|(s, _, _)| *s).collect();
    for sentence in &doc.sentences {
        if let Some((attribution, span)) = reported(doc, sentence) {
            let overlaps_direct = direct.iter().any(|&(a, b)| a < span.1 && span.0 < b);
            let speaker_inside_quote = direct
                .iter()
                .any(|&(a, b)| a <= attribution.span.0 && attribution.span.1 <= b);
            if !overlaps_direct && !speaker_inside_quote {
                found.push((span, Some(attribution), false));
            }
        }
    }
    found.sort_by_key(|(span, _, _)| span.0);

    // Names of the people and organisations the article has as speakers, for pronouns.
    let mut full_names = capitalised_runs(doc);
    full_names.extend(
        entities
            .iter()
            .filter(|e| e.kind == EntityType::Person)
            .map(|e| e.name.clone()),
    );
    let named: Vec<(usize, String, bool)> = found
        .iter()
        .filter_map(|(_, a, _)| match &a.as_ref()?.mention {
            Mention::Named {
                name, organisation, ..
            } => Some((
                a.as_ref()?.span.0,
                canonical(name, &full_names),
                *organisation,
            )),
            _ => None,
        })
        .collect();
    let resolve_pronoun = |at: usize, person: bool| -> Option<String> {
        let fits = |org: bool| org != person;
        named
            .iter()
            .rev()
            .find(|(pos, _, org)| *pos < at && fits(*org))
            .or_else(|| named.iter().find(|(pos, _, org)| *pos > at && fits(*org)))
            .map(|(_, name, _)| name.clone())
    };

    found
        .into_iter()
        .map(|(span, attribution, direct)| {
            let (speaker, role, spans, anonymous, cue) = match attribution {
                Some(a) => {
                    let (speaker, role, anonymous) = match a.mention {
                        Mention::Named { name, role, .. } => {
                            (Some(canonical(&name, &full_names)), role, false)
                        }
                        Mention::Pronoun { person } => {
                            (resolve_pronoun(a.span.0, person), None, false)
                        }
                        Mention::Anonymous(text) => (Some(text), None, true),
                    };
                    let spans = vec![[doc.char_offset(a.span.0), doc.char_offset(a.span.1)]];
                    (speaker, role, spans, anonymous, Some(a.cue))
                }
                None => (None, None, Vec::new(), false, None),
            };
            Quote {
                quote: doc.text[span.0..span.1].to_string(),
                speaker,
                speaker_role: role,
                speaker_spans: spans,
                speaker_anonymous: anonymous,
                cue,
                start: doc.char_offset(span.0),
                end: doc.char_offset(span.1),
                direct,
            }
        })
        .collect()
}
