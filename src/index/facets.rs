//! Facet counts: the number of matching documents per value of each faceted field, counted
//! over the fields' columns of term ordinals.
//!
//! Like tantivy's terms aggregation (which this replaces), each segment counts its ordinals,
//! keeps its `10 × size` most frequent values and the number of documents of the rest; the
//! segments' values are then merged by name. Unlike it:
//! - a value shown is counted in every segment, also where it ranked below that segment's top
//!   values, so its count is the number of hits its filter gives;
//! - the names of ordinals are kept between searches ([`ValueCache`]): turning the top
//!   ordinals back into names took 30 % of a search's instructions (a block of the term
//!   dictionary decoded per name), and the same few hundred names top most searches' counts;
//! - names of people are counted per person ([`NameAliases`]): a short name is counted as the
//!   full name it stands for, and a document naming both forms counts once, so that a name's
//!   count is the number of hits its filter (which finds every form) gives.

use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap as HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use super::aliases::NameAliases;
use super::schema::Facet;
use super::search::FacetCount;

/// How many more values than asked each segment keeps, as tantivy's terms aggregation does:
/// a value below a segment's top `size` can still be in the top `size` of all segments.
const SEGMENT_DEPTH: usize = 10;

/// The group of a name left out of the counts ([`NameAliases::hidden`]).
const HIDDEN: u32 = u32::MAX;

/// Aliases of names, and the group of each ordinal of a column under them ([`name_groups`]).
type NameGroups = (Arc<NameAliases>, Arc<[u32]>);

/// Marks the group of a name that shares it with other forms: only a document with such a
/// name can count one person twice, so only those are checked.
const SHARED: u32 = 1 << 31;

/// One facet to count.
pub struct Counting {
    pub facet: Facet,
    /// The number of top values to return.
    pub size: usize,
    /// For names of people: the short names counted as the full names they stand for.
    pub aliases: Option<Arc<NameAliases>>,
}

/// Spare count arrays kept per segment and facet. One: a server then keeps the memory of one
/// search's counts (4 bytes per value of each faceted field), and searches running at the same
/// time allocate their own.
const SPARE_ARRAYS: usize = 1;

/// What is kept of one segment between searches.
#[derive(Default)]
struct SegmentValues {
    /// The names of term ordinals already read from the segment's dictionaries, by field.
    names: Mutex<HashMap<(Facet, u64), Arc<str>>>,
    /// Count arrays of finished searches, zeroed again, by field: zeroing a new array of a
    /// count per name, per search and facet, was 6 % of a search's instructions.
    spare_arrays: Mutex<HashMap<Facet, Vec<Vec<u32>>>>,
    /// The group of each term ordinal ([`name_groups`]) by names facet, with the aliases they
    /// were made for: made once per segment and generation of aliases, not per search.
    groups: Mutex<HashMap<Facet, NameGroups>>,
}

impl SegmentValues {
    /// The group of each ordinal of `column`, the values of `facet`, under `aliases`.
    fn groups(
        &self,
        facet: Facet,
        aliases: &Arc<NameAliases>,
        column: &StrColumn,
    ) -> std::io::Result<Arc<[u32]>> {
        let mut groups = lock(&self.groups);
        if let Some((made_for, made)) = groups.get(&facet) {
            if Arc::ptr_eq(made_for, aliases) {
                return Ok(Arc::clone(made));
            }
        }
        let made: Arc<[u32]> = name_groups(column, aliases)?.into();
        groups.insert(facet, (Arc::clone(aliases), Arc::clone(&made)));
        Ok(made)
    }
}

/// For each term ordinal of `column`, the ordinal its documents are counted under: the
/// smallest ordinal among the forms of one person's name ("Biden", "Joe Biden", "Joseph R.
/// Biden") marked [`SHARED`], the ordinal itself for a name no other stands with, or
/// [`HIDDEN`]. (Ordinals stay below 2^31: a search holds 4 bytes per ordinal to count.)
fn name_groups(column: &StrColumn, aliases: &NameAliases) -> std::io::Result<Vec<u32>> {
    // The names of each group by group number; the dictionary is read once, in order (a
    // lookup per name decodes a block of it each: 30 times the work on the benchmark index).
    let named_groups: Vec<(&str, &[String])> = aliases.groups().collect();
    let mut group_of: HashMap<&str, usize> = HashMap::default();
    for (group, &(full, shorts)) in named_groups.iter().enumerate() {
        group_of.insert(full, group);
        for short in shorts {
            group_of.insert(short, group);
        }
    }
    let hidden: rustc_hash::FxHashSet<&str> = aliases.hidden().collect();
    let mut groups: Vec<u32> = (0..column.num_terms() as u32).collect();
    let mut ords_of_group: Vec<Vec<u32>> = vec![Vec::new(); named_groups.len()];
    let mut names = column.dictionary().stream()?;
    while names.advance() {
        let ord = names.term_ord() as u32;
        let Ok(name) = std::str::from_utf8(names.key()) else {
            continue;
        };
        if hidden.contains(name) {
            groups[ord as usize] = HIDDEN;
        } else if let Some(&group) = group_of.get(name) {
            ords_of_group[group].push(ord);
        }
    }
    // Ordinals come in order: each group's first is its smallest.
    for ords in ords_of_group.iter().filter(|ords| ords.len() > 1) {
        for &ord in ords {
            groups[ord as usize] = ords[0] | SHARED;
        }
    }
    Ok(groups)
}

/// Locks `mutex`; a search that panicked while holding it left whole entries behind.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Names of term ordinals and spare count arrays, per segment, kept for as long as the
/// segment is searched. The names are only values that made some segment's top counts, a
/// small part of each dictionary.
#[derive(Default)]
pub struct ValueCache {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentValues>>>,
}

impl ValueCache {
    /// What is kept of each segment `searcher` reads; segments it no longer reads (merged or
    /// deleted since) are dropped.
    fn for_searcher(&self, searcher: &Searcher) -> HashMap<SegmentId, Arc<SegmentValues>> {
        let mut segments = lock(&self.segments);
        let searched: HashMap<SegmentId, Arc<SegmentValues>> = searcher
            .segment_readers()
            .iter()
            .map(|reader| {
                let id = reader.segment_id();
                (id, Arc::clone(segments.entry(id).or_default()))
            })
            .collect();
        segments.retain(|id, _| searched.contains_key(id));
        searched
    }
}

/// Counts the values of some facets over the documents of a search.
pub struct FacetCollector {
    facets: Vec<Counting>,
    values: HashMap<SegmentId, Arc<SegmentValues>>,
}

impl FacetCollector {
    /// A collector counting `facets`, with names cached in `cache`.
    pub fn new(searcher: &Searcher, cache: &ValueCache, facets: Vec<Counting>) -> Self {
        FacetCollector {
            facets,
            values: cache.for_searcher(searcher),
        }
    }
}

/// One facet's column in one segment, and the documents counted so far.
struct Tally {
    segment_size: usize,
    ords: Column<u64>,
    /// The group of each ordinal, for names of people: the groups of `counts.aliases`, held
    /// apart so that they are read while `counts` is written, per document.
    groups: Option<Arc<[u32]>>,
    /// The shared groups counted for the document at hand.
    groups_of_doc: Vec<u32>,
    counts: SegmentCounts,
}

pub struct FacetSegmentCollector {
    tallies: Vec<Tally>,
    values: Arc<SegmentValues>,
}

/// The order of facet values: most documents first, ties in name order.
fn most_documents_first(a: (&str, u64), b: (&str, u64)) -> std::cmp::Ordering {
    b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0))
}

/// One segment's top values of one facet, and the documents of every value.
pub struct SegmentBuckets {
    counts: Vec<(Arc<str>, u64)>,
    all: SegmentCounts,
}

/// The documents counted per ordinal of one facet's column in one segment.
struct SegmentCounts {
    facet: Facet,
    column: StrColumn,
    /// With the groups of names: documents are counted under each group's first ordinal.
    aliases: Option<NameGroups>,
    docs_per_ord: Vec<u32>,
    /// The ordinals counted, in the order first met: a search matches a small part of a
    /// dictionary of tens of thousands of names, and this list spares a scan of them all.
    counted: Vec<u32>,
    /// Where the array goes back to when the counts are dropped.
    segment: Arc<SegmentValues>,
}

impl SegmentCounts {
    fn new(
        facet: Facet,
        column: StrColumn,
        aliases: Option<NameGroups>,
        segment: Arc<SegmentValues>,
    ) -> Self {
        let spare = lock(&segment.spare_arrays)
            .get_mut(&facet)
            .and_then(Vec::pop);
        let docs_per_ord = spare
            .filter(|array| array.len() == column.num_terms())
            .unwrap_or_else(|| vec![0; column.num_terms()]);
        SegmentCounts {
            facet,
            column,
            aliases,
            docs_per_ord,
            counted: Vec::new(),
            segment,
        }
    }

    /// The number of documents counted with `value` (for a name, with any of its forms).
    fn docs_with(&self, value: &str) -> std::io::Result<u64> {
        let dictionary = self.column.dictionary();
        let Some((aliases, groups)) = &self.aliases else {
            let ord = dictionary.term_ord(value)?;
            return Ok(ord.map_or(0, |ord| u64::from(self.docs_per_ord[ord as usize])));
        };
        // Every form of the name is counted under one group: the first form found gives it.
        for form in aliases.variants(value) {
            if let Some(ord) = dictionary.term_ord(&form)? {
                let group = groups[ord as usize];
                return Ok(if group == HIDDEN {
                    0
                } else {
                    u64::from(self.docs_per_ord[(group & !SHARED) as usize])
                });
            }
        }
        Ok(0)
    }

    fn add(&mut self, ord: u64) {
        let docs = &mut self.docs_per_ord[ord as usize];
        if *docs == 0 {
            self.counted.push(ord as u32);
        }
        *docs += 1;
    }
}

impl Drop for SegmentCounts {
    fn drop(&mut self) {
        for &ord in &self.counted {
            self.docs_per_ord[ord as usize] = 0;
        }
        let mut spare = lock(&self.segment.spare_arrays);
        let arrays = spare.entry(self.facet).or_default();
        if arrays.len() < SPARE_ARRAYS {
            arrays.push(std::mem::take(&mut self.docs_per_ord));
        }
    }
}

/// One facet's counts over all segments: the top values, most documents first, ties in name
/// order.
pub struct FacetTally {
    pub facet: Facet,
    pub counts: Vec<FacetCount>,
}

impl Collector for FacetCollector {
    type Fruit = Vec<FacetTally>;
    type Child = FacetSegmentCollector;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetSegmentCollector> {
        let values = self
            .values
            .get(&reader.segment_id())
            .cloned()
            .unwrap_or_default();
        let mut tallies = Vec::with_capacity(self.facets.len());
        for Counting {
            facet,
            size,
            aliases,
        } in &self.facets
        {
            // A segment in which no document has a value of the field has no column.
            if let Some(column) = reader.fast_fields().str(facet.name())? {
                let aliases = match aliases {
                    Some(aliases) => {
                        let groups = values.groups(*facet, aliases, &column)?;
                        Some((Arc::clone(aliases), groups))
                    }
                    None => None,
                };
                tallies.push(Tally {
                    segment_size: size.saturating_mul(SEGMENT_DEPTH),
                    ords: column.ords().clone(),
                    groups: aliases.as_ref().map(|(_, groups)| Arc::clone(groups)),
                    groups_of_doc: Vec::new(),
                    counts: SegmentCounts::new(*facet, column, aliases, Arc::clone(&values)),
                });
            }
        }
        Ok(FacetSegmentCollector { tallies, values })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        segments: Vec<std::io::Result<Vec<SegmentBuckets>>>,
    ) -> tantivy::Result<Self::Fruit> {
        /// A value's documents, and the segments (indexes into the facet's tallies) that
        /// counted it among their top values.
        type Counted = (u64, Vec<usize>);
        type Merged = (HashMap<Arc<str>, Counted>, Vec<SegmentCounts>);
        let mut merged: HashMap<Facet, Merged> = HashMap::default();
        for segment in segments {
            for buckets in segment? {
                let (counts, all) = merged.entry(buckets.all.facet).or_default();
                for (value, docs) in buckets.counts {
                    let (total, segments) = counts.entry(value).or_default();
                    *total += docs;
                    segments.push(all.len());
                }
                all.push(buckets.all);
            }
        }
        self.facets
            .iter()
            .map(|&Counting { facet, size, .. }| {
                let (counts, segments) = merged.remove(&facet).unwrap_or_default();
                let mut counts: Vec<(Arc<str>, Counted)> = counts.into_iter().collect();
                counts.sort_unstable_by(|(a, (a_docs, _)), (b, (b_docs, _))| {
                    most_documents_first((a, *a_docs), (b, *b_docs))
                });
                counts.truncate(size);
                // A value shown is counted in full: in a segment where it was below the top
                // values, its documents are read from the segment's counts, so that its count
                // is the number of hits its filter gives.
                let mut shown = Vec::with_capacity(counts.len());
                for (value, (mut docs, counted_in)) in counts {
                    for (at, segment) in segments.iter().enumerate() {
                        if !counted_in.contains(&at) {
                            docs += segment.docs_with(&value)?;
                        }
                    }
                    shown.push((value, docs));
                }
                shown.sort_unstable_by(|(a, a_docs), (b, b_docs)| {
                    most_documents_first((a, *a_docs), (b, *b_docs))
                });
                let counts = shown
                    .into_iter()
                    .map(|(value, count)| FacetCount {
                        value: value.to_string(),
                        count,
                    })
                    .collect();
                Ok(FacetTally { facet, counts })
            })
            .collect()
    }
}

impl FacetSegmentCollector {
    fn count(&mut self, doc: DocId) {
        for tally in &mut self.tallies {
            let Some(groups) = &tally.groups else {
                for ord in tally.ords.values_for_doc(doc) {
                    tally.counts.add(ord);
                }
                continue;
            };
            // A document naming two forms of one person counts once for that person.
            tally.groups_of_doc.clear();
            for ord in tally.ords.values_for_doc(doc) {
                let group = groups[ord as usize];
                if group & SHARED == 0 {
                    tally.counts.add(u64::from(group));
                } else if group != HIDDEN && !tally.groups_of_doc.contains(&group) {
                    tally.groups_of_doc.push(group);
                    tally.counts.add(u64::from(group & !SHARED));
                }
            }
        }
    }
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = std::io::Result<Vec<SegmentBuckets>>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.count(doc);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for &doc in docs {
            self.count(doc);
        }
    }

    fn harvest(self) -> Self::Fruit {
        let mut names = lock(&self.values.names);
        self.tallies
            .into_iter()
            .map(|tally| tally.top_values(&mut names))
            .collect()
    }
}

impl Tally {
    /// The `segment_size` values with most documents (ties: the first in the dictionary), with
    /// their names (for a group of names, the one it stands for).
    fn top_values(
        self,
        names: &mut HashMap<(Facet, u64), Arc<str>>,
    ) -> std::io::Result<SegmentBuckets> {
        let SegmentCounts {
            facet,
            column,
            aliases,
            docs_per_ord,
            counted,
            ..
        } = &self.counts;
        let mut counted: Vec<(u64, u64)> = counted
            .iter()
            .map(|&ord| (u64::from(ord), u64::from(docs_per_ord[ord as usize])))
            .collect();
        let by_docs = |a: &(u64, u64), b: &(u64, u64)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if counted.len() > self.segment_size {
            counted.select_nth_unstable_by(self.segment_size, by_docs);
        }
        counted.truncate(self.segment_size);
        // Names not yet cached are read in one pass over the dictionary, in ordinal order.
        let mut unnamed: Vec<u64> = counted
            .iter()
            .map(|&(ord, _)| ord)
            .filter(|&ord| !names.contains_key(&(*facet, ord)))
            .collect();
        unnamed.sort_unstable();
        let mut read = unnamed.iter();
        column
            .dictionary()
            .sorted_ords_to_term_cb(&unnamed, |bytes| {
                if let Some(&ord) = read.next() {
                    let name: Arc<str> = String::from_utf8_lossy(bytes).into();
                    names.insert((*facet, ord), name);
                }
            })?;
        let counts = counted
            .into_iter()
            .filter_map(|(ord, docs)| {
                let name = names.get(&(*facet, ord))?;
                let shown = match aliases {
                    Some((aliases, _)) if aliases.canonical(name) != &**name => {
                        Arc::from(aliases.canonical(name))
                    }
                    _ => Arc::clone(name),
                };
                Some((shown, docs))
            })
            .collect();
        Ok(SegmentBuckets {
            counts,
            all: self.counts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::{build_schema, Fields};
    use tantivy::query::AllQuery;
    use tantivy::{Index, IndexWriter, TantivyDocument};

    /// An index in memory whose documents name these persons, one commit (one segment) per
    /// batch.
    fn index_of(batches: &[&[&[&str]]]) -> (Index, Fields) {
        let index = Index::create_in_ram(build_schema());
        let fields = Fields::new(&index.schema()).unwrap();
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));
        for batch in batches {
            for persons in batch.iter() {
                let mut doc = TantivyDocument::new();
                for person in persons.iter() {
                    doc.add_text(fields.person, person);
                }
                writer.add_document(doc).unwrap();
            }
            writer.commit().unwrap();
        }
        (index, fields)
    }

    /// The `size` top persons of every document, with names cached in `cache`.
    fn count(index: &Index, cache: &ValueCache, size: usize) -> FacetTally {
        count_names(index, cache, size, None)
    }

    /// The `size` top persons of every document, short names counted under `aliases`.
    fn count_names(
        index: &Index,
        cache: &ValueCache,
        size: usize,
        aliases: Option<Arc<NameAliases>>,
    ) -> FacetTally {
        let searcher = index.reader().unwrap().searcher();
        let counting = Counting {
            facet: Facet::Person,
            size,
            aliases,
        };
        let collector = FacetCollector::new(&searcher, cache, vec![counting]);
        searcher.search(&AllQuery, &collector).unwrap().remove(0)
    }

    fn values(tally: &FacetTally) -> Vec<(&str, u64)> {
        tally
            .counts
            .iter()
            .map(|c| (c.value.as_str(), c.count))
            .collect()
    }

    #[test]
    fn counts_merge_segments_and_reuse_their_arrays() {
        let (index, _) = index_of(&[
            &[&["Ann", "Bob"], &["Bob"], &["Cy"], &[]],
            &[&["Bob", "Dee"], &["Ann"], &["Ann", "Cy"]],
        ]);
        let cache = ValueCache::default();
        let tally = count(&index, &cache, 2);
        assert_eq!(tally.facet, Facet::Person);
        // Ann and Bob 3 each (ties in name order), then Cy 2 and Dee 1 left out.
        assert_eq!(values(&tally), [("Ann", 3), ("Bob", 3)]);
        // Counted again with the names cached: the same counts.
        let again = count(&index, &cache, 10);
        assert_eq!(
            values(&again),
            [("Ann", 3), ("Bob", 3), ("Cy", 2), ("Dee", 1)]
        );
        // The searches gave their arrays back, zeroed, one per segment; counted once more
        // with them: the same counts.
        let segments = cache.for_searcher(&index.reader().unwrap().searcher());
        let spare = |facet| -> usize {
            let arrays = segments
                .values()
                .map(|s| lock(&s.spare_arrays).get(&facet).map_or(0, Vec::len));
            arrays.sum()
        };
        assert_eq!(spare(Facet::Person), 2, "one array per segment is kept");
        let third = count(&index, &cache, 10);
        assert_eq!(
            values(&third),
            [("Ann", 3), ("Bob", 3), ("Cy", 2), ("Dee", 1)]
        );
        assert_eq!(spare(Facet::Person), 2);
    }

    #[test]
    fn a_value_shown_is_counted_also_where_a_segment_cut_it_off() {
        // The first segment counts eleven names twice and Xi once: with one value asked, it
        // keeps ten (its `SEGMENT_DEPTH` × 1), which leaves Xi out. The second names Xi five
        // times. Xi is shown, with the document the first segment cut off.
        let names: Vec<String> = (0..11).map(|i| format!("Name{i:02}")).collect();
        let mut first: Vec<Vec<&str>> = names
            .iter()
            .flat_map(|n| [vec![n.as_str()], vec![n.as_str()]])
            .collect();
        first.push(vec!["Xi"]);
        let first: Vec<&[&str]> = first.iter().map(Vec::as_slice).collect();
        let second: Vec<&[&str]> = vec![&["Xi"]; 5];
        let (index, _) = index_of(&[&first, &second]);
        let tally = count(&index, &ValueCache::default(), 1);
        assert_eq!(values(&tally), [("Xi", 6)]);
    }

    #[test]
    fn a_person_is_counted_once_per_document_whatever_forms_name_them() {
        let aliases = Arc::new(NameAliases::new([
            ("Joe Biden", 8),
            ("Joseph R. Biden", 3),
            ("Biden", 5),
            ("Jill Biden", 1),
            ("Peter", 4),
        ]));
        assert_eq!(aliases.canonical("Biden"), "Joe Biden");
        // The first segment writes only the short forms; the second both, in one document
        // with Jill Biden, and a given name alone ("Peter") that stands for no one.
        let (index, _) = index_of(&[
            &[&["Biden"], &["Biden", "Joseph R. Biden"], &["Peter"]],
            &[
                &["Joe Biden", "Biden", "Joseph R. Biden", "Jill Biden"],
                &["Joe Biden"],
                &["Peter", "Jill Biden"],
            ],
        ]);
        let cache = ValueCache::default();
        let tally = count_names(&index, &cache, 10, Some(Arc::clone(&aliases)));
        assert_eq!(values(&tally), [("Joe Biden", 4), ("Jill Biden", 2)]);
        // Without the aliases each form is its own value.
        assert_eq!(
            values(&count(&index, &ValueCache::default(), 10)),
            [
                ("Biden", 3),
                ("Jill Biden", 2),
                ("Joe Biden", 2),
                ("Joseph R. Biden", 2),
                ("Peter", 2)
            ]
        );
        // Asked for one value, each segment keeps ten: Joe Biden is counted in both.
        let top = count_names(&index, &cache, 1, Some(aliases));
        assert_eq!(values(&top), [("Joe Biden", 4)]);
    }

    #[test]
    fn names_are_cached_per_segment_until_it_is_merged_away() {
        let (index, _) = index_of(&[&[&["Ann"], &["Bob"]], &[&["Ann"]]]);
        let cache = ValueCache::default();
        assert_eq!(values(&count(&index, &cache, 10)), [("Ann", 2), ("Bob", 1)]);
        let cached = |cache: &ValueCache| -> Vec<usize> {
            let segments = cache.segments.lock().unwrap();
            let mut sizes: Vec<usize> = segments.values().map(|s| lock(&s.names).len()).collect();
            sizes.sort_unstable();
            sizes
        };
        assert_eq!(cached(&cache), [1, 2]);

        let ids = index.searchable_segment_ids().unwrap();
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.merge(&ids).wait().unwrap();
        writer.wait_merging_threads().unwrap();
        assert_eq!(values(&count(&index, &cache, 10)), [("Ann", 2), ("Bob", 1)]);
        assert_eq!(
            cached(&cache),
            [2],
            "the merged segments' names are dropped"
        );
    }
}
