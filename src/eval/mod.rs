//! Evaluation against annotated data: reading CoNLL files and scoring the extractors the way
//! the standard tools do. Reads files; the extractors themselves stay pure.

pub mod conll;
pub mod entities;
