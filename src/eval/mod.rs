//! Evaluation against annotated data: newsdex scores its own extraction the way the standard
//! tools do (score_quotes.py for quotes, conlleval for entities). Reads files; the extractors
//! themselves stay pure.

pub mod conll;
pub mod entities;
pub mod quotes;
