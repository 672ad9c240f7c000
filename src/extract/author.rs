//! The author of a text written in the first person: remarks, statements, proclamations and
//! letters name who speaks in their title ("Remarks by President Biden …", "Statement from
//! Vice President Harris …") or sign at their end ("JOSEPH R. BIDEN JR."). Their "I said" and
//! "we have proposed" are that person's, not a speaker called "I".

use super::entities::title_case;
use super::gazetteer::{gazetteer, word_list};
use super::text::{is_apostrophe, is_name_suffix, Document};
use super::{EntityMention, EntityType, Quote};

/// The first words of titles of texts written by the person they name:
/// `lexicon/authored_titles.txt`.
fn authored_titles() -> &'static rustc_hash::FxHashSet<&'static str> {
    static TITLES: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    TITLES.get_or_init(|| word_list(include_str!("lexicon/authored_titles.txt")))
}

/// The person after "by", "from" or "of" in the first line, when that line opens with an
/// authored kind of text ("Remarks as Prepared for Delivery by First Lady Jill Biden").
/// `entities` are sorted by start.
fn titled_author(doc: &Document, entities: &[EntityMention]) -> Option<String> {
    let title = doc.text.split('\n').next()?;
    let first = title.split_whitespace().next()?;
    if !authored_titles().contains(first) {
        return None;
    }
    let by = [" by ", " from ", " of "]
        .iter()
        .filter_map(|w| title.find(w).map(|at| at + w.len()))
        .min()?;
    let (from, to) = (doc.char_offset(by), doc.char_offset(title.len()));
    let i = entities.partition_point(|e| e.start < from);
    entities[i..]
        .iter()
        .take_while(|e| e.end <= to)
        .find(|e| e.kind == EntityType::Person)
        .map(|e| e.titled_name().to_string())
}

/// The signature in capitals on one of the last lines ("JOSEPH R. BIDEN JR."), as a name
/// ("Joseph R. Biden"): two to five words of capitals and periods, a given name first.
fn signature(text: &str) -> Option<String> {
    text.lines()
        .rev()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(4)
        .find_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let signed = (2..=5).contains(&words.len())
                && line.chars().any(char::is_alphabetic)
                && line
                    .chars()
                    .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-'));
            if !signed {
                return None;
            }
            let name: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| !is_name_suffix(w))
                .collect();
            // A name, not a section's head in capitals ("LOOKING FORWARD"): a given name first.
            let named = name.len() >= 2 && gazetteer().is_given_name(name[0]);
            named.then(|| title_case(&name.join(" ")))
        })
}

/// Whether a speaker is the first person ("I", "I’ve", "We").
pub fn first_person(speaker: &str) -> bool {
    let base = speaker.split(is_apostrophe).next().unwrap_or(speaker);
    matches!(base, "I" | "We" | "we")
}

/// Gives the quotes whose speaker is the first person to the text's author, when it names one.
pub fn attribute(doc: &Document, entities: &[EntityMention], quotes: &mut [Quote]) {
    if !quotes
        .iter()
        .any(|q| q.speaker.as_deref().is_some_and(first_person))
    {
        return;
    }
    let Some(author) = titled_author(doc, entities).or_else(|| signature(doc.text)) else {
        return;
    };
    for quote in quotes {
        if quote.speaker.as_deref().is_some_and(first_person) {
            quote.speaker = Some(author.clone());
            quote.speaker_anonymous = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    fn speakers(text: &str) -> Vec<Option<String>> {
        extract(text)
            .quotes
            .into_iter()
            .map(|q| q.speaker)
            .collect()
    }

    #[test]
    fn the_first_person_of_a_titled_or_signed_text_is_its_author() {
        let remarks = "Remarks as Prepared for Delivery by First Lady Jill Biden at a School\n\n\
                       Thank you all for coming. I have always said that teachers change lives.";
        assert_eq!(speakers(remarks), [Some("Jill Biden".to_string())]);
        let proclamation = "A Proclamation on National Park Week\n\n\
                            During this week, we celebrate our parks. I have long said that \
                            our parks are the pride of the Nation.\n\n\
                            JOSEPH R. BIDEN JR.";
        assert_eq!(
            speakers(proclamation),
            [Some("Joseph R. Biden".to_string())]
        );
        // Without a title that names its author or a signature, "I" stays as written; a
        // section's head in capitals signs nothing.
        let column = "A week in the mountains\n\nI have long said that the mountains heal.\n\n\
                      LOOKING FORWARD";
        assert_eq!(speakers(column), [Some("I".to_string())]);
    }

    #[test]
    fn an_article_s_title_names_its_speaker_and_offsets_count_into_its_body() {
        use crate::extract::extract_article;
        let body = "East Room\n11:58 A.M. EDT\n\
                    THE PRESIDENT: Thank you. I have always said that jobs come first.\n\
                    END 12:20 P.M. EDT";
        let extraction = extract_article("Remarks by President Joe Biden on Jobs", body, None);
        extraction.check_spans(body).unwrap();
        let speakers: Vec<Option<&str>> = extraction
            .quotes
            .iter()
            .map(|q| q.speaker.as_deref())
            .collect();
        assert_eq!(speakers, [Some("Joe Biden")], "{extraction:#?}");
        let body = "I have always said that the right to vote is sacred.";
        let extraction = extract_article("Statement by Vice President Kamala Harris", body, None);
        extraction.check_spans(body).unwrap();
        assert_eq!(
            extraction.quotes[0].speaker.as_deref(),
            Some("Kamala Harris"),
            "{extraction:#?}"
        );
        // Neither the title's quotes nor its entities are the body's.
        assert!(extraction.entities.is_empty(), "{extraction:#?}");
    }
}
