//! Named entities by rule: runs of capitalised words, typed by gazetteers (GeoNames places,
//! hand-written aliases), organisation words, acronyms and titles, then merged within the
//! article under their fullest name ("Assad" -> "Bashar al-Assad", "U.S." -> "United States").

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::text::Document;
use super::{EntityMention, EntityType};

struct Gazetteer {
    places: HashSet<&'static str>,
    /// Alias or canonical name -> (canonical name, type).
    aliases: HashMap<&'static str, (&'static str, EntityType)>,
    organisation_words: HashSet<&'static str>,
    titles: HashSet<&'static str>,
}

fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        let lines = |data: &'static str| {
            data.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        let mut aliases = HashMap::new();
        for line in lines(include_str!("lexicon/aliases.txt")) {
            let mut parts = line.split('|');
            let (Some(name), Some(kind)) = (parts.next(), parts.next()) else {
                continue;
            };
            let kind = match kind {
                "place" => EntityType::Place,
                "person" => EntityType::Person,
                _ => EntityType::Organization,
            };
            aliases.insert(name, (name, kind));
            for alias in parts {
                aliases.insert(alias, (name, kind));
            }
        }
        Gazetteer {
            places: lines(include_str!("lexicon/places.txt")).collect(),
            aliases,
            organisation_words: lines(include_str!("lexicon/organisation_words.txt")).collect(),
            titles: lines(include_str!("lexicon/titles.txt")).collect(),
        }
    })
}

/// Words that start sentences in capitals but never begin a name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "If",
    "As",
    "For",
    "From",
    "With",
    "By",
    "After",
    "Before",
    "When",
    "While",
    "Some",
    "Many",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
];
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "de", "van", "von", "der", "da", "di", "du", "la", "le", "el", "ibn",
];

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// "Qaeda-linked", "U.S.-led": a name fused to a lowercase modifier; the name is the part
/// before the last hyphen.
fn name_before_modifier(word: &str) -> Option<&str> {
    let (name, modifier) = word.rsplit_once('-')?;
    (!name.is_empty() && modifier.chars().next().is_some_and(char::is_lowercase)).then_some(name)
}

fn starts_name(g: &Gazetteer, doc: &Document, k: usize) -> bool {
    let t = doc.token_text(k);
    if is_capitalised(t) {
        return !NOT_NAMES.contains(&t) || g.aliases.contains_key(t);
    }
    // "al Qaeda": a lowercase particle opens a name when a capitalised word follows.
    NAME_PARTICLES.contains(&t)
        && k + 1 < doc.tokens.len()
        && is_capitalised(doc.token_text(k + 1))
        && !NOT_NAMES.contains(&doc.token_text(k + 1))
}

pub fn find(doc: &Document) -> Vec<EntityMention> {
    let g = gazetteer();
    // (start byte, end byte, type, canonical name)
    let mut found: Vec<(usize, usize, EntityType, String)> = Vec::new();
    let n = doc.tokens.len();
    let mut k = 0;
    while k < n {
        if !starts_name(g, doc, k) {
            k += 1;
            continue;
        }
        let preceded_by_title = k > 0
            && (g.titles.contains(doc.token_text(k - 1))
                || NOT_NAMES[NOT_NAMES.len() - 8..].contains(&doc.token_text(k - 1)));
        // Titles at the start of a run are roles, not part of the name.
        let mut start = k;
        while start < n && g.titles.contains(doc.token_text(start)) {
            start += 1;
        }
        let mut words: Vec<&str> = Vec::new();
        let mut end = start;
        let mut end_byte = None;
        while end < n {
            let w = doc.token_text(end);
            if let Some(name) = name_before_modifier(w).filter(|name| is_capitalised(name)) {
                words.push(name);
                end_byte = Some(doc.tokens[end].start + name.len());
                end += 1;
                break;
            }
            let particle = NAME_PARTICLES.contains(&w)
                && end + 1 < n
                && is_capitalised(doc.token_text(end + 1));
            let joined = w.contains('-')
                && w.split('-')
                    .next()
                    .is_some_and(|p| NAME_PARTICLES.contains(&p));
            let name_word = is_capitalised(w) && !NOT_NAMES.contains(&w) && !g.titles.contains(w);
            if !(name_word || particle || joined) {
                break;
            }
            words.push(w);
            end += 1;
        }
        if !words.is_empty() {
            let text = words.join(" ");
            let typed = if let Some(&(name, kind)) = g.aliases.get(text.as_str()) {
                Some((kind, name.to_string()))
            } else if g.places.contains(text.as_str()) {
                Some((EntityType::Place, text.clone()))
            } else if words.iter().any(|w| g.organisation_words.contains(w))
                || words.len() == 1 && is_acronym(&text)
            {
                Some((EntityType::Organization, text.clone()))
            } else if words.len() >= 2 && words.len() <= 4 && !words.iter().any(|w| is_acronym(w))
                || preceded_by_title
            {
                Some((EntityType::Person, text.clone()))
            } else {
                None
            };
            if let Some((kind, name)) = typed {
                let to = end_byte.unwrap_or(doc.tokens[end - 1].end);
                found.push((doc.tokens[start].start, to, kind, name));
            }
        }
        k = end.max(k + 1);
    }
    // A single capitalised word that is the surname of a person named in full is that person.
    let persons: Vec<String> = found
        .iter()
        .filter(|f| f.2 == EntityType::Person)
        .map(|f| f.3.clone())
        .collect();
    let surname = |name: &str| name.rsplit([' ', '-']).next().unwrap_or(name).to_string();
    let covered =
        |token: &super::text::Token| found.iter().any(|f| f.0 < token.end && token.start < f.1);
    let extra: Vec<_> = doc
        .tokens
        .iter()
        .filter(|token| {
            let t = &doc.text[token.start..token.end];
            is_capitalised(t) && !covered(token) && persons.iter().any(|p| surname(p) == t)
        })
        .map(|token| {
            (
                token.start,
                token.end,
                EntityType::Person,
                doc.text[token.start..token.end].to_string(),
            )
        })
        .collect();
    found.extend(extra);
    found.sort_by_key(|f| f.0);
    let canonical = |name: &str, kind: EntityType| -> String {
        if kind != EntityType::Person {
            return name.to_string();
        }
        let last = surname(name);
        persons
            .iter()
            .filter(|p| p.len() > name.len() && surname(p) == last)
            .max_by_key(|p| p.len())
            .cloned()
            .unwrap_or_else(|| name.to_string())
    };
    found
        .into_iter()
        .map(|(from, to, kind, name)| EntityMention {
            text: doc.text[from..to].to_string(),
            name: canonical(&name, kind),
            kind,
            start: doc.char_offset(from),
            end: doc.char_offset(to),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_and_canonical_names() {
        let text = "Pentagon spokesman Peter Cook said the U.S. and Russia talked. Bashar al-Assad met NPR in Damascus. Assad left.";
        let found = find(&Document::new(text));
        let has =
            |name: &str, kind: EntityType| found.iter().any(|m| m.name == name && m.kind == kind);
        assert!(has("Peter Cook", EntityType::Person), "{found:?}");
        assert!(has("United States", EntityType::Place));
        assert!(has("Russia", EntityType::Place));
        assert!(has("Damascus", EntityType::Place));
        assert!(has("NPR", EntityType::Organization));
        assert!(has("Pentagon", EntityType::Organization));
        let assad: Vec<_> = found
            .iter()
            .filter(|m| m.name == "Bashar al-Assad")
            .collect();
        assert_eq!(assad.len(), 2, "{found:?}");
    }
}
