//! The article newsdex was specified from must come out right: every gold quote found with an
//! accepted speaker, never a rejected one, and the NPR sentence not taken as a quote.

use newsdex::extract::{extract, Quote};
use serde_json::Value;

fn seed() -> (String, Value) {
    let text = include_str!("fixtures/carter-shoigu-call.txt");
    // Line 1 is the title; extraction runs on the body as ingest does.
    let body = text.split_once('\n').unwrap().1.to_string();
    let gold = serde_json::from_str(include_str!("fixtures/carter-shoigu-call.gold.json")).unwrap();
    (body, gold)
}

fn find<'a>(quotes: &'a [Quote], starts_with: &str) -> Option<&'a Quote> {
    quotes.iter().find(|q| {
        q.quote
            .trim_start_matches(['“', '"'])
            .starts_with(starts_with)
    })
}

#[test]
fn every_gold_quote_has_an_accepted_speaker() {
    let (body, gold) = seed();
    let extraction = extract(&body);
    let mut problems = Vec::new();
    for g in gold["quotes"].as_array().unwrap() {
        let starts = g["starts_with"].as_str().unwrap();
        let Some(q) = find(&extraction.quotes, starts) else {
            problems.push(format!("not found: {starts}"));
            continue;
        };
        let mut accepted: Vec<Option<&str>> = vec![g["speaker"].as_str()];
        if let Some(list) = g["accept"].as_array() {
            accepted.extend(list.iter().map(|v| v.as_str()));
        }
        let speaker = q.speaker.as_deref();
        let ok = accepted.iter().any(|a| match (a, speaker) {
            (None, None) => true,
            (Some(a), Some(s)) => s == *a || s.ends_with(a) || a.ends_with(s),
            _ => false,
        });
        if !ok {
            problems.push(format!(
                "{starts}: speaker {speaker:?}, expected one of {accepted:?}"
            ));
        }
        for reject in g["reject"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
        {
            if speaker == Some(reject) {
                problems.push(format!("{starts}: rejected speaker {reject}"));
            }
        }
        assert_eq!(q.direct, g["kind"] == "direct", "{starts}: direct flag");
        // Spans are code points into the text and hold the quote.
        let text: String = body.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(text, q.quote);
    }
    for not_quote in gold["not_quotes"].as_array().unwrap() {
        let s = not_quote.as_str().unwrap();
        let npr_start = body.chars().count() - body[body.find(s).unwrap()..].chars().count();
        if let Some(q) = extraction
            .quotes
            .iter()
            .find(|q| q.start <= npr_start + 5 && q.end > npr_start + 5)
        {
            problems.push(format!("taken as a quote: {:?}", q.quote));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn roles_are_split_from_names() {
    let (body, _) = seed();
    let quotes = extract(&body).quotes;
    let cook = find(&quotes, "Mr Carter and Mr Shoigu agreed").unwrap();
    assert_eq!(cook.speaker.as_deref(), Some("Peter Cook"));
    assert_eq!(cook.speaker_role.as_deref(), Some("Pentagon spokesman"));
    let lavrov = find(&quotes, "Moscow will continue").unwrap();
    assert_eq!(lavrov.speaker.as_deref(), Some("Sergei Lavrov"));
    assert_eq!(lavrov.speaker_role.as_deref(), Some("Foreign Minister"));
}

#[test]
fn every_gold_entity_is_found_with_its_type_and_aliases_merged() {
    let (body, gold) = seed();
    let entities = extract(&body).entities;
    let mut problems = Vec::new();
    for (kind, names) in gold["entities"].as_object().unwrap() {
        for name in names.as_array().unwrap().iter().filter_map(|v| v.as_str()) {
            if !entities
                .iter()
                .any(|e| e.name == name && e.kind.as_str() == kind)
            {
                problems.push(format!("{kind} {name} not found"));
            }
        }
    }
    for (name, aliases) in gold["aliases"].as_object().unwrap() {
        for alias in aliases
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
        {
            if let Some(e) = entities.iter().find(|e| e.text == alias) {
                if e.name != *name {
                    problems.push(format!("{alias} named {:?}, not {name}", e.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
