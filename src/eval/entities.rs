//! Entity-level scoring as conlleval counts it: a predicted entity is correct only when a gold
//! entity has exactly its span and type; precision over predicted entities, recall over gold
//! ones, overall and per type.

use serde::Serialize;

use crate::eval::conll::LabeledDocument;
use crate::extract::ner::{chunks, Label, Scratch, Tagger, TYPES};

/// Counts and figures for one type, or overall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Figures {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Entities in the gold data.
    pub gold: usize,
    /// Entities the tagger found.
    pub found: usize,
    /// Found entities with the gold span and type.
    pub correct: usize,
}

impl Figures {
    fn new(gold: usize, found: usize, correct: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (precision, recall) = (ratio(correct, found), ratio(correct, gold));
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Figures {
            precision,
            recall,
            f1,
            gold,
            found,
            correct,
        }
    }
}

/// The figures overall and for each CoNLL type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityScores {
    pub tokens: usize,
    pub overall: Figures,
    #[serde(rename = "PER")]
    pub per: Figures,
    #[serde(rename = "ORG")]
    pub org: Figures,
    #[serde(rename = "LOC")]
    pub loc: Figures,
    #[serde(rename = "MISC")]
    pub misc: Figures,
}

impl EntityScores {
    /// (type name, figures) for each type, in CoNLL order.
    pub fn by_type(&self) -> [(&'static str, &Figures); 4] {
        [
            (TYPES[0], &self.per),
            (TYPES[1], &self.org),
            (TYPES[2], &self.loc),
            (TYPES[3], &self.misc),
        ]
    }
}

/// Scores predicted label sequences against gold ones, sentence by sentence.
pub fn score<'a>(pairs: impl IntoIterator<Item = (&'a [Label], &'a [Label])>) -> EntityScores {
    // [gold, found, correct] per type.
    let mut counts = [[0usize; 3]; TYPES.len()];
    let mut tokens = 0;
    for (gold, predicted) in pairs {
        tokens += gold.len();
        let gold = chunks(gold);
        let predicted = chunks(predicted);
        for (_, kind) in &gold {
            counts[*kind][0] += 1;
        }
        for chunk in &predicted {
            counts[chunk.1][1] += 1;
            counts[chunk.1][2] += usize::from(gold.contains(chunk));
        }
    }
    let figures = |[gold, found, correct]: [usize; 3]| Figures::new(gold, found, correct);
    let total = counts
        .iter()
        .fold([0; 3], |t, c| [t[0] + c[0], t[1] + c[1], t[2] + c[2]]);
    EntityScores {
        tokens,
        overall: figures(total),
        per: figures(counts[0]),
        org: figures(counts[1]),
        loc: figures(counts[2]),
        misc: figures(counts[3]),
    }
}

/// Tags every document with `tagger`, as articles are tagged, and scores it against the gold
/// labels.
pub fn evaluate(tagger: &Tagger, documents: &[LabeledDocument]) -> EntityScores {
    let predicted = predict(tagger, documents);
    score(
        documents
            .iter()
            .flatten()
            .zip(&predicted)
            .map(|(s, p)| (s.labels.as_slice(), p.as_slice())),
    )
}

/// The tagger's labels for every sentence of the documents, in order.
pub fn predict(tagger: &Tagger, documents: &[LabeledDocument]) -> Vec<Vec<Label>> {
    let mut scratch = Scratch::default();
    let (mut words, mut ranges, mut labels) = (Vec::new(), Vec::new(), Vec::new());
    let mut predicted: Vec<Vec<Label>> = Vec::new();
    for doc in documents {
        words.clear();
        ranges.clear();
        for s in doc {
            ranges.push(words.len()..words.len() + s.words.len());
            words.extend(s.words.iter().map(String::as_str));
        }
        tagger.tag_document(&words, &ranges, &mut scratch, &mut labels);
        predicted.extend(ranges.iter().map(|r| labels[r.clone()].to_vec()));
    }
    predicted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::conll::parse;
    use crate::extract::ner::train::LabeledSentence;
    use std::path::Path;

    /// Gold and predicted tags side by side, as conlleval reads them.
    const SNIPPET: &str = "\
Peter NNP B-PER B-PER
Cook NNP I-PER I-PER
met VBD O O
NATO NNP B-ORG B-LOC
in IN O O
New NNP B-LOC O
York NNP I-LOC I-LOC
. . O O

Reuters NNP B-ORG B-ORG
said VBD O O
";

    /// The snippet with only the tag in column `k` (2: gold, 3: predicted).
    fn column(k: usize) -> Vec<LabeledSentence> {
        let text: String = SNIPPET
            .lines()
            .map(|l| match l.split(' ').collect::<Vec<_>>().as_slice() {
                [word, pos, ..] => format!("{word} {pos} {}\n", l.split(' ').nth(k).unwrap()),
                _ => "\n".into(),
            })
            .collect();
        parse(&text, Path::new("snippet")).unwrap().concat()
    }

    #[test]
    fn counts_like_conlleval() {
        let (gold, predicted) = (column(2), column(3));
        let scores = score(
            gold.iter()
                .zip(&predicted)
                .map(|(g, p)| (g.labels.as_slice(), p.labels.as_slice())),
        );
        // Gold: Peter Cook (PER), NATO (ORG), New York (LOC), Reuters (ORG).
        // Found: Peter Cook (PER), NATO (LOC, wrong type), York (LOC: I- after O starts a
        // chunk, wrong span), Reuters (ORG).
        assert_eq!(scores.overall.gold, 4);
        assert_eq!(scores.overall.found, 4);
        assert_eq!(scores.overall.correct, 2);
        assert_eq!(scores.overall.precision, 0.5);
        // The wrongly typed NATO is a false positive for LOC and a false negative for ORG.
        assert_eq!(
            (scores.org.gold, scores.org.found, scores.org.correct),
            (2, 1, 1)
        );
        assert_eq!(
            (scores.loc.gold, scores.loc.found, scores.loc.correct),
            (1, 2, 0)
        );
        assert_eq!(scores.per.f1, 1.0);
        assert_eq!(scores.misc, Figures::default());
        assert_eq!(scores.tokens, 10);
    }
}
