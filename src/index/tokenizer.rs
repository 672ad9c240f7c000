//! tantivy's "default" analyzer (`SimpleTokenizer`, `RemoveLongFilter::limit(40)`,
//! `LowerCaser`) fused into one pass, registered under the same name: the same tokens at the
//! same positions and offsets, without three token streams stacked behind dynamic calls, a
//! second pass to test a token for ASCII and a copy of every token too long to keep. The
//! chain was 8 % of ingest's instructions (title, body and each quote's text again).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::Index;

use crate::extract::text::is_alphanumeric;

/// The name the schema's text fields give their tokenizer.
const NAME: &str = "default";

/// Tokens of this many bytes or more (before lowercasing) are dropped, as
/// `RemoveLongFilter::limit(40)` does; they still take a position.
const LONGEST: usize = 40;

/// Registers [`DefaultTokenizer`] as `index`'s "default" tokenizer, for writing and reading.
pub fn register(index: &Index) {
    index
        .tokenizers()
        .register(NAME, DefaultTokenizer::default());
}

/// Splits on every char that is not alphanumeric, drops long tokens, lowercases the rest.
#[derive(Clone, Default)]
pub struct DefaultTokenizer {
    token: Token,
}

pub struct DefaultTokenStream<'a> {
    text: &'a str,
    /// Where the search for the next token starts.
    at: usize,
    token: &'a mut Token,
}

impl Tokenizer for DefaultTokenizer {
    type TokenStream<'a> = DefaultTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> DefaultTokenStream<'a> {
        self.token.reset();
        DefaultTokenStream {
            text,
            at: 0,
            token: &mut self.token,
        }
    }
}

/// Per byte: an ASCII byte that is no letter or digit, an ASCII letter or digit, or a byte of
/// a wider char (decoded to be classed).
const SEPARATOR: u8 = 0;
const WORD: u8 = 1;
const WIDE: u8 = 2;
static CLASS: [u8; 256] = {
    let mut class = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = if (b as u8).is_ascii_alphanumeric() {
            WORD
        } else {
            SEPARATOR
        };
        b += 1;
    }
    class
};

impl DefaultTokenStream<'_> {
    /// Whether the wide char at byte `i` is alphanumeric, and its length.
    fn wide_char(&self, i: usize) -> (bool, usize) {
        let c = self.text[i..].chars().next().expect("i is a char boundary");
        (is_alphanumeric(c), c.len_utf8())
    }

    /// From byte `from`, the bytes up to the first whose class is not `class`.
    fn run_of(&self, from: usize, class: u8) -> usize {
        let bytes = &self.text.as_bytes()[from..];
        bytes
            .iter()
            .position(|&b| CLASS[b as usize] != class)
            .unwrap_or(bytes.len())
    }
}

impl TokenStream for DefaultTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let len = self.text.len();
        loop {
            // The token's first char: past ASCII separators, and wide chars that are none.
            let start = loop {
                self.at += self.run_of(self.at, SEPARATOR);
                if self.at == len {
                    return false;
                }
                if CLASS[self.text.as_bytes()[self.at] as usize] == WORD {
                    break self.at;
                }
                match self.wide_char(self.at) {
                    (true, _) => break self.at,
                    (false, width) => self.at += width,
                }
            };
            // Its end: runs of ASCII letters and digits, and wide chars that are alphanumeric.
            let mut end = start;
            let mut ascii = true;
            loop {
                end += self.run_of(end, WORD);
                if end == len || CLASS[self.text.as_bytes()[end] as usize] != WIDE {
                    break;
                }
                match self.wide_char(end) {
                    (true, width) => {
                        ascii = false;
                        end += width;
                    }
                    (false, _) => break,
                }
            }
            self.at = end;
            self.token.position = self.token.position.wrapping_add(1);
            if end - start >= LONGEST {
                continue;
            }
            let word = &self.text[start..end];
            let text = &mut self.token.text;
            text.clear();
            if ascii {
                text.push_str(word);
                // Most words of a news text are written in lower case already.
                if word.bytes().any(|b| b.is_ascii_uppercase()) {
                    text.make_ascii_lowercase();
                }
            } else {
                // As `LowerCaser`: char by char, so no final-sigma rule.
                text.extend(word.chars().flat_map(char::to_lowercase));
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

    use super::*;

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<Token> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        stream.process(&mut |t| out.push(t.clone()));
        out
    }

    /// The tokens of tantivy's own "default" analyzer and of the fused one.
    fn both(text: &str) -> (Vec<Token>, Vec<Token>) {
        let theirs = TokenizerManager::default().get(NAME).unwrap();
        let ours = TextAnalyzer::from(DefaultTokenizer::default());
        (tokens(theirs, text), tokens(ours, text))
    }

    #[test]
    fn tokens_are_those_of_tantivys_default_analyzer() {
        let long_ascii = "a".repeat(39) + " " + &"B".repeat(40) + " " + &"c".repeat(41);
        // "İ" (2 bytes) lowercases to 3; "ẞ" (3 bytes) to "ß" (2): the limit is on the
        // original bytes.
        let long_wide = "İ".repeat(19) + "x " + &"İ".repeat(20) + " " + &"ẞ".repeat(13) + "é";
        let texts = [
            "",
            "   ,.;  ",
            "Hello, happy TAX payer!",
            "\"We won't back down,\" Biden said — at 3:45pm in São Paulo.",
            "ΟΔΥΣΣΕΥΣ Σ ΣΑΣ ﬁnance Straße İstanbul DŽungla ǅ",
            "北京市 東京 서울 مرحبا بالعالم नमस्ते x²³ ½ Ⅻ ⑦ ٣٤",
            "e\u{301}cole cafe\u{301} a\u{200b}b emoji🙂word tab\tnew\nline",
            "U.S.-led COVID-19 e-mail 2024-11-26 $1,000.50 #tag @user",
            &long_ascii,
            &long_wide,
            "trailing word",
            "ending on a wide char é",
        ];
        for text in texts {
            let (theirs, ours) = both(text);
            assert!(
                !theirs.is_empty() || text.trim_matches(|c: char| !c.is_alphanumeric()).is_empty(),
                "{text:?}"
            );
            assert_eq!(ours, theirs, "{text:?}");
        }
        // Long tokens are dropped but keep their positions.
        let (_, ours) = both(&long_ascii);
        let kept: Vec<(usize, usize)> = ours.iter().map(|t| (t.position, t.text.len())).collect();
        assert_eq!(kept, [(0, 39)]);
    }

    #[test]
    fn general_punctuation_separates_tokens() {
        let (theirs, ours) =
            both("\u{2018}a\u{2019} \u{201c}b\u{201d}\u{2014}c\u{2026}\u{2009}d\u{206f}e");
        assert_eq!(ours, theirs);
        assert_eq!(ours.len(), 5);
    }

    #[test]
    fn tokens_of_the_sample_corpus_are_those_of_tantivys_default_analyzer() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-corpus");
        let mut files = 0;
        for entry in walkdir::WalkDir::new(dir) {
            let entry = entry.unwrap();
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            let (theirs, ours) = both(&text);
            assert_eq!(ours, theirs, "{}", entry.path().display());
            files += 1;
        }
        assert!(files > 10, "{files} files read");
    }
}
