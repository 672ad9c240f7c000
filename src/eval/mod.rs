//! Evaluation: newsdex scores its own extraction against annotated data.

pub mod quotes;
