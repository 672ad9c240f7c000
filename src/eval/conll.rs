//! CoNLL-2003 files: one `token [POS [chunk]] tag` line per token, a blank line between
//! sentences, `-DOCSTART-` lines between documents. Tags are IOB1 or IOB2 over PER, ORG, LOC
//! and MISC; they are read as IOB2 (an I-X that starts a chunk becomes B-X), which keeps every
//! chunk as conlleval reads it.

use std::path::Path;

use crate::error::{Error, Result};
use crate::extract::ner::train::LabeledSentence;
use crate::extract::ner::Label;

/// Reads and parses a CoNLL file.
pub fn read(path: &Path) -> Result<Vec<LabeledSentence>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text, path)
}

/// Parses CoNLL text; `path` names it in errors (`path:line: problem`).
pub fn parse(text: &str, path: &Path) -> Result<Vec<LabeledSentence>> {
    let mut sentences = Vec::new();
    let mut current = LabeledSentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    let mut finish = |current: &mut LabeledSentence| {
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
            [] => finish(&mut current),
            ["-DOCSTART-", ..] => finish(&mut current),
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
    finish(&mut current);
    if sentences.is_empty() {
        return Err(Error::Conll {
            path: path.to_path_buf(),
            line: text.lines().count(),
            problem: "no tokens".into(),
        });
    }
    Ok(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_three_and_four_columns_docstart_and_iob1() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nPeter NNP I-PER\nBlackburn NNP I-PER\n";
        let sentences = parse(text, Path::new("t.txt")).unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].words, ["EU", "rejects"]);
        assert_eq!(sentences[0].labels, [Label::begin(1), Label::O]);
        assert_eq!(sentences[1].labels, [Label::begin(0), Label::inside(0)]);
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
