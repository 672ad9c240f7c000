//! Training: the averaged perceptron over labelled sentences (read from CoNLL files by
//! [`crate::eval::conll`]), structured (each sentence decoded by Viterbi, then updated where
//! the decoded labels differ from the gold ones) or, with `viterbi: false`, token by token. Deterministic: sentences are shuffled by a fixed-seed generator,
//! updates are applied in order, and the model file lists rows by index.

use super::features::Cue;
use super::{
    predict, row, score, viterbi, DocumentCues, Label, SentenceFeatures, SummedTransitions, Tagger,
    Weights, NUM_LABELS,
};

/// A sentence with its gold labels (IOB2).
#[derive(Debug, Clone, PartialEq)]
pub struct LabeledSentence {
    pub words: Vec<String>,
    pub labels: Vec<Label>,
}

#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Seed of the shuffle before each pass.
    pub seed: u64,
    /// log2 of the rows in the weight table.
    pub bits: u32,
    /// Document cues: the first-pass labels of the training documents come from this many
    /// sentence-local models, each trained without the documents it labels (jackknifing).
    /// Below 2, the model is sentence-local.
    pub folds: usize,
    /// The share of training sentences seen without their cues in each pass, so that the
    /// same weights also serve the first pass, which has none.
    pub cue_dropout: f64,
    /// Viterbi decoding, training as a structured perceptron (else greedy decoding).
    pub viterbi: bool,
    /// The final model's weights are the mean of this many perceptrons, each over its own
    /// shuffle (seeds `seed`, `seed + 1000`, ...), so that one order's accidents weigh less.
    pub shuffles: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            seed: 1,
            bits: 17,
            folds: 5,
            cue_dropout: 0.5,
            viterbi: true,
            shuffles: 3,
        }
    }
}

/// splitmix64: a small, fixed, portable generator for the shuffle.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Fisher-Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Perceptron weights with the bookkeeping for averaging lazily: each weight's running sum
/// over all steps is brought up to date only when the weight changes.
struct Averaged {
    bits: u32,
    weights: Vec<[f32; NUM_LABELS]>,
    sums: Vec<[f64; NUM_LABELS]>,
    stamps: Vec<[u32; NUM_LABELS]>,
    step: u32,
}

impl Weights for Averaged {
    fn bits(&self) -> u32 {
        self.bits
    }

    fn add_row(&self, row: usize, scores: &mut [f32; NUM_LABELS]) {
        for (s, w) in scores.iter_mut().zip(&self.weights[row]) {
            *s += w;
        }
    }
}

impl Averaged {
    fn new(bits: u32) -> Self {
        let n = 1 << bits;
        Averaged {
            bits,
            weights: vec![[0.0; NUM_LABELS]; n],
            sums: vec![[0.0; NUM_LABELS]; n],
            stamps: vec![[0; NUM_LABELS]; n],
            step: 0,
        }
    }

    fn update(&mut self, row: usize, label: Label, delta: f32) {
        let l = label.index();
        let elapsed = self.step - self.stamps[row][l];
        self.sums[row][l] += f64::from(elapsed) * f64::from(self.weights[row][l]);
        self.stamps[row][l] = self.step;
        self.weights[row][l] += delta;
    }

    /// The averaged weights.
    fn averaged(&self) -> Vec<[f64; NUM_LABELS]> {
        let step = f64::from(self.step.max(1));
        (0..self.weights.len())
            .map(|r| {
                std::array::from_fn(|l| {
                    let elapsed = f64::from(self.step - self.stamps[r][l]);
                    (self.sums[r][l] + elapsed * f64::from(self.weights[r][l])) / step
                })
            })
            .collect()
    }

    /// The averaged weights, quantised to i16 with one scale for the whole table.
    fn finish(self, documents: bool, viterbi: bool) -> Tagger {
        quantise(self.bits, &self.averaged(), documents, viterbi)
    }
}

/// Weights quantised to i16 with one scale for the whole table.
fn quantise(bits: u32, weights: &[[f64; NUM_LABELS]], documents: bool, viterbi: bool) -> Tagger {
    let max = weights.iter().flatten().fold(0.0f64, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 {
        f64::from(i16::MAX) / max
    } else {
        0.0
    };
    let rows = weights
        .iter()
        .map(|r| r.map(|w| (w * scale).round() as i16))
        .collect();
    Tagger::new(bits, rows, documents, viterbi)
}

/// Trains a tagger on documents (each a list of sentences). `progress(epoch, token_accuracy)`
/// is called after each pass of the final model.
pub fn train(
    documents: &[Vec<LabeledSentence>],
    options: &TrainOptions,
    progress: impl FnMut(usize, f64),
) -> Tagger {
    let sentences: Vec<&LabeledSentence> = documents.iter().flatten().collect();
    if options.folds < 2 {
        return final_model(&sentences, None, options, progress);
    }
    // First-pass labels, each document labelled by a model that never saw it.
    let mut first: Vec<Vec<Vec<Label>>> = vec![Vec::new(); documents.len()];
    for fold in 0..options.folds {
        let rest: Vec<&LabeledSentence> = documents
            .iter()
            .enumerate()
            .filter(|(d, _)| d % options.folds != fold)
            .flat_map(|(_, doc)| doc)
            .collect();
        let model = perceptron(&rest, None, options, |_, _| {}).finish(false, options.viterbi);
        let mut scratch = super::Scratch::default();
        for (d, doc) in documents.iter().enumerate() {
            if d % options.folds != fold {
                continue;
            }
            first[d] = doc
                .iter()
                .map(|s| {
                    let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
                    let mut labels = Vec::new();
                    model.tag(&words, &mut scratch, &mut labels);
                    labels
                })
                .collect();
        }
    }
    // The cues they give, sentence by sentence.
    let mut cues: Vec<Vec<Cue>> = Vec::with_capacity(sentences.len());
    let mut counts = DocumentCues::default();
    for (doc, labels) in documents.iter().zip(&first) {
        let mut features: Vec<SentenceFeatures> = doc
            .iter()
            .map(|s| {
                let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
                let mut f = SentenceFeatures::default();
                f.fill(&words);
                f
            })
            .collect();
        counts.count(features.iter().zip(labels.iter().map(Vec::as_slice)));
        for (f, l) in features.iter_mut().zip(labels) {
            counts.apply(f, l);
            cues.push(f.cues().collect());
        }
    }
    final_model(&sentences, Some(&cues), options, progress)
}

/// The mean of [`TrainOptions::shuffles`] perceptrons over the sentences, each with its own
/// shuffle seed; `progress` follows the first.
fn final_model(
    sentences: &[&LabeledSentence],
    cues: Option<&[Vec<Cue>]>,
    options: &TrainOptions,
    progress: impl FnMut(usize, f64),
) -> Tagger {
    let first = perceptron(sentences, cues, options, progress);
    let mut sum = first.averaged();
    for k in 1..options.shuffles {
        let seed = options.seed + 1000 * k as u64;
        let model = perceptron(
            sentences,
            cues,
            &TrainOptions { seed, ..*options },
            |_, _| {},
        );
        for (total, row) in sum.iter_mut().zip(model.averaged()) {
            for (t, w) in total.iter_mut().zip(row) {
                *t += w;
            }
        }
    }
    // The scale of quantising makes the sum as good as the mean.
    quantise(options.bits, &sum, cues.is_some(), options.viterbi)
}

/// The averaged perceptron over sentences, with their document cues if given.
fn perceptron(
    sentences: &[&LabeledSentence],
    cues: Option<&[Vec<Cue>]>,
    options: &TrainOptions,
    mut progress: impl FnMut(usize, f64),
) -> Averaged {
    let mut model = Averaged::new(options.bits);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = SplitMix(options.seed);
    let mut dropout = SplitMix(options.seed ^ 0x00C0_FFEE);
    let mut features = SentenceFeatures::default();
    let (mut hashes, mut rows) = (Vec::new(), Vec::new());
    let mut words: Vec<&str> = Vec::new();
    let mut scratch = Structured::default();
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &s in &order {
            let sentence = sentences[s];
            words.clear();
            words.extend(sentence.words.iter().map(String::as_str));
            features.fill(&words);
            if let Some(cues) = cues {
                let keep =
                    (dropout.next() >> 11) as f64 / (1u64 << 53) as f64 >= options.cue_dropout;
                if keep {
                    features.set_cues(&cues[s]);
                }
            }
            if options.viterbi {
                let (c, t) =
                    structured_update(&mut model, &features, &sentence.labels, &mut scratch);
                correct += c;
                total += t;
                continue;
            }
            let (mut prev, mut prev2) = (Label::O, Label::O);
            for (i, &gold) in sentence.labels.iter().enumerate() {
                model.step += 1;
                let guess = predict(&model, &features, i, (prev, prev2), &mut hashes, &mut rows);
                if guess != gold {
                    for &r in &rows {
                        model.update(r, gold, 1.0);
                        model.update(r, guess, -1.0);
                    }
                }
                correct += usize::from(guess == gold);
                total += 1;
                (prev, prev2) = (guess, prev);
            }
        }
        progress(epoch, correct as f64 / total.max(1) as f64);
    }
    model
}

/// Scratch space of the structured perceptron.
#[derive(Default)]
struct Structured {
    hashes: Vec<u64>,
    prev_hashes: Vec<u64>,
    back: Vec<[u8; NUM_LABELS]>,
    guess: Vec<Label>,
    gold_rows: Vec<usize>,
    guess_rows: Vec<usize>,
}

/// The rows of token `i`'s features after `prev` as [`viterbi`] scores them (none when the
/// token is forced outside).
fn viterbi_rows(
    features: &SentenceFeatures,
    i: usize,
    prev: Label,
    bits: u32,
    hashes: &mut Vec<u64>,
    rows: &mut Vec<usize>,
) {
    rows.clear();
    if features.forced_outside(i, prev) {
        return;
    }
    hashes.clear();
    features.static_features(i, hashes);
    features.document_static_features(i, hashes);
    features.prev_features(i, prev, hashes);
    rows.extend(hashes.iter().map(|&h| row(h, bits)));
}

/// One step of the structured perceptron: decodes the sentence by Viterbi and, where the
/// guess differs from the gold labels, moves the weights from the guess's features to the
/// gold's. Returns (correct tokens, tokens).
fn structured_update(
    model: &mut Averaged,
    features: &SentenceFeatures,
    gold: &[Label],
    s: &mut Structured,
) -> (usize, usize) {
    let n = gold.len();
    model.step += 1;
    s.guess.clear();
    s.guess.resize(n, Label::O);
    let weights = &*model;
    viterbi(
        weights,
        features,
        &mut s.hashes,
        &mut s.back,
        &mut s.guess,
        |i, hashes| score(weights, hashes, |h| features.static_features(i, h)),
        &mut SummedTransitions::new(weights, features, &mut s.prev_hashes),
    );
    let correct = s.guess.iter().zip(gold).filter(|(a, b)| a == b).count();
    if correct == n {
        return (n, n);
    }
    let bits = model.bits;
    let (mut gold_prev, mut guess_prev) = (Label::O, Label::O);
    for (i, (&g, &p)) in gold.iter().zip(&s.guess).enumerate() {
        if (g, gold_prev) != (p, guess_prev) {
            viterbi_rows(
                features,
                i,
                gold_prev,
                bits,
                &mut s.hashes,
                &mut s.gold_rows,
            );
            viterbi_rows(
                features,
                i,
                guess_prev,
                bits,
                &mut s.hashes,
                &mut s.guess_rows,
            );
            for &r in &s.gold_rows {
                model.update(r, g, 1.0);
            }
            for &r in &s.guess_rows {
                model.update(r, p, -1.0);
            }
        }
        (gold_prev, guess_prev) = (g, p);
    }
    (correct, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(pairs: &[(&str, &str)]) -> LabeledSentence {
        LabeledSentence {
            words: pairs.iter().map(|p| p.0.to_string()).collect(),
            labels: pairs.iter().map(|p| Label::parse(p.1).unwrap()).collect(),
        }
    }

    #[test]
    fn learns_a_tiny_corpus_deterministically() {
        let data = vec![
            sentence(&[
                ("Peter", "B-PER"),
                ("Cook", "I-PER"),
                ("said", "O"),
                (".", "O"),
            ]),
            sentence(&[("Cook", "B-PER"), ("visited", "O"), ("Moscow", "B-LOC")]),
            sentence(&[
                ("Reuters", "B-ORG"),
                ("said", "O"),
                ("Moscow", "B-LOC"),
                ("won", "O"),
            ]),
        ];
        let options = TrainOptions {
            epochs: 5,
            seed: 7,
            bits: 12,
            folds: 0,
            cue_dropout: 0.5,
            viterbi: true,
            shuffles: 2,
        };
        let data = vec![data];
        let mut accuracy = Vec::new();
        let tagger = train(&data, &options, |_, a| accuracy.push(a));
        assert_eq!(accuracy.len(), 5);
        assert_eq!(*accuracy.last().unwrap(), 1.0);
        let again = train(&data, &options, |_, _| {});
        assert_eq!(tagger.to_bytes(), again.to_bytes());
        let mut labels = Vec::new();
        tagger.tag(
            &["Peter", "Cook", "said", "."],
            &mut Default::default(),
            &mut labels,
        );
        assert_eq!(labels, data[0][0].labels);
        // With document cues (two folds of one-sentence documents), still deterministic.
        let documents: Vec<Vec<LabeledSentence>> =
            data[0].iter().map(|s| vec![s.clone()]).collect();
        let options = TrainOptions {
            folds: 2,
            ..options
        };
        let a = train(&documents, &options, |_, _| {});
        assert!(a.documents);
        assert_eq!(
            a.to_bytes(),
            train(&documents, &options, |_, _| {}).to_bytes()
        );
    }
}
