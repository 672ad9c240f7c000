//! A statistical named-entity tagger: an averaged (structured) perceptron over hashed
//! features (word, neighbouring words, shape, affixes, gazetteer matches, the previous label),
//! decoded by Viterbi over the labels with BIO constraints (models made with `--greedy`:
//! greedily, left to right). The weights ship in `models/ner.bin` (made by
//! `newsdex train ner`, see README.md) and are compiled into the binary.

mod features;
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

pub use features::{DocumentCues, SentenceFeatures, WordCache};

use super::EntityType;

/// Entity types in the order of CoNLL-2003's tags.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
/// O, then B- and I- for each type.
pub const NUM_LABELS: usize = 1 + 2 * TYPES.len();

/// A BIO label: 0 is O, 1 + 2t is B-type t, 2 + 2t is I-type t.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label(u8);

impl Label {
    pub const O: Label = Label(0);

    pub fn begin(kind: usize) -> Label {
        Label(1 + 2 * kind as u8)
    }

    pub fn inside(kind: usize) -> Label {
        Label(2 + 2 * kind as u8)
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The type index into [`TYPES`], None for O.
    pub fn kind(self) -> Option<usize> {
        (self.0 > 0).then(|| (self.0 as usize - 1) / 2)
    }

    pub fn is_inside(self) -> bool {
        self.0 > 0 && self.0.is_multiple_of(2)
    }

    /// Parses "O", "B-PER", "I-LOC", ...
    pub fn parse(tag: &str) -> Option<Label> {
        if tag == "O" {
            return Some(Label::O);
        }
        let (prefix, kind) = tag.split_once('-')?;
        let kind = TYPES.iter().position(|t| *t == kind)?;
        match prefix {
            "B" => Some(Label::begin(kind)),
            "I" => Some(Label::inside(kind)),
            _ => None,
        }
    }

    /// "O", "B-PER", "I-LOC", ...
    pub fn name(self) -> String {
        match self.kind() {
            None => "O".into(),
            Some(k) => format!("{}-{}", if self.is_inside() { "I" } else { "B" }, TYPES[k]),
        }
    }

    /// Whether this label may follow `prev`: I-X only continues B-X or I-X.
    fn may_follow(self, prev: Label) -> bool {
        !self.is_inside() || prev.kind() == self.kind()
    }
}

/// The project's entity type for a CoNLL type index.
pub fn entity_type(kind: usize) -> EntityType {
    [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Misc,
    ][kind]
}

/// Anything that scores a row of the weight table: the shipped i16 weights, or the f32
/// weights during training.
pub trait Weights {
    fn bits(&self) -> u32;
    fn add_row(&self, row: usize, scores: &mut [f32; NUM_LABELS]);

    /// Adds the rows of these feature hashes.
    fn add_rows(&self, hashes: &[u64], scores: &mut [f32; NUM_LABELS]) {
        let bits = self.bits();
        for &h in hashes {
            self.add_row(row(h, bits), scores);
        }
    }
}

/// The scores of the features `features` appends to `hashes` (cleared first).
fn score<W: Weights>(
    weights: &W,
    hashes: &mut Vec<u64>,
    features: impl FnOnce(&mut Vec<u64>),
) -> [f32; NUM_LABELS] {
    hashes.clear();
    features(hashes);
    let mut scores = [0.0; NUM_LABELS];
    weights.add_rows(hashes, &mut scores);
    scores
}

/// The weight-table row of a feature hash.
fn row(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The best label allowed after `prev`; ties go to the lower label.
fn best(scores: &[f32; NUM_LABELS], prev: Label) -> Label {
    (0..NUM_LABELS)
        .map(|l| Label(l as u8))
        .filter(|l| l.may_follow(prev))
        .max_by(|a, b| {
            scores[a.index()]
                .total_cmp(&scores[b.index()])
                .then(b.0.cmp(&a.0))
        })
        .expect("O may always follow")
}

/// [`best`] on integer scores: the same choice (O may always follow; a later label wins
/// only with a strictly higher score, so ties go to the lower label).
fn best_exact(scores: &[i32; NUM_LABELS], prev: Label) -> Label {
    let mut best = Label::O;
    for l in 1..NUM_LABELS {
        let label = Label(l as u8);
        if scores[l] > scores[best.index()] && label.may_follow(prev) {
            best = label;
        }
    }
    best
}

/// Chooses token `i`'s label given the previous two. `rows` receives the rows of the features
/// used (empty when the token is skipped as plainly outside any entity).
fn predict<W: Weights>(
    weights: &W,
    sentence: &SentenceFeatures,
    i: usize,
    (prev, prev2): (Label, Label),
    hashes: &mut Vec<u64>,
    rows: &mut Vec<usize>,
) -> Label {
    rows.clear();
    if sentence.skips(i, prev) {
        return Label::O;
    }
    hashes.clear();
    sentence.features(i, prev, prev2, hashes);
    let bits = weights.bits();
    rows.extend(hashes.iter().map(|&h| row(h, bits)));
    let mut scores = [0.0; NUM_LABELS];
    for &r in rows.iter() {
        weights.add_row(r, &mut scores);
    }
    best(&scores, prev)
}

/// The scores of token `i`'s label features: per previous label, per label.
type Transitions = [[f32; NUM_LABELS]; NUM_LABELS];

/// 0 where a label may follow the previous one, minus infinity where not (I-X only continues
/// B-X or I-X).
fn allowed() -> &'static Transitions {
    static ALLOWED: OnceLock<Transitions> = OnceLock::new();
    ALLOWED.get_or_init(|| {
        std::array::from_fn(|p| {
            std::array::from_fn(|l| {
                if Label(l as u8).may_follow(Label(p as u8)) {
                    0.0
                } else {
                    f32::NEG_INFINITY
                }
            })
        })
    })
}

/// Token `i`'s first-order scores for [`viterbi`], per previous label and label: minus
/// infinity where the label may not follow ([`allowed`]), else the scores of its
/// [`SentenceFeatures::prev_features`].
trait TransitionScores {
    fn of(&mut self, i: usize) -> &Transitions;
}

/// [`TransitionScores`] summed anew for each token (training: the weights change).
struct SummedTransitions<'a, W> {
    weights: &'a W,
    sentence: &'a SentenceFeatures,
    hashes: &'a mut Vec<u64>,
    table: Transitions,
}

impl<'a, W: Weights> SummedTransitions<'a, W> {
    fn new(weights: &'a W, sentence: &'a SentenceFeatures, hashes: &'a mut Vec<u64>) -> Self {
        SummedTransitions {
            weights,
            sentence,
            hashes,
            table: *allowed(),
        }
    }
}

impl<W: Weights> TransitionScores for SummedTransitions<'_, W> {
    fn of(&mut self, i: usize) -> &Transitions {
        self.table = *allowed();
        for (p, scores) in self.table.iter_mut().enumerate() {
            self.hashes.clear();
            self.sentence.prev_features(i, Label(p as u8), self.hashes);
            self.weights.add_rows(self.hashes, scores);
        }
        &self.table
    }
}

/// Viterbi decoding over labels with first-order label features; the same decoder serves
/// training (the structured perceptron) and tagging. `static_scores(i, hashes)` gives token
/// `i`'s label-free scores but the document's (those of its
/// [`SentenceFeatures::static_features`]), asked once per scored token; `transitions` its
/// first-order scores. A token [`SentenceFeatures::forced_outside`] after a label is O from
/// it, adding nothing. Ties go to the lower label.
fn viterbi<W: Weights>(
    weights: &W,
    sentence: &SentenceFeatures,
    hashes: &mut Vec<u64>,
    back: &mut Vec<[u8; NUM_LABELS]>,
    labels: &mut [Label],
    mut static_scores: impl FnMut(usize, &mut Vec<u64>) -> [f32; NUM_LABELS],
    transitions: &mut impl TransitionScores,
) {
    let n = labels.len();
    if n == 0 {
        return;
    }
    let mut delta = [f32::NEG_INFINITY; NUM_LABELS];
    delta[0] = 0.0;
    // Whether O is the only label `delta` allows (before the first token, and after a token
    // O after any label).
    let mut outside_only = true;
    back.clear();
    for i in 0..n {
        let mut next = [f32::NEG_INFINITY; NUM_LABELS];
        // Four bytes a label, as the scores: the loop over labels below is vectorised.
        let mut from = [0u32; NUM_LABELS];
        // A token O after any label, or after O when O is all `delta` allows: O, and `delta`
        // stays as it is (what the loops below make of it). Most tokens, in runs.
        if outside_only && sentence.forced_outside(i, Label::O) {
            back.push([0; NUM_LABELS]);
            continue;
        }
        // O after any label: only the best previous label to keep, no per-label test (the
        // loop below does the same when every test is true).
        if sentence.outside_after_any(i) {
            let mut from = [0u8; NUM_LABELS];
            for (p, &d) in delta.iter().enumerate() {
                if d > next[0] {
                    next[0] = d;
                    from[0] = p as u8;
                }
            }
            delta = next;
            outside_only = true;
            back.push(from);
            continue;
        }
        // Else a label `delta` allows is not forced outside (a token not O after any label is
        // forced outside only after O, and not even then when O is all `delta` allows): the
        // token is scored.
        let mut base = static_scores(i, hashes);
        hashes.clear();
        sentence.document_static_features(i, hashes);
        weights.add_rows(hashes, &mut base);
        let trans = transitions.of(i);
        for (p, &d) in delta.iter().enumerate() {
            if d == f32::NEG_INFINITY {
                continue;
            }
            if sentence.forced_outside(i, Label(p as u8)) {
                if d > next[0] {
                    next[0] = d;
                    from[0] = p as u32;
                }
                continue;
            }
            let trans = &trans[p];
            for l in 0..NUM_LABELS {
                let score = d + base[l] + trans[l];
                // Selects, not a branch (vectorised): the same as `if score > next[l]`.
                let better = score > next[l];
                next[l] = if better { score } else { next[l] };
                from[l] = if better { p as u32 } else { from[l] };
            }
        }
        delta = next;
        outside_only = false;
        back.push(from.map(|p| p as u8));
    }
    let mut best = 0;
    for l in 1..NUM_LABELS {
        if delta[l] > delta[best] {
            best = l;
        }
    }
    for i in (0..n).rev() {
        labels[i] = Label(best as u8);
        best = back[i][best] as usize;
    }
}

/// The trained tagger: quantised weights, `2^bits` rows of one weight per label.
pub struct Tagger {
    bits: u32,
    /// The i16 weights, widened to f32 once when the model is read: adding a row to scores is
    /// then a vector add, not nine conversions (every f32 sum of them is exact, see
    /// [`Tagger::add_row_exact`]).
    rows: Vec<[f32; NUM_LABELS]>,
    /// Trained with document cues: tag documents in two passes.
    documents: bool,
    /// Decoded by Viterbi (else greedily).
    viterbi: bool,
    /// Viterbi: the scores of the previous-label feature, per previous label; and of the
    /// previous label with each type of document cue.
    transitions: Transitions,
    cue_transitions: [Transitions; features::CUE_KINDS],
}

impl Weights for Tagger {
    fn bits(&self) -> u32 {
        self.bits
    }

    fn add_row(&self, row: usize, scores: &mut [f32; NUM_LABELS]) {
        for (s, &w) in scores.iter_mut().zip(&self.rows[row]) {
            *s += w;
        }
    }
}

/// The tagger's [`TransitionScores`] for a sentence (see [`Tagger::transitions`]).
struct KeptTransitions<'a> {
    tagger: &'a Tagger,
    sentence: &'a SentenceFeatures,
    tables: &'a mut FxHashMap<(u64, Option<u64>), Transitions>,
}

impl TransitionScores for KeptTransitions<'_> {
    fn of(&mut self, i: usize) -> &Transitions {
        self.tagger.transitions(self.sentence, self.tables, i)
    }
}

/// A sentence-local model.
const MAGIC: &[u8; 8] = b"NDXNER01";
/// A model with document cues.
const MAGIC_DOCUMENTS: &[u8; 8] = b"NDXNER02";
/// A model decoded by Viterbi: a byte for document cues follows the label count.
const MAGIC_VITERBI: &[u8; 8] = b"NDXNER03";

/// Scratch space for tagging, reused between documents.
#[derive(Default)]
pub struct Scratch {
    sentences: Vec<SentenceFeatures>,
    /// Per token of the document, the scores of its label-free features once computed.
    scores: Vec<Option<[i32; NUM_LABELS]>>,
    cues: DocumentCues,
    hashes: Vec<u64>,
    /// Viterbi: per token, the label-free scores; the back pointers; per (shape hash, cue
    /// type), a token's transition scores (per document): the few shapes and cue types of a
    /// document repeat, and summing the tables anew cost 81 additions a token.
    static_scores: Vec<Option<[f32; NUM_LABELS]>>,
    back: Vec<[u8; NUM_LABELS]>,
    transitions: FxHashMap<(u64, Option<u64>), Transitions>,
    /// The pieces of the document's words, and per word (by [`SentenceFeatures::word_id`])
    /// the scores of its [`SentenceFeatures::word_features`] once computed: a word's features
    /// are the same wherever it stands.
    words: WordCache,
    word_scores: Vec<Option<[f32; NUM_LABELS]>>,
}

impl Tagger {
    /// The model compiled into the binary (models/ner.bin).
    pub fn builtin() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Tagger::from_bytes(include_bytes!("../../../models/ner.bin"))
                .expect("models/ner.bin is a valid model")
        })
    }

    /// A tagger over these weights (see the fields).
    fn new(bits: u32, rows: Vec<[i16; NUM_LABELS]>, documents: bool, viterbi: bool) -> Tagger {
        let mut tagger = Tagger {
            bits,
            rows: rows.iter().map(|r| r.map(f32::from)).collect(),
            documents,
            viterbi,
            transitions: [[0.0; NUM_LABELS]; NUM_LABELS],
            cue_transitions: [[[0.0; NUM_LABELS]; NUM_LABELS]; features::CUE_KINDS],
        };
        for p in 0..NUM_LABELS {
            let prev = Label(p as u8);
            let mut s = [0.0; NUM_LABELS];
            tagger.add_row(row(features::prev_label_feature(prev), bits), &mut s);
            tagger.transitions[p] = s;
            for kind in 0..features::CUE_KINDS {
                let mut s = [0.0; NUM_LABELS];
                let h = features::prev_cue_feature(kind as u64, prev);
                tagger.add_row(row(h, bits), &mut s);
                tagger.cue_transitions[kind][p] = s;
            }
        }
        tagger
    }

    /// Token `i`'s label-free scores for [`viterbi`]: those of its word's features, kept in
    /// `words` for the word's next occurrences, plus those of its context's. (The same sums
    /// as of all its static features at once: sums of i16 weights, exact in f32.)
    fn word_and_context_scores(
        &self,
        sentence: &SentenceFeatures,
        i: usize,
        words: &mut Vec<Option<[f32; NUM_LABELS]>>,
        hashes: &mut Vec<u64>,
    ) -> [f32; NUM_LABELS] {
        let id = sentence.word_id(i);
        if words.len() <= id {
            words.resize(id + 1, None);
        }
        let mut s =
            *words[id].get_or_insert_with(|| score(self, hashes, |h| sentence.word_features(i, h)));
        hashes.clear();
        sentence.context_features(i, hashes);
        self.add_rows(hashes, &mut s);
        s
    }

    /// Token `i`'s transition scores for [`viterbi`]: [`allowed`] plus the scores of its
    /// [`SentenceFeatures::prev_features`], from the tables kept per previous label and cue
    /// type; summed once per (shape, cue type) of a document, kept in `tables`.
    fn transitions<'t>(
        &self,
        sentence: &SentenceFeatures,
        tables: &'t mut FxHashMap<(u64, Option<u64>), Transitions>,
        i: usize,
    ) -> &'t Transitions {
        let shape = sentence.shape(i);
        let cue_kind = sentence.cue_kind(i);
        tables.entry((shape, cue_kind)).or_insert_with(|| {
            let cue = cue_kind.map(|kind| &self.cue_transitions[kind as usize]);
            let allowed = allowed();
            std::array::from_fn(|p| {
                let mut by_shape = [0.0; NUM_LABELS];
                let h = features::prev_shape_feature(shape, Label(p as u8));
                self.add_row(row(h, self.bits), &mut by_shape);
                std::array::from_fn(|l| {
                    allowed[p][l]
                        + (self.transitions[p][l] + by_shape[l] + cue.map_or(0.0, |c| c[p][l]))
                })
            })
        })
    }

    /// Reads a model written by [`Tagger::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, String> {
        let (rest, documents, viterbi) = match bytes.split_at_checked(MAGIC.len()) {
            Some((magic, rest)) if magic == MAGIC => (rest, false, false),
            Some((magic, rest)) if magic == MAGIC_DOCUMENTS => (rest, true, false),
            Some((magic, rest)) if magic == MAGIC_VITERBI => (rest, false, true),
            _ => return Err("not a newsdex NER model (bad magic)".into()),
        };
        let [bits, labels, rest @ ..] = rest else {
            return Err("truncated header".into());
        };
        let (documents, rest) = if viterbi {
            let [documents, rest @ ..] = rest else {
                return Err("truncated header".into());
            };
            (*documents != 0, rest)
        } else {
            (documents, rest)
        };
        let [c0, c1, c2, c3, rest @ ..] = rest else {
            return Err("truncated header".into());
        };
        let bits = u32::from(*bits);
        if !(8..=28).contains(&bits) || *labels as usize != NUM_LABELS {
            return Err(format!("unsupported model: {bits} bits, {labels} labels"));
        }
        let count = u32::from_le_bytes([*c0, *c1, *c2, *c3]) as usize;
        const RECORD: usize = 4 + 2 * NUM_LABELS;
        if rest.len() != count * RECORD {
            return Err(format!(
                "expected {count} rows of {RECORD} bytes, found {} bytes",
                rest.len()
            ));
        }
        let mut rows = vec![[0i16; NUM_LABELS]; 1 << bits];
        for record in rest.chunks_exact(RECORD) {
            let index = u32::from_le_bytes(record[..4].try_into().expect("4 bytes")) as usize;
            let row = rows
                .get_mut(index)
                .ok_or_else(|| format!("row {index} out of range"))?;
            for (w, b) in row.iter_mut().zip(record[4..].chunks_exact(2)) {
                *w = i16::from_le_bytes([b[0], b[1]]);
            }
        }
        Ok(Tagger::new(bits, rows, documents, viterbi))
    }

    /// The model file: magic, bits, label count, then the non-zero rows in index order.
    pub fn to_bytes(&self) -> Vec<u8> {
        let nonzero: Vec<(usize, &[f32; NUM_LABELS])> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.iter().any(|&w| w != 0.0))
            .collect();
        let mut out = if self.viterbi {
            MAGIC_VITERBI
        } else if self.documents {
            MAGIC_DOCUMENTS
        } else {
            MAGIC
        }
        .to_vec();
        out.extend([self.bits as u8, NUM_LABELS as u8]);
        if self.viterbi {
            out.push(u8::from(self.documents));
        }
        out.extend((nonzero.len() as u32).to_le_bytes());
        for (index, row) in nonzero {
            out.extend((index as u32).to_le_bytes());
            for &w in row {
                // Exact: each weight was an i16.
                out.extend((w as i16).to_le_bytes());
            }
        }
        out
    }

    /// Labels one sentence's words (a document of one sentence).
    pub fn tag(&self, words: &[&str], scratch: &mut Scratch, labels: &mut Vec<Label>) {
        self.tag_document(
            words,
            std::slice::from_ref(&(0..words.len())),
            scratch,
            labels,
        );
    }

    /// Labels a document's words; `sentences` are consecutive ranges of `words`. A model
    /// trained with document cues tags twice: the first pass without cues, the second with
    /// what the first pass found elsewhere in the document.
    pub fn tag_document(
        &self,
        words: &[&str],
        sentences: &[Range<usize>],
        scratch: &mut Scratch,
        labels: &mut Vec<Label>,
    ) {
        labels.clear();
        labels.resize(words.len(), Label::O);
        let Scratch {
            sentences: features,
            scores,
            cues,
            hashes,
            static_scores,
            back,
            transitions,
            words: cache,
            word_scores,
        } = scratch;
        cache.clear();
        word_scores.clear();
        if features.len() < sentences.len() {
            features.resize_with(sentences.len(), SentenceFeatures::default);
        }
        transitions.clear();
        if self.viterbi {
            static_scores.clear();
            static_scores.resize(words.len(), None);
        } else {
            scores.clear();
            scores.resize(words.len(), None);
        }
        // In the second pass, Viterbi redecodes only the sentences with document cues.
        let mut decode =
            |f: &SentenceFeatures, range: &Range<usize>, labels: &mut [Label], second| {
                let labels = &mut labels[range.clone()];
                if !self.viterbi {
                    self.decode(f, &mut scores[range.clone()], hashes, labels, second);
                } else if !second || f.has_cues() {
                    let cached = &mut static_scores[range.clone()];
                    viterbi(
                        self,
                        f,
                        hashes,
                        back,
                        labels,
                        |i, hashes| {
                            *cached[i].get_or_insert_with(|| {
                                self.word_and_context_scores(f, i, word_scores, hashes)
                            })
                        },
                        &mut KeptTransitions {
                            tagger: self,
                            sentence: f,
                            tables: transitions,
                        },
                    );
                }
            };
        for (f, range) in features.iter_mut().zip(sentences) {
            f.fill_with(&words[range.clone()], cache);
            decode(f, range, labels, false);
        }
        if !self.documents {
            return;
        }
        let features = &mut features[..sentences.len()];
        cues.count(
            features
                .iter()
                .zip(sentences)
                .map(|(f, range)| (f, &labels[range.clone()])),
        );
        for (f, range) in features.iter_mut().zip(sentences) {
            cues.apply(f, &labels[range.clone()]);
        }
        for (f, range) in features.iter().zip(sentences) {
            decode(f, range, labels, true);
        }
    }

    /// Adds a row of weights to integer scores. A token's score is a sum of at most a few
    /// dozen i16 weights, far below 2^24: summed in f32 (as [`Weights::add_row`] does) it is
    /// exact, so the integer sum is the same number and decoding picks the same labels.
    fn add_row_exact(&self, row: usize, scores: &mut [i32; NUM_LABELS]) {
        for (s, &w) in scores.iter_mut().zip(&self.rows[row]) {
            *s += w as i32;
        }
    }

    /// Greedy decoding of one sentence; `scores` caches the label-free part of each token's
    /// scores between the two passes. In the `second` pass `labels` holds the first pass's:
    /// a token with no document feature whose two previous labels are those of the first
    /// pass has the same features as then, so it keeps its label without being scored again.
    fn decode(
        &self,
        sentence: &SentenceFeatures,
        scores: &mut [Option<[i32; NUM_LABELS]>],
        hashes: &mut Vec<u64>,
        labels: &mut [Label],
        second: bool,
    ) {
        let bits = self.bits;
        let (mut prev, mut prev2) = (Label::O, Label::O);
        // The first pass's previous two labels, in the second pass.
        let (mut first_prev, mut first_prev2) = (Label::O, Label::O);
        for (i, label) in labels.iter_mut().enumerate() {
            let first = *label;
            *label = if sentence.skips(i, prev) {
                Label::O
            } else {
                hashes.clear();
                sentence.document_features(i, prev, hashes);
                let documents = hashes.len();
                if second && documents == 0 && (prev, prev2) == (first_prev, first_prev2) {
                    first
                } else {
                    let mut total = *scores[i].get_or_insert_with(|| {
                        sentence.static_features(i, hashes);
                        let mut s = [0; NUM_LABELS];
                        for &h in &hashes[documents..] {
                            self.add_row_exact(row(h, bits), &mut s);
                        }
                        hashes.truncate(documents);
                        s
                    });
                    sentence.label_features(i, prev, prev2, hashes);
                    for &h in hashes.iter() {
                        self.add_row_exact(row(h, bits), &mut total);
                    }
                    best_exact(&total, prev)
                }
            };
            (prev, prev2) = (*label, prev);
            (first_prev, first_prev2) = (first, first_prev);
        }
    }
}

/// The entities in a label sequence as conlleval reads them: (token range, type index). A
/// chunk starts at B-X, or at I-X after O or after another type.
pub fn chunks(labels: &[Label]) -> Vec<(Range<usize>, usize)> {
    let mut out: Vec<(Range<usize>, usize)> = Vec::new();
    let mut prev = Label::O;
    for (i, &label) in labels.iter().enumerate() {
        if let Some(kind) = label.kind() {
            let continues = label.is_inside() && prev.kind() == Some(kind);
            match out.last_mut() {
                Some(last) if continues => last.0.end = i + 1,
                _ => out.push((i..i + 1, kind)),
            }
        }
        prev = label;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(tags: &str) -> Vec<Label> {
        tags.split(' ').map(|t| Label::parse(t).unwrap()).collect()
    }

    #[test]
    fn labels_parse_and_chunk_as_conlleval() {
        assert_eq!(Label::parse("B-MISC"), Some(Label::begin(3)));
        assert_eq!(Label::parse("I-FOO"), None);
        // I- after O starts a chunk; B- after I- of the same type starts another; a type
        // change inside a run starts another.
        let found = chunks(&labels("I-PER I-PER O I-LOC B-LOC I-LOC I-ORG"));
        assert_eq!(found, vec![(0..2, 0), (3..4, 2), (4..6, 2), (6..7, 1)]);
    }

    /// Weights that score only a few hand-picked rows, to test decoding.
    struct Fixed(Vec<(u64, Label, f32)>);

    impl Weights for Fixed {
        fn bits(&self) -> u32 {
            16
        }
        fn add_row(&self, r: usize, scores: &mut [f32; NUM_LABELS]) {
            for &(hash, label, w) in &self.0 {
                if row(hash, 16) == r {
                    scores[label.index()] += w;
                }
            }
        }
    }

    #[test]
    fn decoding_skips_plain_words_and_never_starts_with_inside() {
        let mut sentence = SentenceFeatures::default();
        sentence.fill(&["the", "Foo", "bar"]);
        // Make I-ORG the best label everywhere: the constraint turns the first into O.
        let mut hashes = Vec::new();
        sentence.features(1, Label::O, Label::O, &mut hashes);
        let bias = hashes[0];
        let weights = Fixed(vec![
            (bias, Label::inside(1), 5.0),
            (bias, Label::begin(1), 1.0),
        ]);
        let (mut h, mut rows) = (Vec::new(), Vec::new());
        let first = predict(
            &weights,
            &sentence,
            0,
            (Label::O, Label::O),
            &mut h,
            &mut rows,
        );
        assert_eq!(first, Label::O);
        assert!(rows.is_empty(), "plain lowercase word after O is skipped");
        let second = predict(
            &weights,
            &sentence,
            1,
            (Label::O, Label::O),
            &mut h,
            &mut rows,
        );
        assert_eq!(second, Label::begin(1));
        let third = predict(
            &weights,
            &sentence,
            2,
            (second, Label::O),
            &mut h,
            &mut rows,
        );
        assert_eq!(
            third,
            Label::inside(1),
            "a lowercase word may continue a name"
        );
    }

    #[test]
    fn viterbi_finds_the_best_sequence_not_the_greedy_one() {
        // "Peter Cook": greedily, "Peter" alone looks like a place; as a sequence, the
        // strong B-PER -> I-PER transition makes both a person.
        let mut sentence = SentenceFeatures::default();
        sentence.fill(&["Peter", "Cook", "said", "it", "."]);
        let mut hashes = Vec::new();
        sentence.static_features(0, &mut hashes);
        let peter = hashes[1];
        hashes.clear();
        sentence.static_features(1, &mut hashes);
        let cook = hashes[1];
        let transition = features::prev_label_feature(Label::begin(0));
        let weights = Fixed(vec![
            (peter, Label::begin(2), 2.0),
            (peter, Label::begin(0), 1.0),
            (cook, Label::begin(0), 1.0),
            (transition, Label::inside(0), 5.0),
        ]);
        let mut labels = vec![Label::O; 5];
        let (mut scored, mut back) = (Vec::new(), Vec::new());
        viterbi(
            &weights,
            &sentence,
            &mut hashes,
            &mut back,
            &mut labels,
            |i, hashes| {
                scored.push(i);
                score(&weights, hashes, |h| sentence.static_features(i, h))
            },
            &mut SummedTransitions::new(&weights, &sentence, &mut Vec::new()),
        );
        let tags: Vec<String> = labels.iter().map(|l| l.name()).collect();
        assert_eq!(tags, ["B-PER", "I-PER", "O", "O", "O"]);
        assert!(scored.contains(&1));
        assert!(!scored.contains(&2), "'said' joins no name: not scored");
        assert!(sentence.forced_outside(2, Label::O));
        assert!(
            sentence.forced_outside(2, Label::inside(0)),
            "'said' joins no name"
        );
        let mut bank = SentenceFeatures::default();
        bank.fill(&["Bank", "of", "England"]);
        assert!(!bank.forced_outside(1, Label::begin(1)), "'of' may");
        assert!(bank.forced_outside(1, Label::O));
    }

    #[test]
    fn model_bytes_round_trip() {
        let mut rows = vec![[0i16; NUM_LABELS]; 1 << 8];
        rows[3][2] = -7;
        rows[200][8] = 300;
        let tagger = Tagger::new(8, rows.clone(), true, false);
        let bytes = tagger.to_bytes();
        assert_eq!(bytes.len(), 8 + 2 + 4 + 2 * (4 + 2 * NUM_LABELS));
        let back = Tagger::from_bytes(&bytes).unwrap();
        assert_eq!(back.rows, tagger.rows);
        assert!(back.documents);
        assert!(Tagger::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Tagger::from_bytes(b"junk").is_err());
        let viterbi = Tagger::new(8, rows, false, true);
        let back = Tagger::from_bytes(&viterbi.to_bytes()).unwrap();
        assert!(back.viterbi && !back.documents);
        assert_eq!(back.rows, tagger.rows);
    }
}
