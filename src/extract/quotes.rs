//! Quotes and speakers (placeholder until the quote finder lands: finds nothing).

use super::text::Document;
use super::{EntityMention, Quote};

pub fn find(_doc: &Document, _entities: &[EntityMention]) -> Vec<Quote> {
    Vec::new()
}
