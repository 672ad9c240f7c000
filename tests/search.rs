//! Search over an index written through the library: hits, filters, date ranges and facet
//! counts checked against counts made independently from the input.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{TimeZone, Utc};
use newsdex::article::{Article, Origin};
use newsdex::error::Error;
use newsdex::extract::{EntityMention, EntityType, Extraction, Quote};
use newsdex::index::search::{Archive, Hit, Kind, SearchRequest, SortOrder};
use newsdex::index::{self, Facet};

const SPEAKERS: [&str; 4] = [
    "Peter Cook",
    "Sergei Lavrov",
    "Angela Merkel",
    "Barack Obama",
];
const PLACES: [&str; 3] = ["Syria", "Russia", "Germany"];
const SOURCES: [&str; 2] = ["reuters.com", "en.wikinews.org"];
const TOPICS: [&str; 3] = ["ceasefire", "election", "sanctions"];

/// What one synthetic article holds; the expected counts are computed from these.
struct Spec {
    id: String,
    speakers: Vec<&'static str>,
    place: &'static str,
    source: &'static str,
    topic: &'static str,
    month: u32,
}

fn specs() -> Vec<Spec> {
    (0..60)
        .map(|i| Spec {
            id: format!("a{i:02}"),
            speakers: (0..1 + i % 3).map(|k| SPEAKERS[(i + k * 2) % 4]).collect(),
            place: PLACES[i % 3],
            source: SOURCES[(i / 3) % 2],
            topic: TOPICS[(i / 2) % 3],
            month: 1 + (i % 6) as u32,
        })
        .collect()
}

fn mention(text: &str, kind: EntityType, start: usize) -> EntityMention {
    EntityMention {
        text: text.into(),
        name: text.into(),
        kind,
        start,
        end: start + text.chars().count(),
    }
}

/// A quote of `speaker` cued by "said", starting at code point `start` of its article.
fn quote_at(said: &str, speaker: &str, start: usize, direct: bool) -> Quote {
    let end = start + said.chars().count();
    Quote {
        quote: said.into(),
        speaker: Some(speaker.into()),
        speaker_role: None,
        speaker_spans: vec![],
        speaker_anonymous: false,
        cue: Some("said".into()),
        start,
        end,
        spans: vec![[start, end]],
        direct,
    }
}

/// Writes these articles with their extractions into a new index in `dir`.
fn write_index(dir: &std::path::Path, articles: impl IntoIterator<Item = (Article, Extraction)>) {
    let (index, fields) = index::open_or_create(dir).unwrap();
    let mut writer = index.writer_with_num_threads(1, 30 << 20).unwrap();
    for (article, extraction) in articles {
        for doc in fields.documents(&article, &extraction) {
            writer.add_document(doc).unwrap();
        }
    }
    writer.commit().unwrap();
}

fn build(dir: &std::path::Path, specs: &[Spec]) {
    let articles = specs.iter().map(|spec| {
        let mut body = format!("Talks about the {} in {}.", spec.topic, spec.place);
        let mut quotes = Vec::new();
        let mut entities = vec![mention(
            spec.place,
            EntityType::Place,
            body.find(spec.place).unwrap(),
        )];
        for speaker in &spec.speakers {
            let start = body.chars().count() + 2;
            let said = format!("We discussed the {} in {}", spec.topic, spec.place);
            body.push_str(&format!(" “{said},” {speaker} said."));
            let place_at = start + said.find(spec.place).unwrap();
            entities.push(mention(spec.place, EntityType::Place, place_at));
            quotes.push(quote_at(&said, speaker, start, true));
        }
        let article = Article {
            id: spec.id.clone(),
            title: format!("{} news {}", spec.topic, spec.id),
            body,
            date: Some(
                Utc.with_ymd_and_hms(2015, spec.month, 10, 12, 0, 0)
                    .unwrap(),
            ),
            source: Some(spec.source.into()),
            url: Some(format!("https://{}/{}", spec.source, spec.id)),
            origin: Origin::default(),
            ..Article::default()
        };
        (article, Extraction { quotes, entities })
    });
    write_index(dir, articles);
}

fn fixture() -> (tempfile::TempDir, Archive, Vec<Spec>) {
    let dir = tempfile::tempdir().unwrap();
    let specs = specs();
    build(dir.path(), &specs);
    let archive = Archive::open(dir.path()).unwrap();
    (dir, archive, specs)
}

fn counts(results: &newsdex::index::search::SearchResults, facet: Facet) -> BTreeMap<String, u64> {
    results
        .facets
        .get(facet)
        .iter()
        .map(|c| (c.value.clone(), c.count))
        .collect()
}

/// Articles per speaker value among the specs `keep` accepts.
fn expected_speaker_counts(specs: &[Spec], keep: impl Fn(&Spec) -> bool) -> BTreeMap<String, u64> {
    let mut expected = BTreeMap::new();
    for spec in specs.iter().filter(|s| keep(s)) {
        for speaker in spec.speakers.iter().collect::<HashSet<_>>() {
            *expected.entry(speaker.to_string()).or_insert(0) += 1;
        }
    }
    expected
}

#[test]
fn facet_counts_match_an_independent_count() {
    let (_dir, archive, specs) = fixture();
    let results = archive.search(&SearchRequest::default()).unwrap();
    assert_eq!(results.num_hits, specs.len() as u64);
    assert_eq!(
        counts(&results, Facet::Speaker),
        expected_speaker_counts(&specs, |_| true)
    );
    let mut places: BTreeMap<String, u64> = BTreeMap::new();
    let mut months: BTreeMap<String, u64> = BTreeMap::new();
    for spec in &specs {
        *places.entry(spec.place.into()).or_default() += 1;
        *months.entry(format!("2015-{:02}", spec.month)).or_default() += 1;
    }
    assert_eq!(counts(&results, Facet::Place), places);
    assert_eq!(counts(&results, Facet::Month), months);

    // With a text query, counts cover every match, not only the page shown.
    let results = archive
        .search(&SearchRequest {
            text: "ceasefire".into(),
            limit: 2,
            ..SearchRequest::default()
        })
        .unwrap();
    assert_eq!(results.hits.len(), 2);
    let ceasefire = |s: &Spec| s.topic == "ceasefire";
    assert_eq!(
        results.num_hits,
        specs.iter().filter(|s| ceasefire(s)).count() as u64
    );
    assert_eq!(
        counts(&results, Facet::Speaker),
        expected_speaker_counts(&specs, ceasefire)
    );
}

#[test]
fn facets_are_disjunctive_for_filtered_fields() {
    let (_dir, archive, specs) = fixture();
    let mut request = SearchRequest::default();
    request
        .filters
        .insert(Facet::Speaker, vec!["Peter Cook".into()]);
    request
        .filters
        .insert(Facet::Source, vec!["reuters.com".into()]);
    let results = archive.search(&request).unwrap();

    let by_cook = |s: &Spec| s.speakers.contains(&"Peter Cook");
    let from_reuters = |s: &Spec| s.source == "reuters.com";
    assert_eq!(
        results.num_hits,
        specs
            .iter()
            .filter(|s| by_cook(s) && from_reuters(s))
            .count() as u64
    );
    // The speaker facet ignores the speaker filter but keeps the source filter.
    assert_eq!(
        counts(&results, Facet::Speaker),
        expected_speaker_counts(&specs, from_reuters)
    );
    // The source facet ignores the source filter but keeps the speaker filter.
    let mut sources: BTreeMap<String, u64> = BTreeMap::new();
    for spec in specs.iter().filter(|s| by_cook(s)) {
        *sources.entry(spec.source.into()).or_default() += 1;
    }
    assert_eq!(counts(&results, Facet::Source), sources);
    // An unfiltered facet counts under both filters.
    let mut places: BTreeMap<String, u64> = BTreeMap::new();
    for spec in specs.iter().filter(|s| by_cook(s) && from_reuters(s)) {
        *places.entry(spec.place.into()).or_default() += 1;
    }
    assert_eq!(counts(&results, Facet::Place), places);
}

#[test]
fn values_of_one_filter_are_ored_and_match_ignoring_case() {
    let (_dir, archive, specs) = fixture();
    let mut request = SearchRequest::default();
    request
        .filters
        .insert(Facet::Place, vec!["syria".into(), "Germany".into()]);
    let results = archive.search(&request).unwrap();
    let expected = specs
        .iter()
        .filter(|s| s.place == "Syria" || s.place == "Germany")
        .count();
    assert_eq!(results.num_hits, expected as u64);
}

#[test]
fn a_surname_is_one_facet_value_with_its_only_full_name_across_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let spec = |i: usize, speakers: Vec<&'static str>| Spec {
        id: format!("s{i}"),
        speakers,
        place: "Syria",
        source: "reuters.com",
        topic: "ceasefire",
        month: 1,
    };
    let specs = vec![
        spec(0, vec!["Barack Obama"]),
        spec(1, vec!["Obama"]),
        spec(2, vec!["Obama", "Peter Cook"]),
        // Two Merkels: "Merkel" alone could be either, so it stays apart.
        spec(3, vec!["Angela Merkel"]),
        spec(4, vec!["Hans Merkel"]),
        spec(5, vec!["Merkel"]),
    ];
    build(dir.path(), &specs);
    let archive = Archive::open(dir.path()).unwrap();
    let results = archive.search(&SearchRequest::default()).unwrap();
    let expected: BTreeMap<String, u64> = [
        ("Barack Obama", 3),
        ("Peter Cook", 1),
        ("Angela Merkel", 1),
        ("Hans Merkel", 1),
        ("Merkel", 1),
    ]
    .into_iter()
    .map(|(name, count)| (name.to_string(), count))
    .collect();
    assert_eq!(counts(&results, Facet::Speaker), expected);
    // A filter on either name finds every article of the person, and quote hits name them
    // in full.
    for name in ["Obama", "Barack Obama"] {
        let mut request = SearchRequest {
            kind: Kind::Quotes,
            ..SearchRequest::default()
        };
        request.filters.insert(Facet::Speaker, vec![name.into()]);
        let results = archive.search(&request).unwrap();
        assert_eq!(results.num_hits, 3, "{name}");
        for hit in &results.hits {
            let Hit::Quote(quote) = hit else {
                panic!("{hit:?}")
            };
            assert_eq!(quote.speaker.as_deref(), Some("Barack Obama"));
        }
    }
    let mut request = SearchRequest::default();
    request
        .filters
        .insert(Facet::Speaker, vec!["Merkel".into()]);
    assert_eq!(archive.search(&request).unwrap().num_hits, 1);
}

#[test]
fn a_person_has_one_name_in_the_speaker_and_person_facets() {
    // Statements sign "Joseph R. Biden" and speakers are named so; the articles mostly name
    // him "Joe Biden". Both facets show the form of more documents of both fields.
    let dir = tempfile::tempdir().unwrap();
    let articles = (0..5).map(|i| {
        let body = "Joe Biden spoke. “We will act,” he said.".to_string();
        let start = body.chars().position(|c| c == '“').unwrap() + 1;
        let quotes = if i < 2 {
            vec![quote_at("We will act", "Joseph R. Biden", start, true)]
        } else {
            vec![]
        };
        let article = Article {
            id: format!("b{i}"),
            title: "Remarks".into(),
            body,
            ..Article::default()
        };
        let entities = vec![mention("Joe Biden", EntityType::Person, 0)];
        (article, Extraction { quotes, entities })
    });
    write_index(dir.path(), articles);
    let archive = Archive::open(dir.path()).unwrap();
    let results = archive.search(&SearchRequest::default()).unwrap();
    let one = |name: &str, count: u64| BTreeMap::from([(name.to_string(), count)]);
    assert_eq!(counts(&results, Facet::Person), one("Joe Biden", 5));
    assert_eq!(counts(&results, Facet::Speaker), one("Joe Biden", 2));
    // Either form filters the speakers.
    for name in ["Joe Biden", "Joseph R. Biden"] {
        let mut request = SearchRequest {
            kind: Kind::Quotes,
            ..SearchRequest::default()
        };
        request.filters.insert(Facet::Speaker, vec![name.into()]);
        assert_eq!(archive.search(&request).unwrap().num_hits, 2, "{name}");
    }
}

#[test]
fn quote_search_returns_who_said_what() {
    let (_dir, archive, specs) = fixture();
    let mut request = SearchRequest {
        text: "sanctions".into(),
        kind: Kind::Quotes,
        limit: 100,
        ..SearchRequest::default()
    };
    request
        .filters
        .insert(Facet::Speaker, vec!["Sergei Lavrov".into()]);
    let results = archive.search(&request).unwrap();
    let expected = specs
        .iter()
        .filter(|s| s.topic == "sanctions")
        .map(|s| {
            s.speakers
                .iter()
                .filter(|&&sp| sp == "Sergei Lavrov")
                .count()
        })
        .sum::<usize>();
    assert!(expected > 0);
    assert_eq!(results.num_hits, expected as u64);
    for hit in &results.hits {
        let Hit::Quote(q) = hit else {
            panic!("article hit in quote mode")
        };
        assert_eq!(q.speaker.as_deref(), Some("Sergei Lavrov"));
        assert!(q.snippet.contains("<b>sanctions</b>"), "{}", q.snippet);
        assert!(q.direct);
    }
    // Quotes carry the entities they name: filtering quotes by place works.
    let mut request = SearchRequest {
        kind: Kind::Quotes,
        ..SearchRequest::default()
    };
    request.filters.insert(Facet::Place, vec!["Russia".into()]);
    let results = archive.search(&request).unwrap();
    let expected: usize = specs
        .iter()
        .filter(|s| s.place == "Russia")
        .map(|s| s.speakers.len())
        .sum();
    assert_eq!(results.num_hits, expected as u64);
}

#[test]
fn quotes_that_say_more_rank_before_bare_clauses() {
    // BM25 alone ranks the shortest document first: a two-word reported clause ("… referring
    // to Syria") before the sentence that says something about Syria.
    let dir = tempfile::tempdir().unwrap();
    let quotes = [
        ("short", "to Syria"),
        (
            "long",
            "the war in Syria has lasted far too long for the people of the region",
        ),
    ];
    let articles = quotes.map(|(id, said)| {
        let body = format!("Officials said {said}.");
        let start = "Officials said ".chars().count();
        let article = Article {
            id: id.into(),
            title: id.into(),
            body,
            ..Article::default()
        };
        let quotes = vec![quote_at(said, "Officials", start, false)];
        let entities = vec![];
        (article, Extraction { quotes, entities })
    });
    write_index(dir.path(), articles);
    let archive = Archive::open(dir.path()).unwrap();
    let results = archive
        .search(&SearchRequest {
            text: "Syria".into(),
            kind: Kind::Quotes,
            ..SearchRequest::default()
        })
        .unwrap();
    let said: Vec<&str> = results
        .hits
        .iter()
        .map(|hit| match hit {
            Hit::Quote(q) => q.quote.as_str(),
            Hit::Article(_) => panic!("article hit in quote mode"),
        })
        .collect();
    assert_eq!(said, [quotes[1].1, quotes[0].1]);
}

#[test]
fn date_range_and_date_sort() {
    let (_dir, archive, specs) = fixture();
    let request = SearchRequest {
        since: Some(newsdex::index::search::parse_date_bound("2015-02", false).unwrap()),
        until: Some(newsdex::index::search::parse_date_bound("2015-03", true).unwrap()),
        sort: SortOrder::Date,
        limit: 100,
        ..SearchRequest::default()
    };
    let results = archive.search(&request).unwrap();
    let expected = specs.iter().filter(|s| (2..=3).contains(&s.month)).count();
    assert_eq!(results.num_hits, expected as u64);
    let dates: Vec<String> = results
        .hits
        .iter()
        .map(|h| match h {
            Hit::Article(a) => a.date.clone().unwrap(),
            Hit::Quote(_) => panic!("quote hit in article mode"),
        })
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    assert!(dates
        .iter()
        .all(|d| d.starts_with("2015-02") || d.starts_with("2015-03")));
}

#[test]
fn paging_walks_through_every_hit_once() {
    let (_dir, archive, specs) = fixture();
    let mut seen = HashMap::new();
    for page in 0..7 {
        let results = archive
            .search(&SearchRequest {
                limit: 10,
                offset: page * 10,
                ..SearchRequest::default()
            })
            .unwrap();
        for hit in results.hits {
            if let Hit::Article(a) = hit {
                *seen.entry(a.id).or_insert(0) += 1;
            }
        }
    }
    assert_eq!(seen.len(), specs.len());
    assert!(seen.values().all(|&n| n == 1));
}

#[test]
fn bad_queries_are_errors_not_panics() {
    let (_dir, archive, _) = fixture();
    for text in ["\"unclosed", "title:", "(a OR", "nosuchfield:x"] {
        let err = archive
            .search(&SearchRequest {
                text: text.into(),
                ..SearchRequest::default()
            })
            .unwrap_err();
        assert!(matches!(err, Error::QuerySyntax(_)), "{text}: {err}");
    }
    let err = archive
        .search(&SearchRequest {
            limit: 1_000_000,
            ..SearchRequest::default()
        })
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { what: "limit", .. }));
}

#[test]
fn stats_count_articles_quotes_and_dates() {
    let (_dir, archive, specs) = fixture();
    let stats = archive.stats().unwrap();
    assert_eq!(stats.articles, specs.len() as u64);
    assert_eq!(
        stats.quotes,
        specs.iter().map(|s| s.speakers.len() as u64).sum::<u64>()
    );
    assert_eq!(stats.first_date.as_deref(), Some("2015-01-10"));
    assert_eq!(stats.last_date.as_deref(), Some("2015-06-10"));
    let article = archive.article("a07").unwrap().unwrap();
    assert_eq!(article.title, format!("{} news a07", specs[7].topic));
    assert!(archive.article("missing").unwrap().is_none());
}
