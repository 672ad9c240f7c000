//! Quotes and their speakers: direct quotes in quote marks, reported speech ("X said that …"),
//! the speaker mention next to its cue verb, and pronouns and short names resolved to the
//! speakers the article names.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::OnceCell;
use std::sync::OnceLock;

use super::gazetteer::{gazetteer, lines, word_list};
use super::text::{
    capitalise, is_apostrophe, is_capitalised, is_dash, is_honorific, is_name_suffix,
    is_party_label, particle_joined, surname, Document, NAME_PARTICLES,
};
use super::{EntityMention, EntityType, Quote};

/// The quote finder's own word lists; titles and organisation words are the gazetteer's.
struct Lexicon {
    cues: HashSet<&'static str>,
    quote_cues: HashSet<&'static str>,
    noun_cues: HashSet<&'static str>,
    singular_noun_cues: HashSet<&'static str>,
    times_after_cue: HashSet<&'static str>,
    /// Cues only for a quote in marks before them: "“…,” CBS News reported.", and such
    /// verb-particle pairs: ("went", "on").
    after_quote_cues: HashSet<&'static str>,
    after_quote_phrases: HashSet<(&'static str, &'static str)>,
    anonymous: HashSet<&'static str>,
    /// Cues whose imperative is their past ("read"): before an object after a comma, an
    /// instruction, not an inverted cue.
    imperative_cues: HashSet<&'static str>,
    /// Nouns of sources that are no person or organisation ("research", "studies").
    evidence_sources: HashSet<&'static str>,
    bare_content_cues: HashSet<&'static str>,
    /// Words after a cue that ends its clause: "said on Monday", "wrote in a statement".
    after_clause_cue: HashSet<&'static str>,
    not_speakers: HashSet<&'static str>,
    /// Words that end no noun phrase ("her", "about"): no described source ends in one.
    not_heads: HashSet<&'static str>,
    /// Verbs whose object names an act of speech with a cue word: "made a call".
    light_verbs: HashSet<&'static str>,
    between: HashSet<&'static str>,
    stance: HashSet<&'static str>,
    resource_nouns: HashSet<&'static str>,
    /// "verb particle" pairs: ("declined", "to").
    cue_phrases: HashSet<(&'static str, &'static str)>,
    /// Every word that may open a cue of reported speech (cues, stance verbs, first words of
    /// cue phrases, "put"): one lookup rules out the other words of a sentence.
    cue_starts: HashSet<&'static str>,
    /// For each first byte, bit `len` (at most 63) set when a word of `cue_starts` opens with
    /// that byte and has that length.
    cue_start_shapes: [u64; 256],
    /// The titles of `lexicon/titles.txt` that are offices, written in lower case as after
    /// "the" ("secretary", "spokesman"; not the honorifics "Mr.", "Dr.").
    offices: HashSet<String>,
    /// Verbs whose object (a statement, a letter, an ad) speaks for their subject.
    issuing_verbs: HashSet<&'static str>,
    /// Words before an office that make it another one: "the president" is not the vice
    /// president, nor the former one.
    office_qualifiers: HashSet<&'static str>,
    /// Words that open the question of "asked": after them comes what was asked, not who asked.
    question_openers: HashSet<&'static str>,
    /// Words that open a question whose verbs report no one ("Does the President believe …?").
    question_verbs: HashSet<&'static str>,
    /// Plural nouns of groups of people, whom "he" or "she" never stands for.
    group_nouns: HashSet<&'static str>,
    /// Head nouns of a listener after "told" and a determiner ("the court", "a news conference").
    listener_nouns: HashSet<&'static str>,
    /// Prepositions that open a phrase modifying the cue after its comma ("despite").
    adjunct_openers: HashSet<&'static str>,
    /// Prepositions of a phrase that tells when or where words were said ("said after a
    /// speech", "told reporters outside a restaurant").
    occasion_openers: HashSet<&'static str>,
    /// What words are said in: "said in a statement the firm is …".
    document_nouns: HashSet<&'static str>,
    /// What a source asks for when it asks not to be named ("not to be identified").
    anonymity_requests: HashSet<&'static str>,
    /// "let", "help": a group after one is its object ("let folks know …").
    causative_verbs: HashSet<&'static str>,
    /// "supporting": after "by", a means, not a stance voiced.
    acting_stances: HashSet<&'static str>,
    /// "added": before an amount, a count ("the economy added 947,000 jobs").
    counting_cues: HashSet<&'static str>,
    /// Words that open a point of a list ("Third"), never a speaker alone.
    list_ordinals: HashSet<&'static str>,
    /// A cue word and a particle that make another verb ("showed up", "found out").
    phrasal_verbs: HashSet<(&'static str, &'static str)>,
    /// The first two words of a line that gives a person's role, not their words ("Nominee
    /// for").
    role_listings: HashSet<(&'static str, &'static str)>,
    /// Cues that put their speaker after them: "…, said Charlie Black".
    inverting_cues: HashSet<&'static str>,
    /// Lower-case words that name a share of a group as a source: "most say", "22 percent said".
    quantities: Vec<&'static str>,
    /// Units of a time span that opens a sentence: "Two years later, …".
    time_units: HashSet<&'static str>,
    /// Numbers up to ten, as a share of a group counts them: "three in 10", "one in five".
    number_words: Vec<&'static str>,
    /// Numbers from eleven to ninety in words: "Forty-two percent".
    tens: HashSet<&'static str>,
    /// Words before a share that qualify it: "about four in 10", "more than 4 in 10".
    share_qualifiers: Vec<&'static str>,
    /// Second-person words (and "us", "me") that may stand as a speaker but name no one.
    unnamed_persons: HashSet<&'static str>,
    /// Given names of women and of men (lower case), to resolve "she" and "he".
    female_names: HashSet<&'static str>,
    male_names: HashSet<&'static str>,
}

impl Lexicon {
    /// Whether `word` may open a cue of reported speech. Most words of a sentence do not: a
    /// word is hashed and looked up only when a cue start has its first byte and length.
    fn may_open_cue(&self, word: &str) -> bool {
        let shape_wanted = match word.as_bytes().first() {
            Some(&first) => {
                self.cue_start_shapes[usize::from(first)] >> word.len().min(63) & 1 == 1
            }
            None => true,
        };
        shape_wanted && self.cue_starts.contains(word)
    }
}

/// Whether `word` before an office makes it another one ("Vice", "former"): "Vice President
/// Harris" is not the president.
pub(super) fn is_office_qualifier(word: &str) -> bool {
    lexicon().office_qualifiers.contains(word)
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let cues = word_list(include_str!("lexicon/cue_verbs.txt"));
        let stance = word_list(include_str!("lexicon/stance_verbs.txt"));
        let cue_phrases: HashSet<(&str, &str)> = word_list(include_str!("lexicon/cue_phrases.txt"))
            .into_iter()
            .filter_map(|line| line.split_once(' '))
            .collect();
        let after_quote = word_list(include_str!("lexicon/after_quote_cues.txt"));
        let cue_starts: HashSet<&str> = cues
            .iter()
            .chain(&stance)
            .copied()
            .chain(cue_phrases.iter().map(|&(verb, _)| verb))
            .chain(["put", "puts"])
            .collect();
        let mut cue_start_shapes = [0u64; 256];
        for word in &cue_starts {
            if let Some(&first) = word.as_bytes().first() {
                cue_start_shapes[usize::from(first)] |= 1 << word.len().min(63);
            }
        }
        Lexicon {
            cues,
            quote_cues: word_list(include_str!("lexicon/quote_cues.txt")),
            noun_cues: word_list(include_str!("lexicon/noun_cues.txt")),
            singular_noun_cues: word_list(include_str!("lexicon/singular_noun_cues.txt")),
            times_after_cue: word_list(include_str!("lexicon/times_after_cue.txt")),
            after_quote_cues: after_quote
                .iter()
                .filter(|line| !line.contains(' '))
                .copied()
                .collect(),
            after_quote_phrases: after_quote
                .iter()
                .filter_map(|line| line.split_once(' '))
                .collect(),
            anonymous: word_list(include_str!("lexicon/anonymous.txt")),
            imperative_cues: word_list(include_str!("lexicon/imperative_cues.txt")),
            evidence_sources: word_list(include_str!("lexicon/evidence_sources.txt")),
            bare_content_cues: word_list(include_str!("lexicon/bare_content_cues.txt")),
            after_clause_cue: word_list(include_str!("lexicon/after_clause_cues.txt")),
            resource_nouns: word_list(include_str!("lexicon/resource_nouns.txt")),
            not_speakers: word_list(include_str!("lexicon/not_speakers.txt")),
            not_heads: word_list(include_str!("lexicon/not_heads.txt")),
            light_verbs: word_list(include_str!("lexicon/light_verbs.txt")),
            between: word_list(include_str!("lexicon/between_words.txt")),
            stance,
            cue_phrases,
            cue_starts,
            cue_start_shapes,
            offices: gazetteer()
                .titles
                .iter()
                .filter(|title| !is_honorific(title))
                .map(|title| {
                    let mut chars = title.chars();
                    chars
                        .next()
                        .map(|first| first.to_lowercase().chain(chars).collect())
                        .unwrap_or_default()
                })
                .collect(),
            issuing_verbs: word_list(include_str!("lexicon/issuing_verbs.txt")),
            office_qualifiers: word_list(include_str!("lexicon/office_qualifiers.txt")),
            question_openers: word_list(include_str!("lexicon/question_openers.txt")),
            question_verbs: word_list(include_str!("lexicon/question_verbs.txt")),
            group_nouns: word_list(include_str!("lexicon/group_nouns.txt")),
            listener_nouns: word_list(include_str!("lexicon/listener_nouns.txt")),
            inverting_cues: word_list(include_str!("lexicon/inverting_cues.txt")),
            adjunct_openers: word_list(include_str!("lexicon/adjunct_openers.txt")),
            occasion_openers: word_list(include_str!("lexicon/occasion_openers.txt")),
            anonymity_requests: word_list(include_str!("lexicon/anonymity_requests.txt")),
            document_nouns: word_list(include_str!("lexicon/document_nouns.txt")),
            causative_verbs: word_list(include_str!("lexicon/causative_verbs.txt")),
            acting_stances: word_list(include_str!("lexicon/acting_stances.txt")),
            counting_cues: word_list(include_str!("lexicon/counting_cues.txt")),
            list_ordinals: word_list(include_str!("lexicon/list_ordinals.txt")),
            phrasal_verbs: word_list(include_str!("lexicon/phrasal_verbs.txt"))
                .into_iter()
                .filter_map(|line| line.split_once(' '))
                .collect(),
            role_listings: word_list(include_str!("lexicon/role_listings.txt"))
                .into_iter()
                .filter_map(|line| line.split_once(' '))
                .collect(),
            quantities: lines(include_str!("lexicon/quantities.txt")).collect(),
            time_units: word_list(include_str!("lexicon/time_units.txt")),
            number_words: lines(include_str!("lexicon/number_words.txt")).collect(),
            tens: word_list(include_str!("lexicon/tens.txt")),
            share_qualifiers: lines(include_str!("lexicon/share_qualifiers.txt")).collect(),
            unnamed_persons: word_list(include_str!("lexicon/unnamed_persons.txt")),
            female_names: word_list(include_str!("lexicon/female_first_names.txt")),
            male_names: word_list(include_str!("lexicon/male_first_names.txt")),
        }
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Gender {
    Female,
    Male,
}

/// The gender an honorific shows: "Mrs.", "Ms", "Miss" and "Mr".
fn gender_of_honorific(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.') {
        "Mrs" | "Ms" | "Miss" => Some(Gender::Female),
        "Mr" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender a person's name shows by its given name or honorific, if it shows one.
fn gender_of_name(name: &str) -> Option<Gender> {
    let first = name.split(' ').next()?;
    if let Some(gender) = gender_of_honorific(first) {
        return Some(gender);
    }
    // "an Egyptian official": an article is no given name ("An" is one in the lists).
    if is_source_determiner(first) {
        return None;
    }
    let lower = first.trim_end_matches('.').to_lowercase();
    if lexicon().female_names.contains(lower.as_str()) {
        Some(Gender::Female)
    } else if lexicon().male_names.contains(lower.as_str()) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender of a personal pronoun: "she" and "he"; none for "they" and "it".
fn gender_of_pronoun(pronoun: &str) -> Option<Gender> {
    match pronoun.to_lowercase().as_str() {
        "she" | "her" => Some(Gender::Female),
        "he" | "him" | "his" => Some(Gender::Male),
        _ => None,
    }
}

/// Whether `pronoun` and `name` show different genders ("she" and "Donald Trump"); not when
/// either shows none. A given name is worn by both ("Lindsey Graham"), so what the article
/// writes of the person named in full outweighs the name lists: "Mr. Graham", or "he" after
/// the name ("Graham said he …").
fn genders_clash(doc: &Document, pronoun: &str, name: &str) -> bool {
    let (Some(of_pronoun), Some(of_name)) = (gender_of_pronoun(pronoun), gender_of_name(name))
    else {
        return false;
    };
    // A name of one word that the article writes after a title ("President Reagan") is a
    // surname, though the lists know it as a given name too: it shows no gender.
    if !name.contains(' ') && written_after_title(doc, name) {
        return false;
    }
    let given = name
        .split_once(' ')
        .map(|(first, _)| first)
        .filter(|first| gender_of_honorific(first).is_none());
    let surname = name.rsplit(' ').next();
    of_pronoun != of_name
        && !given.zip(surname).is_some_and(|(given, surname)| {
            gender_in_article(doc, given, surname) == Some(of_pronoun)
        })
}

/// Whether the article writes `word` right after a title or an honorific ("President
/// Reagan", "Mr. Lawson").
fn written_after_title(doc: &Document, word: &str) -> bool {
    (1..doc.tokens.len()).any(|k| {
        doc.token_text(k) == word && {
            let before = doc.token_text(k - 1);
            gazetteer().titles.contains(before) || is_honorific(before)
        }
    })
}

/// The gender the article shows for the person of given name `given` and surname `surname`:
/// by an honorific before the surname ("Mr. Graham"), and by "he" or "she" after the surname
/// (alone or after the given name) within five words, before any other capitalised word or
/// pronoun ("Graham said he …"; not "Graham told Collins she …"); the more often shown, none
/// when neither is. When the article names another of the family ("Melania Trump"), only the
/// given name and the surname together say whom the pronoun follows.
fn gender_in_article(doc: &Document, given: &str, surname: &str) -> Option<Gender> {
    let word_before = |k: usize| k.checked_sub(1).map(|before| doc.token_text(before));
    let family = doc.tokens.iter().enumerate().any(|(k, _)| {
        doc.token_text(k) == surname
            && word_before(k).is_some_and(|b| b != given && gazetteer().is_given_name(b))
    });
    let mut male = 0;
    let mut female = 0;
    for sentence in &doc.sentences {
        let tokens = sentence.tokens.clone();
        for k in tokens.clone() {
            if doc.token_text(k) != surname {
                continue;
            }
            let before = (k > tokens.start).then(|| doc.token_text(k - 1));
            // "Melania Trump's speech, nor did he …": a possessive is no subject; nor is an
            // object, after a word in lower case that is neither a cue ("said Graham, adding
            // he …") nor a connective ("and Graham said he …"): "Of the scrutiny over Melania
            // Trump, he said", "As Clinton was criticizing Trump, however, she …".
            let possessive = k + 1 < tokens.end && is_possessive(doc.token_text(k + 1));
            let name_start = if before == Some(given) { k - 1 } else { k };
            let object = word_before(name_start).is_some_and(|word| {
                word.starts_with(char::is_lowercase)
                    && !is_cue_word(word)
                    && !CONNECTIVES.contains(&word)
            });
            let shown = match before.and_then(gender_of_honorific) {
                _ if family && before != Some(given) => None,
                Some(gender) => Some(gender),
                None if before.is_some_and(|b| is_capitalised(b) && b != given) => None,
                None if possessive || object => None,
                // Nor a name whose pronoun comes words later, or after another's ("Tweeden
                // said Franken groped her while she slept").
                None => (k + 1..tokens.end.min(k + 6))
                    .map(|j| doc.token_text(j))
                    .find(|t| {
                        matches!(*t, "he" | "she" | "her" | "him" | "his") || is_capitalised(t)
                    })
                    .filter(|t| matches!(*t, "he" | "she"))
                    .and_then(gender_of_pronoun),
            };
            match shown {
                Some(Gender::Male) => male += 1,
                Some(Gender::Female) => female += 1,
                None => {}
            }
        }
    }
    match male.cmp(&female) {
        std::cmp::Ordering::Greater => Some(Gender::Male),
        std::cmp::Ordering::Less => Some(Gender::Female),
        std::cmp::Ordering::Equal => None,
    }
}

/// A described source as it reads inside a sentence: "The company" that opens one is "the
/// company", one facet value with the company of "…, the company said"; so is "The Trump
/// administration". A determiner before a name keeps its capital ("The New York Times").
fn as_in_running_text(text: String) -> String {
    let Some((first, rest)) = text.split_once(' ') else {
        return text;
    };
    let lower = first.to_lowercase();
    // "The Biden administration" too (its head is a common noun), and "A Foreign Ministry
    // official in Tokyo" (a word in lower case besides "the" and the words that join a name
    // or end a role: "of", "in" …), not "The New York Times" nor "The Bank of England".
    let common_noun = |word: &str| {
        word.starts_with(|c: char| c.is_lowercase()) && word != "the" && !ROLE_STOPS.contains(&word)
    };
    // "The President", "The Vice President": an office alone reads so too.
    if first != lower
        && DETERMINERS.contains(&lower.as_str())
        && (rest.split(' ').any(common_noun) || all_titles(rest))
    {
        format!("{lower} {rest}")
    } else {
        text
    }
}

const DETERMINERS: &[&str] = &[
    "the", "The", "a", "A", "an", "An", "one", "One", "two", "Two", "several", "Several",
];
/// Words that open a relative clause: "…, which Trump said", "where Farenthold said".
const RELATIVE_PRONOUNS: &[&str] = &["which", "where", "who", "whom", "whose", "what"];
/// Pronouns that are a verb's subject ("the candidate they support").
const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "you", "they", "he", "she", "it"];
/// Words that end a role phrase walking back from a name.
const ROLE_STOPS: &[&str] = &[
    "that", "and", "or", "but", "to", "of", "on", "in", "at", "by", "for", "with", "as", "from",
    "while", "when",
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
    /// A source described, not named: "the department", "another commenter".
    Described(String),
}

#[derive(Debug, Clone)]
struct Attribution {
    mention: Mention,
    /// Byte span of the mention.
    span: (usize, usize),
    cue: String,
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

/// A quote mark at char index `i` of `chars`: the mark (two apostrophes, as some archives
/// type a double quote, count as `"`) and how many chars it takes.
fn mark_at(chars: &[(usize, char)], i: usize) -> (char, usize) {
    match chars[i].1 {
        '\'' if chars.get(i + 1).is_some_and(|&(_, c)| c == '\'') => ('"', 2),
        c => (c, 1),
    }
}

/// Where the scan goes on after a quote inside the quote opened by `outer`, when the mark at
/// char `i` opens one: it stands after a space and before a letter or digit, and in the same
/// paragraph a mark closes it and then another closes the outer quote (both after no space).
/// None when the mark opens no inner quote.
fn inner_quote_end(chars: &[(usize, char)], outer: char, i: usize) -> Option<usize> {
    let (open, width) = mark_at(chars, i);
    // Curly marks say which way they face, and a “ after a space inside a “ quote is as often
    // a mistyped close before the next quote ("… our help. “This …”") as an inner quote; not
    // after a word in lower case, which goes on into it ("what he calls “hell” than …").
    let after_lower_case_word = i > 1 && chars[i - 2].1.is_lowercase();
    if open != '"' && !after_lower_case_word {
        return None;
    }
    let after_space = i > 0 && chars[i - 1].1.is_whitespace();
    let before_word = chars
        .get(i + width)
        .is_some_and(|&(_, c)| c.is_alphanumeric());
    if !(after_space && before_word) {
        return None;
    }
    // The next mark closing `open` after char `from`, in the paragraph: where it ends.
    let close_after = |open: char, from: usize| {
        let mut k = from;
        while k < chars.len() && chars[k].1 != '\n' {
            let (c, width) = mark_at(chars, k);
            if is_closing_mark_for(open, c) && !chars[k - 1].1.is_whitespace() {
                return Some(k + width);
            }
            k += width;
        }
        None
    };
    let inner_end = close_after(open, i + width)?;
    close_after(outer, inner_end).map(|_| inner_end)
}

/// Whether `chars` open with a speaker's label in capitals and its colon ("WALLACE: …").
fn opens_with_label(chars: &[(usize, char)]) -> bool {
    let label = chars
        .iter()
        .take_while(|&&(_, c)| c.is_uppercase() || c == ' ' || c == '.')
        .count();
    label >= 2 && chars.get(label).is_some_and(|&(_, c)| c == ':')
}

/// A quote in marks: the byte span of its words, and whether it is short (under four words:
/// a quote only when a cue follows it, "“I do well,” she said", not a name or a scare quote)
/// and ends as speech does, with a comma, "?" or "!" inside its marks. Short words that do
/// not are a quote only as the object of a naming verb ("called the lines “unacceptable.”").
struct MarkedSpan {
    span: (usize, usize),
    short: bool,
    speech_end: bool,
}

/// Quotes in quote marks. A quote stays within its paragraph unless the next paragraph
/// opens with a mark (a quote over several paragraphs); a mark that never closes opens
/// nothing.
fn direct_spans(doc: &Document) -> Vec<MarkedSpan> {
    let mut spans = Vec::new();
    let (text, chars) = (doc.text, doc.chars.as_slice());
    let mut i = 0;
    while i < chars.len() {
        let (open, open_width) = mark_at(chars, i);
        if !is_opening_mark(open) {
            i += 1;
            continue;
        }
        let mut j = i + open_width;
        let mut close = None;
        while j < chars.len() {
            let (c, width) = mark_at(chars, j);
            if c == '\n' {
                // Continues only if the next paragraph opens with the same quote mark (after
                // the blank line, where paragraphs are set apart by one), and not with a
                // speaker's label, which opens a turn of its own ("“WALLACE: …").
                let next = (j + 1..chars.len()).find(|&k| !chars[k].1.is_whitespace());
                if let Some(next) = next.filter(|&k| {
                    let (mark, width) = mark_at(chars, k);
                    mark == open && !opens_with_label(&chars[k + width..])
                }) {
                    j = next + mark_at(chars, next).1;
                    continue;
                }
                break;
            }
            if is_closing_mark_for(open, c) {
                // A mark after a space and before a word opens a quote inside the quote ("…
                // on the ground. The "United States" is not holding …"): its close is passed
                // over, and the quote goes on.
                match inner_quote_end(chars, open, j) {
                    Some(after) => j = after,
                    None => {
                        close = Some(j);
                        break;
                    }
                }
                continue;
            }
            j += width;
        }
        match close {
            Some(j) => {
                let inner_start =
                    chars[i + open_width - 1].0 + chars[i + open_width - 1].1.len_utf8();
                let inner = &text[inner_start..chars[j].0];
                let trimmed_end = inner_start + inner.trim_end_matches([',', ' ']).len();
                let lead = inner.len() - inner.trim_start().len();
                let words = inner.split_whitespace().count();
                // A short quote ends as speech does, with a comma, "?" or "!" inside its marks.
                let speech_end = inner.trim_end().ends_with([',', '?', '!']);
                if words >= 1 && !names_a_title(&text[..chars[i].0], inner) {
                    spans.push(MarkedSpan {
                        span: (inner_start + lead, trimmed_end),
                        short: words < 4,
                        speech_end,
                    });
                }
                i = j + mark_at(chars, j).1;
            }
            None => i += open_width,
        }
    }
    spans
}

/// Whether words in marks right after an article or an owner are a name in title case, not
/// speech: the “Fire Grants and Safety Act of 2023”, MSNBC’s “Morning Joe”, the Vice
/// President’s “Fight for Our Freedoms College Tour”. At least two capitalised words, every
/// word capitalised but title case's small ones (`lexicon/headline_small_words.txt`), and no
/// question, exclamation or semicolon inside.
fn names_a_title(before: &str, inner: &str) -> bool {
    let named = ends_in_article(before)
        || last_word(before).is_some_and(|word| word.ends_with("’s") || word.ends_with("'s"));
    if !named || inner.contains(['?', '!', ';']) {
        return false;
    }
    let mut capitalised = 0;
    for word in inner.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        match word.chars().next() {
            Some(c) if c.is_uppercase() => capitalised += 1,
            Some(c) if c.is_lowercase() && !super::headline::small_words().contains(word) => {
                return false;
            }
            _ => {}
        }
    }
    capitalised >= 2
}

/// The last word of `text`, as written between spaces.
fn last_word(text: &str) -> Option<&str> {
    text.trim_end().rsplit(char::is_whitespace).next()
}

/// Whether `text` ends in an article ("the", "a", "an"), as words in marks after it may name
/// a thing ("discuss the “counter-ISIL campaign”").
fn ends_in_article(text: &str) -> bool {
    last_word(text).is_some_and(|word| matches!(word, "the" | "The" | "a" | "A" | "an" | "An"))
}

impl Document<'_> {
    fn token_at_or_after(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }
}

/// The speaker ending just before token `cue` (exclusive), not looking before token `floor`.
/// An appositive between them is skipped: "Tad Devine, Sanders's chief strategist, said"; so
/// is a parenthesis that leaves no speaker otherwise: "Kasich (who has 25 delegates to date)
/// said", "Sen. Jack Reed (D-R.I.), said". Only a person before a verb of saying: the words
/// before a parenthesis are as often a heading or a figure ("DP-8 (high BBB), preferred").
fn subject_before(doc: &Document, floor: usize, cue: usize) -> Option<(Mention, (usize, usize))> {
    subject_before_cue(doc, floor, cue).or_else(|| {
        let saying = cue < doc.tokens.len()
            && (lexicon().inverting_cues.contains(doc.token_text(cue))
                || matches!(doc.token_text(cue), "told" | "tells"));
        if !saying {
            return None;
        }
        // The parenthesis closes right before the cue, or before its comma.
        let close = ((floor + 2).max(cue.saturating_sub(2))..cue)
            .rev()
            .find(|&j| doc.token_text(j) == ")")?;
        if close + 1 < cue && doc.token_text(close + 1) != "," {
            return None;
        }
        let open = (floor.max(close.saturating_sub(16)) + 1..close)
            .rev()
            .take_while(|&j| doc.token_text(j) != ")")
            .find(|&j| doc.token_text(j) == "(")?;
        subject_at(doc, floor, open).filter(|(mention, span)| {
            matches!(
                mention,
                Mention::Named {
                    organisation: false,
                    ..
                }
            ) && span.1 == doc.tokens[open - 1].end
        })
    })
}

/// [`subject_before`] without its parenthesis.
fn subject_before_cue(
    doc: &Document,
    floor: usize,
    cue: usize,
) -> Option<(Mention, (usize, usize))> {
    let mut end = cue;
    while end > floor && stands_between(doc, floor, end - 1) {
        end -= 1;
    }
    // "Rex Tillerson on Friday said": a day or month after its preposition is a time, and the
    // subject stands before it.
    if end >= floor + 3
        && SCENE_PREPOSITIONS.contains(&doc.token_text(end - 2))
        && is_capitalised(doc.token_text(end - 1))
        && opens_clause_word(doc.token_text(end - 1))
    {
        end -= 2;
    }
    // "Dianne Feinstein (D-Calif.) last week said", "Sanders yesterday said": so is a time
    // of the list after cues, the subject before it (where one is found there: "the Italian
    // Foreign Minister today said" is an office whose source runs on to the cue, and loses
    // its time later).
    let time = time_words_before(doc, end);
    if time > 0 && end > floor + time && subject_at(doc, floor, end - time).is_some() {
        end -= time;
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes set
    // off by spaces, not a word cut short in speech ("the Defense Ministry falsely claim- —
    // accused"); a long one may hold commas ("Kall -- co-editor of …, a book analyzing … --
    // said").
    if end > floor + 2 && is_dash(doc.token_text(end - 1)) {
        let spaced = |j: usize| doc.tokens[j - 1].end < doc.tokens[j].start;
        let open = (floor.max(end.saturating_sub(24)) + 1..end - 3)
            .rev()
            .find(|&j| is_dash(doc.token_text(j)))
            .filter(|&open| spaced(open) && spaced(end - 1));
        // The subject opens its clause: in speech, dashes more often mend a phrase ("had some
        // sort of — had a sort of conciliatory — conciliatory tone — said").
        if let Some(subject) = open
            .and_then(|open| subject_at(doc, floor, open))
            .filter(|(_, span)| doc.token_at_or_after(span.0) <= floor + 1)
        {
            return Some(subject);
        }
    }
    // "Mitch McConnell, R-Ky., said": a party label is no appositive.
    if end >= floor + 3
        && doc.token_text(end - 1) == ","
        && is_party_label(doc.token_text(end - 2))
        && doc.token_text(end - 3) == ","
    {
        end -= 3;
    }
    // The appositive opens at a comma before: the nearest one with a speaker before it
    // ("Ramil Carr, 31, a Philadelphia photographer, said"), not one inside quote marks
    // ("the co-author of “Going Viral,” about …").
    if end > floor + 1 && doc.token_text(end - 1) == "," {
        // "Trump, speaking at a rally in Wilmington, N.C., warned": a participle (or "during")
        // set off by commas opens a phrase that modifies the subject before it, whatever
        // names the phrase holds.
        // Not a clause of its own: "Nevertheless, rising inventories could nip …, Lawrence
        // Ross, an analyst, said" (an auxiliary after the participle).
        let modifier = (floor.max(end.saturating_sub(25)) + 1..end - 1).find(|&j| {
            let next = doc.token_text(j + 1);
            doc.token_text(j) == ","
                && is_participle(next)
                && next.starts_with(char::is_lowercase)
                && !(j + 2..end - 1).any(|i| AUXILIARIES.contains(&doc.token_text(i)))
        });
        if let Some(subject) = modifier.and_then(|comma| subject_at(doc, floor, comma)) {
            return Some(subject);
        }
        let window = floor.max(end.saturating_sub(25)) + 1..end - 1;
        // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said": a
        // relative clause after the speaker runs up to the cue, and the commas inside it end
        // no speaker ("Colorado").
        let relative_clause = window.clone().find(|&j| {
            doc.token_text(j) == "," && matches!(doc.token_text(j + 1), "who" | "whose" | "which")
        });
        let mut commas = (window.start..relative_clause.map_or(window.end, |j| j + 1))
            .rev()
            .filter(|&j| {
                doc.token_text(j) == ","
                    && !doc
                        .token_text(j + 1)
                        .starts_with(|c: char| is_opening_mark(c) || c == '”')
            })
            .peekable();
        // An appositive that is a name, after its titles, is the speaker: "Rubio’s campaign
        // manager, Terry Sullivan, said", "In the primary, Gov. John Kasich (R-OH), said";
        // not a place ("La Roche of North Kingstown, R.I., said").
        let mut appositive_body = None;
        if let Some(&open) = commas.peek() {
            let appositive = subject_at(doc, open + 1, end - 1);
            // "The solar industry’s main trade group, the Solar Energy Industries Association,
            // said": a body named whole in the appositive speaks when nothing before it can.
            appositive_body = appositive.clone().filter(|(mention, span)| {
                matches!(
                    mention,
                    Mention::Named {
                        organisation: true,
                        ..
                    }
                ) && doc.token_at_or_after(span.0) <= open + 2
            });
            let name = appositive.filter(|(mention, span)| {
                matches!(
                    mention,
                    Mention::Named {
                        organisation: false,
                        name,
                        ..
                    } if gazetteer().kind_of(name) != Some(EntityType::Place)
                ) && (open + 1..doc.token_at_or_after(span.0))
                    .all(|j| is_capitalised(doc.token_text(j)))
            });
            if name.is_some() {
                return name;
            }
        }
        // A place after "of" is no speaker: the name before it is ("Rep. Lee Zeldin of New
        // York, a Trump supporter, said"; "Cory James, 22, of Flint, Mich., said").
        let before = commas.find_map(|comma| {
            let (mention, span) = subject_at(doc, floor, comma)?;
            let first = doc.token_at_or_after(span.0);
            if first > floor + 1 && matches!(doc.token_text(first - 1), "of" | "from" | "in") {
                // "one of the Pentagon officials, who was at the meeting, told": the group
                // of a partitive speaks.
                let partitive = doc.token_text(first - 1) == "of" && {
                    let part = doc.token_text(first - 2);
                    is_small_number(part)
                        || matches!(part, "some" | "Some" | "several" | "Several" | "many")
                };
                // "Zac McCrary, a veteran Democratic pollster based in Birmingham, Alabama,
                // said": words that describe, with a place, set off after a person's name
                // (not a company's: "Ford Motor Credit Co, a unit of Ford Motor Co, is
                // raising …"; nor a letter: "Morgan Stanley Mortgage Trust I, a unit of …"),
                // are that person's appositive.
                let place = matches!(
                    &mention,
                    Mention::Named { name, .. } if gazetteer().kind_of(name) == Some(EntityType::Place)
                );
                let described = subject_at(doc, floor, first - 1);
                let person_before = described
                    .as_ref()
                    .filter(|_| place)
                    .and_then(|described| person_before_description(doc, floor, described))
                    .filter(|(named, _)| {
                        matches!(named, Mention::Named { name, .. }
                            if name.len() > 1 && !names_company(name))
                    });
                person_before
                    .or(described)
                    .or_else(|| partitive.then_some((mention, span)))
            } else {
                Some((mention, span))
            }
        });
        // "The central bank, Bank Negara, said": a body named in the appositive is the
        // source the words before it describe.
        // (Its name alone or after "the": not "a Republican", "to Congress".)
        let named_whole = appositive_body.as_ref().is_some_and(|(_, span)| {
            let first = doc.token_at_or_after(span.0);
            matches!(doc.token_text(first - 1), "," | "the" | "The")
        });
        return match before {
            Some((Mention::Described(_), _)) if named_whole => appositive_body,
            before => before.or(appositive_body),
        };
    }
    // "Democratic sources who requested anonymity said", "Half of all the people who do not
    // have high-speed Internet say": a relative clause without commas between the subject
    // and the cue; its words name no speaker.
    // Only where the subject found stands inside the clause, or none is found; not after a
    // verb ("Time announces who it believes deserves …"). The clause ends in its object:
    // where the cue is the clause's own verb ("families who want to support their kids",
    // "people who I know are here", "actors who materially support"), it is not the
    // subject's.
    // A verb of speech, not of stance: "advocates who do so much to help support it".
    // (Worked out only where a "who" stands before the cue.)
    let speech = || {
        cue < doc.tokens.len()
            && is_cue(doc, cue)
            && !lexicon().stance.contains(doc.token_text(cue))
    };
    let clause_ends_in_object = || {
        end > floor + 1 && {
            let last = doc.token_text(end - 1).to_lowercase();
            !(last == "to"
                || last == "not"
                || last.ends_with("ly")
                || last.ends_with("n’t")
                || last.ends_with("n't")
                || AUXILIARIES.contains(&last.as_str())
                || SUBJECT_PRONOUNS.contains(&last.as_str()))
        }
    };
    let relative = (floor.max(end.saturating_sub(10)) + 1..end.saturating_sub(2))
        .rev()
        .take_while(|&j| doc.token_text(j).chars().any(char::is_alphanumeric))
        .find(|&j| doc.token_text(j) == "who")
        .filter(|&who| {
            // The clause's subject is "who": not "the partners who the President said".
            let next = doc.token_text(who + 1);
            !is_cue_word(doc.token_text(who - 1))
                && next.starts_with(char::is_lowercase)
                && !is_source_determiner(next)
                && !SUBJECT_PRONOUNS.contains(&next)
                && clause_ends_in_object()
                && speech()
        });
    let subject = subject_at(doc, floor, end);
    if let Some(who) = relative {
        let inside = subject
            .as_ref()
            .is_none_or(|(_, span)| span.0 > doc.tokens[who].start);
        let adjacent = |(_, span): &(Mention, (usize, usize))| span.1 == doc.tokens[who - 1].end;
        if let Some(before) = subject_at(doc, floor, who).filter(|s| inside && adjacent(s)) {
            return Some(before);
        }
    }
    // "Republican lawmakers in Washington had demanded …": a place in a phrase after the
    // subject is no speaker; the subject before it is.
    let (mention, span) = subject?;
    let first = doc.token_at_or_after(span.0);
    // "About 22 percent of Democrats said", "Half of all Republicans say", "Forty-two percent
    // of voters say": a share of a group speaks as written, the group with it.
    if let Some(share) = share_before_of(doc, floor, first) {
        let span = (doc.tokens[share].start, span.1);
        return Some((
            Mention::Described(doc.text[span.0..span.1].to_string()),
            span,
        ));
    }
    let after_preposition =
        first > floor + 1 && matches!(doc.token_text(first - 1), "of" | "from" | "in");
    let place = || {
        matches!(&mention, Mention::Named { name, .. }
            if gazetteer().kind_of(name) == Some(EntityType::Place))
    };
    if after_preposition && place() {
        if let Some(subject) = subject_at(doc, floor, first - 1) {
            return Some(subject);
        }
    }
    // "Analyst Robert Gordon of Shearson Lehman Brothers Inc said", "James Arenson at DLJ
    // Securities said": a person named with a given name before "of" or "at" speaks, not the
    // firm after it.
    let of = (first.saturating_sub(2)..first)
        .rev()
        .find(|&j| matches!(doc.token_text(j), "of" | "at"))
        .filter(|&of| of == first - 1 || doc.token_text(first - 1) == "the");
    if let Some(of) = of.filter(|&of| of > floor + 1) {
        let person = subject_at(doc, floor, of).filter(|(before, _)| {
            matches!(before, Mention::Named { name, organisation: false, .. }
                if opens_with_given_name(name))
        });
        if person.is_some() {
            return person;
        }
    }
    Some((mention, span))
}

/// The bytes of the conjunctions that open a source as written, with their spaces ("But oil
/// analysts", "and diplomats"): they open the clause, not the source. The last word stays.
fn opening_conjunctions(source: &str) -> usize {
    let mut opening = 0;
    while let Some((first, rest)) = source[opening..].split_once(' ') {
        if rest.is_empty() || !is_conjunction(first) {
            break;
        }
        opening += first.len() + 1;
    }
    opening
}

/// Whether `word`, in any case, is one of [`CONNECTIVES`] or [`SUBORDINATORS`].
fn is_conjunction(word: &str) -> bool {
    let word = word.to_lowercase();
    CONNECTIVES.contains(&word.as_str()) || SUBORDINATORS.contains(&word.as_str())
}

/// Whether token `k` may stand between a speaker and the cue: a word of
/// `lexicon/between_words.txt`, or an adverb in "-ly" right after a name or a pronoun ("Cruz
/// gingerly said"; not "the family said").
fn stands_between(doc: &Document, floor: usize, k: usize) -> bool {
    let word = doc.token_text(k);
    if lexicon().between.contains(word) {
        return true;
    }
    // "Trump and Sanders have both argued", "the senators will all vote": a quantifier that
    // floats after its subject (a name, its parenthesis, a pronoun) or an auxiliary; not
    // after a word that opens the sentence ("And both vowed …": "both" is the subject).
    if matches!(word, "both" | "all" | "each") && k > floor {
        let before = doc.token_text(k - 1);
        return is_capitalised(before) && !opens_clause_word(before)
            || before == ")"
            || lexicon().between.contains(before)
            || matches!(before, "they" | "we");
    }
    word.len() > 4
        && word.ends_with("ly")
        && word.chars().all(|c| c.is_ascii_lowercase())
        && k > floor
        && (is_capitalised(doc.token_text(k - 1))
            || matches!(doc.token_text(k - 1), "he" | "she" | "they" | "it"))
}

/// The heads of `lexicon/anonymous.txt` that are documents, not people ("the statement").
const DOCUMENT_HEADS: &[&str] = &["statement", "report"];

/// Whether an unnamed source, as written, is one person ("the senior bank official"), whom
/// "he" or "she" may stand for: not a group ("officials") nor a document ("the statement").
fn unnamed_person(source: &str) -> bool {
    let head = source.rsplit(' ').next().unwrap_or(source);
    !names_a_group(head) && !DOCUMENT_HEADS.contains(&head)
}

/// The start of an unnamed source whose head noun is token `head`: back to its determiner,
/// over up to six words of letters, figures, periods and hyphens ("a U.S. defence official")
/// and a ticker or an acronym in brackets before the head.
fn determined_from(doc: &Document, floor: usize, head: usize) -> usize {
    // "an Inland Steel Industries Inc <IAD> spokesman", "an Egyptian General Petroleum Corp
    // (EGPC) official": a ticker or an acronym in brackets right before the head is part of
    // the phrase, and leaves its eight words to the words before it.
    let bracket = (head >= floor + 3 && matches!(doc.token_text(head - 1), ">" | ")"))
        .then(|| {
            let opener = if doc.token_text(head - 1) == ">" {
                "<"
            } else {
                "("
            };
            (floor.max(head.saturating_sub(6))..head - 1)
                .rev()
                .find(|&j| doc.token_text(j) == opener)
        })
        .flatten();
    let skipped = bracket.map_or(0, |open| head - open);
    let mut start = bracket.unwrap_or(head);
    while start > floor && head + 1 - start < 8 + skipped {
        let t = doc.token_text(start - 1);
        if DETERMINERS.contains(&t) {
            return start - 1;
        }
        // "The Labor Department’s report", "Today’s report": the owner goes with it (not a
        // contraction: "it’s about …").
        let possessive = start - 1 > floor
            && possessive_at(doc, start - 1)
            && !matches!(
                doc.token_text(start - 2).to_lowercase().as_str(),
                "it" | "that" | "there" | "here" | "what" | "who" | "he" | "she" | "this"
            );
        // "according to police": the source starts after "according to".
        let according = t == "to"
            && start - 1 > floor
            && doc.token_text(start - 2).eq_ignore_ascii_case("according");
        if according
            || !(t.chars().all(char::is_alphanumeric) || t.contains(['.', '-']) || possessive)
        {
            break;
        }
        start -= 1;
    }
    start
}

/// The start of an office holder written before the office word at `office`: its determiner
/// or possessor and the words between ("the U.S. ambassador", "Ukraine’s Ambassador", "our
/// Secretary", "the country’s envoy"), or the words after a comma or another stop
/// ("Cartledge, chairman and chief executive officer"; not a word that opens the clause); with
/// neither within six words, the capitalised words and qualifiers right before it.
fn holder_from(doc: &Document, floor: usize, office: usize) -> usize {
    let mut k = office;
    let mut modifiers_from = office;
    let mut modifiers_only = true;
    while k > floor {
        if office - k >= 6 {
            return modifiers_from;
        }
        let t = doc.token_text(k - 1);
        if is_source_determiner(t) {
            return k - 1;
        }
        if is_possessive(t) && k > floor + 1 {
            k -= 2;
        } else if t.chars().all(char::is_alphanumeric) || t.contains(['.', '-']) {
            k -= 1;
        } else {
            break;
        }
        let word = doc.token_text(k);
        modifiers_only &=
            is_capitalised(word) && !opens_clause_word(word) || is_office_qualifier(word);
        if modifiers_only {
            modifiers_from = k;
        }
    }
    // A word that opens the clause is no modifier: "As Israel’s ambassador to Washington".
    while k < office && opens_clause_word(doc.token_text(k)) {
        k += 1;
    }
    k
}

/// A described source ending at `end`: a determiner, up to three modifiers and a lower-case
/// head noun ("the department", "another commenter", "one party activist").
fn described_source(doc: &Document, floor: usize, end: usize) -> Option<(Mention, (usize, usize))> {
    let head = doc.token_text(end - 1);
    // "Six in 10 said", "about four in 10 say": a share of a group, with the words that
    // qualify it.
    if end >= floor + 3
        && doc.token_text(end - 2) == "in"
        && is_small_number(head)
        && is_small_number(doc.token_text(end - 3))
    {
        let start = qualified_share(doc, floor, end - 3);
        let span = (doc.tokens[start].start, doc.tokens[end - 1].end);
        return Some((
            Mention::Described(doc.text[span.0..span.1].to_string()),
            span,
        ));
    }
    // "Some said …" opens its sentence with a capital.
    if is_quantity(head) {
        return bare_source(doc, floor, end);
    }
    // A capitalised head needs its determiner: "another New Hampshire Democrat".
    // "the 46-year-old said": an age stands for the person. Other words with a hyphen are
    // more often modifiers before a cue that is a noun ("Trump’s late-night tweets").
    let age = head.starts_with(|c: char| c.is_ascii_digit()) && head.ends_with("-old");
    let lower = head.chars().all(|c| c.is_lowercase()) || age;
    // Shorter heads are pronouns and particles, but for a noun of two letters right after its
    // determiner, or after it and a name: "The ad says", "a narrator in the Clinton ad asks"
    // (not "the things we", "one of us").
    let determiner_at = |j: usize| j >= floor && is_source_determiner(doc.token_text(j));
    let short_noun = head.len() == 2
        && lower
        && end >= floor + 2
        && (determiner_at(end - 2)
            || end >= floor + 3
                && determiner_at(end - 3)
                && is_capitalised(doc.token_text(end - 2))
                && !matches!(head, "we" | "us" | "me" | "he" | "it"));
    if !(lower || is_capitalised(head))
        || ROLE_STOPS.contains(&head)
        || head.len() < 3 && !short_noun
    {
        return None;
    }
    // A determiner, or a possessive after a name: "O’Malley’s campaign", "Rival Hillary
    // Clinton’s campaign".
    // Not past a comma: "Flynn spoke to the FBI about contacts, and prosecutors said" has a
    // bare plural for its source, not a phrase from "the".
    let determiner = (floor.max(end.saturating_sub(8))..end - 1)
        .rev()
        .take_while(|&j| doc.token_text(j) != ",")
        .find(|&j| is_source_determiner(doc.token_text(j)) || possessive_at(doc, j));
    let Some(determiner) = determiner else {
        return if lower {
            bare_source(doc, floor, end).or_else(|| named_body(doc, floor, end))
        } else {
            None
        };
    };
    let mut start = determiner;
    // "a spokesman for the campaign", "a member of the committee", "one of my colleagues": the
    // phrase after "for" or "of" belongs to the head before it, which speaks. So does one
    // after "from" where the head is a person or a document ("An official from the ministry",
    // "A statement from the bank"), not before a relative clause whose subject the phrase is
    // ("a letter from a man who asked"). (The words before the head in lower case, or a
    // place's before "-based": "A Beijing-based diplomat from another Western country".)
    let preposition = doc.token_text(start.saturating_sub(1));
    let speaks_from = |head: &str| {
        (is_people_noun(head) || is_office(head) || lexicon().document_nouns.contains(head))
            && !(start..(end + 1).min(doc.tokens.len())).any(|k| {
                let word = doc.token_text(k);
                RELATIVE_PRONOUNS.contains(&word.split(is_apostrophe).next().unwrap_or(word))
            })
    };
    if let Some(outer) = (floor.max(start.saturating_sub(5))..start.saturating_sub(1))
        .rev()
        .find(|&j| is_source_determiner(doc.token_text(j)))
        .filter(|&j| {
            (matches!(preposition, "for" | "of")
                || preposition == "from" && speaks_from(doc.token_text(start - 2)))
                && (j + 1..start - 1).all(|k| {
                    let t = doc.token_text(k);
                    (t.chars().all(|c| c.is_lowercase() || c == '-') || t.ends_with("-based"))
                        && !AUXILIARIES.contains(&t)
                        && !ROLE_STOPS.contains(&t)
                })
        })
    {
        start = outer;
    }
    if possessive_at(doc, determiner) {
        // (Not a conjunction: "Although Johnson’s agency declined …", "But Marcy’s letter".)
        while start > floor
            && determiner - start < 4
            && is_capitalised(doc.token_text(start - 1))
            && !is_conjunction(doc.token_text(start - 1))
        {
            start -= 1;
        }
        // "the ad’s narrator", "the group’s president": a noun with its own determiner, that
        // opens the phrase; after a word, it ends a longer one ("a spokesman for the state’s
        // finance department", "according to pay lists in the union’s office").
        let possessor_with_determiner = determiner >= floor + 2
            && is_role_word(doc.token_text(determiner - 1))
            && is_source_determiner(doc.token_text(determiner - 2))
            && (determiner == floor + 2
                || !doc
                    .token_text(determiner - 3)
                    .chars()
                    .any(char::is_alphanumeric));
        if start == determiner && possessor_with_determiner {
            start = determiner - 2;
        }
        if start == determiner {
            return None;
        }
    }
    // Modifiers, not a clause: "one story are gone" has a verb. "of" and "for" may join
    // them: "the former secretary of state", "a spokesman for the campaign".
    // "Her advisers and allies say": two groups of people joined by "and" are one source (not
    // "their homes and individuals know", "the plants and animals found there").
    let joins_groups = |j: usize| {
        j + 2 == end
            && doc.token_text(j) == "and"
            && is_people_noun(doc.token_text(j - 1))
            && is_people_noun(head)
    };
    let words_ok = (determiner + 1..end).all(|j| {
        let t = doc.token_text(j);
        j == end - 1
            || joins_groups(j)
            || t.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                && (!ROLE_STOPS.contains(&t) || matches!(t, "of" | "for"))
    }) && !(determiner + 1..end).any(|j| {
        let t = doc.token_text(j);
        // "raise your hand if you think": a clause, not a phrase.
        AUXILIARIES.contains(&t) || matches!(t, "if" | "whether" | "because" | "unless")
    });
    if !words_ok {
        return None;
    }
    // "a story about alleged fraud", "a question about her claim": an article, a possessive
    // or a preposition ends no noun phrase; the cue word is the noun of this one, and a
    // possessive before it is who speaks ("her claim").
    if lexicon().not_heads.contains(head) {
        let span = (doc.tokens[end - 1].start, doc.tokens[end - 1].end);
        return match head {
            "his" | "her" => Some((Mention::Pronoun { person: true }, span)),
            "their" | "its" => Some((Mention::Pronoun { person: false }, span)),
            _ => None,
        };
    }
    // "Cruz made an unprompted call for …", "Trump has made other public promises": after a
    // light verb the phrase is its object, and the cue word the noun it ends in; the speaker
    // is the light verb's subject.
    if start > floor && lexicon().light_verbs.contains(doc.token_text(start - 1)) {
        return subject_before(doc, floor, start - 1);
    }
    // "an unprompted call", "the debunked claim": an article and a participle are no noun
    // phrase; the cue word is its noun ("those surveyed" stands alone; "The guaranteed notes
    // will be redeemed", but "the breed", "the speed" are nouns).
    let participle = |t: &str| t.ends_with("ed") && (!t.ends_with("eed") || t.len() > 5);
    if end == determiner + 2
        && !matches!(
            doc.token_text(determiner),
            "those" | "these" | "Those" | "These"
        )
        && participle(head)
    {
        return None;
    }
    // "Trump in his announcement speech called …", "Trump at the time said": the phrase is
    // the object of a preposition; the subject stands before it.
    if start > floor + 1 && SCENE_PREPOSITIONS.contains(&doc.token_text(start - 1)) {
        if let Some(subject) = subject_at(doc, floor, start - 1) {
            return Some(subject);
        }
    }
    let span = (doc.tokens[start].start, doc.tokens[end - 1].end);
    Some((
        Mention::Described(doc.text[span.0..span.1].to_string()),
        span,
    ))
}

/// "Clinton campaign says …", "…, Trump administration said": a name and the body it heads,
/// with no article, as headlines write them; the name opens the clause.
fn named_body(doc: &Document, floor: usize, end: usize) -> Option<(Mention, (usize, usize))> {
    let head = doc.token_text(end - 1);
    if !gazetteer()
        .organisation_words
        .contains(capitalise(head).as_str())
    {
        return None;
    }
    let mut start = end - 1;
    while start > floor && end - start <= 3 && is_capitalised(doc.token_text(start - 1)) {
        start -= 1;
    }
    // (Not a headline after an outlet's label: "CNN: Biden administration announces …" is
    // the label's.)
    let opens_clause = start == floor || {
        let before = doc.token_text(start - 1);
        !before.chars().any(char::is_alphanumeric) && before != ":"
    };
    // (Not a quantifier: "No agency predicted …", "Every administration says …".)
    let first = doc.token_text(start).to_lowercase();
    if start == end - 1
        || !opens_clause
        || opens_clause_word(&first)
        || is_source_determiner(&first)
        || DETERMINERS.contains(&first.as_str())
        || matches!(first.as_str(), "no" | "every" | "each" | "any")
    {
        return None;
    }
    let span = (doc.tokens[start].start, doc.tokens[end - 1].end);
    Some((
        Mention::Described(doc.text[span.0..span.1].to_string()),
        span,
    ))
}

/// "The town released a statement saying “…”": a source described before a participle cue
/// that is the object of an issuing verb speaks for that verb's subject, who is the speaker.
fn issuer(
    doc: &Document,
    floor: usize,
    cue: usize,
    found: Option<(Mention, (usize, usize))>,
) -> Option<(Mention, (usize, usize))> {
    let Some((Mention::Described(_) | Mention::Anonymous(_), span)) = &found else {
        return found;
    };
    let object = doc.token_at_or_after(span.0);
    if !is_participle(doc.token_text(cue)) || object <= floor + 1 {
        return found;
    }
    let mut verb = object - 1;
    if !lexicon().issuing_verbs.contains(doc.token_text(verb)) {
        return found;
    }
    // "put out a statement"
    if doc.token_text(verb) == "out" {
        verb -= 1;
    }
    subject_before(doc, floor, verb).or(found)
}

/// Prepositions of time and place whose object may stand between a subject and its cue (not
/// "after" or "before": they also open clauses, "after the man had posted").
const SCENE_PREPOSITIONS: &[&str] = &["in", "at", "on", "during"];
/// Prepositions that may open a sentence with a phrase before its subject.
const OPENING_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "from",
    "after",
    "before",
    "for",
    "with",
    "without",
    "despite",
    "by",
    "under",
    "amid",
    "among",
    "since",
    "through",
    "throughout",
    "unlike",
    "like",
];

fn is_small_number(word: &str) -> bool {
    !word.is_empty() && word.len() <= 2 && word.chars().all(|c| c.is_ascii_digit())
        || lexicon()
            .number_words
            .iter()
            .any(|n| n.eq_ignore_ascii_case(word))
}

/// Whether token `j` marks a possessive: "’s", or an apostrophe alone written right after a
/// word in "s" ("Sanders’ campaign", "the Clintons' foundation").
fn possessive_at(doc: &Document, j: usize) -> bool {
    let t = doc.token_text(j);
    is_possessive(t)
        || j > 0
            && t.chars().count() == 1
            && t.chars().all(is_apostrophe)
            && doc.tokens[j - 1].end == doc.tokens[j].start
            && doc.token_text(j - 1).ends_with(['s', 'S'])
}

/// A source with no determiner ending at `end`: a plural or a share of a group, with up to
/// three modifiers ("GOP analysts", "22 percent", "most Republicans").
fn bare_source(doc: &Document, floor: usize, end: usize) -> Option<(Mention, (usize, usize))> {
    if !names_a_group(doc.token_text(end - 1)) {
        return None;
    }
    // "Two senior U.S. senators": an abbreviation in capitals modifies too.
    let abbreviation = |t: &str| {
        t.len() > 2 && t.ends_with('.') && t.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    };
    let modifier = |t: &str| {
        (t.chars().all(|c| c.is_alphanumeric() || c == '-') || abbreviation(t))
            && !ROLE_STOPS.contains(&t)
            && !AUXILIARIES.contains(&t)
            && !lexicon().between.contains(t)
            && !is_cue_word(t)
            && !opens_clause_word(t)
    };
    let mut start = end - 1;
    // "economists and businessmen said", "diplomats and bankers say": two groups are one
    // source.
    if start >= floor + 2
        && doc.token_text(start - 1) == "and"
        && names_a_group(doc.token_text(start - 2))
    {
        start -= 2;
    }
    let causative = |j: usize| {
        lexicon()
            .causative_verbs
            .contains(doc.token_text(j).to_lowercase().as_str())
    };
    while start > floor && end - start <= 3 && modifier(doc.token_text(start - 1)) {
        // "we let folks know …": the group is the object of "let", not a source.
        if causative(start - 1) {
            return None;
        }
        start -= 1;
    }
    // "Nearly eight in 10 Democratic voters said": the share of the group goes with it.
    if start >= floor + 2
        && doc.token_text(start - 1) == "in"
        && is_small_number(doc.token_text(start))
        && is_small_number(doc.token_text(start - 2))
    {
        start = qualified_share(doc, floor, start - 2);
    }
    // "reduce its footprint by 50% at …": a share after a preposition is an amount.
    if is_quantity(doc.token_text(end - 1))
        && start > floor
        && matches!(
            doc.token_text(start - 1),
            "by" | "to" | "from" | "at" | "of" | "than" | "over" | "under" | "with"
        )
    {
        return None;
    }
    let span = (doc.tokens[start].start, doc.tokens[end - 1].end);
    Some((
        Mention::Described(doc.text[span.0..span.1].to_string()),
        span,
    ))
}

/// The first token of a share of the group at token `first` ("About 22 percent of", "Half of
/// all"), not before `floor`; None where no share and "of" stand before it.
fn share_before_of(doc: &Document, floor: usize, first: usize) -> Option<usize> {
    let mut of = first;
    while of > floor && matches!(doc.token_text(of - 1), "all" | "the" | "those" | "these") {
        of -= 1;
    }
    if of < floor + 2 || doc.token_text(of - 1) != "of" || !is_quantity(doc.token_text(of - 2)) {
        return None;
    }
    // The figure before a share: "22 percent", "Forty-two percent", "12.5 percent".
    let figure = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            || word.split('-').all(|part| {
                is_small_number(part) || lexicon().tens.contains(part.to_lowercase().as_str())
            })
    };
    let mut start = of - 2;
    while start > floor && figure(doc.token_text(start - 1)) {
        start -= 1;
    }
    let start = qualified_share(doc, floor, start);
    // "a majority of", "the vast majority of", "A strong bipartisan majority of": its article
    // and the words that describe it.
    let describes = |word: &str| {
        word.chars().all(char::is_alphabetic)
            && !ROLE_STOPS.contains(&word)
            && !AUXILIARIES.contains(&word)
            && !is_cue_word(word)
    };
    let article = (floor.max(start.saturating_sub(3))..start)
        .rev()
        .take_while(|&j| describes(doc.token_text(j)))
        .find(|&j| ends_in_article(doc.token_text(j)));
    Some(article.unwrap_or(start))
}

/// The first token of the share that opens at token `start` ("eight in 10", "22 percent"),
/// with the words that qualify it before ("nearly", "about": `lexicon/share_qualifiers.txt`).
fn qualified_share(doc: &Document, floor: usize, mut start: usize) -> usize {
    while start > floor
        && lexicon()
            .share_qualifiers
            .iter()
            .any(|q| q.eq_ignore_ascii_case(doc.token_text(start - 1)))
    {
        start -= 1;
    }
    start
}

/// A lower-case plural or share of a group ("analysts", "percent"): a source on its own. No
/// plural ends in "-ss" or "-us" ("virus", "previous"), nor is the demonstrative "this" one
/// ("Finnish media said this supported …").
fn names_a_group(word: &str) -> bool {
    let plural = word.len() > 3
        && word.ends_with('s')
        && !["ss", "us"].iter().any(|end| word.ends_with(end))
        && word != "this"
        // "businessmen", "spokesmen", "fishermen", "policemen", "women"; not "specimen".
        || ["smen", "rmen", "cemen", "women"].iter().any(|end| word.ends_with(end));
    word.chars().all(|c| c.is_lowercase() || c == '-') && plural || is_quantity(word)
}

/// Whether `word` is a noun of people who speak, in the singular or the plural: a group
/// (`lexicon/group_nouns.txt`: "advisers", "delegates") or an unnamed source's head
/// (`lexicon/anonymous.txt`: "official", "aides").
fn is_people_noun(word: &str) -> bool {
    lexicon().group_nouns.contains(word) || lexicon().anonymous.contains(word)
}

/// Whether `name` stands for a group of people ("Dealers", "Congressional Republicans", "the
/// American people": `lexicon/group_nouns.txt`, and the plural heads of unnamed sources),
/// whom "he" or "she" never stands for.
fn names_people(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    let lex = lexicon();
    lex.group_nouns.contains(last.as_str())
        || lex.anonymous.contains(last.as_str()) && names_a_group(&last)
}

/// Whether `name` is a full name of a person: two words or more, the first a given name
/// ("Robert Gordon", not "Gordon" nor "Shearson Lehman").
fn opens_with_given_name(name: &str) -> bool {
    name.split_once(' ')
        .is_some_and(|(first, _)| gazetteer().is_given_name(first))
}

/// The person named before a description set off by a comma ("Cesar Chavez, one of my
/// heroes, …", "Zac McCrary, a veteran Democratic pollster …"), where `described` is a
/// described or unnamed source: a name, not before `floor`, that no organisation word marks.
fn person_before_description(
    doc: &Document,
    floor: usize,
    described: &(Mention, (usize, usize)),
) -> Option<(Mention, (usize, usize))> {
    let (mention, span) = described;
    if !matches!(mention, Mention::Described(_) | Mention::Anonymous(_)) {
        return None;
    }
    let first = doc.token_at_or_after(span.0);
    if first <= floor + 1 || doc.token_text(first - 1) != "," {
        return None;
    }
    subject_at(doc, floor, first - 1).filter(|(named, _)| {
        matches!(
            named,
            Mention::Named {
                organisation: false,
                ..
            }
        )
    })
}

/// Whether a word of `name` is a company's legal form or a word of organisations: "Kendall
/// Refining Co", "Fletcher Challenge Finance USA Inc", "the Virginia Group".
fn names_company(name: &str) -> bool {
    name.split(' ').any(|word| {
        gazetteer().is_company_form(word) || gazetteer().organisation_words.contains(word)
    })
}

/// Whether any word of `name` is a given name.
fn holds_given_name(name: &str) -> bool {
    name.split(' ').any(|w| gazetteer().is_given_name(w))
}

/// Whether `word`, in any case, is a share of a group, or ends in one after a hyphen
/// ("three-quarters", "Two-thirds").
fn is_quantity(word: &str) -> bool {
    let last = word.rsplit('-').next().unwrap_or(word);
    // "33%" as written whole, a share as "33 percent" is.
    let last = if last.len() > 1 && last.ends_with('%') {
        "%"
    } else {
        last
    };
    lexicon()
        .quantities
        .iter()
        .any(|q| q.eq_ignore_ascii_case(last))
}

/// Conjunctions and adverbs that may open a sentence before its subject with no comma: "And
/// then Trump went …", "But Clinton said …".
const CONNECTIVES: &[&str] = &["and", "but", "so", "yet", "then", "also", "still", "now"];
/// Words that open a subordinate clause, before its subject.
const SUBORDINATORS: &[&str] = &[
    "although", "though", "while", "because", "if", "when", "since", "as", "unless", "whereas",
    "after", "before", "once", "whether",
];

/// Verbs that show a run of words is a clause, not a described source.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "did", "does", "do", "should", "shall", "may", "might", "must",
];

/// Whether `word`, in any case, is one of [`AUXILIARIES`] ("Does", "shall").
fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// An auxiliary that may open a question ("Does", "did"); not one that is a given name too
/// ("Will Hurd", "May").
fn is_question_auxiliary(word: &str) -> bool {
    is_auxiliary(word) && !gazetteer().is_given_name(word)
}

/// Determiners that open a described source.
const SOURCE_DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "one", "some", "many", "several", "his", "her", "their", "those",
    "these", "most", "other", "its", "our", "my", "your",
];

/// Whether `word`, in any case, is one of [`SOURCE_DETERMINERS`] ("The", "a").
fn is_source_determiner(word: &str) -> bool {
    SOURCE_DETERMINERS.contains(&word.to_lowercase().as_str())
}

fn subject_at(doc: &Document, floor: usize, cue: usize) -> Option<(Mention, (usize, usize))> {
    let lex = lexicon();
    let mut end = cue;
    while end > floor && stands_between(doc, floor, end - 1) {
        end -= 1;
    }
    // A party and state in parentheses after the name: "Mary Fallin (R-OK) said".
    if end > floor + 2 && doc.token_text(end - 1) == ")" {
        if let Some(open) = (floor + 1..end - 1)
            .rev()
            .take(6)
            .find(|&j| doc.token_text(j) == "(")
        {
            end = open;
        }
    }
    // Reuters' angle brackets: a ticker after the name ("Ericsson <ERIC ST> said") is no
    // part of it; a name inside them ("<Bechtel Corp> said", a company not listed) is.
    if end > floor + 2 && doc.token_text(end - 1) == ">" {
        if let Some(open) = (floor..end - 1)
            .rev()
            .take(8)
            .find(|&j| doc.token_text(j) == "<")
        {
            // (Not after "The": "The <American Stock Exchange> said".)
            let after_name = open > floor && {
                let before = doc.token_text(open - 1);
                is_capitalised(before) && !DETERMINERS.contains(&before)
            };
            end = if after_name { open } else { end - 1 };
        }
    }
    // "President Joseph R. Biden, Jr. declared": the suffix after the comma ends the name.
    if end > floor + 2 && is_name_suffix(doc.token_text(end - 1)) && doc.token_text(end - 2) == ","
    {
        end -= 2;
    }
    if end <= floor {
        return None;
    }
    let last = doc.token_text(end - 1);
    let span_of = |a: usize, b: usize| (doc.tokens[a].start, doc.tokens[b - 1].end);
    // "He’d said", "They’ve argued": the pronoun of a contraction.
    match last.split(is_apostrophe).next().unwrap_or(last) {
        "he" | "He" | "she" | "She" => {
            return Some((Mention::Pronoun { person: true }, span_of(end - 1, end)))
        }
        "they" | "They" | "it" | "It" => {
            return Some((Mention::Pronoun { person: false }, span_of(end - 1, end)))
        }
        // "That's why I’ve proposed …": the speaker "I" (or "We"), without the contraction.
        first @ ("I" | "We") if first.len() < last.len() => {
            let start = doc.tokens[end - 1].start;
            let mention = Mention::Named {
                name: first.to_string(),
                role: None,
                organisation: false,
            };
            return Some((mention, (start, start + first.len())));
        }
        // "You’ve said": the one addressed, whom the text does not name.
        "You" | "you" if last.len() > 3 => return None,
        // "Barkley, who said …": the speaker is the name before the comma; the mention is
        // the relative pronoun, where the clause's subject stands.
        "who" if end >= floor + 3 && doc.token_text(end - 2) == "," => {
            let antecedent = subject_at(doc, floor, end - 2)?;
            // "Cesar Chavez, one of my heroes, who once said": a description set off by
            // commas after a person's full name is that person.
            let (mention, _) = person_before_description(doc, floor, &antecedent)
                .filter(
                    |(named, _)| matches!(named, Mention::Named { name, .. } if name.contains(' ')),
                )
                .unwrap_or(antecedent);
            return Some((mention, span_of(end - 1, end)));
        }
        // So with no comma, when the words before name a person or open with a determiner
        // ("a tweet from Rikkie Wells who tweeted", "a tech staffer who told …"; not
        // "Critics who say" nor "Democrats who say", a group the clause defines, nor "Is he
        // hearing from people who want").
        "who" if end >= floor + 2 => {
            if let Some((antecedent, antecedent_span)) = subject_at(doc, floor, end - 1) {
                let opens_with_determiner = || {
                    let first = doc.token_at_or_after(antecedent_span.0);
                    DETERMINERS.contains(&doc.token_text(first))
                };
                let someone = match antecedent {
                    Mention::Named {
                        ref name,
                        organisation,
                        ..
                    } => {
                        !organisation && (name.contains(' ') || gazetteer().is_personal_name(name))
                    }
                    Mention::Anonymous(_) | Mention::Described(_) => opens_with_determiner(),
                    Mention::Pronoun { .. } => false,
                };
                if someone {
                    return Some((antecedent, span_of(end - 1, end)));
                }
            }
        }
        _ => {}
    }
    // "a source familiar with the investigation said", "another source speaking to Fox News
    // said", "aid workers involved in refugee resettlement said": the source is the head
    // before the post-modifier, written out whole.
    if let Some(modifier) = (floor.max(end.saturating_sub(10))..end.saturating_sub(1)).find(|&j| {
        matches!(
            doc.token_text(j),
            "familiar"
                | "close"
                | "briefed"
                | "knowledgeable"
                | "speaking"
                | "talking"
                | "involved"
        ) && matches!(doc.token_text(j + 1), "with" | "to" | "on" | "about" | "in")
    }) {
        // So is a source described ("A House staff member involved in drafting the law who
        // asked not to be identified said"), where a phrase of words alone follows it, not a
        // clause ("the world all speaking with one voice and saying", "agencies involved in
        // this effort, but I will say").
        // (Where the source starts, and whether it is unnamed.)
        let whole = match subject_at(doc, floor, modifier) {
            Some((Mention::Anonymous(_), (source_start, _))) => Some((source_start, true)),
            Some((Mention::Described(_), (source_start, _)))
                if !matches!(doc.token_text(modifier), "speaking" | "talking")
                    && !ROLE_STOPS.contains(&doc.token_text(end - 1))
                    && (modifier..end).all(|j| {
                        let word = doc.token_text(j);
                        word.chars().any(char::is_alphanumeric)
                            && !SUBJECT_PRONOUNS.contains(&word.to_lowercase().as_str())
                    }) =>
            {
                Some((source_start, false))
            }
            _ => None,
        };
        if let Some((source_start, unnamed)) = whole {
            let span = (source_start, doc.tokens[end - 1].end);
            let text = doc.text[span.0..span.1].to_string();
            let mention = if unnamed {
                Mention::Anonymous(text)
            } else {
                Mention::Described(text)
            };
            return Some((mention, span));
        }
    }
    if lex.anonymous.contains(last) {
        let span = span_of(determined_from(doc, floor, end - 1), end);
        return Some((
            Mention::Anonymous(doc.text[span.0..span.1].to_string()),
            span,
        ));
    }
    // "Research shows", "Studies suggest": a capitalised noun of evidence that opens its
    // sentence or clause is no name but a source described as written (not in "Telephone and
    // Data said").
    let alone = end - 1 == floor || !doc.token_text(end - 2).chars().any(char::is_alphanumeric);
    if alone && is_capitalised(last) && lex.evidence_sources.contains(last.to_lowercase().as_str())
    {
        let span = span_of(end - 1, end);
        return Some((Mention::Described(last.to_string()), span));
    }
    // "Moody's said", "Standard and Poor's said": a name that ends in a possessive right
    // before the cue is a company's; a person's or a place's of the lists is the contraction
    // of "has" ("Russia's said").
    // (Only before a verb of speech: "Russia’s continued actions", "Trump’s call for" are
    // an owner and its noun.)
    if is_possessive(last)
        && end >= floor + 2
        && cue < doc.tokens.len()
        && lexicon().inverting_cues.contains(doc.token_text(cue))
    {
        let mut start = end - 1;
        while start > floor && {
            let word = doc.token_text(start - 1);
            is_capitalised(word)
                && !opens_clause_word(word)
                && !SUBJECT_PRONOUNS
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(word))
                || matches!(word, "and" | "&")
                    && start < end - 1
                    && start - 1 > floor
                    && is_capitalised(doc.token_text(start - 2))
        } {
            start -= 1;
        }
        if start < end - 1 && doc.tokens[end - 2].end == doc.tokens[end - 1].start {
            let owner = &doc.text[doc.tokens[start].start..doc.tokens[end - 2].end];
            let g = gazetteer();
            let contraction = matches!(
                g.kind_of(owner),
                Some(EntityType::Person | EntityType::Place)
            );
            let (name, span) = if contraction {
                (owner.to_string(), span_of(start, end - 1))
            } else {
                let span = span_of(start, end);
                (doc.text[span.0..span.1].to_string(), span)
            };
            let mention = Mention::Named {
                name,
                role: None,
                organisation: !contraction,
            };
            return Some((mention, span));
        }
    }
    // The capitalised run before the cue: name, with titles before it; "I" ends it ("Like I
    // said", "All I can say").
    let mut start = end;
    while start > floor && !(start + 1 == end && doc.token_text(start) == "I") {
        let t = doc.token_text(start - 1);
        let particle = t
            .split('-')
            .next()
            .is_some_and(|p| NAME_PARTICLES.contains(&p))
            && start < end
            || particle_joined(t);
        // "The Bank of England said": "of" (or "for") after an organisation's word is inside
        // its name, and so is "the" after it ("The Department of the Interior is announcing").
        let organisation_word =
            |k: usize| gazetteer().organisation_words.contains(doc.token_text(k));
        // (Not "Minister of State for Textiles R.N. Mirdha": an office, whose holder speaks.)
        let of_in_organisation = matches!(t, "of" | "for")
            && start < end
            && start - 1 > floor
            && organisation_word(start - 2)
            && !(t == "for" && doc.token_text(start - 2) == "State");
        let the_in_organisation = t == "the"
            && start < end
            // Not `start - 2 > floor`: "the" as the first word (start 1) wrapped below zero.
            && start > floor + 2
            && doc.token_text(start - 2) == "of"
            && organisation_word(start - 3);
        // "the Department of Trade and Industry said", "the Organisation for Economic
        // Cooperation and Development said": "and" inside a body's name after its "of" or
        // "for", with capitalised words on both sides; not before a body of its own ("the
        // U.S. Department of Education and White House said").
        let and_in_organisation = t == "and"
            && start < end
            && is_capitalised(doc.token_text(start))
            && !(start..end).any(organisation_word)
            && (floor + 2..start.saturating_sub(1))
                .rev()
                .take(4)
                .take_while(|&j| j + 2 == start || is_capitalised(doc.token_text(j + 1)))
                .any(|j| {
                    matches!(doc.token_text(j), "of" | "for")
                        && j + 2 < start
                        && organisation_word(j - 1)
                });
        // "Standard and Poor's Corp said", "Moody's Investors Service Inc": a possessive and
        // "and" inside a company's name, which ends in its legal form; not between two
        // companies ("Standard Oil Co and BP North America Inc", "Unocal Corp's Union Oil Co").
        let company_form = |k: usize| gazetteer().is_company_form(doc.token_text(k));
        // "Johnson & Johnson announced": an ampersand joins one name, whatever its end.
        let inside_company = (is_possessive(t) || matches!(t, "and" | "&"))
            && start < end
            && start - 1 > floor
            && is_capitalised(doc.token_text(start - 2))
            && !company_form(start - 2)
            && (company_form(end - 1) || t == "&");
        // "S and P said": "and" between initials is inside a name.
        let initial = |k: usize| {
            let word = doc.token_text(k);
            word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase())
        };
        let between_initials = matches!(t, "and" | "&")
            && start < end
            && start - 1 > floor
            && initial(start)
            && initial(start - 2);
        // "Sony (U.K.) Ltd said": a place in parentheses inside a company's name.
        let parenthesis_in_company = (t == ")" && start < end && company_form(end - 1))
            .then(|| {
                (floor + 1..start - 1)
                    .rev()
                    .take(3)
                    .find(|&j| doc.token_text(j) == "(")
            })
            .flatten()
            .filter(|&open| {
                (open + 1..start - 1).all(|k| is_capitalised(doc.token_text(k)))
                    && is_capitalised(doc.token_text(open - 1))
            });
        // "Banc One Corp said", "Capital One Financial": a capitalised number after a
        // capitalised word is inside the name (not "Q The White House has said").
        let determiner_in_name = matches!(t, "One" | "Two")
            && start < end
            && start - 1 > floor
            && doc.token_text(start - 2).starts_with(char::is_uppercase);
        if let Some(open) = parenthesis_in_company {
            start = open;
        } else if (is_capitalised(t)
            // "Switzerland-based ABB announced": where the company is based is no part of
            // its name.
            && !t.ends_with("-based")
            && (!DETERMINERS.contains(&t) || determiner_in_name))
            || particle
            || of_in_organisation
            || the_in_organisation
            || inside_company
            || between_initials
            || and_in_organisation
        {
            start -= 1;
        } else {
            break;
        }
    }
    // A word that opens a clause is no part of the name: "Although Reynolds said". Not
    // "First" right before a capitalised word that is no title: "First Boston Corp said",
    // "First Chicago said" (but "First Lady Jill Biden").
    let names_a_company = |k: usize| {
        doc.token_text(k) == "First"
            && k + 1 < end
            && gazetteer().first_opens_name(doc.token_text(k + 1))
    };
    // "Q Does President Biden believe": a question's label and auxiliary are no title.
    let opens_question = |k: usize| {
        is_question_auxiliary(doc.token_text(k))
            || doc.token_text(k) == "Q"
                && k + 1 < end
                && is_question_auxiliary(doc.token_text(k + 1))
    };
    while start < end
        && (opens_clause_word(doc.token_text(start)) || opens_question(start))
        && !names_a_company(start)
    {
        start += 1;
    }
    if start == end {
        return described_source(doc, floor, end);
    }
    // "A spokesman for Grassley said", "an aide to Franks said", "an official of the Commerce
    // Department said", "an analyst with Shearson Lehman said": an unnamed source who speaks
    // for the name, as written, not the name; "officials in Washington said": the officials,
    // as "Republican lawmakers in Washington" are the lawmakers. (A statement or report from
    // a body speaks for the body.)
    let the_before = start > floor && doc.token_text(start - 1) == "the";
    let joint = start - usize::from(the_before);
    if joint > floor + 1
        && matches!(
            doc.token_text(joint - 1),
            "for" | "to" | "of" | "in" | "at" | "with" | "from"
        )
        && lex.anonymous.contains(doc.token_text(joint - 2))
        && !DOCUMENT_HEADS.contains(&doc.token_text(joint - 2))
    {
        let head = joint - 2;
        let until = if doc.token_text(joint - 1) == "in" {
            head + 1
        } else {
            end
        };
        let span = span_of(determined_from(doc, floor, head), until);
        return Some((
            Mention::Anonymous(doc.text[span.0..span.1].to_string()),
            span,
        ));
    }
    // "Ukraine’s Ambassador to the U.S. told", "an adviser to President Biden said", "the
    // Chairman of the Federal Reserve Board said": the holder of an office to or of a place,
    // body or person speaks, unnamed, as written; not the place, the body or the person. (A
    // name after the whole office is the holder: "Ambassador to the United Nations Nikki
    // Haley", "Secretary of State Blinken".)
    if joint > floor + 1 && matches!(doc.token_text(joint - 1), "to" | "of") {
        let office = joint - 2;
        let run_text =
            || written_together(&(start..end).map(|k| doc.token_text(k)).collect::<Vec<_>>());
        let g = gazetteer();
        let names_no_one = !(start..end).any(|k| g.is_given_name(doc.token_text(k)));
        let object = if doc.token_text(joint - 1) == "to" {
            names_no_one || g.titles.contains(doc.token_text(start))
        } else {
            names_no_one
                && (end == start + 1
                    || g.kind_of(&run_text()).is_some()
                    || (start..end).any(|k| g.organisation_words.contains(doc.token_text(k))))
        };
        // (Not a title that is a name's last word: "Representative Peter King of New York".)
        let in_name = office > floor && {
            let before = doc.token_text(office - 1);
            !is_source_determiner(before) && (g.is_given_name(before) || is_honorific(before))
        };
        if object && !in_name && is_office(doc.token_text(office)) {
            let from = holder_from(doc, floor, office);
            // "Jack Yoedt, executive director of SEIU, said": a person named before the
            // office's comma holds it.
            if from > floor + 1 && doc.token_text(from - 1) == "," {
                if let Some((
                    Mention::Named {
                        name,
                        organisation: false,
                        ..
                    },
                    name_span,
                )) = subject_at(doc, floor, from - 1)
                {
                    // A person's name: two words or a census name, not "Tomorrow, the Chief
                    // of Staff tweeted".
                    let person = name.contains(' ') || g.is_personal_name(&name);
                    if person && g.kind_of(&name) != Some(EntityType::Place) {
                        let (role_start, role_end) = span_of(from, end);
                        let role = doc.text[role_start..role_end].to_string();
                        return Some((
                            Mention::Named {
                                name,
                                role: Some(role),
                                organisation: false,
                            },
                            name_span,
                        ));
                    }
                }
            }
            let span = span_of(from, end);
            // The head is an office, a common noun however written: "The Secretary of State
            // said" opening a sentence is the one "the Secretary of State" names within one.
            let written = &doc.text[span.0..span.1];
            let text = match written.split_once(' ') {
                Some((first, rest)) if is_source_determiner(first) => {
                    format!("{} {rest}", first.to_lowercase())
                }
                _ => written.to_string(),
            };
            return Some((Mention::Anonymous(text), span));
        }
    }
    // "The Netherlands embassy in the United States tweeted": a described source in a place
    // speaks, not the place.
    if joint > floor + 1 && matches!(doc.token_text(joint - 1), "in" | "at") {
        let head = doc.token_text(joint - 2);
        // (Not the object of another preposition: "a professor of economics at Iowa State".)
        let object = joint > floor + 2
            && matches!(
                doc.token_text(joint - 3),
                "of" | "for" | "to" | "with" | "on"
            );
        if head.chars().all(|c| c.is_lowercase())
            && !head.ends_with("ed")
            && !head.ends_with("ing")
            && !object
            && !lex.cue_starts.contains(head)
        {
            if let Some(source) = described_source(doc, floor, joint - 1) {
                return Some(source);
            }
        }
    }
    // The name is what follows the last title or honorific in the run; a title before an
    // organisation's word or a company's legal form is a word of its name ("the Justice
    // Department", "Supermarkets General Corp").
    let last_organisation_word = (start..end).rfind(|&k| {
        let t = doc.token_text(k);
        let g = gazetteer();
        g.organisation_words.contains(t) || g.is_company_form(t)
    });
    let mut name_start = start;
    for k in start..end {
        let t = doc.token_text(k);
        // A title that ends the run after a given name or an honorific is a surname: "Peter
        // King", "Mr. King" (not "U.S. Secretary of State …").
        // So is a title alone that is a given name and a surname too, after no determiner or
        // capitalised word: "Dean, a former party chairman, poked at Trump, tweeting …" (not
        // "the Dean said", "First Lady said", "Crown Prince said").
        let alone_as_surname = k == start
            && end == start + 1
            && !(start > floor && {
                let before = doc.token_text(start - 1);
                DETERMINERS.contains(&before) || is_capitalised(before)
            })
            && gazetteer().is_given_name(t)
            && gazetteer().last_names.contains(t.to_lowercase().as_str());
        let surname = k + 1 == end
            && (k > start && {
                let before = doc.token_text(k - 1);
                is_honorific(before) || gazetteer().is_given_name(before)
            } || alone_as_surname);
        let title = (gazetteer().titles.contains(t) || is_honorific(t)) && !surname;
        if title && last_organisation_word.is_none_or(|j| j <= k) {
            name_start = k + 1;
        }
    }
    // "Secretary of State Rex Tillerson", "Chancellor of the Exchequer Nigel Lawson",
    // "Ambassador to the United Nations Nikki Haley": after a title and "of" or "to" (and
    // "the"), the office runs up to the person's first name (or their last two names, when
    // no first name is known; not after "the", which opens an organisation's name as often).
    let after_the = start > floor + 2 && doc.token_text(start - 1) == "the";
    let of_at = if after_the {
        start - 2
    } else {
        start.saturating_sub(1)
    };
    let title_of = of_at > floor
        && of_at < start
        && matches!(doc.token_text(of_at), "of" | "to")
        && gazetteer().titles.contains(doc.token_text(of_at - 1));
    if title_of && name_start == start && end - start > 2 {
        // Not a word of an organisation's name: "of the Federal Home Loan Banks".
        let organisation_word = |k: usize| {
            let word = doc.token_text(k);
            let orgs = &gazetteer().organisation_words;
            orgs.contains(word) || orgs.contains(word.trim_end_matches('s'))
        };
        let first_name = (start + 1..end)
            .find(|&k| gazetteer().is_given_name(doc.token_text(k)))
            .filter(|&k| !(k..end).any(organisation_word));
        name_start = match first_name {
            Some(k) => k,
            None if after_the => start,
            None => end - 2,
        };
    }
    // "The New Hampshire Union Leader said": a title that ends an organisation's name.
    if name_start >= end && last_organisation_word.is_some() {
        name_start = start;
    }
    // "The President said", "the Vice President noted": titles with no name are an office
    // that speaks as written (whose holder the article may name, below).
    if name_start >= end {
        let only_titles = (start..end).all(|k| gazetteer().titles.contains(doc.token_text(k)));
        return if only_titles {
            described_source(doc, floor, end)
        } else {
            None
        };
    }
    // The role: titles in the run, and the lower-case words before the run back to a
    // determiner ("Pentagon spokesman", "Russian defense ministry’s spokesperson Major General").
    let mut role_start = if title_of && name_start > start {
        of_at - 1
    } else {
        start
    };
    while role_start > floor && start - role_start < 6 {
        let t = doc.token_text(role_start - 1);
        // "But Warren said": a word that opens a clause is no role either; nor a dash or a
        // number ("March 4 - Acme Corp said").
        // "secretary of state": "of" between an office and a lower-case word is part of the
        // role (not in "Representative Peter King of New York", "president of NAWG").
        let office_of = t == "of"
            && role_start >= floor + 2
            && is_office(doc.token_text(role_start - 2))
            && doc.token_text(role_start).starts_with(char::is_lowercase);
        if DETERMINERS.contains(&t)
            || ROLE_STOPS.contains(&t) && !office_of
            || RELATIVE_PRONOUNS.contains(&t)
            // "does President Biden think": a question's auxiliary.
            || is_auxiliary(t)
            || is_cue(doc, role_start - 1)
            || opens_clause_word(t)
            || is_dash(t)
            || t.chars().any(|c| c.is_ascii_digit())
            || !(t.chars().all(char::is_alphanumeric)
                || t.chars().any(is_apostrophe)
                || t.contains('-'))
        {
            break;
        }
        role_start -= 1;
    }
    // "in a statement Acme said": lower-case words after a preposition's determiner are an
    // adverbial, not a role.
    if role_start < start
        && role_start > floor + 1
        && DETERMINERS.contains(&doc.token_text(role_start - 1))
        && SCENE_PREPOSITIONS.contains(&doc.token_text(role_start - 2))
    {
        role_start = start;
    }
    let role_text = if role_start < name_start {
        let words: Vec<&str> = (role_start..name_start)
            .map(|k| doc.token_text(k))
            .filter(|t| !is_honorific(t))
            .collect();
        let role = written_together(&words);
        (!role.is_empty()).then_some(role)
    } else {
        None
    };
    let name: Vec<&str> = (name_start..end).map(|k| doc.token_text(k)).collect();
    let organisation = DETERMINERS.contains(&doc.token_text(start.saturating_sub(1)))
        && start > floor
        || name
            .iter()
            .any(|w| gazetteer().organisation_words.contains(w));
    let span = span_of(name_start, end);
    Some((
        Mention::Named {
            name: written_together(&name),
            role: role_text,
            organisation,
        },
        span,
    ))
}

/// The speaker right after a cue: "said Peter Cook", "said spokesman John Kirby", "said one
/// party activist".
fn subject_after(doc: &Document, cue: usize, ceiling: usize) -> Option<(Mention, (usize, usize))> {
    let limit = ceiling.min(cue + 10);
    let mut end = cue + 1;
    // Role words before the name, "of" inside them: "said former secretary of state Hillary
    // Clinton".
    // A number that opens them is one of them: "said 9/11 widow Terry Strada" (three tokens),
    // and an age may stand right before the name: "said 17-year-old Hannah Smith" (not
    // "showed 761 U.S. rigs").
    let number = |t: &str| t.chars().any(|c| c.is_ascii_digit()) || t == "/";
    while end < limit && end - cue <= 3 && number(doc.token_text(end)) {
        end += 1;
    }
    let numbered = end > cue + 1;
    let age = numbered && doc.token_text(end - 1).ends_with("-old");
    // "said lobbyist and GOP strategist Charlie Black": "and" joins two roles.
    while end < limit
        && end - cue <= 5
        && (is_role_word(doc.token_text(end))
            || end > cue + 1 && doc.token_text(end) == "of"
            || end > cue + 1
                && end + 1 < limit
                && doc.token_text(end) == "and"
                && is_role_word(doc.token_text(end - 1)))
    {
        end += 1;
    }
    if numbered && !is_role_word(doc.token_text(end - 1)) && !age {
        end = cue + 1;
    }
    let name_start = end;
    // Particles inside the name go on with it: "said Ursula von der Leyen", "said Bashar
    // al-Assad".
    let particle = |k: usize| {
        k > name_start
            && (particle_joined(doc.token_text(k))
                || (k..limit)
                    .find(|&j| !NAME_PARTICLES.contains(&doc.token_text(j)))
                    .is_some_and(|j| j > k && is_capitalised(doc.token_text(j))))
    };
    // "said Secretary of State George Shultz", "said Chancellor of the Exchequer Nigel
    // Lawson": "of" (and "the") after a title, before more capitals; not after a name
    // ("said Ward McCarthy of Merrill Lynch").
    let of_in_title = |k: usize| {
        k > name_start
            && k + 2 < limit
            && doc.token_text(k) == "of"
            && gazetteer().titles.contains(doc.token_text(k - 1))
            && (k + 1..(k + 3).min(limit))
                .find(|&j| doc.token_text(j) != "the")
                .is_some_and(|j| is_capitalised(doc.token_text(j)))
    };
    while end < limit && (is_capitalised(doc.token_text(end)) || particle(end)) {
        end += 1;
        // "said Eversource President and CEO Joe Nolan".
        if joins_titles(doc, end, limit) {
            end += 1;
        }
        if of_in_title(end) {
            end += 1 + usize::from(doc.token_text(end + 1) == "the");
        }
    }
    // "said Future Computing analyst Joe Cross": a body's name, a role in lower case, then a
    // name of two words or more is one subject with its role.
    if end > name_start {
        let role_end = (end..limit.min(end + 3))
            .take_while(|&j| is_role_word(doc.token_text(j)))
            .last()
            .map_or(end, |j| j + 1);
        let name_end = (role_end..limit)
            .find(|&j| !is_capitalised(doc.token_text(j)))
            .unwrap_or(limit);
        if role_end > end && name_end >= role_end + 2 {
            end = name_end;
        }
        return subject_before(doc, cue + 1, end);
    }
    // A described source: up to the next punctuation or relative clause ("one source who …"),
    // or the end of the sentence; a clause that runs on is no source ("said the convention
    // represented the …").
    let end = (cue + 1..limit)
        .find(|&j| {
            let t = doc.token_text(j);
            !t.chars().any(char::is_alphanumeric) || matches!(t, "who" | "that" | "which")
        })
        .or((limit == ceiling).then_some(limit));
    // "said in a statement" names no source.
    if cue + 1 >= limit || ROLE_STOPS.contains(&doc.token_text(cue + 1)) {
        return None;
    }
    // "“…,” tweeted another.", "…, said others.": a word that stands for one or more of a
    // group, alone before the end of the clause.
    let lone = doc.token_text(cue + 1);
    // "One" or "another" is one member of a group, unnamed: "Other brokers agreed. “…,” said
    // one."
    if end == Some(cue + 2) && (is_quantity(lone) || matches!(lone, "another" | "one")) {
        let span = (doc.tokens[cue + 1].start, doc.tokens[cue + 1].end);
        let mention = if is_quantity(lone) {
            Mention::Described(lone.to_string())
        } else {
            Mention::Anonymous(lone.to_string())
        };
        return Some((mention, span));
    }
    // The source opens right after the cue: in "said a source close to the campaign" the
    // source is not "the campaign".
    let described = end
        .filter(|&end| end > cue + 2)
        .and_then(|end| described_source(doc, cue + 1, end))
        .filter(|(_, span)| doc.token_at_or_after(span.0) == cue + 1);
    if let Some((_, span)) = &described {
        let comma = doc.token_at_or_after(span.1);
        if comma < ceiling && doc.token_text(comma) == "," {
            if let Some(name) = appositive_name(doc, comma, ceiling) {
                return Some(name);
            }
        }
    }
    described.or_else(|| source_before_modifier(doc, cue + 1, end.unwrap_or(limit)))
}

/// The name set off by the comma `comma` after a described source, which it names: "said the
/// group's chief executive, Kjell Nilsson.", "said the bureau's director, James B. Comey, on
/// Monday", "said the central bank, Bank Negara". Only a name that fills the appositive: not
/// "said the official, Trump's adviser" nor a place ("said the company, New York-based").
fn appositive_name(
    doc: &Document,
    comma: usize,
    ceiling: usize,
) -> Option<(Mention, (usize, usize))> {
    let first = comma + 1;
    if first >= ceiling || !is_capitalised(doc.token_text(first)) {
        return None;
    }
    // The name ends at punctuation within eight tokens, or at the ceiling.
    let window_end = ceiling.min(first + 8);
    let stop = (first..window_end)
        .find(|&j| !doc.token_text(j).chars().any(char::is_alphanumeric))
        .or((window_end == ceiling).then_some(ceiling))?;
    subject_at(doc, first, stop).filter(|(mention, span)| {
        matches!(mention, Mention::Named { name, .. }
            if gazetteer().kind_of(name) != Some(EntityType::Place))
            && doc.token_at_or_after(span.0) == first
            && doc.token_at_or_after(span.1) == stop
    })
}

/// An unnamed source with a determiner, up to the words that modify it ("one well-connected
/// Democrat familiar with the campaign", "a longtime adviser to both Clintons", "the base chief
/// known as Bob"): the head is the source, as written.
fn source_before_modifier(
    doc: &Document,
    from: usize,
    end: usize,
) -> Option<(Mention, (usize, usize))> {
    if !is_source_determiner(doc.token_text(from)) {
        return None;
    }
    let head_end = (from + 2..end.min(from + 6)).find(|&j| {
        matches!(
            doc.token_text(j),
            "familiar" | "close" | "known" | "to" | "from" | "in" | "at" | "with" | "on"
        )
    })?;
    subject_at(doc, from, head_end)
        .filter(|(_, span)| doc.token_at_or_after(span.0) == from)
        .or_else(|| described_source(doc, from, head_end))
}

/// Whether token `k` is an "and" joining two titles of one name before `limit`: "President
/// and CEO Joe Nolan".
fn joins_titles(doc: &Document, k: usize, limit: usize) -> bool {
    k > 0
        && k + 1 < limit
        && matches!(doc.token_text(k), "and" | "&")
        && gazetteer().titles.contains(doc.token_text(k - 1))
        && is_capitalised(doc.token_text(k + 1))
}

/// A lower-case word that may stand in a role before a name ("spokesman", "pollster").
fn is_role_word(word: &str) -> bool {
    word.chars().all(|c| c.is_lowercase() || c == '-')
        && !word.is_empty()
        && !ROLE_STOPS.contains(&word)
        && !DETERMINERS.contains(&word)
        && !SOURCE_DETERMINERS.contains(&word)
        && !AUXILIARIES.contains(&word)
        && !is_cue_word(word)
}

fn is_cue(doc: &Document, k: usize) -> bool {
    let word = doc.token_text(k);
    let next_is = |w: &str| k + 1 < doc.tokens.len() && doc.token_text(k + 1) == w;
    if word.eq_ignore_ascii_case("according") {
        return next_is("to");
    }
    // "As Vulture put it, “…”"
    if matches!(word, "put" | "puts") {
        return next_is("it");
    }
    // "asking yourself this: …", "telling themselves …": one's own thoughts, not speech.
    let reflexive = [
        "myself",
        "yourself",
        "himself",
        "herself",
        "ourselves",
        "themselves",
    ];
    if is_participle(word) && reflexive.iter().any(|r| next_is(r)) {
        return false;
    }
    // "a trader who asked not to be identified said …": a request not to be named says
    // nothing (`lexicon/anonymity_requests.txt`).
    if (next_is("not") || next_is("to") || next_is("anonymity")) && requests_anonymity(doc, k) {
        return false;
    }
    is_cue_word(word)
        && !makes_another_verb(doc, k)
        && !modifies_noun(doc, k)
        && !names_speech(doc, k)
        && !counts_an_amount(doc, k)
}

/// Whether the words after token `k` ask not to be named: "asked not to be identified",
/// "declined to be named", "requested anonymity".
fn requests_anonymity(doc: &Document, k: usize) -> bool {
    (1..=4).any(|words| {
        k + words < doc.tokens.len() && {
            lexicon()
                .anonymity_requests
                .contains(written_phrase(doc, k + 1..k + 1 + words).as_str())
        }
    })
}

/// "the economy added 947,000 jobs", "Pennsylvania has added more than 560,000 new jobs": a
/// counting cue right before an amount (a number, after at most three words such as "a total
/// of" or "more than").
fn counts_an_amount(doc: &Document, k: usize) -> bool {
    lexicon().counting_cues.contains(doc.token_text(k))
        && (k + 1..(k + 5).min(doc.tokens.len()))
            .map(|j| doc.token_text(j))
            .find(|t| !t.chars().all(char::is_alphabetic) || *t == "that")
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit() || c == '$'))
}

/// Words that qualify what was said, between an owner and a noun cue ("his recent remarks");
/// not any word, since a noun there is a subject ("the paper claims").
const SPEECH_MODIFIERS: &[&str] = &[
    "recent",
    "latest",
    "earlier",
    "previous",
    "past",
    "new",
    "own",
    "false",
    "repeated",
    "public",
    "controversial",
    "many",
    "such",
    "similar",
];

/// A word in "-s" but not "-ss": a plural, or a verb's third person ("networks", "says").
fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// "his recent remarks about Clinton", "the claims", "Trump’s tweets": a cue word that is a
/// plural noun after a determiner or an owner (and at most one of [`SPEECH_MODIFIERS`]).
fn names_speech(doc: &Document, k: usize) -> bool {
    // Not a determiner that stands alone as a subject: "Another notes her summer job …".
    // The articles first: `article` below reads them alone.
    let owners = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
    ];
    let determiner = |j: usize| {
        let t = doc.token_text(j);
        owners.iter().any(|o| o.eq_ignore_ascii_case(t))
    };
    let owner = |j: usize| determiner(j) || is_possessive(doc.token_text(j));
    // "his claim that he'd been offered a scholarship", "his warning that …": the noun
    // reports what it says.
    let next_is_that = k + 1 < doc.tokens.len() && doc.token_text(k + 1) == "that";
    let modifier = |j: usize| SPEECH_MODIFIERS.contains(&doc.token_text(j));
    // Before a noun in the singular, any word but a plural: "the bipartisan support", "a
    // critical support network" (a verb there would need a plural subject).
    let singular_modifier = |j: usize| {
        let t = doc.token_text(j);
        let lower = t.to_lowercase();
        t.chars().all(|c| c.is_alphabetic() || c == '-')
            && !SUBJECT_PRONOUNS.contains(&lower.as_str())
            && !ROLE_STOPS.contains(&lower.as_str())
            && !AUXILIARIES.contains(&lower.as_str())
            && !RELATIVE_PRONOUNS.contains(&lower.as_str())
            && !looks_plural(t)
            && !names_a_group(&lower)
            && !lexicon().group_nouns.contains(lower.as_str())
    };
    let word = doc.token_text(k);
    if lexicon().singular_noun_cues.contains(word) && !next_is_that {
        let mut j = k;
        while j > k.saturating_sub(3) && j >= 1 {
            // "Would the White House support …?": a question's verb after its subject.
            // "Photos from the period show …": the owner's phrase follows the plural subject.
            if owner(j - 1) {
                let before = |i: usize| (j >= i).then(|| doc.token_text(j - i).to_lowercase());
                let question = j >= 2 && is_auxiliary(doc.token_text(j - 2));
                let after_plural = before(2).is_some_and(|w| ROLE_STOPS.contains(&w.as_str()))
                    && before(3).is_some_and(|w| looks_plural(&w));
                return !question && !after_plural;
            }
            if !singular_modifier(j - 1) {
                return false;
            }
            j -= 1;
        }
        return false;
    }
    // "their continued support", "the alleged manipulation", "a promising treatment": a
    // participle right after a determiner modifies the noun after it (not after "He’s":
    // "He’s saying that …").
    // ("her endorsing the nominee" is a gerund, which reports.)
    let article = |j: usize| {
        owners[..3]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(doc.token_text(j)))
    };
    let modifies = k >= 1
        && !next_is_that
        && (word.ends_with("ed") && determiner(k - 1) || word.ends_with("ing") && article(k - 1));
    modifies
        || lexicon().noun_cues.contains(word)
            && (k >= 1 && owner(k - 1) || k >= 2 && owner(k - 2) && modifier(k - 1))
}

/// "The opinions expressed are his own": a participle right before "is" or "are" modifies the
/// noun before it, and reports nothing. Not before "was": "the only regret he acknowledged
/// was …" is a relative clause whose verb does report.
fn modifies_noun(doc: &Document, k: usize) -> bool {
    doc.token_text(k).ends_with("ed")
        && k + 1 < doc.tokens.len()
        && matches!(doc.token_text(k + 1), "is" | "are")
}

/// A cue that attributes a quote in marks close after it, and nothing else ("called her
/// “…”").
fn is_quote_cue(doc: &Document, k: usize, quote_start: usize) -> bool {
    lexicon().quote_cues.contains(doc.token_text(k)) && quote_start - k <= QUOTE_CUE_TOKENS
}

/// A naming verb before the short quote `span` in its sentence, with a speaker: "Ducey called
/// the long lines “unacceptable.”" The attribution, and where its object (the quote's start)
/// begins; not before `previous_end`, where the quote before ends.
fn naming_before(
    doc: &Document,
    span: (usize, usize),
    previous_end: usize,
) -> Option<(Attribution, usize)> {
    let first = doc.token_at_or_after(span.0);
    let start = sentence_start(doc, first.min(doc.tokens.len() - 1))
        .max(doc.token_at_or_after(previous_end));
    (start.max(first.saturating_sub(QUOTE_CUE_TOKENS))..first.saturating_sub(1))
        .rev()
        .filter(|&k| lexicon().quote_cues.contains(doc.token_text(k)))
        .find_map(|k| {
            let (mention, mspan) = subject_before(doc, start, k)?;
            let quote_follows = first <= k + 3
                && (k + 1..first).all(|j| {
                    let w = doc.token_text(j);
                    !w.chars().any(char::is_alphanumeric) || matches!(w, "a" | "an" | "the")
                });
            // "slammed the tax loophole called an “inversion”": the noun right before the
            // naming verb is the thing named so, not who speaks.
            if quote_follows
                && matches!(mention, Mention::Described(_))
                && doc.token_at_or_after(mspan.1) == k
            {
                return None;
            }
            let attribution = Attribution {
                mention,
                span: mspan,
                cue: doc.token_text(k).to_string(),
            };
            Some((attribution, doc.tokens[k + 1].start))
        })
}

/// How many tokens a quote-only cue may stand before the quote it attributes: "called
/// Russia’s military activities in the war-torn country as “…”".
const QUOTE_CUE_TOKENS: usize = 12;

fn is_cue_word(word: &str) -> bool {
    lexicon().cues.contains(word)
}

fn is_boundary(token: &str) -> bool {
    matches!(token, "." | "!" | "?" | "…")
}

/// How far after a direct quote its cue may stand, in tokens.
const AFTER_QUOTE_TOKENS: usize = 24;

/// Attribution of the direct quote with inside byte span `span`, from the cue next to it.
fn attribute_direct(
    doc: &Document,
    span: (usize, usize),
    previous_end: usize,
) -> Option<Attribution> {
    dash_attribution(doc, span)
        .or_else(|| cue_after_quote(doc, span))
        .or_else(|| cue_before_quote(doc, span, previous_end))
        .or_else(|| as_clause(doc, span, previous_end))
        .or_else(|| colon_label(doc, span))
        .map(|attribution| {
            let sentence = sentence_start(doc, doc.token_at_or_after(attribution.span.0));
            poll_counting(doc, sentence, attribution)
        })
}

/// "As The Hill pointed out, “…”", "as the Rainmakers sang back in the 1980s, "…"": a clause
/// opened by "as" that ends at the comma before the quote names its source, whatever its verb.
fn as_clause(doc: &Document, span: (usize, usize), previous_end: usize) -> Option<Attribution> {
    let first = doc.token_at_or_after(span.0);
    let mut comma = first.checked_sub(1)?;
    // An opening mark, or the two apostrophes some archives type for one.
    while comma > 0
        && (doc.token_text(comma).starts_with(is_opening_mark)
            || doc.token_text(comma).chars().all(|c| c == '\''))
    {
        comma -= 1;
    }
    if doc.token_text(comma) != "," {
        return None;
    }
    let floor = sentence_start(doc, comma).max(doc.token_at_or_after(previous_end));
    // "As the Hollywood columnist Louella Parsons had written just a few years earlier, …".
    let as_at = (floor..comma)
        .rev()
        .take(16)
        .take_while(|&k| !is_boundary(doc.token_text(k)) && doc.token_text(k) != ",")
        .find(|&k| doc.token_text(k).eq_ignore_ascii_case("as"))?;
    let (mention, mspan) = sentence_subject(doc, as_at + 1, comma)?;
    let verb = doc.token_at_or_after(mspan.1);
    let word = doc.token_text(verb);
    (verb < comma && word.starts_with(char::is_lowercase)).then(|| Attribution {
        mention,
        span: mspan,
        cue: word.to_string(),
    })
}

/// "- Philip Bump: “…”", "Rep. Trey Gowdy (R-S.C.):"…"": a name alone before a colon, from
/// the paragraph's start or a dash, labels the quote after it (round-ups, transcripts).
fn colon_label(doc: &Document, span: (usize, usize)) -> Option<Attribution> {
    let (paragraph_start, _) = paragraph_around(doc.text, span.0);
    let before = doc.text[paragraph_start..span.0]
        .trim_end_matches(|c: char| c.is_whitespace() || is_opening_mark(c));
    let colon = doc.token_at_or_after(paragraph_start + before.strip_suffix(':')?.len());
    let mut from = colon;
    while from > 0
        && doc.tokens[from - 1].start >= paragraph_start
        && !is_dash(doc.token_text(from - 1))
    {
        from -= 1;
    }
    if colon == from || colon - from > 8 {
        return None;
    }
    let capitalised = (from..colon).all(|k| {
        let t = doc.token_text(k);
        is_capitalised(t) || matches!(t, "(" | ")")
    });
    // "Retired auto worker Brian Pannebecker: “…”": role words in lower case before a
    // person's full name, the paragraph's first word capitalised.
    let described_person = || {
        colon - from >= 3
            && is_capitalised(doc.token_text(from))
            && (from..colon).all(|k| {
                let t = doc.token_text(k);
                is_capitalised(t) || is_role_word(t)
            })
            && gazetteer().is_given_name(doc.token_text(colon - 2))
            && is_capitalised(doc.token_text(colon - 1))
    };
    if !(capitalised && colon - from <= 6 || described_person()) {
        return None;
    }
    match subject_at(doc, from, colon)? {
        (mention @ Mention::Named { .. }, mspan) => Some(Attribution {
            mention,
            span: mspan,
            cue: ":".into(),
        }),
        _ => None,
    }
}

/// "NOTE: Per shr calculated after …", "Update: …", "PROMISE MADE: “…”": an editor's label or
/// a fact sheet's head before a colon is no source.
fn names_no_speaker(head: &str) -> bool {
    super::transcript::not_speaker_labels().contains(head.trim().to_uppercase().as_str())
        || super::transcript::is_fact_sheet_head(head)
}

/// The byte range of the paragraph around `byte`.
fn paragraph_around(text: &str, byte: usize) -> (usize, usize) {
    let start = text[..byte].rfind('\n').map_or(0, |p| p + 1);
    let end = text[byte..].find('\n').map_or(text.len(), |p| byte + p);
    (start, end)
}

/// Whether `word` opens a clause and is never part of a name ("Although", "But", "On").
fn opens_clause_word(word: &str) -> bool {
    gazetteer()
        .sentence_openers
        .contains(word.to_lowercase().as_str())
}

/// Whether every word of `words` is a title: "President", "Vice President", an office alone.
fn all_titles(words: &str) -> bool {
    words
        .split(' ')
        .all(|word| gazetteer().titles.contains(word))
}

/// Whether `word` names an office a person holds, in a title before a name or after "the"
/// ("Secretary", "spokesman"; not "paper", not "senators").
fn is_office(word: &str) -> bool {
    gazetteer().titles.contains(word) && !is_honorific(word) || lexicon().offices.contains(word)
}

/// Words joined as they are written, a possessive onto its word: "Sanders’s",
/// "RealClearPolitics’", "Standard and Poor's Corp".
fn written_together(words: &[&str]) -> String {
    words
        .join(" ")
        .replace(" ’", "’")
        .replace(" '", "'")
        .replace(" ´", "´")
        .replace("( ", "(")
        .replace(" )", ")")
}

/// Whether `token` is a possessive "’s" split off its word.
fn is_possessive(token: &str) -> bool {
    matches!(token, "’s" | "'s" | "´s")
}

/// What joins two pieces of a quote in its text, given the `gap` of text between them: the
/// narration between two pieces ("“X,” he said. “Y.”") is left out, and an ellipsis says so;
/// the marks and line break between two paragraphs of one quote are not.
pub(super) fn piece_separator(gap: &str) -> &'static str {
    if holds_no_words(gap) {
        " "
    } else {
        " … "
    }
}

/// Whether `text` holds no words: only spaces, quote marks and punctuation.
fn holds_no_words(text: &str) -> bool {
    !text.chars().any(char::is_alphanumeric)
}

/// A name after a dash under a quote that is a paragraph of its own: "“…” ― Sonya Herridge",
/// "“…”\n\n- Bernie Sanders." (epigraphs, readers' voices, fact checks). Within running text
/// a dash after a quote goes on with the sentence, so the quote must open its paragraph and
/// the name must be all its line holds, up to a comma ("- Michelle Marks, Philadelphia.").
fn dash_attribution(doc: &Document, span: (usize, usize)) -> Option<Attribution> {
    let (paragraph_start, _) = paragraph_around(doc.text, span.0);
    if !holds_no_words(&doc.text[paragraph_start..span.0]) {
        return None;
    }
    let after = &doc.text[span.1..];
    let at_dash = after.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | '?' | '!') || is_closing_mark_for('“', c)
    });
    let skipped = &after[..after.len() - at_dash.len()];
    if skipped.len() > 12 || skipped.matches('\n').count() > 2 {
        return None;
    }
    let name = at_dash.trim_start_matches(['-', '–', '—', '―']);
    let dash = &at_dash[..at_dash.len() - name.len()];
    if !(1..=2).contains(&dash.chars().count()) {
        return None;
    }
    let name_start = doc.text.len() - name.len();
    let line_end = paragraph_around(doc.text, name_start).1;
    let first = doc.token_at_or_after(name_start);
    let last = (first..doc.tokens.len())
        .take_while(|&k| doc.tokens[k].start < line_end)
        .last()?;
    let name_end = (first..=last)
        .find(|&k| matches!(doc.token_text(k), "," | "." | "(" | ";"))
        .unwrap_or(last + 1);
    // Only capitalised words (a title, the name) stand on the line before the comma.
    let all_capitalised = (first..name_end).all(|k| is_capitalised(doc.token_text(k)));
    match subject_at(doc, first, name_end)? {
        (mention @ Mention::Named { .. }, mspan) if all_capitalised => Some(Attribution {
            mention,
            span: mspan,
            cue: dash.to_string(),
        }),
        _ => None,
    }
}

/// The attribution after a quote: "“…,” he said.", "“…,” said Peter Cook".
fn cue_after_quote(doc: &Document, span: (usize, usize)) -> Option<Attribution> {
    // "… asserted that “trust in the police is broken.” Clinton said Wednesday …": a quote
    // that ends the sentence it stands in; a cue after it is the next sentence's.
    if doc.text[..span.1].ends_with('.') && quote_in_sentence(doc, span.0).2 {
        return None;
    }
    let after = doc.token_at_or_after(span.1);
    let (_, paragraph_end) = paragraph_around(doc.text, span.1);
    // After the quote: "…,” he said." up to the sentence end or the next quote.
    // The closing mark (which may be an opening mark typed wrongly) and a comma come first.
    let mut after = after;
    while after < doc.tokens.len()
        && doc.tokens[after].start < span.1 + 4
        && !doc.token_text(after).chars().any(char::is_alphanumeric)
    {
        after += 1;
    }
    // "…, “That makes me smart,” when Clinton blasted him": a cue inside a clause that a
    // subordinating word opens after the quote is that clause's, not the quote's (but "…”
    // before the end of the year, Marc Short said": the clause ends at its comma).
    let subordinate_end = if after < doc.tokens.len()
        && matches!(
            doc.token_text(after),
            "when" | "while" | "after" | "before" | "because"
        ) {
        (after..doc.tokens.len())
            .find(|&j| doc.token_text(j) == "," || is_boundary(doc.token_text(j)))
            .unwrap_or(doc.tokens.len())
    } else {
        after
    };
    // Far enough for a speaker with an appositive: "“…,” Terrie Rizzo, the Democratic chair
    // of Florida’s Palm Beach County, said".
    let mut k = after;
    while k < doc.tokens.len()
        && k < after + AFTER_QUOTE_TOKENS
        && doc.tokens[k].start < paragraph_end
    {
        let t = doc.token_text(k);
        if is_boundary(t) || t.starts_with(is_opening_mark) {
            break;
        }
        // "“… security.” He added, “…”": a cue in the next sentence that opens another quote
        // is that quote's, not this one's.
        let opens_next_quote = doc.text[..span.1].ends_with(['.', '?', '!'])
            && k + 2 < doc.tokens.len()
            && matches!(doc.token_text(k + 1), "," | ":")
            && doc.token_text(k + 2).starts_with(is_opening_mark);
        if opens_next_quote {
            break;
        }
        if k >= subordinate_end && (is_cue(doc, k) || is_after_quote_cue(doc, k)) {
            let floor = after;
            // The name after "told" is the listener: "…,” the senator told ABC's “This Week”";
            // what follows a participle is what was said: "…,” saying it showed his work".
            let listener_follows = matches!(t, "told" | "tells");
            if let Some((mention, mspan)) = subject_before(doc, floor, k).or_else(|| {
                (!listener_follows && !is_participle(t))
                    .then(|| subject_after(doc, k, doc.tokens.len()))
                    .flatten()
            }) {
                return Some(Attribution {
                    mention,
                    span: mspan,
                    cue: doc.token_text(k).to_string(),
                });
            }
        }
        k += 1;
    }
    verb_after_quote(doc, span, after)
}

/// "“What was the pivot point?” Beck questioned.": a quote that ends as speech does, then a
/// name or pronoun and a verb in the past tense that ends the clause. Any such verb is the
/// cue: the lexicon cannot list every verb writers use after a quote.
fn verb_after_quote(doc: &Document, span: (usize, usize), after: usize) -> Option<Attribution> {
    let speech_end =
        doc.text[span.1..].starts_with(',') || doc.text[..span.1].ends_with(['?', '!']);
    // "an angry Hollande retaliated": the verb is the first lower-case word after the name.
    let limit = (after + 6).min(doc.tokens.len());
    let name = (after..limit).find(|&k| is_capitalised(doc.token_text(k)))?;
    let verb = (name..limit).find(|&k| doc.token_text(k).starts_with(char::is_lowercase))?;
    let word = doc.token_text(verb);
    // The clause ends in the quote's paragraph, and introduces no quote of its own ("Issa
    // continued, “Yes. …”").
    let (_, paragraph_end) = paragraph_around(doc.text, span.1);
    let ends_clause = verb + 1 < doc.tokens.len()
        && doc.tokens[verb].start < paragraph_end
        && match doc.token_text(verb + 1) {
            "." => true,
            "," => !doc.text[doc.tokens[verb + 1].end..paragraph_end.max(doc.tokens[verb + 1].end)]
                .trim_start()
                .starts_with(is_opening_mark),
            _ => false,
        };
    if !speech_end || !word.ends_with("ed") || !ends_clause {
        return None;
    }
    let (mention, mspan) = subject_before(doc, after, verb)?;
    (doc.token_at_or_after(mspan.0) <= name).then(|| Attribution {
        mention,
        span: mspan,
        cue: word.to_string(),
    })
}

/// Whether token `k` is a cue only for a quote in marks before it: "reported", "went on".
fn is_after_quote_cue(doc: &Document, k: usize) -> bool {
    let word = doc.token_text(k);
    lexicon().after_quote_cues.contains(word)
        || k + 1 < doc.tokens.len()
            && lexicon()
                .after_quote_phrases
                .contains(&(word, doc.token_text(k + 1)))
}

/// The attribution before a quote: "X said: “…”", "X described it as “…”". The cue nearest
/// the quote, not before the end of the quote before it.
fn cue_before_quote(
    doc: &Document,
    span: (usize, usize),
    previous_end: usize,
) -> Option<Attribution> {
    let first = doc.token_at_or_after(span.0);
    let (paragraph_start, _) = paragraph_around(doc.text, span.0);
    let floor_byte = previous_end.max(paragraph_start);
    // Back from the quote, down to the article's first token.
    for k in (0..first).rev().take(30) {
        if doc.tokens[k].start < floor_byte {
            break;
        }
        let t = doc.token_text(k);
        if is_boundary(t) {
            break;
        }
        // "According to Paul Sperry of Counter Jihad, “…”", "According to HuffPo: “…”": the
        // source follows the cue, up to its comma or colon. Only when it opens the sentence:
        // in "he said, according to TASS, and “…”" the person speaks, the outlet reports.
        if t.eq_ignore_ascii_case("according") && is_cue(doc, k) && sentence_start(doc, k) == k {
            let comma = (k + 2..first).find(|&j| matches!(doc.token_text(j), "," | ":"));
            if let Some((mention, mspan)) =
                comma.and_then(|comma| according_source(doc, k + 2, comma))
            {
                return Some(Attribution {
                    mention,
                    span: mspan,
                    cue: "according to".into(),
                });
            }
        }
        if is_cue(doc, k) || is_quote_cue(doc, k, first) {
            let floor = doc.token_at_or_after(floor_byte);
            // "…, and took a heckler in stride, saying …": what stands before a participle's
            // comma ends the clause before (an object), so the sentence's subject speaks.
            // "…, recently telling one person …": adverbs may stand between.
            let mut before = k;
            while before > floor && stands_between(doc, floor, before - 1) {
                before -= 1;
            }
            let participle_clause =
                is_participle(t) && before > floor && doc.token_text(before - 1) == ",";
            let found = if participle_clause {
                None
            } else {
                subject_before(doc, floor, k)
            };
            let found = issuer(doc, floor, k, found);
            // "…, saying that “…”": the subject is the speaker of the clause before, or of
            // the sentence ("Netanyahu rallied supporters by warning that “…”").
            let found = found
                .or_else(|| {
                    // Within the sentence: "The ban’s challengers said …. The Justice
                    // Department disagreed, telling the court that “…”" is the department's.
                    (k > floor)
                        .then(|| {
                            backtrack_to_previous_cue(doc, floor.max(sentence_start(doc, k)), k)
                        })
                        .flatten()
                })
                .or_else(|| {
                    is_participle(t)
                        .then(|| sentence_subject(doc, sentence_start(doc, k), k))
                        .flatten()
                });
            // "a website called “Cape Breton If Donald Trump Wins”": a thing named so, by no
            // one in particular.
            let naming = |mention: &Mention| {
                matches!(mention, Mention::Described(text)
                    if ["a ", "an ", "A ", "An "].iter().any(|article| text.starts_with(article)))
                    && matches!(t, "called" | "dubbed" | "named")
            };
            if let Some((mention, mspan)) = found {
                if naming(&mention) && doc.token_at_or_after(mspan.1) == k {
                    return None;
                }
                return Some(Attribution {
                    mention,
                    span: mspan,
                    cue: doc.token_text(k).to_string(),
                });
            }
        }
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
    // Not the cue of a relative clause: "… paying an architect who said he was stiffed …,
    // saying, “…”" is the sentence's subject's.
    let relative = |k: usize| k > floor && RELATIVE_PRONOUNS.contains(&doc.token_text(k - 1));
    (floor..cue)
        .rev()
        .filter(|&k| is_cue(doc, k) && !relative(k))
        .find_map(|k| subject_before(doc, floor, k))
}

/// The subject at the start of a sentence ("He ducked, pointing to …"): the speaker of a
/// participle cue that has no subject of its own.
fn sentence_subject(doc: &Document, first: usize, cue: usize) -> Option<(Mention, (usize, usize))> {
    let opens_clause = |k: usize| opens_clause_word(doc.token_text(k));
    let mut first = after_dateline(doc, first, cue);
    // "Said Ellis: “…”", "Said Sen. Bob Corker: “…”": a cue that opens the sentence has its
    // subject after it.
    let opener = doc.token_text(first);
    if first + 1 < cue
        && is_capitalised(opener)
        && is_cue_word(&opener.to_lowercase())
        && is_capitalised(doc.token_text(first + 1))
    {
        return subject_after(doc, first, cue);
    }
    // "Facing pressure from donors, Trump said …", "Questioned by reporters as he left, Baker
    // said …": a participle that opens the sentence (not a place or a name in "-ing" or "-ed":
    // "Beijing", "Fleming", "Ahmed"; not a headline in capitals; one in "-ed" before a word in
    // lower case) opens an adverbial too.
    let opening_participle = |k: usize| {
        let word = doc.token_text(k);
        let participle = word.ends_with("ing")
            || word.ends_with("ed")
                && k + 1 < cue
                && doc.token_text(k + 1).starts_with(char::is_lowercase);
        participle
            && is_capitalised(word)
            && word.chars().skip(1).any(char::is_lowercase)
            && gazetteer().kind_of(word).is_none()
            && !gazetteer().is_personal_name(word)
    };
    // "Thirteen years earlier, she …": a number of time units opens an adverbial.
    let time_span = |k: usize| k + 1 < cue && lexicon().time_units.contains(doc.token_text(k + 1));
    // "And then Trump went on the attack, saying …": connectives with no comma after them
    // stand before the subject.
    let after_connectives = (first..cue)
        .find(|&j| {
            let word = doc.token_text(j);
            !CONNECTIVES.iter().any(|c| c.eq_ignore_ascii_case(word))
        })
        .filter(|&j| {
            let word = doc.token_text(j);
            // "But the U.S. Court of Appeals overruled …": a determiner opens a subject too.
            j > first && (is_capitalised(word) || DETERMINERS.contains(&word)) && !opens_clause(j)
        });
    let mut after_adverbial = false;
    if let Some(subject) = after_connectives {
        first = subject;
    } else if first < cue && (opens_clause(first) || opening_participle(first) || time_span(first))
    {
        // "On Saturday, Trump issued …": the subject follows the opening adverbial's comma.
        let comma = (first..cue.min(first + 20)).find(|&j| doc.token_text(j) == ",")?;
        first = comma + 1;
        // "On “Face the Nation,” Sen. Bernie Sanders …": the comma inside a title's marks.
        while first < cue
            && doc
                .token_text(first)
                .chars()
                .all(|c| matches!(c, '”' | '"' | '\''))
        {
            first += 1;
        }
        after_adverbial = true;
        // "Speaking in Salem, New Hampshire, Trump went …", "At an event in Ames, Iowa, on
        // Sunday, Mrs. Clinton tried …", "Recently, however, it issued …": a place, a phrase
        // of time or place and a connective, each set off by commas, go on with the
        // adverbial.
        while let Some(next_comma) =
            (first + 1..cue.min(first + 4)).find(|&j| doc.token_text(j) == ",")
        {
            let words = &doc.text[doc.tokens[first].start..doc.tokens[next_comma - 1].end];
            let scene = SCENE_PREPOSITIONS.contains(&doc.token_text(first));
            let connective = next_comma == first + 1 && opens_clause(first);
            if gazetteer().kind_of(words) != Some(EntityType::Place) && !scene && !connective {
                break;
            }
            first = next_comma + 1;
        }
        // Not "some" or "many" ("At a meeting, some senators vented …"): they open a
        // described subject.
        if first < cue && opens_clause(first) && !is_source_determiner(doc.token_text(first)) {
            return None;
        }
    }
    let mut end = first;
    while end < cue {
        let t = doc.token_text(end);
        // "NEFI President and CEO Sean Cota".
        // "The Blaze’s Matt Walsh": a possessive joins two names.
        let possessive = end > first
            && is_possessive(t)
            && end + 1 < cue
            && is_capitalised(doc.token_text(end + 1));
        // "Years later, she voted …": a pronoun after the opening adverbial; "it" only there
        // ("Recently, however, it issued …"): in "said it’s adding …" it opens the content.
        let pronoun = matches!(t, "He" | "She" | "They" | "It" | "he" | "she" | "they")
            || after_adverbial && t == "it";
        let name_part = is_capitalised(t)
            || end == first && pronoun
            || NAME_PARTICLES.contains(&t)
            || DETERMINERS.contains(&t)
            || possessive
            || end > first && joins_titles(doc, end, cue);
        if !name_part || (end > first && t.ends_with(',')) {
            break;
        }
        end += 1;
        if pronoun {
            break;
        }
    }
    // "Former US secretary of state Hillary Clinton fanned …": an office in lower case, its
    // "of" phrase, then a name of two words or more and a verb: the subject runs to the name.
    if end > first && end < cue && is_office(doc.token_text(end)) {
        let mut office_end = end + 1;
        if office_end + 1 < cue && doc.token_text(office_end) == "of" {
            office_end += 2;
        }
        let mut name_end = office_end;
        while name_end < cue && is_capitalised(doc.token_text(name_end)) {
            name_end += 1;
        }
        let verb_follows = name_end < cue
            && doc.token_text(name_end).starts_with(char::is_lowercase)
            || name_end == cue;
        if name_end >= office_end + 2 && verb_follows {
            return subject_before(doc, first, name_end);
        }
    }
    // "Haitian immigrants on Tuesday decried …", "Republican lawmakers …": an adjective of
    // nationality or party before a group is one subject with it.
    if end == first + 1 && end < cue && names_a_group(doc.token_text(end)) {
        let adjective = doc.token_text(first);
        // Not a name in "-an" ("Sullivan forwards an article").
        let nationality = !gazetteer().is_personal_name(adjective)
            && ["an", "ese", "ish", "ic", "i"]
                .iter()
                .any(|suffix| adjective.ends_with(suffix));
        let party = gazetteer()
            .party_words
            .contains(adjective.to_lowercase().as_str());
        if nationality || party {
            let span = (doc.tokens[first].start, doc.tokens[end].end);
            return Some((
                Mention::Described(doc.text[span.0..span.1].to_string()),
                span,
            ));
        }
    }
    // "Finance Ministry officials declined comment but said …": a group or an unnamed source
    // after the names is the subject, as before its own cue.
    if end > first && end < cue && {
        let t = doc.token_text(end);
        lexicon().anonymous.contains(t) || lexicon().group_nouns.contains(t)
    } {
        if let Some(subject) = subject_at(doc, first, end + 1) {
            return Some(subject);
        }
    }
    // "The Vermont senator is sticking …", "Republican presidential front-runner Donald Trump
    // is insisting …": lower-case role words and the name after them belong to the subject
    // when a verb follows.
    let role_word = |t: &str| {
        is_role_word(t)
            && !AUXILIARIES.contains(&t)
            && !lexicon().between.contains(t)
            && !t.ends_with("ly")
    };
    let mut roles_end = end;
    while roles_end < cue && roles_end < end + 4 && role_word(doc.token_text(roles_end)) {
        roles_end += 1;
    }
    let mut name_end = roles_end;
    while name_end < cue && is_capitalised(doc.token_text(name_end)) {
        name_end += 1;
    }
    let verb_follows = |k: usize| {
        let t = doc.token_text(k);
        k == cue || AUXILIARIES.contains(&t) || lexicon().between.contains(t) || is_cue_word(t)
    };
    let after_determiner = end > first + 1 && DETERMINERS.contains(&doc.token_text(first));
    // "The president left no doubt …, saying …", "The government froze wages … and said …":
    // before a cue, "the", one head that names an office, a body or an unnamed source, then a
    // word in lower case that opens no phrase and names no one (the verb, whatever it is; not
    // "the vice president", "the executive orders", "the group the board …").
    let source_head = |word: &str| {
        is_office(word)
            || is_people_noun(word)
            || gazetteer()
                .organisation_words
                .contains(capitalise(word).as_str())
    };
    let determiner_alone = end == first + 1
        && doc.token_text(first).eq_ignore_ascii_case("the")
        && cue < doc.tokens.len()
        && is_cue_word(doc.token_text(cue));
    let head_then_verb = || {
        let next = doc.token_text(end + 1);
        source_head(doc.token_text(end))
            && next.chars().all(|c| c.is_lowercase())
            && !source_head(next)
            && (!names_a_group(next) || is_cue_word(next))
            && !ROLE_STOPS.contains(&next)
            && !DETERMINERS.contains(&next)
            && !is_source_determiner(next)
            && !matches!(
                next,
                "who" | "which" | "whose" | "itself" | "himself" | "herself"
            )
    };
    if determiner_alone && end + 1 < cue && head_then_verb() {
        end += 1;
    } else if end > first && roles_end > end && verb_follows(name_end) {
        if name_end > roles_end {
            // Roles, then a name.
            end = name_end;
        } else if after_determiner && roles_end == end + 1 {
            // "The Vermont senator": one head noun.
            end = roles_end;
        }
    }
    // "At a meeting Tuesday, some senators vented …": a described subject and its verb.
    if end == first {
        return described_subject(doc, first, cue);
    }
    subject_before(doc, first, end)
}

/// For a quote starting at byte `from`: its first token, the index of the sentence holding
/// it, and whether words of that sentence stand before the quote (more than its opening mark:
/// "… asserted that “…”"), so that the quote is inside a sentence of its own.
fn quote_in_sentence(doc: &Document, from: usize) -> (usize, usize, bool) {
    let first = doc.token_at_or_after(from);
    let at = doc.sentences.partition_point(|s| s.tokens.end <= first);
    let inside = doc
        .sentences
        .get(at)
        .is_some_and(|s| first > s.tokens.start + 1);
    (first, at, inside)
}

/// The clause that the words in marks at `span` end: from the start of their sentence, when
/// at least three words stand before the marks there ("The tax cut plans are ''profoundly
/// irresponsible,''"), after `previous_end`, none of them a cue, a mark or a colon ("He put
/// it simply: “…”", "Smith added, “…”"), through the closing marks; else `span`.
fn clause_before_marks(
    doc: &Document,
    span: (usize, usize),
    previous_end: usize,
) -> (usize, usize) {
    let (first, _, inside) = quote_in_sentence(doc, span.0);
    if !inside {
        return span;
    }
    let start = sentence_start(doc, first);
    let mut mark = first;
    while mark > start
        && doc
            .token_text(mark - 1)
            .chars()
            .all(|c| is_opening_mark(c) || c == '\'')
    {
        mark -= 1;
    }
    let words = start..mark;
    // Not a question put ("Asked whether Clinton “has the integrity …,”"), nor a name or a
    // term after an article or an owner ("with a “question”", "Fox News Channel’s
    // “Hannity,”").
    let before = &doc.text[doc.tokens[start].start..span.0];
    let clause = doc.tokens[start].start >= previous_end
        && words
            .clone()
            .filter(|&j| !holds_no_words(doc.token_text(j)))
            .count()
            >= 3
        && doc.token_text(mark - 1) != ","
        && !is_possessive(doc.token_text(mark - 1))
        && !ends_in_article(before.trim_end_matches(|c: char| !c.is_alphanumeric()))
        && opening_asked(doc, start, mark).is_none()
        && words.clone().all(|j| {
            let word = doc.token_text(j);
            !is_cue(doc, j)
                && word != ":"
                && !word.contains(|c: char| is_opening_mark(c) || c == '”' || c == '»')
        });
    if !clause {
        return span;
    }
    // The punctuation and marks that close the words go with them.
    let closing = doc.text[span.1..]
        .char_indices()
        .find(|&(_, c)| !matches!(c, ',' | '.' | '?' | '!' | '\'' | '’' | '”' | '"'))
        .map_or(doc.text.len() - span.1, |(at, _)| at);
    (doc.tokens[start].start, span.1 + closing)
}

/// First token of the sentence holding token `k`.
fn sentence_start(doc: &Document, k: usize) -> usize {
    let at = doc.sentences.partition_point(|s| s.tokens.end <= k);
    doc.sentences
        .get(at)
        .map_or(k, |s| after_dateline(doc, s.tokens.start, k).min(k))
}

/// "WASHINGTON — Sen. …", "PHILADELPHIA, July 25 (UPI) — The …", "Washington (AFP) – …": a
/// dateline opens a sentence but is no part of it. It starts with a place in capitals (or
/// capitalised, with the agency in parentheses after it) and ends at a dash, with no
/// lower-case word before.
fn after_dateline(doc: &Document, start: usize, limit: usize) -> usize {
    let place = doc.token_text(start);
    let all_capitals = |word: &str| word.chars().all(|c| c.is_uppercase() || c == '.');
    // "NEW YORK": a short word in capitals only before another.
    let in_capitals = all_capitals(place)
        && (place.len() >= 4
            || place.len() >= 2
                && start + 1 < limit
                && doc.token_text(start + 1).len() >= 2
                && all_capitals(doc.token_text(start + 1)));
    // "(Reuters) - …": a text that opens with its agency, or a sentence cut from its place at
    // the state's period ("ORLANDO, Fla. (Reuters) - …").
    let before_agency =
        is_capitalised(place) && start + 1 < doc.tokens.len() && doc.token_text(start + 1) == "("
            || place == "(" && start + 2 < limit && doc.token_text(start + 2) == ")";
    if !in_capitals && !before_agency {
        return start;
    }
    (start + 1..limit.min(start + 10))
        .take_while(|&j| !doc.token_text(j).starts_with(char::is_lowercase))
        .find(|&j| is_dash(doc.token_text(j)))
        .map_or(start, |dash| dash + 1)
}

/// A quote with no cue next to it belongs to the subject of the sentence that introduces it,
/// in the same paragraph: "She then addressed the supporters: “…”", "Clinton touted her
/// record. “We need …”". With `across_paragraph`, also a clause that ends the paragraph
/// before a paragraph the quote opens ("Howard continued his remarks." ¶ "“Eight years …”"),
/// if it starts at or after `floor`, outside the quote before.
fn introducing_subject(
    doc: &Document,
    span: (usize, usize),
    across_paragraph: bool,
    floor: usize,
) -> Option<Attribution> {
    let (first, mut at, inside) = quote_in_sentence(doc, span.0);
    doc.sentences.get(at)?;
    // The quote opens its sentence: the sentence before introduces it.
    if !inside {
        at = at.checked_sub(1)?;
    }
    // "An early tweet quoted the president as saying “…”": inside its own sentence, a quote
    // may belong to a described source that opens it; not words in title case, which name a
    // thing ("a website called “Cape Breton If Donald Trump Wins”").
    let own_sentence = inside
        && !doc.text[span.0..span.1]
            .split_whitespace()
            .all(is_capitalised);
    let intro = &doc.sentences[at];
    let between = &doc.text[intro.end.min(span.0)..span.0];
    // The opening mark may be two apostrophes, as some archives type it.
    let introduced_by_colon = doc.text[intro.start..span.0]
        .trim_end_matches(|c: char| c.is_whitespace() || is_opening_mark(c) || c == '\'')
        .ends_with(':');
    if between.contains('\n')
        && !introduced_by_colon
        && !(across_paragraph && between.matches('\n').count() <= 2)
    {
        return None;
    }
    let end = intro.tokens.end.min(first);
    // "Then, in 2017, Kerry said that …": past openers, the subject of its first cue.
    let subject = sentence_subject(doc, intro.tokens.start, end)
        .or_else(|| {
            (intro.tokens.start..end)
                .filter(|&k| is_cue(doc, k))
                .find_map(|k| subject_before(doc, intro.tokens.start, k))
        })
        .or_else(|| {
            (own_sentence || introduced_by_colon)
                .then(|| described_subject(doc, after_dateline(doc, intro.tokens.start, end), end))
                .flatten()
        })
        .or_else(|| {
            // "In the hours after the attack, a familiar voice celebrated it on Twitter: “…”":
            // the clause before the colon opens after the sentence's last comma (or dash: "If
            // we lived in normal times -- with … -- a reader would now ask:"). Not a comma
            // inside a name ("Robert F. Kennedy, Jr.:") or a list of titles ("Chief Officer,
            // and Head of Government Affairs Roger Martella:").
            let comma = (intro.tokens.start..end)
                .rev()
                .find(|&k| doc.token_text(k) == "," || is_dash(doc.token_text(k)))?;
            // Nor a comma in parentheses ("(Watch, Watch) Deputy Chief of Staff Taylor
            // Budowich:"), nor one before a place ("… speech, Chicago (Graphic: …) On
            // Regulation:").
            let after_comma = doc.token_text((comma + 1).min(end));
            let clause_opens = !is_name_suffix(after_comma)
                && !matches!(after_comma, "and" | "or")
                && !(comma + 1..end).any(|k| matches!(doc.token_text(k), "(" | ")"));
            (introduced_by_colon && clause_opens)
                .then(|| {
                    sentence_subject(doc, comma + 1, end)
                        .or_else(|| described_subject(doc, comma + 1, end))
                })
                .flatten()
                .filter(|(mention, _)| {
                    !matches!(mention, Mention::Named { name, .. }
                        if gazetteer().kind_of(name) == Some(EntityType::Place))
                })
        });
    // "Secretary of Defense Pete Hegseth: “…”", "Former U.S. Ambassador to Russia Michael
    // McFaul: “…”": a label whose office runs on in "of" or "to" holds no subject the
    // sentence's rules find; read as a label, it names its speaker.
    // Not a topic's heading ("On the Panama Canal:", "(Watch) On China:") nor a clause ("But:",
    // "According to Pritzker:").
    let Some((mention, mspan)) = subject else {
        let label_start = after_dateline(doc, intro.tokens.start, end);
        let first_word = doc.token_text(label_start).to_lowercase();
        let heading = first_word == "("
            || OPENING_PREPOSITIONS.contains(&first_word.as_str())
            || is_conjunction(&first_word)
            || first_word == "according";
        return (introduced_by_colon && !heading)
            .then(|| label_before_colon(doc, label_start, end))
            .flatten();
    };
    // A clause ending in a colon announces the quote after it, whatever its subject: "The
    // email goes on to say: “…”", "A footnote in the report makes that clear: “…”".
    if matches!(mention, Mention::Described(_)) && !own_sentence && !introduced_by_colon {
        return None;
    }
    let verb = doc.token_at_or_after(mspan.1).min(doc.tokens.len() - 1);
    // "Airlines for America President Nick Calio: “…”", "Southern Alliance for Clean Energy:
    // “…”": a subject that runs on in a preposition or conjunction up to the colon is the
    // first words of a label, whole.
    if introduced_by_colon && ROLE_STOPS.contains(&doc.token_text(verb)) {
        // A person's full name stays the speaker of a label that is no run of capitals
        // ("Representative Abigail Spanberger of Virginia’s 7th District:").
        let person = matches!(&mention, Mention::Named { name, organisation: false, .. }
            if opens_with_given_name(name));
        return label_before_colon(doc, doc.token_at_or_after(mspan.0), end).or_else(|| {
            person.then(|| Attribution {
                mention,
                span: mspan,
                cue: ":".into(),
            })
        });
    }
    // "Ranking Member, House Natural Resources Committee, Arizona Congressman Raul Grijalva:
    // “…”", "Phoenix, AZ Mayor Kate Gallego: “…”": a label that opens with a role, a body or a
    // place before its comma names its speaker after its last comma; "Natan Sachs, Director
    // of …: “…”" keeps the name it opens with, and so does a label with no person's full name
    // after ("Manish Bapna, President and CEO, Natural Resources Defense Council: “…”").
    if introduced_by_colon && doc.token_text(verb) == "," {
        let opens_with_person = matches!(&mention, Mention::Named { name, organisation: false, .. }
            if opens_with_given_name(name));
        let person_after = (!opens_with_person)
            .then(|| label_before_colon(doc, doc.token_at_or_after(mspan.0), end))
            .flatten()
            .filter(|a| {
                matches!(&a.mention, Mention::Named { name, organisation: false, .. }
                    if opens_with_given_name(name))
            });
        // (The colon is the cue, not the comma.)
        return person_after.or(Some(Attribution {
            mention,
            span: mspan,
            cue: ":".into(),
        }));
    }
    // "H.R. 4, the “Rescissions Act of 2025,”": a number after a name is no verb; the name is
    // a bill's, a law's or a product's.
    if doc
        .token_text(verb)
        .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // Across a paragraph break, only a clause introduces the quote ("Howard continued his
    // remarks."), not a headline or a caption.
    let clause = verb < end
        && doc
            .token_text(verb)
            .chars()
            .all(|c| c.is_lowercase() || c == '-');
    if across_paragraph && (!clause || intro.start < floor) {
        return None;
    }
    Some(Attribution {
        mention,
        span: mspan,
        cue: doc.token_text(verb).to_string(),
    })
}

/// Whether `sentence` is a question that opens with an auxiliary or a question word (or has
/// an auxiliary after a comma or a dash), after a reporter's "Q" and connectives ("Q Does the
/// President believe that …?", "And what did he tell them?"): what it says someone believes
/// or said is the asker's supposition.
fn asks(doc: &Document, sentence: &super::text::Sentence) -> bool {
    let text = doc.text[sentence.start..sentence.end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '”' | '"' | '’'));
    if !text.ends_with('?') {
        return false;
    }
    let opener = (sentence.tokens.clone()).find(|&k| {
        let word = doc.token_text(k);
        word != "Q" && word != "," && !CONNECTIVES.iter().any(|c| c.eq_ignore_ascii_case(word))
    });
    let question_verb = |k: usize| {
        lexicon()
            .question_verbs
            .contains(doc.token_text(k).to_lowercase().as_str())
    };
    // Or an auxiliary before its subject after an opening phrase's comma or dash: "First,
    // does the President believe …?", "Karine, can you confirm that …?" (not a question word
    // there: "The President has said: It’s — why don’t they …?" quotes one).
    let opens_subject = |k: usize| {
        k < sentence.tokens.end && {
            let word = doc.token_text(k);
            is_capitalised(word) || DETERMINERS.contains(&word) || SUBJECT_PRONOUNS.contains(&word)
        }
    };
    opener.is_some_and(question_verb)
        || (sentence.tokens.start + 1..sentence.tokens.end).any(|k| {
            let before = doc.token_text(k - 1);
            (before == "," || is_dash(before))
                && question_verb(k)
                && is_auxiliary(doc.token_text(k))
                && opens_subject(k + 1)
        })
}

/// The speaker a label names that runs from token `from` (or the comma after it) to a colon
/// before token `end`, words in capitals joined by prepositions, conjunctions and
/// determiners: the person it ends with, after a given name ("Airlines for America President
/// and CEO Chris Sununu", role "Airlines for America President and CEO") or a title ("Statement
/// from President Biden"), up to a venue ("Sen. Lindsey Graham on Meet the Press"); a
/// statement's "the Vice President"; else the body it names whole ("Oil and Gas Workers
/// Association"). None for anything else.
fn label_before_colon(doc: &Document, from: usize, end: usize) -> Option<Attribution> {
    let colon = (from..end).rfind(|&k| doc.token_text(k) == ":")?;
    // "Ranking Member of the House Oversight Committee, Maryland Congressman Jamie Raskin:";
    // not the comma of a suffix ("Robert F. Kennedy, Jr.:").
    let mut from = (from..colon)
        .rfind(|&k| doc.token_text(k) == "," && !is_name_suffix(doc.token_text(k + 1)))
        .map_or(from, |comma| comma + 1);
    // "Statement from the Vice President:": who the statement is from.
    let statement = doc.token_text(from) == "Statement"
        && from + 2 < colon
        && matches!(doc.token_text(from + 1), "from" | "by");
    if statement {
        from += 2;
        if doc.token_text(from) == "the" {
            let span = (doc.tokens[from].start, doc.tokens[colon - 1].end);
            return Some(Attribution {
                mention: Mention::Named {
                    name: doc.text[span.0..span.1].to_string(),
                    role: None,
                    organisation: false,
                },
                span,
                cue: ":".into(),
            });
        }
    }
    let joiner = |t: &str| ROLE_STOPS.contains(&t) || DETERMINERS.contains(&t) || t == "&";
    let label_like = colon > from
        && colon - from <= 12
        && (from..colon).all(|k| {
            let t = doc.token_text(k);
            is_capitalised(t)
                || joiner(t)
                || matches!(t, "(" | ")")
                || t == "," && is_name_suffix(doc.token_text(k + 1))
        });
    if !label_like || joiner(doc.token_text(from)) {
        return None;
    }
    let span_of = |a: usize, b: usize| (doc.tokens[a].start, doc.tokens[b - 1].end);
    let g = gazetteer();
    // The person: from a given name (not a place's: "Coalition for a Prosperous America
    // Chairman Zach Mottl"; not the object of a preposition: "Former Co-Counsel of Todd
    // Blanche"), or the word after the last title, to the first word that is no name's ("on
    // Meet the Press").
    let name_start = (from..colon)
        .find(|&k| {
            let word = doc.token_text(k);
            k > from
                && k + 1 < colon
                && g.is_given_name(word)
                && g.kind_of(word).is_none()
                && !ROLE_STOPS.contains(&doc.token_text(k - 1))
                && {
                    let next = doc.token_text(k + 1);
                    is_capitalised(next) && !g.organisation_words.contains(next)
                }
        })
        .or_else(|| {
            (from..colon)
                .rfind(|&k| g.titles.contains(doc.token_text(k)))
                .map(|title| title + 1)
                .filter(|&k| k < colon && is_capitalised(doc.token_text(k)))
        });
    let (mention, span) = match name_start {
        Some(name_start) => {
            let name_end = (name_start..colon)
                .find(|&k| !is_capitalised(doc.token_text(k)))
                .unwrap_or(colon);
            let role = (from < name_start).then(|| {
                let (a, b) = span_of(from, name_start);
                doc.text[a..b].to_string()
            });
            let name: Vec<&str> = (name_start..name_end).map(|k| doc.token_text(k)).collect();
            (
                Mention::Named {
                    name: written_together(&name),
                    role,
                    organisation: false,
                },
                span_of(name_start, name_end),
            )
        }
        None => {
            let span = span_of(from, colon);
            (
                Mention::Named {
                    name: doc.text[span.0..span.1].to_string(),
                    role: None,
                    organisation: true,
                },
                span,
            )
        }
    };
    Some(Attribution {
        mention,
        span,
        cue: ":".into(),
    })
}

/// The predicate of a sentence that opens with a named speaker (or he / she) and quotes a few
/// words of theirs in marks: "Cruz questioned Trump's “New York values”".
fn predicate_with_partial_quote(
    doc: &Document,
    sentence: &super::text::Sentence,
    entities: &[EntityMention],
) -> Option<Found> {
    let text = &doc.text[sentence.start..sentence.end];
    // The first words in marks that are no name: "Portman said on NBC’s “Meet the Press” that
    // Trump had been “too defensive”" (the second), not "Trump established the “Department of
    // Government Efficiency” to …" (none).
    let mut search_from = 0;
    let (open, inner, close) = loop {
        let open = search_from + text[search_from..].find(['“', '"'])?;
        let mark_len = text[open..].chars().next().map_or(1, char::len_utf8);
        let inner = &text[open + mark_len..];
        let close = inner.find(['”', '“', '"'])?;
        if !names_a_title(&text[..open], &inner[..close]) {
            break (open, inner, close);
        }
        search_from =
            open + mark_len + close + inner[close..].chars().next().map_or(1, char::len_utf8);
    };
    if inner[..close].trim().is_empty() {
        return None;
    }
    // "a “first of a kind” reactor": marks around a modifier between a determiner and its
    // noun set off a term, not words of the subject's.
    let after = inner[close..]
        .chars()
        .skip(1)
        .skip_while(|c| *c == ' ')
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>();
    let determiner_before = text[..open]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| DETERMINERS.contains(&w) || SOURCE_DETERMINERS.contains(&w));
    // (Not one that ends a clause inside its marks: "admires Putin as a “strong leader,”
    // comparing …".)
    let ends_clause = inner[..close]
        .trim_end()
        .ends_with([',', '.', ';', '!', '?']);
    // The phrase goes on after the marks, not in a preposition or a conjunction.
    let phrase_goes_on = !ends_clause
        && !after.is_empty()
        && !ROLE_STOPS.contains(&after.as_str())
        && !CONNECTIVES.contains(&after.as_str());
    // So do short marks right before a noun they modify, after a preposition too, in a
    // predicate whose verb is an auxiliary ("The Senate would close a loophole … on “carried
    // interest” income", "CARE has committed $2 million to … “Chomoka” digital platforms";
    // with a full verb PolNeAR counts them: "invited Russia to dig up … “missing” emails").
    let modifies_noun = phrase_goes_on
        && inner[..close].split_whitespace().count() <= 3
        && after.starts_with(char::is_lowercase)
        && !DETERMINERS.contains(&after.as_str())
        && !SUBJECT_PRONOUNS.contains(&after.as_str())
        && !is_auxiliary(&after)
        && !is_cue_word(&after);
    let marks_a_term = determiner_before && phrase_goes_on;
    let first_mark = doc.token_at_or_after(sentence.start + open);
    let (mention, mspan) = sentence_subject(doc, sentence.tokens.start, first_mark)?;
    // A named subject must be a name the tagger found, not any capitalised word that opens a
    // sentence ("Guests at the swearing in included …").
    let (from, to) = (doc.char_offset(mspan.0), doc.char_offset(mspan.1));
    // Mentions are sorted by start and do not overlap: only the last one starting before
    // `to` can reach into the span (a binary search, not a scan per sentence).
    let before = entities.partition_point(|e| e.start < to);
    let tagged = before > 0 && entities[before - 1].end > from;
    match mention {
        Mention::Named { .. } if tagged => {}
        Mention::Pronoun { person: true } => {}
        _ => return None,
    }
    let verb = doc.token_at_or_after(mspan.1);
    // The subject must be followed by its verb, not end the sentence or open a quote itself,
    // nor run on in a preposition or conjunction ("White House Chief of Staff John Kelly’s
    // comment …", "The Bank of England and Fed said").
    let verb_text = doc.token_text(verb);
    if verb + 1 >= first_mark
        || !verb_text.chars().all(char::is_lowercase)
        || ROLE_STOPS.contains(&verb_text)
    {
        return None;
    }
    // A term in marks is no one's words, unless the verb says or holds them ("framed herself
    // as the Plan B for the “Bernie or Bust” crowd").
    let past = verb_text
        .strip_suffix('s')
        .map(|stem| format!("{stem}d"))
        .unwrap_or_default();
    // (After the auxiliary, a verb of speech or stance still holds them: "has been promising
    // to “bomb the hell” out of …", "is mulling changing the “manji” symbol".)
    let main_verb = (verb + 1..first_mark).find(|&k| {
        !matches!(doc.token_text(k), "been" | "being" | "be")
            && !lexicon().between.contains(doc.token_text(k))
    });
    let speech_after_auxiliary =
        main_verb.is_some_and(|k| is_cue(doc, k) || is_stance_cue(doc, k, first_mark));
    if marks_a_term && !is_cue_word(verb_text) && !is_cue_word(&past)
        || modifies_noun && is_auxiliary(verb_text) && !speech_after_auxiliary
    {
        return None;
    }
    let mut end = sentence.tokens.end;
    while end > verb + 1 && is_boundary(doc.token_text(end - 1)) {
        end -= 1;
    }
    let span = (doc.tokens[verb + 1].start, doc.tokens[end - 1].end);
    let attribution = Attribution {
        mention,
        span: mspan,
        cue: doc.token_text(verb).to_string(),
    };
    Some(Found::new(span, Some(attribution), true))
}

/// Prepositions that end the source of a headline: "CNN President On Trump: …".
const HEADLINE_PREPOSITIONS: &[&str] = &["on", "to", "at", "about", "with"];

/// A paragraph (at byte `start`) that opens with a source and a colon, as headlines and
/// transcripts do: "Trump: My immigration plans aren't set in stone", "Clinton camp: Trump’s
/// Islamophobia threatens national security". The source is at most five words and opens
/// with a capital; the content is at least four words.
fn headline(
    doc: &Document,
    start: usize,
    paragraph: &str,
) -> Option<(Attribution, (usize, usize))> {
    // A colon before a space, not inside a time ("10:30"). Colons are found by `memchr`,
    // quicker than searching for the two-byte string.
    let colon = paragraph
        .match_indices(':')
        .map(|(at, _)| at)
        .find(|&at| paragraph[at + 1..].starts_with(' '))?;
    let head = paragraph[..colon].trim_end();
    let content = paragraph[colon + 1..].trim().trim_end_matches(['.', ' ']);
    let words = head.split_whitespace().count();
    let mut opening = content.split_whitespace();
    let lists_a_role = opening
        .next()
        .zip(opening.next())
        .is_some_and(|pair| lexicon().role_listings.contains(&pair));
    if !(1..=5).contains(&words)
        || lists_a_role
        || names_no_speaker(head)
        || !head.starts_with(|c: char| c.is_uppercase())
        || head.contains(['“', '”', '"', ','])
        || content.split_whitespace().count() < 4
    {
        return None;
    }
    let (from, to) = (
        doc.token_at_or_after(start),
        doc.token_at_or_after(start + colon),
    );
    let span = (start, start + head.len());
    // "Obama on Climate Change: …", "Clinton to Planned Parenthood: …": the source stands
    // before a preposition between two names; its object is the topic or the audience. Not in
    // a head in capitals ("RETURN TO ACCOUNTABILITY"), nor after a verb ("used to say"), nor
    // in a question's head ("And on Ukraine: …", "Briefly on Burma: …").
    let opens_with_adverb = {
        let first = doc.token_text(from);
        opens_clause_word(first) || first.ends_with("ly")
    };
    let source_end = (from + 1..to.saturating_sub(1))
        .filter(|_| !opens_with_adverb)
        .find(|&k| {
            let word = doc.token_text(k);
            HEADLINE_PREPOSITIONS.contains(&word.to_lowercase().as_str())
                && word != word.to_uppercase()
                && is_capitalised(doc.token_text(k - 1))
                && is_capitalised(doc.token_text(k + 1))
        })
        .unwrap_or(to);
    let (mention, span) = subject_before(doc, from, source_end)
        .unwrap_or_else(|| (Mention::Described(head.to_string()), span));
    let content_start = start
        + colon
        + 1
        + (paragraph[colon + 1..].len() - paragraph[colon + 1..].trim_start().len());
    let attribution = Attribution {
        mention,
        span,
        cue: ":".into(),
    };
    Some((attribution, (content_start, content_start + content.len())))
}

/// The "asked" of a question that opens the tokens `first..last` ("Asked whether …", "When
/// asked about …"), whose asker is not the sentence's subject.
fn opening_asked(doc: &Document, first: usize, last: usize) -> Option<usize> {
    (first..(first + 4).min(last)).find(|&k| {
        doc.token_text(k).eq_ignore_ascii_case("asked")
            && (k == first
                || matches!(
                    doc.token_text(k - 1),
                    "When" | "when" | "was" | "were" | "being" | "And"
                ))
    })
}

/// An attribution in `sentence` whose source is not its subject, its content's byte span:
/// the question of "Asked whether …, Trump said" (up to its comma), asked by no one named or
/// by the agent of "Asked by Stephanopoulos whether …"; or, with no source, a sentence that
/// says how things seem or are expected to be ("Trump’s supporters seemed unperturbed", "Obama
/// is expected to join Clinton", "Trump reportedly wants …"), whole.
fn sourceless(
    doc: &Document,
    sentence: &super::text::Sentence,
) -> Option<(Option<Attribution>, (usize, usize))> {
    let (first, mut last) = (sentence.tokens.start, sentence.tokens.end);
    while last > first && !doc.token_text(last - 1).chars().any(char::is_alphanumeric) {
        last -= 1;
    }
    let span_of = |from: usize, end: usize| (doc.tokens[from].start, doc.tokens[end - 1].end);
    if let Some(k) = opening_asked(doc, first, last) {
        let end = (k + 1..last)
            .find(|&j| doc.token_text(j) == ",")
            .unwrap_or(last);
        // "Asked by a reporter if …": the agent, up to the question's first word, asks.
        let agent_end = (doc.token_text((k + 1).min(last - 1)) == "by")
            .then(|| (k + 3..end).find(|&j| lexicon().question_openers.contains(doc.token_text(j))))
            .flatten();
        let asker = agent_end.and_then(|agent_end| {
            let (mention, span) = according_source(doc, k + 2, agent_end)?;
            Some((
                Attribution {
                    mention,
                    span,
                    cue: "asked".into(),
                },
                agent_end,
            ))
        });
        let from = asker.as_ref().map_or(k + 1, |&(_, agent_end)| agent_end);
        return (end >= from + 2).then(|| (asker.map(|(a, _)| a), span_of(from, end)));
    }
    let stance = (first + 1..(first + 20).min(last)).any(|k| {
        let next = doc.token_text((k + 1).min(last - 1));
        match doc.token_text(k) {
            "seems" | "seemed" | "seem" | "reportedly" => true,
            "appears" | "appeared" | "appear" => matches!(next, "to" | "that" | "likely"),
            "expected" => {
                next == "to"
                    && (k.saturating_sub(2)..k)
                        .any(|j| matches!(doc.token_text(j), "is" | "are" | "was" | "were"))
            }
            _ => false,
        }
    });
    (stance && last >= first + 4).then(|| (None, span_of(first, last)))
}

/// Whether `t` reads as the verb after a subject: a past tense in "-ed", an auxiliary, a cue,
/// or a word that stands between a subject and its verb ("also", "later").
fn reads_as_verb(t: &str) -> bool {
    t.chars().all(char::is_lowercase)
        && (t.ends_with("ed")
            || AUXILIARIES.contains(&t)
            || is_cue_word(t)
            || lexicon().between.contains(t))
}

/// A described source that opens a clause at `first`, before `cue`, followed by its verb: "An
/// operative tried to downplay …", "the report concerned …". The head is the last of up to
/// four lower-case words after the determiner.
fn described_subject(
    doc: &Document,
    first: usize,
    cue: usize,
) -> Option<(Mention, (usize, usize))> {
    if first + 2 >= cue || !is_source_determiner(doc.token_text(first)) {
        return None;
    }
    let mut verb = first + 1;
    while verb < cue.min(first + 5) {
        let t = doc.token_text(verb);
        if reads_as_verb(t)
            || !t.chars().all(|c| c.is_lowercase() || c == '-')
            || ROLE_STOPS.contains(&t)
        {
            break;
        }
        verb += 1;
    }
    if verb == first + 1 || verb >= cue || !reads_as_verb(doc.token_text(verb)) {
        return None;
    }
    described_source(doc, first, verb)
}

/// Whether a clause with a subject of its own opens at `s` (before `to`): a name and its verb
/// ("Trump refers to …", "Forbes counted …"), or a described source and its verb.
fn opens_with_subject(doc: &Document, s: usize, to: usize) -> bool {
    let mut verb = s;
    while verb < to
        && is_capitalised(doc.token_text(verb))
        && !opens_clause_word(doc.token_text(verb))
    {
        verb += 1;
    }
    if verb > s && verb < to {
        let t = doc.token_text(verb);
        let present = t.ends_with('s') && !t.ends_with("ss") && t.chars().all(char::is_lowercase);
        if reads_as_verb(t) || present {
            return true;
        }
    }
    described_subject(doc, s, to).is_some()
}

/// Participle cues ("…, saying that …") take the subject of the sentence.
fn is_participle(word: &str) -> bool {
    word.ends_with("ing")
}

/// "The New York Times quoted Senator Don Nickles as saying …", "It quoted a spokesman for
/// CNOOC as saying …": the one quoted before "as" and the participle at `k` speaks, not the
/// outlet that quotes them (who was quoted "by" an outlet is the sentence's subject).
fn quoted_as_saying(doc: &Document, floor: usize, k: usize) -> Option<(Mention, (usize, usize))> {
    if k < floor + 3 || doc.token_text(k - 1) != "as" {
        return None;
    }
    let quoted = (floor.max(k.saturating_sub(16))..k - 1)
        .rev()
        .find(|&j| matches!(doc.token_text(j), "quoted" | "quotes" | "quoting"))?;
    // "He was quoted in today's edition of Harian AB as saying": passive, its subject speaks
    // (not "The Post has quoted …").
    let passive = quoted > floor
        && matches!(
            doc.token_text(quoted - 1),
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        );
    if quoted + 2 >= k || passive || doc.token_text(quoted + 1) == "by" {
        return None;
    }
    subject_before(doc, quoted + 1, k - 1)
}

/// "…, with 30 percent of voters saying …", "with Gorka noting …": after "with", a noun
/// phrase and a participle make an absolute clause, whose subject is that phrase.
fn absolute_subject(doc: &Document, floor: usize, k: usize) -> Option<(Mention, (usize, usize))> {
    let with = (floor.max(k.saturating_sub(10))..k.saturating_sub(1))
        .rev()
        .take_while(|&j| doc.token_text(j).chars().any(char::is_alphanumeric))
        .find(|&j| doc.token_text(j).eq_ignore_ascii_case("with"))?;
    // Not a relative clause: "joining with hosts who dismissed the polls, saying …".
    if (with + 1..k).any(|j| matches!(doc.token_text(j), "who" | "which" | "that")) {
        return None;
    }
    subject_before(doc, with + 1, k)
}

/// Reported speech in one sentence, each clause with a speaker of its own: "Clinton said the
/// plan would fail, but Sanders argued that it would work" is two.
fn reported(
    doc: &Document,
    sentence: &super::text::Sentence,
) -> Vec<(Attribution, (usize, usize))> {
    let mut found = Vec::new();
    // A dateline is no part of the content: "NEW YORK, Feb 26 - Torchmark Corp is raising …,
    // the company said".
    let mut range =
        after_dateline(doc, sentence.tokens.start, sentence.tokens.end)..sentence.tokens.end;
    let mut subject_floor = range.start;
    let sentence_first = range.start;
    // The subject of the clause before a second verb: "X defended the route and said …".
    let mut shared_subject = None;
    while let Some((attribution, span, cue)) =
        reported_in(doc, range.clone(), subject_floor, shared_subject.take())
    {
        let attribution = poll_counting(doc, sentence_first, attribution);
        let from = doc.token_at_or_after(span.0);
        let to = doc.token_at_or_after(span.1);
        // ", but X said …", "; X argued …": a clause with a speaker of its own ends the content.
        let next_clause = (from + 1..to).find_map(|j| {
            // "X rejected the idea and said …", "… but said …": a second verb of the same
            // subject; its clause keeps the "and" that shows it shares the subject.
            if matches!(doc.token_text(j), "and" | "but") && second_verb(doc, j, to) {
                return Some((j, j));
            }
            // "… declined to comment and Senate aides later said …": with no comma too, "and"
            // or "but" opens a clause whose subject, right after it, says; not after a name, a
            // pronoun, a source noun, a noun that opens the content or a word that opens a
            // clause, each the first of two subjects ("said Smith and Jones argued", "both he
            // and Rubio promised", "while doctors and medical experts warn", "U.S. officials
            // and analysts say", "…, government and private economists said"); not a gerund:
            // "The Kremlin has denied meddling and Trump has said …".
            let first_subject = |i: usize| {
                let word = doc.token_text(i);
                !word.chars().all(char::is_lowercase)
                    || matches!(word, "he" | "she" | "they" | "we" | "you" | "it" | "both")
                    || is_people_noun(word)
                    || i == from && !word.ends_with("ing")
                    || i > from && {
                        let before = doc.token_text(i - 1);
                        before == "," || opens_clause_word(before) || CONNECTIVES.contains(&before)
                    }
            };
            if matches!(doc.token_text(j), "and" | "but")
                && !first_subject(j - 1)
                && (j + 2..(j + 8).min(to)).any(|k| {
                    // A verb of saying itself: "the company and the union agreed", "20
                    // companies and nonprofits have pledged" are one subject's.
                    lexicon().inverting_cues.contains(doc.token_text(k))
                        && is_cue(doc, k)
                        && subject_before(doc, j + 1, k)
                            .is_some_and(|(_, span)| doc.token_at_or_after(span.0) == j + 1)
                })
            {
                return Some((j, j + 1));
            }
            // ", but X said", "; X argued", "— while X found", ", though he", ", even as he":
            // a conjunction after a comma or a dash may open a clause of its own.
            let punctuation = doc.token_text(j);
            let conjunction = (punctuation == "," || is_dash(punctuation)) && j + 3 < to && {
                matches!(
                    doc.token_text(j + 1),
                    "but"
                        | "while"
                        | "whereas"
                        | "and"
                        | "though"
                        | "although"
                        | "yet"
                        | "which"
                        | "after"
                ) || doc.token_text(j + 1) == "even" && doc.token_text(j + 2) == "as"
            };
            // (Not in words that end at their cue, all of them the speaker's: "…, and the
            // meeting deteriorated from there, said one GOP source.")
            if punctuation != ";" && !conjunction || conjunction && to <= cue {
                return None;
            }
            // "…, but he sounded a nostalgic note …", ", and they rejected …": a personal
            // pronoun after the conjunction is the subject of a clause that is narration,
            // whatever its verb (PolNeAR ends the reported words before it).
            if conjunction {
                let subject = j + 2 + usize::from(doc.token_text(j + 1) == "even");
                let after = doc.token_text(subject);
                let pronoun = after.split(is_apostrophe).next().unwrap_or(after);
                if matches!(pronoun, "he" | "she" | "they" | "we" | "I") {
                    return Some((j, j + 1));
                }
                // "…, while Trump refers to …", "…, but the report concerned …": so does a name
                // or a described source followed by its verb.
                if opens_with_subject(doc, subject, to) {
                    return Some((j, subject));
                }
            }
            // A described source counts when it opens the clause ("…, while 22 percent said").
            // A stance of its own counts too: "…, while 9 percent found it to be a deterrent".
            let speaker_of_its_own = (j + 1..(j + 10).min(to)).any(|k| {
                (is_cue(doc, k) || is_stance_cue(doc, k, to))
                    && subject_before(doc, j + 1, k).is_some_and(|(mention, span)| {
                        !matches!(mention, Mention::Described(_))
                            || doc.token_at_or_after(span.0) <= j + 2
                    })
            });
            // The next clause starts after its conjunction: "…, and U.S. officials and analysts
            // say" is the officials' and the analysts', not "and U.S. officials".
            let after_conjunction = if conjunction {
                j + 2 + usize::from(doc.token_text(j + 1) == "even")
            } else {
                j + 1
            };
            speaker_of_its_own.then_some((j, after_conjunction))
        });
        match next_clause {
            Some((end, next)) => {
                if next == end {
                    shared_subject = Some((attribution.mention.clone(), attribution.span));
                }
                // (Without the comma before the conjunction: "…, but said …".)
                let mut words_end = end;
                while words_end > from + 1 && matches!(doc.token_text(words_end - 1), "," | ";") {
                    words_end -= 1;
                }
                found.push((attribution, (span.0, doc.tokens[words_end - 1].end)));
                range = next..range.end;
                subject_floor = next;
            }
            None => {
                found.push((attribution, span));
                // "X said that Y claimed Z": Y's claim is an attribution of its own, inside X's,
                // when it is made with a verb of speech, by someone or by a source described
                // ("… that prosecutors said was suspected of …", "55 percent of all voters
                // say …"). Not when it quotes words in marks: those stay one direct quote of X.
                // Nor inside the words before a closing "according to X", all of them X's.
                let according_after =
                    cue >= to && found.last().is_some_and(|(a, _)| a.cue == "according to");
                let marked = |(a, b): (usize, usize)| {
                    doc.text[a..b].contains(['"', '“', '”', '„', '«', '»'])
                };
                // "“He wanted time off,” she said, adding that …": words in marks before an
                // inner cue are a direct quote's; what comes after the cue may be reported.
                let mut inner_from = from;
                let inner = loop {
                    let Some((inner, inner_span, inner_cue)) = (!according_after)
                        .then(|| reported_in(doc, inner_from..to, inner_from, None))
                        .flatten()
                    else {
                        break None;
                    };
                    let cue_start = doc.tokens[inner_cue].start;
                    if inner_span.1 <= cue_start && marked((inner_span.0, cue_start)) {
                        inner_from = inner_cue + 1;
                        continue;
                    }
                    break Some((inner, inner_span, inner_cue));
                };
                if let Some((inner, inner_span, inner_cue)) = inner {
                    let speech = is_cue(doc, inner_cue) && !is_stance_cue(doc, inner_cue, to);
                    let marked = marked(inner_span);
                    // "Lopez attacked Grant, saying he …": a participle inside the content has
                    // the sentence's subject, not the object that opens the content (unless an
                    // absolute clause gives it one: "with 40 percent of voters saying", or a cue
                    // before it: "…,” a bank manager said, adding that …").
                    let participle = is_participle(doc.token_text(inner_cue))
                        && absolute_subject(doc, from, inner_cue).is_none()
                        && cue_before_participle(doc, inner_cue).is_none();
                    if inner_span.0 > span.0 && speech && !marked {
                        let inner = poll_counting(doc, sentence_first, inner);
                        let inner = if participle {
                            let (outer, _) = &found[found.len() - 1];
                            Attribution {
                                cue: inner.cue,
                                ..outer.clone()
                            }
                        } else {
                            inner
                        };
                        found.push((inner, inner_span));
                    }
                }
                // "Barkley, who said he votes Democratic, said …": a clause that ends early
                // leaves the rest of the sentence to other speakers, whose subject may stand
                // before it.
                let rest = to.max(cue + 1);
                if rest + 3 >= range.end {
                    break;
                }
                range = rest..range.end;
            }
        }
    }
    found
}

/// "In a CNN/ORC poll released Monday, 31% of Republicans said …", "A Quinnipiac poll found
/// that 74 percent of likely voters said …": a share of a group that a poll named before it in
/// the sentence counts speaks through that poll, which is the source (as PolNeAR has it).
fn poll_counting(doc: &Document, first: usize, attribution: Attribution) -> Attribution {
    let speaker_first = doc.token_at_or_after(attribution.span.0);
    let is_poll = |word: &str| {
        matches!(
            word.to_lowercase().as_str(),
            "poll" | "polls" | "survey" | "surveys"
        )
    };
    // "many other polls show …" is a poll itself. A name counts as the group of a share before
    // it: "8 percent of Democrats".
    let counted_group = matches!(attribution.mention, Mention::Described(_))
        && doc.text[attribution.span.0..attribution.span.1]
            .rsplit(' ')
            .next()
            .is_some_and(|head| names_a_group(&head.to_lowercase()) && !is_poll(head))
        || speaker_first >= first + 2
            && doc.token_text(speaker_first - 1) == "of"
            && matches!(doc.token_text(speaker_first - 2), w if is_quantity(w) || w.ends_with('%'));
    if !counted_group {
        return attribution;
    }
    // In the same clause: "…; 29 percent said" after a semicolon counts for itself.
    let Some(poll) = (first..speaker_first)
        .rev()
        .take_while(|&k| doc.token_text(k) != ";")
        .find(|&k| is_poll(doc.token_text(k)))
    else {
        return attribution;
    };
    // "…, with 40 percent of voters saying …": an absolute clause has a subject of its own.
    if (poll + 2..speaker_first)
        .any(|k| doc.token_text(k) == "with" && doc.token_text(k - 1) == ",")
    {
        return attribution;
    }
    // The poll's name runs back to its determiner, or to a word that ends a noun phrase ("In",
    // a comma, a verb), at most eight words ("a September Washington Post-ABC News poll"). A
    // poll in the singular needs its determiner: "He'll survey …" is a verb.
    let is_determiner = |word: &str| DETERMINERS.contains(&word) || is_source_determiner(word);
    let mut start = poll;
    while start > first && poll - start < 8 {
        let word = doc.token_text(start - 1);
        if is_determiner(word) {
            start -= 1;
            break;
        }
        let lower = word.to_lowercase();
        if ROLE_STOPS.contains(&lower.as_str())
            || AUXILIARIES.contains(&lower.as_str())
            || lexicon().between.contains(lower.as_str())
            || !(word.chars().any(char::is_alphanumeric) || matches!(word, "/" | "-"))
            || is_cue_word(word)
        {
            break;
        }
        start -= 1;
    }
    if !is_determiner(doc.token_text(start)) && !doc.token_text(poll).ends_with('s') {
        return attribution;
    }
    let span = (doc.tokens[start].start, doc.tokens[poll].end);
    Attribution {
        mention: Mention::Described(as_in_running_text(doc.text[span.0..span.1].to_string())),
        span,
        ..attribution
    }
}

/// Reported speech in a sentence (or its tail from `range.start`): "X said (that) …", "…, X
/// said.", "according to X, …", "X did Y, saying that …". The first cue with a speaker wins;
/// its token comes back with the attribution and the content's byte span. A speaker before a
/// cue may stand from `subject_floor` on.
fn reported_in(
    doc: &Document,
    range: std::ops::Range<usize>,
    subject_floor: usize,
    shared_subject: Option<(Mention, (usize, usize))>,
) -> Option<(Attribution, (usize, usize), usize)> {
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
        // Keep the mark that closes a quoted phrase the content opens: "the “counter-ISIL
        // campaign”", not "the “counter-ISIL campaign".
        let marks = |a: usize, b: usize| {
            (a..b)
                .filter(|&j| {
                    doc.token_text(j)
                        .chars()
                        .any(|c| matches!(c, '“' | '”' | '"' | '„'))
                })
                .count()
        };
        // The closing mark is tested first: counting the marks scans the whole content.
        if end > from
            && end < last
            && doc
                .token_text(end)
                .chars()
                .all(|c| matches!(c, '”' | '“' | '"'))
            && marks(from, end) % 2 == 1
        {
            end += 1;
        }
        end
    };
    let span_of = |from: usize, end: usize| (doc.tokens[from].start, doc.tokens[end - 1].end);
    // "…, in a new Washington Post-ABC News poll.": a sentence that ends in a poll names the
    // source of what comes before "in".
    let poll_end = content_end(range.start);
    let ends_in_poll = poll_end > range.start
        && matches!(
            doc.token_text(poll_end - 1),
            "poll" | "polls" | "survey" | "surveys"
        );
    // "The witness said the order was …, according to the report.": an "according to" set
    // off at the sentence's end attributes all before it, reported speech and all (PolNeAR
    // marks no attribution inside such a sentence), so it is tried first.
    let tail = range.start.max(last.saturating_sub(25)) + 4;
    let closing_according = (tail < last
        && doc.text[doc.tokens[tail].start..doc.tokens[last - 1].end].contains("ccording"))
    .then(|| {
        (tail..last).rev().find(|&k| {
            doc.token_text(k - 1) == ","
                && doc.token_text(k).eq_ignore_ascii_case("according")
                && k + 1 < last
                && doc.token_text(k + 1) == "to"
        })
    })
    .flatten();
    // "He plans to back Sanders at the convention, Welch said.": likewise a speaker and its
    // cue set off at the sentence's end attribute all before them, the earlier cue included;
    // not after a quote in marks (",” Pence said"), whose cue that is.
    // Four words from the end for "said" or "told" and the phrase of where, when or whom
    // ("…, Welch told a news conference.", "…, the ministry said in a statement.", "…, he
    // said late on Tuesday."); not "…, which it said it considers inadequate", "…, and
    // posted extremely satisfactory performances".
    let said_where = |k: usize| {
        matches!(doc.token_text(k), "said" | "told")
            && matches!(
                doc.token_text(k + 1),
                "in" | "at"
                    | "on"
                    | "a"
                    | "an"
                    | "the"
                    | "late"
                    | "earlier"
                    | "reporters"
                    | "Reuters"
            )
            && !(k + 1..poll_end).any(|j| is_auxiliary(doc.token_text(j)))
    };
    // Further from the end, the phrase must hold no clause: no verb, pronoun, "that" nor comma
    // ("…, Lloyds shipping intelligence service said in its latest update.", "…, Carter told a
    // Senate panel Wednesday."; not "…, said in the past seven weeks reported U.S. sales …").
    // "said" before a determiner has its object ("… who said the same of Mr. Trump").
    let said_where_far = |k: usize| {
        said_where(k)
            && !(doc.token_text(k) == "said" && is_source_determiner(doc.token_text(k + 1)))
            && (k + 2..poll_end).all(|j| {
                let word = doc.token_text(j);
                !reads_as_verb(word)
                    && !SUBJECT_PRONOUNS.contains(&word)
                    && !matches!(word, "that" | ",")
            })
    };
    let closing_cue = (poll_end.saturating_sub(8).max(range.start + 4)..poll_end)
        .rev()
        .find(|&k| {
            if k + 4 == poll_end && !said_where(k) || k + 4 < poll_end && !said_where_far(k) {
                return false;
            }
            // The word's shape is tested first, then the words before it: most words are no
            // cue.
            let before = k.saturating_sub(9).max(range.start)..k;
            let word = doc.token_text(k);
            lexicon().may_open_cue(word)
                && before.clone().any(|j| doc.token_text(j) == ",")
                && is_cue_word(word)
                && !is_participle(word)
                && !before.into_iter().any(|j| {
                    doc.token_text(j)
                        .chars()
                        .any(|c| matches!(c, '”' | '"' | '\''))
                })
        });
    // A closing cue that attributes nothing first attributes nothing in its place either: each
    // is tried once.
    for k in closing_according.into_iter().chain(closing_cue).chain(
        range
            .clone()
            .filter(|&k| Some(k) != closing_cue && Some(k) != closing_according),
    ) {
        // Not "is leading in the polls": polls in general are a standing, not a source.
        let poll = ends_in_poll
            && doc.token_text(k) == "in"
            && k + 1 < poll_end
            && poll_end - k <= 12
            && !(poll_end == k + 3 && doc.token_text(k + 1) == "the");
        let word = doc.token_text(k);
        if !poll && !lexicon().may_open_cue(word) && !word.eq_ignore_ascii_case("according") {
            continue;
        }
        let stance = is_stance_cue(doc, k, last) && !modifies_noun(doc, k);
        let phrase = k + 1 < last
            && lexicon()
                .cue_phrases
                .contains(&(doc.token_text(k), doc.token_text(k + 1)))
            && !requests_anonymity(doc, k);
        if !stance && !phrase && !poll && !is_cue(doc, k) {
            continue;
        }
        let according = doc.token_text(k).eq_ignore_ascii_case("according");
        if according || poll {
            let words_before = (range.start..k)
                .filter(|&j| doc.token_text(j).chars().any(char::is_alphanumeric))
                .count();
            // "…, according to X." or "… according to X, an advocacy group.": the content
            // before, X up to the end of the sentence or of its clause.
            let source_start = if poll { k + 1 } else { k + 2 };
            if words_before >= 4 {
                let source_end = according_source_end(doc, source_start, content_end(source_start));
                let Some((mention, span)) = according_source(doc, source_start, source_end) else {
                    continue;
                };
                let mut end = k;
                while end > range.start
                    && !doc.token_text(end - 1).chars().any(char::is_alphanumeric)
                {
                    end -= 1;
                }
                let attribution = Attribution {
                    mention,
                    span,
                    cue: if poll { "in" } else { "according to" }.into(),
                };
                return Some((attribution, span_of(range.start, end), k));
            }
            if poll {
                continue;
            }
            // "According to X, …": X up to the comma, the content after it.
            let Some(comma) = (k + 2..last).find(|&j| doc.token_text(j) == ",") else {
                continue;
            };
            let end = content_end(comma + 1);
            let Some((mention, span)) = according_source(doc, k + 2, comma) else {
                continue;
            };
            if end > comma + 3 {
                let attribution = Attribution {
                    mention,
                    span,
                    cue: "according to".into(),
                };
                return Some((attribution, span_of(comma + 1, end), k));
            }
            continue;
        }
        let subject = if is_participle(doc.token_text(k)) {
            cue_before_participle(doc, k)
                .and_then(|cue| subject_before(doc, sentence_start(doc, cue), cue))
                .or_else(|| quoted_as_saying(doc, range.start, k))
                .or_else(|| absolute_subject(doc, range.start, k))
                .or_else(|| issuer(doc, range.start, k, sentence_subject(doc, range.start, k)))
        } else if follows_and(doc, range.start, k) {
            // "X defended the route and said …": a second verb shares the subject of the
            // clause before, or else the sentence's.
            match &shared_subject {
                Some(shared) if doc.token_text(range.start) == "and" && k <= range.start + 3 => {
                    Some(shared.clone())
                }
                _ => sentence_subject(doc, sentence_start(doc, k), k),
            }
        } else {
            subject_before(doc, subject_floor, k)
        };
        // "…, said David Autor, a professor …": the speaker after the cue, the content before.
        // Not after a participle: in "…, claiming Trump University is a fraud" the name is the
        // content's subject.
        // Not after "told": the name after it is the listener ("…, John Smith, told The Post").
        // Nor an imperative: "To learn more about the policy, read our policy." (no quote
        // marks hold the words before it here).
        let may_invert = !is_participle(doc.token_text(k))
            && !matches!(doc.token_text(k), "told" | "tells")
            && !lexicon().imperative_cues.contains(doc.token_text(k))
            && k > range.start + 3
            && doc.token_text(k - 1) == ",";
        // "…, at both the federal and state levels in New York and Florida, said lobbyist
        // Charlie Black.": a source after the cue that ends the sentence or opens an
        // appositive ("said Steve Grubbs, an Iowa operative") is the speaker, though the commas
        // of the words before let a subject be found there. Not when those words are no
        // clause ("Christopher Harvey, a delegate from Houston, said the turmoil …"), nor when
        // the subject found, with its titles, opens the sentence ("Montana Sen. Jon Tester,
        // chairman of …, said having Trump …").
        let opens_sentence = |first: usize| {
            (range.start..first).all(|j| {
                let word = doc.token_text(j);
                is_capitalised(word) && !opens_clause_word(word)
                    || gazetteer().titles.contains(word)
                    || DETERMINERS.contains(&word)
                    || is_possessive(word)
            })
        };
        let clause_before = || {
            (range.start..k).any(|j| {
                let word = doc.token_text(j);
                reads_as_verb(word)
                    || word.chars().all(char::is_lowercase)
                        && (word.ends_with('s') || word.ends_with("ing"))
            })
        };
        let source_after = (may_invert
            && lexicon().inverting_cues.contains(doc.token_text(k))
            && subject
                .as_ref()
                .is_none_or(|(_, span)| !opens_sentence(doc.token_at_or_after(span.0)))
            && clause_before())
        .then(|| subject_after(doc, k, last))
        .flatten()
        .filter(|(mention, span)| {
            // "said an American official who was briefed on …", "said a source close to the
            // campaign": a relative clause or a modifier describes the speaker; "said Trump in
            // a statement", after a name, a phrase of time or place.
            let next = doc.token_at_or_after(span.1);
            let name = matches!(mention, Mention::Named { .. });
            // A described source before a comma is as often the subject of the words after
            // ("…, said their stump speeches, already replete with …, would").
            // "…, said one GOP source in the room.": a described source too, where the
            // phrase ends the sentence with no verb.
            let scene_ends_sentence = || {
                SCENE_PREPOSITIONS.contains(&doc.token_text(next))
                    && (next + 1..last).all(|j| {
                        let word = doc.token_text(j);
                        word != "," && !reads_as_verb(word) && !AUXILIARIES.contains(&word)
                    })
            };
            next >= last
                || matches!(doc.token_text(next), "who" | "familiar" | "close" | "known")
                || name
                    && (doc.token_text(next) == ","
                        || SCENE_PREPOSITIONS.contains(&doc.token_text(next)))
                || scene_ends_sentence()
                || (next..last).all(|j| holds_no_words(doc.token_text(j)))
        });
        // With no subject before it, a verb in the past may still put its speaker after it
        // ("…, announced the company."); one in the present that is no verb of saying is a
        // verb of a list ("…, support coastal communities, and …", "…, know the people").
        let inverts_unlisted = || {
            let word = doc.token_text(k);
            lexicon().inverting_cues.contains(word) || word.ends_with("ed")
        };
        let inverted =
            source_after.is_some() || subject.is_none() && may_invert && inverts_unlisted();
        let subject = match source_after {
            Some(after) => Some(after),
            None if inverted => subject_after(doc, k, last),
            None => subject,
        };
        let Some((mention, span)) = subject else {
            continue;
        };
        if inverted {
            // "The major drawback, said Landis, is that …": an auxiliary after the speaker's
            // comma goes on with the words before the cue, so the whole sentence is the content
            // (not an appositive: "…, said Mark Luftig, an analyst at …").
            // The speaker's span may leave a few words out: "said Doyle and others, would".
            let after_speaker = doc.token_at_or_after(span.1);
            let comma = (after_speaker..(after_speaker + 4).min(last))
                .take_while(|&j| doc.token_text(j) == "," || !holds_no_words(doc.token_text(j)))
                .find(|&j| doc.token_text(j) == ",");
            let words_go_on = comma.filter(|&comma| {
                comma + 2 < last && AUXILIARIES.contains(&doc.token_text(comma + 1))
            });
            let content = if let Some(comma) = words_go_on {
                span_of(range.start, content_end(comma + 1))
            } else {
                span_of(range.start, k - 1)
            };
            let attribution = Attribution {
                mention,
                span,
                cue: doc.token_text(k).to_string(),
            };
            return Some((attribution, content, k));
        }
        let (mention, span) = joined_subject(doc, subject_floor, (mention, span));
        // A relative clause ends at its comma: "Barkley, who said he votes Democratic, said".
        let relative = doc.text[span.0..span.1] == *"who";
        // So does a clause that opens the sentence with a subordinator, its subject right
        // after it: "Although the senator said the bill would pass, the vote failed" (not
        // "As": "As Biden said, one in three …" quotes the main clause).
        // After a time the clause is set from: "A day after Trump endorsed Moore, Bannon
        // campaigned …", "Two weeks before …", "Shortly after …".
        let subordinate = {
            let first = sentence_start(doc, k);
            let time = |j: usize| {
                let word = doc.token_text(j).to_lowercase();
                matches!(
                    word.as_str(),
                    "a" | "an" | "just" | "only" | "day" | "week" | "month"
                ) || word.len() > 4 && word.ends_with("ly")
                    || is_small_number(&word)
                    || lexicon().time_units.contains(word.as_str())
            };
            let opener = (first..(first + 4).min(k)).find(|&j| !time(j));
            opener.is_some_and(|opener| {
                let word = doc.token_text(opener).to_lowercase();
                // Its subject right after it, titles and all ("President Donald Trump").
                let subject = doc.token_at_or_after(span.0);
                word != "as"
                    && SUBORDINATORS.contains(&word.as_str())
                    && subject > opener
                    && (opener + 1..subject).all(|j| is_capitalised(doc.token_text(j)))
            })
        };
        let clause_end = |from: usize| match (from..last)
            .find(|&j| (relative || subordinate) && doc.token_text(j) == ",")
        {
            Some(comma) => comma,
            None => content_end(from),
        };
        if phrase {
            // "declined to comment": the "to" clause; "joked about X": what follows the particle.
            let from = if doc.token_text(k + 1) == "to" {
                k + 1
            } else {
                k + 2
            };
            let end = clause_end(from);
            if end >= from + 2 {
                let attribution = Attribution {
                    mention,
                    span,
                    cue: doc.token_text(k).to_string(),
                };
                return Some((attribution, span_of(from, end), k));
            }
            continue;
        }
        let mut from = k + 1;
        let told = matches!(doc.token_text(k), "told" | "tells" | "telling");
        // "assured voters he’d …", "warned Trump the party would …": a listener, then the
        // content; "warned voters against …" keeps its listener.
        let tells_a_listener = told
            || matches!(
                doc.token_text(k),
                "assured" | "assures" | "warned" | "warns" | "reminded" | "reminds" | "informed"
            );
        let mut listener_end = from;
        if tells_a_listener {
            // "told Reuters (that)": skip the listener; "told supporters at a rally" or "told
            // him" leaves no content.
            // "told BBC Radio Four’s Any Questions": a possessive goes on with the name.
            while listener_end < last
                && (is_capitalised(doc.token_text(listener_end))
                    || listener_end > from && is_possessive(doc.token_text(listener_end)))
            {
                listener_end += 1;
            }
            if listener_end == k + 1
                && listener_end < last
                && (names_a_group(doc.token_text(listener_end))
                    || matches!(
                        doc.token_text(listener_end),
                        "him" | "her" | "them" | "me" | "us"
                    ))
            {
                listener_end += 1;
            } else if told
                && listener_end == k + 1
                && listener_end < last
                && is_source_determiner(doc.token_text(k + 1))
            {
                // The listener after a determiner: a name ("told the Associated Press he …"),
                // or words up to the last head of a listener (`lexicon/listener_nouns.txt`:
                // "told the court in his filing", "told a local radio station", "told a National
                // Press Club luncheon"). A pronoun, an auxiliary or a name after the head opens
                // the content ("told a news conference Iran was ready").
                let mut words_end = None;
                for j in k + 2..last.min(k + 9) {
                    let word = doc.token_text(j);
                    let name = is_capitalised(word)
                        || is_possessive(word)
                            && j + 1 < last
                            && is_capitalised(doc.token_text(j + 1));
                    let pronoun = matches!(word, "he" | "she" | "they" | "it" | "we" | "you");
                    if name && (k + 2..j).all(|o| is_capitalised(doc.token_text(o)))
                        || lexicon().listener_nouns.contains(word)
                    {
                        words_end = Some(j + 1);
                    } else if !is_role_word(word) || pronoun || AUXILIARIES.contains(&word) {
                        break;
                    }
                }
                if let Some(end) = words_end {
                    listener_end = end;
                }
            }
            // "told a Planned Parenthood gathering in Washington she will …", "told supporters
            // in Iowa they …": where the listener was is no content, before a subject pronoun.
            if listener_end > k + 1
                && listener_end + 2 < last
                && matches!(doc.token_text(listener_end), "in" | "at")
            {
                let place_end = (listener_end + 1..last.min(listener_end + 5))
                    .find(|&j| !is_capitalised(doc.token_text(j)))
                    .unwrap_or(last);
                if place_end > listener_end + 1
                    && place_end < last
                    && SUBJECT_PRONOUNS.contains(&doc.token_text(place_end))
                {
                    listener_end = place_end;
                }
            }
        }
        // "Mr Farage told BBC Radio Four’s Any Questions.", "…, he told reporters in a
        // filing.": a listener, and no content after it (the content may stand before).
        let nothing_after_listener =
            tells_a_listener && (listener_end..last).all(|j| holds_no_words(doc.token_text(j)));
        // "…, he told the court in his filing.", not "…, Gary Johnson told a joke.": the
        // listener, then the end, a phrase or a time ("…, Carter told a Senate panel
        // Wednesday.").
        let listener_ends_clause = nothing_after_listener
            || listener_end > k + 1
                && listener_end < last
                && (ROLE_STOPS.contains(&doc.token_text(listener_end))
                    || lexicon()
                        .after_clause_cue
                        .contains(doc.token_text(listener_end))
                    || (after_time(doc, listener_end, last)..last)
                        .all(|j| holds_no_words(doc.token_text(j))));
        // After a listener, a clause opens with a subject: "he’d", "the party", "Trump".
        let listener = listener_end > from
            && listener_end < last
            && (told || opens_reported_clause(doc.token_text(listener_end)));
        if listener {
            from = listener_end;
        }
        let before_time = from;
        from = after_time(doc, after_document(doc, from, last), last);
        let timed = from > before_time;
        // "said on September 13 that …": content starts after a near "that".
        // Not past a second verb: "vowing to fight on and said that …"; nor past a verb of
        // the content's own, after its subject: "said there is no evidence that …" (but "The
        // difference, he said on Friday, is that …").
        // "…, Rogers said, adding that …", "he told reporters, adding that …": a participle
        // after the cue's comma opens a clause of its own, whose "that" is not the cue's.
        let participle_after_comma = |at: usize| {
            at + 1 < last && doc.token_text(at) == "," && is_participle(doc.token_text(at + 1))
        };
        let participle_opens = participle_after_comma(from);
        // (Nor after a subject pronoun that opens the content: "say they feel that way".)
        let opens_with_pronoun = from < last && SUBJECT_PRONOUNS.contains(&doc.token_text(from));
        let that = (from..(from + 7).min(last))
            .take_while(|_| !participle_opens && !opens_with_pronoun)
            .take_while(|&j| {
                let word = doc.token_text(j);
                let own_verb = AUXILIARIES.contains(&word)
                    && (from..j).any(|i| !holds_no_words(doc.token_text(i)));
                !(word == "and" && second_verb(doc, j, last) || own_verb)
            })
            .find(|&j| doc.token_text(j) == "that");
        if let Some(that) = that {
            from = that + 1;
        }
        // "pledged funds": a verb that takes an object reports nothing without "that", a colon
        // or a quote mark.
        let introduced = that.is_some()
            || listener
            || stance
            || lexicon().bare_content_cues.contains(doc.token_text(k))
            || from < last && matches!(doc.token_text(from), ":" | "“" | "\"")
            // "urged Congress to act", "warned voters against …": a listener, then the content.
            || (from + 1..(from + 4).min(last))
                .any(|j| matches!(doc.token_text(j), "to" | "against" | "about" | "of"))
            // "asked the students if …", "wondered how …": a question is the content.
            || matches!(doc.token_text(k), "asked" | "asks" | "asking" | "wondered")
                && (from..(from + 4).min(last)).any(|j| {
                    matches!(
                        doc.token_text(j),
                        "if" | "whether" | "how" | "what" | "why" | "when" | "who" | "where"
                    )
                });
        let comma = from < last && doc.token_text(from) == ",";
        while from < last && matches!(doc.token_text(from), "," | ":") {
            from += 1;
        }
        // "said of the Clintons", "said, as the crowd cheered": a preposition or a
        // conjunction opens no content; nor does a semicolon ("…, analysts say; in 2012, …").
        // "The funds announced today will support …", "the standards proposed today, would
        // …": a verb after the time has the phrase for its subject, and the cue modifies it.
        // "…, Cohn said on Friday, despite calls from lawmakers …", "…, it said without giving
        // details": a phrase that modifies the cue is no content, after content before the
        // subject (not "As Biden said, after the vote …").
        let modifies_subject = timed && AUXILIARIES.contains(&doc.token_text(from.min(last - 1)));
        let opening = doc.token_text(from.min(last - 1));
        let content_before =
            (range.start..doc.token_at_or_after(span.0)).any(|j| doc.token_text(j) == ",");
        let modifies_cue = that.is_none()
            && (comma && content_before && lexicon().adjunct_openers.contains(opening)
                || opening == "without"
                    && from + 1 < last
                    && doc.token_text(from + 1).ends_with("ing"));
        // "said at least 147 voters were …": a quantity, not a phrase of place, after a verb
        // of speech (not "claimed at least 300 lives", "attacked at least three bases").
        let at_least = opening == "at"
            && lexicon().inverting_cues.contains(doc.token_text(k))
            && from + 1 < last
            && matches!(doc.token_text(from + 1), "least" | "most");
        let introduced = introduced
            && (that.is_some() || at_least || !ROLE_STOPS.contains(&opening))
            && opening != ";"
            && !modifies_subject
            && !modifies_cue;
        let end = clause_end(from);
        let mut attribution = Attribution {
            mention,
            span,
            cue: doc.token_text(k).to_string(),
        };
        // Whether the speaker is set off from words before it by a comma or a mark; "…, the
        // Senate said": the determiner before a named subject is part of it.
        let mut before_subject = doc.token_at_or_after(span.0);
        if before_subject > range.start && DETERMINERS.contains(&doc.token_text(before_subject - 1))
        {
            before_subject -= 1;
        }
        // "…, Mr. Verdery said", "…, Professor Epstein said", "…, the prime minister’s
        // spokesman said", "…, veteran Republicans said": so are the titles, the owner and the
        // words in lower case the speaker's span leaves out.
        let title_start = (range.start.max(before_subject.saturating_sub(5))..before_subject)
            .rev()
            .take_while(|&j| {
                let word = doc.token_text(j);
                gazetteer().titles.contains(word)
                    || is_source_determiner(word)
                    || is_possessive(word)
                    || matches!(word, "'" | "’")
                    || is_capitalised(word)
                    || is_role_word(word) && !RELATIVE_PRONOUNS.contains(&word)
                    // "Secretary of State George Shultz".
                    || word == "of"
                        && j > 0
                        && j + 1 < before_subject
                        && gazetteer().titles.contains(doc.token_text(j - 1))
                    // "Trade and Industry Minister Hajime Tamura"; not "President Biden and
                    // Prime Minister Justin Trudeau" nor "Lyng and Trade Representative
                    // Clayton Yeutter", two people.
                    || word == "and"
                        && j > 1
                        && j + 1 < before_subject
                        && is_capitalised(doc.token_text(j - 1))
                        && is_capitalised(doc.token_text(j + 1))
                        && !gazetteer().titles.contains(doc.token_text(j + 1))
                        && !gazetteer().titles.contains(doc.token_text(j - 2))
                        && !gazetteer().is_personal_name(doc.token_text(j - 1))
            })
            .last();
        if let Some(start) = title_start
            .filter(|&start| start > range.start && holds_no_words(doc.token_text(start - 1)))
        {
            // "Trade and Industry Minister Hajime Tamura": the role is all the titles, not
            // the words after "and".
            let titles = &doc.text[doc.tokens[start].start..attribution.span.0];
            if let Mention::Named {
                role: Some(role), ..
            } = &mut attribution.mention
            {
                if titles.contains(" and ") && titles.trim_end().ends_with(role.as_str()) {
                    *role = titles.trim_end().to_string();
                }
            }
            before_subject = start;
        }
        // "The chairman of the Joint Chiefs, Gen. Joseph Dunford, recently asked …": a subject
        // between commas right before its cue is an appositive of the words before it, which
        // are the subject too, not content.
        // Not after a clause with commas of its own: "Zambian copper production rose …, from
        // 147,537, Zambia Consolidated Copper Mines Ltd, ZCCM, said".
        let after_subject = doc.token_at_or_after(span.1);
        let appositive = after_subject < k
            && doc.token_text(after_subject) == ","
            && (after_subject + 1..k).all(|j| stands_between(doc, after_subject + 1, j))
            && !(range.start..before_subject.saturating_sub(1)).any(|j| doc.token_text(j) == ",");
        let set_off = before_subject > range.start
            && !appositive
            && !doc
                .token_text(before_subject - 1)
                .chars()
                .any(char::is_alphanumeric);
        // "…”, he said, denying …": a participle after the cue's comma starts a clause of its
        // own; one right after the cue or "that" is the content's subject ("said succeeding
        // in 2016 is far more challenging").
        let new_clause = participle_after_comma(from - 1);
        // (Or goes on in a participle's clause of its own: "…, Rogers said, adding that …".)
        let ends_soon = last - k <= 16 || new_clause;
        let mut before_end = before_subject;
        while before_end > range.start
            && !doc
                .token_text(before_end - 1)
                .chars()
                .any(char::is_alphanumeric)
        {
            before_end -= 1;
        }
        // "This campaign, he says, is different": a cue set off by commas inside its content.
        // "The president plans, he said, to talk to Congress": so is an infinitive's "to" (not
        // "to the crowd", "to reporters").
        let infinitive = |j: usize| {
            doc.token_text(j) == "to"
                && j + 1 < last
                && doc.token_text(j + 1).chars().all(char::is_lowercase)
                && !doc.token_text(j + 1).ends_with('s')
                && !DETERMINERS.contains(&doc.token_text(j + 1))
                && !is_source_determiner(doc.token_text(j + 1))
        };
        let parenthetical = set_off
            && before_end > range.start
            && k + 2 < last
            && doc.token_text(k + 1) == ","
            && doc
                .token_text(k + 2)
                .chars()
                .all(|c| c.is_lowercase() || c == '-')
            && !is_participle(doc.token_text(k + 2))
            && (!ROLE_STOPS.contains(&doc.token_text(k + 2)) || infinitive(k + 2));
        let whole_end = content_end(k + 2);
        if parenthetical && whole_end >= k + 4 {
            return Some((attribution, span_of(range.start, whole_end), k));
        }
        // "“…,” Baker said after a speech to …", "…, Xi said during meetings with …": after
        // words set off before the speaker, a phrase of time right after the cue tells when
        // the words were said, with or without a comma (not "Business leaders said before the
        // meeting they would …").
        // Set off by a comma or a closing mark: not by a colon after a heading ("… RECORDS:
        // President Trump promised during his campaign to …") or a dash; "said before," is an
        // adverb ("As the Pentagon said before, the balloon …").
        // (A quote may close on a question: "…, what can we do to help?’” Renteria told
        // reporters during …".)
        let after_comma = set_off
            && doc
                .token_text(before_subject - 1)
                .chars()
                .all(|c| matches!(c, ',' | '”' | '"' | '’' | '\'' | '?' | '!'));
        // (Or by a quote that closed the sentence before on a question, in a short sentence:
        // "“… to help?” Renteria told reporters during Tuesday’s conference call.", not
        // "“…” Reynolds emphasized during the meeting the importance of …".)
        let quote_closed_before = before_subject == range.start
            && last - k <= 9
            && doc.text[..doc.tokens[range.start].start]
                .trim_end()
                .ends_with(['”', '"']);
        // Right after a quote and its comma, "about" tells what the words were about ("“…,”
        // Tenney said about the money spent against her"), and so does an adverb before such a
        // phrase ("“…,” Trump said recently in New York"); after other words it may open the
        // content ("When he wakes up, he thinks about how to …") or count ("said about 300").
        let closing_mark = |j: usize| {
            doc.token_text(j)
                .chars()
                .any(|c| matches!(c, '”' | '"' | '’' | '\''))
        };
        let after_quote = quote_closed_before
            || after_comma
                && (closing_mark(before_subject - 1)
                    || before_subject >= range.start + 2
                        && doc.token_text(before_subject - 1) == ","
                        && closing_mark(before_subject - 2));
        // (The word after the opener: "about 300 people" counts.)
        let next_word = doc.token_text((from + 1).min(last - 1));
        let counts = next_word.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || is_small_number(next_word)
            || matches!(next_word, "half" | "halfway" | "a" | "one");
        let occasion = |word: &str| lexicon().occasion_openers.contains(word);
        let topic_or_adverb = after_quote
            && (opening == "about" && !counts
                || opening.len() > 4
                    && opening.ends_with("ly")
                    && opening.chars().all(|c| c.is_lowercase() || c == '-')
                    && (matches!(
                        next_word,
                        "in" | "on" | "at" | "to" | "from" | "with" | "by" | "as"
                    ) || occasion(next_word)));
        let adjunct_after_words = that.is_none()
            && (after_comma && before_end > range.start || quote_closed_before)
            && (occasion(opening) || topic_or_adverb)
            && next_word.chars().any(char::is_alphanumeric);
        if end >= from + 3
            && !new_clause
            && introduced
            && !nothing_after_listener
            && !adjunct_after_words
        {
            return Some((attribution, span_of(from, end), k));
        }
        // "…, X said." — the content is before the speaker, with little after the cue ("said
        // on Monday."). "Throughout the week, the administration charged forward with …"
        // holds no content.
        // "Asked whether he would …, Priebus said, …": the question is someone else's
        // (`sourceless`), not the speaker's content.
        // "On the other side, Sen. Ted Cruz … warned", "From studying at Temple University …,
        // President Geingob believed in …": a phrase that opens with a preposition and holds
        // no comma is no clause.
        // An auxiliary makes it a clause: "In this respect an easing of barriers was
        // imperative, he said."
        let opening_phrase = OPENING_PREPOSITIONS
            .contains(&doc.token_text(range.start).to_lowercase().as_str())
            && !(range.start..before_end)
                .any(|j| doc.token_text(j) == "," || AUXILIARIES.contains(&doc.token_text(j)));
        if set_off
            && ends_soon
            && !opening_phrase
            && before_end >= range.start + 3
            && ends_a_clause(doc, k, last)
            && (!told || listener_ends_clause || new_clause)
            && opening_asked(doc, range.start, before_end).is_none()
        {
            return Some((attribution, span_of(range.start, before_end), k));
        }
    }
    None
}

/// The subject `subject` with a first one joined to it by "and" or "&", when the two are
/// set off together: "…, Duff and Phelps said.", "…, Schiff and Conaway told reporters.", "…,
/// he and others said."; not the end of a clause before ("… in Europe and Jones said").
/// Two names are one named speaker, written as they are; else a source described.
fn joined_subject(
    doc: &Document,
    floor: usize,
    subject: (Mention, (usize, usize)),
) -> (Mention, (usize, usize)) {
    // Titles before either name are the names' own: "President Biden and President Thuong".
    let titled_from = |mut k: usize, floor: usize| {
        while k > floor && gazetteer().titles.contains(doc.token_text(k - 1)) {
            k -= 1;
        }
        k
    };
    let first = titled_from(doc.token_at_or_after(subject.1 .0), floor);
    if first < floor + 2 || !matches!(doc.token_text(first - 1), "and" | "&") {
        return subject;
    }
    let Some((before, before_span)) =
        subject_at(doc, floor, first - 1).filter(|(_, span)| span.1 == doc.tokens[first - 2].end)
    else {
        return subject;
    };
    let before_first = titled_from(doc.token_at_or_after(before_span.0), floor);
    let mut opening = before_first;
    if opening > 0 && DETERMINERS.contains(&doc.token_text(opening - 1)) {
        opening -= 1;
    }
    // Set off from the words before, wherever the clause was cut: not the object of a verb
    // ("The CEOs discussed disparities and the President asked"), nor the last two of a
    // list of names ("Spear, Leeds and Kellogg said", "the Federal Office of Industry, Trade
    // and Labour said"), whose first is left out.
    // (A time before the comma is no name: "The talks will resume in March, President Biden and
    // Prime Minister Justin Trudeau said.")
    let after_list = opening > 1
        && doc.token_text(opening - 1) == ","
        && is_capitalised(doc.token_text(opening - 2))
        && time_words_before(doc, opening - 1) == 0;
    if opening > 0 && !holds_no_words(doc.token_text(opening - 1)) || after_list {
        return subject;
    }
    let span = (doc.tokens[before_first].start, subject.1 .1);
    let written = doc.text[span.0..span.1].to_string();
    // "Jill and I believe", "the President and I discussed": the one speaking is the speaker;
    // "Both Putin and Xi have said" opens with no name.
    let speaking = |written: &str| matches!(written, "I" | "we" | "We" | "you" | "You");
    let opens_with_quantifier = ["Both ", "Either ", "Neither "]
        .iter()
        .any(|q| written.starts_with(q));
    if speaking(&doc.text[subject.1 .0..subject.1 .1])
        || speaking(&doc.text[before_span.0..before_span.1])
        || opens_with_quantifier
    {
        return subject;
    }
    let mention = match (before, subject.0) {
        (
            Mention::Named {
                organisation: first_body,
                ..
            },
            Mention::Named { organisation, .. },
        ) => Mention::Named {
            name: written,
            role: None,
            organisation: first_body && organisation,
        },
        (_, Mention::Anonymous(_)) => Mention::Anonymous(written),
        _ => Mention::Described(written),
    };
    (mention, span)
}

/// The cue of speech a few words before the comma of the participle at `k`, which has the
/// cue's speaker: "…, Rogers said, adding that …", "…, he told reporters, noting …", "she said
/// in an interview, citing …".
fn cue_before_participle(doc: &Document, k: usize) -> Option<usize> {
    if k < 2 || doc.token_text(k - 1) != "," {
        return None;
    }
    (k.saturating_sub(8)..k - 1)
        .rev()
        .take_while(|&j| !holds_no_words(doc.token_text(j)))
        .find(|&j| !is_participle(doc.token_text(j)) && is_cue(doc, j))
}

/// The token after a time that opens the words at `from` ("said yesterday the U.S. had …",
/// "told reporters on Tuesday he …": `lexicon/times_after_cue.txt`), or `from`.
fn after_time(doc: &Document, from: usize, last: usize) -> usize {
    for words in (1..=3).rev() {
        if from + words > last {
            continue;
        }
        let phrase = written_phrase(doc, from..from + words);
        // (Not an owner: "expect today’s issue to …".)
        let owner = from + words < last && is_possessive(doc.token_text(from + words));
        // A month after "in" is a time when a clause follows ("said in October it would …"),
        // not in "the plan announced in December under which …" nor "in April 2021".
        let month_without_clause = phrase.starts_with("in ")
            && (from + words >= last || !opens_reported_clause(doc.token_text(from + words)));
        if lexicon().times_after_cue.contains(phrase.as_str()) && !owner && !month_without_clause {
            // "said Saturday night at the debate": a part of the day goes with its day.
            let part_of_day = from + words < last
                && matches!(
                    doc.token_text(from + words),
                    "morning" | "afternoon" | "evening" | "night"
                );
            return from + words + usize::from(part_of_day);
        }
    }
    from
}

/// How many tokens before token `end` tell a time (`lexicon/times_after_cue.txt`: "last
/// week", "in March", "Tuesday"), the longest such phrase, or 0.
fn time_words_before(doc: &Document, end: usize) -> usize {
    (1..=3.min(end))
        .rev()
        .find(|&words| {
            lexicon()
                .times_after_cue
                .contains(written_phrase(doc, end - words..end).as_str())
        })
        .unwrap_or(0)
}

/// The tokens of `tokens` joined by single spaces, as the word lists hold phrases ("last
/// week", "not to be identified").
fn written_phrase(doc: &Document, tokens: std::ops::Range<usize>) -> String {
    tokens
        .map(|j| doc.token_text(j))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `word` may open the reported clause after a cue: a subject pronoun, a determiner,
/// "that" or a capitalised word ("it would …", "the AfCFTA might …", "Moscow was …"). (Not
/// [`opens_clause_word`], the conjunctions and adverbs that open a clause of the narration.)
fn opens_reported_clause(word: &str) -> bool {
    let bare = word.split(is_apostrophe).next().unwrap_or(word);
    is_capitalised(word)
        || matches!(bare, "he" | "she" | "they" | "it" | "we" | "that")
        || SOURCE_DETERMINERS.contains(&bare)
}

/// The token after a phrase that tells what the words at `from` were said in ("said in a
/// statement the firm is …", "said in its latest Financial Market Trends report the rise
/// …": `lexicon/document_nouns.txt`), or `from`.
fn after_document(doc: &Document, from: usize, last: usize) -> usize {
    if !(from + 2 < last
        && doc.token_text(from) == "in"
        && SOURCE_DETERMINERS.contains(&doc.token_text(from + 1)))
    {
        return from;
    }
    let Some(head) = (from + 2..last.min(from + 8))
        .take_while(|&j| {
            doc.token_text(j)
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-')
        })
        .find(|&j| lexicon().document_nouns.contains(doc.token_text(j)))
    else {
        return from;
    };
    // A phrase that goes on describes the document, and the content is not right after it:
    // "said in a statement posted on its website that …", "in his statement about the
    // Secretary’s departure, Walsh is …" (a time may follow: "in a statement on Monday").
    let next = after_time(doc, head + 1, last);
    let goes_on = next < last && {
        let word = doc.token_text(next);
        ROLE_STOPS.contains(&word)
            || word.ends_with("ed") && word.chars().all(char::is_lowercase)
            || is_participle(word)
            || matches!(word, "made" | "sent")
    };
    if goes_on {
        // The content starts at a "that" the phrase ends in ("in a statement released in Hong
        // Kong that …").
        (head + 1..last.min(head + 9))
            .take_while(|&j| doc.token_text(j) != ",")
            .find(|&j| doc.token_text(j) == "that")
            .unwrap_or(from)
    } else {
        head + 1
    }
}

/// Whether cue `k` ends its clause, as in "…, X said." or "…, X said on Monday in a
/// statement": after it come punctuation (not a colon), a time or a place, an adverb, or the
/// listener of "told"; not an object ("This month, the administration continues to celebrate
/// …", "After the attack, the community returned to its temple": an opening phrase, not
/// content).
fn ends_a_clause(doc: &Document, k: usize, last: usize) -> bool {
    let Some(next) = (k + 1 < last).then(|| doc.token_text(k + 1)) else {
        return true;
    };
    // "On July 6, Sanders said: …" introduces what follows its colon, "Mr. Trump yelled,
    // ''Out!''" the quote after its comma.
    let quote_after = next == ","
        && k + 2 < last
        && doc
            .token_text(k + 2)
            .starts_with(|c: char| is_opening_mark(c) || c == '\'' || c == '”');
    next != ":" && !quote_after && !next.chars().any(char::is_alphanumeric)
        || is_capitalised(next)
        || next.len() > 4 && next.ends_with("ly")
        || lexicon().after_clause_cue.contains(next)
        || matches!(doc.token_text(k), "told" | "tells" | "asked" | "asks")
}

/// Whether `content` quotes words in marks too short to be a quote of their own ("decried the
/// GOP for “turning its back”"): that makes reported speech direct. One word in marks is a
/// term ("known as “deconfliction”"), and marks after an article set off a name ("discuss the
/// “counter-ISIL campaign”"): neither is speech.
fn quotes_words(content: &str) -> bool {
    content.char_indices().any(|(at, c)| {
        if !is_opening_mark(c) {
            return false;
        }
        let article = ends_in_article(&content[..at]);
        let inner = &content[at + c.len_utf8()..];
        let words = inner
            .find(['”', '"'])
            .map_or(0, |close| inner[..close].split_whitespace().count());
        !article && words >= 2
    })
}

/// The source of "according to" from token `from` to `end`: the speaker found at its end, or
/// else the whole phrase ("HuffPost Pollster’s polling average", "a count by the AP").
fn according_source(doc: &Document, from: usize, end: usize) -> Option<(Mention, (usize, usize))> {
    if end <= from {
        return None;
    }
    // "according to police, who said …": a comma before a clause of its own ends no source,
    // unless it closes an appositive or a party label the speaker found holds ("Sen. Maria
    // Cantwell, D-Wash., who …").
    let mut words_end = end;
    while words_end > from && doc.token_text(words_end - 1) == "," {
        words_end -= 1;
    }
    if words_end <= from {
        return None;
    }
    let found = subject_before(doc, from, end);
    // Not the agent of a participle in the phrase: "a floor broker contacted by Reuters,".
    let found = if words_end < end && found.is_none() {
        subject_before(doc, from, words_end).filter(|(_, span)| {
            let first = doc.token_at_or_after(span.0);
            first == from || doc.token_text(first - 1) != "by"
        })
    } else {
        found
    };
    found.or_else(|| {
        let span = (doc.tokens[from].start, doc.tokens[words_end - 1].end);
        Some((
            Mention::Described(doc.text[span.0..span.1].to_string()),
            span,
        ))
    })
}

/// Where the source of a closing "according to" ends, before `end`: at a clause of its own
/// (", but …", "who …", "(…)", a dash), an appositive kept ("the Human Rights Campaign, an
/// advocacy group").
fn according_source_end(doc: &Document, from: usize, end: usize) -> usize {
    (from..end)
        .find(|&j| {
            let t = doc.token_text(j);
            matches!(t, "(" | ";" | "—" | "–" | "--" | "who" | "which" | "that")
                || t == ","
                    && (matches!(doc.token_text(j + 1), "but" | "and" | "while" | "as")
                        // "according to the Bangor Daily News, making the state …"
                        || is_participle(doc.token_text(j + 1))
                        // "according to Kamloops Police, at the McDonald Park playground",
                        // "according to company leaders, compared with its 25 percent rate":
                        // a phrase that opens with a preposition, or with "compared".
                        || OPENING_PREPOSITIONS.contains(&doc.token_text(j + 1))
                        || doc.token_text(j + 1) == "compared"
                        // "…, according to the GAO report, the program has not …", "…,
                        // according to the databases, are over 160": a clause goes on.
                        || AUXILIARIES.contains(&doc.token_text(j + 1))
                        || matches!(
                            doc.token_text(j + 1),
                            "the" | "a" | "an" | "it" | "he" | "she" | "they" | "we" | "there"
                        )
                        || doc.token_text(j + 1).starts_with(is_opening_mark))
        })
        .unwrap_or(end)
}

/// A stance verb at `k` ("criticized", "showed"), before `last`: it reports only when a word
/// follows it ("a talk show, writes" is a noun).
fn is_stance_cue(doc: &Document, k: usize, last: usize) -> bool {
    lexicon().stance.contains(doc.token_text(k))
        && k + 1 < last
        && !names_speech(doc, k)
        // "improves safety by supporting the policy": a means, not a stance taken.
        && !(k > 0
            && doc.token_text(k - 1).eq_ignore_ascii_case("by")
            && lexicon().acting_stances.contains(doc.token_text(k)))
        && doc.token_text(k + 1).chars().any(char::is_alphanumeric)
        && !makes_another_verb(doc, k)
}

/// "30,000 people showed up", "he found out": the cue word at token `k` and the particle after
/// it are another verb, which reports nothing.
fn makes_another_verb(doc: &Document, k: usize) -> bool {
    k + 1 < doc.tokens.len()
        && lexicon()
            .phrasal_verbs
            .contains(&(doc.token_text(k), doc.token_text(k + 1)))
}

/// Whether a cue follows the "and" at `and`, past the words that may stand before a cue:
/// "… and said", "… and later criticized".
fn second_verb(doc: &Document, and: usize, last: usize) -> bool {
    let mut k = and + 1;
    while k < last && lexicon().between.contains(doc.token_text(k)) {
        k += 1;
    }
    k < last && (is_cue(doc, k) || is_stance_cue(doc, k, last))
}

/// Whether the cue at `k` is a second verb after "and" or "but" ("… and said", "declined
/// comment but said"), past the words that may stand before a cue.
fn follows_and(doc: &Document, floor: usize, k: usize) -> bool {
    let mut j = k;
    while j > floor && lexicon().between.contains(doc.token_text(j - 1)) {
        j -= 1;
    }
    j > floor && matches!(doc.token_text(j - 1), "and" | "but")
}

/// Whether the role words `role` before `name` may open a company's name with it, when the
/// entities found the two whole as an organisation: a title before one word that is no
/// personal name ("General Motors"; not "Senator Sanders", nor "California Congressman Ro
/// Khanna"), or an owner that is a group ("National Cattlemen’s", "Swiss Bankers'",
/// "People's") or a single word the lists know as no one and nowhere ("Moody's"; not
/// "Biden’s", "DHS’s", "France's", whose bodies are named after them).
fn opens_company_name(role: &str, name: &str) -> bool {
    let g = gazetteer();
    let owner = ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|end| role.strip_suffix(end));
    let Some(owner) = owner else {
        return !role.contains(' ') && !name.contains(' ') && !g.is_personal_name(name);
    };
    let last = owner.rsplit(' ').next().unwrap_or(owner);
    let group = ["s", "men", "ren", "ple"]
        .iter()
        .any(|end| last.ends_with(end))
        && last.chars().any(char::is_lowercase);
    group
        || !owner.contains(' ')
            && g.kind_of(owner).is_none()
            && !g.is_personal_name(owner)
            && owner.chars().any(char::is_lowercase)
}

/// The fullest name the article gives each surname, for short mentions ("Assad" ->
/// "Bashar al-Assad"). Built once per article: a lookup per speaker, not a scan.
struct FullNames(HashMap<String, String>);

impl FullNames {
    fn new(names: impl IntoIterator<Item = String>) -> Self {
        let mut fullest: HashMap<String, String> = HashMap::default();
        // An organisation's word ends the names of two organisations ("Congressional Budget
        // Office", "Government Accountability Office"): "Office" alone is neither.
        let mut ambiguous: Vec<String> = Vec::new();
        for name in names.into_iter().filter(|n| n.contains(' ')) {
            let word = surname(&name);
            let entry = fullest.entry(word.to_string()).or_default();
            if !entry.is_empty()
                && gazetteer().organisation_words.contains(word)
                && !is_fuller_name(entry, &name)
                && !is_fuller_name(&name, entry)
            {
                ambiguous.push(word.to_string());
            }
            if name.len() > entry.len() {
                *entry = name;
            }
        }
        for word in ambiguous {
            fullest.remove(&word);
        }
        FullNames(fullest)
    }

    /// "Homeland Security Alejandro Mayorkas": the words before a full name of the article
    /// that ends the speaker's name are a role (of "Secretary of Homeland Security …", whose
    /// "of" stopped the run of capitals). The role words and the full name.
    fn split_role<'n>(&self, name: &'n str) -> Option<(&'n str, &'n str)> {
        let full = self.0.get(surname(name))?;
        let role = name.strip_suffix(full.as_str())?.strip_suffix(' ')?;
        // "Senators Ron Johnson and Steve Daines": two speakers, not a role.
        if role.ends_with(" and") || role.ends_with(" &") {
            return None;
        }
        Some((role, &name[role.len() + 1..]))
    }

    /// A named speaker's canonical name and role. Role words before a full name of the
    /// article join the role, and `span` (the mention's bytes in `text`) shrinks to the name;
    /// otherwise an alias takes its canonical name ("U.S." → "United States"), and a short
    /// name the article's fullest.
    fn speaker(
        &self,
        text: &str,
        name: &str,
        role: Option<String>,
        span: &mut (usize, usize),
    ) -> (String, Option<String>) {
        let written_at_end =
            |full: &str| text.get(span.1.saturating_sub(full.len())..span.1) == Some(full);
        match self.split_role(name) {
            Some((role_words, full)) if written_at_end(full) => {
                span.0 = span.1 - full.len();
                let role = match role {
                    Some(role) => format!("{role} {role_words}"),
                    None => role_words.to_string(),
                };
                (full.to_string(), Some(role))
            }
            _ => match gazetteer().aliases.get(name) {
                Some(&(canonical, _)) => (canonical.to_string(), role),
                None => match gazetteer().organisation_names.get(name) {
                    Some(&organisation) => (organisation.to_string(), role),
                    None => (self.canonical(name), role),
                },
            },
        }
    }

    /// Canonical name for a named speaker: the fullest name in the article that ends with
    /// the same word, when it is longer and a fuller form of the same name.
    fn canonical(&self, name: &str) -> String {
        match self.0.get(surname(name)) {
            Some(full) if full.len() > name.len() && is_fuller_name(full, name) => full.clone(),
            _ => name.to_string(),
        }
    }
}

/// Whether `full` is a fuller form of `name`, which ends with the same word: a surname alone
/// ("Assad" -> "Bashar al-Assad"), the end of the full name ("Budget Office" -> "Congressional
/// Budget Office", "De Groote" -> "Michael de Groote"), or the same name with initials in
/// between ("Donald Trump" -> "Donald J. Trump"). Never another full name that only shares
/// its last word: "Congressional Budget Office" is not the "Government Accountability
/// Office", nor "Tim Scott" "Rick Scott".
fn is_fuller_name(full: &str, name: &str) -> bool {
    let Some((first, _)) = name.split_once(' ') else {
        return true;
    };
    let ends_with_name = full.len() > name.len()
        && full.is_char_boundary(full.len() - name.len() - 1)
        && full[full.len() - name.len() - 1..].starts_with(' ')
        && full[full.len() - name.len()..].eq_ignore_ascii_case(name);
    let initials_between = || {
        let words: Vec<&str> = full.split(' ').collect();
        let kept: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !(w.len() == 2 && w.ends_with('.')))
            .collect();
        words.first() == Some(&first) && kept.join(" ") == name
    };
    ends_with_name || initials_between()
}

const MERGE_WORDS: usize = 6;

/// A quote as found, before its speaker is resolved.
struct Found {
    /// Byte spans of the quoted words, in order: more than one when a quote is split around
    /// its attribution ("“X,” he said. “Y.”").
    pieces: Vec<(usize, usize)>,
    attribution: Option<Attribution>,
    direct: bool,
    /// Byte spans of further mentions of the speaker that attribute these words: the "he" of
    /// "Sanders said Trump, who he blasted as a “bully”, …" besides "Sanders".
    other_mentions: Vec<(usize, usize)>,
}

impl Found {
    fn new(span: (usize, usize), attribution: Option<Attribution>, direct: bool) -> Self {
        Found {
            pieces: vec![span],
            attribution,
            direct,
            other_mentions: Vec::new(),
        }
    }

    fn start(&self) -> usize {
        self.pieces[0].0
    }

    fn end(&self) -> usize {
        self.pieces[self.pieces.len() - 1].1
    }

    fn overlaps(&self, (start, end): (usize, usize)) -> bool {
        self.pieces.iter().any(|&(a, b)| a < end && start < b)
    }
}

/// `pieces` cut at paragraph breaks, without the marks that open each further paragraph of
/// a quote over several paragraphs: the words quoted, each piece a non-empty span.
fn paragraph_pieces(text: &str, pieces: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(pieces.len());
    // (A span trimmed to nothing, "“ , ” he said", crosses itself: no words.)
    for &(start, end) in pieces.iter().filter(|(start, end)| start < end) {
        let mut at = start;
        for line in text[start..end].split('\n') {
            let line_start = at;
            at += line.len() + 1;
            // Marks and spaces, and the comma or colon of the cue ("pointed out, Scott’s
            // budget …"), are no words of the quote.
            let lead =
                |c: char| c.is_whitespace() || is_opening_mark(c) || matches!(c, ',' | ';' | ':');
            let trimmed = line.trim_start_matches(lead);
            let words = trimmed.trim_end();
            if !words.is_empty() {
                let from = line_start + (line.len() - trimmed.len());
                out.push((from, from + words.len()));
            }
        }
    }
    if out.is_empty() {
        // Only marks and spaces: keep the span as found, so the quote has one (empty where
        // the span crossed itself).
        let (start, end) = pieces[0];
        out.push((start.min(end), end));
    }
    out
}

/// Whether `between`, the text from one quote's words to the next one's, ends a sentence:
/// the next quote then opens a sentence of its own.
fn ends_sentence(between: &str) -> bool {
    let rest = between
        .trim_end()
        .trim_end_matches(is_opening_mark)
        .trim_end();
    let rest = rest.trim_end_matches(|c: char| is_opening_mark(c) || matches!(c, '”' | '’' | '\''));
    rest.ends_with(['.', '!', '?', ':'])
}

/// The words of `text` outside the byte span `speaker`.
fn words_besides<'t>(
    doc: &'t Document,
    text: &'t str,
    speaker: Option<(usize, usize)>,
) -> impl Iterator<Item = &'t str> {
    let base = doc.text.as_ptr() as usize;
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(move |w| {
            let at = w.as_ptr() as usize - base;
            speaker.is_none_or(|(a, b)| at < a || at >= b)
        })
}

/// When the quote with byte span `span` is a paragraph of its own right after the paragraph
/// where the quote ending at `previous_end` stands: what that paragraph holds after it.
fn rest_before_quote_paragraph<'t>(
    doc: &Document<'t>,
    previous_end: usize,
    span: (usize, usize),
) -> Option<&'t str> {
    let between = &doc.text[previous_end..span.0];
    let (rest_of_paragraph, before_quote) = between.split_once('\n')?;
    let (_, paragraph_end) = paragraph_around(doc.text, span.1);
    (holds_no_words(before_quote) && holds_no_words(&doc.text[span.1..paragraph_end]))
        .then_some(rest_of_paragraph)
}

/// Whether the quote with byte span `span` is a paragraph of its own that follows the
/// paragraph where the quote ending at `previous_end` stands, with at most its attribution
/// after it ("…,” he said.\n\n“…”"): a speaker going on, as in a speech reported
/// paragraph by paragraph.
fn next_paragraph_goes_on(
    doc: &Document,
    previous_end: usize,
    speaker: Option<(usize, usize)>,
    span: (usize, usize),
) -> bool {
    rest_before_quote_paragraph(doc, previous_end, span)
        .is_some_and(|rest| words_besides(doc, rest, speaker).count() <= MERGE_WORDS)
}

/// Whether the quote at `span` is a paragraph of its own right after a paragraph that ends
/// with the quote `previous` and the one sentence attributing it: "“…,” Mr Farage told BBC
/// Radio Four’s Any Questions.\n“Therefore …”" goes on with Farage's words (a quote of its
/// own, as the narration between is too long to merge them).
fn quote_paragraph_after_attribution(
    doc: &Document,
    previous: &Found,
    span: (usize, usize),
) -> bool {
    let Some(attribution) = &previous.attribution else {
        return false;
    };
    let Some(rest_of_paragraph) = rest_before_quote_paragraph(doc, previous.end(), span) else {
        return false;
    };
    let rest_end = previous.end() + rest_of_paragraph.trim_end().len();
    let speaker_after_quote = (previous.end()..rest_end).contains(&attribution.span.0);
    let speaker_token = doc.token_at_or_after(attribution.span.0);
    let sentence = doc
        .sentences
        .partition_point(|s| s.tokens.end <= speaker_token);
    let sentence_ends_paragraph = doc
        .sentences
        .get(sentence)
        .is_some_and(|s| s.end >= rest_end);
    speaker_after_quote && sentence_ends_paragraph
}

/// Whether the direct quote `next` goes on with `previous` (same speaker, and the same
/// paragraph or a quote paragraph of its own right after).
fn continues(doc: &Document, previous: &Found, next: &Found) -> bool {
    let between = &doc.text[previous.end()..next.start()];
    let same_speaker = match (&previous.attribution, &next.attribution) {
        (Some(a), Some(b)) => a.span == b.span,
        (_, None) => true,
        (None, Some(_)) => false,
    };
    let speaker = previous.attribution.as_ref().map(|a| a.span);
    if !same_speaker {
        return false;
    }
    if between.contains('\n') {
        return next_paragraph_goes_on(doc, previous.end(), speaker, (next.start(), next.end()));
    }
    // A quote that opens a sentence of the same paragraph with no cue of its own goes on
    // whatever narration stands between: "“X,” said Cuban, a host of “Shark Tank.” “Y.”"
    if ends_sentence(between) {
        return true;
    }
    // Within a sentence: between the two stand only the closing mark, the speaker, the cue
    // and at most a few more words ("he said later,"), never a conjunction, a participle or
    // another name that starts a clause of its own: "…”, he said, denying Damascus had any
    // “…”" is two quotes.
    let words: Vec<&str> = words_besides(doc, between, speaker).collect();
    let too_many = previous.attribution.is_some() && words.len() > MERGE_WORDS;
    let new_clause = words.iter().any(|w| {
        matches!(*w, "and" | "but" | "or" | "while")
            || w.ends_with("ing")
            || is_capitalised(w) && !gazetteer().titles.contains(*w) && !is_honorific(w)
    });
    !too_many && !new_clause
}

/// "“X,” he said. “Y.”" is one quote: a direct quote that continues the one before it in the
/// same paragraph joins it as a further piece.
fn merge_split_quotes(doc: &Document, found: Vec<Found>) -> Vec<Found> {
    let mut merged: Vec<Found> = Vec::with_capacity(found.len());
    for next in found {
        if let Some(previous) = merged.last_mut() {
            if continues(doc, previous, &next) {
                previous.pieces.extend(next.pieces);
                if previous.attribution.is_none() {
                    previous.attribution = next.attribution;
                }
                continue;
            }
        }
        merged.push(next);
    }
    merged
}

/// The quotes of `doc`. `entities` are its mentions, sorted by start and not overlapping, as
/// [`super::extract`] passes them.
/// `labels` are the byte ranges of a transcript's labels ("MS. PSAKI"): a speaker named
/// there is no one "he" or "she" in the turns refers to.
pub fn find(doc: &Document, entities: &[EntityMention], labels: &[(usize, usize)]) -> Vec<Quote> {
    let mut found: Vec<Found> = Vec::new();
    for MarkedSpan {
        span,
        short,
        speech_end,
    } in direct_spans(doc)
    {
        // The quote before, not yet merged: where it ends and who said it.
        let previous = found.last();
        let previous_end = previous.map_or(0, Found::end);
        if short {
            // Only with its cue after it: "“I do well,” said Iampaglia."
            let cue_after = speech_end.then(|| cue_after_quote(doc, span)).flatten();
            if let Some(attribution) = cue_after {
                let span = clause_before_marks(doc, span, previous_end);
                found.push(Found::new(span, Some(attribution), true));
            } else if let Some((attribution, from)) = naming_before(doc, span, previous_end) {
                found.push(Found::new((from, span.1), Some(attribution), true));
            }
            continue;
        }
        let mut attribution = attribute_direct(doc, span, previous_end);
        // "The tax cut plans are ''profoundly irresponsible,'' said Steve Bell": words in
        // marks that end a clause begun before them, its speaker after them, quote the
        // clause; it is the speaker's whole.
        let span = match &attribution {
            Some(a) if a.span.0 >= span.1 => clause_before_marks(doc, span, previous_end),
            _ => span,
        };
        // Inside a sentence of its own, a quote with no cue belongs to that sentence's
        // subject ("…,” she says. She wants the candidates “first and foremost …”").
        let (_, sentence, inside) = quote_in_sentence(doc, span.0);
        let inside_own_sentence = inside && doc.sentences[sentence].start >= previous_end;
        if attribution.is_none() && inside_own_sentence {
            attribution = introducing_subject(doc, span, false, 0);
        }
        // A quote with no cue of its own continues the speaker of the quote before it in the
        // same paragraph ("“X,” he said. “Y.”").
        if attribution.is_none() {
            if let Some(previous) = previous {
                let speaker = previous.attribution.as_ref().map(|a| a.span);
                if !doc.text[previous_end..span.0].contains('\n')
                    || next_paragraph_goes_on(doc, previous_end, speaker, span)
                    || quote_paragraph_after_attribution(doc, previous, span)
                {
                    attribution = previous.attribution.clone();
                }
            }
        }
        if attribution.is_none() && !inside_own_sentence {
            attribution = introducing_subject(doc, span, false, 0);
        }
        if attribution.is_none() {
            attribution = introducing_subject(doc, span, true, previous_end);
        }
        found.push(Found::new(span, attribution, true));
    }
    let mut found = merge_split_quotes(doc, found);
    let direct_count = found.len();
    for sentence in doc.sentences.iter().filter(|s| !asks(doc, s)) {
        for (attribution, span) in reported(doc, sentence) {
            let direct = &found[..direct_count];
            let speaker_inside_quote = direct.iter().any(|f| {
                f.pieces
                    .iter()
                    .any(|&(a, b)| a <= attribution.span.0 && attribution.span.1 <= b)
            });
            // "X said that … “a partial quote” …": the reported clause is the quote; the
            // words in marks are part of it.
            let is_partial = |f: &Found| {
                let (a, b) = (f.start(), f.end());
                let inside = span.0 <= a && b <= span.1 + 1;
                f.pieces.len() == 1 && inside && (span.0 + 8 < a || span.1 > b + 20)
            };
            let overlapping: Vec<usize> = (0..direct_count)
                .filter(|&i| found[i].overlaps(span))
                .collect();
            let only_partials = overlapping.iter().all(|&i| is_partial(&found[i]));
            // "… told Reuters that Mr Shoigu described it as “…”": the quote inside has a
            // speaker of its own within the clause, so it stays apart.
            // "CNN, Cruz said, called the announcement “highly significant”": a cue set off by
            // commas inside the sentence attributes all of it, the quote inside too.
            let set_off_cue = doc.text[..attribution.span.0].trim_end().ends_with(',')
                && doc.text[attribution.span.1..]
                    .trim_start()
                    .strip_prefix(attribution.cue.as_str())
                    .is_some_and(|rest| rest.trim_start().starts_with(','));
            let inside_clause = |a: &Attribution| span.0 <= a.span.0 && a.span.1 <= span.1;
            let is_pronoun = |a: &Attribution| matches!(a.mention, Mention::Pronoun { .. });
            let nested = !set_off_cue
                && overlapping.iter().any(|&i| {
                    is_partial(&found[i])
                        && found[i].attribution.as_ref().is_some_and(|a| {
                            // "He says he believes …": a pronoun inside is the same speaker.
                            inside_clause(a) && !is_pronoun(a)
                        })
                });
            if !speaker_inside_quote && !nested && only_partials {
                // Holding a quote of its own words makes the clause direct; the partial
                // quotes become part of it (emptied here, dropped below).
                // A pronoun that attributed a partial quote inside is the clause's speaker too.
                let pronouns: Vec<(usize, usize)> = overlapping
                    .iter()
                    .filter_map(|&i| found[i].attribution.as_ref())
                    .filter(|a| is_pronoun(a) && inside_clause(a))
                    .map(|a| a.span)
                    .collect();
                for &i in &overlapping {
                    found[i].pieces.clear();
                }
                let marked = quotes_words(&doc.text[span.0..span.1]);
                let mut clause =
                    Found::new(span, Some(attribution), !overlapping.is_empty() || marked);
                clause.other_mentions = pronouns;
                found.push(clause);
            }
        }
    }
    found.retain(|f| !f.pieces.is_empty());
    // "Clinton blamed the “fog of war” for the failure": a sentence whose subject is named
    // and whose predicate holds a short quote is that speaker's partial quote.
    for sentence in &doc.sentences {
        let taken = found
            .iter()
            .any(|f| f.overlaps((sentence.start, sentence.end)));
        if !taken && !asks(doc, sentence) {
            if let Some(partial) = predicate_with_partial_quote(doc, sentence, entities) {
                found.push(partial);
                continue;
            }
        }
        if let Some((asker, span)) = sourceless(doc, sentence) {
            if !found.iter().any(|f| f.overlaps(span)) {
                found.push(Found::new(span, asker, false));
            }
        }
    }
    // "Let me be clear: …", "Here’s the deal: …", "Simply put: …": a head before a colon with
    // words in lower case is the speaker's own words, unless it names a person, organisation
    // or place ("Clinton camp: …"); "Poll: …", "Report: …" are sources.
    let names_an_entity = |(start, end): (usize, usize)| {
        let (start, end) = (doc.char_offset(start), doc.char_offset(end));
        let i = entities.partition_point(|e| e.end <= start);
        entities.get(i).is_some_and(|e| e.start < end)
    };
    let all_capitalised =
        |(start, end): (usize, usize)| doc.text[start..end].split_whitespace().all(is_capitalised);
    let names_a_source = |span: (usize, usize)| names_an_entity(span) || all_capitalised(span);
    // "Rail: The Federal Railroad Administration and Amtrak are …", "Universal Health
    // Coverage: …": a head in capitals that names no one, before words that run past their
    // first sentence, heads a section of a fact sheet and says nothing. A headline is one
    // sentence ("Poll: Trump and Clinton hold narrow leads"); a title names someone ("THE
    // FIRST LADY: Thank you. …", "Secretary Buttigieg: …"), and so does an interview's "A:".
    let heads_a_section = |head: (usize, usize), source: (usize, usize), words: (usize, usize)| {
        all_capitalised(source)
            && doc.text[source.0..source.1]
                .chars()
                .filter(|c| c.is_alphabetic())
                .nth(2)
                .is_some()
            && !names_an_entity(source)
            && !doc.text[head.0..head.1].split_whitespace().any(|word| {
                gazetteer()
                    .titles
                    .contains(super::entities::title_case(word).as_str())
            })
            && {
                // Sentences are sorted by start: the first that starts inside the words.
                let next = doc.sentences.partition_point(|s| s.start <= words.0);
                doc.sentences.get(next).is_some_and(|s| s.start < words.1)
            }
    };
    let mut paragraph_start = 0;
    for paragraph in doc.text.split('\n') {
        if let Some((attribution, span)) = headline(doc, paragraph_start, paragraph) {
            if !heads_a_section(
                (paragraph_start, attribution.span.1),
                attribution.span,
                span,
            ) && !found.iter().any(|f| f.overlaps(span))
            {
                let direct = quotes_words(&doc.text[span.0..span.1]);
                let source = Some(attribution).filter(|a| names_a_source(a.span));
                found.push(Found::new(span, source, direct));
            }
        }
        paragraph_start += paragraph.len() + 1;
    }
    // "I want — \nMR. KIRBY: Well, …": a quote found by its cue stops before the next turn's
    // label; one that would open inside a label is none (the turn holds those words).
    for Found { pieces, .. } in &mut found {
        pieces.retain_mut(|(start, end)| {
            let next = labels.partition_point(|&(_, label_end)| label_end <= *start);
            match labels.get(next) {
                Some(&(label_start, _)) if label_start <= *start => false,
                Some(&(label_start, _)) if label_start < *end => {
                    let kept = doc.text[*start..label_start].trim_end_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '—' | '–' | '-')
                    });
                    *end = *start + kept.len();
                    !kept.is_empty()
                }
                _ => true,
            }
        });
    }
    found.retain(|f| !f.pieces.is_empty());
    found.sort_by_key(Found::start);
    // A lone word that never speaks ("Tuesday", "Among", "They're") where the speaker should
    // be means the speaker was not found; a described source loses the times and adverbs it
    // ends in ("the Senate just").
    let surnames: HashSet<&str> = entities
        .iter()
        .filter(|e| e.kind == EntityType::Person && e.name.contains(' '))
        .map(|e| surname(&e.name))
        .collect();
    let never_speaks = |word: &str| {
        let lower = word.to_lowercase();
        lexicon().not_speakers.contains(lower.as_str())
            || ["'re", "’re", "'m", "’m"]
                .iter()
                .any(|c| lower.ends_with(c))
    };
    for Found {
        attribution,
        pieces,
        ..
    } in &mut found
    {
        // "the Senate just" is "the Senate".
        if let Some(Attribution {
            mention: Mention::Described(text),
            span,
            ..
        }) = attribution
        {
            let mut kept = text.as_str();
            // "The bottom line is this: …", "My question is: …": a copula ends a subject, not
            // a source.
            let mut copula = false;
            while let Some((rest, last)) = kept.rsplit_once(' ') {
                // "many of you", "some of them": the pronoun of a partitive is the group.
                if !never_speaks(last) || rest.ends_with(" of") {
                    break;
                }
                copula |= matches!(last, "is" | "are");
                kept = rest;
            }
            if copula {
                *attribution = None;
                continue;
            }
            let kept_end = span.0 + kept.len();
            let opening = opening_conjunctions(kept);
            let kept_start = span.0 + opening;
            kept = &kept[opening..];
            // "other Republicans who said": the relative pronoun stands for the words before
            // it, which name the source; the mention keeps it. Not a word alone: "those who"
            // is the source, "those" none.
            let named = kept
                .strip_suffix(" who")
                .or_else(|| kept.strip_suffix(" which"))
                .filter(|named| named.contains(' '))
                .unwrap_or(kept);
            if named.len() < text.len() {
                *span = (kept_start, kept_end);
                *text = named.to_string();
            }
        }
        let unlikely = attribution.as_ref().is_some_and(|a| match &a.mention {
            // "MYTH: The bill is “a tax break.”": a head in capitals, not "Sources said".
            // A person's surname speaks, though it is a word that never does ("Al From").
            // "Third, in terms of energy, expect the President to …": a point of a list.
            Mention::Named { name, .. } => {
                !name.contains(' ') && never_speaks(name) && !surnames.contains(name.as_str())
                    || !name.contains(char::is_lowercase) && names_no_speaker(name)
                    || lexicon().list_ordinals.contains(name.as_str())
            }
            Mention::Described(text) => {
                !text.contains(' ')
                    && !names_a_group(text)
                    && !lexicon()
                        .evidence_sources
                        .contains(text.to_lowercase().as_str())
            }
            _ => false,
        });
        if unlikely {
            *attribution = None;
        }
        // "these funds will support …", "Funding will support …": money takes no stance;
        // the words after the verb are no one's.
        let resource_stance = attribution.as_ref().is_some_and(|a| {
            let text = match &a.mention {
                Mention::Named { name, .. } => name.as_str(),
                Mention::Described(text) | Mention::Anonymous(text) => text.as_str(),
                Mention::Pronoun { .. } => "",
            };
            let head = text.rsplit(' ').next().unwrap_or(text);
            lexicon().stance.contains(a.cue.as_str())
                && lexicon()
                    .resource_nouns
                    .contains(head.to_lowercase().as_str())
        });
        if resource_stance {
            pieces.clear();
        }
        if let Some(Attribution {
            mention: Mention::Anonymous(text),
            span,
            ..
        }) = attribution
        {
            let opening = opening_conjunctions(text);
            if opening > 0 {
                span.0 += opening;
                *text = text[opening..].to_string();
            }
        }
    }
    found.retain(|f| !f.pieces.is_empty());
    // "The Office of Management and Budget said": the run of capitals before the cue stops
    // at "and", which the organisation's name among the entities runs over ("Food and Drug
    // Administration", "Department of Health and Human Services"); not for a person
    // ("Secretary of Trade and Industry Jose Concepcion").
    for Found { attribution, .. } in &mut found {
        let Some(Attribution {
            mention: Mention::Named {
                name, organisation, ..
            },
            span,
            ..
        }) = attribution
        else {
            continue;
        };
        // So too a name joined with "&" that the run began after a preposition ("Centers for
        // Medicare & Medicaid Services").
        let before = doc.text[..span.0].trim_end();
        let joined = before.ends_with(" and") || before.ends_with(" &") || name.contains(" & ");
        if holds_given_name(name) || !joined {
            continue;
        }
        let (start, end) = (doc.char_offset(span.0), doc.char_offset(span.1));
        let earlier = entities.partition_point(|e| e.start < start);
        let around = entities[..earlier]
            .iter()
            .rev()
            .take(3)
            .find(|e| e.kind == EntityType::Organization && e.end == end);
        if let Some(around) = around {
            let from = doc.byte_offset(around.start);
            let determiner = if doc.text[from..].starts_with("The ") {
                4
            } else {
                0
            };
            span.0 = from + determiner;
            *name = around
                .name
                .strip_prefix("The ")
                .unwrap_or(&around.name)
                .to_string();
            *organisation = true;
        }
    }

    // The article's full names of people, and of the organisations it has as speakers: "The
    // Administration announced" after "the Biden-Harris Administration charged forward" is
    // the Biden-Harris Administration, as the archive-wide name facets expect of an article.
    let organisation_speakers =
        found
            .iter()
            .filter_map(|f| match &f.attribution.as_ref()?.mention {
                // Not a name joined with "and": "the Administration" is the Biden-Harris
                // Administration, not the longer Food and Drug Administration.
                Mention::Named {
                    name,
                    organisation: true,
                    ..
                } if !name.split(' ').any(|w| matches!(w, "and" | "&")) => Some(name.clone()),
                _ => None,
            });
    let full_names = FullNames::new(
        entities
            .iter()
            .filter(|e| e.kind == EntityType::Person)
            .map(|e| e.name.clone())
            .chain(organisation_speakers),
    );
    let in_label = |at: usize| {
        let i = labels.partition_point(|&(start, _)| start <= at);
        i > 0 && at < labels[i - 1].1
    };
    // Whether the tagger found a person starting at the mention at `span`: "the Exchequer"
    // before "Nigel Lawson" made the determiner-led run look like an organisation's name.
    let person_at = |(start, _): (usize, usize)| {
        let start = doc.char_offset(start);
        let i = entities.partition_point(|e| e.start < start);
        entities
            .get(i)
            .is_some_and(|e| e.start == start && e.kind == EntityType::Person)
    };
    // "Champion Products Inc said … the company said": the first company the article names
    // with its legal form, before the mention at byte `at`. A wire story names its company in
    // the lead; the companies named nearer the mention are more often its partners.
    let organisations_before = |at: usize| {
        let at = doc.char_offset(at);
        let before = entities.partition_point(|e| e.start < at);
        entities[..before]
            .iter()
            .filter(|e| e.kind == EntityType::Organization)
    };
    let company_before = |at: usize| -> Option<String> {
        organisations_before(at)
            .find(|e| {
                e.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|form| gazetteer().is_company_form(form))
            })
            .map(|e| e.name.clone())
    };
    // "the Department of Education … the department said", "the Federal Reserve Bank … the
    // bank said": the nearest organisation before the mention at byte `at` named with that
    // word of organisations' names.
    let named_organisation_before = |at: usize, written: &str| -> Option<String> {
        // "The Office" too: a capital after "The" is no name of its own.
        let word = written
            .strip_prefix("the ")
            .or_else(|| written.strip_prefix("The "))?;
        if word.contains(' ') {
            return None;
        }
        let word = capitalise(word);
        // "the administration", "the government": the sitting one more often than the last
        // one named ("Senior Administration Officials").
        if !gazetteer().organisation_words.contains(word.as_str())
            || matches!(
                word.as_str(),
                "Administration" | "Government" | "State" | "House"
            )
        {
            return None;
        }
        organisations_before(at)
            .rev()
            .map(|e| e.name.strip_prefix("The ").unwrap_or(&e.name))
            .find(|name| name.split(' ').any(|w| w == word) && *name != word)
            .map(str::to_string)
    };
    // The organisation a described source at byte `at` stands for: "the company" is the
    // lead's company, "the department" the department named before.
    let described_organisation = |at: usize, written: &str| -> Option<String> {
        matches!(written, "the company" | "the firm")
            .then(|| company_before(at))
            .flatten()
            .or_else(|| named_organisation_before(at, written))
    };
    // "Office" at byte `at` after "The": the organisation named before with that word.
    let the_organisation = |at: usize, name: &str| -> Option<String> {
        (doc.text[..at].ends_with("The ") || doc.text[..at].ends_with("the "))
            .then(|| named_organisation_before(at, &format!("the {name}")))
            .flatten()
    };
    // "Defense Secretary Jim Mattis said … The secretary said": who holds an office, by the
    // role of a speaker or the title before a person's name, in the order of the text. Built
    // only for an article with a source after "the": most have none.
    let source_after_the = found.iter().any(|f| {
        f.attribution.as_ref().is_some_and(|a| {
            matches!(&a.mention, Mention::Described(text) | Mention::Anonymous(text)
                if text.starts_with("the ") || text.starts_with("The "))
        })
    });
    let build_office_holders = || {
        let mut holders: Vec<(usize, String, String)> = found
            .iter()
            .filter_map(|f| {
                let a = f.attribution.as_ref()?;
                match &a.mention {
                    Mention::Named {
                        name,
                        role: Some(role),
                        organisation: false,
                    } => Some((a.span.0, role.clone(), full_names.canonical(name))),
                    _ => None,
                }
            })
            .chain(
                entities
                    .iter()
                    .filter(|e| e.kind == EntityType::Person)
                    .filter_map(|e| {
                        let first = doc.token_at_or_after(doc.byte_offset(e.start));
                        let at = first.checked_sub(1)?;
                        // "Vice President Mike Pence": the word before the title stays with it.
                        let from = if at > 0
                            && lexicon().office_qualifiers.contains(doc.token_text(at - 1))
                        {
                            at - 1
                        } else {
                            at
                        };
                        let title = &doc.text[doc.tokens[from].start..doc.tokens[at].end];
                        // At the title's start: a speaker's fuller role at the name wins.
                        is_office(doc.token_text(at))
                            .then(|| (doc.tokens[from].start, title.to_string(), e.name.clone()))
                    }),
            )
            .collect();
        holders.sort_by_key(|&(at, ..)| at);
        holders
    };
    let office_holders = if source_after_the {
        build_office_holders()
    } else {
        Vec::new()
    };
    // "the secretary" at byte `at`: the nearest holder before it of an office that ends in
    // that word, with the office.
    // The first holder the article named is whom the office means ("President Biden spoke
    // with President Zelenskyy … The President said …"), with the fullest role given them
    // before. Not in a transcript, whose office is the host's, whom its turns rarely name:
    // "the President" of a briefing is not the "President Putin" a question named.
    let office_holder = |at: usize, written: &str| -> Option<(String, String)> {
        let office = written.strip_prefix("the ")?;
        // "the Vice President": an office of more than one word ends in an office.
        if !labels.is_empty() || !is_office(office.rsplit(' ').next().unwrap_or(office)) {
            return None;
        }
        // A role that ends in the office, as a word of its own, after no qualifier.
        let holds_office = |role: &str| {
            let Some(rest) = role.len().checked_sub(office.len()).and_then(|at| {
                role.get(at..)
                    .filter(|end| end.eq_ignore_ascii_case(office))
                    .map(|_| &role[..at])
            }) else {
                return false;
            };
            rest.is_empty()
                || rest.strip_suffix(' ').is_some_and(|before| {
                    !lexicon()
                        .office_qualifiers
                        .contains(before.rsplit(' ').next().unwrap_or(before))
                })
        };
        let before = &office_holders[..office_holders.partition_point(|&(pos, ..)| pos < at)];
        let (_, _, first) = before.iter().find(|(_, role, _)| holds_office(role))?;
        before
            .iter()
            .rev()
            .find(|(_, role, name)| name == first && holds_office(role))
            .map(|(_, role, name)| (name.clone(), role.clone()))
    };
    // The speakers pronouns may stand for: (where, name, an organisation, anonymous). An
    // unnamed person is one too: "An aide to Lyng said … He said" is the aide again, not the
    // last person named before.
    let named: Vec<(usize, String, bool, bool)> = found
        .iter()
        .filter(|f| !f.attribution.as_ref().is_some_and(|a| in_label(a.span.0)))
        .filter_map(|f| match &f.attribution.as_ref()?.mention {
            Mention::Named {
                name, organisation, ..
            } => {
                // "US Special Representative for Iran Brian Hook": the name without the role
                // words, as the quote's own speaker has it; a person's name, whatever words of
                // organisations the role holds ("Chancellor of the Exchequer Nigel Lawson").
                let span = f.attribution.as_ref()?.span;
                let (name, organisation) = match full_names.split_role(name) {
                    Some((_, full)) => (full.to_string(), false),
                    None => (
                        full_names.canonical(name),
                        *organisation && !person_at(span),
                    ),
                };
                Some((span.0, name, organisation, false))
            }
            Mention::Anonymous(text) if unnamed_person(text) => Some((
                f.attribution.as_ref()?.span.0,
                as_in_running_text(text.clone()),
                false,
                true,
            )),
            // "The President believes … He is calling on Congress …": an office alone is a
            // person, its holder where the article names one. (Not in a transcript, where the
            // turns' "he" is as often a senator a question named.)
            Mention::Described(text) if labels.is_empty() => {
                let at = f.attribution.as_ref()?.span.0;
                let written = as_in_running_text(text.clone());
                if !all_titles(written.strip_prefix("the ")?) {
                    return None;
                }
                let name = office_holder(at, &written).map_or(written, |(name, _)| name);
                Some((at, name, false, false))
            }
            _ => None,
        })
        .collect();
    // The nearest speaker before the pronoun (else the first after it) of its kind: a person
    // for "he" and "she", not one whose given name shows the other gender; an organisation
    // or group for "they" and "it".
    // In a transcript, only from the turn before the pronoun's to the next label: a briefer's
    // "he" a hundred turns after a quoted name is most often the President, whom no label or
    // quote names.
    // A pronoun's speaker, and whether it is anonymous.
    // "The agency said … It said", "Money market dealers said … They said": the bodies and
    // groups described as speakers, with the names their mentions resolve to.
    // (where, name, a group, anonymous).
    let described_sources: Vec<(usize, String, bool, bool)> = found
        .iter()
        .filter_map(|f| {
            let a = f.attribution.as_ref()?;
            match &a.mention {
                Mention::Described(text) if !in_label(a.span.0) => {
                    let written = as_in_running_text(text.clone());
                    let head = written.rsplit(' ').next().unwrap_or(&written);
                    // A body, a group or a document: not "the Indiana governor", nor
                    // "several".
                    let plural = names_people(&written);
                    let body = gazetteer()
                        .organisation_words
                        .contains(capitalise(head).as_str())
                        || DOCUMENT_HEADS.contains(&head);
                    if !plural && !body {
                        return None;
                    }
                    let name = described_organisation(a.span.0, &written).unwrap_or(written);
                    Some((a.span.0, name, plural, false))
                }
                // "Dealers said … they added", "Commerce Ministry officials told Reuters … they
                // added": unnamed sources in the plural.
                Mention::Anonymous(text) if !in_label(a.span.0) && !unnamed_person(text) => {
                    let written = as_in_running_text(text.clone());
                    let head = written.rsplit(' ').next().unwrap_or(&written);
                    let plural = !DOCUMENT_HEADS.contains(&head);
                    Some((a.span.0, written, plural, true))
                }
                _ => None,
            }
        })
        .collect();
    // "Pan Am said … It said": a speaker the tagger found as an organisation, though no word
    // of its name shows one, may be "it" (and stays a person's name for "he").
    // The article's names of each type, gathered only when a pronoun asks.
    let names_by_kind: OnceCell<HashMap<EntityType, HashSet<&str>>> = OnceCell::new();
    let tagged = |name: &str, kind: EntityType| {
        names_by_kind
            .get_or_init(|| {
                let mut by_kind: HashMap<EntityType, HashSet<&str>> = HashMap::default();
                // As written and as named: "HHS" is the Department of Health and Human
                // Services' mention.
                for e in entities {
                    let names = by_kind.entry(e.kind).or_default();
                    names.insert(e.name.as_str());
                    names.insert(e.text.as_str());
                }
                by_kind
            })
            .get(&kind)
            .is_some_and(|names| names.contains(name))
    };
    let tagged_organisation =
        |name: &str| !holds_given_name(name) && tagged(name, EntityType::Organization);
    // "Japan said … He said", "HHS concluded … He said": a place or an organisation the
    // tagger found, which names no person of the article, is never "he" or "she". (Not an
    // organisation that ends in a surname: "Oripes Gomes said" may be the tagger's slip.)
    let tagged_as = |name: &str, kind: EntityType| {
        !holds_given_name(name) && tagged(name, kind) && !tagged(name, EntityType::Person)
    };
    let tagged_place = |name: &str| tagged_as(name, EntityType::Place);
    let tagged_body = |name: &str| {
        let last = name.rsplit(' ').next().unwrap_or(name);
        tagged_as(name, EntityType::Organization) && !gazetteer().is_personal_name(last)
    };
    // "President Joseph R. Biden, Jr. spoke today with President Zelenskyy. He congratulated
    // …": with no speaker before it, "he" or "she" at byte `start` is the person who opens
    // its sentence or one of the two before (their subject), not one named later in them.
    let subject_person_before = |start: usize, floor: usize, pronoun: &str| -> Option<String> {
        let first = doc.token_at_or_after(start);
        let at = doc.sentences.partition_point(|s| s.tokens.end <= first);
        let pronoun_at = doc.char_offset(start);
        doc.sentences[..(at + 1).min(doc.sentences.len())]
            .iter()
            .rev()
            .take(3)
            .take_while(|s| s.start >= floor)
            .find_map(|s| {
                let opening_end = (s.tokens.start + 4).min(s.tokens.end);
                let from = doc.char_offset(s.start);
                let to = doc
                    .char_offset(doc.tokens[opening_end - 1].end)
                    .min(pronoun_at);
                let i = entities.partition_point(|e| e.start < from);
                entities[i..]
                    .iter()
                    .take_while(|e| e.start < to)
                    .find(|e| e.kind == EntityType::Person && !genders_clash(doc, pronoun, &e.name))
                    .map(|e| e.name.clone())
            })
    };
    // "Congressional Republicans have a very different vision. They have promised …": a
    // group that opens the sentence before the pronoun's (within three words, before its
    // verb), as written, with where it starts.
    let group_subject_before = |start: usize, floor: usize| -> Option<(usize, String)> {
        let first = doc.token_at_or_after(start);
        let at = doc.sentences.partition_point(|s| s.tokens.end <= first);
        let s = &doc.sentences[at.checked_sub(1)?];
        if s.start < floor {
            return None;
        }
        let from = s.tokens.start;
        let head = (from..(from + 3).min(s.tokens.end)).find(|&j| {
            lexicon()
                .group_nouns
                .contains(doc.token_text(j).to_lowercase().as_str())
        })?;
        let next = doc.token_text((head + 1).min(s.tokens.end - 1));
        let verb_next = AUXILIARIES.contains(&next) || next.ends_with("ed");
        let modifiers = (from..head).all(|j| {
            let word = doc.token_text(j);
            is_capitalised(word) || DETERMINERS.contains(&word)
        });
        (verb_next && modifiers).then(|| {
            let phrase = &doc.text[doc.tokens[from].start..doc.tokens[head].end];
            (
                doc.tokens[from].start,
                as_in_running_text(phrase.to_string()),
            )
        })
    };
    let resolve_pronoun = |(start, end): (usize, usize), person: bool| -> Option<(String, bool)> {
        let singular = doc.text[start..end].eq_ignore_ascii_case("it");
        let sentence_of = |byte: usize| doc.sentences.partition_point(|s| s.end <= byte);
        let pronoun_sentence = sentence_of(start);
        let fits = |pos: usize, name: &str, org: bool| {
            // "Dealers said … They said": a group named in capitals ("Congressional
            // Republicans") is "they" in its own or the next sentence, not further nor before
            // it is named, and not in a transcript, whose speakers' "they" is seldom the group
            // they spoke of.
            // Two speakers named together, no body's one name ("President Biden and President
            // Thuong discussed … They discussed …"), are "they" alone.
            if !org && name.contains(" and ") {
                return !person && !singular;
            }
            let org = org
                || singular && tagged_organisation(name)
                || !person
                    && !singular
                    && labels.is_empty()
                    && names_people(name)
                    && name.split(' ').all(is_capitalised)
                    && pos < start
                    && sentence_of(pos) + 1 >= pronoun_sentence;
            org != person
                && !genders_clash(doc, &doc.text[start..end], name)
                && !(person && (tagged_place(name) || tagged_body(name)))
        };
        let turn = labels.partition_point(|&(label_start, _)| label_start <= start);
        let floor = turn.checked_sub(2).map_or(0, |i| labels[i].0);
        let ceiling = labels
            .get(turn)
            .map_or(usize::MAX, |&(label_start, _)| label_start);
        let named_before = named
            .iter()
            .rev()
            .find(|(pos, name, org, _)| (floor..start).contains(pos) && fits(*pos, name, *org));
        if !person && !singular && labels.is_empty() {
            let group = group_subject_before(start, floor)
                .filter(|(at, _)| named_before.is_none_or(|(named_at, ..)| at > named_at));
            if let Some((_, group)) = group {
                return Some((group, false));
            }
        }
        // For "it" and "they", a body or group described nearer than the last one named; "it"
        // is no plural ("dealers").
        if !person {
            let described = described_sources.iter().rev().find(|(pos, _, plural, _)| {
                (floor..start).contains(pos)
                    && named_before.is_none_or(|(named_at, ..)| pos > named_at)
                    && !(singular && *plural)
            });
            if let Some((_, name, _, anonymous)) = described {
                return Some((name.clone(), *anonymous));
            }
        }
        // Not in a transcript, where a turn's label opens its sentence and the turn's "he"
        // is someone else.
        if person && named_before.is_none() && labels.is_empty() {
            if let Some(name) = subject_person_before(start, floor, &doc.text[start..end]) {
                return Some((full_names.canonical(&name), false));
            }
        }
        named_before
            .or_else(|| {
                // A cataphor ("he said, before he was named") reaches no unnamed source.
                named.iter().find(|(pos, name, org, anonymous)| {
                    !anonymous && (start + 1..ceiling).contains(pos) && fits(*pos, name, *org)
                })
            })
            // "Dealers said … he said": a group is never "he" or "she", and the person meant
            // is one no attribution named.
            .filter(|(_, name, ..)| !(person && names_people(name)))
            // "I said … He knows that …": the speaker's own voice is never whom "he" means,
            // and whom it means was not named as a speaker.
            .filter(|(_, name, ..)| !matches!(name.as_str(), "I" | "We"))
            .map(|(_, name, _, anonymous)| (name.clone(), *anonymous))
            // "Phillips Petroleum Co cited lower prices … It also said": a wire story's
            // company in its lead, when no speaker stands before "it".
            .or_else(|| {
                singular
                    .then(|| company_before(start))
                    .flatten()
                    .map(|name| (name, false))
            })
    };

    // The name in full that the entities found at a speaker's mention: "Jake said this" in a
    // briefing that names Jake Sullivan (the one full name of the article that starts with
    // the given name); "According to the National Conference of State Legislatures" (an
    // organisation the tagger found whole, whose "of" ended the speaker's run of capitals).
    let name_in_full = |span: (usize, usize), name: String| -> String {
        let (start, end) = (doc.char_offset(span.0), doc.char_offset(span.1));
        let i = entities.partition_point(|m| m.start < start);
        let person = entities.get(i).filter(|m| {
            m.start == start
                && m.end == end
                && m.kind == EntityType::Person
                && !name.contains(' ')
                && m.name
                    .strip_prefix(name.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
        });
        let organisation = i
            .checked_sub(1)
            .and_then(|before| entities.get(before))
            .filter(|m| {
                m.end == end
                    && m.kind == EntityType::Organization
                    && m.name
                        .strip_suffix(name.as_str())
                        .is_some_and(|rest| rest.ends_with(" of "))
            });
        // A surname alone is named as the entities name it: they tell apart the people of
        // the article who bear it ("President Biden" is Joe, though Beau Biden is named in
        // full), where the article's fullest name of that surname is only a guess.
        let surname_alone = entities.get(i).filter(|m| {
            m.start == start
                && m.end == end
                && m.kind == EntityType::Person
                && !m.text.contains(' ')
                && surname(&m.name) == surname(&name)
        });
        person
            .or(surname_alone)
            .or(organisation)
            .map_or(name, |m| m.name.clone())
    };
    // "General Motors said", "People’s Daily said": a title or an owner and the name after it
    // (at `span`) that the entities found whole as an organisation are its name (not "Senator
    // Sanders", nor "California Congressman Ro Khanna").
    let company_named_whole = |span: (usize, usize), role: &str, name: &str| -> Option<String> {
        if !opens_company_name(role, name) {
            return None;
        }
        let whole = format!("{role} {name}");
        let end = doc.char_offset(span.1);
        let start = end.checked_sub(whole.chars().count())?;
        let i = entities.partition_point(|m| m.start < start);
        entities
            .get(i)
            .filter(|m| {
                m.start == start
                    && m.end == end
                    && m.kind == EntityType::Organization
                    && m.text == whole
            })
            .map(|m| m.name.clone())
    };
    found
        .into_iter()
        .map(
            |Found {
                 pieces,
                 attribution,
                 direct,
                 other_mentions,
             }| {
                let (speaker, role, speaker_spans, anonymous, cue) = match attribution {
                    Some(mut a) => {
                        let (speaker, role, anonymous) = match a.mention {
                            Mention::Named { name, role, .. } => {
                                match role
                                    .as_deref()
                                    .and_then(|role| company_named_whole(a.span, role, &name))
                                    .or_else(|| the_organisation(a.span.0, &name))
                                {
                                    // "The Office said" after "the Central Statistical Office":
                                    // the organisation named before, as for "the office said".
                                    Some(organisation) => (Some(organisation), None, false),
                                    None => {
                                        let (name, role) =
                                            full_names.speaker(doc.text, &name, role, &mut a.span);
                                        // "Today, the Administration is announcing": a body's
                                        // head alone, which the article names in full
                                        // nowhere, is none in particular.
                                        let g = gazetteer();
                                        let name = if g.not_entities_alone.contains(name.as_str())
                                            && g.organisation_words.contains(name.as_str())
                                        {
                                            format!("the {name}")
                                        } else {
                                            name_in_full(a.span, name)
                                        };
                                        (Some(name), role, false)
                                    }
                                }
                            }
                            Mention::Pronoun { person } => match resolve_pronoun(a.span, person) {
                                Some((name, anonymous)) => (Some(name), None, anonymous),
                                None => (None, None, false),
                            },
                            Mention::Anonymous(text) => {
                                // "The spokesman added": the spokesman the article named.
                                let written = as_in_running_text(text);
                                match office_holder(a.span.0, &written) {
                                    Some((name, office)) => (Some(name), Some(office), false),
                                    None => (Some(written), None, true),
                                }
                            }
                            Mention::Described(text) => {
                                let written = as_in_running_text(text);
                                let organisation = described_organisation(a.span.0, &written);
                                match (organisation, office_holder(a.span.0, &written)) {
                                    (Some(organisation), _) => (Some(organisation), None, false),
                                    (None, Some((name, office))) => {
                                        (Some(name), Some(office), false)
                                    }
                                    (None, None) => (Some(written), None, false),
                                }
                            }
                        };
                        // A pronoun of the other gender than the speaker's name is someone else.
                        let agrees = |&(start, end): &(usize, usize)| {
                            !speaker
                                .as_deref()
                                .is_some_and(|name| genders_clash(doc, &doc.text[start..end], name))
                        };
                        let spans = std::iter::once(a.span)
                            .chain(other_mentions.into_iter().filter(agrees))
                            .map(|(start, end)| [doc.char_offset(start), doc.char_offset(end)])
                            .collect();
                        // "you guys" of a briefing: the mention stays, but the words name no
                        // one a reader could search for. (The first person stays: the text's
                        // author, when it names one, speaks it; see `author::attribute`.)
                        let speaker = speaker
                            .filter(|name| !lexicon().unnamed_persons.contains(name.as_str()));
                        (speaker, role, spans, anonymous, Some(a.cue))
                    }
                    None => (None, None, Vec::new(), false, None),
                };
                let pieces = paragraph_pieces(doc.text, &pieces);
                let mut quote = String::new();
                for (i, &(a, b)) in pieces.iter().enumerate() {
                    if i > 0 {
                        quote.push_str(piece_separator(&doc.text[pieces[i - 1].1..a]));
                    }
                    quote.push_str(&doc.text[a..b]);
                }
                let spans: Vec<[usize; 2]> = pieces
                    .iter()
                    .map(|&(a, b)| [doc.char_offset(a), doc.char_offset(b)])
                    .collect();
                Quote {
                    quote,
                    speaker,
                    speaker_role: role,
                    speaker_spans,
                    speaker_anonymous: anonymous,
                    cue,
                    start: spans[0][0],
                    end: spans[spans.len() - 1][1],
                    spans,
                    direct,
                }
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    #[test]
    fn a_text_that_ends_at_its_cue_or_listener_gives_no_panic() {
        for text in [
            "Smith told reporters",
            "Smith said",
            "The plan will fail, Smith told reporters",
            // Words before a cue that open the text, "and" second among them.
            "central and yesterday “Hannity,” did on whether Jr. Senators (Watch) , declined \
             Senators precisely yesterday of ? half asked the Defense &",
        ] {
            quotes(text);
        }
    }

    #[test]
    fn marks_around_no_words_before_a_cue_give_no_panic() {
        // The span inside the marks, trimmed of the comma and spaces, crossed itself.
        for text in ["“ , ” he told", "“ , ” They said reporters", "“,” he said"] {
            let found = quotes(text);
            assert!(
                found.iter().all(|(quote, ..)| quote.is_empty()),
                "{found:?}"
            );
        }
    }

    /// (quote, speaker, direct) of every quote found in `text`.
    fn quotes(text: &str) -> Vec<(String, Option<String>, bool)> {
        extract(text)
            .quotes
            .into_iter()
            .map(|q| (q.quote, q.speaker, q.direct))
            .collect()
    }

    /// The speakers of the quotes found in `text`, in order, and whether each is anonymous.
    fn speakers_and_anonymity(text: &str) -> Vec<(Option<String>, bool)> {
        extract(text)
            .quotes
            .into_iter()
            .map(|q| (q.speaker, q.speaker_anonymous))
            .collect()
    }

    /// Asserts the speakers of the quotes found in `text`, in order.
    fn assert_speakers_and_roles(text: &str, expected: &[(Option<&str>, Option<&str>)]) {
        let found = extract(text).quotes;
        let pairs: Vec<(Option<&str>, Option<&str>)> = found
            .iter()
            .map(|q| (q.speaker.as_deref(), q.speaker_role.as_deref()))
            .collect();
        assert_eq!(pairs, expected);
    }

    fn assert_never_speaker(text: &str, not_a_speaker: &str) {
        let found = quotes(text);
        assert!(
            found.iter().all(|q| q.1.as_deref() != Some(not_a_speaker)),
            "{found:?}"
        );
    }

    /// Asserts that no quote found in `text` opens with one of `openings`.
    fn assert_no_quote_opens_with(text: &str, openings: &[&str]) {
        let found = quotes(text);
        assert!(
            found
                .iter()
                .all(|(quote, _, _)| !openings.iter().any(|o| quote.starts_with(o))),
            "{found:?}"
        );
    }

    /// Asserts the words and speakers of the quotes found in `text`, in order.
    fn assert_quotes_and_speakers(text: &str, expected: &[(&str, Option<&str>)]) {
        let found = quotes(text);
        let pairs: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|(quote, speaker, _)| (quote.as_str(), speaker.as_deref()))
            .collect();
        assert_eq!(pairs, expected);
    }

    fn assert_speakers(text: &str, expected: &[Option<&str>]) {
        let found = quotes(text);
        let speakers: Vec<Option<&str>> = found.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(speakers, expected, "{found:?}");
    }

    #[test]
    fn a_time_phrase_after_a_speaker_set_off_from_the_words_is_no_content() {
        assert_quotes_and_speakers(
            "“Folks, this situation is alarming,” Cardin said during a committee business \
             meeting.\n\n\
             Continued stable development of economic ties will be a major contributor to \
             global growth, Chinese President Xi Jinping said during meetings with Donald \
             Trump in Beijing.\n\n\
             Business leaders said before the meeting they would press for less interference.\n\n\
             As the Pentagon said before, the balloon had a limited ability to collect \
             intelligence.",
            &[
                ("Folks, this situation is alarming", Some("Cardin")),
                (
                    "Continued stable development of economic ties will be a major contributor \
                     to global growth",
                    Some("Xi Jinping"),
                ),
                // Where the speaker opens the sentence, the phrase opens the content; "before,"
                // is an adverb.
                (
                    "before the meeting they would press for less interference",
                    Some("Business leaders"),
                ),
                (
                    "before, the balloon had a limited ability to collect intelligence",
                    Some("Pentagon"),
                ),
            ],
        );
    }

    #[test]
    fn where_and_about_what_words_were_said_after_their_cue_is_no_content() {
        assert_quotes_and_speakers(
            "“It is a very sad development,” Cruz told reporters outside a restaurant in \
             Milwaukee.\n\n\
             Some conservatives may vote against the bill in protest, he told reporters \
             outside the House.\n\n\
             “It’s going to be well over a million dollars,” Tenney said about the money spent \
             against her.\n\n\
             “It works,” Reid said recently in New York.\n\n\
             “What can we do to help?” Renteria told reporters during the call.\n\n\
             “We won,” Ryan said about 300 people had voted.\n\n\
             “We’ve had better conventions,” Eastland said matter-of-factly as confetti fell.\n\n\
             Rubio said Tuesday night the plan was dead.",
            &[
                ("It is a very sad development", Some("Cruz")),
                (
                    "Some conservatives may vote against the bill in protest",
                    Some("Cruz"),
                ),
                (
                    "It’s going to be well over a million dollars",
                    Some("Tenney"),
                ),
                ("It works", Some("Reid")),
                ("What can we do to help?", Some("Renteria")),
                ("We won", Some("Ryan")),
                // "about" before a number counts.
                ("about 300 people had voted", Some("Ryan")),
                ("We’ve had better conventions", Some("Eastland")),
                // A part of the day goes with its day.
                ("the plan was dead", Some("Rubio")),
            ],
        );
    }

    #[test]
    fn a_plea_in_court_is_no_speech() {
        assert_speakers(
            "Flynn pleaded guilty to lying to the FBI.\n\n\
             The two men pleaded not guilty on Monday.\n\n\
             Flynn pleaded with the judge that he be spared prison.",
            &[Some("Flynn")],
        );
    }

    #[test]
    fn a_bare_plural_after_a_comma_is_the_source_not_a_phrase_from_a_determiner_before() {
        assert_quotes_and_speakers(
            "Flynn spoke to the FBI about contacts, and prosecutors said he consulted with a \
             senior official.",
            &[("he consulted with a senior official", Some("prosecutors"))],
        );
    }

    #[test]
    fn two_groups_joined_by_and_are_one_source() {
        assert_speakers(
            "Italy needs first to tackle some fundamental problems, economists and \
             industrialists say.\n\n\
             Takeshita will face a tough test from the very start of his term, economists and \
             businessmen said.\n\n\
             Her advisers and allies say she will win the nomination easily.\n\n\
             Families feel safe in their homes and individuals know their rights will be \
             respected.",
            &[
                Some("economists and industrialists"),
                Some("economists and businessmen"),
                Some("Her advisers and allies"),
            ],
        );
    }

    #[test]
    fn a_clause_after_an_opening_adverb_is_content_not_a_modifier_of_the_subject() {
        assert_quotes_and_speakers(
            "Nevertheless, rising inventories could nip the increase in the bud, Lawrence \
             Ross, forest products analyst for Paine Webber, said.\n\n\
             Realistic exchange rates were needed, Mittendorf said. In this respect an easing \
             of protectionist barriers was imperative, he said.",
            &[
                (
                    "Nevertheless, rising inventories could nip the increase in the bud",
                    Some("Lawrence Ross"),
                ),
                ("Realistic exchange rates were needed", Some("Mittendorf")),
                (
                    "In this respect an easing of protectionist barriers was imperative",
                    Some("Mittendorf"),
                ),
            ],
        );
    }

    #[test]
    fn an_opening_adverb_is_no_speaker() {
        assert_never_speaker(
            "Keefe said the next level of resistance will be at 101. Furthermore, “we still \
             have the April highs to contend with.”",
            "Furthermore",
        );
    }

    #[test]
    fn here_stands_between_the_source_and_its_cue() {
        assert_quotes_and_speakers(
            "Turkey is holding a buying tender for white sugar on March 24, traders here said.\n\n\
             A Deutsche Bank spokesman here said he had no knowledge of a bond.",
            &[
                (
                    "Turkey is holding a buying tender for white sugar on March 24",
                    Some("traders"),
                ),
                (
                    "he had no knowledge of a bond",
                    Some("a Deutsche Bank spokesman"),
                ),
            ],
        );
    }

    #[test]
    fn an_office_alone_speaks_and_is_its_first_holder() {
        assert_speakers_and_roles(
            "The President said his administration stands ready to help.\n\n\
             President Joe Biden spoke with President Volodymyr Zelenskyy of Ukraine. The \
             President said that the United States would keep its support.\n\n\
             Vice President Kamala Harris met President Abbas. The Vice President noted that \
             she looked forward to their collaboration.",
            &[
                (Some("the President"), None),
                (Some("Joe Biden"), Some("President")),
                (Some("Kamala Harris"), Some("Vice President")),
            ],
        );
    }

    #[test]
    fn in_a_transcript_an_office_stays_as_written() {
        assert_speakers(
            "MS. PSAKI: President Putin has massed troops on the border. The President \
             believes that diplomacy is the way forward.",
            &[Some("Psaki"), Some("the President")],
        );
    }

    #[test]
    fn a_question_after_an_opening_phrase_reports_no_one() {
        assert_speakers(
            "Q Karine, does the President believe that the ban would save lives?\n\n\
             Q First, can you confirm that the President told Netanyahu that the U.S. would \
             not join?\n\n\
             MS. PSAKI: The President has said: “Why don’t they focus on the American people?”",
            &[Some("Psaki"), Some("the President")],
        );
    }

    #[test]
    fn a_company_whose_name_ends_in_a_possessive_speaks() {
        assert_speakers(
            "Moody's said the firm's condition would not change.\n\n\
             Standard and Poor's said it may lower its rating.\n\n\
             We condemn Russia’s continued actions to undermine Ukraine.",
            &[Some("Moody's"), Some("Standard and Poor's Corp")],
        );
    }

    #[test]
    fn the_document_words_were_said_in_is_no_content() {
        assert_quotes_and_speakers(
            "BIL said in a statement it will review events on a daily basis.\n\n\
             The OECD said in its latest Financial Market Trends report the rise was \
             accompanied by major changes.\n\n\
             CEFC said in a statement released in Hong Kong that it was a non-profit group.",
            &[
                ("it will review events on a daily basis", Some("BIL")),
                ("the rise was accompanied by major changes", Some("OECD")),
                ("it was a non-profit group", Some("CEFC")),
            ],
        );
    }

    #[test]
    fn a_second_verb_after_but_shares_the_subject() {
        assert_quotes_and_speakers(
            "Wray acknowledged Thursday that Strzok was removed from the investigation, but \
             said he was reassigned, not disciplined.",
            &[
                ("Strzok was removed from the investigation", Some("Wray")),
                ("he was reassigned, not disciplined", Some("Wray")),
            ],
        );
    }

    #[test]
    fn a_body_named_in_an_appositive_speaks_when_the_words_before_it_cannot() {
        assert_speakers(
            "The solar industry’s main trade group, the Solar Energy Industries Association, \
             said it was encouraged that a tax credit had been left intact.\n\n\
             The company said to date it has received proceeds of about 90 mln dlrs.",
            &[
                Some("Solar Energy Industries Association"),
                Some("the company"),
            ],
        );
    }

    #[test]
    fn words_in_marks_that_end_a_clause_before_their_speaker_quote_the_clause() {
        assert_quotes_and_speakers(
            "The tax cut plans are ''profoundly irresponsible,'' said Steve Bell, a Republican.\n\n\
             However laudable the goal, using the capital gains tax “is a misguided approach,” \
             Mr. Burman said.\n\n\
             Asked whether Clinton “has the integrity to serve effectively as president,” 60 \
             percent said yes.",
            &[
                (
                    "The tax cut plans are ''profoundly irresponsible,''",
                    Some("Steve Bell"),
                ),
                (
                    "However laudable the goal, using the capital gains tax “is a misguided \
                     approach,”",
                    Some("Burman"),
                ),
                (
                    "has the integrity to serve effectively as president",
                    Some("60 percent"),
                ),
            ],
        );
        // A title after its owner is no clause's end.
        assert_no_quote_opens_with(
            "Wednesday on Fox News Channel’s “Hannity,” Gingrich said the race was over.",
            &["Wednesday"],
        );
    }

    #[test]
    fn the_words_before_their_cue_keep_every_clause_and_a_described_source_after_it_speaks() {
        assert_quotes_and_speakers(
            "Kadzik’s refusal to answer fully did not go over well with Republicans, and the \
             meeting deteriorated from there, said one GOP source in the room.\n\n\
             Several Bahrain banks had been lending in the fixed periods, but today they found \
             the money in short supply, dealers said.",
            &[
                (
                    "Kadzik’s refusal to answer fully did not go over well with Republicans, and \
                     the meeting deteriorated from there",
                    Some("one GOP source"),
                ),
                (
                    "Several Bahrain banks had been lending in the fixed periods, but today they \
                     found the money in short supply",
                    Some("dealers"),
                ),
            ],
        );
    }

    #[test]
    fn the_and_one_head_before_any_verb_is_the_subject_of_a_later_cue() {
        assert_quotes_and_speakers(
            "The president left no doubt of his commitment to helping her succeed him, saying \
             that there has never been a man more qualified.\n\n\
             The government froze wages in the fourth quarter and said any future rises must be \
             linked to productivity.",
            &[
                (
                    "there has never been a man more qualified",
                    Some("the president"),
                ),
                (
                    "any future rises must be linked to productivity",
                    Some("the government"),
                ),
            ],
        );
        // A noun after the head makes a compound, not a verb.
        assert_never_speaker(
            "The executive orders were signed on Monday, saying that care is a right.",
            "the executive",
        );
    }

    #[test]
    fn one_or_another_after_the_cue_is_an_unnamed_source_of_its_own() {
        let text = "“We would have won if everyone could vote,” another supporter wrote on \
                    Reddit. “Better watch out for illegal conduct by Grimes,” tweeted another.\n\n\
                    Other brokers agreed. “At least this gives us a bit of breathing space,” said \
                    one. “It is too late,” said others.";
        assert_quotes_and_speakers(
            text,
            &[
                (
                    "We would have won if everyone could vote",
                    Some("another supporter"),
                ),
                (
                    "Better watch out for illegal conduct by Grimes",
                    Some("another"),
                ),
                (
                    "At least this gives us a bit of breathing space",
                    Some("one"),
                ),
                ("It is too late", Some("others")),
            ],
        );
        assert_eq!(
            speakers_and_anonymity(text)[1..3],
            [(Some("another".into()), true), (Some("one".into()), true)]
        );
    }

    #[test]
    fn a_name_in_an_appositive_names_the_source_described_before_it() {
        assert_speakers(
            "The central bank, Bank Negara, said yields on treasury bills rose slightly.\n\n\
             “This is a breakthrough for our sales,” said the group’s chief executive, Kjell \
             Nilsson.\n\n\
             The FBI did not find ties of any consequence, said the bureau’s director, James \
             B. Comey, on Monday.\n\n\
             Alabama’s secretary of state, a Republican, has said the remaining ballots were \
             unlikely to shrink the victory.\n\n\
             “It is bad for us,” said a spokesman, Washington.",
            &[
                Some("Bank Negara"),
                Some("Kjell Nilsson"),
                Some("James B. Comey"),
                Some("Alabama’s secretary of state"),
                Some("a spokesman"),
            ],
        );
    }

    #[test]
    fn a_title_or_a_groups_owner_that_opens_a_company_name_is_no_role() {
        assert_speakers_and_roles(
            "At that time, General Motors said the line would be closed by August.\n\n\
             General Mark Milley said the troops would stay.\n\n\
             The Swiss Bankers' Association said the rules were too strict.",
            &[
                (Some("General Motors"), None),
                (Some("Mark Milley"), Some("General")),
                (Some("Swiss Bankers' Association"), None),
            ],
        );
    }

    #[test]
    fn he_after_an_office_alone_is_that_office() {
        assert_speakers(
            "Floods hit the region. The President believes we must build new levees. He is \
             calling on Congress to invest $20 billion in them.",
            &[Some("the President"), Some("the President")],
        );
        assert_speakers(
            "President Joe Biden spoke with Prime Minister Netanyahu. The President said he was \
             committed to Israel’s security. He condemned the attack on Israel.",
            &[Some("Joe Biden"), Some("Joe Biden")],
        );
    }

    #[test]
    fn an_unnamed_source_after_names_is_the_subject_of_a_second_verb() {
        assert_speakers(
            "Finance Ministry officials declined comment and said the Ministry has been aware \
             of growing calls.\n\n\
             A Rossignol spokesman declined to give financial details but said turnover was \
             about 100 mln francs.",
            &[
                Some("Finance Ministry officials"),
                Some("a Rossignol spokesman"),
                Some("a Rossignol spokesman"),
            ],
        );
    }

    #[test]
    fn short_marks_before_a_noun_after_an_auxiliary_are_a_term() {
        assert_speakers(
            "The Senate would close a loophole that lets fund managers pay less on “carried \
             interest” income.\n\n\
             CARE has committed $2 million to give women access to “Chomoka” digital \
             platforms.\n\n\
             Donald Trump has been promising to “bomb the hell” out of the terrorists.",
            &[Some("Donald Trump")],
        );
    }

    #[test]
    fn a_name_in_title_case_in_marks_after_an_article_or_owner_is_no_quote() {
        assert_quotes_and_speakers(
            "On Tuesday, the President signed into law S. 870, the “Fire Grants and Safety Act \
             of 2023,” which authorizes appropriations for the fire administration.\n\n\
             President Trump established the “Department of Government Efficiency” to examine \
             how to streamline the Federal Government.\n\n\
             Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested Trump’s refusal could \
             disqualify him.\n\n\
             Portman said on NBC’s “Meet the Press” that Trump had been “too defensive” about \
             the probe.\n\n\
             He called it the “worst deal in the history of deals,” Smith said.",
            &[
                (
                    "on NBC’s “Meet the Press” that Trump had been “too defensive” about the probe",
                    Some("Portman"),
                ),
                // Words in lower case are speech.
                (
                    "He called it the “worst deal in the history of deals",
                    Some("Smith"),
                ),
            ],
        );
    }

    #[test]
    fn a_fact_sheets_section_heading_says_nothing() {
        assert_quotes_and_speakers(
            "Rail: The Federal Railroad Administration and Amtrak are transforming the nation’s \
             transportation system. In the next year, Amtrak will add new trains.\n\n\
             Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\n\
             THE FIRST LADY: Thank you so much for coming. I would like to thank the band.\n\n\
             A: Yes, absolutely, we need to stay engaged. That is the very reason we need to \
             stay.",
            &[
                // A headline is one sentence; a title or an interview's label names a speaker.
                (
                    "Trump and Clinton hold narrow leads in Pennsylvania",
                    Some("Poll"),
                ),
                (
                    "Thank you so much for coming. I would like to thank the band",
                    Some("THE FIRST LADY"),
                ),
                (
                    "Yes, absolutely, we need to stay engaged. That is the very reason we need \
                     to stay",
                    None,
                ),
            ],
        );
    }

    #[test]
    fn a_label_that_opens_with_a_role_or_a_place_names_the_person_after_its_last_comma() {
        assert_speakers_and_roles(
            "Ranking Member, House Natural Resources Committee, Arizona Congressman Raul \
             Grijalva: “As part of the Inflation Reduction Act, we invest in our lands.”\n\n\
             Phoenix, AZ Mayor Kate Gallego: “Clean-energy jobs mean a more secure future.”\n\n\
             Natan Sachs, Director of the Brookings Institution Center for Middle East Policy: \
             “Biden earned a lot of goodwill.”\n\n\
             Manish Bapna, President and CEO, Natural Resources Defense Council: “This is a \
             historic step for the climate.”",
            &[
                (Some("Raul Grijalva"), Some("Arizona Congressman")),
                (Some("Kate Gallego"), Some("AZ Mayor")),
                // A label that opens with the name keeps it.
                (Some("Natan Sachs"), None),
                (Some("Manish Bapna"), None),
            ],
        );
    }

    #[test]
    fn a_word_that_opens_spoken_sentences_never_speaks() {
        let text = "My dad used to have an expression. Said, “If you get knocked down, just get \
                    up.” Thanks to the American Rescue Plan, the department is announcing the \
                    availability of $1 billion for health centers. Hey, look, I drive the \
                    Cabinet crazy by asking them to give concrete examples.";
        for word in ["Said", "Thanks", "Hey"] {
            assert_never_speaker(text, word);
        }
    }

    #[test]
    fn a_request_not_to_be_named_says_nothing() {
        assert_quotes_and_speakers(
            "A trader who asked not to be identified said there was nothing unusual about the \
             sale. One official, who declined to be named, said the talks had stalled.\n\n\
             \"He opposes it strongly,\" one of the Pentagon officials, who asked not to be \
             identified, told Reuters.",
            &[
                ("there was nothing unusual about the sale", Some("a trader")),
                ("the talks had stalled", Some("one official")),
                // The group of a partitive speaks, past the relative clause.
                ("He opposes it strongly", Some("the Pentagon officials")),
            ],
        );
    }

    #[test]
    fn they_after_a_group_of_people_is_that_group() {
        assert_speakers(
            "Prices rose sharply in early trading, delegates said. The working group is to \
             meet again on rules, they said.\n\n\
             The lawyers said the market was fragmented. They said the deal would close.",
            &[
                Some("delegates"),
                Some("delegates"),
                Some("the lawyers"),
                Some("the lawyers"),
            ],
        );
    }

    #[test]
    fn a_time_between_the_subject_and_its_cue_stands_aside() {
        assert_quotes_and_speakers(
            "Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of any \
             email chains.\n\n\
             Texas Air last month said it would switch six jets to Continental.\n\n\
             The New Zealand Prime Minister yesterday said she would not be standing for \
             reelection.",
            &[
                (
                    "Clinton was not the originator of any email chains",
                    Some("Dianne Feinstein"),
                ),
                ("it would switch six jets to Continental", Some("Texas Air")),
                // An office alone keeps its source up to the cue, and loses the time later.
                (
                    "she would not be standing for reelection",
                    Some("The New Zealand Prime Minister"),
                ),
            ],
        );
    }

    #[test]
    fn the_one_quoted_as_saying_speaks_not_the_outlet() {
        assert_speakers(
            "The New York Times quoted Senator Don Nickles of Oklahoma as saying the study \
             underestimated demand.\n\n\
             The Post has quoted another unnamed GOP official as saying that Lewandowski was \
             not opposed by Manafort.",
            &[Some("Don Nickles"), Some("another unnamed GOP official")],
        );
    }

    #[test]
    fn a_group_made_to_act_is_no_source() {
        assert_speakers(
            "It is important that we all speak out and let folks know they are not alone.\n\n\
             The funds will help families support their kids through the school year.\n\n\
             Analysts said the market would recover.",
            &[Some("Analysts")],
        );
    }

    #[test]
    fn a_participle_after_a_determiner_modifies_a_noun() {
        assert_speakers(
            "The two leaders reaffirmed their continued support for Ukraine's efforts to \
             defend itself.\n\n\
             I am encouraged by the promising data released by Pfizer today.\n\n\
             Trump renewed his warning that the era of strategic patience was over.\n\n\
             He’s saying that autoworkers are engaged in child’s play.",
            &[Some("Trump"), Some("Trump")],
        );
    }

    #[test]
    fn added_before_an_amount_counts_and_reports_nothing() {
        assert_speakers(
            "Since the start of the Administration, the economy has added a total of 947,000 \
             construction jobs.\n\n\
             The finance office added that 171 mln dlrs of the issue will be reserved.",
            &[Some("the finance office")],
        );
    }

    #[test]
    fn a_term_in_marks_after_a_determiner_is_no_partial_quote() {
        assert_speakers(
            "In Russia, President Vladimir Putin has tightened his grip on civil society \
             through a “foreign agents” law passed last year.\n\n\
             Hillary Clinton emphasizes that she is a “proud Democrat” who wants to help \
             elect other Democrats.",
            &[Some("Hillary Clinton")],
        );
    }

    #[test]
    fn a_relative_clause_between_the_subject_and_the_cue_names_no_speaker() {
        assert_speakers(
            "Half of all the people who do not have high-speed Internet say it is because the \
             monthly cost is too high.\n\n\
             Several U.S. officials who spoke on condition of anonymity said the committees \
             are looking for any evidence.\n\n\
             We continue to honor the advocates who do so much to help support it and keep \
             driving us toward a cure.",
            &[Some("the people"), Some("several U.S. officials")],
        );
    }

    #[test]
    fn a_first_person_contraction_is_the_first_person_and_no_is_no_speaker() {
        assert_speakers(
            "No billionaire should pay a lower tax rate than a teacher. That’s why I’ve \
             proposed a minimum tax of 25% for billionaires.",
            &[Some("I")],
        );
        assert_never_speaker(
            "Oh, we did see it. No, you know, you’re reminding me of a conversation that I had \
             with then-Chancellor Angela Merkel.",
            "No",
        );
    }

    #[test]
    fn a_question_auxiliary_is_no_role() {
        assert_speakers_and_roles(
            "MS. PSAKI: Go ahead.\n\n\
             Q Hi. Thanks so much for taking my question. The — does President Biden think that \
             there are any war crimes being committed right now in the Middle East.\n\n\
             MS. PSAKI: Well, we have said what we think. Go ahead.",
            &[
                (Some("Joe Biden"), Some("President")),
                (Some("Psaki"), None),
            ],
        );
        // Capitalised, it is no part of the name either.
        assert_speakers(
            "Q I am wondering: Does CDC think the data show it does cause more severe disease?",
            &[Some("Centers for Disease Control and Prevention")],
        );
        // Nor is it a role word before a described source: "is the second stage of a plan
        // announced" has no source.
        assert!(quotes(
            "The offer, between March 25 and April 13, is the second stage of a capital \
             restructuring plan announced in December under which Tenneco will become \
             Poclain's majority shareholder."
        )
        .is_empty());
    }

    #[test]
    fn he_is_never_the_speaker_who_says_i() {
        assert_speakers(
            "I said to the students, “You are the future.” My husband understands this. He \
             knows that the key to our tomorrows rests in our classrooms.",
            &[Some("I"), None],
        );
    }

    #[test]
    fn a_stance_word_after_an_owner_and_a_singular_is_a_noun() {
        assert_speakers(
            "President Biden once again demonstrated his strong support towards the immediate \
             resolution of the abduction issue.\n\n\
             They will be referred to a credible fear interview by an asylum officer.\n\n\
             Most voters in the state support a ban on assault weapons in every county.\n\n\
             The new figures show that inflation has fallen to 2.3 percent.\n\n\
             The Parties shall discuss the structure and effect of such measures.",
            &[Some("Most voters"), Some("the new figures")],
        );
    }

    #[test]
    fn supporting_after_by_is_a_means_but_speech_after_by_reports() {
        assert_speakers(
            "The Budget improves the safety of veterans by supporting implementation of the \
             zero-tolerance policy.\n\n\
             Clinton started off by emphasizing her commitment to enforcement.",
            &[Some("Clinton")],
        );
    }

    #[test]
    fn they_is_the_group_that_opens_the_sentence_before() {
        assert_speakers(
            "The Department of Health and Human Services said premiums would fall. \
             Congressional Republicans have a very different vision. They have promised to \
             strip Medicare of the right to negotiate drug prices.",
            &[
                Some("Department of Health and Human Services"),
                Some("Congressional Republicans"),
            ],
        );
    }

    #[test]
    fn the_source_after_according_to_ends_where_a_clause_goes_on() {
        assert_speakers(
            "CDC has made changes to increase the program's independence, but according to \
             the GAO report, the program has not undergone a comprehensive review.\n\n\
             Democrats need to win by 10 points, according to Michael Li, a redistricting \
             expert at New York University.",
            &[Some("the GAO report"), Some("Michael Li")],
        );
    }

    #[test]
    fn a_phrase_that_modifies_the_cue_is_no_content() {
        assert_quotes_and_speakers(
            "The tax plan would not make adjustments retroactive, White House economic adviser \
             Gary Cohn said on Friday, despite calls from lawmakers who want cuts to apply to \
             2017.\n\n\
             The strikers returned to work after an agreement was reached, port officials said \
             without giving details.\n\n\
             As President Biden said, after the vote we will keep working.",
            &[
                (
                    "The tax plan would not make adjustments retroactive",
                    Some("Gary Cohn"),
                ),
                (
                    "The strikers returned to work after an agreement was reached",
                    Some("port officials"),
                ),
                ("after the vote we will keep working", Some("Joe Biden")),
            ],
        );
    }

    #[test]
    fn a_point_of_a_list_is_no_speaker() {
        let found = quotes(
            "Second, the leaders will discuss trade. Third, in terms of energy, expect the \
             President to continue to discuss our cooperation on shared climate goals.",
        );
        assert!(
            !found
                .iter()
                .any(|(_, speaker, _)| matches!(speaker.as_deref(), Some("Second" | "Third"))),
            "{found:?}"
        );
    }

    #[test]
    fn a_company_is_named_with_its_ampersand_and_without_where_it_is_based() {
        assert_speakers(
            "New Jersey-based Johnson & Johnson announced a $55 billion investment in \
             manufacturing.\n\n\
             Switzerland-based ABB announced a $500 million investment in its plants.\n\n\
             The Centers for Medicare & Medicaid Services said premiums would fall.",
            &[
                Some("Johnson & Johnson"),
                Some("ABB"),
                Some("Centers for Medicare & Medicaid Services"),
            ],
        );
    }

    #[test]
    fn first_is_part_of_a_company_that_speaks() {
        assert_speakers(
            "First Chicago Corp said it would raise its prime rate.\n\n\
             First Lady Jill Biden said the school would open in May.",
            &[Some("First Chicago Corp"), Some("Jill Biden")],
        );
    }

    #[test]
    fn a_cue_word_and_its_particle_that_make_another_verb_report_nothing() {
        assert_quotes_and_speakers(
            "Two nights ago, we had 30,000 people show up with an incredible amount of \
             enthusiasm.\n\nHe found out late Thursday afternoon.\n\nThe Republican plan adds up \
             to another three trillion dollars.",
            &[],
        );
    }

    #[test]
    fn a_line_that_lists_a_persons_role_is_no_quote() {
        assert_quotes_and_speakers(
            "Amy M. Baggio: Nominee for the United States District Court for the District of \
             Oregon\n\
             Amy M. Baggio has served as a Magistrate Judge since 2019.\n\
             Mike Dunleavy: This decision will unleash development opportunities for Alaskans.",
            &[(
                "This decision will unleash development opportunities for Alaskans",
                Some("Mike Dunleavy"),
            )],
        );
    }

    #[test]
    fn a_that_after_the_contents_own_verb_is_part_of_the_content() {
        assert_quotes_and_speakers(
            "A U.S. banker said there is no evidence that China's reserves have fallen.\n\n\
             The difference now, he told me on Friday, is that he is the anchor of a news \
             program.",
            &[
                (
                    "there is no evidence that China's reserves have fallen",
                    Some("a U.S. banker"),
                ),
                ("he is the anchor of a news program", None),
            ],
        );
    }

    #[test]
    fn a_place_that_speaks_is_never_he_or_she() {
        assert_quotes_and_speakers(
            "Japan said on Tuesday it would keep its quota on beef imports. Agriculture \
             Secretary Richard Lyng arrives in Tokyo next week. He said the quota must go.",
            &[
                ("it would keep its quota on beef imports", Some("Japan")),
                ("the quota must go", Some("Richard Lyng")),
            ],
        );
    }

    #[test]
    fn a_source_is_named_without_its_conjunction_or_relative_pronoun() {
        assert_speakers(
            "Prices rose this week. But oil analysts said prices would fall again.\n\n\
             I was running against a Republican who said he would support the measure.\n\n\
             Those who said the economy was their top issue split evenly.",
            &[
                Some("oil analysts"),
                Some("a Republican"),
                Some("Those who"),
            ],
        );
    }

    #[test]
    fn a_surname_alone_speaks_as_the_entities_name_it() {
        assert_speakers_and_roles(
            "Beau Biden served in Iraq. President Biden said he missed his son every day. \
             \"He was the best of us,\" Biden said.",
            &[
                (Some("Joe Biden"), Some("President")),
                (Some("Biden"), None),
            ],
        );
    }

    #[test]
    fn a_subordinate_clause_that_opens_the_sentence_ends_at_its_comma() {
        assert_quotes_and_speakers(
            "Although the senator said the bill would pass, the vote failed.\n\n\
             While Trump has said he would build a wall, Clinton has said she would not.\n\n\
             As Biden said yesterday, one in three Americans have seen extreme weather.\n\n\
             A day after President Obama said the deal would hold, Iran tested a missile.",
            &[
                ("the bill would pass", Some("the senator")),
                ("he would build a wall", Some("Trump")),
                ("she would not", Some("Clinton")),
                // "As" quotes the main clause.
                (
                    "one in three Americans have seen extreme weather",
                    Some("Biden"),
                ),
                // After the time it is set from.
                ("the deal would hold", Some("Barack Obama")),
            ],
        );
    }

    #[test]
    fn a_whip_is_a_title() {
        assert_speakers_and_roles(
            "Senate Minority Whip Richard J. Durbin of Illinois said he would vote no.",
            &[(Some("Richard J. Durbin"), Some("Senate Minority Whip"))],
        );
    }

    #[test]
    fn a_cue_with_its_time_before_a_verb_modifies_the_subject() {
        assert_speakers(
            "The funds announced today will pay for electric buses. The \
             standards proposed today, would create a public charging system. The minister \
             said today the plan would work.",
            &[Some("the minister")],
        );
    }

    #[test]
    fn a_time_after_the_cue_is_no_part_of_the_words() {
        let found = quotes(
            "Japanese Finance Minister Kiichi Miyazawa said yesterday the U.S. had requested \
             Japan to cut rates.\n\n\
             Finance Secretary Jaime Ongpin told reporters on Tuesday the proposal is designed \
             to avoid an impasse.\n\n\
             As President Biden said earlier today, one in three Americans have experienced \
             extreme weather.\n\n\
             Dealers expect today's issue to have a coupon of 6-1/8 pct.",
        );
        let words: Vec<&str> = found.iter().map(|(quote, _, _)| quote.as_str()).collect();
        assert_eq!(
            words,
            [
                "the U.S. had requested Japan to cut rates",
                "the proposal is designed to avoid an impasse",
                "one in three Americans have experienced extreme weather",
                // An owner is no time of the cue.
                "today's issue to have a coupon of 6-1/8 pct",
            ]
        );
    }

    #[test]
    fn and_opens_a_clause_whose_subject_says() {
        // With no comma: the first clause's words end before "and", and the second's subject
        // holds neither them nor the conjunction.
        assert_quotes_and_speakers(
            "Although Johnson's agency declined to comment and Senate aides later said Reid's \
             remark was not based on his discussion with Johnson.\n\n\
             A Swiss National Bank spokesman said the bank had not intervened in currency \
             markets today and dealers said they had seen no evidence of action.",
            &[
                ("to comment", Some("Johnson's agency")),
                (
                    "Reid's remark was not based on his discussion with Johnson",
                    Some("Senate aides"),
                ),
                (
                    "the bank had not intervened in currency markets today",
                    Some("a Swiss National Bank spokesman"),
                ),
                ("they had seen no evidence of action", Some("dealers")),
            ],
        );
        // After a comma and "and", the subject starts after the conjunction.
        assert_speakers(
            "Trump announced a strategy that calls for a firmer line, and U.S. officials and \
             analysts say there has been only limited success.",
            &[Some("Trump"), Some("U.S. officials and analysts")],
        );
        // Two subjects joined by "and", or a verb that is not one of saying, split nothing.
        assert_speakers(
            "The official said the company and the union agreed in principle to a contract.",
            &[Some("the official")],
        );
        assert_speakers(
            "Mr. Cruz said both he and Rubio promised to lead the fight against amnesty.",
            &[Some("Cruz"), Some("Rubio")],
        );
    }

    #[test]
    fn a_cue_word_that_is_a_plural_noun_after_its_owner_reports_nothing() {
        // "his recent remarks" names speech: the participle's speaker is the sentence's
        // subject, not "his recent".
        assert_speakers(
            "Sen. Bernie Sanders visited NBC's \"Today\" to discuss his recent remarks about \
             Hillary Clinton, saying \"on her worst day\" she'd be \"an infinitely better \
             president.\"",
            &[Some("Bernie Sanders")],
        );
        // "the new notes" are debt, no source ("It" has no one to stand for here); a noun
        // subject before a noun cue is one.
        assert_speakers(
            "It said the new notes will rank senior to the company's existing debentures. The \
             paper claims the government monitors the mosques.",
            &[None, Some("the paper")],
        );
    }

    #[test]
    fn a_name_after_a_cue_after_a_comma_speaks_the_words_before_it() {
        // The commas of the words before the cue hold no speaker of theirs.
        let found = quotes(
            "Lobbying\n\nThe firm lobbied on gaming, taxes and other issues related to Trump's \
             hotels, at both the federal and state levels in New York and Florida, said lobbyist \
             and GOP strategist Charlie Black.\n\nIn a year when arguments against big government \
             are resonating with voters, candidates have more room, said Steve Grubbs, an Iowa \
             operative.",
        );
        let pairs: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|(quote, speaker, _)| (&quote[..20], speaker.as_deref()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("The firm lobbied on ", Some("Charlie Black")),
                ("In a year when argum", Some("Steve Grubbs"))
            ]
        );
    }

    #[test]
    fn a_titled_speaker_set_off_after_the_words_speaks_them() {
        let found = quotes(
            "Screening\n\nAs a woman, Ms. Malik likely raised less suspicion, Mr. Verdery said.\n\n\
             Cameron is committed to the special relationship, the prime minister’s spokesman \
             said.\n\nThe only problem, Ms. Bigbee said, is that her daughter's pay is lower.",
        );
        let quoted: Vec<&str> = found.iter().map(|(quote, _, _)| quote.as_str()).collect();
        assert_eq!(
            quoted,
            [
                "As a woman, Ms. Malik likely raised less suspicion",
                "Cameron is committed to the special relationship",
                "The only problem, Ms. Bigbee said, is that her daughter's pay is lower"
            ]
        );
        assert_eq!(found[0].1.as_deref(), Some("Verdery"));
    }

    #[test]
    fn the_listener_after_told_is_no_content() {
        let found = quotes(
            "Filing\n\nMichigan was only doing what 40 states already do, Schuette told the court \
             in his filing.\n\nThe plan will cost 100 mln dlrs, he told reporters.\n\nJoyce told \
             a news conference he is not planning an appeal.\n\nHawke told a Sydney radio station \
             the deficit may reach four billion.\n\nClinton told a Planned Parenthood gathering \
             in Washington she will protect reproductive rights.",
        );
        let quoted: Vec<&str> = found.iter().map(|(quote, _, _)| quote.as_str()).collect();
        assert_eq!(
            quoted,
            [
                "Michigan was only doing what 40 states already do",
                "The plan will cost 100 mln dlrs",
                "he is not planning an appeal",
                "the deficit may reach four billion",
                "she will protect reproductive rights"
            ]
        );
    }

    #[test]
    fn an_appositive_subject_or_an_opening_phrase_before_its_cue_is_no_content() {
        assert_no_quote_opens_with(
            "Shoal\n\nThe chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr., \
             recently asked Admiral Harris that question.\n\nOn the other side, Sen. Ted Cruz \
             warned against the bill.",
            &["The chairman", "On the other side"],
        );
    }

    #[test]
    fn a_second_verb_after_and_shares_the_subject_of_the_clause_before() {
        // A described subject that `sentence_subject` cannot read, and a state's period that
        // cuts the dateline from its sentence.
        assert_speakers(
            "Route\n\nA spokesman for the mayor defended the route and said the police had \
             trained for 18 months.\n\nORLANDO, Fla. (Reuters) - President Barack Obama met \
             survivors on Thursday and said the United States must act.",
            &[
                Some("a spokesman for the mayor"),
                Some("a spokesman for the mayor"),
                Some("Barack Obama"),
            ],
        );
    }

    #[test]
    fn a_subject_after_an_opening_phrase_a_connective_or_before_dashes_speaks() {
        assert_speakers(
            "Appeals\n\nBy the end of the day, Mr. Trump was forced into damage control and said \
             that his words had been misconstrued.\n\nAt a meeting Tuesday morning, some \
             senators vented about Sanders vowing to fight on and said that they had lost their \
             patience.\n\nBut the Court of Appeals overruled and said Ohio already provided more \
             early voting.\n\nJason Sims — a teacher from Mount Pleasant — says he made a \
             last-minute decision.\n\nKall -- co-editor of Debating The Donald, a book \
             analyzing Trump's performances at GOP primary debates -- said the candidate \
             tended to make announcements.",
            &[
                Some("Trump"),
                Some("some senators"),
                Some("the Court of Appeals"),
                Some("Jason Sims"),
                Some("Kall"),
            ],
        );
    }

    #[test]
    fn role_words_before_the_speaker_and_a_source_after_its_cue_set_off_the_words_before() {
        assert_speakers(
            "Exchange\n\nSYDNEY, March 30 - The exchange plans to extend its trading hours, \
             exchange president Nicholas Giordano said.\n\nIn particular, Bill Clinton, often \
             the easiest person to provoke, has been worked up about it, said a source close to \
             the campaign.\n\nThe stakes are so high that Mr. Obama warned the Chinese leader, \
             said an American official who was briefed on the talks.",
            &[
                Some("Nicholas Giordano"),
                Some("a source"),
                Some("an American official"),
            ],
        );
        // Not the words before a cue with an object ("told a joke"), nor the subject of the
        // words after a cue ("said their stump speeches, already …, would …").
        assert_no_quote_opens_with(
            "Swing\n\nOn Friday morning, the third day of his swing, Libertarian nominee Gary \
             Johnson told a joke.\n\nAnd aides to Gov. Chris Christie of New Jersey, a former \
             prosecutor, said their stump speeches, already full of references, would change.",
            &["On Friday", "And aides"],
        );
    }

    #[test]
    fn said_or_told_and_where_at_a_sentence_s_end_attribute_all_before() {
        assert_speakers(
            "Nippon\n\nNippon Oil Co Ltd expects profit to fall 20 pct this year, president \
             Yasuoki Takeuchi told a press conference. Profit was estimated at 17 billion yen, \
             he said.\n\nConrac\n\nConrac said its board authorized its advisors to explore \
             alternatives to the Mark IV offer, which it said it considers inadequate.\n\n\
             Delay\n\nThe House will delay the release of the tax bill by one day until \
             Thursday, the head of the tax-writing panel said late on Tuesday.",
            &[
                Some("Yasuoki Takeuchi"),
                Some("Yasuoki Takeuchi"),
                Some("Conrac"),
                Some("Conrac"),
                Some("the head of the tax-writing panel"),
            ],
        );
    }

    #[test]
    fn said_or_told_and_a_longer_phrase_at_a_sentence_s_end() {
        assert_speakers(
            "Bundesbank\n\nThe Bundesbank sees no current reason to change monetary course, \
             vice-president Helmut Schlesinger told Reuters in a telephone interview.\n\n\
             Panel\n\nThis includes a special force to assist Kurdish fighters, Defense \
             Secretary Ash Carter told a Senate panel Wednesday.\n\nPoll\n\nMost voters said \
             Clinton would be better at handling the issue, double the number who said the same \
             of Mr. Trump.\n\nDebate\n\nMany voters found it offensive, journalist Martha \
             Raddatz said in posing the question to Christie.",
            &[
                Some("Helmut Schlesinger"),
                Some("Ash Carter"),
                Some("Most voters"),
                Some("the number"),
                Some("Martha Raddatz"),
            ],
        );
    }

    #[test]
    fn a_label_whose_office_runs_on_in_of_or_to_names_its_speaker() {
        assert_speakers_and_roles(
            "Secretary of Defense Pete Hegseth: “Our campaign obliterated the site.”\n\n\
             Former U.S. Ambassador to Russia Michael McFaul: “That was a very positive \
             meeting.”\n\nSecretary of Health and Human Services Robert F. Kennedy, Jr.: “We \
             will end the epidemic.”\n\n\
             On the Panama Canal: “The Carter administration gave the canal away.”",
            &[
                (Some("Pete Hegseth"), Some("Secretary of Defense")),
                (
                    Some("Michael McFaul"),
                    Some("Former U.S. Ambassador to Russia"),
                ),
                (
                    Some("Robert F. Kennedy"),
                    Some("Secretary of Health and Human Services"),
                ),
                // A topic's heading names no one.
                (None, None),
            ],
        );
    }

    #[test]
    fn titles_joined_by_and_before_a_closing_speaker() {
        assert_speakers_and_roles(
            "Japan is disappointed at the threats of retaliation, Japanese Trade and Industry \
             Minister Hajime Tamura said.\n\nTo this end, President Biden and Egyptian \
             President Abdel Fattah El-Sisi will announce that the two countries will partner \
             on an adaptation event.",
            &[
                (
                    Some("Hajime Tamura"),
                    Some("Japanese Trade and Industry Minister"),
                ),
                (Some("Abdel Fattah El-Sisi"), Some("Egyptian President")),
            ],
        );
    }

    #[test]
    fn a_participle_after_the_cue_s_comma_has_the_cue_s_speaker() {
        let quotes_and_cues = |text: &str| {
            extract(text)
                .quotes
                .into_iter()
                .map(|q| (q.quote, q.speaker, q.cue))
                .collect::<Vec<_>>()
        };
        let found = quotes_and_cues(
            "Rates of return have been too low to merit investment in new capacity, Rogers \
             said, adding that he sees prices climbing to the 400 dlrs-a-ton range this year \
             and next as demand recovers.",
        );
        let rogers = |quote: &str, cue: &str| {
            (
                quote.to_string(),
                Some("Rogers".to_string()),
                Some(cue.to_string()),
            )
        };
        assert_eq!(
            found,
            [
                rogers(
                    "Rates of return have been too low to merit investment in new capacity",
                    "said"
                ),
                rogers(
                    "he sees prices climbing to the 400 dlrs-a-ton range this year and next as \
                     demand recovers",
                    "adding"
                ),
            ]
        );
        // A listener before the participle's comma.
        let found = quotes_and_cues(
            "It fully agrees with the central bank's policy, director-general Julien Geertsema \
             told Reuters, noting a 1983 decision hurt confidence in the guilder.",
        );
        assert_eq!(
            found[0].0, "It fully agrees with the central bank's policy",
            "{found:?}"
        );
        assert_eq!(found[0].1.as_deref(), Some("Julien Geertsema"));
        // After a direct quote, a stance inside its marks leaves the participle to the
        // speaker after them; so does a phrase after the cue.
        for text in [
            "“We did not expect it,” a bank manager said, adding that rates will remain high.",
            "“We did not expect it,” a bank manager said in an interview, noting that rates will \
             remain high.",
            "“We did not expect it,” a bank manager told reporters, adding that rates will remain \
             high.",
            "“He wanted to take some time off,” a bank manager said, adding that rates will \
             remain high.",
        ] {
            let found = quotes_and_cues(text);
            assert!(
                found
                    .iter()
                    .any(|(quote, speaker, _)| quote == "rates will remain high"
                        && speaker.as_deref() == Some("a bank manager")),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_source_involved_in_something_and_words_said_by_telephone() {
        assert_speakers(
            "Refugees\n\nAid workers and state officials involved in refugee resettlement said \
             the agencies were informed in December.\n\nParcel\n\nStrong said by telephone he \
             left the parcel in the driveway.",
            &[
                Some("Aid workers and state officials involved in refugee resettlement"),
                Some("Strong"),
            ],
        );
    }

    #[test]
    fn a_month_or_at_least_after_the_cue_opens_the_content() {
        assert_speakers(
            "Board\n\nThe state elections board has said at least 147 voters were assigned to \
             the wrong district.\n\nCode\n\nIn an attempt to address suspicions, the company said \
             in October it would submit the source code of its software.",
            &[Some("the state elections board"), Some("the company")],
        );
    }

    #[test]
    fn and_or_for_inside_a_body_s_name_before_the_cue() {
        assert_speakers(
            "Credit\n\nNew credit slipped to 2.66 billion stg in January, the Department of Trade \
             and Industry said.\n\nNordic\n\nHigh wage settlements threaten to cut exports, the \
             Organisation for Economic Cooperation and Development (OECD) said.\n\nJobs\n\n\
             Unemployment was steady at 2.2 pct, the Central Bureau of Statistics said.",
            &[
                Some("Department of Trade and Industry"),
                Some("Organisation for Economic Cooperation and Development"),
                Some("Central Bureau of Statistics"),
            ],
        );
        // Two bodies are no one name: "and" does not join "White House" to the department's
        // name; the two speak together.
        assert_speakers(
            "The guidance was sent to every school district in the country, the Department of \
             Education and White House said.",
            &[Some("Department of Education and White House")],
        );
        // A text that opens with "for" before the cue has no word before it to read.
        assert_never_speaker("for said that the plan would work.", "for");
        // "Minister of State for …" is an office, no body's name.
        assert_never_speaker(
            "NEW DELHI, March 12 - India's raw cotton export quota has been raised by 190,000 \
             170-kg bales to 600,000 bales in 1986/87 ending August, still well below the \
             1985/86 quota of 1.35 mln bales, Minister of State for Textiles R.N. Mirdha said.",
            "Minister of State for Textiles R.N. Mirdha",
        );
    }

    #[test]
    fn a_company_in_reuters_angle_brackets_or_before_its_ticker_speaks() {
        assert_speakers(
            "Bechtel\n\nSAN FRANCISCO, Oct 19 - <Bechtel Corp> said it has formed a joint venture \
             to perform asbestos abatement projects.\n\nEricsson\n\nEricsson <ERIC ST> said one \
             of its units had won a contract worth eight mln dlrs.\n\nAmex\n\nThe <American \
             Stock Exchange> said it has started trading the common stock of Acme Inc.",
            &[
                Some("Bechtel Corp"),
                Some("Ericsson"),
                Some("American Stock Exchange"),
            ],
        );
    }

    #[test]
    fn they_stands_for_a_group_named_in_capitals_in_the_sentence_before() {
        assert_speakers(
            "Hogs\n\nAnalysts said several factors boosted hog prices. They said hogs have not \
             been making the weight gains that are normal at this time of year.",
            &[Some("Analysts"), Some("Analysts")],
        );
        // Not sentences later, nor a group named only after "they".
        assert_speakers(
            "Hogs\n\nAnalysts said several factors boosted hog prices. Cattle were higher on \
             Monday. Pork bellies fell in late trade. They said hogs have not been making the \
             weight gains that are normal at this time of year.\n\nNuclear\n\nWASHINGTON - \
             Two senators introduced a bill on Tuesday they said would stop a first strike. \
             Republicans said the bill would pass.",
            &[Some("Analysts"), None, None, Some("Republicans")],
        );
        // In a transcript a speaker's "they" is left to the turn: read off the White House
        // speeches, it was as often "People" paragraphs after "People put in their order".
        assert_speakers(
            "MS. PSAKI: Good afternoon, everyone. Republicans said the bill would fail in the \
             Senate. They said it costs far too much money.\nQ Thanks, Jen.\n",
            &[Some("Psaki"), Some("Republicans")],
        );
    }

    #[test]
    fn it_and_they_stand_for_a_described_body_or_group_or_the_lead_s_company() {
        assert_speakers(
            "Ratings\n\nThe loss was due to the amortization of goodwill, the agency said. It \
             added that amortization does not affect cash flow.\n\nMoney market dealers said funds may be \
             allocated at lower rates. They said the bank would act soon.\n\nBARTLESVILLE, \
             Okla., April 24 - Phillips Petroleum Co cited lower oil and gas prices in its first \
             quarter loss. It also said there was a decline in crude oil production.\n\n\
             Commerce Ministry officials told Reuters the policy covered only commercial \
             imports. Imports by the government were not included in the policy, they added.",
            &[
                Some("the agency"),
                Some("the agency"),
                Some("Money market dealers"),
                Some("Money market dealers"),
                Some("Phillips Petroleum Co"),
                Some("Phillips Petroleum Co"),
                Some("Commerce Ministry officials"),
                Some("Commerce Ministry officials"),
            ],
        );
    }

    #[test]
    fn a_title_with_of_a_surname_alone_and_a_person_of_a_firm_keep_their_speaker() {
        assert_speakers(
            "Arms\n\nThe dollar will fall further this year, said Secretary of State George \
             Shultz.\n\nBritain has reaped profits by using a stronger pound, Chancellor of the \
             Exchequer Nigel Lawson said. He said in a debate that the profits were large.\n\n\
             President Reagan said he would not resign. He said he went into the deal because he was \
             persuaded.\n\nAnalyst Robert Gordon of Shearson Lehman Brothers Inc said \
             Manufacturers Hanover has the greatest exposure.\n\nGM\n\nBut Ronald Glantz at \
             Montgomery Securities said further production cuts might be necessary.",
            &[
                Some("George Shultz"),
                Some("Nigel Lawson"),
                Some("Nigel Lawson"),
                // (The sole President of that surname: `lexicon/office_terms.txt`.)
                Some("Ronald Reagan"),
                Some("Ronald Reagan"),
                Some("Robert Gordon"),
                Some("Ronald Glantz"),
            ],
        );
    }

    #[test]
    fn he_or_she_with_no_speaker_before_is_the_person_who_opens_a_sentence_before() {
        assert_speakers(
            "Readout\n\nNational Security Advisor Jake Sullivan spoke today with Israeli \
             National Security Advisor Meir Ben Shabbat. He condemned the ongoing rocket \
             attacks.\n\nVice President Kamala Harris met today with Prime Minister Kiril \
             Petkov of Bulgaria. She thanked the Prime Minister for his leadership.",
            &[Some("Jake Sullivan"), Some("Kamala Harris")],
        );
    }

    #[test]
    fn a_spokesman_for_a_name_is_an_unnamed_source_as_written() {
        let text = "A spokesman for Grassley said the hearing would go ahead. A former aide to \
                    Franks said the congressman had offered money. An official of the Commerce \
                    Department said exports had risen sharply in May. A spokesman for the State \
                    Department, Ned Price, said talks would resume. A Foreign Ministry official \
                    in Tokyo said the yen would rise. A statement from Beecham said the unit \
                    would be sold.";
        assert_eq!(
            speakers_and_anonymity(text),
            [
                (Some("a spokesman for Grassley".to_string()), true),
                (Some("a former aide to Franks".to_string()), true),
                (
                    Some("an official of the Commerce Department".to_string()),
                    true
                ),
                (Some("Ned Price".to_string()), false),
                // Written as in running text, without the place.
                (Some("a Foreign Ministry official".to_string()), true),
                // A statement speaks for its body.
                (Some("Beecham".to_string()), false),
            ]
        );
        // A described source in a place speaks, not the place.
        assert_speakers(
            "The Netherlands embassy in the United States tweeted back at Trump saying the \
             facts matter. The chief Republican tax writer in the U.S. House of Representatives \
             said on Tuesday that the bill would pass.",
            &[
                Some("the Netherlands embassy"),
                Some("the chief Republican tax writer"),
            ],
        );
    }

    #[test]
    fn the_holder_of_an_office_to_or_of_a_place_speaks_not_the_place() {
        let text = "Ukraine’s Ambassador to the U.S. told reporters that victory would include \
                    Crimea. The Secretary of State said that talks would go on. The U.S. \
                    ambassador to Moscow said the embassy would stay open. Russia's envoy to \
                    the United Nations said that the vote was illegal. An adviser to President \
                    Biden said the plan was ready. As Israel’s ambassador to Washington said, \
                    the war must end.";
        assert_eq!(
            speakers_and_anonymity(text),
            [
                (Some("Ukraine’s Ambassador to the U.S.".to_string()), true),
                (Some("the Secretary of State".to_string()), true),
                (Some("the U.S. ambassador to Moscow".to_string()), true),
                (
                    Some("Russia's envoy to the United Nations".to_string()),
                    true
                ),
                (Some("an adviser to President Biden".to_string()), true),
                (Some("Israel’s ambassador to Washington".to_string()), true),
            ]
        );
        // A person named before the office, after a comma, holds it; a name after the whole
        // office is its holder; a title that is a name's last word holds no office.
        assert_speakers_and_roles(
            "Gene Cartledge, chairman and chief executive officer of Union Camp said demand \
             was strong. Ambassador to the United Nations Nikki Haley said the vote was a \
             mistake. Representative Peter King of New York told Fox News that the tax was \
             wrong. Tomorrow, the Chief of Staff tweeted that the party would go on.",
            &[
                (
                    Some("Gene Cartledge"),
                    Some("chairman and chief executive officer of Union Camp"),
                ),
                (
                    Some("Nikki Haley"),
                    Some("Ambassador to the United Nations"),
                ),
                (Some("Peter King"), Some("Representative")),
                (Some("the Chief of Staff"), None),
            ],
        );
    }

    #[test]
    fn he_after_an_unnamed_source_is_that_source_again() {
        let text = "Minister Kiichi Miyazawa spoke on Monday. The senior bank official said he \
                    expects growth to slow next year. He said exports would fall. Miyazawa said \
                    the plan was sound. He added that the yen would rise.";
        assert_eq!(
            speakers_and_anonymity(text),
            [
                (Some("the senior bank official".to_string()), true),
                (Some("the senior bank official".to_string()), true),
                (Some("Kiichi Miyazawa".to_string()), false),
                (Some("Kiichi Miyazawa".to_string()), false),
            ]
        );
        // A statement is no one "he" stands for.
        let text = "Oripes Gomes said the council had met on Monday. The statement said stocks \
                    would be sold. He said the Treasury had paid for the coffee.";
        assert_eq!(
            speakers_and_anonymity(text),
            [
                (Some("Oripes Gomes".to_string()), false),
                (Some("the statement".to_string()), true),
                (Some("Oripes Gomes".to_string()), false),
            ]
        );
    }

    #[test]
    fn a_described_source_is_one_value_wherever_it_stands() {
        let found = quotes(
            "The company said profits would rise. Sales fell sharply in the third quarter, \
             the company said. The Times said prices would fall.",
        );
        let speakers: Vec<&str> = found.iter().filter_map(|q| q.1.as_deref()).collect();
        assert_eq!(&speakers[..2], ["the company", "the company"], "{found:?}");
        assert_eq!(speakers[2], "Times", "{found:?}");
    }

    #[test]
    fn a_conjunction_and_a_subject_of_its_own_end_the_reported_words() {
        // A personal pronoun after the conjunction: narration, whatever its verb.
        let found = quotes(
            "After the event, Mr. Emanuel said Mr. Bush had not yet won him over, but he \
             sounded a nostalgic note for what Mr. Bush represented.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Mr. Bush had not yet won him over");
        // A stance of a source of its own: two attributions.
        assert_speakers(
            "Twenty-four percent said they were more likely to vote for him because of it, \
             while 9 percent found it to be a deterrent.",
            &[Some("Twenty-four percent"), Some("9 percent")],
        );
    }

    #[test]
    fn a_name_or_a_described_source_and_its_verb_after_a_conjunction_end_the_reported_words() {
        let found = quotes(
            "Bloomberg said the fortune was smaller than claimed, while Forbes counted only \
             individuals.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "the fortune was smaller than claimed");
        let found = quotes(
            "Gowdy said the report proved his point, but the report concerned the e-mails of \
             lower-level officials.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "the report proved his point");
    }

    #[test]
    fn a_described_source_that_opens_the_sentence_speaks_the_quote_inside_it() {
        assert_speakers(
            "An early tweet quoted the president as saying “Need to do something to prevent \
             the next one!”",
            &[Some("an early tweet")],
        );
    }

    #[test]
    fn a_cue_after_a_quote_that_ends_its_sentence_is_the_next_sentence_s() {
        assert_speakers(
            "Lisa Madigan asserted that “trust in the Chicago Police Department is broken.” \
             Hillary Clinton said Wednesday that she supported the inquiry.",
            &[Some("Lisa Madigan"), Some("Hillary Clinton")],
        );
    }

    #[test]
    fn a_noun_right_before_a_naming_verb_and_its_quote_is_the_thing_named() {
        assert_speakers(
            "Elizabeth Warren slammed the tax loophole called an \"inversion,\" in which a \
             company moves abroad.",
            &[Some("Elizabeth Warren")],
        );
    }

    #[test]
    fn the_polls_in_general_are_no_source() {
        assert_speakers(
            "Political pundits are shocked that Donald Trump is leading in the polls. Clinton \
             has 46 percent support in a new Washington Post-ABC News poll.",
            &[Some("a new Washington Post-ABC News poll")],
        );
    }

    #[test]
    fn a_noun_of_two_letters_after_its_determiner_is_a_described_source() {
        assert_speakers(
            "The ad says Trump would be a dangerous president.",
            &[Some("the ad")],
        );
    }

    #[test]
    fn you_guys_name_no_speaker() {
        let found = extract(
            "Q Thank you. So you guys said the President would speak to the Speaker today.",
        )
        .quotes;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker, None);
        // The mention stays.
        assert_eq!(found[0].speaker_spans, [[16, 24]]);
    }

    #[test]
    fn a_state_abbreviation_after_of_is_no_speaker() {
        assert_speakers(
            "Investor David F. La Roche of North Kingstown, R.I., said he is offering to \
             purchase 170,000 common shares of NECO Enterprises Inc at 26 dlrs each.",
            &[Some("David F. La Roche")],
        );
    }

    #[test]
    fn a_share_in_ten_is_a_described_source() {
        assert_speakers(
            "About three in 10 said they prefer the next president to pursue an agenda that \
             is more liberal.",
            &[Some("About three in 10")],
        );
    }

    #[test]
    fn a_share_a_poll_counts_speaks_through_the_poll() {
        assert_speakers(
            "In a Washington Post/ABC News poll released Sunday, just 8 percent of Democrats \
             said they would vote for Trump.",
            &[Some("a Washington Post/ABC News poll")],
        );
        assert_speakers(
            "A Quinnipiac University poll released in late August found that 74 percent of \
             likely voters said Mr. Trump should release his tax returns.",
            &[Some("a Quinnipiac University poll")],
        );
        // A month in the poll's name; a share that quotes words in marks.
        assert_speakers(
            "In a September Washington Post-ABC News poll, 75 percent of Republicans said \
             “most people in politics” can’t be trusted.",
            &[Some("a September Washington Post-ABC News poll")],
        );
        // After a semicolon a share counts for itself; polls are a source of their own.
        assert_speakers(
            "Some 20 percent of people in a recent CNN/ORC poll said they believe Obama was \
             born abroad; 29 percent said they believe Obama is a Muslim.",
            &[None, Some("29 percent")],
        );
        assert_speakers(
            "Any single poll is but a snapshot, and many other polls show Mrs. Clinton with a \
             narrow lead.",
            &[Some("other polls")],
        );
        // "survey" as a verb names no poll.
        assert_never_speaker(
            "He’ll survey damage across the Central Coast, discuss recovery efforts, and \
             assess what additional federal support is needed.",
            "He’ll survey",
        );
    }

    #[test]
    fn an_apostrophe_alone_after_a_word_in_s_is_a_possessive() {
        assert_speakers(
            "Sanders’ team said the committee appears to skirt legal limits on donations by \
             investing millions.",
            &[Some("Sanders’ team")],
        );
    }

    #[test]
    fn a_closing_according_to_attributes_the_reported_speech_before_it() {
        let found = quotes(
            "The witness said the hush order was to avoid affecting the outcome of the \
             chairman's confirmation, according to the report.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("The witness said"), "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("the report"));
    }

    #[test]
    fn a_closing_speaker_and_cue_attribute_the_cue_before_them() {
        let found = quotes(
            "The congressman plans to back Sanders as a superdelegate at the convention, \
             Welch said.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "The congressman plans to back Sanders as a superdelegate at the convention"
        );
        assert_eq!(found[0].1.as_deref(), Some("Welch"));
        // After a quote in marks the closing cue is the quote's, not the sentence's.
        let found = quotes(
            "Cruz spokesman Rick Tyler said the campaign will show that Cruz has “guiding \
             principles for every decision,” he said.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Rick Tyler"), "{found:?}");
    }

    #[test]
    fn a_hyphenated_share_is_a_source_of_its_own() {
        assert_speakers(
            "Six in 10 Virginia Democratic primary voters said Clinton is honest and \
             trustworthy, and three-quarters said the same of Sanders.",
            &[
                Some("Virginia Democratic primary voters"),
                Some("three-quarters"),
            ],
        );
    }

    #[test]
    fn a_place_and_a_time_after_an_opening_adverbial_go_on_with_it() {
        assert_speakers(
            "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on \
             her earlier statement, saying that the United States should play a leadership \
             role.",
            &[Some("Clinton")],
        );
    }

    #[test]
    fn a_long_as_clause_and_one_before_two_apostrophes_name_the_source() {
        assert_speakers(
            "As the Hollywood columnist Louella Parsons had written just a few years earlier, \
             “We just couldn't have a motion picture industry without E. J. Mannix.”",
            &[Some("Louella Parsons")],
        );
        assert_speakers(
            "As the columnist Louella Parsons had written, ''We just couldn't have a motion \
             picture industry without E. J. Mannix.''",
            &[Some("Louella Parsons")],
        );
    }

    #[test]
    fn an_age_after_a_determiner_is_a_described_speaker() {
        assert_speakers(
            "“Donald is, and always has been, an amazing leader,” said the 46-year-old. \
             “What if Donald Trump had elocution lessons?” the 43-year-old asked in the \
             video’s description.",
            &[Some("the 46-year-old"), Some("the 43-year-old")],
        );
    }

    #[test]
    fn a_ticker_or_an_acronym_in_brackets_stays_in_an_unnamed_source() {
        assert_eq!(
            speakers_and_anonymity(
                "Reached later, an Inland Steel Industries Inc <IAD> spokesman said the company \
                 was studying the pricing move.\n\n\
                 Prices went up by over 50 pct, an Egyptian General Petroleum Corp (EGPC) \
                 official said."
            ),
            [
                (
                    Some("an Inland Steel Industries Inc <IAD> spokesman".into()),
                    true
                ),
                (
                    Some("an Egyptian General Petroleum Corp (EGPC) official".into()),
                    true
                ),
            ]
        );
    }

    #[test]
    fn the_owner_of_an_unnamed_source_stays_with_it() {
        assert_speakers(
            "This morning’s report showed that we added jobs.\n\n\
             The Labor Department’s report showed that wages rose faster than prices.\n\n\
             A Wendy's spokesman said it was corporate policy not to comment.",
            &[
                Some("This morning’s report"),
                Some("the Labor Department’s report"),
                Some("a Wendy's spokesman"),
            ],
        );
    }

    #[test]
    fn a_name_and_the_body_it_heads_speak_without_an_article() {
        assert_speakers(
            "Democrats to sue Ariz. on poll access.\n\n\
             Clinton campaign says long lines kept many from casting ballots.\n\n\
             On Monday, Washington state announced that most state employees are vaccinated.",
            &[Some("Clinton campaign"), Some("Washington state")],
        );
        assert_never_speaker(
            "No agency predicted a Taliban takeover in nine days.",
            "No agency",
        );
        // A headline after an outlet's label is the label's.
        assert_never_speaker(
            "Here is the coverage.\n\nCNN: Biden administration announces plan to develop \
             floating offshore wind turbines for West Coast",
            "Biden administration",
        );
    }

    #[test]
    fn a_share_in_figures_or_of_ten_with_its_group_speaks_but_not_after_a_preposition() {
        assert_speakers(
            "Rasmussen Reports: 61% say the operation has been successful so far.\n\n\
             Nearly eight in 10 Democratic voters said they have made up their minds.\n\n\
             The program will cut its footprint by 50% at its facilities which support space \
             research by the end of the decade.",
            &[
                Some("61%"),
                Some("Nearly eight in 10 Democratic voters"),
                Some("its facilities"),
            ],
        );
        assert_never_speaker(
            "We don’t at all believe that these represent a lack of concern.",
            "all",
        );
        // A share of a group, as written, before "of".
        assert_speakers(
            "About 22 percent of Democrats said they would vote for him.\n\n\
             Forty-two percent of voters say they are liberal.\n\n\
             Half of all Republicans say they want a new nominee.\n\n\
             The vast majority of the American people, none of the foreign leaders said, want \
             it.\n\n\
             The vast majority of Americans say they want background checks.",
            &[
                Some("About 22 percent of Democrats"),
                Some("Forty-two percent of voters"),
                Some("Half of all Republicans"),
                Some("none of the foreign leaders"),
                Some("the vast majority of Americans"),
            ],
        );
    }

    #[test]
    fn a_that_after_a_pronoun_that_opens_the_content_is_the_contents() {
        let found = quotes(
            "A third of independents say they feel that way about it.\n\n\
             A lot of people said he’s the one that got them to do it.",
        );
        let quoted: Vec<&str> = found.iter().map(|(quote, _, _)| quote.as_str()).collect();
        assert_eq!(
            quoted,
            [
                "they feel that way about it",
                "he’s the one that got them to do it"
            ]
        );
    }

    #[test]
    fn unless_whereas_and_given_open_a_clause_and_name_no_one() {
        assert_never_speaker(
            "Given what we’re seeing at state legislatures, in terms of tightening voting \
             restrictions, some groups are saying that the White House should act.",
            "Given",
        );
        assert_never_speaker(
            "Unless specifically noted herein, any prior Presidential Proclamation related to \
             trade is expressed in the order.",
            "Unless",
        );
        assert_never_speaker(
            "Whereas Pierce emphasized big tech censorship, La Riva argued against it.",
            "Whereas Pierce",
        );
    }

    #[test]
    fn an_adverb_that_opens_the_sentence_is_no_speaker() {
        assert_speakers(
            "Once he was president, Mr. Obama made a peace agreement a priority, announcing \
             the appointment of George Mitchell as special envoy two days after taking office.",
            &[Some("Obama")],
        );
        // A connective set off by commas after it, then "it": the organisation named before.
        assert_speakers(
            "The Polish American Congress wants to preserve its non-endorsement policy. \
             Recently, however, it issued a policy paper welcoming the plans of the \
             administration, and calling for establishing permanent NATO bases in the eastern \
             member states.",
            &[
                Some("Polish American Congress"),
                Some("Polish American Congress"),
            ],
        );
    }

    #[test]
    fn a_name_inside_a_relative_clause_before_the_cue_is_not_the_speaker() {
        assert_speakers(
            "Sandy Phillips, who lost her daughter during the mass shooting in Aurora, \
             Colorado, in July 2012, said that Sanders had treated her family disrespectfully. \
             Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands, said \
             Mr. Trump was a candidate in the spirit of Silicon Valley. VBI, which is based in \
             Turks and Caicos Islands, the British West Indies, said it bought the shares.",
            &[Some("Sandy Phillips"), Some("Slinker"), Some("VBI")],
        );
    }

    #[test]
    fn a_participle_after_a_comma_takes_the_sentence_subject_not_the_phrase_before_it() {
        let found = quotes(
            "Huma Abedin, vice chairwoman for Clinton’s presidential campaign, emailed supporters \
             on Monday evening, telling them, “I am a proud Muslim, but you don’t have to share \
             my faith to share my disgust.”",
        );
        let quote = found.iter().find(|q| q.0.contains("proud Muslim"));
        assert_eq!(
            quote.and_then(|q| q.1.as_deref()),
            Some("Huma Abedin"),
            "{found:?}"
        );
    }

    #[test]
    fn a_paragraph_that_is_one_quote_belongs_to_the_clause_that_ends_the_paragraph_before() {
        let found = quotes(
            "Viguerie is upbeat about Cruz’s chances of winning in November, in part because he \
             sees Cruz as a uniter.\n\n“Not only can Ted Cruz win in November, he’s the one with \
             the best chance of winning.”",
        );
        let quote = found.iter().find(|q| q.0.starts_with("Not only"));
        assert_eq!(
            quote.and_then(|q| q.1.as_deref()),
            Some("Viguerie"),
            "{found:?}"
        );
        // A headline is no clause: it introduces nobody.
        let found = quotes(
            "Clinton Camp Answers\n\n“The clear winner of Tuesday night’s debate was the Fox \
             Business Network, which conducted two lively sessions.”",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, None, "{found:?}");
    }

    #[test]
    fn a_sentence_subject_runs_through_its_role_words() {
        assert_speakers(
            "Instead, the Vermont senator is sticking to his campaign message, hoping to avoid \
             any misstep that could “derail the campaign he has built over many months.”\n\n\
             Republican presidential front-runner Donald Trump is insisting that he has \
             “expanded the Republican Party” and brought in millions of new voters.",
            &[Some("the Vermont senator"), Some("Donald Trump")],
        );
    }

    #[test]
    fn according_to_before_a_quote_names_its_source_and_initials_stay_in_names() {
        assert_speakers(
            "According to Paul Sperry, “Judicial Watch revealed the firm has been quietly \
             moving van loads of people.”\n\n\"I think the winds are changing with regards to \
             voting rights,\" J. Gerald Hebert, executive director of the Campaign Legal Center, \
             said in a recent interview.",
            &[Some("Paul Sperry"), Some("J. Gerald Hebert")],
        );
        assert_speakers(
            "\"Pfizer is gaming the system and will avoid paying its fair share,\" Senate \
             Minority Leader Harry M. Reid (D-Nev.) said in a statement.",
            &[Some("Harry M. Reid")],
        );
    }

    #[test]
    fn titles_joined_by_and_stay_in_the_speaker_label() {
        assert_speakers(
            "“We have an important role to play,” said Eversource President and CEO Joe Nolan.\n\
             NEFI President and CEO Sean Cota: “On behalf of the nation’s home heating fuel \
             distributors, NEFI commends the President.”",
            &[Some("Joe Nolan"), Some("Sean Cota")],
        );
        // Verbs of speech of a long tail: "exhorted", "surmised", "riffed".
        assert_speakers(
            "\"It's about time that we had a woman running this country,\" exhorted actress \
             Jamie Lee Curtis.",
            &[Some("Jamie Lee Curtis")],
        );
    }

    #[test]
    fn reported_speech_inside_reported_speech_is_an_attribution_of_its_own() {
        let found = extract(
            "Campaign spokesman Michael Briggs said Al Sharpton asked for the meeting with the \
             senator.",
        )
        .quotes;
        let speakers: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|q| (q.quote.as_str(), q.speaker.as_deref()))
            .collect();
        assert_eq!(
            speakers,
            [
                (
                    "Al Sharpton asked for the meeting with the senator",
                    Some("Michael Briggs")
                ),
                ("the meeting with the senator", Some("Al Sharpton")),
            ],
        );
        // Words in marks inside are one direct quote, not a second reported one beside it.
        assert_speakers(
            "Michael Briggs said Al Sharpton asked for “a meeting with the senator, and soon.”",
            &[Some("Al Sharpton")],
        );
    }

    #[test]
    fn a_time_span_or_connective_before_a_comma_is_no_speaker() {
        assert_speakers(
            "Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon \
             and I have been friends for a long time, and we will stay friends.”\n\
             Likewise, a paper from the Brookings Institution had this to say about his plan: \
             “Families from the top half of the income distribution would receive more.”\n\
             Sure, Obama admits that “the problem with low interest rates is that it is unfair \
             to savers.”",
            &[Some("Trump"), None, Some("Obama")],
        );
    }

    #[test]
    fn a_pronoun_that_attributes_a_partial_quote_inside_a_clause_is_a_mention_of_its_speaker() {
        let text = "Cruz says he is “effectively tied for second place” with Florida Sen. Marco \
                    Rubio, in a finish that he said defied expectations.";
        let found = extract(text).quotes;
        assert_eq!(found.len(), 1, "{found:?}");
        let mentions: Vec<String> = found[0]
            .speaker_spans
            .iter()
            .map(|&[a, b]| text.chars().skip(a).take(b - a).collect())
            .collect();
        assert_eq!(mentions, ["Cruz", "he"], "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Cruz"));
    }

    #[test]
    fn he_and_she_go_to_the_nearest_speaker_of_their_gender() {
        assert_speakers(
            "“I am running,” Donald Trump said. “We are ready,” Hillary Clinton said. \
             “It is time,” he said. “So it is,” she said.",
            &[
                Some("Donald Trump"),
                Some("Hillary Clinton"),
                Some("Donald Trump"),
                Some("Hillary Clinton"),
            ],
        );
    }

    #[test]
    fn the_article_s_pronouns_or_honorific_outweigh_a_given_name_s_gender() {
        // "Lindsey" is most often a woman's name; the article's "he" and "Mr." say otherwise.
        assert_speakers(
            "“We will not wait,” said Sen. Lindsey Graham, adding that he would call a \
             vote. “It is time,” he said.",
            &[Some("Lindsey Graham"), Some("Lindsey Graham")],
        );
        assert_speakers(
            "“We will not wait,” said Lindsey Graham. Mr. Graham chairs the committee. \
             “It is time,” he said.",
            &[Some("Lindsey Graham"), Some("Lindsey Graham")],
        );
        // A possessive is no subject: "he" is someone else's.
        assert_speakers(
            "“We will not wait,” said Lindsey Smith. Nobody read Lindsey Smith’s memo, nor did \
             he call a vote. “It is time,” he said.",
            &[Some("Lindsey Smith"), None],
        );
        assert_speakers(
            "“We will not wait,” said Lindsey Smith. Lindsey Smith kissed her while he slept. \
             “It is time,” he said.",
            &[Some("Lindsey Smith"), None],
        );
        assert_speakers(
            "“We will not wait,” said Lindsey Smith. Of the scrutiny over Lindsey Smith, he \
             said, “It is a little much.”",
            &[Some("Lindsey Smith"), None],
        );
        assert_speakers(
            "“We will not wait,” said Lindsey Smith, adding that she would call a \
             vote. “It is time,” he said.",
            &[Some("Lindsey Smith"), None],
        );
    }

    #[test]
    fn an_unnamed_source_after_its_cue_ends_before_what_modifies_it() {
        assert_speakers(
            "\"If Sanders wins Iowa, the energy is going to be substantial,\" said one \
             well-connected Democrat familiar with the campaign's organization, who asked not \
             to be named.\n\
             \"There never was a stand-down order,\" said the base chief known as Bob, speaking \
             publicly for the first time.\n\
             \"It's not politically correct to say anything against migrants,\" tweeted a German \
             user from Hanover going by the handle Pulvermann.\n\
             \"We have a ton of work to do,\" said a longtime adviser to both Clintons, who \
             spoke on condition of anonymity.",
            &[
                Some("one well-connected Democrat"),
                Some("the base chief"),
                Some("a German user"),
                Some("a longtime adviser"),
            ],
        );
    }

    #[test]
    fn a_speaker_s_short_name_is_the_name_in_full_the_entities_found_there() {
        let found = quotes(
            "National Security Advisor Jake Sullivan spoke on Monday. Later, Jake said the \
             ships were moving within the region.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Jake Sullivan"), "{found:?}");
        // An organisation found whole, whose "of" ended the speaker's run of capitals.
        let found = quotes(
            "According to the National Conference of State Legislatures, the party is \
             scheduled to continue its primary season on March 17.",
        );
        assert_eq!(
            found[0].1.as_deref(),
            Some("National Conference of State Legislatures"),
            "{found:?}"
        );
    }

    #[test]
    fn a_cue_that_opens_the_next_quote_is_that_quote_s() {
        let found = quotes(
            "Ali Mehr said the ship was seized legally. US Special Representative for Iran \
             Brian Hook said, “This is political. It has nothing to do with security.” He \
             added, “It is a propaganda stunt that no one takes seriously.”",
        );
        let speakers: Vec<Option<&str>> = found.iter().map(|f| f.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [Some("Ali Mehr"), Some("Brian Hook"), Some("Brian Hook")],
            "{found:?}"
        );
    }

    #[test]
    fn the_as_the_text_s_first_word_before_a_name_is_read_safely() {
        // Found by the property test: "the" at token 0 before a capitalised run.
        let found = quotes("the Pentagon„a senior official .\"\"\"");
        assert!(
            found.iter().all(|(quote, ..)| !quote.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn a_body_s_head_alone_is_the_one_the_article_names_or_none_in_particular() {
        let found = quotes(
            "Today, the Administration is announcing that a new program will restore \
             wetlands across the West.",
        );
        assert_eq!(
            found[0].1.as_deref(),
            Some("the Administration"),
            "{found:?}"
        );
        let found = quotes(
            "The Bank of England cut rates on Monday. Later, the Bank said that inflation \
             would fall next year.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Bank of England"), "{found:?}");
    }

    #[test]
    fn an_opening_phrase_before_a_subject_and_its_verb_is_no_content() {
        // The cue ends its clause: what stands before the speaker's comma is the content.
        let found = quotes("The talks failed over the weekend, the official said on Monday.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "The talks failed over the weekend");
        // The verb takes an object, or a colon opens what it says: the phrase before the
        // comma is a time or a circumstance.
        for text in [
            "This Hispanic Heritage Month, the Administration continues to celebrate the many \
             contributions of Hispanic Americans.",
            "After the attack on the temple, the community returned to worship in it.",
            "On July 6, Sanders said:\n“For young people who have graduated, we need jobs.”",
        ] {
            let found = quotes(text);
            assert!(
                found
                    .iter()
                    .all(|(quote, ..)| !quote.starts_with(['T', 'A', 'O'])),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_cue_set_off_by_commas_attributes_the_quote_inside_its_sentence() {
        assert_speakers(
            "CNN, Cruz said, called the announcement “highly significant and very important.”\n\
             Putting the show together, Butz said, allowed him to “get in touch with the \
             feminine within myself,” too.",
            &[Some("Cruz"), Some("Butz")],
        );
    }

    #[test]
    fn doubled_apostrophes_are_quote_marks() {
        let found = quotes("''We will not back down from this,'' Mr. Tribe said.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "We will not back down from this");
        assert_eq!(found[0].1.as_deref(), Some("Tribe"));
    }

    #[test]
    fn a_straight_mark_before_a_word_opens_a_quote_inside_the_quote() {
        let found = quotes(
            "Ramon Diaz said: \"We have no objection to the \"B\" shares. The \"United States\" \
             holds none of them.\"",
        );
        // The old quotes ended before "B" and held the words between the inner quotes.
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "We have no objection to the \"B\" shares. The \"United States\" holds none of them."
        );
        // An inner mark with no close for the outer quote after it is the outer quote's close.
        let found = quotes("\"The old adage is \"sell in May,\" he added.");
        assert_eq!(found[0].0, "The old adage is", "{found:?}");
    }

    #[test]
    fn a_curly_mark_after_a_word_in_lower_case_opens_a_quote_inside_the_quote() {
        let found = quotes(
            "“As a young, Hispanic woman, I’d rather live in what he calls “hell” than live in \
             a world where he is president.” ― Adriana Rodarte",
        );
        // The old quote ended before "hell" and had no speaker.
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("where he is president."), "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Adriana Rodarte"));
        // After a sentence's end, a “ is a mistyped close before the next quote.
        let found = quotes("“We will help all of them. “This is the plan,” she said.");
        assert_eq!(found[0].0, "We will help all of them.", "{found:?}");
    }

    #[test]
    fn a_quote_goes_on_past_a_blank_line_into_a_paragraph_its_mark_opens() {
        let found = quotes(
            "''People make all these claims,'' Mrs. Clinton said. ''And it's hard for voters \
             to really evaluate how they decide.\n\n''That's why I've tried to say, here's what \
             I will do.''",
        );
        // The old quote after the blank line had lost its first paragraph and its speaker.
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("how they decide."), "{found:?}");
        assert!(found[0].0.ends_with("what I will do."), "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Clinton"));
        // Not into a paragraph opened by another kind of mark, or by a speaker's label.
        let found = quotes(
            "\"WALLACE: Will she be there tomorrow night?\n\n\"PENCE: She will not be attending \
             the debate tomorrow night.\"",
        );
        assert!(found.iter().all(|q| !q.0.contains("WALLACE")), "{found:?}");
    }

    #[test]
    fn the_comma_after_a_cue_is_no_word_of_the_quote() {
        let text = "Democrats pointed out, Scott’s budget puts spending at $1,200 less.";
        let found = extract(text).quotes;
        // The old quote opened with ", Scott’s".
        assert_eq!(
            found[0].quote,
            "Scott’s budget puts spending at $1,200 less"
        );
        assert_eq!(found[0].start, text.find("Scott").unwrap());
    }

    #[test]
    fn a_company_named_with_a_title_or_a_number_keeps_its_words() {
        // The old speakers were "Motors Corp" (role "General"), "Corp" (role "Data General")
        // and "Corp" ("One" taken for a determiner).
        assert_speakers_and_roles(
            "General Motors Corp said its car sales rose in March. Data General Corp said it would cut \
             jobs. Banc One Corp said the bank grew.",
            &[
                (Some("General Motors Corp"), None),
                (Some("Data General Corp"), None),
                (Some("Banc One Corp"), None),
            ],
        );
    }

    #[test]
    fn a_number_or_an_age_may_open_the_role_after_the_cue() {
        // The old quotes had no speaker.
        assert_speakers_and_roles(
            "“They are 100 percent wrong,” said 9/11 widow Terry Strada. “I was scared,” \
             said 17-year-old Hannah Smith.",
            &[
                (Some("Terry Strada"), Some("widow")),
                (Some("Hannah Smith"), None),
            ],
        );
        // A count is no role: "showed 761 U.S. rigs".
        assert_never_speaker(
            "The latest rig count, a barometer of the industry's health, showed 761 U.S. rigs \
             active in the slowest time of the year.",
            "United States",
        );
    }

    #[test]
    fn a_title_alone_that_is_a_name_too_is_a_surname() {
        // The old quotes of Dean and Prince had no speaker.
        assert_speakers(
            "Dean, a former party chairman, poked at Trump, tweeting, “Notice Trump sniffing \
             all the time.” Prince said he had traveled to the Seychelles for a meeting.",
            &[Some("Dean"), Some("Prince")],
        );
        // Not a title after a capitalised word or a determiner.
        assert_never_speaker(
            "First Lady said the garden would open in May to all visitors.",
            "Lady",
        );
        assert_never_speaker(
            "The Dean said the school would open in May to all students.",
            "Dean",
        );
    }

    #[test]
    fn a_title_in_marks_inside_an_opening_phrase_ends_at_its_comma() {
        // The old quote had no speaker: the subject was looked for after the comma, at ”.
        assert_speakers(
            "On “Face the Nation,” Sen. Bernie Sanders (Vt.) identified young voters’ \
             exhaustion with bigotry as one of the reasons. “The younger people are sick and \
             tired of discrimination and racism.”",
            &[Some("Bernie Sanders")],
        );
    }

    #[test]
    fn a_cue_in_a_subordinate_clause_after_a_quote_is_not_the_quotes() {
        // The old speaker of the first quote was Trump, by the cue of the "while" clause.
        assert_speakers(
            "Democrat Chuck Schumer told MSNBC Cummings \"was a great man,\" while President \
             Trump noted his \"strength, passion and wisdom\" on Twitter.",
            &[Some("Chuck Schumer"), Some("Donald Trump")],
        );
        // A subordinate clause without a cue of its own ends at its comma.
        assert_speakers(
            "“I think we need the reauthorization” before the end of the year, Marc Short, \
             the White House’s legislative director, said.",
            &[Some("Marc Short")],
        );
    }

    #[test]
    fn a_participle_cue_skips_the_cue_of_a_relative_clause() {
        // The old speaker was "a contractor who".
        assert_speakers(
            "Smith was similarly defensive when forced to defend not paying a contractor who \
             said he was stiffed after he built a pool at one of Smith’s hotels, saying, \
             “Maybe he didn’t do a good job, and I wasn’t satisfied with his work.”",
            // The relative clause's own report is the contractor's.
            &[Some("a contractor"), Some("Smith")],
        );
    }

    #[test]
    fn a_quote_split_around_its_cue_is_one_quote() {
        let text = "“The vote is over and we lost it,” Jane Smith said. “Now we start again from the beginning.”";
        let found = extract(text).quotes;
        assert_eq!(found.len(), 1, "{found:?}");
        // The pieces are the quoted words; the attribution between them is no part of it.
        assert_eq!(
            found[0].quote,
            "The vote is over and we lost it … Now we start again from the beginning."
        );
        assert_eq!(found[0].spans.len(), 2);
        assert_eq!(found[0].speaker.as_deref(), Some("Jane Smith"));
        // Narration between the pieces, when the next quote opens a sentence of its own.
        let text = "“It is too early to tell,” said Mark Cuban, who is also a host on the TV show “Shark Tank.” “I mean, it depends on who is elected.”";
        let found = extract(text).quotes;
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].quote.ends_with("who is elected."), "{found:?}");
        // A paragraph that is nothing but a quote goes on with the speaker of the one before.
        let text =
            "“We lost,” Jane Smith said on Monday.\n\n“Now we start again from the beginning.”";
        let found = extract(text).quotes;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].spans.len(), 2);
        // A new clause with another name between the quotes keeps them apart.
        let text = "“We do not have a veto on anything,” he said, denying Damascus had any “state policy concerning the Kurds”.";
        assert_eq!(quotes(text).len(), 2);
    }

    #[test]
    fn speakers_behind_appositives_and_after_the_cue() {
        let found = quotes("Tad Devine, Sanders's chief strategist, said the contest would be decided by delegates.");
        assert_eq!(found[0].1.as_deref(), Some("Tad Devine"), "{found:?}");
        let found =
            quotes("“The department is committed to transparency,” said spokesman John Kirby.");
        assert_eq!(found[0].1.as_deref(), Some("John Kirby"), "{found:?}");
        let found = quotes(
            "Tariffs will not bring these jobs back, said David Autor, a professor of economics.",
        );
        assert_eq!(found[0].0, "Tariffs will not bring these jobs back");
        assert_eq!(found[0].1.as_deref(), Some("David Autor"));
        let found = quotes(
            "“I can only tell you what the emails show,” said one source who spoke anonymously.",
        );
        assert_eq!(found[0].1.as_deref(), Some("one source"), "{found:?}");
        // The speaker set off inside the content: the words go on after it.
        let found = quotes(
            "The contrast with Trump, said Doyle and others, would be clear since Trump has no \
             former presidents by his side.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("by his side"), "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Doyle"));
        // A parenthesis between the speaker and the cue.
        let found =
            quotes("Kasich (who has 25 delegates to date) said it is possible for him to win.");
        assert_eq!(found[0].1.as_deref(), Some("Kasich"), "{found:?}");
        let found = quotes("Sen. Jack Reed (D-R.I.), said that he had not read the plan.");
        assert_eq!(found[0].1.as_deref(), Some("Jack Reed"), "{found:?}");
        // A verb of a list in the present puts no speaker after it.
        let found = quotes(
            "The plan will reduce costs for families, support coastal communities, and restore \
             fairness to the industry.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_subjects_joined_by_and_speak_together() {
        let found = quotes("The rating change reflects lower coverage, Duff and Phelps said.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "The rating change reflects lower coverage");
        assert_eq!(found[0].1.as_deref(), Some("Duff and Phelps"));
        let found = quotes("Sales will fall this year, Schiff and Conaway told reporters.");
        assert_eq!(
            found[0].1.as_deref(),
            Some("Schiff and Conaway"),
            "{found:?}"
        );
        // Two names with a title: no role is made of the first.
        let found = extract(
            "Senators Ron Johnson and Steve Daines announced their support for the tax bill.",
        )
        .quotes;
        assert_eq!(
            found[0].speaker.as_deref(),
            Some("Senators Ron Johnson and Steve Daines"),
            "{found:?}"
        );
        assert_eq!(found[0].speaker_role, None);
        // With their titles; then "they", never "he".
        assert_speakers(
            "President Biden and President Thuong discussed business and economic ties. They \
             discussed cooperation in technology.",
            &[
                Some("President Biden and President Thuong"),
                Some("President Biden and President Thuong"),
            ],
        );
        assert_speakers(
            "Ellen Park and Tom Reyes said the bridge is too costly. He said it would fail.",
            &[Some("Ellen Park and Tom Reyes"), Some("Tom Reyes")],
        );
        // The one speaking speaks; the last two of a list are not the list.
        let found = quotes("Jill and I believe that the nation has a sacred obligation.");
        assert_ne!(found[0].1.as_deref(), Some("Jill and I"), "{found:?}");
        let found = quotes(
            "The firm has bought 136,300 shares of the company, Spear, Leeds and Kellogg said.",
        );
        assert!(
            found
                .iter()
                .all(|q| q.1.as_deref() != Some("Leeds and Kellogg")),
            "{found:?}"
        );
        // A time before the comma is no list's name.
        assert_speakers(
            "The talks will resume in March, President Biden and President Yoon said.",
            &[Some("President Biden and President Yoon")],
        );
    }

    #[test]
    fn a_partial_quote_belongs_to_its_reported_clause() {
        let text = "Comey said that while her aides had been careless, “no reasonable prosecutor would bring” the case.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("while her aides"));
        assert!(
            found[0].2,
            "a clause holding a quote of its own words is direct"
        );
        assert_eq!(found[0].1.as_deref(), Some("Comey"));
    }

    #[test]
    fn adverbs_may_stand_between_speaker_and_cue() {
        let found = quotes("Mrs. Clinton often says she is not running for a third term.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "she is not running for a third term");
        assert_eq!(found[0].1.as_deref(), Some("Clinton"));
    }

    #[test]
    fn a_group_or_a_share_of_one_is_a_source() {
        let found = quotes("Among Trump voters, 22 percent said they might change their mind.");
        assert_eq!(found[0].1.as_deref(), Some("22 percent"), "{found:?}");
        assert_eq!(found[0].0, "they might change their mind");
        let found = quotes("GOP analysts say the nominee will have to win over moderates.");
        assert_eq!(found[0].1.as_deref(), Some("GOP analysts"), "{found:?}");
    }

    #[test]
    fn a_relative_pronoun_speaks_for_the_name_before_it() {
        let text = "Charles Barkley, who said he usually votes Democratic, said one candidate he \
                    likes is John Kasich.";
        let found = extract(text).quotes;
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].quote, "he usually votes Democratic");
        // The mention is the pronoun, where the clause's subject stands; the name is its own.
        assert_eq!(found[0].speaker.as_deref(), Some("Charles Barkley"));
        assert_eq!(
            &text[found[0].speaker_spans[0][0]..found[0].speaker_spans[0][1]],
            "who"
        );
        assert_eq!(found[1].quote, "one candidate he likes is John Kasich");
        assert_eq!(found[1].speaker.as_deref(), Some("Charles Barkley"));
    }

    #[test]
    fn a_relative_pronoun_with_no_comma_speaks_for_a_person_or_a_determined_source() {
        let text = "Among them was this tweet from Rikkie Wells who tweeted, “U see the staff \
                    are laughing at the whole country.”";
        let found = extract(text).quotes;
        // The old quote had no speaker.
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Rikkie Wells"));
        assert_eq!(
            &text[found[0].speaker_spans[0][0]..found[0].speaker_spans[0][1]],
            "who"
        );
        // "a man who" was the speaker.
        let found = quotes("Police questioned a man who said the car had been stolen.");
        let stolen = found.iter().find(|q| q.0 == "the car had been stolen");
        assert_eq!(
            stolen.and_then(|q| q.1.as_deref()),
            Some("a man"),
            "{found:?}"
        );
        // A group that the relative clause defines is no speaker.
        assert_speakers("Critics who say the plan will fail were proved wrong.", &[]);
    }

    #[test]
    fn a_second_verb_shares_the_subject() {
        let found = quotes(
            "Kellyanne Conway rejected the idea of a shake-up and said that Paul Manafort was not \
             being diminished.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "the idea of a shake-up");
        assert_eq!(found[1].0, "Paul Manafort was not being diminished");
        assert_eq!(found[1].1.as_deref(), Some("Kellyanne Conway"));
    }

    #[test]
    fn stance_verbs_report_their_object_but_not_as_nouns() {
        let found = quotes("The survey showed a one-point difference between the candidates.");
        assert_eq!(found[0].0, "a one-point difference between the candidates");
        assert_eq!(found[0].1.as_deref(), Some("the survey"), "{found:?}");
        let found = quotes("Bush described his leadership skills as a work in progress.");
        assert_eq!(
            found[0].0, "his leadership skills as a work in progress",
            "{found:?}"
        );
        // A noun before a comma is no verb.
        assert!(quotes("She joined the talk show, which airs on Sundays in New York.").is_empty());
    }

    #[test]
    fn reported_speech_quoting_a_phrase_is_direct_but_not_a_term() {
        let found = quotes("Clinton decried the GOP for “turning its back” on working families.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2, "{found:?}");
        let found = quotes("The Pentagon said the talks covered what is known as “deconfliction” in military parlance.");
        assert!(!found[0].2, "{found:?}");
    }

    #[test]
    fn a_closing_according_to_takes_the_words_before_it() {
        let found = quotes(
            "Sanders trails Clinton in California by 4 percentage points, according to \
             HuffPost Pollster’s polling average.",
        );
        assert_eq!(
            found[0].0,
            "Sanders trails Clinton in California by 4 percentage points"
        );
        assert_eq!(
            found[0].1.as_deref(),
            Some("HuffPost Pollster’s polling average")
        );
        // An appositive after the source is no content.
        let found = quotes(
            "Almost 200 bills were introduced in three dozen states, according to the Human \
             Rights Campaign, an advocacy group.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "Almost 200 bills were introduced in three dozen states"
        );
        // Nor is a participle's clause after it.
        let found = quotes(
            "Most voters approved the proposal, according to the Bangor Daily News, making \
             the state the first to expand Medicaid.",
        );
        assert_eq!(
            found[0].1.as_deref(),
            Some("Bangor Daily News"),
            "{found:?}"
        );
    }

    #[test]
    fn a_verb_and_its_particle_report_what_follows() {
        let found = quotes("The Vermont senator declined to comment.");
        assert_eq!(found[0].0, "to comment", "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("the Vermont senator"));
        let found = quotes("Donald Trump joked about Jewish stereotypes at the forum.");
        assert_eq!(found[0].0, "Jewish stereotypes at the forum", "{found:?}");
        let found = quotes("Sanders called on superdelegates to back the will of the voters.");
        assert_eq!(
            found[0].0, "superdelegates to back the will of the voters",
            "{found:?}"
        );
        // Without its particle the verb reports nothing.
        assert!(quotes("Turnout declined sharply in the last two elections.").is_empty());
        let found = quotes("Some vowed to be tougher on illegal immigration.");
        assert_eq!(found[0].1.as_deref(), Some("Some"), "{found:?}");
    }

    #[test]
    fn questions_and_expectations_are_attributions_with_no_source() {
        let found = quotes(
            "Asked whether the campaign had been hard, Mr. Daley said it was hard for Biden.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "whether the campaign had been hard");
        assert_eq!(found[0].1, None);
        assert_eq!(found[1].1.as_deref(), Some("Daley"));
        // With the answer set off after it, the question is still no words of the speaker.
        let found = quotes(
            "Asked whether he would encourage his voters to pick Republicans, Johnson demurred.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "whether he would encourage his voters to pick Republicans"
        );
        assert_eq!(found[0].1, None);
        // The agent of "asked by" asked the question.
        let found = quotes(
            "Asked by a reporter whether he would run again, Smith said he had not decided.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "whether he would run again");
        assert_eq!(found[0].1.as_deref(), Some("a reporter"));
        assert_eq!(found[1].1.as_deref(), Some("Smith"));
        let found = quotes(
            "When asked by Ingraham on Thursday about foreign workers, Cruz said he opposed it.",
        );
        assert_eq!(found[0].0, "about foreign workers", "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Ingraham"));
        let found = quotes("Obama is expected to join Clinton on the campaign trail soon.");
        assert_eq!(
            found[0].0,
            "Obama is expected to join Clinton on the campaign trail soon"
        );
        assert_eq!(found[0].1, None);
        // Appearing somewhere is no stance.
        assert!(quotes("Trump appeared on Fox News on Sunday morning.").is_empty());
        let found = quotes("Trump reportedly dislikes the idea of a brokered convention.");
        assert_eq!(
            found[0].0,
            "Trump reportedly dislikes the idea of a brokered convention"
        );
        assert_eq!(found[0].1, None);
    }

    #[test]
    fn a_naming_verb_attributes_its_object_and_a_word_in_marks() {
        let found =
            quotes("The day after the primary, Doug Ducey called the long lines “unacceptable.”");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "the long lines “unacceptable.");
        assert_eq!(found[0].1.as_deref(), Some("Doug Ducey"));
        assert!(found[0].2);
        // A word in marks with no naming verb before it and no cue after it is a term.
        assert!(quotes("The talks covered “deconfliction.” The call lasted an hour.").is_empty());
    }

    #[test]
    fn a_headline_source_before_a_colon_and_a_poll_at_the_end() {
        let found =
            quotes("Intro.\n\nClinton camp: Trump’s rhetoric threatens national security.\n");
        assert_eq!(
            found[0].0, "Trump’s rhetoric threatens national security",
            "{found:?}"
        );
        assert_eq!(found[0].1.as_deref(), Some("Clinton camp"));
        // A time is no source.
        assert!(quotes("At 10:30 the hall was empty and the lights were off.").is_empty());
        let found = quotes(
            "Just 18 percent of Hispanic voters view Trump favorably in a new Washington Post \
             poll.",
        );
        assert_eq!(
            found[0].0,
            "Just 18 percent of Hispanic voters view Trump favorably"
        );
        assert_eq!(found[0].1.as_deref(), Some("a new Washington Post poll"));
    }

    #[test]
    fn a_headline_source_stands_before_a_preposition() {
        assert_speakers(
            "Obama on Climate Change: The Trends Are Terrifying.\n\nMore than health care.",
            &[Some("Obama")],
        );
        assert_speakers(
            "CNN President On Trump: We Do Not Pay Candidates To Appear At Debates.\n\nText.",
            &[Some("CNN President")],
        );
        // Not in a head in capitals.
        assert_speakers(
            "Intro.\n\nRETURN TO ACCOUNTABILITY: The President restores the rules agencies \
             follow.\n",
            &[Some("RETURN TO ACCOUNTABILITY")],
        );
    }

    #[test]
    fn a_described_source_after_the_cue_may_end_in_a_capital() {
        let found =
            quotes("“It’s Bernie’s to lose at this point,” added another New Hampshire Democrat.");
        assert_eq!(
            found[0].1.as_deref(),
            Some("another New Hampshire Democrat"),
            "{found:?}"
        );
    }

    #[test]
    fn possessive_sources_parenthetical_cues_and_bare_participles() {
        let found = quotes("O’Malley’s campaign says it will shift staff to the early states.");
        assert_eq!(
            found[0].1.as_deref(),
            Some("O’Malley’s campaign"),
            "{found:?}"
        );
        let found = quotes("This campaign, he says, is different from any other.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "This campaign, he says, is different from any other"
        );
        let found = quotes(
            "Carly Fiorina compared Trump to Hillary Clinton, saying they are both part of the system.",
        );
        assert_eq!(found[0].0, "they are both part of the system", "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Carly Fiorina"));
    }

    #[test]
    fn adverbs_in_ly_after_a_name_and_sources_that_open_a_clause() {
        let found = quotes("Ted Cruz gingerly said that was an assessment for the voters.");
        assert_eq!(found[0].1.as_deref(), Some("Ted Cruz"), "{found:?}");
        // "in a statement" after the cue is no source.
        let found = quotes(
            "“North Korea is run by a lunatic,” the Florida senator and Republican candidate said \
             in a statement.",
        );
        assert_ne!(found[0].1.as_deref(), Some("a statement"), "{found:?}");
        let found = quotes(
            "Among Trump voters, 74 percent said they are set on voting for him, while 22 percent \
             said they might change their mind.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1.as_deref(), Some("22 percent"));
        assert_eq!(found[1].0, "they might change their mind");
    }

    #[test]
    fn gerund_content_listeners_and_long_described_sources() {
        let found = quotes("But Goff said succeeding in 2016 is far more challenging.");
        assert_eq!(
            found[0].0, "succeeding in 2016 is far more challenging",
            "{found:?}"
        );
        // A listener and a place are no content.
        let found = quotes("“We will win this state,” Trump told supporters at a rally in Ohio.");
        assert_eq!(found.len(), 1, "{found:?}");
        let found = quotes("The former secretary of state has said she would not raise taxes.");
        assert_eq!(
            found[0].1.as_deref(),
            Some("the former secretary of state"),
            "{found:?}"
        );
    }

    #[test]
    fn an_appositive_name_speaks_and_the_listener_never_does() {
        let found =
            quotes("Rubio’s campaign manager, Terry Sullivan, said the senator would stay in.");
        assert_eq!(found[0].1.as_deref(), Some("Terry Sullivan"), "{found:?}");
        let found = quotes(
            "The group’s president, John Smith, told The Post that the ads would run in five \
             states.",
        );
        assert_eq!(found[0].1.as_deref(), Some("John Smith"), "{found:?}");
        assert_eq!(found[0].0, "the ads would run in five states");
        let found =
            quotes("In response, Trump assured voters he’d force Mexico to pay for the wall.");
        assert_eq!(
            found[0].0, "he’d force Mexico to pay for the wall",
            "{found:?}"
        );
        // A listener before "against" stays part of the content.
        let found = quotes("Kasich warned voters against the politics of fear and anger.");
        assert_eq!(
            found[0].0, "voters against the politics of fear and anger",
            "{found:?}"
        );
    }

    #[test]
    fn an_outlet_reporting_is_not_a_speaker() {
        // "has learned" and "reported" are the outlet's reporting, not anyone's words.
        assert!(
            quotes("NPR has learned that four Russian attack aircraft have landed in Syria.")
                .is_empty()
        );
        assert!(
            quotes("Reuters reported that the talks in Geneva had failed on Monday.").is_empty()
        );
        // The words it prints in marks are its own.
        let found = quotes("“The emails were largely sent in 2012 and 2013,” CBS News reported.");
        assert_eq!(found[0].1.as_deref(), Some("CBS News"), "{found:?}");
        // The person the outlet quotes is.
        let found = quotes("Sergei Lavrov told Reuters that the talks in Geneva had failed.");
        assert_eq!(found[0].1.as_deref(), Some("Sergei Lavrov"), "{found:?}");
        assert_eq!(found[0].0, "the talks in Geneva had failed");
    }

    #[test]
    fn reported_speech_needs_content_not_an_object() {
        assert!(
            quotes("China and Russia have pledged funds toward the cost of reconstruction.")
                .is_empty()
        );
        let found = quotes("Russia pledged that it would pay for the reconstruction of Aleppo.");
        assert_eq!(found[0].1.as_deref(), Some("Russia"), "{found:?}");
        let found = quotes("According to Sufianov, the Olympiad shows young people the way up.");
        assert_eq!(found[0].0, "the Olympiad shows young people the way up");
        assert_eq!(found[0].1.as_deref(), Some("Sufianov"));
    }

    #[test]
    fn a_described_person_before_who_is_the_name_before_the_description() {
        assert_speakers(
            "In the Oval Office, I keep a bust of Cesar Chavez, one of my heroes, who once said: \
             “Our ambitions must be broad enough to include the aspirations of others.” The \
             two were acquaintances, said Jeremy Hodges, a state police spokesman, who declined \
             to say what led to the incident.",
            // (He declined to say: a refusal is attributed too.)
            &[
                Some("Cesar Chavez"),
                Some("Jeremy Hodges"),
                Some("Jeremy Hodges"),
            ],
        );
    }

    #[test]
    fn a_federal_body_speaks_under_one_name() {
        assert_speakers(
            "The Justice Department said it would appeal the ruling. The ruling was wrong, \
             the DOJ said.",
            &[Some("Department of Justice"), Some("Department of Justice")],
        );
    }

    #[test]
    fn he_is_never_a_group() {
        let found = quotes(
            "FRANKFURT, March 3 - Dealers said the dollar would fall further this week. \"It \
             will go lower before the Bundesbank acts,\" he said. Delors said the meeting \
             would go ahead. \"We will meet in Paris,\" he said.",
        );
        let speakers: Vec<Option<&str>> = found.iter().map(|q| q.1.as_deref()).collect();
        assert!(!speakers[1..].contains(&Some("Dealers")), "{found:?}");
        assert_eq!(speakers.last(), Some(&Some("Delors")), "{found:?}");
    }

    #[test]
    fn a_question_reports_no_one() {
        // A reporter's question about what someone believes or said is no quote of them; the
        // answer's report is.
        let found = quotes(
            "Q Does President Biden believe that the Crown Prince was responsible for the \
             death? And what did he tell the King about the “shameful” killing?\n\
             Biden said that the Crown Prince was responsible for the death.",
        );
        let speakers: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|q| (q.0.as_str(), q.1.as_deref()))
            .collect();
        assert_eq!(
            speakers,
            [(
                "the Crown Prince was responsible for the death",
                Some("Joe Biden")
            )]
        );
    }

    #[test]
    fn a_named_subject_quoting_a_few_words_is_a_partial_quote() {
        let found = quotes("Senator Ted Cruz questioned Trump's “New York values” at the debate.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Trump's “New York values” at the debate");
        assert_eq!(found[0].1.as_deref(), Some("Ted Cruz"));
        // Scare quotes with no named subject are nobody's quote.
        assert!(quotes("The so-called “at-large” delegates meet on Monday.").is_empty());
        // Nor words after a name that runs on in a preposition or a conjunction.
        for text in [
            "White House Chief of Staff John Kelly’s comment that the U.S. Civil War was \
             sparked by a lack of “compromise” drew criticism.",
            "The Treasury Department and the Internal Revenue Service are proposing to \
             eliminate the “family glitch.”",
        ] {
            assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
        }
    }

    #[test]
    fn speakers_with_parentheses_lower_case_titles_and_long_appositives() {
        let found = quotes("Governor Mary Fallin (R-OK) said the party is “trying to campaign as a racial healer.”");
        assert_eq!(found[0].1.as_deref(), Some("Mary Fallin"), "{found:?}");
        let found = quotes("“The first line of defense is within the community,” said former secretary of state Hillary Clinton.");
        assert_eq!(found[0].1.as_deref(), Some("Hillary Clinton"), "{found:?}");
        let found = quotes("“They expect us to know this,” Terrie Rizzo, the Democratic chair of Florida’s Palm Beach County, said of the Clintons.");
        assert_eq!(found.len(), 1, "'said of' opens no content: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Terrie Rizzo"), "{found:?}");
    }

    #[test]
    fn clause_openers_are_no_part_of_a_speaker_name() {
        let text = "Among Trump voters, most were decided.\n\nTrump, who spoke in Ohio on Monday, said the trade deal was a disaster for workers.";
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Trump"));
        let found = quotes("Although Reynolds said the deal was dead, talks went on for weeks.");
        assert_eq!(found[0].1.as_deref(), Some("Reynolds"), "{found:?}");
        // The name after a participle cue is the content's subject, not a speaker.
        let found = quotes("The attorney general is suing Trump for $40 million, claiming Trump University is a fraud.");
        assert!(
            found
                .iter()
                .all(|q| q.1.as_deref() != Some("Trump University")),
            "{found:?}"
        );
    }

    #[test]
    fn sources_with_post_modifiers_and_pronouns_inside_their_clause() {
        let found = quotes("A source familiar with the investigation said the intruders were seeking “economic intelligence.”");
        assert_eq!(
            found[0].1.as_deref(),
            Some("a source familiar with the investigation")
        );
        // The partial quote belongs to the clause: the "he" inside is the speaker again.
        let found = quotes("Sanders spoke on Monday. He says he believes his campaign has “the wind at its back” heading to the contests.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("he believes"), "{found:?}");
        // "D-N.Y." is one token, not the end of a sentence.
        let found =
            quotes("Gregory Meeks (D-N.Y.) said everyone would come together after the vote.");
        assert_eq!(found[0].1.as_deref(), Some("Gregory Meeks"), "{found:?}");
        // "of the" inside an organisation's name.
        let found =
            quotes("The United States and the Department of the Treasury said the bank was fine.");
        assert_eq!(found[0].1.as_deref(), Some("Department of the Treasury"));
        // The head before "for" or "of" speaks, not the body after it.
        let found = quotes("“Why not?” a spokesman for the campaign said. A member of the family said they were glad.");
        assert_eq!(found[0].1.as_deref(), Some("a spokesman for the campaign"));
        assert_eq!(found[1].1.as_deref(), Some("a member of the family"));
        // A first person's relative is a source as written.
        let found = quotes("He grew up poor. “We live in Satan's kingdom,” my father often said.");
        assert_eq!(found[0].1.as_deref(), Some("my father"), "{found:?}");
    }

    #[test]
    fn a_sentence_may_hold_two_speakers_and_appositives_hold_commas() {
        let found = quotes("Clinton said the plan would fail, but Sanders argued that it would work for most families.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "the plan would fail");
        assert_eq!(found[1].1.as_deref(), Some("Sanders"));
        let found = quotes("Ramil Carr, 31, a Philadelphia freelance photographer, said the convention was the perfect opportunity.");
        assert_eq!(found[0].1.as_deref(), Some("Ramil Carr"), "{found:?}");
        let found = quotes("Hemsley, the co-author of “Going Viral,” about the spread of information, said the days of one story are gone.");
        assert_eq!(found[0].1.as_deref(), Some("Hemsley"), "{found:?}");
    }

    #[test]
    fn sources_lose_trailing_times_and_adverbs_and_contractions_never_speak() {
        let found =
            extract("The bill passed, the Senate just said in a statement on its website.").quotes;
        assert_eq!(found[0].speaker.as_deref(), Some("the Senate"), "{found:?}");
        assert_eq!(found[0].speaker_spans, [[17, 27]]);
        let found = quotes("“We are not done with this at all,” They’re said.");
        assert_eq!(found[0].1, None, "{found:?}");
    }

    #[test]
    fn naming_verbs_attribute_only_the_quote_after_them() {
        let found = quotes("Later, Trump called Haley “very weak on immigration.”");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Trump"));
        // Without marks, "called" reports nothing.
        assert!(
            quotes("The governor called the legislature back into session on Monday.").is_empty()
        );
    }

    #[test]
    fn a_quote_introduced_by_the_sentence_before_gets_its_subject() {
        let text = "Hillary Clinton touted her record on labour. “We need to support workers who want a union.”";
        let found = quotes(text);
        assert_eq!(found[0].1.as_deref(), Some("Hillary Clinton"), "{found:?}");
        let text = "She then addressed the crowd again: “Here is what I regret most of all.”";
        assert_eq!(
            quotes(text)[0].1,
            None,
            "a pronoun with no one named stays unresolved"
        );
    }

    #[test]
    fn a_participle_cue_takes_an_earlier_cue_of_its_own_sentence_only() {
        assert_speakers(
            "Senator Kirsten Gillibrand said Franken should resign. Senate Republican leader \
             Mitch McConnell joined the groundswell against Franken, saying in a statement, “I do \
             not believe he can effectively serve the people of Minnesota.”",
            &[Some("Kirsten Gillibrand"), Some("Mitch McConnell")],
        );
        assert_speakers(
            "The ban’s challengers said the memo contradicted the claim. The Justice Department \
             disagreed, telling the court on Wednesday that “all this memorandum shows is that \
             the military is scrambling to comply with the injunction.”",
            &[Some("the ban’s challengers"), Some("Department of Justice")],
        );
    }

    #[test]
    fn asking_is_a_cue_but_not_before_a_reflexive() {
        assert_speakers(
            "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you \
             might ask?”",
            &[Some("Hillary Clinton")],
        );
        // "asking yourself" opens no clause of reported speech of its own.
        let found = quotes(
            "Kevin McKinley suggested looking at the things on your statement and asking \
             yourself this: Would I rather help my kid go to college?",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Kevin McKinley"), "{found:?}");
    }

    #[test]
    fn a_source_may_end_in_a_noun_of_two_letters_after_a_name() {
        assert_speakers(
            "“So why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks.",
            &[Some("a narrator")],
        );
        // A pronoun of two letters is no such noun.
        assert_never_speaker(
            "Yeah. One of the things we want to emphasize is that there is not a direct linear \
             correlation between the level of antibody and the degree of protection.",
            "One of the things we",
        );
    }

    #[test]
    fn a_described_source_may_open_with_a_possessive_noun() {
        // Before the verb after a quote, and after it.
        assert_speakers(
            "“If he thinks that makes him smart,” the ad’s narrator says. “What does he think of \
             you?”",
            &[Some("the ad’s narrator")],
        );
        assert_speakers(
            "“We think we’re at the end now, in terms of bidding,” said the firm’s arbitrageur.",
            &[Some("the firm’s arbitrageur")],
        );
        // Inside a longer phrase, the possessive noun is not the source.
        assert_never_speaker(
            "For California, the deficit will be $1 billion, according to H.D. Palmer, a \
             spokesman for the state’s finance department.",
            "the state’s finance department",
        );
    }

    #[test]
    fn a_clause_ending_in_a_colon_introduces_the_quote_after_its_opening_phrase() {
        // A described subject, after an opening phrase set off by a comma, and a quote opened
        // by two apostrophes.
        assert_speakers(
            "In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice \
             celebrated the attacks on Twitter: ''California, we have already arrived with our \
             soldiers.''",
            &[Some("a familiar voice")],
        );
        // A name after a date that opens the sentence; the quote a paragraph of its own.
        assert_speakers(
            "Bernie Sanders spoke in Ohio.\n\nOn July 6, 2015, Sanders made the following \
             comment:\n\n“For young people who have graduated high school, the unemployment rate \
             is 33 percent.”",
            &[Some("Bernie Sanders")],
        );
        // After a dash.
        assert_speakers(
            "If we lived in normal times -- with perspective and some minimal grounding in \
             history -- a reader would now ask: ''WHAT? Larry King and Ed Schultz are on a \
             Russian state-financed television outlet?''",
            &[Some("a reader")],
        );
        // A comma inside a name opens no clause.
        assert_never_speaker(
            "Secretary of Health Robert F. Kennedy, Jr.: “The first 100 days of the \
             administration have delivered historic change.”",
            "Jr.",
        );
        // Nor a comma before a place, or in parentheses.
        assert_never_speaker(
            "“It is not the Fed’s job to stop people from losing money.” - January 2017 speech to \
             American Finance Association, Chicago (Graphic: U.S. stocks and leverage) On \
             Regulation: “We have substantially increased the capital, liquidity, and resilience \
             of banks.”",
            "Chicago",
        );
        assert_never_speaker(
            "“We will do it in Charlie’s name.” (Watch, Watch) White House Deputy Chief of Staff \
             Taylor Budowich: “Before Wednesday, Charlie Kirk was a young man inspiring you.”",
            "Watch",
        );
    }

    #[test]
    fn a_name_after_a_dash_under_a_quote_paragraph_is_its_speaker() {
        assert_speakers(
            "Readers wrote in.\n“He represents our greatest shame for all of us.” ― Sonya Herridge\n\
             “He is ignorant of our culture and our lives.”― Pamela Padilla\u{a0}\n\
             \"Boeing and GE and other multinationals pay zero taxes.\"\n\n- Bernie Sanders, Vermont.",
            &[Some("Sonya Herridge"), Some("Pamela Padilla"), Some("Bernie Sanders")],
        );
        // Within running text a dash after a quote goes on with the sentence.
        assert_speakers(
            "Jane Doe spoke. He called the plan “dead on arrival in the Senate” — Chuck Schumer, too.",
            &[None],
        );
    }

    #[test]
    fn a_party_label_after_a_comma_and_a_listener_with_a_possessive() {
        assert_speakers(
            "\"So let me make it perfectly clear,\" Senate Majority Leader Mitch McConnell, R-Ky., \
             said. \"That is not the view of Republicans.\"",
            &[Some("Mitch McConnell")],
        );
        // The listener is no quote, and the quote paragraph after the attribution's
        // paragraph goes on with its speaker.
        let text = "“Americans use the word line, not queue,” Mr Farage told BBC Radio Four’s \
                    Any Questions.\n“Therefore he was doing the bidding of Cameron.”\n\
                    “This is shameful,” said Jane Roe.\nBoris Johnson disagreed.\n\
                    “We will see what happens in the end.”";
        assert_speakers(
            text,
            &[
                Some("Farage"),
                Some("Farage"),
                Some("Jane Roe"),
                Some("Boris Johnson"),
            ],
        );
    }

    #[test]
    fn verbs_of_speaking_in_their_present_and_participle_forms() {
        assert_speakers(
            "“I'm a voter, and I vote every time,” declares Stephanie Acs, 27, a Navy veteran.\n\
             The crowd kept shouting, “Lock her up, lock her up!”",
            &[Some("Stephanie Acs"), Some("the crowd")],
        );
    }

    #[test]
    fn a_time_or_place_between_subject_and_cue_is_no_source() {
        assert_speakers(
            "Donald Trump at the time said he would pay the legal fees of “my people” in full.",
            &[Some("Donald Trump")],
        );
        // "after" opens a clause with a subject of its own.
        assert_speakers(
            "A judge fined him after the man had posted that refugees should “burn alive” soon.",
            &[Some("the man")],
        );
    }

    #[test]
    fn datelines_places_after_of_and_titled_appositives_never_speak() {
        assert_speakers(
            "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack and \
             said it is “a bad joke” by others.",
            &[Some("Chuck Grassley"), Some("Chuck Grassley")],
        );
        assert_speakers(
            "Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both \
             of them. Cory James, 22, of Flint, Mich., said he had not given up hope.",
            &[Some("Lee Zeldin"), Some("Cory James")],
        );
        assert_speakers(
            "In the primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a wagon.”",
            &[Some("John Kasich")],
        );
    }

    #[test]
    fn possessive_names_and_went_on_after_a_quote() {
        assert_speakers(
            "Later, The Blaze’s Matt Walsh defended a blacklist, saying it is necessary to \
             “identify the traitors and remember their names.”\n\
             “It would end all the kinds of health care we know,” Walsh went on.",
            &[Some("Matt Walsh"), Some("Matt Walsh")],
        );
    }

    #[test]
    fn a_statement_issued_speaks_for_who_issued_it() {
        assert_speakers(
            "The town released a statement Wednesday saying Trump’s comments “are based on his \
             opinion, not actual facts,” and welcomed him.\nHis office put out a statement \
             saying the U.S. “does not have the capacity to properly vet every refugee.”",
            &[Some("the town"), Some("His office")],
        );
    }

    #[test]
    fn a_name_as_a_label_before_a_colon_and_points_out() {
        assert_speakers(
            "But polls did predict the caucus - Philip Bump: “Two weeks ago, his strongest \
             territory had been the South.”\nRep. Trey Gowdy (R-S.C.): \"I have not heard anyone \
             other than you ever cite that figure.\"\nWait, it gets better: “By law, the \
             president sets the maximum number of refugees.”",
            &[Some("Philip Bump"), Some("Trey Gowdy"), None],
        );
        assert_speakers(
            "“Voters consistently reject establishment Republicans,” Brent Bozell points out.",
            &[Some("Brent Bozell")],
        );
        // Role words in lower case before a full name: the person, with the role.
        assert_speakers_and_roles(
            "Here is what they are saying:\n\
             Retired auto worker Brian Pannebecker: “To see those plants close was hard.”\n\
             NewsNation host Katie Pavlich: “Absolutely remarkable. Well done.”\n\
             Here is what the mayor said: “We will rebuild.”",
            &[
                (Some("Brian Pannebecker"), Some("Retired auto worker")),
                (Some("Katie Pavlich"), Some("NewsNation host")),
                (Some("the mayor"), None),
            ],
        );
        // A label of capitals joined by prepositions: the person it ends with, else the body
        // whole; a statement's holder.
        assert_speakers_and_roles(
            "Here is what they are saying:\n\
             Airlines for America President and CEO Chris Sununu: “We congratulate him on his \
             confirmation today.”\n\
             Southern Alliance for Clean Energy: “Low-income communities are closer to relief.”\n\
             Former Co-Counsel of Todd Blanche: “We have seen him when the odds were longest.”\n\
             Statement from the Vice President: “Every year, dealers sell thousands of guns.”",
            &[
                (
                    Some("Chris Sununu"),
                    Some("Airlines for America President and CEO"),
                ),
                (Some("Southern Alliance for Clean Energy"), None),
                (Some("Former Co-Counsel of Todd Blanche"), None),
                (Some("the Vice President"), None),
            ],
        );
    }

    #[test]
    fn a_quote_after_reported_speech_behind_openers_keeps_its_speaker() {
        assert_speakers(
            "Then, in 2017, John Kerry said that 100,000 would be accepted.\n\
             \"That adds up to 185,000 over two years. But this would be the total number.\"",
            &[Some("John Kerry"), Some("John Kerry")],
        );
    }

    #[test]
    fn role_words_before_a_full_name_of_the_article_and_no_opener_as_role() {
        assert_speakers_and_roles(
            "Alejandro Mayorkas visited the border.\nSecretary of Homeland Security \
                 Alejandro Mayorkas said on Monday that the border was secure. But Warren said \
                 the plan would fail in the Senate.",
            &[
                (
                    Some("Alejandro Mayorkas"),
                    Some("Secretary of Homeland Security"),
                ),
                (Some("Warren"), None),
            ],
        );
    }

    #[test]
    fn a_speaker_written_as_an_alias_takes_its_canonical_name() {
        assert_speakers(
            "The U.S. said on Monday that the talks in Geneva had failed.",
            &[Some("United States")],
        );
    }

    #[test]
    fn reflexives_stand_between_and_the_listener_after_told_never_speaks() {
        assert_speakers(
            "Ted Cruz himself said that the only way to win the state is to ask for support.\n\
             “Whichever one I’m in at the moment,” he demurred.\n\
             “North Korea is a paranoid, isolated nation,” the independent senator and candidate \
             told ABC's “Good Morning America.”",
            &[Some("Ted Cruz"), Some("Ted Cruz"), None],
        );
    }

    #[test]
    fn a_source_speaking_to_an_outlet_is_the_source() {
        assert_speakers(
            "Another intelligence source speaking to Fox News said, “The agents are looking \
             into the donations.”",
            &[Some("Another intelligence source speaking to Fox News")],
        );
    }

    #[test]
    fn a_participle_opening_the_sentence_is_an_adverbial_not_a_speaker() {
        assert_speakers(
            "Facing pressure from donors, Donald Trump changed course, saying the wall “will \
             be paid for, one way or another.”",
            &[Some("Donald Trump")],
        );
    }

    #[test]
    fn a_participle_in_ed_or_a_cue_opening_the_sentence_is_no_speaker() {
        // The quote in a paragraph of its own takes the subject of the sentence before,
        // which follows the opening participle's comma.
        assert_speakers(
            "Questioned by reporters as he left a hearing, Baker said \"no,\" adding that it \
             reflected concern about a trade war.\n\"It is what the markets think would be the \
             adverse consequences of a trade war.\"",
            &[Some("Baker"), Some("Baker")],
        );
        // A cue in capitals that opens the sentence has its subject after it.
        assert_speakers(
            "Clinton has largely ignored the issue. Said Ellis: “I don’t get the sense she’s \
             the least bit interested in tax reform.”",
            &[Some("Ellis")],
        );
        // Nor is it a role word ("Said Sen." was the role).
        assert_speakers_and_roles(
            "Sales were strong. Said Sen. Bob Corker: “That is some indication of the kind of \
             money IBM is leaving.”",
            &[(Some("Bob Corker"), Some("Sen."))],
        );
    }

    #[test]
    fn connectives_time_spans_and_any_past_tense_verb_after_a_quote() {
        // Connectives with no comma stand before the subject; a time span is an adverbial
        // and the pronoun after its comma the subject.
        assert_speakers(
            "Hillary Clinton said the war was a mistake.\n\
             Thirteen years earlier, she had voted for it from “the perspective of a senator \
             who has seen all too closely the consequences.”\n\
             And then Trump went fully on the attack, saying, “Is President Obama going to \
             finally mention the words?”",
            &[
                Some("Hillary Clinton"),
                Some("Hillary Clinton"),
                Some("Trump"),
            ],
        );
        // A past tense after the speaker ends the clause: the verb is the cue, listed or not;
        // not when its comma introduces a quote of its own.
        assert_speakers(
            "“Is that the pivot point, the one that changed him?” Beck questioned.\n\
             “France will always be France,” an angry Hollande retaliated. “It never gives \
             up.”\n\
             “What do you think of the director?” Maria Bartiromo asked.\n\
             Issa continued, “Yes. For more than 15 years I have watched them.”",
            &[
                Some("Beck"),
                Some("Hollande"),
                Some("Maria Bartiromo"),
                Some("Issa"),
            ],
        );
    }

    #[test]
    fn an_as_clause_a_colon_after_according_to_and_a_dateline_with_its_agency() {
        assert_speakers(
            "But as The Hill pointed out, “Still, Trump has so far declined to release any tax \
             returns.”\n\
             According to HuffPo: “Senator Tim Kaine has had a mixed record on abortion.”\n\
             Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump, \
             saying that “bombastic comments” do more harm than good.\n\
             “You seem to have picked a new standard out of thin air,” the two write.",
            &[
                Some("Hill"),
                Some("HuffPo"),
                Some("Hillary Clinton"),
                Some("the two"),
            ],
        );
    }

    #[test]
    fn offices_with_of_organisations_with_titles_labels_and_participles_before_are() {
        assert_speakers_and_roles(
            "Secretary of State Rex Tillerson said the plan was good.\n\
                 Secretary of Homeland Security Kirstjen Nielsen told reporters that the wall \
                 would be built.\n\
                 The Justice Department said it would appeal the ruling.\n\
                 The New Hampshire Union Leader said Rubio had been rocked by Christie.\n\
                 Ambassador to the United Nations Nikki Haley said the vote was a mistake.",
            &[
                (Some("Rex Tillerson"), Some("Secretary of State")),
                (
                    Some("Kirstjen Nielsen"),
                    Some("Secretary of Homeland Security"),
                ),
                (Some("Department of Justice"), None),
                (Some("New Hampshire Union Leader"), None),
                (
                    Some("Nikki Haley"),
                    Some("Ambassador to the United Nations"),
                ),
            ],
        );
        // An editor's label before a colon and a disclaimer report nothing.
        let found = quotes(
            "Results were mixed.\n\
             NOTE: Per share figures calculated after payment of preferred dividends.\n\
             The opinions expressed are his own and not those of the company.",
        );
        assert!(found.iter().all(|q| q.1.is_none()), "{found:?}");
    }

    #[test]
    fn the_company_is_the_first_company_the_article_names_with_its_legal_form() {
        assert_speakers(
            "ROCHESTER, N.Y., March 4 - Eastman Kodak Co said it filed a shelf registration.\n\
             It will lease two aircraft from Boeing Co and Acme Ltd, the company said.\n\
             The fund said it would sell its shares, the firm said.",
            // The firm reports what the fund said: two attributions, one inside the other.
            &[
                Some("Eastman Kodak Co"),
                Some("Eastman Kodak Co"),
                Some("Eastman Kodak Co"),
                Some("the fund"),
            ],
        );
        // No company named with its legal form: the words as written.
        assert_speakers(
            "Sales of its shoes rose in March, the company said.",
            &[Some("the company")],
        );
    }

    #[test]
    fn a_place_in_a_phrase_after_the_subject_is_no_speaker() {
        assert_speakers(
            "Republican lawmakers in Washington had demanded that the bill be withdrawn.\n\
             Voters in Ohio said they would back him.",
            &[Some("Republican lawmakers"), Some("Voters")],
        );
    }

    #[test]
    fn datelines_in_capitals_groups_of_a_nationality_and_organisations_with_of() {
        assert_speakers(
            "NEW YORK (Reuters) - Haitian immigrants on Tuesday decried the decision, saying it \
             would tear families apart.\n\
             LONDON, March 2 - The Bank of England said it forecast a shortage of money.",
            &[Some("Haitian immigrants"), Some("Bank of England")],
        );
        // The dateline is no part of the content.
        let found = quotes(
            "NEW YORK, Feb 26 - Torchmark Corp is raising 200 mln dlrs through an offering, the \
             company said.",
        );
        assert!(
            found[0].0.starts_with("Torchmark Corp is raising"),
            "{found:?}"
        );
    }

    #[test]
    fn the_holder_of_an_office_the_article_named_speaks_for_it() {
        assert_speakers_and_roles(
            "White House spokesman Sean Spicer said the meeting went well. The spokesman added \
             that more talks were planned.\n\
             Defense Secretary Jim Mattis visited the base. The secretary said troops would stay.\n\
             Vice President Mike Pence said the vote would come soon. The president said taxes \
             would fall.",
            &[
                (Some("Sean Spicer"), Some("White House spokesman")),
                (Some("Sean Spicer"), Some("White House spokesman")),
                (Some("Jim Mattis"), Some("Secretary")),
                (Some("Mike Pence"), Some("Vice President")),
                (Some("the president"), None),
            ],
        );
    }

    #[test]
    fn a_long_opening_adverbial_and_a_dateline_after_a_horizontal_bar() {
        assert_speakers(
            "WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims \
             from entering the United States, Hillary Clinton rallied supporters, saying: “We \
             have to be ready to stop him.”\n\
             WASHINGTON ― This spring, as he was becoming chairman of the campaign, Paul \
             Manafort told friends: “The criticism is a badge of honor.”",
            &[Some("Hillary Clinton"), Some("Paul Manafort")],
        );
    }

    #[test]
    fn what_follows_a_participle_after_a_quote_is_no_speaker() {
        assert_never_speaker(
            "The criticism was a “badge of honor,” saying it showed his work mattered.",
            "his work mattered",
        );
    }

    #[test]
    fn roles_stop_at_relative_pronouns_dashes_numbers_and_adverbials() {
        assert_speakers_and_roles(
            "The bill passed, which President Donald Trump said was a victory.\n\
             NEW YORK, March 4 - Acme Corp said it would sell its shares.\n\
             RealClearPolitics’ David Byler said the delegates will have several chances to \
             change the rules.",
            &[
                (Some("Donald Trump"), Some("President")),
                (Some("Acme Corp"), None),
                (Some("David Byler"), Some("RealClearPolitics’")),
            ],
        );
    }

    #[test]
    fn a_body_s_role_before_a_name_after_the_cue_is_the_name_s_role() {
        assert_speakers_and_roles(
            "“The market is moving fast,” said Future Computing analyst Joe Cross.\n\
             “Demand has peaked,” said Waseda University professor Mitsuru Uchida.",
            &[
                (Some("Joe Cross"), Some("Future Computing analyst")),
                (Some("Mitsuru Uchida"), Some("Waseda University professor")),
            ],
        );
    }

    #[test]
    fn particles_go_on_with_the_name_after_and_before_the_cue() {
        assert_speakers_and_roles(
            "“We will act,” said Ursula von der Leyen.\n\
             “Peace is possible,” said Bashar al-Assad.\n\
             Bashar al-Assad said the war was over.\n\
             “It is bigger than ever,” said Barclays de Zoete Wedd analyst Rick May.",
            &[
                (Some("Ursula von der Leyen"), None),
                (Some("Bashar al-Assad"), None),
                (Some("Bashar al-Assad"), None),
                (Some("Rick May"), Some("Barclays de Zoete Wedd analyst")),
            ],
        );
    }

    #[test]
    fn a_possessive_and_and_inside_a_company_name() {
        assert_speakers(
            "NEW YORK, March 2 - Standard and Poor's Corp said it upgraded the debt.\n\
             Moody's Investors Service Inc said it lowered the rating.\n\
             S and P said PACCAR has experienced earnings weakness.\n\
             LONDON, March 2 - Sony (U.K.) Ltd said it would double capacity at its Bridgend \
             factory.",
            &[
                Some("Standard and Poor's Corp"),
                Some("Moody's Investors Service Inc"),
                // The wire's short form, named as the lists name the agency.
                Some("Standard and Poor's Corp"),
                Some("Sony (U.K.) Ltd"),
            ],
        );
    }

    #[test]
    fn a_determiner_before_a_common_noun_s_phrase_is_written_in_lower_case() {
        assert_speakers(
            "The Trump administration said on Monday that talks would resume.\n\
             Talks would resume on Monday, the Trump administration said.",
            &[
                Some("the Trump administration"),
                Some("the Trump administration"),
            ],
        );
    }

    #[test]
    fn an_office_in_lower_case_with_its_of_phrase_is_a_role() {
        assert_speakers_and_roles(
            "Former US secretary of state Hillary Clinton faced controversy over her remark \
             that “there’s a special place in hell for women who don’t help each other.”\n\
             White House chief of staff Howard Baker said the president would sign the bill.\n\
             Representative Peter King of New York said the bill would hurt his constituents.",
            &[
                (
                    Some("Hillary Clinton"),
                    Some("Former US secretary of state"),
                ),
                (Some("Howard Baker"), Some("White House chief of staff")),
                (Some("Peter King"), Some("Representative")),
            ],
        );
    }

    #[test]
    fn a_title_after_a_given_name_is_a_surname_and_a_thing_called_so_has_no_speaker() {
        assert_speakers(
            "Mr. King said that he was not familiar with the rest of the programming.\n\
             Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, \
             calling him “a total stiff who would never be hired.”\n\
             A radio host has set up a website called “Cape Breton If Donald Trump Wins” that \
             pitches the island.",
            &[Some("King"), Some("Trump"), None],
        );
        // Not a title after an abbreviation: "U.S. Secretary" is no name.
        assert_never_speaker(
            "U.S. Secretary of State Rex Tillerson said on Friday that he would stay.",
            "U.S. Secretary",
        );
    }

    #[test]
    fn a_day_after_its_preposition_between_subject_and_cue_is_a_time() {
        assert_speakers_and_roles(
            "U.S. Secretary of State Rex Tillerson on Friday said that he would not leave.\n\
             Senator Bernie Sanders on Saturday criticized the accord, saying it goes “nowhere \
             near far enough.”",
            &[
                (Some("Rex Tillerson"), Some("Secretary of State")),
                (Some("Bernie Sanders"), Some("Senator")),
            ],
        );
    }

    #[test]
    fn a_name_suffix_after_a_comma_stays_with_the_name() {
        let found = quotes(
            "Iowa Disaster Declaration\n\nToday, President Joseph R. Biden, Jr. declared that a \
             major disaster exists in the State of Iowa.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Joseph R. Biden"), "{found:?}");
    }

    #[test]
    fn memo_headings_and_copulas_are_no_speakers() {
        for (text, not_a_speaker) in [
            (
                "MEMORANDUM FOR THE SECRETARY OF STATE\nSUBJECT: Delegation of Authority Under \
                 Section 7",
                "SUBJECT",
            ),
            (
                "Guidance on masks was updated on Friday.\nThe bottom line is this: Masks work, \
                 and they work best when they fit well.\nMore guidance will follow.",
                "the bottom line is this",
            ),
        ] {
            assert_never_speaker(text, not_a_speaker);
            assert!(quotes(text).iter().all(|q| q.1.is_none()), "{text}");
        }
    }

    #[test]
    fn a_contracted_pronoun_and_a_first_person_after_a_capital_are_pronouns() {
        assert_speakers(
            "“We will stay,” John Smith said on Monday. He’d said earlier that the plant \
             would stay open.",
            &[Some("John Smith"), Some("John Smith")],
        );
        assert_speakers(
            "Like I said, the plan works and the people know it.",
            &[Some("I")],
        );
        assert_never_speaker(
            "Section 202(d) of the act provides for a notice stating that the emergency \
             continues.",
            "Section",
        );
    }

    #[test]
    fn a_cue_word_after_an_article_or_a_light_verb_is_a_noun() {
        // After a light verb the cue word is the noun of its object; the verb's subject
        // speaks.
        assert_speakers(
            "Governor Ana Ruiz has often made other bold promises to lower the tax on fuel.\n\
             The governor made an unexpected call for an end to the fuel tax, calling it “a \
             burden on every family.”",
            &[Some("Ana Ruiz"), Some("Ana Ruiz")],
        );
        // An article and a participle, or a phrase that ends in a preposition or a
        // possessive, name no one.
        assert_never_speaker(
            "Officials have pushed back on the debunked claim that the dam had failed twice.",
            "the debunked",
        );
        assert_never_speaker(
            "The board has misled the public about alleged waste in the water agency.",
            "the public about",
        );
        assert_never_speaker(
            "Her aides spent the week answering a question about inconsistencies between her \
             claim that she never saw the memo and the record.",
            "a question about inconsistencies between her",
        );
    }

    #[test]
    fn reported_speech_of_a_described_source_inside_reported_speech_is_its_own() {
        assert_speakers(
            "The report found that 61 percent of teachers say their schools need more staff.",
            &[Some("the report"), Some("61 percent of teachers")],
        );
        // A share that a poll counts speaks through the poll, inside its words too.
        assert_speakers(
            "A new survey found that 61 percent of teachers say their schools need more staff.",
            &[Some("a new survey"), Some("a new survey")],
        );
    }

    #[test]
    fn a_quantifier_floating_after_its_subject_is_no_speaker() {
        assert_speakers(
            "Ellen Park and Tom Reyes have both argued that the new bridge is too costly.\n\
             The two senators will all say that the tax should be repealed next year.",
            &[Some("Ellen Park and Tom Reyes"), Some("the two senators")],
        );
        assert_speakers(
            "And both vowed that the plant would stay open.",
            &[Some("both")],
        );
    }

    #[test]
    fn a_participle_speaks_for_the_sentence_subject_or_the_phrase_after_with() {
        // Inside the content of "attacked", the participle's subject is still Lopez.
        assert_speakers(
            "Lopez attacked Grant, saying he would appoint judges who would overturn the ruling.",
            &[Some("Lopez"), Some("Lopez")],
        );
        // "with" and a noun phrase before the participle: an absolute clause.
        assert_speakers(
            "The senator gained ground in the poll, with 40 percent of voters saying they trust \
             her on taxes.",
            &[Some("40 percent of voters")],
        );
    }

    #[test]
    fn a_participle_phrase_set_off_by_commas_holds_no_speaker() {
        assert_speakers(
            "Mayor Dana Cole, speaking at a rally in Fresno, Calif., warned that the water plan \
             would fail.",
            &[Some("Dana Cole")],
        );
    }

    #[test]
    fn adverbs_may_stand_between_a_participle_and_its_comma() {
        assert_speakers(
            "Governor Ana Ruiz has voiced anger, and even a little alarm, about the coming vote, \
             recently telling one aide that she is “worried about what the board will do next.”",
            &[Some("Ana Ruiz")],
        );
    }

    #[test]
    fn a_number_after_a_name_is_no_cue() {
        assert_never_speaker(
            "On Thursday, the President signed into law:\nH.R. 4, the “Rescissions Act of \
             2025,” which rescinds certain budget authority.",
            "H.R.",
        );
    }

    #[test]
    fn the_department_is_the_department_named_before() {
        let found = quotes(
            "The Justice Department opened an inquiry on Monday. The department said it would \
             publish its findings soon. The administration said it welcomed the inquiry.",
        );
        let speakers: Vec<Option<&str>> = found.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [Some("Department of Justice"), Some("the administration")],
            "{found:?}"
        );
    }

    #[test]
    fn an_organisation_with_and_in_its_name_speaks_whole() {
        assert_speakers(
            "The White House Office of Management and Budget declined to comment on the \
             overall drop in federal employment.\n\
             In the months that followed, the Food and Drug Administration disclosed the \
             discovery of decades-old vials of smallpox in a storage closet.\n\
             Trump and Biden said the talks would resume next week.",
            &[
                Some("White House Office of Management and Budget"),
                Some("Food and Drug Administration"),
                // Two people, who speak together.
                Some("Trump and Biden"),
            ],
        );
    }

    #[test]
    fn an_office_with_of_the_before_a_name_is_a_role() {
        assert_speakers_and_roles(
            "LONDON, March 17 - Chancellor of the Exchequer Nigel Lawson, presenting his budget \
             to Parliament, said economic growth was forecast at three pct.\n\
             On Monday, Secretary of the Treasury James Baker said the dollar had fallen far \
             enough.\n\
             The Chairman of the Federal Reserve Board said rates would stay unchanged.",
            &[
                (Some("Nigel Lawson"), Some("Chancellor of the Exchequer")),
                (Some("James Baker"), Some("Secretary of the Treasury")),
                // The holder of an office of a body speaks, unnamed, not the body.
                (Some("the Chairman of the Federal Reserve Board"), None),
            ],
        );
    }

    #[test]
    fn a_fact_sheet_s_head_before_a_colon_is_no_speaker() {
        for head in ["PROMISE MADE", "HOAX", "MYTH"] {
            assert_never_speaker(
                &format!(
                    "Here are a few of those promises:\n{head}: “We will close the border. We \
                     will stop the invasion of illegals into our country.” (10/12/24, Aurora)\n\
                     FACT: Illegal crossings fell to the lowest level on record."
                ),
                head,
            );
        }
    }

    #[test]
    fn the_heads_of_a_list_of_nominations_are_no_speakers() {
        // The old quotes were the nominations, of "Nominations Sent To Senate" and
        // "Withdrawal Sent To Senate".
        let text = "NOMINATIONS SENT TO THE SENATE:\nCara L. Abercrombie, of Virginia, to be an \
                    Assistant Secretary of Defense, vice John Smith, resigned.\nWITHDRAWAL SENT \
                    TO THE SENATE:\nJohn Doe, of Ohio, to be a Member of the Board, which was \
                    sent to the Senate on January 3, 2023.";
        assert_eq!(quotes(text), []);
    }

    #[test]
    fn a_head_before_a_colon_that_names_no_one_is_no_speaker() {
        for (text, not_a_speaker) in [
            (
                "We are monitoring her travel.\nLet me be clear: The Speaker’s visit is totally \
                 consistent with our longstanding One China policy.",
                "Let me be clear",
            ),
            (
                "We will start next spring.\nHere’s the thing: There’s going to be a range of \
                 projects, smaller and simpler ones first.",
                "the thing",
            ),
        ] {
            assert_never_speaker(text, not_a_speaker);
        }
        assert_speakers(
            "Intro.\n\nRick Scott: The border crisis is a national security emergency.",
            &[Some("Rick Scott")],
        );
    }

    #[test]
    fn a_demonstrative_or_a_singular_in_s_is_no_group() {
        for text in [
            "Finnish media said this supported pre-election opinion polls predicting losses \
             for the Social Democratic Party.",
            "He said this explained the increase in the adjusted statistics.",
        ] {
            assert_never_speaker(text, "this");
        }
        assert_never_speaker(
            "The virus spread and various officials said the program would cost more.",
            "various",
        );
    }

    #[test]
    fn a_partitive_keeps_its_pronoun_and_a_preposition_never_speaks() {
        assert_speakers(
            "And many of you have asked for a timeline for eligibility and a timeline for \
             vaccine supply.",
            &[Some("many of you")],
        );
        assert_never_speaker(
            "From 2008 through 2012, the office paid $166,000 to settle eight claims against \
             lawmakers alleging sexual harassment.",
            "From",
        );
    }

    #[test]
    fn an_instruction_to_read_or_a_please_is_no_attribution() {
        let text = "Records that implicate privacy will be withheld. To learn more about the \
                    policy, read our voluntary disclosure policy. Please know that you are loved \
                    and that there is help.";
        let found = quotes(text);
        assert!(found.iter().all(|q| q.1.is_none()), "{found:?}");
        // A past "read" after a quote in marks is still a cue.
        assert_speakers(
            "“The strike is illegal,” read the statement.",
            &[Some("the statement")],
        );
    }

    #[test]
    fn research_and_studies_are_described_sources_as_written_never_a_pronoun_s() {
        assert_eq!(
            speakers_and_anonymity(
                "Supporting Survivors of Domestic Violence and Mortality Prevention Research: \
                 Research shows that access to a firearm increases the risk. He said the plan \
                 would fail. Studies show young people use the internet more."
            ),
            [
                (Some("Research".to_string()), false),
                (None, false),
                (Some("Studies".to_string()), false)
            ]
        );
    }

    #[test]
    fn a_full_name_never_becomes_another_that_ends_in_the_same_word() {
        assert_speakers(
            "The Government Accountability Office said the program had no plan. The \
             Congressional Budget Office said the deficit would grow. Sen. Tim Scott said he \
             backed the bill. Sen. Rick Scott said he opposed it. Donald J. Trump said he would \
             sign it. Donald Trump said it was a great bill. Office said it would review it.",
            &[
                Some("Government Accountability Office"),
                Some("Congressional Budget Office"),
                Some("Tim Scott"),
                Some("Rick Scott"),
                Some("Donald J. Trump"),
                Some("Donald J. Trump"),
                // Two offices: "Office" alone is neither, none in particular.
                Some("the Office"),
            ],
        );
        assert_speakers(
            "The Congressional Budget Office said the deficit would grow. Office said it \
             would review it.",
            &[
                Some("Congressional Budget Office"),
                Some("Congressional Budget Office"),
            ],
        );
    }

    #[test]
    fn the_department_with_a_capital_is_the_department_named_before() {
        let found = quotes(
            "WASHINGTON - The Department of Labor announced new overtime rules on Monday. The \
             Department said the rules would take effect in March.",
        );
        let speakers: Vec<Option<&str>> = found.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [Some("Department of Labor"), Some("Department of Labor")],
            "{found:?}"
        );
    }

    #[test]
    fn an_adverb_or_a_verb_that_opens_a_sentence_never_speaks() {
        // Capitalised because they open the sentence, not names: the speaker is not found.
        for (text, word) in [
            (
                "Approximately 416 United States military personnel are assigned to or are \
                 supporting the United States contingent of the Multinational Force.",
                "Approximately",
            ),
            (
                "Thank you for supporting extraordinary Italian Americans, like these five \
                 incredible honorees.",
                "Thank",
            ),
            (
                "Of course, we recommend that, but we’re asking people to listen to health \
                 experts.",
                "Of",
            ),
            (
                "I want to quote a senator. Quote, “Leaving our military in limbo is never the \
                 right thing to do.” End quote.",
                "Quote",
            ),
        ] {
            assert_never_speaker(text, word);
        }
    }

    #[test]
    fn back_or_tomorrow_before_a_comma_opens_an_adverbial_before_the_subject() {
        assert_speakers(
            "Critics have highlighted his comments. Back in 1999, Mr. Trump expressed \
             admiration for Mr. Clinton's skills, telling CNBC: ''I wish I could be like that. I \
             just can't.''",
            &[Some("Trump")],
        );
    }

    #[test]
    fn he_or_she_never_stands_for_an_organisation_the_tagger_found_under_another_name() {
        // "HHS" is written where the tagger's name is the Department's: it is no person,
        // though no word of it says so; "he" is Leslie. (A name that ends in a surname may be
        // a person the tagger took for an organisation: he_after_an_unnamed_source_….)
        assert_speakers(
            "Qantas chief executive Jim Leslie spoke on Monday. HHS said the rules would \
             change. The new jets will pay for themselves, he said.",
            &[
                Some("Department of Health and Human Services"),
                Some("Jim Leslie"),
            ],
        );
    }

    #[test]
    fn a_word_alone_after_a_cue_is_no_subject_before_and_another_speaker() {
        assert_quotes_and_speakers(
            "The Kremlin has denied meddling and Trump has said there was no collusion.",
            &[
                ("meddling", Some("Kremlin")),
                ("there was no collusion", Some("Trump")),
            ],
        );
    }

    #[test]
    fn an_abbreviation_in_capitals_modifies_a_group() {
        assert_speakers(
            "Two senior U.S. senators said the plan would fail. U.S. intelligence agencies \
             say Russia interfered in the election by hacking.",
            &[
                Some("two senior U.S. senators"),
                Some("U.S. intelligence agencies"),
            ],
        );
    }

    #[test]
    fn a_place_in_a_persons_appositive_leaves_the_person_the_speaker() {
        assert_speakers(
            "Zac McCrary, a veteran Democratic pollster based in Birmingham, Alabama, said he \
             now sees Jones as the favorite. Ford Motor Credit Co, a unit of Ford Motor Co, is \
             raising 250 mln dlrs via an offering of notes, said lead underwriter Goldman \
             Sachs.",
            &[Some("Zac McCrary"), Some("Goldman Sachs")],
        );
    }

    #[test]
    fn a_person_or_a_document_from_a_body_speaks_with_the_body_named() {
        assert_speakers(
            "An official from the ministry said the plan would fail. A Beijing-based diplomat \
             from another Western country said, however, that participation was much reduced. \
             I received one letter from a man who asked me to look out for a pair of local \
             restaurant owners.",
            &[
                Some("an official from the ministry"),
                Some("a Beijing-based diplomat from another Western country"),
                // The relative clause's subject is the phrase after "from".
                Some("a man"),
            ],
        );
    }

    #[test]
    fn the_source_after_according_to_ends_before_a_phrase_of_place_or_comparison() {
        assert_speakers(
            "A mother called the police on Sunday morning, according to Kamloops Police, at \
             the McDonald Park playground. Republicans denounced the deal, which would slash \
             the rate to 17 percent, according to company leaders, compared with its \
             effective 25 percent rate. The shooting began at noon, according to police, who \
             said officers arrived six minutes later.",
            &[
                Some("Kamloops Police"),
                Some("company leaders"),
                Some("police"),
                Some("police"),
            ],
        );
        assert_never_speaker(
            "Citing alleged violation of the code, the notice had alleged the tool was \
             intended to circumvent protection.",
            "Citing",
        );
        // A comma before a clause of its own is no part of the source; the phrase stays
        // whole, not its participle's agent.
        assert_speakers(
            "Stocks fell sharply in early trading, according to the Sierra Club, which \
             tracks them. Stocks fell sharply in early trading, according to a floor broker \
             contacted by Reuters, who asked not to be named.",
            &[
                Some("Sierra Club"),
                Some("a floor broker contacted by Reuters"),
            ],
        );
    }

    #[test]
    fn an_article_and_a_participle_in_eed_are_no_source() {
        assert_speakers(
            "The guaranteed notes will be redeemed May 15 at a redemption price of 100.5 pct.",
            &[],
        );
    }

    #[test]
    fn money_that_supports_something_takes_no_stance() {
        assert_speakers(
            "These funds will support child care providers in keeping their doors open. \
             Funding will support communities to identify and mitigate risks.",
            &[],
        );
    }

    #[test]
    fn a_cue_set_off_before_an_infinitive_keeps_the_words_after_it() {
        assert_quotes_and_speakers(
            "Mark Rogers spoke on Monday. The price increase is necessary, he said, to attract \
             more investment. The plan would fail, he said, to reporters.",
            &[
                (
                    "The price increase is necessary, he said, to attract more investment",
                    Some("Mark Rogers"),
                ),
                ("The plan would fail", Some("Mark Rogers")),
            ],
        );
    }

    #[test]
    fn an_article_shows_no_gender() {
        assert_speakers(
            "An Egyptian official said output would rise. He said exports would fall in March.",
            &[Some("an Egyptian official"), Some("an Egyptian official")],
        );
    }

    #[test]
    fn a_described_source_with_its_modifier_speaks_whole() {
        assert_speakers(
            "A House staff member involved in drafting the landmark 1986 immigration law who \
             asked not to be identified said the bill would pass. There are a number of \
             agencies involved in this effort, so I will say they are all playing a role.",
            &[
                Some("a House staff member involved in drafting the landmark 1986 immigration law"),
                Some("I"),
            ],
        );
        // Not where the phrase ends in its preposition.
        assert_never_speaker(
            "If every one of your states gets involved to support our foster care community, \
             we can accelerate our vision.",
            "one of your states gets involved",
        );
        assert_never_speaker(
            "We engage with NGOs and faith leaders and others involved in supporting migrants \
             who are seeking asylum.",
            "faith leaders and others involved in",
        );
    }
}
