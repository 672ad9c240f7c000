//! A title written in title case ("Biden Announces Key Nominees"), rewritten in the case its
//! words have in running text, as the body writes them. The tagger reads capitals as names:
//! "Biden Announces Key Nominees" was an organisation, and the body's "Biden" took its name
//! and type from it.

use std::borrow::Cow;

use super::gazetteer::{gazetteer, word_list};
use super::text::{in_capitals, is_apostrophe, is_capitalised};

/// The articles, conjunctions and prepositions that title case capitalises.
pub(super) fn small_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("lexicon/headline_small_words.txt")))
}

/// How much of the body [`in_running_case`] reads, in bytes.
const EVIDENCE_BYTES: usize = 12_000;

/// The runs of letters of `text`, with their byte offsets ("Back-to-School": three).
fn letter_runs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let letter_at = |i: usize| match bytes.get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
        Some(_) => text[i..].chars().next().is_some_and(char::is_alphabetic),
        None => false,
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        // Bytes inside a character are passed over with it: a letter's are taken whole, and
        // any other character's fail `letter_at` at its first byte only.
        while i < bytes.len() && !letter_at(i) {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while let Some(c) = text[i..].chars().next() {
            let next = i + c.len_utf8();
            // "don't", "Treasury's": an apostrophe before a letter goes on with the word.
            if c.is_alphabetic() || is_apostrophe(c) && letter_at(next) {
                i = next;
            } else {
                break;
            }
        }
        Some((start, &text[start..i]))
    })
}

/// A word's form without its inflection, lower case: "Announces", "announced" and "announce"
/// share "announc".
fn stem(word: &str) -> String {
    let mut stem = word.to_lowercase();
    if let Some(owner) = stem.strip_suffix("'s").or_else(|| stem.strip_suffix("’s")) {
        stem.truncate(owner.len());
    }
    for suffix in ["ing", "ed", "es", "s"] {
        if stem.len() >= suffix.len() + 3 && stem.ends_with(suffix) {
            stem.truncate(stem.len() - suffix.len());
            break;
        }
    }
    if stem.len() > 3 && stem.ends_with('e') {
        stem.pop();
    }
    stem
}

/// Whether `title` is written in title case: three or more words of four letters or more,
/// at least four in five of them capitalised ("Statement from President Biden on the Passing
/// of Senator Dianne Feinstein"). Titles in capitals are left alone: the tagger reads words in
/// capitals as such, and a title half cased ("DIMINISHES Reagan") reads worse.
fn in_title_case(title: &str) -> bool {
    let (mut capitalised, mut lower, mut shouted) = (0, 0, 0);
    for (_, run) in letter_runs(title).filter(|(_, run)| run.chars().count() >= 4) {
        if in_capitals(run, 2) {
            shouted += 1;
        } else if is_capitalised(run) {
            capitalised += 1;
        } else {
            lower += 1;
        }
    }
    capitalised >= 3 && lower * 4 <= capitalised + shouted
}

/// `title`, if in title case, with each capitalised word after the first in lower case
/// unless something says it is a name: the body writes it beside its neighbour as in the
/// title ("White House"); or, for a word that is no article, conjunction or preposition
/// (`lexicon/headline_small_words.txt`), the body writes it capitalised inside a sentence
/// ("in Springfield"), or does not write its stem in lower case (but for an inflected word of
/// no list: "Names"), it is a title or an organisation's word of the lists ("President",
/// "Department"), a name of the lists the body never writes in lower case ("Sams", though
/// the body has "same"), or it stands before a capitalised word nothing tells about. So
/// "President Biden Names Key Nominees" reads "President Biden names key nominees". The
/// body is read in its first [`EVIDENCE_BYTES`]. The result has the same length in bytes as
/// `title` (only ASCII letters change case: `make_ascii_lowercase` leaves the bytes of other
/// letters alone), so offsets hold.
pub fn in_running_case<'t>(title: &'t str, body: &str) -> Cow<'t, str> {
    if !in_title_case(title) {
        return Cow::Borrowed(title);
    }
    // The evidence is read in the body's opening: a briefing's transcript runs to 100 KB,
    // and reading all of it was 6 % of a briefing's extraction.
    let body = &body[..body.floor_char_boundary(EVIDENCE_BYTES)];
    let g = gazetteer();
    let runs: Vec<(usize, &str)> = letter_runs(title).collect();
    let stems: Vec<String> = runs.iter().map(|(_, run)| stem(run)).collect();
    // How often the body writes each title word's stem in lower case, and capitalised after
    // a word or a comma (inside a sentence, where capitals mark a name).
    let mut lower = vec![0usize; runs.len()];
    let mut lower_as_written = vec![0usize; runs.len()];
    let mut named = vec![0usize; runs.len()];
    // The first bytes of the stems, in lower case.
    let mut first_bytes = [false; 256];
    for stem in &stems {
        first_bytes[usize::from(stem.as_bytes()[0])] = true;
    }
    for (start, run) in letter_runs(body) {
        // A stem is a prefix of its word in lower case: most words of the body share none
        // with the title, and are passed over without working out their stem.
        let may_share_stem = !run.is_ascii()
            || first_bytes[usize::from(run.as_bytes()[0].to_ascii_lowercase())]
                && stems.iter().any(|stem| {
                    run.get(..stem.len())
                        .is_some_and(|prefix| prefix.eq_ignore_ascii_case(stem))
                });
        if !may_share_stem {
            continue;
        }
        let body_stem = stem(run);
        let before = || {
            body[..start]
                .trim_end_matches([' ', '\t'])
                .chars()
                .next_back()
        };
        // Every title word of the stem ("House", "Housing") takes the evidence.
        for i in (0..runs.len()).filter(|&i| stems[i] == body_stem) {
            if !is_capitalised(run) {
                lower[i] += 1;
                lower_as_written[i] += usize::from(run.eq_ignore_ascii_case(runs[i].1));
            } else if before().is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';')) {
                named[i] += 1;
            }
        }
    }
    // A pair of title words as the body writes them: "White House", "New York".
    let written_together = |a: usize, b: usize| {
        let (start, end) = (runs[a].0, runs[b].0 + runs[b].1.len());
        let pair = &title[start..end];
        pair.contains(' ') && body.contains(pair)
    };
    let capitalised = |i: usize| is_capitalised(runs[i].1) && !in_capitals(runs[i].1, 2);
    // A word with no evidence either way: neither written by the body nor in the lists.
    let unknown = |i: usize| {
        lower[i] == 0
            && named[i] == 0
            && !g.is_personal_name(runs[i].1)
            && g.kind_of(runs[i].1).is_none()
    };
    let mut cased = title.to_string().into_bytes();
    for (i, &(start, run)) in runs.iter().enumerate().skip(1) {
        if !capitalised(i) {
            continue;
        }
        // "Names", "Marking": an inflected verb of no list opens no name, evidence or none.
        let verb = unknown(i) && ["s", "ing", "ed"].iter().any(|s| run.ends_with(s));
        // Articles, conjunctions and prepositions are lower case but beside a neighbour
        // the body writes with them in capitals.
        let small = small_words().contains(run.to_lowercase().as_str());
        let name = written_together(i - 1, i)
            || i + 1 < runs.len() && written_together(i, i + 1)
            || !small
                && (named[i] > 0
                    || lower[i] == 0 && !verb
                    || g.titles.contains(run)
                    || g.organisation_words.contains(run)
                    || lower_as_written[i] == 0 && g.is_personal_name(run)
                    // "for Strategic Communications John Kirby": before a capitalised word
                    // of no evidence, the word may be part of one name with it.
                    || i + 1 < runs.len() && capitalised(i + 1) && unknown(i + 1));
        if !name {
            cased[start..start + run.len()].make_ascii_lowercase();
        }
    }
    // Only ASCII letters changed case: the bytes are still UTF-8.
    Cow::Owned(String::from_utf8(cased).expect("ASCII case changes keep UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::EntityType;

    #[test]
    fn title_case_words_the_body_writes_in_lower_case_are_lowered() {
        let body = "President Biden today designated the site of the 1908 race riot in \
                    Springfield, Illinois, a national monument, the White House said on \
                    Friday, in a statement on tax reform.";
        assert_eq!(
            in_running_case(
                "President Biden Designates Springfield 1908 Race Riot National Monument",
                body
            ),
            "President Biden designates Springfield 1908 race riot national monument"
        );
        // A name the body writes in capitals inside a sentence, or beside its neighbour,
        // stays; so does a word the body does not hold ("Gaggle"), but for a preposition
        // ("Aboard").
        assert_eq!(
            in_running_case("Statement From The White House On Tax Reform", body),
            "Statement from the White House on tax reform"
        );
        assert_eq!(
            in_running_case("Press Gaggle by President Biden Aboard Air Force One", body),
            "Press Gaggle by President Biden aboard Air Force One"
        );
    }

    #[test]
    fn a_title_in_title_case_lends_the_body_no_name_of_its_words() {
        // Read as written, the title's "Biden Designates Springfield" was a person, and the
        // body's "Biden" and "Springfield" took that name.
        let body = "This week, President Biden designated the site of the 1908 race riot in \
                    Springfield a national monument. Biden said the riot must be remembered.";
        let title = "President Biden Designates Springfield 1908 Race Riot National Monument";
        let entities = crate::extract::extract_article(title, body, None).entities;
        let found: Vec<_> = entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
        assert_eq!(
            found,
            [
                ("Joe Biden", EntityType::Person),
                ("Springfield", EntityType::Place),
                ("Joe Biden", EntityType::Person)
            ]
        );
    }

    #[test]
    fn a_title_in_running_case_or_with_other_letters_is_left_as_it_is() {
        let body = "Trump announced the withdrawal of troops.";
        for title in [
            "US President Trump announces troop withdrawal from Syria",
            "Carter speaks by telephone with Russian counterpart",
        ] {
            assert!(matches!(in_running_case(title, body), Cow::Borrowed(t) if t == title));
        }
        // Letters outside ASCII keep their case, and the length in bytes holds.
        let title = "Président Macron Announces New Réformes Économiques";
        let cased = in_running_case(title, "Emmanuel Macron announced new réformes.");
        // (Nor is a word lowered before a capitalised one that nothing tells about.)
        assert_eq!(cased, "Président Macron announces new Réformes Économiques");
        assert_eq!(cased.len(), title.len());
    }
}
