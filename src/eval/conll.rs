//! CoNLL-2003 files: one `token [POS [chunk]] tag` line per token, a blank line between
//! sentences, `-DOCSTART-` lines between documents. Tags are IOB1 or IOB2 over PER, ORG, LOC
//! and MISC; they are read as IOB2 (an I-X that starts a chunk becomes B-X), which keeps every
//! chunk as conlleval reads it.
//!
//! Files are read as documents (Reuters stories), because the tagger uses what it found
//! elsewhere in the same document. Copies of CoNLL-2003 without `-DOCSTART-` lines still show
//! where stories start: each opens with a headline followed by a dateline ("LONDON
//! 1996-08-30", or the bare date), so a sentence before a dateline starts a document.

use std::path::Path;

use crate::error::{Error, Result};
use crate::extract::ner::train::LabeledSentence;
use crate::extract::ner::Label;

/// A document: its sentences in order.
pub type LabeledDocument = Vec<LabeledSentence>;

/// Reads and parses a CoNLL file into documents.
pub fn read(path: &Path) -> Result<Vec<LabeledDocument>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text, path)
}

/// Parses CoNLL text into documents; `path` names it in errors (`path:line: problem`).
pub fn parse(text: &str, path: &Path) -> Result<Vec<LabeledDocument>> {
    let mut sentences = Vec::new();
    // Indexes of the sentences that follow a `-DOCSTART-` line.
    let mut starts = vec![0];
    let mut current = LabeledSentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    let finish = |current: &mut LabeledSentence, sentences: &mut Vec<LabeledSentence>| {
        if !current.words.is_empty() {
            sentences.push(std::mem::replace(
                current,
                LabeledSentence {
                    words: Vec::new(),
                    labels: Vec::new(),
                },
            ));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [] => finish(&mut current, &mut sentences),
            ["-DOCSTART-", ..] => {
                finish(&mut current, &mut sentences);
                starts.push(sentences.len());
            }
            [_] => {
                return Err(Error::Conll {
                    path: path.to_path_buf(),
                    line: n + 1,
                    problem: format!("expected `token ... tag`, found {line:?}"),
                })
            }
            [word, .., tag] => {
                let mut label = Label::parse(tag).ok_or_else(|| Error::Conll {
                    path: path.to_path_buf(),
                    line: n + 1,
                    problem: format!(
                        "unknown tag {tag:?} (expected O, B-X or I-X with X one of PER ORG LOC MISC)"
                    ),
                })?;
                let prev = current.labels.last().copied().unwrap_or(Label::O);
                if label.is_inside() && prev.kind() != label.kind() {
                    label = Label::begin(label.kind().expect("inside labels have a type"));
                }
                current.words.push(word.to_string());
                current.labels.push(label);
            }
        }
    }
    finish(&mut current, &mut sentences);
    if sentences.is_empty() {
        return Err(Error::Conll {
            path: path.to_path_buf(),
            line: text.lines().count(),
            problem: "no tokens".into(),
        });
    }
    if starts.len() == 1 {
        starts.extend((1..sentences.len()).filter(|&s| {
            s + 1 < sentences.len() && is_dateline(&sentences[s + 1]) && !is_dateline(&sentences[s])
        }));
    }
    starts.push(sentences.len());
    starts.dedup();
    let mut sentences = sentences.into_iter();
    Ok(starts
        .windows(2)
        .map(|w| sentences.by_ref().take(w[1] - w[0]).collect())
        .filter(|d: &LabeledDocument| !d.is_empty())
        .collect())
}

/// "LONDON 1996-08-30", "SAO PAULO 1996-08-30", "1996-08-22": capitalised words (at most
/// six tokens with commas) then a date.
fn is_dateline(sentence: &LabeledSentence) -> bool {
    let Some((date, place)) = sentence.words.split_last() else {
        return false;
    };
    let date = date.as_bytes();
    date.len() == 10
        && date.iter().enumerate().all(|(i, &b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
        && place.len() <= 6
        && place
            .iter()
            .all(|w| w == "," || w.starts_with(|c: char| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_three_and_four_columns_docstart_and_iob1() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nPeter NNP I-PER\nBlackburn NNP I-PER\n";
        let documents = parse(text, Path::new("t.txt")).unwrap();
        assert_eq!(documents.len(), 1);
        let sentences = &documents[0];
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].words, ["EU", "rejects"]);
        assert_eq!(sentences[0].labels, [Label::begin(1), Label::O]);
        assert_eq!(sentences[1].labels, [Label::begin(0), Label::inside(0)]);
    }

    #[test]
    fn documents_start_at_docstart_or_before_a_dateline() {
        let story = "HEADLINE NN O\n\nLONDON NNP B-LOC\n1996-08-30 CD O\n\nText NN O\n\n";
        let text = format!("{story}{story}Bare NN O\n\n1996-08-22 CD O\n");
        let documents = parse(&text, Path::new("t.txt")).unwrap();
        let sizes: Vec<usize> = documents.iter().map(Vec::len).collect();
        assert_eq!(sizes, [3, 3, 2]);
        let marked = format!("-DOCSTART- O\n\n{story}-DOCSTART- O\n\nA NN O\n\nB NN O\n");
        let documents = parse(&marked, Path::new("t.txt")).unwrap();
        let sizes: Vec<usize> = documents.iter().map(Vec::len).collect();
        assert_eq!(
            sizes,
            [3, 2],
            "with -DOCSTART- lines, datelines are ignored"
        );
    }

    #[test]
    fn malformed_lines_name_path_and_line() {
        let err = parse("EU NNP B-ORG\nrejects VBZ X-FOO\n", Path::new("t.txt")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("t.txt:2: unknown tag \"X-FOO\""),
            "{err}"
        );
        let err = parse("EU NNP B-ORG\n\nlonely\n", Path::new("t.txt")).unwrap_err();
        assert!(err.to_string().starts_with("t.txt:3: "), "{err}");
        assert!(parse("\n\n", Path::new("t.txt")).is_err());
    }
}
