//! Names across the archive. Extraction merges the mentions of one person within an article
//! ("Assad" -> "Bashar al-Assad"), but an article that names someone only by surname indexes
//! the surname. At search time, a short name is read as the full name that dominates its
//! surname in the archive ("Biden" as "Joe Biden" when Joe holds at least two thirds of the
//! documents that name a Biden in full): one facet value, and a filter on either finds both.
//! Such an article named no fuller Biden at all (else extraction would have used that name), so
//! the prominent bearer is the likely one. A surname without a dominant full name ("Clinton":
//! Bill and Hillary) stays as written, since guessing would merge different people.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};
use tantivy::tokenizer::{AsciiFoldingFilter, RawTokenizer, TextAnalyzer};
use tantivy::{Index, Searcher};

use super::schema::{Facet, Fields};
use super::search::for_each_term;
use crate::error::{Result, TantivyContext};
use crate::extract::gazetteer::{full_given_name, gazetteer, word_list};
use crate::extract::text::surname;

/// How many times more documents than its full name a short form may have and still stand for
/// it ([`NameAliases::new`]).
const SHORT_FORM_SHARE: u64 = 20;

/// Short names and the one full name each stands for, in one facet field.
#[derive(Debug, Default)]
pub struct NameAliases {
    full_name_of: HashMap<String, String>,
    short_names_of: HashMap<String, Vec<String>>,
    /// Given names alone that stand for no full name: left out of facet counts.
    given_names_alone: HashSet<String>,
}

impl NameAliases {
    /// Aliases among `names`, the values of one field with the number of documents of each.
    pub fn new<'a>(names: impl IntoIterator<Item = (&'a str, u64)>) -> Self {
        let names: HashMap<&str, u64> = names.into_iter().collect();
        // Names are compared without their diacritics: "Erdogan" and "Erdoğan" are one name.
        let mut folding = TextAnalyzer::builder(RawTokenizer::default())
            .filter(AsciiFoldingFilter)
            .build();
        let mut fold = |text: &str| -> String {
            let mut tokens = folding.token_stream(text);
            let mut folded = String::new();
            tokens.process(&mut |token| folded.push_str(&token.text));
            folded
        };
        // "Donald J. Trump" and "Donald Trump", "Joseph R. Biden" and "Joe Biden": full names
        // that are the same without initials and with a given name for its short form are one
        // person; the form in more documents stands for all, with the documents of all (in
        // this tally an article naming two forms counts twice, rarely).
        let mut forms: HashMap<String, Vec<(u64, &str)>> = HashMap::new();
        for (&name, &docs) in &names {
            if let Some(key) = person_key(name) {
                forms.entry(fold(&key)).or_default().push((docs, name));
            }
        }
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut merged: HashMap<&str, u64> = names.clone();
        for mut group in forms.into_values().filter(|g| g.len() > 1) {
            group.sort_unstable_by(|a, b| b.cmp(a));
            let (_, main) = group[0];
            for &(_, variant) in &group[1..] {
                let docs = merged.remove(variant).unwrap_or(0);
                *merged.entry(main).or_default() += docs;
                pairs.push((variant.to_string(), main.to_string()));
            }
        }
        // Per surname: the full name with the most documents, and the documents of all. Per
        // first word (a given name, its short forms read as it: "Joe" as "Joseph"; or a family
        // name written first): the full name it opens with the most documents, the documents
        // of all, and of the full names it ends.
        let mut full_names: HashMap<String, ((u64, &str), u64)> = HashMap::new();
        let mut first_words: HashMap<&str, ((u64, &str), u64)> = HashMap::new();
        let mut surname_docs: HashMap<&str, u64> = HashMap::new();
        for (&name, &docs) in &merged {
            if let Some((given, last)) = given_and_last_word(name) {
                let (top, all) = first_words.entry(full_given_name(given)).or_default();
                *top = (*top).max((docs, name));
                *all += docs;
                *surname_docs.entry(last).or_default() += docs;
            }
            if name.contains(' ') && name.starts_with(char::is_uppercase) {
                // A hyphenated surname is written whole ("Jean-Pierre") or by its last part
                // ("Assad" for "Bashar al-Assad"): both stand for the full name.
                let last_word = name.rsplit(' ').next().unwrap_or(name);
                let last_part = surname(name);
                for key in
                    std::iter::once(last_part).chain((last_word != last_part).then_some(last_word))
                {
                    let (top, all) = full_names.entry(fold(key)).or_default();
                    *top = (*top).max((docs, name));
                    *all += docs;
                }
            }
        }
        // The short form must also be rare enough beside the full name: a full name in a
        // twentieth of the documents of its bare last word is not whom the word means ("Jack &
        // Jill" in 1 document, "Jill" in 882; "Grandpa Xi" in 9, "Xi" in 582), while a
        // surname's own full name is in a fifth or more ("Anthony Fauci" 165, "Fauci" 1,351).
        let stands_for = |&((top, full), all): &((u64, &'a str), u64), short_docs: u64| {
            (top * 3 >= all * 2 && top * SHORT_FORM_SHARE >= short_docs).then_some(full)
        };
        // A surname first; else the first word of a full name alone, for the full name that
        // dominates it as the surname rule asks, when the word opens more full names'
        // documents than it ends ("Hunter", not "Carter" or "Kelly"), the lists know it as no
        // place or body ("Jill", not "China") and it is a census given name, as briefings and
        // speeches address people ("Thanks, Karine."; "Jill and I"), or a family name its
        // bearers write first ("Xi" for "Xi Jinping", "Yoon" for "Yoon Suk Yeol"). Such a
        // census given name that stands for no full name ("Peter", "Jeff": reporters
        // addressed in briefings) names no one the facets can show.
        let mut given_names_alone = Vec::new();
        let lists = gazetteer();
        for (&short, &short_docs) in &names {
            if short.contains(' ') || !short.starts_with(char::is_uppercase) {
                continue;
            }
            if let Some(full) = full_names
                .get(&fold(short))
                .and_then(|full| stands_for(full, short_docs))
            {
                pairs.push((short.to_string(), full.to_string()));
                continue;
            }
            let opened = first_words.get(full_given_name(short));
            let ended = surname_docs.get(short).copied().unwrap_or(0);
            let opens_more = ended < opened.map_or(0, |&(_, all)| all) || ended == 0;
            let given = lists.is_given_name(short);
            if !opens_more
                || !(given || is_family_name_first(short))
                || lists.kind_of(short).is_some()
            {
                continue;
            }
            match opened.and_then(|opened| stands_for(opened, short_docs)) {
                Some(full) => pairs.push((short.to_string(), full.to_string())),
                // (Not an acronym that is a given name too: "DOT".)
                None if given && short.chars().any(char::is_lowercase) => {
                    given_names_alone.push(short.to_string());
                }
                None => {}
            }
        }
        NameAliases::from_parts(pairs, given_names_alone)
    }

    /// Aliases from (short name, full name) pairs and the given names alone that stand for
    /// no one; the reverse index is derived here only.
    fn from_parts(pairs: Vec<(String, String)>, given_names_alone: Vec<String>) -> Self {
        let mut aliases = NameAliases {
            given_names_alone: given_names_alone.into_iter().collect(),
            ..NameAliases::default()
        };
        for (short, full) in pairs {
            aliases
                .short_names_of
                .entry(full.clone())
                .or_default()
                .push(short.clone());
            aliases.full_name_of.insert(short, full);
        }
        aliases
    }

    fn pairs(&self) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = self
            .full_name_of
            .iter()
            .map(|(short, full)| (short.clone(), full.clone()))
            .collect();
        pairs.sort();
        pairs
    }

    /// The name `name` stands for across the archive.
    pub fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        self.full_name_of.get(name).map_or(name, String::as_str)
    }

    /// Every value of the field that stands for the same person as `name`.
    pub fn variants(&self, name: &str) -> Vec<String> {
        let full = self.canonical(name);
        let mut all = vec![full.to_string()];
        all.extend(self.short_names_of.get(full).into_iter().flatten().cloned());
        all
    }

    /// Whether no name stands for another and none is left out of the counts.
    pub fn is_empty(&self) -> bool {
        self.full_name_of.is_empty() && self.given_names_alone.is_empty()
    }

    /// Each full name that short names stand for, with those short names.
    pub fn groups(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.short_names_of
            .iter()
            .map(|(full, shorts)| (full.as_str(), shorts.as_slice()))
    }

    /// The given names alone that stand for no full name: left out of facet counts, though a
    /// filter on one still finds it.
    pub fn hidden(&self) -> impl Iterator<Item = &str> {
        self.given_names_alone.iter().map(String::as_str)
    }
}

/// The aliases of the person and speaker fields for one generation of the index's segments.
struct Generation {
    id: u64,
    names: Arc<NameAliases>,
}

/// The aliases as ingest saves them beside the index, for the segments they were read from:
/// reading two term dictionaries takes longer than a one-off query.
#[derive(Serialize, Deserialize)]
struct SavedAliases {
    segments: String,
    names: Vec<(String, String)>,
    /// (None in a file saved before given names alone were left out: read as a cache miss.)
    #[serde(default)]
    given_names_alone: Option<Vec<String>>,
}

/// The file in the index directory that holds the saved aliases.
pub const ALIASES_FILE: &str = "newsdex-aliases.json";

/// The segments (and their deletes) that `searcher` reads.
fn segments_key(searcher: &Searcher) -> String {
    let segments: Vec<String> = searcher
        .generation()
        .segments()
        .iter()
        .map(|(id, deletes)| format!("{}:{deletes:?}", id.uuid_string()))
        .collect();
    segments.join(",")
}

/// Reads the aliases of the index in `dir` as it stands and saves them in [`ALIASES_FILE`].
pub fn save(index: &Index, fields: &Fields, dir: &Path) -> Result<()> {
    let reader = index.reader().context("opening a reader to read names")?;
    let searcher = reader.searcher();
    let aliases = name_aliases(&searcher, fields)?;
    let mut given_names_alone: Vec<String> = aliases.given_names_alone.iter().cloned().collect();
    given_names_alone.sort();
    let saved = SavedAliases {
        segments: segments_key(&searcher),
        names: aliases.pairs(),
        given_names_alone: Some(given_names_alone),
    };
    super::state::save_json_file(dir, ALIASES_FILE, &saved)
}

/// Aliases, read from [`ALIASES_FILE`] when it matches the segments searched, else rebuilt
/// from the term dictionaries when a commit brings new segments: never once per search.
pub struct AliasCache {
    dir: PathBuf,
    cached: Mutex<Option<Generation>>,
}

impl AliasCache {
    /// A cache for the index in `dir`.
    pub fn new(dir: &Path) -> Self {
        AliasCache {
            dir: dir.to_owned(),
            cached: Mutex::new(None),
        }
    }

    /// The aliases of `facet` as `searcher` sees the index; None for facets that hold no
    /// person names.
    pub fn for_facet(
        &self,
        searcher: &Searcher,
        fields: &Fields,
        facet: Facet,
    ) -> Result<Option<Arc<NameAliases>>> {
        if !facet.holds_names() {
            return Ok(None);
        }
        let id = searcher.generation().generation_id();
        let mut cached = self
            .cached
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if cached.as_ref().is_none_or(|g| g.id != id) {
            // A saved file that does not parse is only a cache missed.
            let saved = std::fs::read(self.dir.join(ALIASES_FILE))
                .ok()
                .and_then(|bytes| serde_json::from_slice::<SavedAliases>(&bytes).ok())
                .filter(|saved| saved.segments == segments_key(searcher));
            *cached = Some(
                match saved.and_then(|saved| Some((saved.names, saved.given_names_alone?))) {
                    Some((pairs, given_names_alone)) => Generation {
                        id,
                        names: Arc::new(NameAliases::from_parts(pairs, given_names_alone)),
                    },
                    None => Generation {
                        id,
                        names: Arc::new(name_aliases(searcher, fields)?),
                    },
                },
            );
        }
        let generation = cached.as_ref().expect("filled above");
        Ok(Some(Arc::clone(&generation.names)))
    }
}

/// One set of aliases for the person and speaker fields, from the documents of both: a name
/// is shown in the same form in both facets ("Joe Biden", not "Joseph R. Biden" as a speaker
/// because his statements sign so).
fn name_aliases(searcher: &Searcher, fields: &Fields) -> Result<NameAliases> {
    let mut names: HashMap<String, u64> = HashMap::new();
    for field in [fields.person, fields.speaker] {
        for_each_term(searcher, field, |term, docs| match names.get_mut(term) {
            Some(count) => *count += docs,
            None => {
                names.insert(term.to_string(), docs);
            }
        })?;
    }
    Ok(NameAliases::new(
        names.iter().map(|(name, &docs)| (name.as_str(), docs)),
    ))
}

/// What the forms of one person's full name share: the name without initials, its given
/// name for a short form ("Joseph R. Biden" and "Joe Biden" -> "Joseph Biden";
/// `lexicon/nicknames.txt`). None for a name of one word once its initials are gone.
fn person_key(name: &str) -> Option<String> {
    let words = words_without_initials(name)?;
    let (given, rest) = words.split_first()?;
    if rest.is_empty() {
        return None;
    }
    Some(format!("{} {}", full_given_name(given), rest.join(" ")))
}

/// Whether `word` is a family name that its bearers write before the given name
/// (`lexicon/family_names_first.txt`: "Xi", "Yoon", "Nguyen").
fn is_family_name_first(word: &str) -> bool {
    static FAMILY_NAMES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    FAMILY_NAMES
        .get_or_init(|| word_list(include_str!("../extract/lexicon/family_names_first.txt")))
        .contains(word)
}

/// The words of a capitalised name of several words, its initials left out ("Joseph R.
/// Biden" -> "Joseph", "Biden").
fn words_without_initials(name: &str) -> Option<Vec<&str>> {
    if !name.contains(' ') || !name.starts_with(char::is_uppercase) {
        return None;
    }
    let is_initial = |w: &&str| {
        w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase())
    };
    Some(name.split(' ').filter(|w| !is_initial(w)).collect())
}

/// The first and last words of a full name of two or more words besides its initials.
fn given_and_last_word(name: &str) -> Option<(&str, &str)> {
    match words_without_initials(name)?.as_slice() {
        [given, .., last] => Some((given, last)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_stands_for_its_only_full_name() {
        let aliases = NameAliases::new([
            ("Joe Biden", 8),
            ("Jill Biden", 2),
            ("Biden", 5),
            ("Bill Clinton", 4),
            ("Hillary Clinton", 5),
            ("Clinton", 3),
            ("Assad", 1),
            ("Bashar al-Assad", 1),
            ("Lavrov", 2),
            ("Karine Jean-Pierre", 6),
            ("Jean-Pierre", 2),
            ("a U.S. official", 1),
        ]);
        assert_eq!(aliases.canonical("Jean-Pierre"), "Karine Jean-Pierre");
        assert_eq!(aliases.canonical("Biden"), "Joe Biden");
        assert_eq!(aliases.canonical("Assad"), "Bashar al-Assad");
        // Two Clintons of about equal weight: which one is meant is not known.
        assert_eq!(aliases.canonical("Clinton"), "Clinton");
        assert_eq!(aliases.canonical("Lavrov"), "Lavrov");
        assert_eq!(aliases.variants("Biden"), ["Joe Biden", "Biden"]);
        let mut groups: Vec<(&str, Vec<&str>)> = aliases
            .groups()
            .map(|(full, shorts)| (full, shorts.iter().map(String::as_str).collect()))
            .collect();
        groups.sort();
        assert_eq!(
            groups,
            [
                ("Bashar al-Assad", vec!["Assad"]),
                ("Joe Biden", vec!["Biden"]),
                ("Karine Jean-Pierre", vec!["Jean-Pierre"]),
            ]
        );
        // A full name with and without its initials is one person, and together they hold
        // the surname: "Trump" is Donald Trump, though each form alone has under two thirds.
        let trumps = NameAliases::new([
            ("Donald J. Trump", 7),
            ("Donald Trump", 6),
            ("Melania Trump", 3),
            ("Trump", 4),
        ]);
        assert_eq!(trumps.canonical("Donald Trump"), "Donald J. Trump");
        assert_eq!(trumps.canonical("Trump"), "Donald J. Trump");
        assert_eq!(
            trumps.variants("Trump"),
            ["Donald J. Trump", "Donald Trump", "Trump"]
        );
        // A short form of the given name is the same person; another given name is not.
        let bidens = NameAliases::new([
            ("Joseph R. Biden", 5),
            ("Joe Biden", 6),
            ("Jill Biden", 4),
            ("Biden", 9),
        ]);
        assert_eq!(bidens.canonical("Joseph R. Biden"), "Joe Biden");
        assert_eq!(bidens.canonical("Biden"), "Joe Biden");
        assert_eq!(bidens.canonical("Jill Biden"), "Jill Biden");
        // Two forms of one given name hold the surname together; apart, neither has two thirds.
        let netanyahus = NameAliases::new([
            ("Benjamin Netanyahu", 7),
            ("Bibi Netanyahu", 5),
            ("Netanyahu", 25),
        ]);
        assert_eq!(netanyahus.canonical("Netanyahu"), "Benjamin Netanyahu");
        // Diacritics aside, a name is the same: "Erdogan" is Recep Tayyip Erdoğan.
        let erdogans = NameAliases::new([
            ("Recep Tayyip Erdoğan", 8),
            ("Recep Tayyip Erdogan", 2),
            ("Erdogan", 7),
        ]);
        assert_eq!(erdogans.canonical("Erdogan"), "Recep Tayyip Erdoğan");
        assert_eq!(
            erdogans.canonical("Recep Tayyip Erdogan"),
            "Recep Tayyip Erdoğan"
        );
        // A full name in under a twentieth of its short form's documents is not whom the
        // short form means; a surname's own full name in an eighth of them is.
        let rare = NameAliases::new([
            ("Jack & Jill", 1),
            ("Jill", 30),
            ("Anthony Fauci", 5),
            ("Fauci", 40),
        ]);
        assert_eq!(rare.canonical("Jill"), "Jill");
        assert_eq!(rare.canonical("Fauci"), "Anthony Fauci");
    }

    #[test]
    fn a_given_name_alone_stands_for_the_full_name_it_opens_most() {
        let aliases = NameAliases::new([
            ("Joseph R. Biden", 9),
            ("Joe Biden", 6),
            ("Joe Manchin", 2),
            ("Joe", 12),
            ("Jill Biden", 5),
            ("Jill", 11),
            ("Karine Jean-Pierre", 2),
            ("Karine", 30),
            ("Jen Psaki", 3),
            ("Jen Klein", 3),
            ("Jen", 8),
            ("Mark Kelly", 6),
            ("Megyn Kelly", 5),
            ("Kelly Loeffler", 4),
            ("Kelly", 5),
            ("China Daily", 4),
            ("China", 9),
            ("Peter", 5),
            ("DOT", 3),
        ]);
        // A short form of the given name finds the full name by its given name.
        assert_eq!(aliases.canonical("Joe"), "Joseph R. Biden");
        assert_eq!(aliases.canonical("Jill"), "Jill Biden");
        assert_eq!(aliases.canonical("Karine"), "Karine Jean-Pierre");
        assert_eq!(aliases.variants("Jill"), ["Jill Biden", "Jill"]);
        // Two Jens of equal weight; "Kelly" ends more full names' documents than it opens;
        // "China" is a census given name but a place first.
        assert_eq!(aliases.canonical("Jen"), "Jen");
        assert_eq!(aliases.canonical("Kelly"), "Kelly");
        assert_eq!(aliases.canonical("China"), "China");
        // A given name alone that stands for no one ("Jen", "Peter") is left out of the
        // facets; a surname ("Kelly"), a place and an acronym ("DOT") are not.
        let mut hidden: Vec<&str> = aliases.hidden().collect();
        hidden.sort_unstable();
        assert_eq!(hidden, ["Jen", "Peter"]);
    }

    #[test]
    fn a_family_name_written_first_stands_for_the_full_name_it_opens() {
        let aliases = NameAliases::new([
            ("Xi Jinping", 8),
            ("Xi", 10),
            ("Yoon Suk Yeol", 5),
            ("Yoon", 9),
            ("Wang Yi", 6),
            ("Wang Qishan", 5),
            ("Wang", 7),
            ("Kim Jong Un", 9),
            ("Kim Yo Jong", 3),
            ("Kim Kardashian", 2),
            ("Kim", 6),
            ("Dawson Springs", 2),
            ("Dawson", 9),
        ]);
        // Neither "Xi" nor "Yoon" is a census given name; each is a family name written first.
        assert_eq!(aliases.canonical("Xi"), "Xi Jinping");
        assert_eq!(aliases.canonical("Yoon"), "Yoon Suk Yeol");
        assert_eq!(aliases.variants("Yoon"), ["Yoon Suk Yeol", "Yoon"]);
        // Two Wangs, three Kims: which one is meant is not known.
        assert_eq!(aliases.canonical("Wang"), "Wang");
        assert_eq!(aliases.canonical("Kim"), "Kim");
        // A word neither list knows as a name opens a place.
        assert_eq!(aliases.canonical("Dawson"), "Dawson");
    }
}
