//! newsdex's searches as Elasticsearch-style request bodies, which OpenSearch, Elasticsearch
//! and Quickwit's `_elastic` API all accept: the same hits and facet counts from an engine
//! holding the export.
//!
//! One [`SearchRequest`] gives one body for the hits and the facets without a filter, plus
//! one body per filtered facet: disjunctive counts leave out the field's own filter, which a
//! single request cannot do for several fields at once.

use serde_json::{json, Value};

use super::documents::DocKind;
use crate::index::search::{Kind, SearchRequest, SortOrder};
use crate::index::Facet;

/// One terms aggregation per facet, named after it: the engines' form of newsdex's facet
/// counts.
fn terms_aggregations(facets: &[Facet], size: usize) -> Value {
    facets
        .iter()
        .map(|f| {
            (
                f.name().to_string(),
                json!({"terms": {"field": f.name(), "size": size}}),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// One request to send to `{index}/_search`.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineRequest {
    pub kind: DocKind,
    /// None: the hits and the unfiltered facets. Some(facet): that filtered facet's counts.
    pub counts_facet: Option<Facet>,
    pub body: Value,
}

fn rfc3339(date: chrono::DateTime<chrono::Utc>) -> String {
    date.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Text, date range and every filter except `skip`'s, as a bool query.
fn query(request: &SearchRequest, kind: DocKind, skip: Option<Facet>) -> Value {
    let mut must = Vec::new();
    let text = request.text.trim();
    if !text.is_empty() {
        must.push(json!({"query_string": {
            "query": text,
            "fields": kind.default_search_fields(),
            "default_operator": "AND",
        }}));
    }
    let mut filter = Vec::new();
    if request.since.is_some() || request.until.is_some() {
        let mut range = serde_json::Map::new();
        if let Some(since) = request.since {
            range.insert("gte".into(), rfc3339(since).into());
        }
        if let Some(until) = request.until {
            range.insert("lte".into(), rfc3339(until).into());
        }
        filter.push(json!({"range": {"date": range}}));
    }
    for (&facet, values) in &request.filters {
        if Some(facet) == skip || values.is_empty() {
            continue;
        }
        // `should` of `term`s rather than `terms`: every engine here takes it. A bool of
        // should clauses alone matches when one of them does.
        let any_of: Vec<Value> = values
            .iter()
            .map(|value| json!({"term": {facet.name(): value}}))
            .collect();
        filter.push(json!({"bool": {"should": any_of}}));
    }
    // Empty clause lists are left out rather than sent: not every engine takes them.
    let mut clauses = serde_json::Map::new();
    for (occur, list) in [("must", must), ("filter", filter)] {
        if !list.is_empty() {
            clauses.insert(occur.into(), Value::Array(list));
        }
    }
    if clauses.is_empty() {
        return json!({"match_all": {}});
    }
    json!({"bool": clauses})
}

/// The request bodies that answer `request` from an engine holding the export.
pub fn search_bodies(request: &SearchRequest) -> Vec<EngineRequest> {
    let kind = match request.kind {
        Kind::Articles => DocKind::Articles,
        Kind::Quotes => DocKind::Quotes,
    };
    let (filtered, unfiltered) = request.facets_by_filter();
    let mut main = json!({
        "query": query(request, kind, None),
        "from": request.offset,
        "size": request.limit,
        "track_total_hits": true,
        "aggs": terms_aggregations(&unfiltered, request.facet_size),
    });
    if request.sort == SortOrder::Date {
        main["sort"] = json!([{"date": {"order": "desc"}}]);
    }
    let mut bodies = vec![EngineRequest {
        kind,
        counts_facet: None,
        body: main,
    }];
    for facet in filtered {
        bodies.push(EngineRequest {
            kind,
            counts_facet: Some(facet),
            body: json!({
                "query": query(request, kind, Some(facet)),
                "size": 0,
                "aggs": terms_aggregations(&[facet], request.facet_size),
            }),
        });
    }
    bodies
}
