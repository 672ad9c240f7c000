//! Feature extraction for the tagger: every feature is a 64-bit hash (xxh3 of the normalised
//! string pieces, mixed with a template id), reduced to a row of the weight table. Nothing is
//! allocated per feature; per-token pieces are hashed once per sentence.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

use super::{Label, NUM_LABELS};
use crate::extract::gazetteer::gazetteer;
use crate::extract::EntityType;

/// Feature templates. The numbers seed the hashes; changing one changes the model.
#[derive(Clone, Copy)]
#[repr(u64)]
enum Template {
    Bias = 1,
    Word,
    RawWord,
    PrevLabelNextWord,
    PrevSuffix,
    NextSuffix,
    PrevWord,
    NextWord,
    PrevPrevWord,
    NextNextWord,
    PrevWordWord,
    WordNextWord,
    Shape,
    PrevShape,
    NextShape,
    ShapeTrigram,
    PrevWordShape,
    ShapeNextWord,
    PrevPrevShape,
    NextNextShape,
    Prefix,
    Suffix,
    FirstShape,
    CapsSentenceWord,
    Gazetteer,
    PrevGazetteer,
    NextGazetteer,
    PrevTitle,
    Name,
    PrevName,
    NextName,
    NamePairs,
    OrganisationWord,
    NextOrganisationWord,
    PrevLabel,
    PrevLabels,
    PrevLabelWord,
    PrevLabelShape,
    RunEnd,
    DocType,
    NextDocType,
    PrevDocType,
    DocLower,
    DocTypePrevLabel,
    DocAfterGivenName,
    DocAfterGivenNameType,
}

/// Prefixes and suffixes of 1 to this many characters are features.
const AFFIXES: usize = 4;

fn mix(a: u64, b: u64) -> u64 {
    // splitmix64's finaliser over the pair.
    let mut z = a.rotate_left(29) ^ b.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn feature(template: Template, value: u64) -> u64 {
    mix(template as u64, value)
}

/// The previous label (Viterbi's transition feature).
pub fn prev_label_feature(prev: Label) -> u64 {
    feature(Template::PrevLabel, prev.index() as u64)
}

/// The previous label with a token's shape.
pub fn prev_shape_feature(shape: u64, prev: Label) -> u64 {
    feature(Template::PrevLabelShape, mix(prev.index() as u64, shape))
}

/// The previous label with the type of a token's document cue.
pub fn prev_cue_feature(kind: u64, prev: Label) -> u64 {
    feature(Template::DocTypePrevLabel, kind * 16 + prev.index() as u64)
}

/// Cue types: none, O, then each entity type.
pub const CUE_KINDS: usize = 2 + super::TYPES.len();

/// Per-token pieces, hashed once per sentence. Copy: copied out of the [`WordCache`] for
/// every token, a copy of bytes, not a field-by-field clone.
#[derive(Clone, Copy, Default)]
struct TokenInfo {
    /// The word's number in the [`WordCache`] it was found in.
    id: u32,
    /// Normalised lowercase word.
    word: u64,
    /// The word as written.
    raw: u64,
    /// Collapsed character classes: "Xx", "X.X.", "d-d", "Xx-x".
    shape: u64,
    /// Where the normalised word is in [`SentenceFeatures::text`] (for affixes): start and
    /// end.
    normalised: (usize, usize),
    /// Longest gazetteer match covering the token: 0 none, else 1 + 2 * type + inside.
    gazetteer: u8,
    title: bool,
    /// 0 for a lowercase word; for a capitalised one 4, plus [`GIVEN_NAME`] if a Census given
    /// name, plus 2 if a Census surname.
    name: u8,
    organisation_word: bool,
    /// For a capitalised word, the normalised last word of the run of capitalised words it is
    /// in: names end in their head ("... Pharmaceuticals", "... Park", "... Co").
    run_end: Option<u64>,
    /// No capital letter and no digit: a word that never begins a name.
    plain: bool,
    /// A plain word that may stand inside a name ([`NAME_CONNECTORS`]).
    connector: bool,
    /// The normalised word is ASCII: its affixes are byte slices.
    ascii: bool,
    /// The hash of the normalised word's last three chars (0 when it is shorter): the suffix
    /// its neighbours' features hold, worked out once per word.
    last_three_chars: u64,
    /// Has a capital letter: the words document cues are kept for.
    upper: bool,
    /// What the rest of the document says about the word (see [`DocumentCues`]).
    cue: Cue,
}

/// The bit of [`TokenInfo::name`] set for a capitalised Census given name.
const GIVEN_NAME: u8 = 1;

/// What the rest of a document says about a word with a capital letter: the label most often
/// given to its other occurrences (outside headlines in capitals) by the first pass, whether
/// it also appears in lowercase, and whether it is used as a surname.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Cue {
    /// 1 + the majority label index of the other occurrences; 0 when there are none.
    label: u8,
    lower: bool,
    /// Some occurrence (outside headlines in capitals) follows a capitalised Census given
    /// name: "Rubin" alone after "Robert Rubin", unlike a company's "Lenzing said".
    after_given_name: bool,
}

impl Cue {
    /// 0 none, 1 O, 2 + type index.
    fn kind(self) -> u64 {
        match self.label {
            0 => 0,
            l => Label(l - 1).kind().map_or(1, |k| k as u64 + 2),
        }
    }
}

/// Counts of the first pass's labels per word of a document, to give each token its [`Cue`].
#[derive(Default)]
pub struct DocumentCues {
    words: FxHashMap<u64, WordCounts>,
}

/// What a document says about one normalised word.
#[derive(Default)]
struct WordCounts {
    labels: [u16; NUM_LABELS],
    lower: bool,
    after_given_name: bool,
}

impl DocumentCues {
    /// Counts the labels of a document's sentences (features and first-pass labels).
    pub fn count<'a>(
        &mut self,
        sentences: impl Iterator<Item = (&'a SentenceFeatures, &'a [Label])> + Clone,
    ) {
        self.words.clear();
        // A bit per word counted, by 12 bits of its hash: most plain words are none of them,
        // and looking each up in the map was most of this function's time.
        let mut counted = [0u64; 64];
        let bit = |word: u64| (word as usize >> 6 & 63, 1u64 << (word & 63));
        for (s, labels) in sentences.clone() {
            if s.caps_sentence {
                continue;
            }
            for (i, (t, l)) in s.tokens.iter().zip(labels).enumerate() {
                if t.upper {
                    let counts = self.words.entry(t.word).or_default();
                    counts.labels[l.index()] += 1;
                    counts.after_given_name |= i > 0 && s.tokens[i - 1].name & GIVEN_NAME != 0;
                    let (k, b) = bit(t.word);
                    counted[k] |= b;
                }
            }
        }
        for (s, _) in sentences {
            for t in s.tokens.iter().filter(|t| t.plain) {
                let (k, b) = bit(t.word);
                if counted[k] & b == 0 {
                    continue;
                }
                if let Some(counts) = self.words.get_mut(&t.word) {
                    counts.lower = true;
                }
            }
        }
    }

    /// Sets the cues of a sentence's tokens, each leaving out its own label.
    pub fn apply(&self, s: &mut SentenceFeatures, labels: &[Label]) {
        let caps = s.caps_sentence;
        for (t, l) in s.tokens.iter_mut().zip(labels) {
            t.cue = Cue::default();
            if !t.upper {
                continue;
            }
            let Some(word) = self.words.get(&t.word) else {
                continue;
            };
            let mut counts = word.labels;
            if !caps {
                counts[l.index()] -= 1;
            }
            // Votes per type (O, then each type's B and I together); ties go to O, then to
            // the first type: a later type wins only with more votes.
            let (mut best, mut n) = (0, counts[0]);
            for l in (1..NUM_LABELS).step_by(2) {
                let votes = counts[l] + counts[l + 1];
                if votes > n {
                    (best, n) = (l, votes);
                }
            }
            t.cue = Cue {
                label: if n > 0 { best as u8 + 1 } else { 0 },
                lower: word.lower,
                after_given_name: word.after_given_name,
            };
        }
    }
}

/// The hashed pieces of one sentence's tokens; reused between sentences.
#[derive(Default)]
pub struct SentenceFeatures {
    tokens: Vec<TokenInfo>,
    caps_sentence: bool,
    /// The normalised words, one after another.
    text: String,
    buf: Vec<u8>,
}

/// A hasher for keys that are already xxh3 hashes.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxh3_64_with_seed(bytes, self.0);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashedSet = HashSet<u64, BuildHasherDefault<Prehashed>>;

/// The gazetteers keyed by hashes of what the tagger sees: lowercase Census names, titles and
/// organisation words as written, and places and aliases as the chained hashes of their words.
struct Lexicon {
    first_names: HashedSet,
    last_names: HashedSet,
    titles: HashedSet,
    organisation_words: HashedSet,
    /// [`NAME_CONNECTORS`], hashed as normalised words.
    connectors: HashedSet,
    /// Chained word hashes of a name -> type index.
    names: HashMap<u64, u8, BuildHasherDefault<Prehashed>>,
}

/// The key of a multi-word name: each word's xxh3 chained with [`mix`].
fn chain(key: u64, word: u64) -> u64 {
    mix(key, word)
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let g = gazetteer();
        let hashed = |words: &FxHashSet<&'static str>| -> HashedSet {
            words.iter().map(|w| xxh3_64(w.as_bytes())).collect()
        };
        let key = |name: &str| {
            name.split(' ')
                .fold(0, |k, w| chain(k, xxh3_64(w.as_bytes())))
        };
        let mut names: HashMap<u64, u8, BuildHasherDefault<Prehashed>> = g
            .places
            .iter()
            .map(|p| (key(p), type_index(EntityType::Place)))
            .collect();
        names.extend(
            g.aliases
                .iter()
                .map(|(alias, &(_, kind))| (key(alias), type_index(kind))),
        );
        Lexicon {
            first_names: hashed(&g.first_names),
            last_names: hashed(&g.last_names),
            titles: hashed(&g.titles),
            organisation_words: hashed(&g.organisation_words),
            connectors: NAME_CONNECTORS
                .iter()
                .chain(crate::extract::text::NAME_PARTICLES)
                .map(|w| xxh3_64(w.as_bytes()))
                .collect(),
            names,
        }
    })
}

/// Words without capitals that may stand inside a name, besides the name particles ("de",
/// "van", "al"): "Bank of England", "Marks and Spencer", "Procter & Gamble", "Queen 's Park".
/// Under Viterbi decoding any other such word is outside every name, unscored.
const NAME_CONNECTORS: &[&str] = &[
    "of", "and", "&", "'s", "'", "the", "for", "in", "on", "at", "(", ")", "/", "-", "et", "y",
    "e", "den", "del", "della", "des", "dos", "das", "do", "dei", "degli", "ter", "zu",
];

/// Lowercases and folds typographic variants the way CoNLL writes them: curly quotes and
/// accents used as apostrophes become ' or ", dashes become -, digits become 0.
fn normalise(word: &str, out: &mut String) {
    for c in word.chars() {
        let c = match c {
            '’' | '‘' | '´' | '`' | 'ʼ' => '\'',
            '“' | '”' | '„' | '«' | '»' => '"',
            '–' | '—' => '-',
            c if c.is_ascii_digit() => '0',
            c => c,
        };
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// For an ASCII word, [`normalise`] into `text` and [`shape`] into `shape` in one pass, and
/// whether it has an uppercase letter, starts with one, has a letter, has a lowercase letter,
/// has a digit, is the same normalised.
fn ascii_pieces(
    word: &str,
    text: &mut String,
    shape: &mut Vec<u8>,
) -> (bool, bool, bool, bool, bool, bool) {
    debug_assert!(word.is_ascii());
    shape.clear();
    let (mut upper, mut lower, mut digit, mut backtick) = (false, false, false, false);
    for &b in word.as_bytes() {
        let class = if b.is_ascii_uppercase() {
            upper = true;
            b'X'
        } else if b.is_ascii_lowercase() {
            lower = true;
            b'x'
        } else if b.is_ascii_digit() {
            digit = true;
            b'd'
        } else {
            backtick |= b == b'`';
            b
        };
        if shape.last() != Some(&class) {
            shape.push(class);
        }
    }
    // Copied and lowercased whole, not pushed a char at a time; digits and backticks (few
    // words) are folded byte by byte.
    let start = text.len();
    if digit || backtick {
        text.extend(word.bytes().map(|b| {
            char::from(match b {
                b'0'..=b'9' => b'0',
                b'`' => b'\'',
                b => b.to_ascii_lowercase(),
            })
        }));
    } else {
        text.push_str(word);
        text[start..].make_ascii_lowercase();
    }
    let capitalised = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let as_normalised = !(upper || digit || backtick);
    (
        upper,
        capitalised,
        upper || lower,
        lower,
        digit,
        as_normalised,
    )
}

fn shape(word: &str, out: &mut Vec<u8>) {
    out.clear();
    for c in word.chars() {
        let class = if c.is_uppercase() {
            b'X'
        } else if c.is_alphabetic() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'*'
        };
        if out.last() != Some(&class) {
            out.push(class);
        }
    }
}

fn type_index(kind: EntityType) -> u8 {
    match kind {
        EntityType::Person => 0,
        EntityType::Organization => 1,
        EntityType::Place => 2,
        EntityType::Misc => 3,
    }
}

const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4E44;

/// Longest gazetteer names (up to four tokens) starting at capitalised tokens.
const LONGEST_NAME: usize = 4;

/// The pieces of the words met so far, their normalised forms in `text`. The tagger empties
/// it for each document but keeps its room (a map made anew for each article was fresh memory
/// to fault in); kept across documents it grew too large for the CPU caches, and its lookups
/// cost more time than the words it saved (perf of ingest: `fill_with` +30 % samples).
#[derive(Default)]
pub struct WordCache {
    words: FxHashMap<Box<str>, (TokenInfo, bool, bool)>,
    text: String,
}

impl WordCache {
    /// Forgets every word; numbering starts again from 0.
    pub fn clear(&mut self) {
        self.words.clear();
        self.text.clear();
    }
}

/// A word's pieces, its normalised form appended to `text` (`buf`: room for its shape); and
/// whether it has a letter, and a lowercase letter.
fn word_pieces(
    lex: &Lexicon,
    word: &str,
    text: &mut String,
    buf: &mut Vec<u8>,
) -> (TokenInfo, bool, bool) {
    let start = text.len();
    let ascii = word.is_ascii();
    let (has_upper, capitalised, alphabetic, lowercase, numeric, as_normalised) = if ascii {
        // One pass over the bytes does what `normalise`, `shape` and the char tests
        // below do for any text (the char classes of ASCII are the ASCII ones).
        ascii_pieces(word, text, buf)
    } else {
        normalise(word, text);
        shape(word, buf);
        (
            word.chars().any(char::is_uppercase),
            word.starts_with(char::is_uppercase),
            word.chars().any(char::is_alphabetic),
            word.chars().any(char::is_lowercase),
            word.chars().any(char::is_numeric),
            false,
        )
    };
    let lower = xxh3_64(&text.as_bytes()[start..]);
    // Most words are written as normalised (lowercase ASCII, no digit): hashed once.
    let raw = if as_normalised {
        lower
    } else {
        xxh3_64(word.as_bytes())
    };
    let ascii = ascii || text[start..].is_ascii();
    // The lists hold capitalised words only (`capitalised`: starts with a capital).
    let token = TokenInfo {
        id: 0,
        word: lower,
        raw,
        shape: xxh3_64(buf),
        normalised: (start, text.len()),
        gazetteer: 0,
        title: capitalised && lex.titles.contains(&raw),
        name: if capitalised {
            4 | (GIVEN_NAME * u8::from(lex.first_names.contains(&lower)))
                | u8::from(lex.last_names.contains(&lower)) << 1
        } else {
            0
        },
        organisation_word: capitalised && lex.organisation_words.contains(&raw),
        run_end: capitalised.then_some(lower),
        plain: !has_upper && !numeric,
        connector: !has_upper && !numeric && lex.connectors.contains(&lower),
        ascii,
        last_three_chars: affix(&text[start..], ascii, 2, true).unwrap_or(0),
        upper: has_upper,
        cue: Cue::default(),
    };
    (token, alphabetic, lowercase)
}

impl SentenceFeatures {
    /// Analyses a sentence's words.
    pub fn fill(&mut self, words: &[&str]) {
        self.fill_with(words, &mut WordCache::default());
    }

    /// [`Self::fill`], taking the pieces of words met before from `cache`.
    pub fn fill_with(&mut self, words: &[&str], cache: &mut WordCache) {
        let lex = lexicon();
        self.tokens.clear();
        self.text.clear();
        let (mut letters, mut caps) = (0, 0);
        let WordCache {
            words: known,
            text: known_text,
        } = cache;
        for &word in words {
            // Looked up by the borrowed word: only a word met for the first time is copied.
            let (mut token, alphabetic, lowercase) = match known.get(word) {
                Some(&pieces) => pieces,
                None => {
                    let mut pieces = word_pieces(lex, word, known_text, &mut self.buf);
                    pieces.0.id = known.len() as u32;
                    known.insert(word.into(), pieces);
                    pieces
                }
            };
            let start = self.text.len();
            let (from, to) = token.normalised;
            self.text.push_str(&known_text[from..to]);
            token.normalised = (start, self.text.len());
            if alphabetic {
                letters += 1;
                caps += usize::from(!lowercase);
            }
            self.tokens.push(token);
        }
        // Each run's end, from right to left.
        let mut end = None;
        for t in self.tokens.iter_mut().rev() {
            end = t.run_end.and(end.or(t.run_end));
            t.run_end = end;
        }
        // Headlines in capitals: capitalisation says little there.
        self.caps_sentence = letters >= 2 && caps * 3 >= letters * 2;
        self.mark_gazetteer(lex, words);
    }

    /// Marks the longest gazetteer names (up to four words) starting at capitalised words.
    fn mark_gazetteer(&mut self, lex: &Lexicon, words: &[&str]) {
        let mut i = 0;
        while i < words.len() {
            let mut matched = None;
            // A capitalised word (starts with a capital) has a name class.
            if self.tokens[i].name != 0 {
                let mut key = 0;
                for len in 1..=LONGEST_NAME.min(words.len() - i) {
                    key = chain(key, self.tokens[i + len - 1].raw);
                    if let Some(&kind) = lex.names.get(&key) {
                        matched = Some((len, kind));
                    }
                }
            }
            let Some((len, kind)) = matched else {
                i += 1;
                continue;
            };
            for k in 0..len {
                self.tokens[i + k].gazetteer = 1 + 2 * kind + u8::from(k > 0);
            }
            i += len;
        }
    }

    /// The tokens' document cues.
    pub fn cues(&self) -> impl Iterator<Item = Cue> + '_ {
        self.tokens.iter().map(|t| t.cue)
    }

    /// Sets the tokens' document cues (as [`Self::cues`] returned them).
    pub fn set_cues(&mut self, cues: &[Cue]) {
        for (t, &c) in self.tokens.iter_mut().zip(cues) {
            t.cue = c;
        }
    }

    /// [`affix`] of the token's normalised word.
    fn affix(&self, t: &TokenInfo, k: usize, suffix: bool) -> Option<u64> {
        let (start, end) = t.normalised;
        affix(&self.text[start..end], t.ascii, k, suffix)
    }

    /// A lowercase word after a non-entity is outside any entity: the tagger skips it.
    pub fn skips(&self, i: usize, prev: Label) -> bool {
        self.tokens[i].plain && prev == Label::O
    }

    /// Under Viterbi decoding, token `i` is O without being scored: a word without capitals
    /// or digits after a non-entity, or one that is no [`NAME_CONNECTORS`] word, or after
    /// another such word (no name holds two in a row).
    pub fn forced_outside(&self, i: usize, prev: Label) -> bool {
        self.tokens[i].plain && prev == Label::O || self.outside_after_any(i)
    }

    /// Whether token `i` is [`Self::forced_outside`] after every label: a plain word that
    /// is no connector, or follows another plain word.
    pub fn outside_after_any(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.plain && (!t.connector || i > 0 && self.tokens[i - 1].plain)
    }

    /// Whether any token has a document cue (else the second pass changes nothing).
    pub fn has_cues(&self) -> bool {
        self.tokens.iter().any(|t| t.cue != Cue::default())
    }

    /// First-order label features of token `i` given the previous label (Viterbi decoding):
    /// the previous label alone, with the token's shape, and with its document cue's type.
    /// They depend on the token through [`Self::shape`] and [`Self::cue_kind`] only, so the
    /// tagger keeps their scores per shape and per cue type.
    pub fn prev_features(&self, i: usize, prev: Label, out: &mut Vec<u64>) {
        out.extend([
            prev_label_feature(prev),
            prev_shape_feature(self.shape(i), prev),
        ]);
        if let Some(kind) = self.cue_kind(i) {
            out.push(prev_cue_feature(kind, prev));
        }
    }

    /// The hashed shape of token `i`.
    pub fn shape(&self, i: usize) -> u64 {
        self.tokens[i].shape
    }

    /// The type of token `i`'s document cue (1 O, 2 + type index), if it has one.
    pub fn cue_kind(&self, i: usize) -> Option<u64> {
        let t = &self.tokens[i];
        (t.upper && t.cue.label > 0).then(|| t.cue.kind())
    }

    /// The document features of token `i` that do not depend on the previous label: its
    /// cue's type (with where capitalisation says little: headlines in capitals, the first
    /// word), whether it also appears in lowercase, whether it follows a given name somewhere
    /// (alone and with the cue's type), the neighbours' cue types.
    pub fn document_static_features(&self, i: usize, out: &mut Vec<u64>) {
        let t = &self.tokens[i];
        if !t.upper {
            return;
        }
        let kind_at = |k: isize| {
            self.tokens
                .get(i.wrapping_add_signed(k))
                .map_or(0, |t| t.cue.kind())
        };
        let position = u64::from(self.caps_sentence) * 2 + u64::from(i == 0);
        use Template::*;
        if t.cue.label > 0 {
            let surname = u64::from(t.cue.after_given_name);
            out.extend([
                feature(DocType, t.cue.kind() * 4 + position),
                feature(DocAfterGivenName, surname),
                feature(DocAfterGivenNameType, t.cue.kind() * 2 + surname),
            ]);
        }
        if t.cue.lower {
            out.push(feature(DocLower, position));
        }
        let (prev, next) = (kind_at(-1), kind_at(1));
        if prev > 0 {
            out.push(feature(PrevDocType, prev));
        }
        if next > 0 {
            out.push(feature(NextDocType, next));
        }
    }

    /// Appends the hashes of all of token `i`'s features given the two previous labels.
    pub fn features(&self, i: usize, prev: Label, prev2: Label, out: &mut Vec<u64>) {
        self.static_features(i, out);
        self.label_features(i, prev, prev2, out);
        self.document_features(i, prev, out);
    }

    /// Appends the hashes of the features that depend on the previous labels.
    pub fn label_features(&self, i: usize, prev: Label, prev2: Label, out: &mut Vec<u64>) {
        let t = &self.tokens[i];
        let next_word = self.tokens.get(i + 1).map_or(END, |n| n.word);
        use Template::*;
        out.extend([
            feature(PrevLabelNextWord, mix(prev.index() as u64, next_word)),
            feature(PrevLabel, prev.index() as u64),
            feature(PrevLabels, (prev.index() * 16 + prev2.index()) as u64),
            feature(PrevLabelWord, mix(prev.index() as u64, t.word)),
            feature(PrevLabelShape, mix(prev.index() as u64, t.shape)),
        ]);
    }

    /// Appends the hashes of the document cues of token `i` and its neighbours (none before
    /// [`DocumentCues::apply`]), the cue's type also with the previous label: whether the
    /// token continues a name or starts one ("Juan Carlos Lago" after "Carlos Moya" elsewhere).
    pub fn document_features(&self, i: usize, prev_label: Label, out: &mut Vec<u64>) {
        self.document_static_features(i, out);
        if let Some(kind) = self.cue_kind(i) {
            out.push(prev_cue_feature(kind, prev_label));
        }
    }

    /// Appends the hashes of the features that depend only on the sentence's words: token
    /// `i`'s [`Self::word_features`], then its [`Self::context_features`]. (Their order
    /// changes no score: every sum of weights, the tagger's and training's, is a sum of
    /// integers, exact in f32.)
    pub fn static_features(&self, i: usize, out: &mut Vec<u64>) {
        self.word_features(i, out);
        self.context_features(i, out);
    }

    /// The number of token `i`'s word in the [`WordCache`] the sentence was filled from:
    /// tokens with the same number have the same [`Self::word_features`].
    pub fn word_id(&self, i: usize) -> usize {
        self.tokens[i].id as usize
    }

    /// Appends the hashes of the features of token `i`'s word alone: the same wherever it
    /// stands.
    pub fn word_features(&self, i: usize, out: &mut Vec<u64>) {
        let t = &self.tokens[i];
        use Template::*;
        out.extend([
            feature(Bias, 0),
            feature(Word, t.word),
            feature(RawWord, t.raw),
            feature(Shape, t.shape),
            feature(Name, t.name as u64),
        ]);
        for k in 0..AFFIXES {
            out.push(feature(Prefix, self.affix(t, k, false).unwrap_or(0)));
            out.push(feature(Suffix, self.affix(t, k, true).unwrap_or(0)));
        }
        if t.organisation_word {
            out.push(feature(OrganisationWord, 0));
        }
    }

    /// Appends the hashes of the features of token `i` in its sentence: its neighbours, its
    /// position, the gazetteer names and the run of capitalised words it is in.
    pub fn context_features(&self, i: usize, out: &mut Vec<u64>) {
        let t = &self.tokens[i];
        let at = |k: isize| self.tokens.get(i.wrapping_add_signed(k));
        let word_at = |k| at(k).map_or(if k < 0 { START } else { END }, |t| t.word);
        let shape_at = |k| at(k).map_or(if k < 0 { START } else { END }, |t| t.shape);
        let gaz_at = |k| at(k).map_or(0, |t| t.gazetteer) as u64;
        let (prev_word, next_word) = (word_at(-1), word_at(1));
        let (prev_shape, next_shape) = (shape_at(-1), shape_at(1));
        use Template::*;
        out.extend([
            feature(PrevSuffix, at(-1).map_or(START, |p| p.last_three_chars)),
            feature(NextSuffix, at(1).map_or(END, |n| n.last_three_chars)),
            feature(PrevWord, prev_word),
            feature(NextWord, next_word),
            feature(PrevPrevWord, word_at(-2)),
            feature(NextNextWord, word_at(2)),
            feature(PrevWordWord, mix(prev_word, t.word)),
            feature(WordNextWord, mix(t.word, next_word)),
            feature(PrevShape, prev_shape),
            feature(NextShape, next_shape),
            feature(ShapeTrigram, mix(mix(prev_shape, t.shape), next_shape)),
            feature(PrevWordShape, mix(prev_word, t.shape)),
            feature(ShapeNextWord, mix(t.shape, next_word)),
            feature(PrevPrevShape, shape_at(-2)),
            feature(NextNextShape, shape_at(2)),
            feature(Gazetteer, gaz_at(0)),
            feature(PrevName, at(-1).map_or(8, |p| p.name) as u64),
            feature(NextName, at(1).map_or(8, |n| n.name) as u64),
            feature(
                NamePairs,
                (u64::from(at(-1).map_or(8, |p| p.name)) << 8 | u64::from(t.name)) << 8
                    | u64::from(at(1).map_or(8, |n| n.name)),
            ),
            feature(PrevGazetteer, gaz_at(-1)),
            feature(NextGazetteer, gaz_at(1)),
        ]);
        if i == 0 {
            out.push(feature(FirstShape, t.shape));
        }
        if self.caps_sentence {
            out.push(feature(CapsSentenceWord, t.word));
        }
        if at(-1).is_some_and(|p| p.title) {
            out.push(feature(PrevTitle, 0));
        }
        if let Some(end) = t.run_end {
            out.push(feature(RunEnd, end));
        }
        if at(1).is_some_and(|n| n.organisation_word) {
            out.push(feature(NextOrganisationWord, 0));
        }
    }
}

/// Hash of the first (or last) `k + 1` characters of a normalised word (`ascii`: of ASCII
/// only); None when it is shorter.
#[inline]
fn affix(word: &str, ascii: bool, k: usize, suffix: bool) -> Option<u64> {
    if ascii {
        // One byte a char: the same pieces as below, without decoding. Inlined (eight calls
        // a word); the rare other words are cut in `wide_affix`.
        let word = word.as_bytes();
        if k >= word.len() {
            return None;
        }
        let piece = if suffix {
            &word[word.len() - 1 - k..]
        } else {
            &word[..=k]
        };
        return Some(xxh3_64_with_seed(piece, k as u64));
    }
    wide_affix(word, k, suffix)
}

/// [`affix`] of a word with non-ASCII chars.
#[inline(never)]
fn wide_affix(word: &str, k: usize, suffix: bool) -> Option<u64> {
    let piece = if suffix {
        let (start, _) = word.char_indices().rev().nth(k)?;
        &word[start..]
    } else {
        word.char_indices().nth(k)?;
        let end = word
            .char_indices()
            .nth(k + 1)
            .map_or(word.len(), |(end, _)| end);
        &word[..end]
    };
    Some(xxh3_64_with_seed(piece.as_bytes(), k as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalised(word: &str) -> String {
        let mut out = String::new();
        normalise(word, &mut out);
        out
    }

    fn shaped(word: &str) -> String {
        let mut buf = Vec::new();
        shape(word, &mut buf);
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn typography_is_folded_to_conll_forms() {
        assert_eq!(normalised("Russia´s"), "russia's");
        assert_eq!(normalised("“"), "\"");
        assert_eq!(normalised("1996-08-22"), "0000-00-00");
        assert_eq!(shaped("U.S."), "X.X.");
        assert_eq!(shaped("al-Assad"), "x-Xx");
        assert_eq!(shaped("McDonald"), "XxXx");
        assert_eq!(shaped("1,000"), "d,d");
    }

    #[test]
    fn gazetteer_marks_longest_names_and_plain_words() {
        let mut f = SentenceFeatures::default();
        let words = [
            "He", "flew", "from", "New", "York", "to", "the", "U.S.", ".",
        ];
        f.fill(&words);
        let gaz: Vec<u8> = f.tokens.iter().map(|t| t.gazetteer).collect();
        // place = type 2: B = 5, I = 6.
        assert_eq!(gaz, [0, 0, 0, 5, 6, 0, 0, 5, 0]);
        assert!(f.skips(1, Label::O));
        assert!(!f.skips(3, Label::O));
        assert!(
            !f.skips(5, Label::begin(2)),
            "a lowercase word may continue a name"
        );
    }

    #[test]
    fn capitalised_words_know_the_end_of_their_run() {
        let mut f = SentenceFeatures::default();
        f.fill(&["Kloof", "Gold", "Mining", "Co", "said", "Monday"]);
        let ends: Vec<Option<u64>> = f.tokens.iter().map(|t| t.run_end).collect();
        let co = Some(f.tokens[3].word);
        assert_eq!(ends, [co, co, co, co, None, Some(f.tokens[5].word)]);
    }

    #[test]
    fn document_cues_give_the_majority_type_of_other_occurrences() {
        let sentences = [
            (vec!["MaliVai", "Washington", "won", "."], "B-PER I-PER O O"),
            (
                vec!["Washington", "lost", "in", "Washington"],
                "B-PER O O B-LOC",
            ),
            (vec!["Washington", "said", "."], "B-PER O O"),
            (vec!["WASHINGTON", "LOSES", "SEMI"], "B-LOC O O"),
            (
                vec!["Won", "in", "Paris", ",", "he", "won"],
                "O O B-LOC O O O",
            ),
        ];
        let mut features: Vec<SentenceFeatures> = Vec::new();
        let mut labels: Vec<Vec<Label>> = Vec::new();
        for (words, tags) in &sentences {
            let mut f = SentenceFeatures::default();
            f.fill(words);
            features.push(f);
            labels.push(tags.split(' ').map(|t| Label::parse(t).unwrap()).collect());
        }
        let mut cues = DocumentCues::default();
        cues.count(features.iter().zip(labels.iter().map(Vec::as_slice)));
        for (f, l) in features.iter_mut().zip(&labels) {
            cues.apply(f, l);
        }
        let kinds = |s: usize| -> Vec<u64> { features[s].cues().map(Cue::kind).collect() };
        // 0 no other occurrence, 1 O, 2 PER, 4 LOC. The headline in capitals counts for
        // nothing but gets the others' votes: PER 3, LOC 1.
        assert_eq!(kinds(0), [0, 2, 0, 0]);
        assert_eq!(kinds(1), [2, 0, 0, 2]);
        assert_eq!(kinds(3), [2, 0, 0]);
        assert_eq!(
            kinds(4),
            [0, 0, 0, 0, 0, 0],
            "Won has no other capitalised occurrence"
        );
        assert!(features[4].tokens[0].cue.lower, "but appears in lowercase");
        assert!(!features[3].tokens[0].cue.lower);
    }

    #[test]
    fn features_depend_on_context_and_previous_labels() {
        let mut f = SentenceFeatures::default();
        f.fill(&["Mr", "Shoigu", "said"]);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        f.features(1, Label::O, Label::O, &mut a);
        f.features(1, Label::begin(0), Label::O, &mut b);
        assert!(a.iter().any(|h| *h == feature(Template::PrevTitle, 0)));
        let differ = a.iter().zip(&b).filter(|(x, y)| x != y).count();
        assert_eq!(
            differ, 5,
            "the five label templates change with the previous label"
        );
        let mut c = Vec::new();
        f.fill(&["Mr", "Shoigu", "said"]);
        f.features(1, Label::O, Label::O, &mut c);
        assert_eq!(a, c, "features are deterministic");
    }
}
