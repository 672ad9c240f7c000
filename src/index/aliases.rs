//! Names across the archive. Extraction merges the mentions of one person within an article
//! ("Assad" -> "Bashar al-Assad"), but an article that names someone only by surname indexes
//! the surname. At search time, a short name that stands for exactly one fuller name in the
//! whole archive ("Biden" when "Joe Biden" is the only Biden) is read as that name: one facet
//! value, and a filter on either finds both. A surname shared by several full names ("Trump":
//! Donald, Melania, Ivanka) stays as written, since guessing would merge different people.

use std::collections::{BTreeMap, HashMap, HashSet};
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
    /// Aliases among `names`, the values of one field.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let names: HashSet<&str> = names.into_iter().collect();
        let mut full_names: HashMap<&str, Vec<&str>> = HashMap::new();
        for &name in &names {
            if name.contains(' ') && name.starts_with(char::is_uppercase) {
                full_names.entry(surname(name)).or_default().push(name);
            }
        }
        let mut aliases = NameAliases::default();
        for &name in &names {
            let short = !name.contains(' ') && name.starts_with(char::is_uppercase);
            if let Some([full]) = full_names.get(name).map(Vec::as_slice).filter(|_| short) {
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
    let mut names: HashSet<String> = HashSet::new();
    for_each_term(searcher, field, |term| {
        if !names.contains(term) {
            names.insert(term.to_string());
        }
    })?;
    Ok(NameAliases::new(names.iter().map(String::as_str)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_stands_for_its_only_full_name() {
        let aliases = NameAliases::new([
            "Joe Biden",
            "Biden",
            "Donald Trump",
            "Melania Trump",
            "Trump",
            "Assad",
            "Bashar al-Assad",
            "Lavrov",
            "a U.S. official",
        ]);
        assert_eq!(aliases.canonical("Biden"), "Joe Biden");
        assert_eq!(aliases.canonical("Assad"), "Bashar al-Assad");
        // Two Trumps: which one is meant is not known.
        assert_eq!(aliases.canonical("Trump"), "Trump");
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
            aliases.fold(counts(&[("Trump", 5), ("Biden", 3), ("Joe Biden", 4)]), 10),
            counts(&[("Joe Biden", 7), ("Trump", 5)])
        );
    }
}
