//! Transcripts: briefings, interviews and remarks written as turns of speech, each opened by
//! its speaker's label in capitals ("MS. PSAKI: …", "THE PRESIDENT: …", "Q …"). A turn is
//! what its speaker said, verbatim: a direct quote, though no quote mark encloses it. A turn
//! runs over the paragraphs that follow it until the next label.

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use super::entities::{never_name_word, title_case};
use super::gazetteer::{gazetteer, word_list, Gazetteer};
use super::quotes::is_office_qualifier;
use super::text::{forms_of_one_name, is_honorific, is_shouted_honorific, surname, Document};
use super::{EntityMention, EntityType, Quote};

/// Longest label taken, in bytes before the colon: "THE VICE PRESIDENT:", "SENIOR
/// ADMINISTRATION OFFICIAL:"; longer capitals before a colon are a headline.
const MAX_LABEL: usize = 48;

/// Fewer words make a turn back-channel ("Yeah.", "Go ahead.", "Thank you."), no quote.
const MIN_TURN_WORDS: usize = 4;

/// One turn of speech.
struct Turn {
    /// The label without its colon ("MS. PSAKI"), as byte range.
    label: (usize, usize),
    /// The paragraphs the speaker said (after the label on the first), as byte ranges.
    pieces: Vec<(usize, usize)>,
}

/// A term of office: who held it from its first day until the first day of the next term.
struct Term {
    office: &'static str,
    holder: &'static str,
    from: NaiveDate,
    until: NaiveDate,
}

/// The terms of `lexicon/office_terms.txt`.
fn office_terms() -> &'static [Term] {
    static TERMS: std::sync::OnceLock<Vec<Term>> = std::sync::OnceLock::new();
    TERMS.get_or_init(|| {
        let day = |text: &str| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .unwrap_or_else(|e| panic!("office_terms.txt: bad date {text:?}: {e}"))
        };
        super::gazetteer::lines(include_str!("lexicon/office_terms.txt"))
            .map(|line| {
                let fields: Vec<&str> = line.split('|').collect();
                let [office, holder, from, until] = fields[..] else {
                    panic!("office_terms.txt: not office|holder|from|until: {line:?}");
                };
                Term {
                    office,
                    holder,
                    from: day(from),
                    until: day(until),
                }
            })
            .collect()
    })
}

/// The office of `lexicon/office_terms.txt` whose title ends `text`, the longest ("… Vice
/// President" is the vice president's).
pub(super) fn office_ending(text: &str) -> Option<&'static str> {
    let text = text.trim_end();
    office_terms()
        .iter()
        .map(|t| t.office)
        .filter(|office| {
            text.strip_suffix(office)
                .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
        })
        .max_by_key(|office| office.len())
}

/// The one holder of `office` ("President") whose surname is `surname`, at any time of
/// `lexicon/office_terms.txt`: "Biden" is Joe Biden; "Bush" is none (two held it).
pub(super) fn sole_holder(office: &str, surname: &str) -> Option<&'static str> {
    let mut holders = office_terms()
        .iter()
        .filter(|t| t.office == office && super::text::surname(t.holder) == surname)
        .map(|t| t.holder);
    let first = holders.next()?;
    holders.all(|h| h == first).then_some(first)
}

/// Whether one of `name`'s surname held `office` at any time of `lexicon/office_terms.txt`.
fn held_office(office: &str, name: &str) -> bool {
    let last = surname(name);
    office_terms()
        .iter()
        .any(|t| t.office == office && surname(t.holder) == last)
}

/// Names the holder of an office that a transcript's label gives by title alone ("THE
/// PRESIDENT:") on the article's `date`: the text alone cannot tell whose turn it is, its
/// date can, over any "President X" the article names (one that another speaker names, "the
/// assassinations of President John F. Kennedy", was taken for the host). A turn given to
/// the holder's surname alone (a title's "President Biden") takes the holder's full name
/// too. `body` is the text the quotes' offsets count into.
pub fn name_office_holders(body: &str, quotes: &mut [Quote], date: NaiveDate) {
    let g = gazetteer();
    // The byte offset of each char of `body`, worked out once when a label is read.
    let mut char_bytes: Option<Vec<usize>> = None;
    for quote in quotes.iter_mut().filter(|q| q.cue.is_none()) {
        let (Some(speaker), Some(office)) = (&quote.speaker, &quote.speaker_role) else {
            continue;
        };
        let Some(term) = office_terms()
            .iter()
            .find(|t| t.office == office && t.from <= date && date < t.until)
        else {
            continue;
        };
        if speaker == term.holder {
            continue;
        }
        let mut label_is_office_alone = || {
            let char_bytes = char_bytes.get_or_insert_with(|| {
                let ends = std::iter::once(body.len());
                body.char_indices().map(|(i, _)| i).chain(ends).collect()
            });
            let label = quote
                .speaker_spans
                .first()
                .and_then(|&[start, end]| body.get(*char_bytes.get(start)?..*char_bytes.get(end)?));
            label.is_some_and(|label| role_and_name(g, label).1.is_empty())
        };
        // A past or later holder that the heading names stays: the title says whose remarks
        // they are, and a date can be a page's, not the event's.
        if speaker.strip_prefix("the ") == Some(office.as_str())
            || surname(term.holder) == speaker
            || (!held_office(office, speaker) && label_is_office_alone())
        {
            quote.speaker = Some(term.holder.to_string());
        }
    }
}

/// The label that opens `line` ("MS. PSAKI:"), as the byte length of the label without the
/// colon; None for a line that opens otherwise. "Q" alone opens a reporter's question.
fn label_len(line: &str) -> Option<usize> {
    if line.starts_with("Q ") || line == "Q" || line.starts_with("Q:") {
        return Some(1);
    }
    // Wikinews interviews: "((WN)) What led you …", "((Zara Kay)) I grew up …".
    if let Some(name) = line.strip_prefix("((") {
        let close = name.find("))").filter(|&close| close <= MAX_LABEL)?;
        let letters = name[..close].chars().filter(|c| c.is_alphabetic()).count();
        return (letters >= 2 && !name[..close].contains('(')).then_some(close + 4);
    }
    let (colon, _) = line
        .char_indices()
        .take_while(|&(i, _)| i <= MAX_LABEL)
        .find(|&(_, c)| c == ':')?;
    let label = &line[..colon];
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let allowed = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    // An outlet in capitals ("CNN:", "AP:") opens a headline in a news round-up, not a turn.
    let outlet = gazetteer().organisation_words.contains(label);
    (letters >= 2
        && allowed
        && label.starts_with(char::is_uppercase)
        && !outlet
        && !is_fact_sheet_head(label)
        && !not_speaker_labels().contains(label.trim_end_matches('.')))
    .then_some(colon)
}

/// Whether `label` is a fact sheet's head, which opens with a verb in -ing ("MAKING AMERICA
/// ENERGY DOMINANT:", "Building on past success:"), not with an office ("ACTING ADMINISTRATOR
/// SLAVITT:").
pub(super) fn is_fact_sheet_head(label: &str) -> bool {
    let mut words = label.split_whitespace().map(title_case);
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let titles = &gazetteer().titles;
    first.len() >= 6
        && first.ends_with("ing")
        && !titles.contains(first.as_str())
        && !titles.contains(second.as_str())
}

/// Whether a turn's label gives no quote: a reporter's "Q", a moderator's or an audience's
/// label (`lexicon/unquoted_labels.txt`), or an interviewer's label of one word ("((WN))",
/// "((Wikinews))"; the interviewee's is a name, "((Zara Kay))").
fn unquoted(label: &str) -> bool {
    match interview_name(label) {
        Some(name) => !name.contains(' '),
        None => unquoted_labels().contains(label.trim_end_matches('.')),
    }
}

/// The name inside an interview's label ("((Zara Kay))" -> "Zara Kay"); None for a label of
/// another kind.
fn interview_name(label: &str) -> Option<&str> {
    label.strip_prefix("((")?.strip_suffix("))")
}

/// Labels of turns that are no quotes ("Q", "AUDIENCE", "MODERATOR"):
/// `lexicon/unquoted_labels.txt`.
fn unquoted_labels() -> &'static rustc_hash::FxHashSet<&'static str> {
    static LABELS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    LABELS.get_or_init(|| word_list(include_str!("lexicon/unquoted_labels.txt")))
}

/// Whether a label is of a person the transcript does not name ("AIDE", "CHILD", "SENIOR
/// ADMINISTRATION OFFICIAL"): its last word is one of `lexicon/unnamed_labels.txt`.
fn unnamed(label: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| word_list(include_str!("lexicon/unnamed_labels.txt")));
    label
        .split_whitespace()
        .next_back()
        .is_some_and(|last| words.contains(last))
}

/// Labels that name no speaker ("UPDATE", "EDITOR'S NOTE"): `lexicon/not_speaker_labels.txt`.
pub(super) fn not_speaker_labels() -> &'static rustc_hash::FxHashSet<&'static str> {
    static LABELS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    LABELS.get_or_init(|| word_list(include_str!("lexicon/not_speaker_labels.txt")))
}

/// The turns of a transcript; none in a text with fewer than two labels (a single "NOTE:"
/// or "UPDATE:" makes no transcript), unless its one label names a person: remarks are one
/// speaker's turn ("THE PRESIDENT: Thank you. …", "MS. PSAKI: …").
fn turns(text: &str) -> Vec<Turn> {
    let mut turns: Vec<Turn> = Vec::new();
    let mut labels = 0;
    let mut current: Option<Turn> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_end();
        let lead = body.len() - body.trim_start().len();
        let body = body.trim_start();
        if body.is_empty() {
            continue;
        }
        if closes_transcript(body) {
            turns.extend(current.take());
            continue;
        }
        let from = start + lead;
        match label_len(body) {
            Some(len) => {
                labels += 1;
                turns.extend(current.take());
                let said = body[len..]
                    .trim_start()
                    .trim_start_matches(':')
                    .trim_start();
                let said_from = from + (body.len() - said.len());
                current = Some(Turn {
                    label: (from, from + len),
                    pieces: if said.is_empty() {
                        Vec::new()
                    } else {
                        vec![(said_from, from + body.len())]
                    },
                });
            }
            None => {
                if let Some(turn) = &mut current {
                    turn.pieces.push((from, from + body.len()));
                }
            }
        }
    }
    turns.extend(current);
    let names_a_person = |turn: &Turn| names_a_person(&text[turn.label.0..turn.label.1]);
    if labels == 0 || labels == 1 && !turns.first().is_some_and(names_a_person) {
        return Vec::new();
    }
    turns.retain(|t| !t.pieces.is_empty());
    turns
}

/// "END 12:20 P.M. EDT": the line that closes a White House transcript, said by no one.
fn closes_transcript(line: &str) -> bool {
    line == "END"
        || line
            .strip_prefix("END ")
            .is_some_and(|time| time.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a lone label names a person: by an honorific ("MR. KIRBY") or as "THE" and a
/// title ("THE PRESIDENT", "THE VICE PRESIDENT"), as no editor's label ("UPDATE"), dateline
/// ("WASHINGTON") or fact sheet's head in capitals ("PRESIDENT TRUMP DELIVERED") does.
fn names_a_person(label: &str) -> bool {
    let titles = &gazetteer().titles;
    let words: Vec<&str> = label.split_whitespace().collect();
    match words.as_slice() {
        ["THE", titled @ ..] => {
            !titled.is_empty()
                && titled
                    .iter()
                    .all(|w| titles.contains(title_case(w).as_str()))
        }
        [honorific, _] | [honorific, _, _] => is_shouted_honorific(honorific),
        _ => false,
    }
}

/// A label's role and name, title-cased: "SECRETARY BLINKEN" -> ("Secretary", "Blinken"),
/// "THE PRESIDENT" -> ("President", ""), "MS. PSAKI" -> (None, "Psaki"); an interview's
/// "((Brett McGurk))" is kept as written.
fn role_and_name(g: &Gazetteer, label: &str) -> (Option<String>, String) {
    let words: Vec<String> = interview_name(label)
        .unwrap_or(label)
        .split_whitespace()
        .map(|w| {
            if w.chars().any(char::is_lowercase) {
                w.to_string()
            } else {
                title_case(w)
            }
        })
        .filter(|w| w != "The" && !is_honorific(w))
        .collect();
    // "THE FIRST LADY": after "THE" a label is a role, whether or not each word is a title.
    let role_words = if label.starts_with("THE ") {
        words.len()
    } else {
        // "ACTING ADMINISTRATOR SLAVITT": a qualifier of an office is part of the role.
        words
            .iter()
            .take_while(|w| g.titles.contains(w.as_str()) || is_office_qualifier(w))
            .count()
    };
    let role = (role_words > 0).then(|| words[..role_words].join(" "));
    (role, words[role_words..].join(" "))
}

/// `name` without the words of a title the tagger took into it ("Surgeon General Murthy" ->
/// "Murthy").
fn without_title<'n>(g: &Gazetteer, name: &'n str) -> &'n str {
    let mut rest = name;
    while let Some((first, after)) = rest.split_once(' ') {
        if !g.titles.contains(first) {
            break;
        }
        rest = after;
    }
    rest
}

/// Words written before a wife's name: a woman's honorifics, "Lady" of "First Lady", "wife".
const WIVES_WORDS: &[&str] = &["Lady", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Madam", "wife"];

/// Where a transcript's article names its speakers, for labels that give a surname or a role
/// alone.
struct Cast<'a> {
    doc: &'a Document<'a>,
    turns: &'a [Turn],
    /// The article's persons, sorted by start.
    persons: Vec<&'a EntityMention>,
    /// The roles and surnames the labels give, the surnames in lower case ("PRESIDENT
    /// ZELENSKYY" -> ("President", "zelenskyy")), once each (a briefing has hundreds of turns).
    labelled: FxHashSet<(Option<String>, String)>,
}

impl Cast<'_> {
    /// The persons the article writes right after `role` ("President Joe Biden" for
    /// "President"), with the byte offset of the role, in text order. Not after another
    /// office's qualifier ("Vice President Harris", "former President Obama").
    fn titled<'p>(
        &'p self,
        role: &'p str,
    ) -> impl Iterator<Item = (usize, &'p EntityMention)> + 'p {
        let text = self.doc.text;
        text.match_indices(role).filter_map(move |(at, _)| {
            let before = &text[..at];
            let word_before = before.trim_end().rsplit([' ', '\n']).next();
            if before.ends_with(char::is_alphanumeric)
                || word_before.is_some_and(is_office_qualifier)
            {
                return None;
            }
            let start = self.doc.char_offset(at + role.len() + 1);
            let i = self.persons.partition_point(|p| p.start < start);
            self.persons
                .get(i)
                .filter(|p| p.start == start)
                .map(|&p| (at, p))
        })
    }

    /// The speaker a label names, with the role it gives: "MS. PSAKI" -> ("Jen Psaki", None)
    /// when the article names Jen Psaki; "THE PRESIDENT" -> ("Joe Biden", "President") when it
    /// writes "President Joe Biden"; "SECRETARY BLINKEN" -> ("Antony Blinken", "Secretary").
    fn speaker_of(&self, g: &Gazetteer, label: &str) -> (String, Option<String>) {
        let (role, name) = role_and_name(g, label);
        if !name.is_empty() {
            return (self.full_name(g, &name, role.as_deref()), role);
        }
        let role = role.unwrap_or_default();
        let holder = self.holder_of(label, &role);
        (holder.unwrap_or_else(|| format!("the {role}")), Some(role))
    }

    /// The person of the article a label's surname stands for, named most fully: the
    /// fullest of the article's names with that surname if the others are forms of it, of
    /// those that agree with the names the article writes after the label's role ("PRESIDENT
    /// BIDEN" is the "President Joe Biden" of the article, not its "Finnegan Biden"); else the
    /// surname as written.
    fn full_name(&self, g: &Gazetteer, name: &str, role: Option<&str>) -> String {
        let last = surname(name);
        let same_surname = |p: &EntityMention| surname(&p.name).eq_ignore_ascii_case(last);
        let titled: Vec<&str> = role
            .into_iter()
            .flat_map(|role| self.titled(role))
            .map(|(_, p)| p)
            .filter(|p| same_surname(p))
            .map(|p| {
                // A given name alone after the title ("Advisor Gina") is its full name's.
                let written = without_title(g, p.titled_name());
                if surname(written).eq_ignore_ascii_case(last) {
                    written
                } else {
                    p.name.as_str()
                }
            })
            .collect();
        let given_name = name
            .split_once(' ')
            .is_some_and(|(first, _)| g.is_given_name(first));
        let names: Vec<&str> = self
            .persons
            .iter()
            .filter(|p| same_surname(p))
            .map(|p| p.name.as_str())
            .filter(|n| titled.iter().all(|t| forms_of_one_name(n, t)))
            // A label's given name too ("MS. NATALIE BIDEN"; not "ACTING ADMINISTRATOR").
            .filter(|n| !given_name || forms_of_one_name(n, name))
            .collect();
        let Some(longest) = names.iter().copied().max_by_key(|n| n.len()) else {
            return name.to_string();
        };
        // Not one the article writes as a wife ("PRESIDENT BIDEN" is not "First Lady Jill
        // Biden").
        if names.iter().all(|n| forms_of_one_name(longest, n))
            && role.is_none_or(|role| !self.written_as_a_wife(longest, role))
        {
            return longest.to_string();
        }
        // The label's name, as the article spells it ("McCarthy" for "MCCARTHY"); its last
        // word after words of no name ("FIRST LADY OBAMA").
        let name = match name.rsplit_once(' ') {
            Some((_, last_word)) if !given_name => last_word,
            _ => name,
        };
        let spelt = longest
            .len()
            .checked_sub(name.len())
            .and_then(|from| longest.get(from..))
            .filter(|spelt| spelt.eq_ignore_ascii_case(name));
        spelt.unwrap_or(name).to_string()
    }

    /// Whether the article writes the full name `name` as a wife's or after a woman's
    /// honorific ("Mrs. Jill Biden", "the First Lady, Dr. Jill Biden", "my wife, Dr. Jill
    /// Biden"), and never with `role`'s office in the four words before it ("Secretary of
    /// Commerce Ms. Gina Raimondo"): a label with that role names another person of the
    /// surname ("PRESIDENT BIDEN"). (Other titles are no sign: labels keep former offices,
    /// "AMBASSADOR RICE" for "Domestic Policy Advisor Susan Rice".)
    fn written_as_a_wife(&self, name: &str, role: &str) -> bool {
        let office = role.rsplit(' ').next().unwrap_or(role);
        let mut wife = false;
        for p in self
            .persons
            .iter()
            .filter(|p| p.name == name && p.text.contains(' '))
        {
            let before = &self.doc.text[..self.doc.byte_offset(p.start)];
            // The words of this name's phrase: not past "and", which joins another name
            // ("President Biden and Dr. Jill Biden").
            let words = before.split_whitespace().rev().take(4);
            for word in words.take_while(|w| !matches!(*w, "and" | "&")) {
                let word = word.trim_end_matches(',');
                if word.eq_ignore_ascii_case(office) {
                    return false;
                }
                wife |= WIVES_WORDS.contains(&word);
            }
        }
        wife
    }

    /// The person a role alone stands for ("THE PRESIDENT" -> "Joe Biden"): the first the
    /// article introduces with that title in its heading, before the first turn (a White
    /// House heading names the host first: "Remarks by President Biden and President
    /// Zelenskyy"), or else in another speaker's turn ("Thank you, President Biden") unless a
    /// label names that person with the same role ("PRESIDENT ZELENSKYY"). Not one the role's
    /// own turns or a reporter's questions speak of ("President Putin said …"). One who held
    /// the office by `lexicon/office_terms.txt` comes before the others: a White House label
    /// "THE PRESIDENT" is never the "President Xi Jinping" or "President John F. Kennedy" that
    /// another speaker names first.
    fn holder_of(&self, label: &str, role: &str) -> Option<String> {
        let text = self.doc.text;
        let first_label = self.turns.first().map_or(text.len(), |t| t.label.0);
        let introduces = |at: usize, p: &EntityMention| {
            if at < first_label {
                return true;
            }
            let i = self.turns.partition_point(|t| t.label.0 <= at);
            let turn_label = &text[self.turns[i - 1].label.0..self.turns[i - 1].label.1];
            let labelled_so = (Some(role.to_string()), surname(&p.name).to_lowercase());
            turn_label != label && !unquoted(turn_label) && !self.labelled.contains(&labelled_so)
        };
        let introduced: Vec<&EntityMention> = self
            .titled(role)
            .filter(|&(at, p)| introduces(at, p))
            .map(|(_, p)| p)
            .collect();
        let holder = introduced
            .iter()
            .find(|p| held_office(role, &p.name))
            .or(introduced.first())?;
        Some(holder.titled_name().to_string())
    }
}

/// A text's turns of speech, read once: the quote finder keeps their labels out of its
/// speakers, and [`Transcript::attribute`] makes each turn a quote.
pub struct Transcript {
    turns: Vec<Turn>,
}

impl Transcript {
    pub fn read(text: &str) -> Transcript {
        Transcript { turns: turns(text) }
    }

    /// The turns' labels as byte ranges, in text order (none in a text that is no
    /// transcript).
    pub fn labels(&self) -> Vec<(usize, usize)> {
        self.turns.iter().map(|t| t.label).collect()
    }

    /// Attributes the turns of a transcript: each turn of a named speaker is a direct quote,
    /// and a quote inside a turn that names no speaker, or only a pronoun or the reporter ("as
    /// I said", "Q You said"), is dropped: the turn holds it. Reporters' questions ("Q"), a
    /// moderator's and an audience's turns are no quotes.
    pub fn attribute(&self, doc: &Document, entities: &[EntityMention], quotes: &mut Vec<Quote>) {
        let text = doc.text;
        let turns = &self.turns;
        if turns.is_empty() {
            return;
        }
        let g = gazetteer();
        let cast = Cast {
            doc,
            turns,
            persons: entities
                .iter()
                .filter(|e| e.kind == EntityType::Person)
                .collect(),
            labelled: turns
                .iter()
                .filter_map(|t| {
                    let (role, name) = role_and_name(g, &text[t.label.0..t.label.1]);
                    (!name.is_empty()).then(|| (role, surname(&name).to_lowercase()))
                })
                .collect(),
        };
        let chars = |byte: usize| doc.char_offset(byte);
        // Each turn as chars, its label and its words, sorted and disjoint (turns follow each
        // other line by line).
        let turn_chars: Vec<((usize, usize), (usize, usize))> = turns
            .iter()
            .map(|turn| {
                let last = turn.pieces.last().expect("a piece");
                (
                    (chars(turn.label.0), chars(turn.label.1)),
                    (chars(turn.pieces[0].0), chars(last.1)),
                )
            })
            .collect();
        // One pass over the quotes, not one per turn (briefings have hundreds of turns): the
        // only turn that can hold a quote is the last one starting at or before it.
        quotes.retain(|q| {
            let before = turn_chars.partition_point(|&(_, (start, _))| start <= q.start);
            let Some(&((label_start, label_end), (_, end))) =
                before.checked_sub(1).map(|i| &turn_chars[i])
            else {
                return true;
            };
            // "I", "Q And", "You’re": the turn's own speaker or the reporter, not a source.
            let no_source = || {
                q.speaker
                    .as_deref()
                    .is_none_or(|s| s.split(' ').next().is_some_and(never_name_word))
            };
            // The turn's label as a speaker ("NG: This study …" as a headline): the turn says
            // the same, whole.
            let by_label = || {
                q.speaker_spans
                    .first()
                    .is_some_and(|&[a, b]| label_start <= a && b <= label_end)
            };
            !(q.end <= end && (no_source() || by_label()))
        });
        // A label names the same speaker on every turn it opens: worked out once per label.
        // An unnamed one ("AIDE") is anonymous, as written, with no role and no person of the
        // article ("CHILD" is not Julia Child).
        let mut speakers: FxHashMap<&str, (String, Option<String>, bool)> = FxHashMap::default();
        for (turn, &(_, (start, end))) in turns.iter().zip(&turn_chars) {
            let label = &text[turn.label.0..turn.label.1];
            if unquoted(label) {
                continue;
            }
            // "Yeah.", "Go ahead.", "(Laughs.)": a turn of a few words is back-channel, not
            // something said that a search for quotes should find.
            let words: usize = turn
                .pieces
                .iter()
                .map(|&(a, b)| text[a..b].split_whitespace().count())
                .sum();
            if words < MIN_TURN_WORDS {
                continue;
            }
            let (speaker, role, anonymous) = speakers
                .entry(label)
                .or_insert_with(|| {
                    if unnamed(label) {
                        let written: Vec<String> =
                            label.split_whitespace().map(title_case).collect();
                        (written.join(" "), None, true)
                    } else {
                        let (speaker, role) = cast.speaker_of(g, label);
                        (speaker, role, false)
                    }
                })
                .clone();
            let spans: Vec<[usize; 2]> = turn
                .pieces
                .iter()
                .map(|&(a, b)| [chars(a), chars(b)])
                .collect();
            quotes.push(Quote {
                quote: turn
                    .pieces
                    .iter()
                    .map(|&(a, b)| &text[a..b])
                    .collect::<Vec<_>>()
                    .join(" "),
                speaker: Some(speaker),
                speaker_role: role,
                speaker_spans: vec![[chars(turn.label.0), chars(turn.label.1)]],
                speaker_anonymous: anonymous,
                cue: None,
                start,
                end,
                spans,
                direct: true,
            });
        }
        quotes.sort_by_key(|q| q.start);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use chrono::NaiveDate;

    const BRIEFING: &str = "Press Briefing by Press Secretary Jen Psaki and Secretary of \
State Antony Blinken\n\
MS. PSAKI: Hi everyone. As I said yesterday, President Joe Biden will travel to Ohio.\n\
He will speak about jobs.\n\
Q Jen, on Syria: will he meet the Russians?\n\
MS. PSAKI: I don't have anything to preview on Syria.\n\
SECRETARY BLINKEN: We are working with our partners.\n\
AUDIENCE MEMBER: We love you, Tony!\n\
THE PRESIDENT: Thank you all for coming.\n\
MS. PSAKI: Go ahead.\n";

    #[test]
    fn an_interviews_answers_are_quotes_of_the_interviewee() {
        // Wikinews labels both sides in double parentheses; the interviewer by one word.
        let text = "Wikinews spoke to chess player Zara Kay about her work.\n\
((WN)) What led you to start the foundation?\n\
((Zara Kay)) I grew up in Tanzania, and I saw what happened to women who left.\n\
It took years before I could speak about it.\n\
((Wikinews)) : How do you fund it?\n\
((Zara Kay)) Mostly through small donations from people who care.\n";
        let extraction = extract(text);
        extraction.check_spans(text).unwrap();
        let said: Vec<(&str, &str)> = extraction
            .quotes
            .iter()
            .map(|q| (q.speaker.as_deref().unwrap_or(""), q.quote.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                (
                    "Zara Kay",
                    "I grew up in Tanzania, and I saw what happened to women who left. It took \
                     years before I could speak about it."
                ),
                (
                    "Zara Kay",
                    "Mostly through small donations from people who care."
                ),
            ]
        );
    }

    #[test]
    fn turns_are_direct_quotes_of_their_labelled_speakers() {
        let extraction = extract(BRIEFING);
        extraction.check_spans(BRIEFING).unwrap();
        let said: Vec<(&str, Option<&str>, &str)> = extraction
            .quotes
            .iter()
            .filter(|q| q.cue.is_none())
            .map(|q| {
                (
                    q.speaker.as_deref().unwrap_or(""),
                    q.speaker_role.as_deref(),
                    q.quote.as_str(),
                )
            })
            .collect();
        assert_eq!(
            said,
            [
                (
                    "Jen Psaki",
                    None,
                    "Hi everyone. As I said yesterday, President Joe Biden will travel to Ohio. \
                     He will speak about jobs."
                ),
                (
                    "Jen Psaki",
                    None,
                    "I don't have anything to preview on Syria."
                ),
                (
                    "Antony Blinken",
                    Some("Secretary"),
                    "We are working with our partners."
                ),
                ("Joe Biden", Some("President"), "Thank you all for coming."),
            ],
            "{:#?}",
            extraction.quotes
        );
        // "As I said yesterday" is the turn's, not a quote of "I".
        assert!(
            !extraction
                .quotes
                .iter()
                .any(|q| q.speaker.as_deref() == Some("I")),
            "{:#?}",
            extraction.quotes
        );
    }

    #[test]
    fn one_label_or_a_colon_in_prose_makes_no_transcript() {
        for text in [
            "UPDATE: The minister resigned.\nShe said nothing more.",
            "UPDATE: The minister resigned.\nCORRECTION: An earlier version misspelt her name.\n\
             EDITOR’S NOTE: This story has been updated.",
            "The plan: cut taxes.\nTHE END: of an era.",
            "Mr. Smith said: “We will go.”\nHe left.",
            // A fact sheet's claims and answers.
            "Here are the hoaxes so far:\nHOAX: The Fake News claimed the name was removed. \
             FACT: No names were removed.\nHOAX: A senator claimed the crashes were rising.\n\
             MYTH: The program costs billions.\nFACT: It costs millions.",
            // A news round-up: outlets in capitals open headlines, not turns.
            "CNN: Biden announces plan for offshore wind turbines\nThe plan was welcomed.\n\
             AP: Biden plans floating platforms\nThe platforms will be built.",
            // A fact sheet's heads open with verbs.
            "MAKING AMERICA ENERGY DOMINANT: The President believes energy is vital to the \
             nation.\nBUILDING ON PAST SUCCESS: The President has cut spending before, in \
             his first term.",
        ] {
            let quotes = extract(text).quotes;
            assert!(
                quotes.iter().all(|q| q.cue.is_some()),
                "{text}: {quotes:#?}"
            );
        }
    }

    #[test]
    fn a_turn_is_one_quote_not_also_the_label_s_quote() {
        let text = "Penguins pine for pairings\n\
                    Natasha Gownaris answered questions about her study.\n\
                    NG: This study started in 1982, long before my joining the lab in 2016.\n\
                    NG: Members of the lab spend approximately six months each year there.\n\
                    Q: Why are females more likely to die?\n\
                    NG: We are not yet certain why females are more likely to die.";
        let quotes = extract(text).quotes;
        let turns: Vec<&str> = quotes
            .iter()
            .filter(|q| q.quote.starts_with("This study") || q.quote.starts_with("Members"))
            .map(|q| q.quote.as_str())
            .collect();
        assert_eq!(turns.len(), 2, "{quotes:#?}");
    }

    #[test]
    fn remarks_under_one_label_are_one_turn_of_their_speaker() {
        let text = "Remarks by President Joe Biden on the Economy\n\nEast Room\n11:58 A.M. EDT\n\
                    THE PRESIDENT: Thank you. I say to all of you: we will build.\n\
                    I think the economy is growing.\n\
                    END 12:20 P.M. EDT";
        let extraction = extract(text);
        extraction.check_spans(text).unwrap();
        let quotes = &extraction.quotes;
        assert_eq!(quotes.len(), 1, "{quotes:#?}");
        assert_eq!(quotes[0].speaker.as_deref(), Some("Joe Biden"));
        assert!(quotes[0].quote.starts_with("Thank you."), "{quotes:#?}");
        assert!(quotes[0].quote.ends_with("growing."), "{quotes:#?}");
        // A lone editor's label or a dateline in capitals still makes no transcript.
        for text in [
            "UPDATE: The minister resigned.\nShe said nothing more.",
            "WASHINGTON: The minister resigned, officials said.",
            "Fact Sheet\nPRESIDENT SMITH DELIVERED: The plan cut taxes, officials said.",
        ] {
            assert!(
                extract(text).quotes.iter().all(|q| q.cue.is_some()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_pronoun_in_a_turn_is_not_its_labelled_speaker() {
        let text = "Press Briefing by Press Secretary Jen Psaki\n\n\
                    James S. Brady Press Briefing Room\n2:07 P.M. EST\n\
                    MS. PSAKI: Hi. Good afternoon, everyone.\n\
                    Q Good afternoon.\n\
                    MS. PSAKI: Welcome back. As you just heard from the president, he spoke \
                    with the prime minister to congratulate him.\n\
                    He also assured him that he would work with the new government.\n\
                    Q Thank you.";
        let quotes = extract(text).quotes;
        // "he" is the president, whom no label names: the turn holds what he assured.
        assert!(quotes.iter().all(|q| q.cue.is_none()), "{quotes:#?}");
        assert_eq!(quotes.len(), 2, "{quotes:#?}");
    }

    #[test]
    fn a_label_after_the_is_a_role_held_by_the_person_the_article_names() {
        let text = "Remarks by President Biden and First Lady Jill Biden at a Holiday Event\n\
                    THE PRESIDENT: Thank you all for coming to the White House tonight.\n\
                    THE FIRST LADY: And I want to thank the volunteers who decorated it.\n\
                    THE PRESIDENT: They did a wonderful job this year.";
        let quotes = extract(text).quotes;
        let first_lady: Vec<(Option<&str>, Option<&str>)> = quotes
            .iter()
            .filter(|q| q.quote.starts_with("And I want"))
            .map(|q| (q.speaker.as_deref(), q.speaker_role.as_deref()))
            .collect();
        assert_eq!(
            first_lady,
            [(Some("Jill Biden"), Some("First Lady"))],
            "{quotes:#?}"
        );
    }

    /// The speakers of the turns whose label is `label`, in text order.
    fn speakers_of(text: &str, label: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        extract(text)
            .quotes
            .into_iter()
            .filter(|q| {
                q.cue.is_none()
                    && q.speaker_spans
                        .first()
                        .is_some_and(|&[a, b]| chars[a..b].iter().collect::<String>() == label)
            })
            .filter_map(|q| q.speaker)
            .collect()
    }

    #[test]
    fn a_qualifier_of_an_office_in_a_label_is_part_of_the_role() {
        let text = "ACTING ADMINISTRATOR SLAVITT: Thank you all for joining us today for the \
                    briefing.\n\
                    DR. WALENSKY: Good morning, it is great to be here with all of you.\n";
        let found: Vec<(Option<String>, Option<String>)> = crate::extract::extract(text)
            .quotes
            .into_iter()
            .map(|q| (q.speaker, q.speaker_role))
            .collect();
        assert_eq!(
            found[0],
            (Some("Slavitt".into()), Some("Acting Administrator".into()))
        );
    }

    #[test]
    fn a_role_alone_that_the_article_leaves_unnamed_is_its_holder_on_the_article_s_date() {
        let body = "THE PRESIDENT: Thank you all. We will get this done for the country.\n\
                    Q Mr. President, when will the bill pass?\n\
                    THE PRESIDENT: I think it will pass this month, and we will sign it.\n\
                    THE VICE PRESIDENT: And we will keep working with the Congress on it.\n";
        let titled = |title: &str, date: Option<&str>| -> Vec<String> {
            let date = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
            crate::extract::extract_article(title, body, date)
                .quotes
                .into_iter()
                .filter(|q| q.cue.is_none())
                .filter_map(|q| q.speaker)
                .collect()
        };
        let speakers = |date: Option<&str>| titled("Remarks on the economy", date);
        assert_eq!(
            speakers(None),
            ["the President", "the President", "the Vice President"]
        );
        assert_eq!(
            speakers(Some("2022-03-01")),
            ["Joe Biden", "Joe Biden", "Kamala Harris"]
        );
        // The day a term starts is the new holder's.
        assert_eq!(
            speakers(Some("2025-01-20")),
            ["Donald Trump", "Donald Trump", "JD Vance"]
        );
        // A title that names the holder by surname gives the turns his full name on the day
        // he holds the office, and the surname on any other.
        let biden = |date| titled("Remarks by President Biden on the Economy", Some(date));
        assert_eq!(biden("2022-03-01")[..2], ["Joe Biden", "Joe Biden"]);
        assert_eq!(biden("2012-03-01")[..2], ["Biden", "Biden"]);
    }

    #[test]
    fn a_role_alone_is_whom_the_heading_or_another_speaker_gives_that_title() {
        // Whom the president speaks of, or a reporter asks about, is not the president; nor is
        // the vice president. With nothing else, the role stays unnamed.
        let turns = "THE PRESIDENT: Thank you. I spoke with President Putin today, and Vice \
                     President Harris joined us.\n\
                     Q Mr. President, did President Xi call you about it?\n\
                     THE PRESIDENT: He did not, and I will not say more than that.\n";
        assert_eq!(speakers_of(turns, "THE PRESIDENT"), ["the President"; 2]);
        // Another speaker introduces the president.
        let introduced = format!(
            "MR. SCHUMER: Please welcome to the stage President Joe Biden, everyone.\n{turns}"
        );
        assert_eq!(speakers_of(&introduced, "THE PRESIDENT"), ["Joe Biden"; 2]);
        // A heading names the host first, even one a label names too.
        let heading = format!(
            "Remarks by President Biden and President Zelenskyy of Ukraine\n\n\
             PRESIDENT ZELENSKYY: Thank you so much for the invitation, Mr. President.\n{turns}"
        );
        assert_eq!(speakers_of(&heading, "THE PRESIDENT"), ["Biden"; 2]);
        // A guest the labels name with the title is not the host.
        let guest = format!(
            "PRESIDENT ZELENSKYY: Thank you so much for the invitation, Mr. President.\n\
             MR. KIRBY: President Zelenskyy will meet the senators after this.\n{turns}"
        );
        assert_eq!(speakers_of(&guest, "THE PRESIDENT"), ["the President"; 2]);
        // One who held the office comes before a president another speaker names first.
        let past = format!(
            "MR. SCHARF: The first order concerns the files on President John F. Kennedy, \
             and President Trump signed it today.\n{turns}"
        );
        assert_eq!(speakers_of(&past, "THE PRESIDENT"), ["Trump"; 2]);
    }

    #[test]
    fn the_article_s_date_names_the_president_over_one_another_speaker_names() {
        let body = "MR. SCHARF: The first order concerns the files on President John F. \
                    Kennedy, which the public will now see.\n\
                    THE PRESIDENT: Thank you. This is a big one, and many people waited.\n\
                    PRESIDENT OBAMA: I am glad to be back in this room with all of you.\n";
        let speakers = |date: Option<&str>| -> Vec<String> {
            let date = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
            crate::extract::extract_article("Remarks at a signing", body, date)
                .quotes
                .into_iter()
                .filter_map(|q| q.speaker)
                .collect()
        };
        // Undated, the text alone has only the president another speaker named.
        assert_eq!(speakers(None)[1], "John F. Kennedy");
        // A label that names its speaker keeps him, whoever held the office that day.
        assert_eq!(speakers(Some("2025-01-23"))[1..], ["Donald Trump", "Obama"]);
    }

    #[test]
    fn a_label_s_surname_is_the_person_the_article_gives_its_title() {
        // "PRESIDENT BIDEN" is not the longest Biden of the article, his granddaughter.
        let text = "Remarks by President Biden at a Holiday Event with First Lady Jill Biden and \
                    Finnegan Biden\n\n\
                    PRESIDENT BIDEN: Thank you all for coming to the White House tonight.\n\
                    DR. BIDEN: And I want to thank the volunteers who decorated it.\n";
        assert_eq!(speakers_of(text, "PRESIDENT BIDEN"), ["Biden"]);
        // Without the title, a surname the article's names share stays as written.
        let untitled = text.replacen("President Biden", "the President", 1);
        assert_eq!(speakers_of(&untitled, "DR. BIDEN"), ["Biden"]);
        assert_eq!(speakers_of(text, "DR. BIDEN"), ["Biden"]);
        // A label's given name picks its bearer; the forms of one name are one person, in
        // whatever case the label writes it.
        let text = "Remarks by Surgeon General Vivek H. Murthy, Dr. Jenny McQuiston, Natalie \
                    Biden and Ashley Biden\n\n\
                    SURGEON GENERAL MURTHY: Thank you, Vivek Murthy is my name, as you know.\n\
                    DR. MCQUISTON: And I want to thank the volunteers who came.\n\
                    MS. NATALIE BIDEN: And I want to thank my family for coming.\n";
        assert_eq!(
            speakers_of(text, "SURGEON GENERAL MURTHY"),
            ["Vivek H. Murthy"]
        );
        assert_eq!(speakers_of(text, "DR. MCQUISTON"), ["Jenny McQuiston"]);
        assert_eq!(speakers_of(text, "MS. NATALIE BIDEN"), ["Natalie Biden"]);
        // The only Biden named in full is the President's wife: his label is not her, and the
        // Governor is not his wife. A label's surname is spelt as the article spells it.
        let text = "Remarks by President Biden at a State Dinner\n\n\
                    PRESIDENT BIDEN: Thank you all for coming to the White House tonight.\n\
                    PRIME MINISTER MODI: I thank you and the First Lady, Dr. Jill Biden, for \
                    this dinner, and Governor DeSantis and Mrs. Casey DeSantis for coming.\n\
                    GOVERNOR DESANTIS: And I want to thank the President for the invitation.\n";
        assert_eq!(speakers_of(text, "PRESIDENT BIDEN"), ["Biden"]);
        assert_eq!(speakers_of(text, "GOVERNOR DESANTIS"), ["DeSantis"]);
        // A woman the label's office names is its speaker.
        let text = "Remarks by Secretary of Commerce Ms. Gina Raimondo\n\n\
                    SECRETARY RAIMONDO: Thank you all for coming to the Department tonight.\n\
                    Q Thank you, Madam Secretary. A question on chips, if I may.\n";
        assert_eq!(speakers_of(text, "SECRETARY RAIMONDO"), ["Gina Raimondo"]);
    }

    #[test]
    fn a_chess_title_before_the_interviewee_s_name_is_no_part_of_it() {
        let text = "Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to \
                    play for the federation.\n\
                    IM Dorsa Derakhshani, who currently studies at Saint Louis University in the \
                    United States, discussed her chess career with a Wikinews correspondent.\n\
                    ((WN)) What interested you in chess and who taught you this game?\n\
                    ((Dorsa Derakhshani)) I got interested in chess when I was a kid.\n\
                    ((WN)) What do your parents do?\n\
                    ((Dorsa Derakhshani)) My dad is a doctor, he is in medicine.\n";
        let extraction = extract(text);
        let speakers: Vec<Option<&str>> = extraction
            .quotes
            .iter()
            .map(|q| q.speaker.as_deref())
            .collect();
        assert_eq!(
            speakers,
            [
                Some("Dorsa Derakhshani"),
                Some("Dorsa Derakhshani"),
                Some("Dorsa Derakhshani")
            ],
            "{:#?}",
            extraction.quotes
        );
    }

    #[test]
    fn an_unnamed_label_is_an_anonymous_speaker_as_written() {
        let text = "Remarks by President Biden and Julia Child\n\
                    THE PRESIDENT: Thank you all for coming here today.\n\
                    AIDE: Mr. President, the press is waiting outside.\n\
                    CHILD: Can I ask you a question about the dog?\n\
                    SENIOR ADMINISTRATION OFFICIAL: We will brief on the call shortly.\n";
        let extraction = extract(text);
        let found: Vec<(Option<&str>, Option<&str>, bool)> = extraction
            .quotes
            .iter()
            .filter(|q| q.cue.is_none())
            .map(|q| {
                (
                    q.speaker.as_deref(),
                    q.speaker_role.as_deref(),
                    q.speaker_anonymous,
                )
            })
            .collect();
        assert_eq!(
            found[1..],
            [
                (Some("Aide"), None, true),
                (Some("Child"), None, true),
                (Some("Senior Administration Official"), None, true),
            ],
            "{found:?}"
        );
        assert!(!found[0].2, "{found:?}");
    }

    #[test]
    fn a_quote_found_by_its_cue_holds_no_turn_label() {
        let text = "Press Briefing by Press Secretary Jen Psaki\n\
                    Q Would President Biden consider bringing that fence down so people can take \
                    photos in front of the White House again?\n\
                    MS. PSAKI: Well, I think we’d all like that, including members of the press.\n\
                    Q Just to be clear, you’re saying by the fall, the majority of Americans —\n\
                    DR. FAUCI: No.\n\
                    Q — you think will be vaccinated?\n\
                    DR. FAUCI: No, I didn’t say that. I said if we get the majority vaccinated.";
        let quotes = extract(text).quotes;
        assert!(
            quotes
                .iter()
                .all(|q| !q.quote.contains("PSAKI") && !q.quote.contains("FAUCI")),
            "{quotes:#?}"
        );
    }
}
