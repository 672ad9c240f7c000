//! Extraction throughput over the text articles of sample-corpus/ (`cargo bench --bench
//! extract`). Divan reports time per pass; throughput is the corpus size over that time.

use divan::counter::BytesCount;
use divan::Bencher;
use newsdex::extract::ner::{Scratch, Tagger};
use newsdex::extract::text::Document;
use newsdex::extract::{entities, extract};

fn main() {
    divan::main();
}

fn corpus() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-corpus");
    let mut texts: Vec<(std::path::PathBuf, String)> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| {
            (
                e.path().to_path_buf(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    texts.sort();
    texts.into_iter().map(|(_, text)| text).collect()
}

fn bytes(texts: &[String]) -> BytesCount {
    BytesCount::new(texts.iter().map(String::len).sum::<usize>())
}

/// Tokens, entities and quotes: what ingest runs on every article.
#[divan::bench]
fn extraction(bencher: Bencher) {
    let texts = corpus();
    bencher
        .counter(bytes(&texts))
        .bench(|| texts.iter().map(|t| extract(t).quotes.len()).sum::<usize>());
}

/// Entities on analysed documents: the tagger, the alias and rule pass and merging.
#[divan::bench]
fn entities(bencher: Bencher) {
    let texts = corpus();
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    bencher
        .counter(bytes(&texts))
        .bench(|| docs.iter().map(|d| entities::find(d).len()).sum::<usize>());
}

/// The tagger alone, sentence by sentence.
#[divan::bench]
fn tagger(bencher: Bencher) {
    let texts = corpus();
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let tagger = Tagger::builtin();
    bencher.counter(bytes(&texts)).bench(|| {
        let (mut scratch, mut labels, mut words) = (Scratch::default(), Vec::new(), Vec::new());
        let mut n = 0;
        for doc in &docs {
            for sentence in &doc.sentences {
                words.clear();
                words.extend(sentence.tokens.clone().map(|k| doc.token_text(k)));
                tagger.tag(&words, &mut scratch, &mut labels);
                n += labels.len();
            }
        }
        n
    });
}
