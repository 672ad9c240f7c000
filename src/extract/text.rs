//! Text analysis shared by every extractor: tokens, sentences and the map from byte offsets
//! (what Rust slices use) to code point offsets (what the outputs report).
//!
//! Computed once per article by [`Document::new`].

use std::cell::Cell;
use std::ops::Range;
use std::sync::OnceLock;

/// A token: a byte range into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// A sentence: its byte range and the range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// A text with its tokens and sentences.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// The text's `char_indices`, decoded once for the tokenizer and the quote finder.
    pub chars: Vec<(usize, char)>,
    /// For every non-ASCII char: (byte offset just after it, extra bytes so far). Lets
    /// `char_offset` run in O(log n) and costs nothing on ASCII text.
    wide_chars: Vec<(usize, usize)>,
}

/// A document's chars and tokens.
type Buffers = (Vec<(usize, char)>, Vec<Token>);

thread_local! {
    /// The chars and tokens buffers of the last document dropped on this thread, for the
    /// next: allocated anew, 16 bytes a char were fresh pages to fault in for every article
    /// (`clear_page_erms` and the allocation were 4 % of the ingest worker).
    static SPARE: Cell<Buffers> = const { Cell::new((Vec::new(), Vec::new())) };
}

/// The most chars whose buffer is kept for the next document (16 MB): an article of many
/// megabytes must not hold its buffers for the rest of the run.
const SPARE_CHARS: usize = 1 << 20;

impl Drop for Document<'_> {
    fn drop(&mut self) {
        if self.chars.capacity() <= SPARE_CHARS {
            SPARE.set((
                std::mem::take(&mut self.chars),
                std::mem::take(&mut self.tokens),
            ));
        }
    }
}

/// Abbreviations after which a period does not end a sentence.
fn abbreviations() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::gazetteer::word_list(include_str!("lexicon/abbreviations.txt")))
}

/// Lower-case particles inside names: "Bashar al-Assad", "Ursula von der Leyen".
pub const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "de", "van", "von", "der", "da", "di", "du", "la", "le", "el", "ibn",
];

/// "al-Assad", "bin-Laden": a name particle joined to a name by a hyphen.
pub fn particle_joined(word: &str) -> bool {
    // The hyphen found byte by byte: a char search (`split_once('-')`) cost more than the rest
    // for the short words of every capitalised run.
    let hyphen = word.bytes().position(|b| b == b'-');
    hyphen.is_some_and(|i| NAME_PARTICLES.contains(&&word[..i]) && is_capitalised(&word[i + 1..]))
}

pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The last part of a name: "Bashar al-Assad" -> "Assad".
pub fn surname(name: &str) -> &str {
    name.rsplit([' ', '-']).next().unwrap_or(name)
}

/// Whether two names of one surname are forms of one person's: one ends the other, in any
/// case ("Biden", "Joe Biden"; "McQuiston", a label's "Mcquiston"), or they open with one
/// given name ("Vivek Murthy", "Vivek H. Murthy"; "Joe Biden", "Joseph R. Biden").
pub fn forms_of_one_name(a: &str, b: &str) -> bool {
    let (a_lower, b_lower) = (a.to_lowercase(), b.to_lowercase());
    fn given(name: &str) -> Option<&str> {
        name.split_once(' ')
            .map(|(first, _)| super::gazetteer::full_given_name(first))
    }
    a_lower.ends_with(&b_lower)
        || b_lower.ends_with(&a_lower)
        || given(a).is_some_and(|first| given(b) == Some(first))
}

/// The honorifics that stand before a surname ("Mr Shoigu", "Dr. Fauci").
const HONORIFICS: [&str; 4] = ["Mr", "Mrs", "Ms", "Dr"];

/// "Mr", "Mrs.", "Ms", "Dr.": an honorific, with or without its period.
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word.strip_suffix('.').unwrap_or(word))
}

/// Whether `word` is written in capitals, with `min_letters` letters or more ("NATO", "JOSEPH").
pub fn in_capitals(word: &str, min_letters: usize) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= min_letters
        && !word.chars().any(char::is_lowercase)
}

/// "MR.", "MS": an honorific in capitals, as transcripts label their speakers.
pub fn is_shouted_honorific(word: &str) -> bool {
    let base = word.strip_suffix('.').unwrap_or(word);
    !base.chars().any(char::is_lowercase) && HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(base))
}

/// `word` with its first letter in capitals ("department" -> "Department"), as the word lists
/// of titles and organisations hold it.
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}

/// "Jr.", "III": a generation's suffix after a name ("Joseph R. Biden, Jr."), in any case.
pub fn is_name_suffix(word: &str) -> bool {
    // (Asked of most words of a name: the length rules out nearly all at once.)
    (2..=3).contains(&word.len())
        && ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]
            .iter()
            .any(|suffix| suffix.eq_ignore_ascii_case(word))
}

/// Whether `token` is a dash (hyphens, en and em dashes) standing between words: "Jill —
/// Jill", "U.S. - led".
pub fn is_dash(token: &str) -> bool {
    matches!(token, "-" | "—" | "–" | "―" | "--")
}

/// True for the marks typed as apostrophes inside words (Russia´s, Moscow’s).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '´' | '`' | 'ʼ')
}

/// The Unicode block of general punctuation (spaces, dashes, quotation marks, ellipsis): no
/// letter or digit in it.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// `c.is_alphanumeric()`, with news text's curly quotes, dashes and ellipses (general
/// punctuation) answered without its two Unicode table searches (about 600 instructions a
/// char).
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
    }
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c)
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let (mut chars, tokens) = SPARE.take();
        // At most one char a byte: room for all of them at once, not grown by doubling.
        chars.clear();
        chars.reserve(text.len());
        let mut wide_chars = Vec::new();
        // Runs of ASCII (most of a news text) are copied a byte a char, without decoding and
        // (the run's length known) without a capacity check per char; the few wide chars are
        // decoded one by one, and noted for `char_offset` on the way.
        let bytes = text.as_bytes();
        let (mut start, mut extra) = (0, 0);
        while start < bytes.len() {
            let run_end = bytes[start..]
                .iter()
                .position(|b| !b.is_ascii())
                .map_or(bytes.len(), |p| start + p);
            let run = bytes[start..run_end].iter().enumerate();
            chars.extend(run.map(|(k, &b)| (start + k, char::from(b))));
            let Some(c) = text[run_end..].chars().next() else {
                break;
            };
            chars.push((run_end, c));
            let len = c.len_utf8();
            extra += len - 1;
            start = run_end + len;
            wide_chars.push((start, extra));
        }
        let tokens = tokenize(text, &chars, tokens);
        let sentences = split_sentences(text, &tokens);
        Document {
            text,
            tokens,
            sentences,
            chars,
            wide_chars,
        }
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Code point offset of byte offset `byte` (which must be on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let idx = self.wide_chars.partition_point(|&(b, _)| b <= byte);
        if idx == 0 {
            byte
        } else {
            byte - self.wide_chars[idx - 1].1
        }
    }

    /// Byte offset of code point offset `chars` (the inverse of [`Document::char_offset`]).
    pub fn byte_offset(&self, chars: usize) -> usize {
        // Each entry's char offset is b - extra; those are increasing too.
        let idx = self
            .wide_chars
            .partition_point(|&(b, extra)| b - extra <= chars);
        if idx == 0 {
            chars
        } else {
            chars + self.wide_chars[idx - 1].1
        }
    }
}

/// Splits text into words, numbers and punctuation marks. Keeps together: apostrophes inside
/// words (split off a trailing "'s"/"´s" as its own token, as CoNLL does), hyphenated words,
/// abbreviations with periods (U.S.), numbers with separators (1,000 3.5). `chars` are the
/// text's `char_indices`. The tokens are written into `tokens` (emptied first).
fn tokenize(text: &str, chars: &[(usize, char)], mut tokens: Vec<Token>) -> Vec<Token> {
    tokens.clear();
    tokens.reserve(text.len() / 5);
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            i += 1;
            loop {
                while i < n && is_word_char(chars[i].1) {
                    i += 1;
                }
                // Joiners inside a word: hyphen, apostrophe, period (U.S., 3.5), comma in
                // numbers (1,000), ampersand (AT&T). Only when a word char follows.
                if i + 1 < n && is_word_char(chars[i + 1].1) {
                    let j = chars[i].1;
                    let prev_digit = chars[i - 1].1.is_ascii_digit();
                    let next_digit = chars[i + 1].1.is_ascii_digit();
                    let joins = match j {
                        '-' | '&' => true,
                        '.' => {
                            // U.S. / 3.5 / e.g. — not "end.Next" in sloppy text of long words
                            (prev_digit && next_digit)
                                // A lone capital: "U.S.", also after a hyphen ("D-N.Y.")
                                || (chars[i - 1].1.is_uppercase()
                                    && (i - start == 1 || chars[i - 2].1 == '-'))
                                || (i >= 2 && chars[i - 2].1 == '.')
                        }
                        ',' => prev_digit && next_digit,
                        j if is_apostrophe(j) => true,
                        _ => false,
                    };
                    if joins {
                        i += 1;
                        continue;
                    }
                }
                break;
            }
            // Trailing period of an abbreviation like "U.S." or "Mr." stays on the token.
            if i < n && chars[i].1 == '.' {
                let word = &text[byte_at(start)..byte_at(i)];
                let with_dot = &text[byte_at(start)..byte_at(i + 1)];
                // An initial before a name: "J. Gerald Hebert", "George W. Bush".
                let initial = i - start == 1
                    && c.is_uppercase()
                    && i + 2 < n
                    && chars[i + 1].1 == ' '
                    && chars[i + 2].1.is_uppercase();
                // A state in a party label: "(D-Nev.)", "McConnell, R-Ky., said".
                let in_label = i + 1 < n
                    && (chars[i + 1].1 == ')' && word.contains('-')
                        || chars[i + 1].1 == ',' && is_party_label(word));
                if word.contains('.') || initial || in_label || abbreviations().contains(with_dot) {
                    i += 1;
                }
            }
            // Split a possessive 's off the word.
            let end = i;
            if end - start >= 3
                && is_apostrophe(chars[end - 2].1)
                && matches!(chars[end - 1].1, 's' | 'S')
            {
                tokens.push(Token {
                    start: byte_at(start),
                    end: byte_at(end - 2),
                });
                tokens.push(Token {
                    start: byte_at(end - 2),
                    end: byte_at(end),
                });
                continue;
            }
            tokens.push(Token {
                start: byte_at(start),
                end: byte_at(end),
            });
        } else {
            // One punctuation mark a token, but keep runs like "..." and "--" together.
            i += 1;
            while i < n && chars[i].1 == c && matches!(c, '.' | '-') {
                i += 1;
            }
            tokens.push(Token {
                start: byte_at(start),
                end: byte_at(i),
            });
        }
    }
    tokens
}

fn is_closing_mark(s: &str) -> bool {
    matches!(s, "\"" | "”" | "“" | "’" | "'" | "»" | ")" | "]" | "‘")
}

/// Whether the period at token `i` is inside a company code in angle brackets, written
/// without spaces ("<DBKG.F>", "<FIAT.MI>").
fn in_company_code(text: &str, tokens: &[Token], i: usize) -> bool {
    let glued = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    i >= 2
        && i + 1 < tokens.len()
        && glued(i - 1, i)
        && glued(i, i + 1)
        && (i.saturating_sub(3)..i - 1).any(|j| &text[tokens[j].start..tokens[j].end] == "<")
}

/// Splits at line breaks (paragraphs) and after ., ! or ? (and any closing quote or bracket)
/// unless the period belongs to an abbreviation or initial.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let push = |sentences: &mut Vec<Sentence>, first: usize, last: usize| {
        if first < last {
            sentences.push(Sentence {
                start: tokens[first].start,
                end: tokens[last - 1].end,
                tokens: first..last,
            });
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        let tok = &text[tokens[i].start..tokens[i].end];
        // A paragraph break before the next token ends the sentence.
        let next_after_newline =
            i + 1 < tokens.len() && text[tokens[i].end..tokens[i + 1].start].contains('\n');
        let ends = match tok {
            // "Deutsche Bank AG <DBKG.F> has seen …": the period of a wire's company code.
            "." => !in_company_code(text, tokens, i),
            "!" | "?" | "..." => true,
            _ => {
                tok.ends_with('.')
                    && tok.len() > 1
                    && !abbreviations().contains(tok)
                    && !is_initial(tok)
            }
        };
        if ends || next_after_newline {
            let mut last = i + 1;
            if !next_after_newline {
                while last < tokens.len()
                    && is_closing_mark(&text[tokens[last].start..tokens[last].end])
                    && !text[tokens[last - 1].end..tokens[last].start].contains('\n')
                {
                    last += 1;
                }
            }
            // A sentence ends only if what follows starts like a sentence (never with a
            // comma: "McConnell, R-Ky., said").
            let next_starts = last >= tokens.len()
                || next_after_newline
                || text[tokens[last].start..].chars().next().is_some_and(|c| {
                    c.is_uppercase()
                        || c.is_numeric()
                        || !c.is_alphanumeric() && !matches!(c, ',' | ';')
                });
            if next_starts {
                push(&mut sentences, first, last);
                first = last;
                i = last;
                continue;
            }
        }
        i += 1;
    }
    push(&mut sentences, first, tokens.len());
    sentences
}

/// A party and state after a name, as US papers write it: "R-Ky", "D-Nev" (without the period).
pub fn is_party_label(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    word.split_once('-').is_some_and(|(party, state)| {
        matches!(party, "R" | "D" | "I")
            && (2..=5).contains(&state.len())
            && is_capitalised(state)
            && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
    })
}

/// "J." or "U.S." style tokens: single letters with periods.
fn is_initial(tok: &str) -> bool {
    tok.split('.')
        .filter(|p| !p.is_empty())
        .all(|p| p.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_alphanumeric_is_the_standard_test() {
        assert!(GENERAL_PUNCTUATION
            .into_iter()
            .all(|c| !c.is_alphanumeric()));
        for c in ('\0'..='\u{3000}').chain(['\u{1d400}', '\u{1f642}', '\u{e9}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn a_documents_buffers_are_kept_for_the_next_unless_huge() {
        let spare_chars = || {
            let (chars, tokens) = SPARE.take();
            let capacity = chars.capacity();
            SPARE.set((chars, tokens));
            capacity
        };
        drop(Document::new("Moscow said so."));
        assert!(spare_chars() >= 15);
        drop(Document::new(&"word ".repeat(SPARE_CHARS / 4)));
        assert!(
            spare_chars() < SPARE_CHARS,
            "a huge document's buffers are not kept"
        );
    }

    fn words(text: &str) -> Vec<&str> {
        Document::new(text)
            .tokens
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_and_split_possessives() {
        assert_eq!(
            words("Mr. Shoigu met U.S. officials in Russia´s capital, 1,000 km away."),
            vec![
                "Mr.",
                "Shoigu",
                "met",
                "U.S.",
                "officials",
                "in",
                "Russia",
                "´s",
                "capital",
                ",",
                "1,000",
                "km",
                "away",
                "."
            ]
        );
    }

    #[test]
    fn an_initial_before_a_name_keeps_its_period_and_ends_no_sentence() {
        let text = "“We won,” J. Gerald Hebert said. George W. Bush agreed. It was Plan B.";
        assert_eq!(
            words(text)[5..9].to_vec(),
            vec!["J.", "Gerald", "Hebert", "said"]
        );
        assert_eq!(words("Reid (D-Nev.) said")[2], "D-Nev.");
        let label = "“It is clear,” Mitch McConnell, R-Ky., said. Then he left.";
        assert_eq!(words(label)[9], "R-Ky.");
        assert_eq!(Document::new(label).sentences.len(), 2);
        let doc = Document::new(text);
        assert_eq!(doc.sentences.len(), 3);
        assert!(words(text).ends_with(&["B", "."]));
    }

    /// The text of each sentence of `text`.
    fn sentence_texts(text: &str) -> Vec<&str> {
        Document::new(text)
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn sentences_split_after_stops_and_quotes_but_not_abbreviations() {
        let text = "“We agree,” Mr. Cook said. Then U.S. officials left.\nNew paragraph";
        assert_eq!(
            sentence_texts(text),
            vec![
                "“We agree,” Mr. Cook said.",
                "Then U.S. officials left.",
                "New paragraph"
            ]
        );
    }

    #[test]
    fn a_company_code_holds_no_sentence_end() {
        let text = "Deutsche Bank AG <DBKG.F> has seen a slow start. Sloppy end.Next one.";
        assert_eq!(
            sentence_texts(text),
            vec![
                "Deutsche Bank AG <DBKG.F> has seen a slow start.",
                "Sloppy end.",
                "Next one."
            ]
        );
    }

    #[test]
    fn char_offsets_round_trip() {
        let text = "a “b” ´c é";
        let doc = Document::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(doc.char_offset(byte), chars);
            assert_eq!(doc.byte_offset(chars), byte);
        }
        assert_eq!(doc.char_offset(text.len()), text.chars().count());
    }
}
