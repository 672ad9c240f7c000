//! The word lists under `lexicon/`, compiled in and parsed once: GeoNames places, hand-written
//! aliases, organisation words, titles and US Census person names. Shared by the entity rules and the tagger's features.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::EntityType;

pub struct Gazetteer {
    pub places: FxHashSet<&'static str>,
    /// Alias or canonical name -> (canonical name, type).
    pub aliases: FxHashMap<&'static str, (&'static str, EntityType)>,
    /// Another way to write an organisation's name -> its name ("DOJ" -> "Department of
    /// Justice"), for mentions found as organisations and speakers.
    pub organisation_names: FxHashMap<&'static str, &'static str>,
    /// Abbreviation -> the place it stands for ("Calif" -> "California").
    pub place_abbreviations: FxHashMap<&'static str, &'static str>,
    /// State abbreviations that are also words ("Pa", "Mass"), for mentions typed as places.
    pub worded_place_abbreviations: FxHashMap<&'static str, &'static str>,
    pub organisation_words: FxHashSet<&'static str>,
    pub titles: FxHashSet<&'static str>,
    /// Lowercase given names and surnames (US Census 1990).
    pub first_names: FxHashSet<&'static str>,
    pub last_names: FxHashSet<&'static str>,
    /// Last words of names of laws, plans and events, never of a person ("Act", "Plan").
    pub not_person_heads: FxHashSet<&'static str>,
    /// Last words of the names of laws ("Act", "Law", "Credit").
    pub law_heads: FxHashSet<&'static str>,
    /// Last words of roles written before a name ("Advisor", "Director").
    pub role_heads: FxHashSet<&'static str>,
    /// "Majority" of "Senate Majority Leader": a title's word after the chamber.
    pub chamber_sides: FxHashSet<&'static str>,
    /// First words of the names of storms ("Hurricane", "Tropical Storm").
    pub event_openers: Vec<&'static str>,
    /// Last words of places' and bodies' names -> (their type, whether the word ends real
    /// surnames too): "County" -> (place, no), "Park" -> (place, yes).
    pub name_heads: FxHashMap<&'static str, (EntityType, bool)>,
    /// Words that alone name no particular body, place or person ("Department", "Federal").
    pub not_entities_alone: FxHashSet<&'static str>,
    /// Last words of companies' names ("Inc", "Corp", "PLC").
    pub company_forms: FxHashSet<&'static str>,
    /// Words after "First" that name a head of state's household ("Lady", "Family").
    household_titles: FxHashSet<&'static str>,
    /// Lowercase words that open a clause, never a name ("on", "though", "among").
    pub sentence_openers: FxHashSet<&'static str>,
    /// Lowercase words that follow a noun phrase's head, never a modifier before one ("about",
    /// "has").
    pub head_followers: FxHashSet<&'static str>,
    /// Lowercase party words that modify a person's name ("Republican Trump").
    pub party_words: FxHashSet<&'static str>,
    /// Lowercase words never part of a name: interjections of transcripts ("yeah", "laughter")
    /// and the words of wire-service result tables ("shr", "oper").
    pub not_name_words: FxHashSet<&'static str>,
}

impl Gazetteer {
    /// Whether `word`, in any case, is a given name of the census lists.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.first_names.contains(word.to_lowercase().as_str())
    }

    /// Whether `word`, in any case, is a given name or a surname of the census lists.
    pub fn is_personal_name(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.first_names.contains(lower.as_str()) || self.last_names.contains(lower.as_str())
    }

    /// Whether `word` is a company's legal form ("Corp", "Inc.", "Co,"), its period or comma
    /// aside.
    pub fn is_company_form(&self, word: &str) -> bool {
        self.company_forms
            .contains(word.trim_end_matches(['.', ',']))
    }

    /// Whether "First" before the word `next` opens a company's name ("First Boston Corp",
    /// "First Chicago"), where elsewhere it opens a clause or a title ("First Lady").
    pub fn first_opens_name(&self, next: &str) -> bool {
        super::text::is_capitalised(next)
            && !self.titles.contains(next)
            && !self.household_titles.contains(next)
    }

    /// The type a name has by the lists alone: an alias's type, else place for GeoNames names
    /// and state abbreviations ("Calif", "Calif.", "N.J.").
    pub fn kind_of(&self, name: &str) -> Option<EntityType> {
        match self.aliases.get(name) {
            Some(&(_, kind)) => Some(kind),
            // Abbreviations are short: longer names are not looked up again.
            None => (self.places.contains(name)
                || name.len() <= 7
                    && (self.place_abbreviations.contains_key(name)
                        || self
                            .place_abbreviations
                            .contains_key(name.trim_end_matches('.'))))
            .then_some(EntityType::Place),
        }
    }
}

/// The entries of a word-list file: its lines, trimmed, without blanks and `#` comments.
pub fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A word-list file as a set.
pub fn word_list(data: &'static str) -> FxHashSet<&'static str> {
    lines(data).collect()
}

/// The type a word list names ("place", "person", "misc"; anything else is an organisation).
fn entity_type(name: &str) -> EntityType {
    match name {
        "place" => EntityType::Place,
        "person" => EntityType::Person,
        "misc" => EntityType::Misc,
        _ => EntityType::Organization,
    }
}

pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        let mut aliases = FxHashMap::default();
        for line in lines(include_str!("lexicon/aliases.txt")) {
            let mut parts = line.split('|');
            let (Some(name), Some(kind)) = (parts.next(), parts.next()) else {
                continue;
            };
            let kind = entity_type(kind);
            aliases.insert(name, (name, kind));
            for alias in parts {
                aliases.insert(alias, (name, kind));
            }
        }
        let mut organisation_names = FxHashMap::default();
        for line in lines(include_str!("lexicon/organisation_names.txt")) {
            let mut parts = line.split('|');
            let Some(name) = parts.next() else {
                continue;
            };
            for other in parts {
                organisation_names.insert(other, name);
            }
        }
        Gazetteer {
            places: word_list(include_str!("lexicon/places.txt")),
            aliases,
            organisation_names,
            place_abbreviations: lines(include_str!("lexicon/place_abbreviations.txt"))
                .filter_map(|line| line.split_once('|'))
                .collect(),
            worded_place_abbreviations: lines(include_str!(
                "lexicon/worded_place_abbreviations.txt"
            ))
            .filter_map(|line| line.split_once('|'))
            .collect(),
            organisation_words: word_list(include_str!("lexicon/organisation_words.txt")),
            titles: word_list(include_str!("lexicon/titles.txt")),
            first_names: word_list(include_str!("lexicon/first_names.txt")),
            last_names: word_list(include_str!("lexicon/last_names.txt")),
            company_forms: word_list(include_str!("lexicon/company_forms.txt")),
            household_titles: word_list(include_str!("lexicon/household_titles.txt")),
            sentence_openers: word_list(include_str!("lexicon/sentence_openers.txt")),
            head_followers: word_list(include_str!("lexicon/head_followers.txt")),
            party_words: word_list(include_str!("lexicon/party_words.txt")),
            not_person_heads: word_list(include_str!("lexicon/not_person_heads.txt")),
            law_heads: word_list(include_str!("lexicon/law_heads.txt")),
            role_heads: word_list(include_str!("lexicon/role_heads.txt")),
            chamber_sides: word_list(include_str!("lexicon/chamber_sides.txt")),
            name_heads: lines(include_str!("lexicon/name_heads.txt"))
                .filter_map(|line| {
                    let mut parts = line.split('|');
                    let (word, kind) = (parts.next()?, parts.next()?);
                    Some((word, (entity_type(kind), parts.next() == Some("surname"))))
                })
                .collect(),
            event_openers: lines(include_str!("lexicon/event_openers.txt")).collect(),
            not_entities_alone: word_list(include_str!("lexicon/not_entities_alone.txt")),
            not_name_words: word_list(include_str!("lexicon/interjections.txt"))
                .union(&word_list(include_str!("lexicon/table_words.txt")))
                .copied()
                .collect(),
        }
    })
}

/// The given name a short form stands for (`lexicon/nicknames.txt`: "Joe" -> "Joseph"), or
/// `given` itself.
pub fn full_given_name(given: &str) -> &str {
    static NICKNAMES: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    let nicknames = NICKNAMES.get_or_init(|| {
        lines(include_str!("lexicon/nicknames.txt"))
            .filter_map(|line| line.split_once(' '))
            .collect()
    });
    nicknames.get(given).copied().unwrap_or(given)
}
