//! Names across the archive. Extraction merges the mentions of one person within an article
//! ("Assad" -> "Bashar al-Assad"), but an article that names someone only by surname indexes
//! the surname. At search time, a short name is read as the full name that dominates its
//! surname in the archive ("Biden" as "Joe Biden" when Joe holds at least two thirds of the
//! documents that name a Biden in full): one facet value, and a filter on either finds both.
//! Such an article named no fuller Biden at all (else extraction would have used that name), so
//! the prominent bearer is the likely one. A surname without a dominant full name ("Clinton":
//! Bill and Hillary) stays as written, since guessing would merge different people.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use tantivy::schema::Field;
use tantivy::Searcher;

use super::schema::{Facet, Fields};
use super::search::{for_each_term, FacetCount};
use crate::error::Result;
use crate::extract::text::surname;

/// Short names and the one full name each stands for, in one facet field.
#[derive(Debug, Default)]
pub struct NameAliases {
    full_name_of: HashMap<String, String>,
    short_names_of: HashMap<String, Vec<String>>,
}

impl NameAliases {
    /// Aliases among `names`, the values of one field with the number of documents of each.
    pub fn new<'a>(names: impl IntoIterator<Item = (&'a str, u64)>) -> Self {
        let names: HashMap<&str, u64> = names.into_iter().collect();
        // Per surname: the full name with the most documents, and the documents of all.
        let mut full_names: HashMap<&str, ((u64, &str), u64)> = HashMap::new();
        for (&name, &docs) in &names {
            if name.contains(' ') && name.starts_with(char::is_uppercase) {
                let (top, all) = full_names.entry(surname(name)).or_default();
                *top = (*top).max((docs, name));
                *all += docs;
            }
        }
        let mut aliases = NameAliases::default();
        for &name in names.keys() {
            let short = !name.contains(' ') && name.starts_with(char::is_uppercase);
            let dominant = full_names
                .get(name)
                .filter(|((top, _), all)| short && top * 3 >= all * 2)
                .map(|((_, full), _)| *full);
            if let Some(full) = dominant {
                aliases
                    .full_name_of
                    .insert(name.to_string(), full.to_string());
                aliases
                    .short_names_of
                    .entry(full.to_string())
                    .or_default()
                    .push(name.to_string());
            }
        }
        aliases
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

    /// Facet counts with each short name's count added to its full name's, the `size`
    /// largest first. Within an article the short name never stands beside the full one, so
    /// the sum counts each document once.
    pub fn fold(&self, counts: Vec<FacetCount>, size: usize) -> Vec<FacetCount> {
        if self.full_name_of.is_empty() {
            let mut counts = counts;
            counts.truncate(size);
            return counts;
        }
        let mut merged: BTreeMap<String, u64> = BTreeMap::new();
        for FacetCount { value, count } in counts {
            *merged
                .entry(self.canonical(&value).to_string())
                .or_default() += count;
        }
        let mut folded: Vec<FacetCount> = merged
            .into_iter()
            .map(|(value, count)| FacetCount { value, count })
            .collect();
        folded.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        folded.truncate(size);
        folded
    }
}

/// The aliases of the person and speaker fields for one generation of the index's segments.
struct Generation {
    id: u64,
    person: Arc<NameAliases>,
    speaker: Arc<NameAliases>,
}

/// Aliases, rebuilt when a commit brings new segments: one pass over two term dictionaries,
/// not one per search.
#[derive(Default)]
pub struct AliasCache(Mutex<Option<Generation>>);

impl AliasCache {
    /// The aliases of `facet` as `searcher` sees the index; None for facets that hold no
    /// person names.
    pub fn for_facet(
        &self,
        searcher: &Searcher,
        fields: &Fields,
        facet: Facet,
    ) -> Result<Option<Arc<NameAliases>>> {
        if !matches!(facet, Facet::Person | Facet::Speaker) {
            return Ok(None);
        }
        let id = searcher.generation().generation_id();
        let mut cached = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if cached.as_ref().is_none_or(|g| g.id != id) {
            *cached = Some(Generation {
                id,
                person: Arc::new(field_aliases(searcher, fields.person)?),
                speaker: Arc::new(field_aliases(searcher, fields.speaker)?),
            });
        }
        let generation = cached.as_ref().expect("filled above");
        Ok(Some(Arc::clone(match facet {
            Facet::Person => &generation.person,
            _ => &generation.speaker,
        })))
    }
}

fn field_aliases(searcher: &Searcher, field: Field) -> Result<NameAliases> {
    let mut names: HashMap<String, u64> = HashMap::new();
    for_each_term(searcher, field, |term, docs| match names.get_mut(term) {
        Some(count) => *count += docs,
        None => {
            names.insert(term.to_string(), docs);
        }
    })?;
    Ok(NameAliases::new(
        names.iter().map(|(name, &docs)| (name.as_str(), docs)),
    ))
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
            ("a U.S. official", 1),
        ]);
        assert_eq!(aliases.canonical("Biden"), "Joe Biden");
        assert_eq!(aliases.canonical("Assad"), "Bashar al-Assad");
        // Two Clintons of about equal weight: which one is meant is not known.
        assert_eq!(aliases.canonical("Clinton"), "Clinton");
        assert_eq!(aliases.canonical("Lavrov"), "Lavrov");
        assert_eq!(aliases.variants("Biden"), ["Joe Biden", "Biden"]);
        let counts = |pairs: &[(&str, u64)]| -> Vec<FacetCount> {
            pairs
                .iter()
                .map(|&(value, count)| FacetCount {
                    value: value.into(),
                    count,
                })
                .collect()
        };
        assert_eq!(
            aliases.fold(
                counts(&[("Clinton", 5), ("Biden", 3), ("Joe Biden", 4)]),
                10
            ),
            counts(&[("Joe Biden", 7), ("Clinton", 5)])
        );
    }
}
