//! Extraction alone (no index): quotes and entities per byte of article text, on one core.
//! The texts are the article bodies of sample-corpus/ (in the repository), so the benchmark
//! runs anywhere: `cargo bench --bench extract`. With `NEWSDEX_BENCH_TEXTS=FILE` it reads
//! `{"id", "text"}` lines instead (benches/run.sh writes target/bench/texts.jsonl from
//! ../shared/data/bench-news).

use std::path::Path;

use divan::counter::BytesCount;
use divan::Bencher;
use newsdex::extract;

// The allocator the newsdex binary uses (src/main.rs), so that the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn sample_bodies() -> Vec<String> {
    if let Some(path) = std::env::var_os("NEWSDEX_BENCH_TEXTS") {
        let file = std::fs::File::open(&path).expect("NEWSDEX_BENCH_TEXTS is readable");
        return newsdex::batch::read_records(std::io::BufReader::new(file), Path::new(&path))
            .map(|r| r.expect("a {\"id\", \"text\"} record").text)
            .collect();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-corpus");
    let mut bodies = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.expect("sample-corpus is readable");
        if !entry.file_type().is_file() || newsdex::sources::format_of(entry.path()).is_none() {
            continue;
        }
        let Ok(articles) = newsdex::sources::read_file(entry.path()) else {
            continue;
        };
        bodies.extend(articles.flatten().map(|a| a.body));
    }
    bodies
}

fn run(bencher: Bencher, work: fn(&str) -> usize) {
    let bodies = sample_bodies();
    let bytes: usize = bodies.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        bodies
            .iter()
            .map(|b| work(divan::black_box(b)))
            .sum::<usize>()
    });
}

/// Everything ingest runs per article: tokens, sentences, entities, quotes and speakers.
#[divan::bench(sample_count = 20)]
fn full_extraction(bencher: Bencher) {
    run(bencher, |text| {
        let e = extract::extract(text);
        e.quotes.len() + e.entities.len()
    });
}

/// Tokenisation and sentence splitting alone, shared by both extractors.
#[divan::bench(sample_count = 20)]
fn tokens_and_sentences(bencher: Bencher) {
    run(bencher, |text| {
        extract::text::Document::new(text).sentences.len()
    });
}

/// Quotes and speakers alone (transcript turns and first-person authors too), on text already
/// tokenised and tagged.
#[divan::bench(sample_count = 20)]
fn quotes_and_speakers(bencher: Bencher) {
    let bodies = sample_bodies();
    let bytes: usize = bodies.iter().map(String::len).sum();
    let analysed: Vec<_> = bodies
        .iter()
        .map(|b| {
            let doc = extract::text::Document::new(b);
            let entities = extract::entities::find(&doc);
            (doc, entities)
        })
        .collect();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        analysed
            .iter()
            .map(|(doc, entities)| {
                extract::quotes_and_speakers(divan::black_box(doc), entities).len()
            })
            .sum::<usize>()
    });
}

/// The texts' size and their analysed documents (tokens and sentences).
fn analysed(bodies: &[String]) -> (usize, Vec<extract::text::Document<'_>>) {
    let bytes = bodies.iter().map(String::len).sum();
    (
        bytes,
        bodies
            .iter()
            .map(|b| extract::text::Document::new(b))
            .collect(),
    )
}

/// Entities on analysed documents: the tagger, the alias and rule pass and merging.
#[divan::bench(sample_count = 20)]
fn entities(bencher: Bencher) {
    let bodies = sample_bodies();
    let (bytes, docs) = analysed(&bodies);
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| extract::entities::find(divan::black_box(d)).len())
            .sum::<usize>()
    });
}

/// The tagger alone, article by article (both passes).
#[divan::bench(sample_count = 20)]
fn tagger(bencher: Bencher) {
    use extract::ner::{Scratch, Tagger};
    let bodies = sample_bodies();
    let (bytes, docs) = analysed(&bodies);
    let tagger = Tagger::builtin();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let (mut scratch, mut labels) = (Scratch::default(), Vec::new());
        let (mut words, mut ranges) = (Vec::new(), Vec::new());
        let mut n = 0;
        for doc in &docs {
            words.clear();
            words.extend((0..doc.tokens.len()).map(|k| doc.token_text(k)));
            ranges.clear();
            ranges.extend(doc.sentences.iter().map(|s| s.tokens.clone()));
            tagger.tag_document(&words, &ranges, &mut scratch, &mut labels);
            n += labels.len();
        }
        n
    });
}
