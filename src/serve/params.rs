//! `/api/search` parameters: the query command's options, read from a URL query string.
//!
//! Filters repeat (`speaker=A&speaker=B`), which serde's flat structs cannot hold, so the
//! pairs are read one by one; every name and value is checked, so a typo gets a 400 that
//! names it instead of being silently ignored.

use crate::error::{Error, Result};
use crate::index::search::{parse_date_bound, Kind, SearchRequest, SortOrder};
use crate::index::Facet;

/// Longest URL query string accepted, in bytes: room for a long query and many filters.
pub const MAX_QUERY_STRING: usize = 16 * 1024;

/// Every parameter name `/api/search` knows, as error messages list them.
pub const PARAMETERS: &str =
    "q, kind, speaker, person, org, place, source, since, until, sort, limit, offset, facets";

fn invalid(what: &'static str, value: &str, problem: impl Into<String>) -> Error {
    Error::InvalidArgument {
        what,
        value: value.to_string(),
        problem: problem.into(),
    }
}

fn number(what: &'static str, value: &str) -> Result<usize> {
    value
        .trim()
        .parse()
        .map_err(|_| invalid(what, value, "expected a whole number"))
}

/// Reads a URL query string (without the `?`) into a search request.
pub fn search_request(query_string: &str) -> Result<SearchRequest> {
    if query_string.len() > MAX_QUERY_STRING {
        return Err(invalid(
            "request",
            &query_string[..query_string.floor_char_boundary(40)],
            format!("query string longer than {MAX_QUERY_STRING} bytes"),
        ));
    }
    let mut request = SearchRequest::default();
    for (name, value) in form_urlencoded::parse(query_string.as_bytes()) {
        let facet = match name.as_ref() {
            "speaker" => Some(Facet::Speaker),
            "person" => Some(Facet::Person),
            "org" => Some(Facet::Organization),
            "place" => Some(Facet::Place),
            "source" => Some(Facet::Source),
            _ => None,
        };
        if let Some(facet) = facet {
            request
                .filters
                .entry(facet)
                .or_default()
                .push(value.into_owned());
            continue;
        }
        // Forms send empty fields; an empty value means the parameter was not given.
        if value.trim().is_empty() && name != "q" {
            continue;
        }
        match name.as_ref() {
            "q" => request.text = value.into_owned(),
            "kind" => {
                request.kind = match value.as_ref() {
                    "articles" => Kind::Articles,
                    "quotes" => Kind::Quotes,
                    _ => return Err(invalid("kind", &value, "expected articles or quotes")),
                }
            }
            "sort" => {
                request.sort = match value.as_ref() {
                    "relevance" => SortOrder::Relevance,
                    "date" => SortOrder::Date,
                    _ => return Err(invalid("sort", &value, "expected relevance or date")),
                }
            }
            "since" => request.since = Some(parse_date_bound(&value, false)?),
            "until" => request.until = Some(parse_date_bound(&value, true)?),
            "limit" => request.limit = number("limit", &value)?,
            "offset" => request.offset = number("offset", &value)?,
            "facets" => request.facet_size = number("facets", &value)?,
            _ => {
                return Err(invalid(
                    "parameter",
                    &name,
                    format!("unknown; known parameters: {PARAMETERS}"),
                ))
            }
        }
    }
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_filters_are_kept_in_order() {
        let request =
            search_request("q=Syria&kind=quotes&speaker=Peter+Cook&speaker=Sergei%20Lavrov&org=UN")
                .unwrap();
        assert_eq!(request.text, "Syria");
        assert_eq!(request.kind, Kind::Quotes);
        assert_eq!(
            request.filters[&Facet::Speaker],
            ["Peter Cook", "Sergei Lavrov"]
        );
        assert_eq!(request.filters[&Facet::Organization], ["UN"]);
    }

    #[test]
    fn empty_form_fields_are_ignored() {
        let request = search_request("q=&since=&until=&limit=").unwrap();
        assert_eq!(request.limit, SearchRequest::default().limit);
        assert!(request.since.is_none());
    }

    #[test]
    fn bad_names_and_values_are_named() {
        for (query, named) in [
            ("kind=people", "people"),
            ("limt=5", "limt"),
            ("limit=ten", "ten"),
            ("sort=random", "random"),
            ("since=yesterday", "yesterday"),
        ] {
            let error = search_request(query).unwrap_err().to_string();
            assert!(error.contains(named), "{query}: {error}");
        }
    }
}
