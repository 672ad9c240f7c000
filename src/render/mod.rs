//! Rendering: results as text for people (optionally with terminal colours) or JSON for
//! programs. The HTTP API serves the same JSON.

use std::fmt::Write;

use crate::eval::entities::EntityScores;
use crate::index::search::{FacetCounts, Highlighted, Hit, QuoteHit, SearchResults, Stats};
use crate::index::writer::IngestSummary;
use crate::index::Facet;

/// How highlighted words are marked in text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// ANSI bold, for a terminal.
    Terminal,
    /// `[word]`, for pipes and files.
    Plain,
}

impl Style {
    fn mark(self, text: &Highlighted) -> String {
        let (open, close) = match self {
            Style::Terminal => ("\x1b[1;33m", "\x1b[0m"),
            Style::Plain => ("[", "]"),
        };
        let mut out = String::with_capacity(text.text.len() + 8);
        let mut at = 0;
        for &[start, end] in &text.highlights {
            out.push_str(&text.text[at..start]);
            out.push_str(open);
            out.push_str(&text.text[start..end]);
            out.push_str(close);
            at = end;
        }
        out.push_str(&text.text[at..]);
        one_line(&out)
    }
}

/// Collapses line breaks and runs of spaces, for display on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn day(date: &Option<String>) -> &str {
    date.as_deref()
        .map_or("undated", |d| d.get(..10).unwrap_or(d))
}

pub fn search_json(results: &SearchResults) -> String {
    serde_json::to_string(results).expect("results serialise")
}

pub fn search_text(results: &SearchResults, style: Style) -> String {
    let mut out = String::new();
    let shown = results.hits.len();
    let _ = writeln!(
        out,
        "{} {} match{} ({} shown, {:.1} ms)\n",
        results.num_hits,
        match results.kind {
            crate::index::search::Kind::Articles => "articles",
            crate::index::search::Kind::Quotes => "quotes",
        },
        if results.num_hits == 1 { "es" } else { "" },
        shown,
        results.elapsed_time_micros as f64 / 1000.0
    );
    let quotes: Vec<&QuoteHit> = results
        .hits
        .iter()
        .filter_map(|h| match h {
            Hit::Quote(q) => Some(q),
            Hit::Article(_) => None,
        })
        .collect();
    if quotes.is_empty() {
        for (n, hit) in results.hits.iter().enumerate() {
            if let Hit::Article(a) = hit {
                let _ = writeln!(out, "{}. {}", n + 1, a.title);
                let _ = writeln!(
                    out,
                    "   {} · {}{}",
                    day(&a.date),
                    a.source.as_deref().unwrap_or("unknown source"),
                    a.url
                        .as_deref()
                        .map(|u| format!(" · {u}"))
                        .unwrap_or_default()
                );
                if !a.speakers.is_empty() {
                    let _ = writeln!(out, "   speakers: {}", a.speakers.join(", "));
                }
                let _ = writeln!(out, "   {}\n", style.mark(&a.highlighted));
            }
        }
    } else {
        // Who said what: the hits grouped by speaker, speakers in order of their best hit.
        let mut speakers: Vec<(Option<&str>, Vec<&QuoteHit>)> = Vec::new();
        for q in quotes {
            let key = q.speaker.as_deref();
            match speakers.iter_mut().find(|(s, _)| *s == key) {
                Some((_, list)) => list.push(q),
                None => speakers.push((key, vec![q])),
            }
        }
        for (speaker, list) in speakers {
            let role = list.iter().find_map(|q| q.speaker_role.as_deref());
            let _ = writeln!(
                out,
                "{}{} — {} quote{}",
                speaker.unwrap_or("(speaker unknown)"),
                role.map(|r| format!(" ({r})")).unwrap_or_default(),
                list.len(),
                if list.len() == 1 { "" } else { "s" }
            );
            for q in list {
                let open = if q.direct { "“" } else { "" };
                let close = if q.direct { "”" } else { " (reported)" };
                let _ = writeln!(out, "  {open}{}{close}", style.mark(&q.highlighted));
                let _ = writeln!(
                    out,
                    "    — {} · {} · {}",
                    q.title,
                    day(&q.date),
                    q.source.as_deref().unwrap_or("unknown source")
                );
            }
            out.push('\n');
        }
    }
    out.push_str(&facets_text(&results.facets));
    out
}

fn facets_text(facets: &FacetCounts) -> String {
    let mut out = String::new();
    for facet in Facet::ALL {
        let counts = facets.get(facet);
        if counts.is_empty() {
            continue;
        }
        let values: Vec<String> = counts
            .iter()
            .map(|c| format!("{} ({})", c.value, c.count))
            .collect();
        let _ = writeln!(out, "{:>12}: {}", facet.name(), values.join(", "));
    }
    out
}

pub fn stats_text(stats: &Stats) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "articles: {}", stats.articles);
    let _ = writeln!(out, "quotes:   {}", stats.quotes);
    let _ = writeln!(
        out,
        "dates:    {} to {}",
        stats.first_date.as_deref().unwrap_or("?"),
        stats.last_date.as_deref().unwrap_or("?")
    );
    for (label, counts) in [
        ("top sources", &stats.top_sources),
        ("top speakers", &stats.top_speakers),
        ("top persons", &stats.top_persons),
        ("top places", &stats.top_places),
    ] {
        let _ = writeln!(out, "{label}:");
        for c in counts {
            let _ = writeln!(out, "  {:>7}  {}", c.count, c.value);
        }
    }
    out
}

pub fn summary_text(summary: &IngestSummary) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} files read ({:.1} MB), {} unchanged, {} failed",
        summary.files_read,
        summary.bytes as f64 / 1e6,
        summary.files_unchanged,
        summary.files_failed
    );
    for (reason, count) in &summary.files_skipped {
        let _ = writeln!(out, "  skipped {count}: {reason}");
    }
    let _ = writeln!(
        out,
        "{} articles indexed: {} quotes, {} entity mentions",
        summary.articles, summary.quotes, summary.entities
    );
    if summary.articles_removed > 0 {
        let _ = writeln!(
            out,
            "{} articles removed (--prune)",
            summary.articles_removed
        );
    }
    if summary.article_errors > 0 || summary.warnings > 0 {
        let _ = writeln!(
            out,
            "{} articles could not be read, {} warnings (listed above)",
            summary.article_errors, summary.warnings
        );
    }
    let _ = writeln!(
        out,
        "{:.2} s, {:.1} MB/s",
        summary.seconds,
        summary.mb_per_second()
    );
    out
}

/// The quote scores for people: what was counted, then the figures.
pub fn quote_scores_text(
    scores: &crate::eval::quotes::QuoteScores,
    options: crate::eval::quotes::ScoreOptions,
) -> String {
    let percent = |x: f64| format!("{:.1}%", x * 100.0);
    let mut out = String::new();
    let which = if options.direct_only && options.direct_by_marks {
        "direct quotes (predictions by the gold's marks)"
    } else if options.direct_only {
        "direct quotes"
    } else {
        "all attributions"
    };
    let _ = writeln!(
        out,
        "{which}, overlap threshold {}: {} gold, {} predicted, {} matched",
        scores.threshold, scores.gold, scores.pred, scores.matched
    );
    let _ = writeln!(
        out,
        "precision {}  recall {}  F1 {}",
        percent(scores.precision),
        percent(scores.recall),
        percent(scores.f1)
    );
    let _ = writeln!(
        out,
        "speaker accuracy on matched quotes {}  attributed F1 {}",
        scores
            .speaker_acc_on_matched
            .map(percent)
            .unwrap_or_else(|| "-".into()),
        percent(scores.attributed_f1)
    );
    out
}

/// Entity scores as a conlleval-style table (percentages).
pub fn entity_scores_text(scores: &EntityScores) -> String {
    let mut out = String::new();
    let o = &scores.overall;
    let _ = writeln!(
        out,
        "processed {} tokens with {} gold entities; found: {}; correct: {}.",
        scores.tokens, o.gold, o.found, o.correct
    );
    let _ = writeln!(
        out,
        "{:<8} {:>9} {:>7} {:>7} {:>6} {:>6} {:>7}",
        "type", "precision", "recall", "F1", "gold", "found", "correct"
    );
    for (name, f) in [("overall", o)].into_iter().chain(scores.by_type()) {
        let _ = writeln!(
            out,
            "{name:<8} {:>8.2}% {:>6.2}% {:>6.2}% {:>6} {:>6} {:>7}",
            100.0 * f.precision,
            100.0 * f.recall,
            100.0 * f.f1,
            f.gold,
            f.found,
            f.correct
        );
    }
    out
}
