//! Named entities: spans and types from the statistical tagger ([`super::ner`]), with rules
//! as overrides and fallback: runs of capitalised words that are gazetteer aliases ("U.S.",
//! "al Qaeda") override the model, and runs the model missed are typed by gazetteers (GeoNames
//! places), organisation words, acronyms and titles. Mentions are then merged within the
//! article under their fullest name ("Assad" -> "Bashar al-Assad", "U.S." -> "United States").

use std::cell::RefCell;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::gazetteer::{gazetteer, word_list, Gazetteer};
use super::ner::{chunks, entity_type, Label, Scratch, Tagger};
use super::text::{
    capitalise, forms_of_one_name, in_capitals, is_capitalised, is_dash, is_honorific,
    is_name_suffix, is_shouted_honorific, particle_joined, surname, Document, NAME_PARTICLES,
};
use super::transcript::{office_ending, sole_holder};
use super::{EntityMention, EntityType};

/// Words that start sentences in capitals but never begin a name (`lexicon/not_names.txt`).
fn not_name(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(include_str!("lexicon/not_names.txt")))
        .contains(word)
}

fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
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
        return !not_name(t) || g.aliases.contains_key(t);
    }
    // "al Qaeda": a lowercase particle opens a name when a capitalised word follows.
    NAME_PARTICLES.contains(&t)
        && k + 1 < doc.tokens.len()
        && is_capitalised(doc.token_text(k + 1))
        && !not_name(doc.token_text(k + 1))
}

/// Possessive determiners, dropped from the front of a name though the census lists "My" as
/// a given name ("My Administration is …").
const POSSESSIVE_DETERMINERS: [&str; 7] = ["my", "our", "your", "his", "her", "their", "its"];

/// A mention found: start byte, end byte, type, canonical name.
type Found = (usize, usize, EntityType, String);

/// The tagger's entities, sentence by sentence; a name fused to a modifier ("U.S.-led") ends
/// before the modifier, and gazetteer aliases get their canonical name and type.
fn model_spans(g: &Gazetteer, doc: &Document) -> Vec<Found> {
    // The tagger's working space (per-sentence features, score cache, document cues) and the
    // labels are kept per thread: allocating them anew for every article cost more than the
    // second pass.
    thread_local! {
        static SCRATCH: RefCell<(Scratch, Vec<Label>)> = RefCell::default();
    }
    SCRATCH.with_borrow_mut(|(scratch, labels)| model_spans_with(g, doc, scratch, labels))
}

fn model_spans_with(
    g: &Gazetteer,
    doc: &Document,
    scratch: &mut Scratch,
    labels: &mut Vec<Label>,
) -> Vec<Found> {
    let tagger = Tagger::builtin();
    let all: Vec<&str> = (0..doc.tokens.len()).map(|k| doc.token_text(k)).collect();
    let ranges: Vec<_> = doc.sentences.iter().map(|s| s.tokens.clone()).collect();
    tagger.tag_document(&all, &ranges, scratch, labels);
    let mut found = Vec::new();
    for sentence in &doc.sentences {
        let words = &all[sentence.tokens.clone()];
        // A dash ends a name: the tagger ran names across one ("Jill — Jill", a speaker
        // starting over; "DOJ — Department of Justice").
        let between_dashes = chunks(&labels[sentence.tokens.clone()])
            .into_iter()
            .flat_map(|(chunk, kind)| {
                let ends = chunk.clone().filter(|&j| is_dash(words[j]));
                ends.chain(std::iter::once(chunk.end))
                    .scan(chunk.start, move |start, end| {
                        let piece = *start..end;
                        *start = end + 1;
                        Some((piece, kind))
                    })
                    .filter(|(piece, _)| !piece.is_empty())
            });
        // Where the last name taken ended, in words of the sentence: a name taken on over
        // words tagged apart leaves them out.
        let mut taken_to = 0;
        for (span, kind) in between_dashes {
            if span.start < taken_to {
                continue;
            }
            let person = entity_type(kind) == EntityType::Person;
            // The index after a name suffix at `k`, set off by a comma or not ("King, Jr.").
            let suffix_end = |k: usize| {
                let k = if words.get(k) == Some(&",") { k + 1 } else { k };
                words
                    .get(k)
                    .is_some_and(|w| is_name_suffix(w))
                    .then_some(k + 1)
            };
            // CoNLL rarely writes "al-Assad": take it into the name before it. A title
            // before a suffix is a surname, which the tagger leaves out: "Martin Luther" +
            // "King, Jr.", "Martin Luther King" + ", Jr.".
            let end = match words.get(span.end) {
                Some(w) if particle_joined(w) => span.end + 1,
                _ if person => match (suffix_end(span.end + 1), suffix_end(span.end)) {
                    (Some(end), _) if g.titles.contains(words[span.end]) => end,
                    (_, Some(end)) if g.titles.contains(words[span.end - 1]) => end,
                    _ => span.end,
                },
                _ => span.end,
            };
            // "Labor Secretary Marty Walsh", "First Lady Jill Biden": a person's name starts
            // after the last title in it, but for one after a name and before its suffix.
            let is_title = |j: usize| {
                g.titles.contains(words[j])
                    && (suffix_end(j + 1) != Some(end)
                        || words[span.start..j].iter().all(|w| g.titles.contains(w)))
            };
            let name_start = if person {
                (span.start..end)
                    .rev()
                    .find(|&j| is_title(j))
                    .map_or(span.start, |j| j + 1)
            } else {
                span.start
            };
            // (A suffix alone, "Nesbitt, Jr.", names no one.)
            if words[name_start..end].iter().all(|w| is_name_suffix(w)) {
                continue;
            }
            taken_to = end;
            let first = &doc.tokens[sentence.tokens.start + name_start];
            let last = &doc.tokens[sentence.tokens.start + end - 1];
            let end = match name_before_modifier(&doc.text[last.start..last.end]) {
                Some(name) => last.start + name.len(),
                None => last.end,
            };
            let text = &doc.text[first.start..end];
            let (name, kind) = match g.aliases.get(text) {
                Some(&(name, kind)) => (name.to_string(), kind),
                // One name however its suffix is set off: "King, Jr." is "King Jr.".
                None => match text.rsplit_once(", ") {
                    Some((name, suffix)) if is_name_suffix(suffix) => {
                        (format!("{name} {suffix}"), entity_type(kind))
                    }
                    _ => (text.to_string(), entity_type(kind)),
                },
            };
            found.push((first.start, end, kind, name));
        }
    }
    found
}

pub fn find(doc: &Document) -> Vec<EntityMention> {
    let g = gazetteer();
    let overlaps = |a: &Found, b: &Found| a.0 < b.1 && b.0 < a.1;
    let signatures = signature_spans(g, doc.text);
    let brackets: Vec<Found> = bracketed_companies(g, doc.text)
        .into_iter()
        .filter(|b| !signatures.iter().any(|s| overlaps(s, b)))
        .collect();
    let (aliases, others): (Vec<Found>, Vec<Found>) =
        rule_spans(g, doc).into_iter().partition(|f| {
            g.aliases.contains_key(&doc.text[f.0..f.1])
                && !signatures.iter().chain(&brackets).any(|s| overlaps(s, f))
        });
    let mut found = signatures;
    found.extend(brackets);
    found.extend(aliases);
    // The spans taken so far, sorted: they do not overlap one another (the aliases are runs
    // found left to right, each later span is checked), so their ends are sorted too, and a
    // span overlaps one of them if and only if it overlaps the last that starts before its
    // end. A binary search, where scanning every span taken was quadratic in long articles.
    let mut taken: Vec<(usize, usize)> = found.iter().map(|f| (f.0, f.1)).collect();
    taken.sort_unstable();
    debug_assert!(taken.windows(2).all(|w| w[0].1 <= w[1].0));
    for span in model_spans(g, doc).into_iter().chain(others) {
        let i = taken.partition_point(|t| t.0 < span.1);
        if i == 0 || taken[i - 1].1 <= span.0 {
            debug_assert!(!found.iter().any(|f| overlaps(f, &span)));
            taken.insert(i, (span.0, span.1));
            found.push(span);
        } else {
            debug_assert!(found.iter().any(|f| overlaps(f, &span)));
        }
    }
    found.sort_by_key(|f| f.0);
    // "People’s Republic" + "of China", "Democratic Republic" + "of the Congo": a state's
    // name the tagger cut before its "of" (named by `place_abbreviations` below).
    found.dedup_by(|next, state| {
        let joined = state.2 == EntityType::Place
            && next.2 == EntityType::Place
            && state.3.ends_with(" Republic")
            && matches!(&doc.text[state.1..next.0], " of " | " of the ");
        if joined {
            state.1 = next.1;
            state.3 = doc.text[state.0..state.1].to_string();
        }
        joined
    });
    join_names_cut_after_of(doc, &mut found);
    join_names_cut_at_an_initial(g, doc, &mut found);
    join_legal_forms(g, doc, &mut found);
    // "Hurricane Helene": the name after a storm's word, in the tagger's span or written
    // before it ("the hurricanes Helene and Milton", in any case, with the name joined by
    // "and"), names the storm wherever the article writes it, alone too ("about Helene").
    let mut storms: FxHashSet<String> = FxHashSet::default();
    let mut storm_end = None;
    for f in &found {
        let before = doc.text[..f.0].trim_end_matches(' ');
        let written_before = |opener: &str| {
            before.len() < f.0
                && before
                    .len()
                    .checked_sub(opener.len())
                    .and_then(|at| before.get(at..))
                    .is_some_and(|word| word.eq_ignore_ascii_case(opener))
        };
        let joined = storm_end.is_some_and(|end| doc.text.get(end..f.0) == Some(" and "));
        let storm = g.event_openers.iter().find_map(|opener| {
            f.3.strip_prefix(opener)
                .and_then(|rest| rest.strip_prefix(' '))
                .or_else(|| (joined || written_before(opener)).then_some(f.3.as_str()))
        });
        storm_end = storm.map(|name| {
            storms.insert(name.to_string());
            f.1
        });
    }
    let mut mentions = surnames_and_canonical_names(g, doc, found);
    // "Hurricane Helene", "Tropical Storm Debby", and "Helene" named after it: a storm. Read
    // off the article's names, which give a bare "Helene" its storm.
    for mention in &mut mentions {
        let names_a_storm = storms.contains(&mention.name)
            || storms.contains(&mention.text)
            || g.event_openers.iter().any(|opener| {
                mention
                    .name
                    .strip_prefix(opener)
                    .is_some_and(|rest| rest.starts_with(' '))
            });
        if names_a_storm {
            mention.kind = EntityType::Misc;
        }
    }
    mentions
}

/// Reuters' angle brackets around a company's name ("<North American Oil and Gas Corp>",
/// "<Smith Barney, Harris Upham and Co Inc>"): the name whole, an organisation, where the
/// tagger cut it at "and" or a comma. Not a ticker ("<ERIC ST>", "<CAWL.L>": no lower case).
fn bracketed_companies(g: &Gazetteer, text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('<').map(|i| from + i) {
        let inside = &text[open + 1..];
        let Some(close) = inside
            .find(['>', '<', '\n'])
            .filter(|&c| inside[c..].starts_with('>'))
        else {
            from = open + 1;
            continue;
        };
        // A possessive the brackets hold ("<Blue Circle Industries PLC's>") is no part of it.
        let name = inside[..close]
            .trim_end_matches(['’', '\''])
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .trim();
        let named = (2..=80).contains(&name.len())
            && name.starts_with(|c: char| c.is_uppercase())
            && name.chars().any(char::is_lowercase);
        if named {
            let start = open + 1 + (inside[..close].len() - inside[..close].trim_start().len());
            let canonical = g
                .aliases
                .get(name)
                .map_or(name, |&(canonical, _)| canonical);
            found.push((
                start,
                start + name.len(),
                EntityType::Organization,
                canonical.to_string(),
            ));
        }
        from = open + 1 + close + 1;
    }
    found
}

/// "President John F. Kennedy": a given name alone, a middle initial and one capitalised
/// word, which the tagger cut at the initial ("John" a person, "Kennedy" or "F. Kennedy"
/// another mention, a place as often), are one person.
fn join_names_cut_at_an_initial(g: &Gazetteer, doc: &Document, found: &mut Vec<Found>) {
    found.dedup_by(|next, given| {
        if !(given.2 == EntityType::Person && !given.3.contains(' ') && g.is_given_name(&given.3)) {
            return false;
        }
        let between = &doc.text[given.1..next.0];
        let written = &doc.text[next.0..next.1];
        // The initial between the two, or opening the second.
        let surname = match between.strip_prefix(' ').and_then(|b| b.strip_suffix(' ')) {
            Some(b) if is_middle_initial(b) => Some(written),
            _ if between == " " => written
                .split_once(' ')
                .filter(|(first, _)| is_middle_initial(first))
                .map(|(_, rest)| rest),
            _ => None,
        };
        let joined =
            surname.is_some_and(|s| !s.contains(' ') && s.starts_with(|c: char| c.is_uppercase()));
        if joined {
            given.1 = next.1;
            given.3 = doc.text[given.0..given.1].to_string();
        }
        joined
    });
}

/// A middle initial: one capital letter and its period ("F.", "R.").
fn is_middle_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_ascii_uppercase()
    )
}

/// "Mars, Inc., announced": a company's legal form set off by a comma, which the tagger
/// found as a name of its own ("Inc." an organisation or a place), ends the company's name.
fn join_legal_forms(g: &Gazetteer, doc: &Document, found: &mut Vec<Found>) {
    found.dedup_by(|next, company| {
        let form = &doc.text[next.0..next.1];
        // (Not a state after a place: "Las Vegas, NV", "Reno, NV".)
        let joined = g.is_company_form(form)
            && !form.contains(' ')
            && company.2 != EntityType::Place
            && !(form.len() == 2 && form.chars().all(|c| c.is_ascii_uppercase()))
            && &doc.text[company.1..next.0] == ", ";
        if joined {
            company.1 = next.1;
            company.2 = EntityType::Organization;
            company.3 = format!("{} {form}", company.3);
        }
        joined
    });
}

/// "Export-Import Bank of" + "the United States", "Title V of" + "the Stafford Act": a name
/// the tagger cut after its "of", before the name it holds. A part of the body named after
/// it ("Board of Directors of" + "the Tennessee Valley Authority", "the Government of" +
/// "Russia") is no name: the body alone is.
fn join_names_cut_after_of(doc: &Document, found: &mut Vec<Found>) {
    let mut parts = Vec::new();
    found.dedup_by(|next, head| {
        let joined = head.3.ends_with(" of") && matches!(&doc.text[head.1..next.0], " the " | " ");
        if joined {
            let name = head.3.strip_prefix("the ").unwrap_or(&head.3);
            let part = name.matches(" of").count() > 1
                || matches!(name.split(' ').next(), Some("Board" | "Government"));
            if part {
                parts.push(head.0);
            } else {
                head.1 = next.1;
                head.3 = doc.text[head.0..head.1].to_string();
            }
        }
        joined && !parts.contains(&head.0)
    });
    found.retain(|f| !parts.contains(&f.0));
}

/// The signer of a proclamation or memorandum, a line of its own in capitals: "JOSEPH R.
/// BIDEN JR.", "DONALD J. TRUMP". A given name of the lists, an initial and a surname are a
/// person; the tagger, which has no line breaks to go by, split half of Biden's 1,591
/// signatures into the organisations "JOSEPH" and "BIDEN". Without the initial the shape is a
/// heading as often ("SANTA FE", "NEW JERSEY").
fn signature_spans(g: &Gazetteer, text: &str) -> Vec<Found> {
    let is_capitals_word = |w: &str| {
        w.len() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || c == '-' || super::text::is_apostrophe(c))
    };
    let mut found = Vec::new();
    let mut next_line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_start = next_line_start;
        next_line_start += line.len();
        // Nearly every line has a lower-case letter: no signature, and no words to collect.
        if line.chars().any(char::is_lowercase) {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let signed = match words.as_slice() {
            [given, initial, surname, rest @ ..] => {
                let surname = surname.strip_suffix(',').unwrap_or(surname);
                let is_initial = is_middle_initial(initial);
                let suffix_only = match rest {
                    [] => true,
                    [suffix] => is_name_suffix(suffix),
                    _ => false,
                };
                (suffix_only
                    && is_initial
                    && is_capitals_word(given)
                    && is_capitals_word(surname)
                    && g.is_given_name(given))
                .then_some((*given, surname))
            }
            _ => None,
        };
        if let Some((given, surname)) = signed {
            // The words are slices of `line`: their offsets locate the name in `text`.
            let from = line_start + (given.as_ptr() as usize - line.as_ptr() as usize);
            let to =
                line_start + (surname.as_ptr() as usize - line.as_ptr() as usize) + surname.len();
            found.push((from, to, EntityType::Person, title_case(&text[from..to])));
        }
    }
    found
}

/// The run of text without spaces that holds `text[from..to]`.
fn run_around(text: &str, from: usize, to: usize) -> &str {
    /// The bytes of `chars` before the first space (read forwards or backwards).
    fn up_to_space(chars: impl Iterator<Item = char>) -> usize {
        chars
            .take_while(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum()
    }
    &text[from - up_to_space(text[..from].chars().rev())..to + up_to_space(text[to..].chars())]
}

/// Whether `text[from..to]` is part of an e-mail address or a web address
/// ("FEMA-NEWS-DESK@FEMA.DHS.GOV", "www.COVID19TreatmentGuidelines.NIH.gov"): its pieces are no
/// mentions ("GOV" was an organisation of 389 bench articles). A handle ("@FEMA") names its
/// owner and stays.
fn written_in_an_address(text: &str, from: usize, to: usize) -> bool {
    let run =
        run_around(text, from, to).trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@');
    run.contains("://")
        || run
            .get(..4)
            .is_some_and(|start| start.eq_ignore_ascii_case("www."))
        || run.find('@').is_some_and(|at| at > 0)
}

/// Whether `text[from..to]` is part of a stock ticker in angle brackets, as wire copy writes
/// one after the company's name ("Texaco Inc <TX>", "Montedison Spa <MONI.MI>"): the company
/// is named already, and "XON", "PZL" or the exchange "MI" in the organisation facet name no
/// one a reader knows (4,051 mentions of the bench corpus).
fn written_as_a_ticker(text: &str, from: usize, to: usize) -> bool {
    let run = run_around(text, from, to).trim_end_matches([',', '.', ';', ':', ')']);
    run.strip_prefix('<')
        .and_then(|run| run.strip_suffix('>'))
        .is_some_and(|ticker| {
            ticker
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
        })
}

/// Whether the one word at `from..to` is someone a transcript's turn addresses by name: the
/// turn ("MS. PSAKI: Weijia.", "Q Thanks, Karine?") or its line holds nothing before it but a
/// greeting (`lexicon/address_openers.txt`), and a stop, a question mark or, after a
/// greeting, a comma follows (a line's first word before a comma is a dateline's place). The
/// tagger makes places or bodies of reporters' given names so ("Weijia", "Zeke", "Nadia": 719
/// places and 442 organisations of the bench corpus).
fn addressed_at_turn_start(text: &str, from: usize, to: usize) -> bool {
    static OPENERS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    // (Not before "!": "Thank you, Cleveland!" greets a rally's city.)
    if !text[to..].starts_with(['.', ',', '?']) {
        return false;
    }
    let line = &text[text[..from].rfind('\n').map_or(0, |i| i + 1)..from];
    let turn = line
        .strip_prefix("Q ")
        .or_else(|| {
            line.split_once(": ")
                .filter(|(label, _)| is_shouted(label))
                .map(|(_, turn)| turn)
        })
        .unwrap_or(line);
    turn.is_empty() && !text[to..].starts_with(',')
        || turn.strip_suffix(", ").is_some_and(|opener| {
            OPENERS
                .get_or_init(|| word_list(include_str!("lexicon/address_openers.txt")))
                .contains(opener)
        })
}

/// Whether the one word `name` at `from` is an office's portfolio, cut from its title: the
/// tagger's place "Commerce" of "Secretary of Commerce", "Agriculture" of "Minister of
/// Agriculture", "Homeland" of "Secretary for Homeland Security". A place of the lists stays
/// ("Governor of Texas"); after a body's word it may be a place the lists lack ("Bank of
/// England").
fn office_portfolio(g: &Gazetteer, text: &str, from: usize, name: &str) -> bool {
    let Some(before) = text[..from]
        .strip_suffix(" of ")
        .or_else(|| text[..from].strip_suffix(" for "))
    else {
        return false;
    };
    let mut words = before.rsplit([' ', '\n']);
    let office = words.next().unwrap_or(before);
    // A head of state's or government's title is followed by a country ("President of
    // Türkiye", "Prime Minister of Korea"), a portfolio by none.
    let head_of_state = office == "President" || words.next() == Some("Prime");
    !name.contains(' ') && g.titles.contains(office) && !head_of_state && g.kind_of(name).is_none()
}

/// Whether the one word at `from..to` is a noun of its own after a lower-case "the": "the
/// Hill.", "the Hill about his plan", "the Qataris, and", "the Amir — he", not a modifier
/// ("the Biden administration", "the Obama and Biden administrations", "the Biden for
/// President campaign", "the Obama – Biden Administration", "the Obama ‘deal’").
fn the_noun_alone(g: &Gazetteer, text: &str, from: usize, to: usize) -> bool {
    let the_before = text[..from]
        .strip_suffix("the ")
        .is_some_and(|before| !before.ends_with(char::is_alphanumeric));
    if !the_before {
        return false;
    }
    // After a joining word or mark, a capitalised word goes on with the name it modifies.
    let names_follow = |after: &str| after.trim_start().starts_with(char::is_uppercase);
    let rest = &text[to..];
    match rest.chars().next() {
        None => true,
        Some(' ') => {
            let next = rest[1..].split(' ').next().unwrap_or("");
            (g.sentence_openers.contains(next) || g.head_followers.contains(next) || is_dash(next))
                && !names_follow(&rest[1 + next.len()..])
        }
        Some(c @ (',' | '—' | '–')) => !names_follow(&rest[c.len_utf8()..]),
        Some(c) => matches!(c, '.' | ';' | ':' | '?' | '!' | '”' | '"'),
    }
}

/// Runs of capitalised words (with name particles and titles handled), typed by the lists.
fn rule_spans(g: &Gazetteer, doc: &Document) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let n = doc.tokens.len();
    // A run's words, and their text: one buffer each for all runs (a Vec and a String per
    // run, and a copy of the text per mention, were an eighth of extraction's allocations).
    let mut words: Vec<&str> = Vec::new();
    let mut text = String::new();
    let mut k = 0;
    while k < n {
        if !starts_name(g, doc, k) {
            k += 1;
            continue;
        }
        let preceded_by_title = k > 0
            && (g.titles.contains(doc.token_text(k - 1)) || is_honorific(doc.token_text(k - 1)));
        // Titles at the start of a run are roles, not part of the name.
        let mut start = k;
        while start < n && g.titles.contains(doc.token_text(start)) {
            start += 1;
        }
        words.clear();
        let mut end = start;
        let mut end_byte = None;
        while end < n {
            // A line break ends a run: a title's last word and a paragraph's first ("One" +
            // "Record" in a wire's table) are no name.
            if end > start
                && doc.text[doc.tokens[end - 1].end..doc.tokens[end].start].contains('\n')
            {
                break;
            }
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
            let joined = particle_joined(w);
            let name_word = is_capitalised(w) && !not_name(w) && !g.titles.contains(w);
            if !(name_word || particle || joined) {
                break;
            }
            words.push(w);
            end += 1;
        }
        // "Department of the Interior", "United States of America": a name of the lists
        // that goes on through lower-case words, which end a run.
        let joined_alias = (end_byte.is_none()
            && end < n
            && matches!(doc.token_text(end), "of" | "the" | "and" | "for"))
        .then(|| {
            (end + 1..n.min(start + 6)).rev().find_map(|last| {
                let (from, to) = (doc.tokens[start].start, doc.tokens[last].end);
                g.aliases
                    .get(&doc.text[from..to])
                    .map(|&(name, kind)| (last, to, kind, name))
            })
        })
        .flatten();
        if let Some((last, to, kind, name)) = joined_alias {
            found.push((doc.tokens[start].start, to, kind, name.to_string()));
            k = last + 1;
            continue;
        }
        if !words.is_empty() {
            text.clear();
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                text.push_str(w);
            }
            let typed = if let Some(&(name, kind)) = g.aliases.get(text.as_str()) {
                Some((kind, name))
            } else if g.places.contains(text.as_str()) {
                Some((EntityType::Place, text.as_str()))
            } else if words.iter().any(|w| g.organisation_words.contains(w))
                || words.len() == 1 && is_acronym(&text)
            {
                Some((EntityType::Organization, text.as_str()))
            } else if words.len() >= 2 && words.len() <= 4 && !words.iter().any(|w| is_acronym(w))
                || preceded_by_title
            {
                Some((EntityType::Person, text.as_str()))
            } else {
                None
            };
            if let Some((kind, name)) = typed {
                let to = end_byte.unwrap_or(doc.tokens[end - 1].end);
                found.push((doc.tokens[start].start, to, kind, name.to_string()));
            }
        }
        k = end.max(k + 1);
    }
    found
}

/// Words that stand beside names in transcripts and speech but are never part of one: the
/// question marker of briefing transcripts ("Q Well, …") and first- and second-person
/// pronouns, also contracted ("So I’m").
const NEVER_NAME_WORDS: &[&str] = &["Q", "I", "We", "You"];

pub(crate) fn never_name_word(word: &str) -> bool {
    let base = word
        .split(super::text::is_apostrophe)
        .next()
        .unwrap_or(word);
    NEVER_NAME_WORDS.contains(&base)
}

/// `word` as a lower-case word would be written ("Well," -> "well").
fn as_common_word(word: &str) -> String {
    word.trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The other forms of a verb whose -ing form is `gerund` (in lower case): "honoring" ->
/// "honor", "honors", "honored", …; "announcing" -> "announce", "announced", …; "planning" ->
/// "plan", "planned". None for a word that is no -ing form.
fn verb_forms(gerund: &str) -> Vec<String> {
    let Some(stem) = gerund
        .strip_suffix("ing")
        .filter(|stem| stem.chars().count() >= 3)
    else {
        return Vec::new();
    };
    // A doubled final consonant goes ("plann" -> "plan").
    let mut last = stem.chars().rev();
    let undoubled = match (last.next(), last.next()) {
        (Some(a), Some(b)) if a == b && !"aeiou".contains(a) => {
            Some(&stem[..stem.len() - a.len_utf8()])
        }
        _ => None,
    };
    std::iter::once(stem)
        .chain(undoubled)
        .flat_map(|stem| ["", "e", "s", "es", "ed", "d"].map(|end| format!("{stem}{end}")))
        .collect()
}

/// A name written in capitals ("WASHINGTON", "JEAN-PIERRE"): at least three letters, none
/// lower case. Acronyms ("FBI") qualify too; callers decide what to do with them.
fn is_shouted(name: &str) -> bool {
    in_capitals(name, 3)
}

/// Whether a name in capitals may be letters read one by one ("UAE", "DPRK"): a word of
/// fewer than four letters or without a vowel.
fn spelled_out(name: &str) -> bool {
    name.split(' ').any(|word| {
        word.chars().filter(|c| c.is_alphabetic()).count() < 4
            || !word.chars().any(|c| "AEIOUY".contains(c))
    })
}

/// "JEAN-PIERRE" -> "Jean-Pierre", "O’NEILL" -> "O’Neill".
pub(crate) fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else if c.is_ascii() {
            // Not through `to_lowercase`'s iterator: for every char of every name that was
            // 0.7 % of extraction's instructions.
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphanumeric();
    }
    out
}

/// Mends what news typography and transcripts make of names: datelines and transcript labels
/// in capitals ("WASHINGTON" is the place Washington, "PSAKI" the person Psaki), and tagger
/// "persons" that hold words no name holds ("Q Well", "So I’m", "Even Trump"). A leading
/// word the article also writes in lower case is a common word, not a name (unless it is a
/// first name: "Will Hurd"); a one-word "person" so written ("Well", "Laughter") is none.
fn mend_names(g: &Gazetteer, doc: &Document, found: &mut [Found]) {
    for f in found.iter_mut() {
        if is_shouted_honorific(&f.3) {
            // "MS." of the label "MS. PSAKI:".
            f.2 = EntityType::Misc;
            continue;
        }
        if g.not_name_words.contains(f.3.to_lowercase().as_str())
            || never_name_word(&f.3)
            || !f.3.contains(' ') && not_name(&title_case(&f.3)) && g.kind_of(&f.3).is_none()
        {
            // "MS. PSAKI: Well, …", "I’m", "NOW, THEREFORE"
            f.2 = EntityType::Misc;
            continue;
        }
        if !is_shouted(&f.3) {
            continue;
        }
        let titled = title_case(&f.3);
        let labelled = doc.text[..f.0]
            .trim_end_matches([' ', '.'])
            .rsplit([' ', '\n'])
            .next()
            .is_some_and(is_shouted_honorific);
        // "WASHINGTON (Reuters) -" opens a paragraph with a place, the tagger's person or not
        // ("PSAKI:" is a transcript's label).
        let dateline = doc.text[..f.0].trim_end_matches(' ').ends_with('\n') || f.0 == 0;
        let dateline_kind = || {
            (dateline && !doc.text[f.1..].starts_with(':'))
                .then(|| g.kind_of(&titled))
                .flatten()
        };
        if labelled {
            // The transcript's label of a speaker: "MR. KIRBY:".
            f.2 = EntityType::Person;
            f.3 = titled;
        } else if let Some(kind) = dateline_kind() {
            f.2 = kind;
            f.3 = titled;
        } else if f.2 == EntityType::Person {
            f.3 = titled;
        } else if let Some(kind) = g.kind_of(&titled) {
            // A dateline: "WASHINGTON -" is the place.
            f.2 = kind;
            f.3 = titled;
        } else if f.2 == EntityType::Place
            && dateline
            && !spelled_out(&f.3)
            && !titled.split(' ').any(|w| g.titles.contains(w))
        {
            // A place of no list in a dateline, "MINNEAPOLIS, Feb 26 -": one name with
            // "Minneapolis" in the facet (not "UAE", "DPRK", nor a label "COLONEL PUCKETT"
            // the tagger took for a place).
            f.3 = titled;
        }
    }
    // A one-word place or organisation of no list ("Energy", "Labor", "Alliance", "Strategy"
    // from the names of programs and departments, to the tagger): checked against the
    // article's lower-case words too. Not a body's head ("the House", "Senate"), nor a name
    // with capitals after its first letter ("YouTube", "FEMA": written in lower case in
    // their links).
    let lone_word = |f: &Found| {
        matches!(f.2, EntityType::Place | EntityType::Organization)
            && !f.3.contains(' ')
            && !f.3.chars().skip(1).any(char::is_uppercase)
            && g.kind_of(&f.3).is_none()
            && !g.organisation_words.contains(f.3.as_str())
    };
    // The lower-case forms of the words of person spans and lone words, and which of them
    // the article writes in lower case.
    // A verb's -ing form counts with its other forms ("Honoring": "honor", "honored").
    let name_words: FxHashSet<String> = found
        .iter()
        .filter(|f| f.2 == EntityType::Person || lone_word(f))
        .flat_map(|f| doc.text[f.0..f.1].split_whitespace())
        .map(as_common_word)
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let forms = verb_forms(&w);
            forms.into_iter().chain(std::iter::once(w))
        })
        .collect();
    let shortlist = Shortlist::new(name_words.iter().map(String::as_str));
    let common: FxHashSet<&str> = if name_words.is_empty() {
        FxHashSet::default()
    } else {
        doc.tokens
            .iter()
            .filter(|t| shortlist.may_hold(doc.text, t))
            .map(|t| &doc.text[t.start..t.end])
            .filter(|t| t.starts_with(char::is_lowercase) && name_words.contains(*t))
            .collect()
    };
    // A common word: an interjection, or a word the article writes in lower case. Leading
    // first names stay ("Will Hurd"); alone, a first name that is also a common word goes.
    let not_a_name_word = |word: &str| g.not_name_words.contains(as_common_word(word).as_str());
    let is_common = |word: &str, alone: bool| {
        let lower = as_common_word(word);
        not_a_name_word(word)
            || (common.contains(lower.as_str())
                && (alone || !g.first_names.contains(lower.as_str())))
    };
    // Other types lose the briefings' question marker only ("Q Yeah" as an organisation).
    for f in found.iter_mut() {
        if lone_word(f) && common.contains(as_common_word(&f.3).as_str()) {
            f.2 = EntityType::Misc;
            continue;
        }
        let written = &doc.text[f.0..f.1];
        let person = f.2 == EntityType::Person;
        // (The cheap test first.)
        if !person && !written.starts_with("Q ") || !written.split_whitespace().eq(f.3.split(' ')) {
            continue;
        }
        // The words with their byte ranges in `written` (a span may cross a line: "No.\nQ").
        let ranges: Vec<(usize, usize)> = written
            .split_whitespace()
            .map(|w| {
                let start = w.as_ptr() as usize - written.as_ptr() as usize;
                (start, start + w.len())
            })
            .collect();
        let words: Vec<&str> = ranges.iter().map(|&(a, b)| &written[a..b]).collect();
        let (lo, hi) = if person {
            let (mut lo, mut hi) = (0, words.len());
            // "then-Senator Harris": a title joined to its time goes too.
            let dated_title = |w: &str| {
                w.starts_with(char::is_lowercase)
                    && w.rsplit_once('-')
                        .is_some_and(|(_, t)| g.titles.contains(t))
            };
            // "Selecting Kamala was …": a verb opening the sentence (but "Sterling Brown").
            let verb = |w: &str| w.ends_with("ing") && !g.is_personal_name(w);
            let mut after_verb = false;
            while lo < hi
                && (never_name_word(words[lo])
                    || (lo + 1 < hi
                        && (is_common(words[lo], false)
                            || dated_title(words[lo])
                            || verb(words[lo]))))
            {
                after_verb = verb(words[lo]);
                lo += 1;
            }
            // A title's verb and one word ("Amending Proclamation", "Slashing Medicaid").
            if after_verb && hi - lo == 1 && !g.is_personal_name(words[lo]) {
                f.2 = EntityType::Misc;
                continue;
            }
            // "Co-Counsel of Todd Blanche": a person's name holds no lower-case word but a
            // particle; it starts after the last one, with a given name. Else the tagger ran
            // words together that name no one ("Is the Biden administration", "the
            // Responsible Use of American AI"). (A name with an organisation's word is an
            // organisation's, typed so below: "Bank of England".)
            if !words.iter().any(|w| g.organisation_words.contains(w)) {
                if let Some(k) = (lo..hi.saturating_sub(1)).rev().find(|&k| {
                    words[k].starts_with(char::is_lowercase) && !NAME_PARTICLES.contains(&words[k])
                }) {
                    lo = k + 1;
                    if hi - lo < 2 || !g.is_given_name(words[lo]) {
                        f.2 = EntityType::Misc;
                        continue;
                    }
                }
            }
            // "Harris During Visit to Ohio", "Biden Before Marine One Departure": a title's
            // words after the name.
            if let Some(k) = (lo + 1..hi).find(|&k| {
                let lower = words[k].to_lowercase();
                g.sentence_openers.contains(lower.as_str())
                    && !matches!(lower.as_str(), "and" | "or" | "but" | "yet" | "first")
            }) {
                hi = k;
            }
            // "Remarks by President Biden Honoring the Recipients": a heading's verb after the
            // name, in -ing: "the", "a" or "an" opens its object, or the text writes the verb
            // in lower case in one of its forms and the word is no name of the census (not "Xi
            // Jinping", "Deng Xiaoping", nor "Sterling" in a story on the pound sterling).
            let object_follows = doc.text[f.1..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "the" | "a" | "an"));
            // (Ended in "ing" first: the lower-casing allocates, for every word of every name.)
            let ends_in_ing = |word: &str| {
                let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                bare.len() > 3
                    && bare
                        .get(bare.len() - 3..)
                        .is_some_and(|end| end.eq_ignore_ascii_case("ing"))
            };
            if let Some(k) = (lo + 1..hi).find(|&k| {
                if !ends_in_ing(words[k]) {
                    return false;
                }
                let lower = as_common_word(words[k]);
                let forms = verb_forms(&lower);
                !forms.is_empty()
                    && (k + 1 == words.len() && object_follows
                        || !g.is_personal_name(words[k])
                            && (common.contains(lower.as_str())
                                || forms.iter().any(|form| common.contains(form.as_str()))))
            }) {
                hi = k;
            }
            while hi > lo && (never_name_word(words[hi - 1]) || not_a_name_word(words[hi - 1])) {
                hi -= 1;
            }
            // "Coordinator for Strategic Communications John Kirby", "APNSA Jake Sullivan",
            // "Madam Kamala Harris": the end of a title before a given name and a surname.
            let after_function_word = doc.text[..f.0]
                .trim_end()
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| matches!(w, "of" | "for" | "the" | "to"));
            let titled = |w: &str| {
                let last_part = w.rsplit('-').next().unwrap_or(w);
                g.titles.contains(last_part)
                    || !w.starts_with(char::is_uppercase)
                    || w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
                    || is_common(w, false)
            };
            if let Some(k) = (lo + 1..hi.saturating_sub(1))
                .find(|&k| g.is_given_name(words[k]) && words[k].starts_with(char::is_uppercase))
            {
                let leading = &words[lo..k];
                // After "of" or "the", a name of the census ("the Emmett Louis Till Act", "of
                // Kim Jong Un") starts the person; a title's last words do not.
                let title_end = (after_function_word || leading.contains(&"of"))
                    && !g.is_personal_name(leading[0]);
                if title_end || leading.iter().all(|w| titled(w)) {
                    lo = k;
                }
            }
            (lo, hi)
        } else {
            // "Q Yeah": the marker only.
            (1, words.len())
        };
        let alone_common = |w: &str| {
            not_name(w)
                || if person {
                    is_common(w, true)
                } else {
                    not_a_name_word(w)
                }
        };
        // A two-letter acronym alone ("AI", "EU") is no one's name.
        let acronym = |w: &str| w.len() == 2 && is_acronym(w);
        if lo == hi || (hi - lo == 1 && (alone_common(words[lo]) || person && acronym(words[lo]))) {
            f.2 = EntityType::Misc;
            continue;
        }
        if (lo, hi) != (0, words.len()) {
            let (from, to) = (f.0 + ranges[lo].0, f.0 + ranges[hi - 1].1);
            f.3 = doc.text[from..to].to_string();
            (f.0, f.1) = (from, to);
        }
    }
}

/// A quick test of whether a token may be one of a few words, by its first byte and length,
/// before it is looked up: most tokens of an article are none of them, and hashing each to
/// look it up was a few percent of extraction.
struct Shortlist([u64; 64]);

impl Shortlist {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> Shortlist {
        let mut wanted = [0u64; 64];
        for (first, len) in words.filter_map(Shortlist::key) {
            wanted[first] |= 1 << len;
        }
        Shortlist(wanted)
    }

    /// The first byte (of 64 classes, so that an ASCII capital and its small letter differ: a
    /// list of surnames lets few lower-case words through, a list of lower-case words none of
    /// the names) and the length (63 for any longer).
    fn key(word: &str) -> Option<(usize, usize)> {
        word.as_bytes()
            .first()
            .map(|&b| (usize::from(b & 63), word.len().min(63)))
    }

    /// False when `token` of `text` is none of the words; true when it may be one. Read from
    /// the token's first byte and length, the text not sliced: a test for every token of an
    /// article, twice.
    fn may_hold(&self, text: &str, token: &super::text::Token) -> bool {
        token.end > token.start && {
            let (first, len) = (text.as_bytes()[token.start], token.end - token.start);
            self.0[usize::from(first & 63)] >> len.min(63) & 1 == 1
        }
    }
}

/// Drops the first word of a mention named as written when `drop` says so of it, lower-cased.
fn drop_first_word(doc: &Document, f: &mut Found, drop: impl Fn(&str) -> bool) {
    let written = &doc.text[f.0..f.1];
    if let Some((first, rest)) = written.split_once(' ') {
        if f.3 == written && drop(first.to_lowercase().as_str()) {
            f.0 = f.1 - rest.len();
            f.3 = rest.to_string();
        }
    }
}

/// Whether `full` names the person `name` names, in more words: it ends in `name` after a
/// space ("Joe Biden", "Karine Jean-Pierre" for "Jean-Pierre") or after a particle's hyphen
/// ("Bashar al-Assad" for "Assad"; not "Obama-Biden" for "Biden"), and its other words are
/// capitalised or particles ("Gabriel García Márquez", "Ludwig van Beethoven"; not "Is the
/// Biden").
fn fuller_form(g: &Gazetteer, full: &str, name: &str) -> bool {
    let Some(before) = full.strip_suffix(name) else {
        return false;
    };
    // Words of a name: capitalised words of letters ("J.", "O’Neill"), not a dash ("Wagner
    // — Wagner"), a briefing's "Q", a pronoun ("I’m Jill’s husband") or a capitalised verb
    // ("Selecting Kamala"; but "Manning"), or particles.
    let words_ok = |words: &str| {
        words.split([' ', '-']).filter(|w| !w.is_empty()).all(|w| {
            NAME_PARTICLES.contains(&w)
                || is_capitalised(w)
                    && !never_name_word(w)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '’' | '\''))
                    && (!w.ends_with("ing") || g.is_personal_name(w))
        })
    };
    if before.is_empty() {
        return true;
    }
    match before.strip_suffix('-') {
        Some(joined) => {
            let particle = joined.rsplit(' ').next().unwrap_or(joined);
            NAME_PARTICLES.contains(&particle) && words_ok(joined)
        }
        None => before.ends_with(' ') && words_ok(before),
    }
}

/// Adds single-word surnames of persons named in full, and names every mention canonically.
fn surnames_and_canonical_names(
    g: &Gazetteer,
    doc: &Document,
    mut found: Vec<Found>,
) -> Vec<EntityMention> {
    mend_names(g, doc, &mut found);
    // "Roe v. Wade", "Brown v. Board of Education": the parties of a court case name the
    // case, not people or bodies the article speaks of (`found` is in text order).
    for i in 1..found.len() {
        let between = doc.text.get(found[i - 1].1..found[i].0).unwrap_or_default();
        // (Only the lawyers' "v.": sports results write "Arsenal v Chelsea" and "vs.".)
        if between == " v. " {
            found[i - 1].2 = EntityType::Misc;
            found[i].2 = EntityType::Misc;
        }
        // "the CHIPS and Science Act": the first half of a law's name the tagger cut at its
        // "and" is the law's too.
        let law = |name: &str| {
            name.rsplit_once(' ')
                .is_some_and(|(_, last)| g.law_heads.contains(last))
        };
        if between == " and " && law(&found[i].3) {
            found[i - 1].2 = EntityType::Misc;
        }
    }
    // The tagger sometimes makes a person of an organisation ("U.S. Department of
    // Agriculture") or of a law ("Inflation Reduction Act"), or takes a clause opener into a
    // name ("Though Su"; not "April Ryan"), of any type ("Among Trump voters" as MISC, then
    // a person by its surname below).
    // "The Department", "Federal funding", "the Vice President", "Jr.": no particular one;
    // "HBCUs", "MSIs": the plural of an acronym is a group.
    let names_no_one = |name: &str| {
        let bare = name.strip_prefix("The ").unwrap_or(name);
        let plural_acronym = |name: &str| name.strip_suffix('s').is_some_and(is_acronym);
        g.kind_of(name).is_none()
            && (g.not_entities_alone.contains(bare)
                || is_name_suffix(bare)
                || bare.split(' ').all(|w| g.titles.contains(w))
                || plural_acronym(bare))
    };
    for f in &mut found {
        // "President Biden’s Investing in America agenda": a possessive's ending opens nothing.
        if names_no_one(&f.3)
            || f.3.starts_with(['’', '\''])
            || f.2 == EntityType::Place && office_portfolio(g, doc.text, f.0, &f.3)
            || written_in_an_address(doc.text, f.0, f.1)
            || written_as_a_ticker(doc.text, f.0, f.1)
        {
            f.2 = EntityType::Misc;
            continue;
        }
        // A reporter addressed by name is a person if a census given name ("Nadia"), else no
        // place or body ("Weijia", "Correct", "Amen").
        if matches!(f.2, EntityType::Organization | EntityType::Place)
            && !f.3.contains(' ')
            && !is_shouted(&f.3)
            && g.kind_of(&f.3).is_none()
            && addressed_at_turn_start(doc.text, f.0, f.1)
        {
            f.2 = if g.is_given_name(&f.3) && f.3.chars().any(char::is_lowercase) {
                EntityType::Person
            } else {
                EntityType::Misc
            };
            continue;
        }
        // "Senate Majority Leader Mitch McConnell": the side of the chamber is the title's;
        // the chamber alone is the organisation.
        if f.2 == EntityType::Organization {
            let title_after = doc.text[f.1..]
                .strip_prefix(' ')
                .and_then(|rest| rest.split(' ').next())
                .is_some_and(|word| g.titles.contains(word));
            let chamber = doc.text[f.0..f.1]
                .rsplit_once(' ')
                .filter(|(_, side)| title_after && g.chamber_sides.contains(side))
                .map(|(chamber, _)| chamber.len());
            if let Some(len) = chamber {
                f.1 = f.0 + len;
                f.3 = doc.text[f.0..f.1].to_string();
            }
        }
        // "Calif", "D.C." (an organisation or a person to the tagger, now and then).
        if let Some(&place) = g.place_abbreviations.get(f.3.as_str()) {
            f.2 = EntityType::Place;
            f.3 = place.to_string();
            continue;
        }
        if f.2 == EntityType::Place {
            if let Some(&state) = g.worded_place_abbreviations.get(f.3.as_str()) {
                f.3 = state.to_string();
                continue;
            }
        }
        // "Secretary of Homeland Security" typed as an organisation or a place: an office;
        // "National Security Advisor": a role (not "Office of the Press Secretary");
        // "Inflation Reduction Act", "CHIPS and Science Act": a law (not "School of Law").
        let office =
            |(first, rest): (&str, &str)| g.titles.contains(first) && rest.starts_with("of ");
        let role_or_law = |(rest, last): (&str, &str)| {
            g.role_heads.contains(last) && !rest.contains(" of ") && !rest.ends_with(" of")
                || g.law_heads.contains(last) && !rest.ends_with(" of")
        };
        // "Federal Coordinating Officer for Federal recovery", "Assistant to the President for
        // National Security Affairs": a role for a task (not "Justice for Journalists
        // Foundation", a body's name).
        let role_for = |(role, task): (&str, &str)| {
            let last = role.rsplit(' ').next().unwrap_or(role);
            let body = task
                .rsplit(' ')
                .next()
                .is_some_and(|w| g.organisation_words.contains(w));
            (g.role_heads.contains(last) || g.titles.contains(last)) && !body
        };
        // "Assistant to the President for Economic Policy": the task of the role before it.
        let task_of_role = || {
            doc.text[..f.0]
                .trim_end()
                .strip_suffix(" for")
                .and_then(|before| before.rsplit(' ').next())
                .is_some_and(|word| role_for((word, &f.3)))
        };
        if matches!(f.2, EntityType::Organization | EntityType::Place)
            && (f.3.split_once(' ').is_some_and(office)
                || f.3.split_once(" for ").is_some_and(role_for)
                || f.2 == EntityType::Organization && task_of_role()
                || f.3
                    .rsplit_once(' ')
                    .map_or(g.law_heads.contains(f.3.as_str()), role_or_law))
        {
            f.2 = EntityType::Misc;
            continue;
        }
        if f.2 == EntityType::Person {
            if f.3.split(' ').any(|w| g.organisation_words.contains(w)) {
                f.2 = EntityType::Organization;
                continue;
            }
            // "Harris County", "Tyson Foods"; but "Kari Lake" (a given name before a head that
            // ends surnames too).
            if let Some((rest, last)) = f.3.rsplit_once(' ') {
                if let Some(&(kind, surname_too)) = g.name_heads.get(last) {
                    let first = rest.split(' ').next().unwrap_or(rest);
                    if !(surname_too && g.is_given_name(first)) {
                        f.2 = kind;
                        continue;
                    }
                }
            }
            if g.not_person_heads.contains(surname(&f.3)) {
                f.2 = EntityType::Misc;
                continue;
            }
        }
        let person = f.2 == EntityType::Person;
        let before = f.0;
        // "First Boston Corp", "First Chicago": a company's first word (not "the First Lady").
        let first_of_company = !person
            && f.3
                .split(' ')
                .nth(1)
                .is_some_and(|next| g.first_opens_name(next));
        drop_first_word(doc, f, |lower| {
            (g.sentence_openers.contains(lower) || person && g.party_words.contains(lower))
                && (!g.first_names.contains(lower) || POSSESSIVE_DETERMINERS.contains(&lower))
                && !(lower == "first" && first_of_company)
        });
        // "Since Roe": what is left may be a name of the lists, of the type they give; "the
        // First Lady" (the tagger's organisation, "First" a clause opener) is no one.
        if f.0 != before {
            if let Some(&(name, kind)) = g.aliases.get(f.3.as_str()) {
                f.2 = kind;
                f.3 = name.to_string();
            } else if names_no_one(&f.3) {
                f.2 = EntityType::Misc;
            }
        }
    }
    // "Pennzoil Co" ... "Pennzoil said", "Mahan Air" ... "Mahan flies": a lone word the
    // tagger took for a person (a company is the subject of "said" as often as anyone) that
    // opens the name of a company in the article is that company (a person named in full by
    // it is that person again below).
    let company_openers: FxHashSet<String> = found
        .iter()
        .filter(|f| f.2 == EntityType::Organization)
        .filter_map(|f| {
            let mut words = f.3.split(' ');
            let first = words.next()?;
            let company_form = |w: &str| {
                g.is_company_form(w)
                    || g.name_heads
                        .get(w)
                        .is_some_and(|&(kind, _)| kind == EntityType::Organization)
            };
            words.any(company_form).then(|| first.to_string())
        })
        .collect();
    for f in &mut found {
        if f.2 == EntityType::Person && company_openers.contains(&f.3) {
            f.2 = EntityType::Organization;
        }
    }
    // One name, one type in an article: a name not in the lists that shares its surname with
    // a person mention is that person ("the regime of Bashar al-Assad" ... "Assad said").
    let person_surnames: FxHashSet<String> = found
        .iter()
        .filter(|f| f.2 == EntityType::Person)
        .map(|f| surname(&f.3).to_string())
        .collect();
    for f in &mut found {
        if g.kind_of(&f.3).is_none()
            && person_surnames.contains(surname(&f.3))
            && fuller_form(g, &f.3, surname(&f.3))
            && !f.3.contains(" and ")
        {
            let typed_otherwise = f.2 != EntityType::Person;
            f.2 = EntityType::Person;
            // "Republican Trump" (MISC to the tagger) is Trump; "Secretary of Agriculture Tom
            // Vilsack" (an organisation to the tagger) is the person from a census name or the
            // last two words on, the office's words left out ("Barack Obama" stays whole), and
            // "National Security Advisor Sullivan" is Sullivan.
            drop_first_word(doc, f, |lower| g.party_words.contains(lower));
            let office = |lower: &str| {
                let word = capitalise(lower);
                g.titles.contains(word.as_str()) || g.organisation_words.contains(word.as_str())
            };
            while typed_otherwise && f.3.contains(' ') {
                let before = f.0;
                let words = f.3.split(' ').count();
                drop_first_word(doc, f, |lower| {
                    office(lower) || words > 2 && !g.is_personal_name(lower)
                });
                if f.0 == before {
                    break;
                }
            }
        }
    }
    // After the surname step: "on the Hill" is no person even where "Hill" names one
    // elsewhere in the article ("Hill discussions" to the tagger).
    for f in &mut found {
        if f.2 == EntityType::Person && !f.3.contains(' ') && the_noun_alone(g, doc.text, f.0, f.1)
        {
            f.2 = EntityType::Misc;
        }
    }
    // "Trump and Xi": two people the tagger took for one name, of a person or of anything
    // whose both halves end in a person's surname (not "Procter and Gamble").
    // Most articles have no such mention: the list is rebuilt only for one.
    if found.iter().any(|f| doc.text[f.0..f.1].contains(" and ")) {
        for f in std::mem::take(&mut found) {
            let written = &doc.text[f.0..f.1];
            let people = |first: &str, second: &str| {
                f.2 == EntityType::Person
                    || person_surnames.contains(surname(first))
                        && person_surnames.contains(surname(second))
            };
            match written.split_once(" and ") {
                Some((first, second)) if f.3 == written && people(first, second) => {
                    let second_start = f.1 - second.len();
                    let person = EntityType::Person;
                    found.push((f.0, f.0 + first.len(), person, first.to_string()));
                    found.push((second_start, f.1, person, second.to_string()));
                }
                _ => found.push(f),
            }
        }
    }
    // A single capitalised word that is the surname of a person named in full is that person
    // (not the "Jr." that ends a name: `surname` takes the last word).
    let persons: Vec<String> = found
        .iter()
        .filter(|f| f.2 == EntityType::Person)
        .map(|f| f.3.clone())
        .collect();
    let surnames: FxHashSet<&str> = persons.iter().map(|p| surname(p)).collect();
    let shortlist = Shortlist::new(surnames.iter().copied());
    // `found` is in text order and its spans do not overlap: their ends are sorted too, and
    // the one span that may cover a token is the first that ends after the token's start (a
    // scan of every span per token was a tenth of extraction on long transcripts).
    let covered = |token: &super::text::Token| {
        let first = found.partition_point(|f| f.1 <= token.start);
        found.get(first).is_some_and(|f| f.0 < token.end)
    };
    let extra: Vec<_> = doc
        .tokens
        .iter()
        .filter(|token| {
            // Sliced only after the shortlist: the checked slice of every token of the article
            // cost more than the test.
            shortlist.may_hold(doc.text, token) && {
                let t = &doc.text[token.start..token.end];
                is_capitalised(t) && surnames.contains(t) && !is_name_suffix(t) && !covered(token)
            }
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
    // Per surname, the person names that end in it, longest first (the last of equals first,
    // as `max_by_key` chose when this was a scan of every person per mention).
    let mut by_surname: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for p in persons.iter().rev() {
        by_surname.entry(surname(p)).or_default().push(p);
    }
    // "President Biden": a surname right after the title of an office (`lexicon/
    // office_terms.txt`) that one person of that surname held; by the surname's start.
    let holders: FxHashMap<usize, &str> = found
        .iter()
        .filter(|f| f.2 == EntityType::Person && !f.3.contains(' '))
        .filter_map(|f| {
            let office = office_ending(&doc.text[..f.0])?;
            Some((f.0, sole_holder(office, &f.3)?))
        })
        .collect();
    // The holder is a person of the article too, one whom a bare "Biden" may be.
    for &holder in holders.values() {
        let names = by_surname.entry(surname(holder)).or_default();
        if !names
            .iter()
            .any(|p| p.contains(' ') && forms_of_one_name(p, holder))
        {
            names.push(holder);
        }
    }
    for names in by_surname.values_mut() {
        names.sort_by_key(|p| std::cmp::Reverse(p.len()));
    }
    // Per given name, the one full name that starts with it (None when several do): a
    // person called by given name alone ("Jen, on Syria …" in a briefing by Jen Psaki).
    let mut by_given_name: FxHashMap<&str, Option<&str>> = FxHashMap::default();
    for &p in by_surname.values().flatten() {
        if let Some((given, _)) = p.split_once(' ') {
            by_given_name
                .entry(given)
                .and_modify(|only| {
                    if *only != Some(p) {
                        *only = None;
                    }
                })
                .or_insert(Some(p));
        }
    }
    // The title written right before a mention ("President" of "President Biden").
    let title_before = |from: usize| {
        let word = doc.text[..from].trim_end().rsplit([' ', '\n']).next()?;
        g.titles.contains(word).then_some(word)
    };
    // Per full name, the titles written before it ("President" for "President Joe Biden").
    let mut titles_of: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for f in found
        .iter()
        .filter(|f| f.2 == EntityType::Person && f.3.contains(' '))
    {
        if let Some(title) = title_before(f.0) {
            titles_of.entry(f.3.as_str()).or_default().push(title);
        }
    }
    // A person's fullest name in the article: the longest that is a fuller form of it
    // ("Joe Biden" for "Biden"; "Hunter Biden" stays Hunter, not "Joseph R. Biden"). A
    // surname several people of the article bear ("Biden": Joe, Jill and Hunter Biden) is one
    // of them only after a title that the article writes before that one's full name and no
    // other's ("President Biden" of "President Joe Biden"); else it stays as written, and
    // search reads it as its dominant bearer across the archive.
    let canonical = |name: &str, kind: EntityType, from: usize| -> String {
        if kind == EntityType::Organization {
            // "DOJ", "the Justice Department": the Department of Justice.
            return g.organisation_names.get(name).unwrap_or(&name).to_string();
        }
        if kind != EntityType::Person {
            return name.to_string();
        }
        // "Dr. Walensky" is "Rochelle Walensky" when the article names her so.
        let bare = match name.split_once(' ') {
            Some((first, rest)) if is_honorific(first) => rest,
            _ => name,
        };
        let fuller: Vec<&str> = by_surname
            .get(surname(name))
            .into_iter()
            .flatten()
            .filter(|p| p.len() > name.len() && fuller_form(g, p, bare))
            .copied()
            .collect();
        // "President Biden" in an article that names Beau Biden in full, "President Clinton"
        // in one that names Hillary: a surname after the title of an office whose holders of
        // that surname are one person is that person, unless a fuller name is a form of his.
        if let Some(&holder) = holders.get(&from) {
            if !fuller
                .iter()
                .any(|p| *p != holder && forms_of_one_name(p, holder))
            {
                return holder.to_string();
            }
        }
        // The longest if the others are forms of it (`fuller` is longest first).
        fn one_person<'n>(names: &[&'n str]) -> Option<&'n str> {
            let (&longest, rest) = names.split_first()?;
            rest.iter()
                .all(|n| forms_of_one_name(longest, n))
                .then_some(longest)
        }
        let fullest = one_person(&fuller).or_else(|| {
            let title = title_before(from)?;
            let titled: Vec<&str> = fuller
                .iter()
                .filter(|p| titles_of.get(**p).is_some_and(|t| t.contains(&title)))
                .copied()
                .collect();
            one_person(&titled)
        });
        match (fullest, fuller.is_empty(), by_given_name.get(name)) {
            (Some(p), _, _) => p.to_string(),
            (None, true, Some(Some(full))) if !name.contains(' ') => full.to_string(),
            _ => name.to_string(),
        }
    };
    found
        .iter()
        .map(|&(from, to, kind, ref name)| EntityMention {
            text: doc.text[from..to].to_string(),
            name: canonical(name, kind, from),
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
    fn a_name_cut_at_its_middle_initial_is_one_person() {
        for text in [
            "We honor President John F. Kennedy today.",
            "We honor President John F. Kennedy and Senator Robert F. Kennedy today.",
        ] {
            let found = find(&Document::new(text));
            let first = &found[0];
            assert_eq!(
                (first.text.as_str(), first.kind),
                ("John F. Kennedy", EntityType::Person),
                "{found:?}"
            );
            assert!(
                !found
                    .iter()
                    .any(|m| m.text == "Kennedy" || m.text == "John"),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_federal_body_has_one_name_however_written() {
        let text = "The Justice Department said on Monday that the DOJ would appeal. The \
                    Department of Justice Criminal Division and the FBI opened a case.";
        let organisations: Vec<(String, String)> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.kind == EntityType::Organization)
            .map(|m| (m.text, m.name))
            .collect();
        for (written, name) in &organisations {
            if ["Justice Department", "DOJ"].contains(&written.as_str()) {
                assert_eq!(name, "Department of Justice", "{organisations:?}");
            }
        }
        assert!(
            organisations
                .iter()
                .any(|(w, n)| w == "FBI" && n == "Federal Bureau of Investigation"),
            "{organisations:?}"
        );
        assert!(
            organisations
                .iter()
                .any(|(w, _)| w == "Justice Department" || w == "DOJ"),
            "{organisations:?}"
        );
    }

    #[test]
    fn a_company_in_reuters_angle_brackets_is_one_organisation() {
        let text = "The properties were acquired from <North American Oil and Gas Corp> and \
                    <Welsh, Carson, Anderson and Stowe>, and <Blue Circle Industries PLC's> unit \
                    rose, <CAWL.L> said.";
        let found = find(&Document::new(text));
        assert_eq!(
            names_of(&found, EntityType::Organization),
            [
                "North American Oil and Gas Corp",
                "Welsh, Carson, Anderson and Stowe",
                "Blue Circle Industries PLC"
            ],
            "{found:?}"
        );
        assert!(names_of(&found, EntityType::Person).is_empty(), "{found:?}");
    }

    #[test]
    fn a_signature_line_in_capitals_is_its_signer() {
        let text = "You are authorized and directed to publish this memorandum in the Federal \
                    Register.\nJOSEPH R. BIDEN JR.\nSANTA FE\n";
        let named: Vec<(String, EntityType)> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.start > text.find('\n').unwrap())
            .map(|m| (m.name, m.kind))
            .collect();
        assert_eq!(
            named[0],
            ("Joseph R. Biden".to_string(), EntityType::Person),
            "{named:?}"
        );
        // A heading without the initial is no signature.
        let persons = named.iter().filter(|(_, kind)| *kind == EntityType::Person);
        assert_eq!(persons.count(), 1, "{named:?}");
    }

    /// The name and type of each mention `find` gives for `text`.
    fn names_and_types(text: &str) -> Vec<(String, EntityType)> {
        find(&Document::new(text))
            .into_iter()
            .map(|m| (m.name, m.kind))
            .collect()
    }

    #[test]
    fn the_side_of_a_chamber_before_a_title_is_the_title_s() {
        let found = names_and_types(
            "Republican leaders, including Senate Majority Leader Mitch McConnell, promised to \
             support the bill. House Majority Whip Tom Emmer agreed.",
        );
        for body in ["Senate", "House"] {
            assert!(
                found.contains(&(body.to_string(), EntityType::Organization)),
                "{found:?}"
            );
        }
        assert!(
            !found.iter().any(|(name, _)| name.ends_with("Majority")),
            "{found:?}"
        );
    }

    #[test]
    fn a_storm_named_after_its_word_is_no_person_anywhere_in_the_article() {
        let found = names_and_types(
            "Federal assistance for communities affected by the hurricanes Helene and Milton \
             continues.\n\n\
             Q And on Helene, is the money there?\n\n\
             MS. JEAN-PIERRE: Milton will be a big storm. Helene Smith, the mayor, spoke today.",
        );
        assert!(
            found.contains(&("Helene Smith".to_string(), EntityType::Person)),
            "{found:?}"
        );
        for storm in ["Helene", "Milton"] {
            assert!(
                found
                    .iter()
                    .all(|(n, kind)| n != storm || *kind == EntityType::Misc),
                "{storm} in {found:?}"
            );
        }
    }

    #[test]
    fn programmes_fields_and_link_labels_are_no_bodies_or_places() {
        let found = names_and_types(
            "“We are drilling more oil than ever,” the President said. (Watch)\n\n\
             The talks with the Philippines covered LNG exports, STEM education and DEI \
             programs, under Public Law 95-223 (91 Stat. 1625).\n\n\
             Commutation Grant: Sentence commuted to expire on April 26, 2023.\n\n\
             Norfolk Southern said its PPE stocks were ample.",
        );
        for expected in [
            ("Philippines", EntityType::Place),
            ("Norfolk Southern", EntityType::Organization),
        ] {
            assert!(
                found.contains(&(expected.0.to_string(), expected.1)),
                "{found:?}"
            );
        }
        for name in [
            "Watch",
            "LNG",
            "STEM",
            "DEI",
            "Stat",
            "Commutation Grant",
            "PPE",
        ] {
            assert!(
                !found
                    .iter()
                    .any(|(n, kind)| n == name && *kind != EntityType::Misc),
                "{name} in {found:?}"
            );
        }
    }

    #[test]
    fn a_name_cut_after_its_of_is_whole_and_a_part_of_a_body_is_the_body() {
        // The spans as the tagger cut them in long White House nomination lists.
        let text = "The Export-Import Bank of the United States said it would lend more. She \
                    was a Member of the Board of Directors of the Tennessee Valley Authority.";
        let span = |written: &str, kind: EntityType| -> Found {
            let start = text.find(written).unwrap();
            (start, start + written.len(), kind, written.to_string())
        };
        let mut found = vec![
            span("Export-Import Bank of", EntityType::Organization),
            span("United States", EntityType::Place),
            span("Board of Directors of", EntityType::Organization),
            span("Tennessee Valley Authority", EntityType::Organization),
        ];
        join_names_cut_after_of(&Document::new(text), &mut found);
        let names: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
        assert_eq!(
            names,
            [
                "Export-Import Bank of the United States",
                "Tennessee Valley Authority"
            ]
        );
    }

    #[test]
    fn a_role_for_a_task_is_no_organisation() {
        let text = "FEMA named David Gervino as the Federal Coordinating Officer for Federal \
                    recovery operations. She thanked the Justice for Journalists Foundation. \
                    He reports through the Assistant to the President for Economic Policy. \
                    She was named Ambassador Extraordinary and Plenipotentiary to Ghana.";
        let organisations: Vec<String> = names_and_types(text)
            .into_iter()
            .filter(|(_, kind)| *kind == EntityType::Organization)
            .map(|(name, _)| name)
            .collect();
        assert!(
            !organisations
                .iter()
                .any(|name| ["Officer", "Policy", "Ambassador"]
                    .iter()
                    .any(|role| name.contains(role))),
            "{organisations:?}"
        );
        assert!(
            organisations.contains(&"Justice for Journalists Foundation".to_string()),
            "{organisations:?}"
        );
    }

    #[test]
    fn a_legal_form_after_a_comma_ends_the_companys_name() {
        let text = "Mars, Inc., announced a $2 billion investment. The plant opened in Las \
                    Vegas, NV, on Monday.";
        assert_eq!(
            names_and_types(text),
            [
                ("Mars Inc.".to_string(), EntityType::Organization),
                ("Las Vegas".to_string(), EntityType::Place),
                ("NV".to_string(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn the_rooms_of_the_white_house_and_the_earth_are_places() {
        let text = "The President spoke in the East Room after the briefing in the James S. \
                    Brady Press Briefing Room. Nothing on Earth matters more.";
        let places = names_and_types(text)
            .into_iter()
            .filter(|(_, kind)| *kind == EntityType::Place)
            .map(|(name, _)| name)
            .collect::<Vec<_>>();
        assert_eq!(
            places,
            ["East Room", "James S. Brady Press Briefing Room", "Earth"]
        );
    }

    #[test]
    fn a_department_named_with_and_is_one_organisation() {
        let text = "She led the Department of Housing and Urban Development for four years. \
                    HUD said it would review the rule.";
        let named = names_and_types(text);
        let hud = (
            "Department of Housing and Urban Development".to_string(),
            EntityType::Organization,
        );
        assert_eq!(named, [hud.clone(), hud]);
    }

    #[test]
    fn first_opens_no_name_before_a_title_of_the_household() {
        // The household's words are no titles of the lists: "First Family" is kept apart by
        // `lexicon/household_titles.txt` alone.
        let g = gazetteer();
        assert!(g.first_opens_name("Boston"));
        for word in ["Family", "Ladies", "Son"] {
            assert!(!g.titles.contains(word), "{word}");
            assert!(!g.first_opens_name(word), "{word}");
        }
    }

    #[test]
    fn first_opens_a_companys_name_but_no_title() {
        let text = "First Boston Corp said it would underwrite the offering. First Lady Jill \
                    Biden visited the school.";
        let named = names_and_types(text);
        let first_boston = ("First Boston Corp".to_string(), EntityType::Organization);
        assert!(named.contains(&first_boston), "{named:?}");
        assert!(
            !named.iter().any(|(name, _)| name.starts_with("First Lady")),
            "{named:?}"
        );
    }

    #[test]
    fn a_role_left_alone_by_its_opener_is_no_one() {
        // The tagger's organisation "First Lady" loses "First", a clause opener: "Lady" alone
        // names no one.
        let text = "Meet the people who will join the First Lady and President Trump.";
        let found = find(&Document::new(text));
        assert!(
            !found
                .iter()
                .any(|m| m.name == "Lady" && m.kind != EntityType::Misc),
            "{found:?}"
        );
    }

    #[test]
    fn a_role_before_a_name_is_no_organisation() {
        let text = "The National Security Advisor will travel to Kyiv. The OMB Director spoke \
                    on Monday. The Associated Press reported it.";
        let found = find(&Document::new(text));
        // The tagger's organisations were "National Security Advisor" and "OMB Director".
        assert_eq!(
            names_of(&found, EntityType::Organization),
            ["Associated Press"],
            "{found:?}"
        );
    }

    #[test]
    fn abbreviations_of_things_and_question_openers_are_no_organisations() {
        let text = "Q Will you sign the bill? Investing in America works. We built EV chargers \
                    and bought TV ads for the FY 2025 budget, he said of H.R. 1319.";
        let found = find(&Document::new(text));
        // The tagger's organisations were Will, EV, TV, FY and H.R.
        assert_eq!(names_in_facets(&found), ["United States"], "{found:?}");
    }

    #[test]
    fn a_title_before_a_suffix_is_a_surname() {
        let text = "Rubio released records on the assassinations of Senator Robert F. Kennedy and \
                    Dr. Martin Luther King, Jr., as well as Amelia Earhart.\nOffices close for \
                    the Good Friday and Martin Luther King Jr. holidays, said Clarence A. \
                    Nesbitt, Jr.";
        let found = find(&Document::new(text));
        let persons = names_of(&found, EntityType::Person);
        // The tagger's persons were "Martin Luther" and "Jr." twice, and "Jr.".
        assert_eq!(
            persons
                .iter()
                .filter(|&&p| p == "Martin Luther King Jr.")
                .count(),
            2,
            "{found:?}"
        );
        assert!(
            !persons
                .iter()
                .any(|p| p.starts_with("Jr") || *p == "Martin Luther"),
            "{found:?}"
        );
    }

    #[test]
    fn a_sentence_adverb_is_no_name() {
        let text = "Already, twenty-three states have pledged support.\nSimilarly, Ohio \
                    acted. Click here to read the full story.";
        let found = find(&Document::new(text));
        // The tagger's persons were Already and Click, and an organisation Similarly.
        assert_eq!(names_in_facets(&found), ["Ohio"], "{found:?}");
    }

    #[test]
    fn a_dateline_names_its_place_as_the_facet_does() {
        let text = "MINNEAPOLIS, Feb 26 - General Binding Corp said it reached a deal.\n\
                    BUTLER, Pa., March 2 - Armco Inc said its mill in the U.S would close.";
        let found = find(&Document::new(text));
        // The tagger's places were MINNEAPOLIS, Pa and U.S, named as written.
        let places = names_of(&found, EntityType::Place);
        for place in ["Minneapolis", "Pennsylvania", "United States"] {
            assert!(places.contains(&place), "{place}: {found:?}");
        }
    }

    #[test]
    fn the_parts_of_an_order_are_no_organisations() {
        let text = "It is hereby ordered as follows:\nSection 1. Purpose. The Federal Government \
                    must act.\nSec. 2. Japan requested consultations under Article 23 of the \
                    GATT. She earned her B.A. from Syracuse University.";
        let found = find(&Document::new(text));
        let named = names_in_facets(&found);
        for part in ["Section", "Purpose", "Article", "B.A."] {
            assert!(!named.contains(&part), "{part}: {found:?}");
        }
    }

    #[test]
    fn a_state_is_named_as_the_facet_names_it() {
        let text = "In Iran, Cuba, the Democratic People’s Republic of Korea, the People’s \
                    Republic of China, and elsewhere. The PRC said so.";
        let found = find(&Document::new(text));
        let places = names_of(&found, EntityType::Place);
        assert!(places.contains(&"North Korea"), "{found:?}");
        assert_eq!(
            places.iter().filter(|&&p| p == "China").count(),
            2,
            "{found:?}"
        );
        assert!(!places.iter().any(|p| p.contains("Republic")), "{found:?}");
    }

    #[test]
    fn a_lone_word_of_no_list_the_article_writes_in_lower_case_is_a_common_word() {
        let text = "The order names several civilian departments, including the Departments \
                    of Commerce, Treasury, Energy and State. Clean energy jobs grew in Ohio. \
                    The Strategy sets goals for NATO. The strategy was welcomed by the \
                    Alliance, and the alliance grew.";
        let found = find(&Document::new(text));
        // The tagger's places were Energy and Ohio, its organisations Strategy and Alliance
        // besides the departments.
        let named = names_in_facets(&found);
        for word in ["Energy", "Strategy", "Alliance"] {
            assert!(!named.contains(&word), "{word}: {found:?}");
        }
        assert!(named.contains(&"Ohio"), "{found:?}");
    }

    #[test]
    fn putin_alone_is_the_person_of_the_lists() {
        let text = "Torshin tried to arrange a meeting between Putin and Trump.";
        let found = find(&Document::new(text));
        // The tagger's place was Putin.
        assert!(
            names_of(&found, EntityType::Person).contains(&"Vladimir Putin"),
            "{found:?}"
        );
        assert!(names_of(&found, EntityType::Place).is_empty(), "{found:?}");
    }

    #[test]
    fn a_company_called_by_its_first_word_is_no_person() {
        let text = "Coniston Partners plans to gain control of Allegis Corp despite the defensive \
                    maneuvers Allegis announced last week.\nUAL will change its name to Allegis.";
        let found = find(&Document::new(text));
        // The tagger's persons were both bare "Allegis".
        assert!(names_of(&found, EntityType::Person).is_empty(), "{found:?}");
        assert_eq!(
            names_of(&found, EntityType::Organization),
            [
                "Coniston Partners",
                "Allegis Corp",
                "Allegis",
                "UAL",
                "Allegis"
            ]
        );
    }

    #[test]
    fn a_name_ending_in_a_place_or_body_word_is_that_place_or_body() {
        let text = "Germany bans Mahan Air of Iran. The ban on Mahan came after officials in \
                    Harris County met Kari Lake at Long Beach and Beverly Hills.";
        let found = find(&Document::new(text));
        // The old persons were Mahan Air, Mahan (as Mahan Air), Harris County and Beverly
        // Hills ("Beverly" is a given name, "Hills" no head).
        assert_eq!(
            names_of(&found, EntityType::Person),
            ["Kari Lake"],
            "{found:?}"
        );
        assert_eq!(
            names_of(&found, EntityType::Organization),
            ["Mahan Air", "Mahan"],
            "{found:?}"
        );
        let places = names_of(&found, EntityType::Place);
        assert!(
            ["Harris County", "Long Beach", "Beverly Hills"]
                .iter()
                .all(|place| places.contains(place)),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_alone_after_a_lower_case_the_is_no_person() {
        let text = "Hill discussions went on. We talked to partners on the Hill. Tim Moon, who \
                    led the Moon project, spoke to the Moon. Joe Biden said the Biden \
                    administration and the Biden for President campaign agreed. Officials on \
                    the Hill about the plan said the Moon is near.";
        let found = find(&Document::new(text));
        let persons: Vec<usize> = found
            .iter()
            .filter(|m| m.kind == EntityType::Person)
            .map(|m| m.start)
            .collect();
        let at = |word: &str| text.find(word).unwrap();
        // The old persons held "the Hill." and "the Moon." too, and later "the Hill about" and
        // "the Moon is".
        assert_eq!(
            persons,
            [
                0,
                at("Tim Moon"),
                at("Moon project"),
                at("Joe Biden"),
                at("Biden administration"),
                at("Biden for")
            ],
            "{found:?}"
        );
    }

    #[test]
    fn holidays_and_groups_are_no_persons() {
        // The old persons were "Happy Thanksgiving", "Special Presidential" and "Happy Easter".
        let text = "Happy Thanksgiving to all of you. Amos Hochstein, the Special Presidential \
                    Coordinator, spoke. Happy Easter to Pacific Islanders.";
        let found = find(&Document::new(text));
        assert_eq!(
            names_of(&found, EntityType::Person),
            ["Amos Hochstein"],
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_that_opens_a_company_stays_the_person_named_in_full() {
        let text =
            "Robert Campeau, chairman of Campeau Corp, spoke on Monday. Later, Campeau said \
                    he would wait.";
        let found = find(&Document::new(text));
        assert!(
            found
                .iter()
                .any(|m| m.text == "Campeau" && m.kind == EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_storm_is_an_event() {
        let text = "Hurricane Helene hit Asheville. Aid after Tropical Storm Debby was sent by \
                    President Biden. Helene flooded the town.";
        let found = find(&Document::new(text));
        let names = names_in_facets(&found);
        assert!(
            !names
                .iter()
                .any(|n| n.contains("Helene") || n.contains("Debby")),
            "{found:?}"
        );
        assert!(names.contains(&"Asheville"), "{found:?}");
    }

    #[test]
    fn a_law_is_no_organisation() {
        let text = "Under the Inflation Reduction Act and the Bipartisan Infrastructure Law, \
                    funds flow, the Constitution says. Students of the New York University \
                    School of Law met officials of the Environmental Protection Agency.";
        let found = find(&Document::new(text));
        let organisations = names_of(&found, EntityType::Organization);
        assert!(
            !organisations.iter().any(|o| o.ends_with("Act")
                || o.ends_with("Infrastructure Law")
                || *o == "Constitution"),
            "{organisations:?}"
        );
        assert!(
            organisations.iter().any(|o| o.ends_with("School of Law")),
            "{organisations:?}"
        );
    }

    #[test]
    fn pieces_of_addresses_are_no_names() {
        let text = "Contact FEMA-NEWS-DESK@FEMA.DHS.GOV or see www.Treatment.NIH.gov and \
                    https://www.Reuters.com/world, or follow @FEMA on Twitter.";
        let found = find(&Document::new(text));
        let named = names_in_facets(&found);
        assert_eq!(
            named,
            ["Federal Emergency Management Agency", "Twitter"],
            "{found:?}"
        );
    }

    #[test]
    fn a_briefing_header_and_an_advisers_office_are_no_names() {
        let text = "Via Teleconference\n11:01 A.M. EST\nHe met former National Security \
                    Adviser Michael Flynn.";
        let found = find(&Document::new(text));
        let named = names_in_facets(&found);
        assert_eq!(named, ["Michael Flynn"], "{found:?}");
    }

    #[test]
    fn a_grant_named_after_a_senator_is_no_person() {
        let text = "It expands Pell Grant access for students, and Pell Grants rise.";
        let found = find(&Document::new(text));
        assert!(
            !found.iter().any(|m| m.kind == EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_dateline_abbreviation_names_the_state_in_full() {
        let text = "SACRAMENTO, Calif. (Reuters) - The bill passed. PATERSON, N.J. (Reuters) - \
                    A hospital in Washington, D.C. closed. The University of California said.";
        let found = find(&Document::new(text));
        let places = names_of(&found, EntityType::Place);
        for state in ["California", "New Jersey", "District of Columbia"] {
            assert!(places.contains(&state), "{state}: {places:?}");
        }
        assert!(
            !places.iter().any(|p| ["Calif", "N.J.", "D.C."].contains(p)),
            "{places:?}"
        );
    }

    #[test]
    fn an_office_is_no_organisation() {
        let text = "He was nominated to be Secretary of Commerce by the President. The \
                    Director of National Intelligence met the Task Force in Ohio.";
        let found = find(&Document::new(text));
        let organisations = names_of(&found, EntityType::Organization);
        assert!(organisations.is_empty(), "{organisations:?}");
    }

    #[test]
    fn names_of_the_lists_go_on_through_lower_case_words() {
        let text = "The Department of the Interior and the United States of America agreed.";
        let named: Vec<(String, EntityType)> = find(&Document::new(text))
            .into_iter()
            .map(|m| (m.name, m.kind))
            .collect();
        assert_eq!(
            named,
            [
                (
                    "Department of the Interior".to_string(),
                    EntityType::Organization
                ),
                ("United States".to_string(), EntityType::Place),
            ]
        );
    }

    #[test]
    fn offices_variants_and_groups_are_no_persons() {
        let text = "Jane Roe, of Ohio, to be a Career Member of the Senior Foreign Service, Class \
                    of Counselor.\nJohn Doe, of Texas, to be Special Assistant to the President.\n\
                    The Delta variant spread among Hispanic and Muslim communities, Dear Madam.\n\
                    May God bless you all.";
        let persons: Vec<String> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.kind == EntityType::Person)
            .map(|m| m.name)
            .collect();
        assert_eq!(persons, ["Jane Roe", "John Doe"]);
        // The parties of a court case name the case.
        let text = "The court overturned Roe v. Wade in June, and Brown v. Board of Education \
                    stands. Roe had stood for fifty years. Since Roe fell, states have passed \
                    bans.";
        let named: Vec<EntityMention> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.kind != EntityType::Misc)
            .collect();
        assert!(named.is_empty(), "{named:?}");
    }

    /// What [`mend_names`] makes of a tagger's person span: the span's text and name.
    fn mended_person(text: &str, span: &str) -> (String, String) {
        let doc = Document::new(text);
        let start = text.find(span).expect("span in text");
        let mut found = [(
            start,
            start + span.len(),
            EntityType::Person,
            span.to_string(),
        )];
        mend_names(gazetteer(), &doc, &mut found);
        let (start, end, _, name) = &found[0];
        (text[*start..*end].to_string(), name.clone())
    }

    #[test]
    fn a_title_s_words_around_a_name_are_no_part_of_it() {
        for (text, span, name) in [
            (
                "NSC Coordinator for Strategic Communications John Kirby spoke.",
                "Strategic Communications John Kirby",
                "John Kirby",
            ),
            (
                "He met APNSA Jake Sullivan on Monday.",
                "APNSA Jake Sullivan",
                "Jake Sullivan",
            ),
            // A form of address is a title ("Her Excellency, Madam Kamala Harris").
            (
                "We welcome Her Excellency, Madam Kamala Harris, to Bucharest.",
                "Madam Kamala Harris",
                "Kamala Harris",
            ),
            (
                "Remarks by Vice President Harris During a Visit to Ohio",
                "Harris During",
                "Harris",
            ),
            (
                "Remarks by President Biden Before Marine One Departure",
                "Biden Before Marine One Departure",
                "Biden",
            ),
            (
                "Remarks by Vice President Harris Aboard Air Force Two",
                "Harris Aboard Air Force Two",
                "Harris",
            ),
            // After "the" or "of", a census name opens the person's own name.
            (
                "He signed the Emmett Louis Till Antilynching Act.",
                "Emmett Louis Till",
                "Emmett Louis Till",
            ),
            (
                "A letter of Kim Jong Un arrived.",
                "Kim Jong Un",
                "Kim Jong Un",
            ),
            (
                "It was then-Senator Harris who spoke.",
                "then-Senator Harris",
                "Harris",
            ),
            (
                "Troops of Bashar al-Assad advanced.",
                "Bashar al-Assad",
                "Bashar al-Assad",
            ),
        ] {
            let (written, mended) = mended_person(text, span);
            assert_eq!((written.as_str(), mended.as_str()), (name, name), "{text}");
        }
    }

    #[test]
    fn transcripts_and_capitals_give_no_junk_names() {
        let text = "WASHINGTON - The briefing began.\n\
                    MS. PSAKI: Hi everyone. So I will start with Jen Psaki's week.\n\
                    Q So, Jen, what about the plan? Is it good? Well, maybe.\n\
                    MS. PSAKI: Well, so we think so. (Laughter.)\n\
                    Q Yeah. Thank you. No.\nQ Even Trump said so, and Will Hurd agreed.\n\
                    MS. PSAKI: I will. (Laughs.) Next question.\n";
        let found = find(&Document::new(text));
        assert!(
            found
                .iter()
                .all(|m| m.name != "Laughs" || m.kind == EntityType::Misc),
            "a stage direction: {found:?}"
        );
        let names = |kind: EntityType| -> Vec<(&str, &str)> {
            found
                .iter()
                .filter(|m| m.kind == kind)
                .map(|m| (m.text.as_str(), m.name.as_str()))
                .collect()
        };
        let persons = names(EntityType::Person);
        for junk in [
            "Q", "So", "Well", "Yeah", "Laughter", "No", "Even", "MS", "I",
        ] {
            assert!(
                !persons
                    .iter()
                    .any(|(text, name)| text.split(' ').any(|w| w == junk)
                        || name.split(' ').any(|w| w == junk)),
                "{junk} in {persons:?}"
            );
        }
        // The transcript's label is the person it names, merged with her full name, and so
        // is her given name alone.
        assert!(persons.contains(&("PSAKI", "Jen Psaki")), "{persons:?}");
        assert!(persons.contains(&("Jen", "Jen Psaki")), "{persons:?}");
        assert!(persons.contains(&("Trump", "Trump")), "{persons:?}");
        assert!(persons.contains(&("Will Hurd", "Will Hurd")), "{persons:?}");
        // A dateline in capitals is the place.
        assert!(
            names(EntityType::Place).contains(&("WASHINGTON", "Washington")),
            "{found:?}"
        );
        assert!(names(EntityType::Organization).is_empty(), "{found:?}");
    }

    /// The names of `found` that the facets show (all but MISC).
    fn names_in_facets(found: &[EntityMention]) -> Vec<&str> {
        found
            .iter()
            .filter(|m| m.kind != EntityType::Misc)
            .map(|m| m.name.as_str())
            .collect()
    }

    /// The canonical names of the mentions of `kind`, in order.
    fn names_of(found: &[EntityMention], kind: EntityType) -> Vec<&str> {
        found
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.name.as_str())
            .collect()
    }

    #[test]
    fn a_surname_after_an_office_s_title_is_its_sole_holder() {
        let text = "Beau Biden served in Iraq. President Biden said he missed his son. Biden \
                    spoke for an hour. Vice President Harris and President Bush listened.";
        let found = find(&Document::new(text));
        let names: Vec<(&str, &str)> = found
            .iter()
            .filter(|m| m.kind == EntityType::Person)
            .map(|m| (m.text.as_str(), m.name.as_str()))
            .collect();
        // Not Beau; a bare "Biden" after both are named is either; two presidents were Bush.
        assert_eq!(
            names,
            [
                ("Beau Biden", "Beau Biden"),
                ("Biden", "Joe Biden"),
                ("Biden", "Biden"),
                ("Harris", "Kamala Harris"),
                ("Bush", "Bush"),
            ]
        );
    }

    #[test]
    fn a_line_break_ends_a_name() {
        // A heading's last word and the next line's first; a wire table's rows.
        let found = find(&Document::new(
            "Title\n\nJoe Sanders visited NBC.\nOne\nRecord date",
        ));
        assert_eq!(names_in_facets(&found), ["Joe Sanders", "NBC"]);
    }

    #[test]
    fn a_dash_ends_a_name() {
        let text = "The President thanked Nancy — Nancy Pelosi, and Karine Jean-Pierre. \
                    He said the DOJ — Department of Justice — would act.";
        let found = find(&Document::new(text));
        let names = names_in_facets(&found);
        assert!(names.iter().all(|n| !n.contains('—')), "{found:?}");
        assert!(names.contains(&"Nancy Pelosi"), "{found:?}");
        assert!(names.contains(&"Karine Jean-Pierre"), "{found:?}");
        assert!(names.contains(&"Department of Justice"), "{found:?}");
    }

    #[test]
    fn wire_result_tables_give_no_persons() {
        let text = "Year Shr 1.20 dlrs vs 1.10 dlrs\nOper shr loss two cts vs profit 11 cts\n\
                    Revs 100 mln vs 90 mln. Reuter\n";
        let found = find(&Document::new(text));
        assert!(names_of(&found, EntityType::Person).is_empty(), "{found:?}");
        assert!(
            found
                .iter()
                .any(|m| m.name == "Reuters" && m.kind == EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn two_people_joined_by_and_are_two_mentions() {
        let text =
            "Barack Obama met Vladimir Putin. Obama and Putin spoke. Procter and Gamble paid.";
        let doc = Document::new(text);
        let span = |name: &str, kind: EntityType| {
            let start = text.find(name).unwrap();
            (start, start + name.len(), kind, name.to_string())
        };
        // As the tagger may give them: the pair as one organisation.
        let tagged = vec![
            span("Barack Obama", EntityType::Person),
            span("Vladimir Putin", EntityType::Person),
            span("Obama and Putin", EntityType::Organization),
            span("Procter and Gamble", EntityType::Organization),
        ];
        let found = surnames_and_canonical_names(gazetteer(), &doc, tagged);
        assert_eq!(
            names_of(&found, EntityType::Person),
            [
                "Barack Obama",
                "Vladimir Putin",
                "Barack Obama",
                "Vladimir Putin"
            ],
            "{found:?}"
        );
        assert_eq!(
            names_of(&found, EntityType::Organization),
            ["Procter and Gamble"]
        );
    }

    #[test]
    fn a_party_word_before_a_persons_name_is_no_part_of_it() {
        let text = "Donald Trump spoke. Republican Trump won.";
        let doc = Document::new(text);
        let start = text.find("Republican Trump").unwrap();
        let tagged = vec![
            (0, 12, EntityType::Person, "Donald Trump".to_string()),
            (
                start,
                start + 16,
                EntityType::Misc,
                "Republican Trump".to_string(),
            ),
        ];
        let found = surnames_and_canonical_names(gazetteer(), &doc, tagged);
        assert_eq!(found[1].text, "Trump", "{found:?}");
        assert_eq!(
            names_of(&found, EntityType::Person),
            ["Donald Trump", "Donald Trump"]
        );
    }

    #[test]
    fn titles_are_not_part_of_a_persons_name() {
        let text = "Labor Secretary Marty Walsh said the jobs report was strong. First Lady Jill Biden spoke.";
        let found = find(&Document::new(text));
        assert_eq!(
            names_of(&found, EntityType::Person),
            ["Marty Walsh", "Jill Biden"],
            "{found:?}"
        );
    }

    #[test]
    fn tagger_persons_that_are_organisations_or_open_a_clause_are_mended() {
        let text = "Though Su spoke. The U.S. Department of Agriculture paid. April Ryan asked. \
                    The Inflation Reduction Act passed.";
        let doc = Document::new(text);
        let person = |name: &str| {
            let start = text.find(name).unwrap();
            (
                start,
                start + name.len(),
                EntityType::Person,
                name.to_string(),
            )
        };
        let found = vec![
            person("Though Su"),
            person("U.S. Department of Agriculture"),
            person("April Ryan"),
            person("Inflation Reduction Act"),
        ];
        let mended: Vec<(String, String, EntityType)> =
            surnames_and_canonical_names(gazetteer(), &doc, found)
                .into_iter()
                .map(|m| (m.text, m.name, m.kind))
                .collect();
        assert_eq!(
            mended,
            [
                ("Su".into(), "Su".into(), EntityType::Person),
                (
                    "U.S. Department of Agriculture".into(),
                    "Department of Agriculture".into(),
                    EntityType::Organization
                ),
                // A month that is also a given name stays.
                ("April Ryan".into(), "April Ryan".into(), EntityType::Person),
                (
                    "Inflation Reduction Act".into(),
                    "Inflation Reduction Act".into(),
                    EntityType::Misc
                ),
            ]
        );
    }

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

    /// (text, canonical name) of each person mention found in `text`.
    fn persons(text: &str) -> Vec<(String, String)> {
        find(&Document::new(text))
            .into_iter()
            .filter(|m| m.kind == EntityType::Person)
            .map(|m| (m.text, m.name))
            .collect()
    }

    #[test]
    fn a_connective_or_an_answer_opening_a_sentence_is_no_one() {
        let text = "The Republic was young. During the War of 1812, he went on to lead a \
                    militia. So, the President wants to make this bipartisan. Hence, he’s \
                    engaging with members of both parties.\nQ Understood. Then let me ask you \
                    a separate question.\nQ Gotcha.\nOverall, the economy has grown.";
        let all = find(&Document::new(text));
        assert!(
            all.iter().all(|m| !matches!(
                m.name.as_str(),
                "During" | "Hence" | "Understood" | "Gotcha" | "Overall"
            ) || m.kind == EntityType::Misc),
            "{all:?}"
        );
    }

    #[test]
    fn an_amendment_a_tax_credit_a_fair_or_a_week_is_no_one() {
        let text = "The Child Tax Credit will be cut in half. It was his client’s First \
                    Amendment right. The two were photographed at the Minnesota State Fair. This \
                    National Farm Safety and Health Week, we pledge to keep farms safe.";
        let names = persons(text);
        assert!(
            names
                .iter()
                .all(|(_, n)| !["Credit", "Amendment", "Fair", "Week"]
                    .iter()
                    .any(|head| n.ends_with(head))),
            "{names:?}"
        );
    }

    #[test]
    fn a_law_or_an_office_is_no_place() {
        for text in [
            "Yesterday, the Chief of Staff, Ron Klain, suggested that it was being used as it \
             relates to the production of N95 masks.",
            "He’ll make clear, in the former district of the late Congressman John Lewis, that \
             the only way to do that are for the Senate to pass the Freedom to Vote Act and the \
             John Lewis Voting Rights Advancement Act.",
        ] {
            let places: Vec<String> = find(&Document::new(text))
                .into_iter()
                .filter(|m| m.kind == EntityType::Place)
                .map(|m| m.name)
                .collect();
            assert!(places.is_empty(), "{places:?}");
        }
    }

    #[test]
    fn a_ticker_after_a_company_is_no_name() {
        let text = "The four -- Exxon Corp <XON>, Mobil Corp <MOB>, Texaco Inc <TX.N> and \
                    Chevron Corp <CHV> -- signed a long-term agreement last year, the sources \
                    said.";
        let names: Vec<(String, EntityType)> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.kind != EntityType::Misc)
            .map(|m| (m.name, m.kind))
            .collect();
        assert!(
            names
                .iter()
                .all(|(n, _)| !["XON", "MOB", "TX", "N", "CHV"].contains(&n.as_str())),
            "{names:?}"
        );
        assert!(names.iter().any(|(n, _)| n == "Exxon Corp"), "{names:?}");
    }

    #[test]
    fn labels_degrees_and_section_heads_name_no_one() {
        let named = |text: &str| -> Vec<String> {
            find(&Document::new(text))
                .into_iter()
                .filter(|m| m.kind != EntityType::Misc)
                .map(|m| m.name)
                .collect()
        };
        for (text, junk) in [
            (
                "She earned her J.D. from George Washington University School of Law and her \
                 B.A. from Yale.",
                "J.D.",
            ),
            (
                "MS. PSAKI: Thank you, everyone.\nAIDE: You didn’t do the First Lady’s —\nMS. \
                 PSAKI: Oh, oh, sorry.",
                "AIDE",
            ),
            (
                "SUBJECT: Reciprocal Trade and Tariffs\nSection 1. Background. The United States \
                 has one of the most open economies.",
                "Background",
            ),
            (
                "MS. PSAKI: I can follow up with our team.\nGo ahead.\nQ Back on the subject of \
                 the COVID checks. Bernie Sanders said it was needed.",
                "Back",
            ),
            (
                "Gone are the days of our great nation being taken advantage of. Period.",
                "Period",
            ),
            (
                "And that’s what you’re going to continue to see.\nQ Thank you.\nQ In the \
                 back, Madam?\nMS. JEAN-PIERRE: Yeah, I’ll go — go ahead.",
                "Madam",
            ),
        ] {
            let names = named(text);
            assert!(!names.iter().any(|n| n == junk), "{junk}: {names:?}");
        }
        // A dateline in capitals abbreviates its state in capitals too.
        let names = named("OAK BROOK, ILL., Mar 2 - Waste Management Corp said its board voted.");
        assert!(names.iter().any(|n| n == "Illinois"), "{names:?}");
    }

    #[test]
    fn a_possessive_opens_no_name() {
        for text in [
            "The Nation honors him today.\nMy Administration is proudly upholding the vision of \
             President Jackson’s historic policies.",
            "President Biden’s Investing in America agenda has been designed to encourage \
             private-sector investment.",
        ] {
            let names: Vec<String> = find(&Document::new(text))
                .into_iter()
                .filter(|m| m.kind != EntityType::Misc)
                .map(|m| m.name)
                .collect();
            assert!(
                names
                    .iter()
                    .all(|n| !n.starts_with("My ") && !n.starts_with('’')),
                "{names:?}"
            );
        }
    }

    #[test]
    fn a_portfolio_after_its_title_is_no_place_but_a_country_after_a_president_is() {
        let places = |text: &str| -> Vec<String> {
            find(&Document::new(text))
                .into_iter()
                .filter(|m| m.kind == EntityType::Place)
                .map(|m| m.name)
                .collect()
        };
        let delegation = places(
            "The delegation includes:\nThe First Lady, Melania Trump U.S. Attorney General, Pam \
             Bondi U.S. Secretary of Agriculture, Brooke Rollins U.S. Secretary of Labor, Lori \
             Chavez-DeRemer",
        );
        assert!(
            delegation.iter().all(|p| p == "United States"),
            "{delegation:?}"
        );
        // Türkiye is Turkey, as the lists now know.
        let call = places(
            "Mr. Sullivan called to congratulate him on his re-election as President of \
             Türkiye. They expressed their commitment to work together.",
        );
        assert_eq!(call, ["Turkey"]);
    }

    #[test]
    fn a_reporter_addressed_by_name_is_no_place() {
        let typed = |text: &str, name: &str| -> Vec<EntityType> {
            find(&Document::new(text))
                .into_iter()
                .filter(|m| m.name == name)
                .map(|m| m.kind)
                .collect()
        };
        let weijia = typed(
            "They’re pausing so that they can look at it more carefully.\nMS. PSAKI: Weijia.\nQ \
             Thank you. A couple for Dr. Fauci, first. It’s great to see him.",
            "Weijia",
        );
        assert!(weijia.iter().all(|&k| k == EntityType::Misc), "{weijia:?}");
        let nadia = typed(
            "We will continue to work with Democrats and Republicans in Congress.\nGo ahead, \
             Nadia.\nQ Thank you, Jen. Just to follow up on Iran.",
            "Nadia",
        );
        assert_eq!(nadia, [EntityType::Person]);
        // A rally's city is greeted, not addressed as a reporter.
        let cleveland = typed(
            "Hello, Cleveland! Thank you, Cleveland! It is great to be back in Ohio.",
            "Cleveland",
        );
        assert!(
            cleveland.iter().all(|&k| k != EntityType::Person),
            "{cleveland:?}"
        );
    }

    #[test]
    fn the_wire_s_and_p_is_standard_and_poor_s() {
        let text = "NEW YORK, March 3 - S and P said it downgraded 1.2 billion dlrs of debt of \
                    Acme Corp. The action reflects weaker profits, S and P said.";
        let names: Vec<(String, EntityType)> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.text == "S and P")
            .map(|m| (m.name, m.kind))
            .collect();
        let agency = (
            "Standard and Poor's Corp".to_string(),
            EntityType::Organization,
        );
        assert_eq!(names, [agency.clone(), agency]);
    }

    #[test]
    fn a_law_s_first_half_and_a_community_s_initials_are_no_body() {
        for (text, junk) in [
            (
                "The President signed the PACT Act, which expands health care and benefits \
                 related to toxic exposures for veterans and their survivors, as well as the \
                 CHIPS and Science Act to boost American manufacturing, strengthen supply \
                 chains, and create jobs.",
                "CHIPS",
            ),
            (
                "Congress must pass the Packers and Stockyards Act amendments this year, the \
                 senator said.",
                "Packers",
            ),
            (
                "The Department of Justice works to end gender-based violence against women, \
                 girls, and LGBTQI+ people, and LGBTQ students who are transgender.",
                "LGBTQI",
            ),
        ] {
            let names: Vec<String> = find(&Document::new(text))
                .into_iter()
                .filter(|m| m.kind != EntityType::Misc)
                .map(|m| m.name)
                .collect();
            assert!(!names.iter().any(|n| n == junk), "{junk}: {names:?}");
        }
    }

    #[test]
    fn the_state_of_the_union_is_a_speech_not_a_body() {
        let text =
            "Last night, President Donald J. Trump delivered a record-breaking State of the \
                    Union Address — the longest in American history.";
        let found = find(&Document::new(text));
        let names = names_in_facets(&found);
        assert!(!names.iter().any(|n| n.contains("Union")), "{names:?}");
    }

    #[test]
    fn a_surname_takes_the_fullest_name_that_ends_in_it_if_one_person_bears_it() {
        let text = "President Joseph R. Biden spoke on Monday. His son Hunter Biden said hello, \
                    and Jill Biden waved. The Obama-Biden administration did it. Biden left. \
                    President Biden came back. Rochelle Walensky spoke. Dr. Walensky agreed.";
        let names = persons(text);
        let name_of = |written: &str| {
            names
                .iter()
                .filter(|(t, _)| t == written)
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>()
        };
        // Not the longest name with the surname: one that ends in the mention's words.
        assert_eq!(name_of("Hunter Biden"), ["Hunter Biden"], "{names:?}");
        assert_eq!(name_of("Jill Biden"), ["Jill Biden"]);
        // A surname three people of the article bear is one of them only after that one's
        // title.
        assert_eq!(name_of("Biden"), ["Biden", "Joseph R. Biden"]);
        assert_eq!(name_of("Walensky"), ["Rochelle Walensky"]);
        assert!(names.iter().all(|(_, n)| n != "Obama-Biden"), "{names:?}");
    }

    #[test]
    fn an_office_before_a_name_the_tagger_took_for_an_organisation_goes() {
        let text = "Press Briefing by Press Secretary Jen Psaki and Secretary of Agriculture \
                    Tom Vilsack\n\nMS. PSAKI: Hi. I will turn it over to Secretary Vilsack.\n\
                    SECRETARY VILSACK: Thank you so much for having me here today.\n";
        let names: Vec<String> = persons(text).into_iter().map(|(_, n)| n).collect();
        assert!(names.iter().any(|n| n == "Tom Vilsack"), "{names:?}");
        assert!(
            names.iter().all(|n| !n.contains("Agriculture")),
            "{names:?}"
        );
    }

    #[test]
    fn words_run_into_a_name_leave_it_or_unmake_it() {
        // A lower-case word inside a "person": the name after it, from a given name on.
        assert_eq!(
            persons("He hired Co-Counsel of Todd Blanche on Monday."),
            [("Todd Blanche".to_string(), "Todd Blanche".to_string())]
        );
        let text = "Joe Biden spoke.\n\nQ Is the Biden administration going to act?\n\nQ \
                    Does the Biden plan work?";
        let names = persons(text);
        assert!(names.iter().all(|(t, _)| !t.contains("the")), "{names:?}");
        // A pronoun or a capitalised verb before a name is no part of it, nor of its fuller
        // form.
        let text = "Dorothy, I’m Jill’s husband. Jill wanted to be here. Selecting Kamala was \
                    the best decision. Amending Proclamation 10014 was next.";
        let names = persons(text);
        assert!(
            names
                .iter()
                .all(|(t, n)| !t.contains(' ') && !n.contains(' ')),
            "{names:?}"
        );
        assert!(names.iter().all(|(_, n)| n != "Proclamation"), "{names:?}");
    }

    #[test]
    fn a_heading_s_verb_after_a_name_is_no_part_of_it() {
        // The verb opens its object, or the article writes it in lower case ("celebrate").
        let text = "Remarks by President Biden Honoring the 2021 World Series Champions, the \
                    Atlanta Braves\n\nRemarks by Vice President Harris Celebrating Black History \
                    Month\n\nToday we celebrate. President Xi Jinping spoke. Gene Sperling and \
                    Sterling Brown came; the pound sterling fell.";
        let names: Vec<String> = persons(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            names,
            [
                "Biden",
                "Harris",
                "Xi Jinping",
                "Gene Sperling",
                "Sterling Brown"
            ],
        );
    }

    #[test]
    fn words_that_open_sentences_or_label_turns_are_no_entities_alone() {
        let text = "NOW, THEREFORE, I, JOSEPH R. BIDEN JR., President of the United States, \
                    proclaim.\n\nMODERATOR: Thank you.\n\nQ Does the plan work? Within the \
                    WHO, officials agreed.\n\nNOTE: The call ended.\n\nEND 12:20 P.M. EST";
        let named: Vec<(String, EntityType)> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.kind != EntityType::Misc)
            .map(|m| (m.name, m.kind))
            .collect();
        for word in [
            "Now",
            "Therefore",
            "Moderator",
            "Does",
            "Within",
            "Note",
            "End",
        ] {
            assert!(
                !named.iter().any(|(n, _)| n.eq_ignore_ascii_case(word)),
                "{word}: {named:?}"
            );
        }
        assert!(named.contains(&(
            "World Health Organization".to_string(),
            EntityType::Organization
        )));
        // Nor are the heads of bodies, adjectives and roles alone, though names hold them.
        let text = "The Department said Federal funding and the Federal Reserve helped. The Vice \
                    President met the Board of Governors and the Board. Sec. 5. Omicron spread \
                    in Black communities. HBCUs study AI, COVID and GDP under 42 U.S.C. 1395.";
        let named: Vec<String> = find(&Document::new(text))
            .into_iter()
            .filter(|m| m.kind != EntityType::Misc)
            .map(|m| m.name)
            .collect();
        assert_eq!(named, ["Federal Reserve", "Board of Governors"]);
    }

    #[test]
    fn places_groups_and_things_are_no_persons() {
        let text = "WASHINGTON (Reuters) - Lawmakers on Capitol Hill met in the Rose Garden. \
                    Hezbollah and Pfizer said HBCUs and Native Hawaiians gained. Merry \
                    Christmas, Folks. The President flew on Air Force One.";
        let found = find(&Document::new(text));
        let kind_of = |name: &str| found.iter().find(|m| m.name == name).map(|m| m.kind);
        assert_eq!(kind_of("Washington"), Some(EntityType::Place), "{found:?}");
        assert_eq!(kind_of("Capitol Hill"), Some(EntityType::Place));
        assert_eq!(kind_of("Rose Garden"), Some(EntityType::Place));
        assert_eq!(kind_of("Hezbollah"), Some(EntityType::Organization));
        assert_eq!(kind_of("Pfizer"), Some(EntityType::Organization));
        assert!(persons(text).is_empty(), "{:?}", persons(text));
    }
}
