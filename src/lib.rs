//! newsdex: turn a directory of news articles into a searchable archive of who said what.
//!
//! The modules follow the data: [`sources`] read files into [`article::Article`]s,
//! [`extract`] finds quotes, speakers and entities, [`index`] writes and searches the
//! tantivy index, and [`render`] turns results into text or JSON. The CLI (`src/main.rs`)
//! and the HTTP server are thin shells over this library.

pub mod article;
pub mod error;
pub mod eval;
pub mod extract;
pub mod index;
pub mod render;
pub mod sources;
