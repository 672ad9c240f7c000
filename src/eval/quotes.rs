//! Quote and speaker scoring against PolNeAR-style gold, matching ../shared/tools/score_quotes.py
//! exactly (GGT-style): a gold quote and a prediction match when their overlap covers at least
//! `threshold` of the gold span; pairs are taken greedily by best overlap, one to one. A matched
//! speaker is right when the speaker spans overlap or the normalised names equal or contain
//! each other.

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::extract::{self, Quote};
use crate::sources::ReadError;

/// One annotated article: `{"id", "text", "quotes": [...]}`.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub id: serde_json::Value,
    pub text: String,
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub speaker: Option<String>,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub speaker_spans: Vec<[usize; 2]>,
    #[serde(default)]
    pub direct: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct ScoreOptions {
    /// Share of the gold span a prediction must cover to match it.
    pub threshold: f64,
    /// Keep only direct gold quotes and direct predictions.
    pub direct_only: bool,
    /// With `direct_only`: a prediction is direct as PolNeAR's gold flag is defined, by the
    /// marks at or inside its span (`GOLD_DIRECT_MARKS`), not by its own `direct` flag.
    pub direct_by_marks: bool,
}

/// The marks PolNeAR's `direct` flag is derived from: a gold attribution is direct exactly when
/// its span holds one of them (true of all 21,827 gold attributions). Two apostrophes (`''`,
/// as the New York Times types quotes) are not among them.
pub const GOLD_DIRECT_MARKS: &[char] = &['"', '“', '”', '„', '«', '»'];

/// Whether the code-point span `start..end` of `text` holds, or is enclosed by, one of the
/// `GOLD_DIRECT_MARKS`. Gold spans include their marks; newsdex's direct quotes start inside
/// them, hence the one code point either side.
fn marked_as_gold(text: &[char], start: usize, end: usize) -> bool {
    let from = start.saturating_sub(1).min(text.len());
    let to = (end + 1).min(text.len()).max(from);
    text[from..to].iter().any(|c| GOLD_DIRECT_MARKS.contains(c))
}

impl Default for ScoreOptions {
    fn default() -> Self {
        ScoreOptions {
            threshold: 0.3,
            direct_only: false,
            direct_by_marks: false,
        }
    }
}

/// The figures score_quotes.py prints, under the same names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteScores {
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub speaker_acc_on_matched: Option<f64>,
    pub end_to_end_speaker_recall: Option<f64>,
    pub attributed_f1: f64,
    pub threshold: f64,
}

/// Reads a gold file: one annotated article a JSON line.
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>, ReadError> {
    let file = std::fs::File::open(path).map_err(|e| ReadError::new(path, None, e.to_string()))?;
    crate::batch::read_json_lines(
        std::io::BufReader::new(file),
        path,
        "gold article {\"id\", \"text\", \"quotes\"}",
    )
    .collect()
}

/// Runs extraction on every gold text, in parallel; quotes by article id.
pub fn predict(gold: &[GoldArticle]) -> HashMap<String, Vec<Quote>> {
    gold.par_iter()
        .map(|article| (id_key(&article.id), extract::extract(&article.text).quotes))
        .collect()
}

/// Scores `predictions` (by article id) against `gold`.
pub fn score(
    gold: &[GoldArticle],
    predictions: &HashMap<String, Vec<Quote>>,
    options: ScoreOptions,
) -> QuoteScores {
    let (mut n_gold, mut n_pred, mut matched, mut speaker_right) = (0, 0, 0, 0);
    for article in gold {
        let gold_quotes: Vec<&GoldQuote> = article
            .quotes
            .iter()
            .filter(|q| !options.direct_only || q.direct)
            .collect();
        let text: Vec<char> = if options.direct_only && options.direct_by_marks {
            article.text.chars().collect()
        } else {
            Vec::new()
        };
        let is_direct = |p: &Quote| {
            if options.direct_by_marks {
                marked_as_gold(&text, p.start, p.end)
            } else {
                p.direct
            }
        };
        let predicted: Vec<&Quote> = predictions
            .get(&id_key(&article.id))
            .map(|quotes| {
                quotes
                    .iter()
                    .filter(|p| !options.direct_only || is_direct(p))
                    .collect()
            })
            .unwrap_or_default();
        n_gold += gold_quotes.len();
        n_pred += predicted.len();
        let mut candidates = Vec::new();
        for (gi, g) in gold_quotes.iter().enumerate() {
            let gold_len = g.end.saturating_sub(g.start).max(1) as f64;
            for (pi, p) in predicted.iter().enumerate() {
                let overlap = g.end.min(p.end).saturating_sub(g.start.max(p.start)) as f64;
                let share = overlap / gold_len;
                if share >= options.threshold {
                    candidates.push((share, gi, pi));
                }
            }
        }
        // Best overlap first; ties as Python's reverse tuple sort breaks them.
        candidates.sort_by(|a, b| b.partial_cmp(a).expect("overlaps are finite"));
        let mut gold_used = vec![false; gold_quotes.len()];
        let mut pred_used = vec![false; predicted.len()];
        for (_, gi, pi) in candidates {
            if gold_used[gi] || pred_used[pi] {
                continue;
            }
            gold_used[gi] = true;
            pred_used[pi] = true;
            matched += 1;
            speaker_right += usize::from(speaker_ok(gold_quotes[gi], predicted[pi]));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let f1 = |p: f64, r: f64| {
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    let (precision, recall) = (ratio(matched, n_pred), ratio(matched, n_gold));
    let (attributed_p, attributed_r) = (ratio(speaker_right, n_pred), ratio(speaker_right, n_gold));
    QuoteScores {
        gold: n_gold,
        pred: n_pred,
        matched,
        precision: round4(precision),
        recall: round4(recall),
        f1: round4(f1(precision, recall)),
        speaker_acc_on_matched: (matched > 0).then(|| round4(ratio(speaker_right, matched))),
        end_to_end_speaker_recall: (n_gold > 0).then(|| round4(ratio(speaker_right, n_gold))),
        attributed_f1: round4(f1(attributed_p, attributed_r)),
        threshold: options.threshold,
    }
}

/// Article ids compare as score_quotes.py's dict keys do: strings as themselves, numbers as
/// their JSON text.
pub fn id_key(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn speaker_ok(gold: &GoldQuote, predicted: &Quote) -> bool {
    let spans_overlap = gold
        .speaker_spans
        .iter()
        .any(|&[a, b]| predicted.speaker_spans.iter().any(|&[c, d]| a < d && c < b));
    if spans_overlap {
        return true;
    }
    let gold_name = normalise_speaker(gold.speaker.as_deref().unwrap_or(""));
    let predicted_name = normalise_speaker(predicted.speaker.as_deref().unwrap_or(""));
    if gold_name.is_empty() || predicted_name.is_empty() {
        return gold_name == predicted_name;
    }
    gold_name.contains(&predicted_name) || predicted_name.contains(&gold_name)
}

/// Titles score_quotes.py strips before comparing names.
const SCORER_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "president",
];

/// Lower-cased words of `name` joined by single spaces, titles ("Mr.", "Prime Minister")
/// removed, as score_quotes.py's `norm`.
pub fn normalise_speaker(name: &str) -> String {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '_';
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in name.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, name.len()));
    }
    let lower: Vec<String> = words
        .iter()
        .map(|&(s, e)| name[s..e].to_lowercase())
        .collect();
    let mut kept = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let prime_minister = lower[k] == "prime"
            && lower.get(k + 1).is_some_and(|w| w == "minister")
            && &name[words[k].1..words[k + 1].0] == " ";
        if prime_minister {
            k += 2;
        } else {
            if !SCORER_TITLES.contains(&lower[k].as_str()) {
                kept.push(lower[k].as_str());
            }
            k += 1;
        }
    }
    kept.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(start: usize, end: usize, speaker: &str, direct: bool) -> Quote {
        Quote {
            quote: String::new(),
            speaker: Some(speaker.to_string()),
            speaker_role: None,
            speaker_spans: Vec::new(),
            speaker_anonymous: false,
            cue: None,
            start,
            end,
            spans: vec![[start, end]],
            direct,
        }
    }

    fn gold_quote(start: usize, end: usize, speaker: &str, direct: bool) -> GoldQuote {
        GoldQuote {
            speaker: Some(speaker.to_string()),
            start,
            end,
            speaker_spans: Vec::new(),
            direct,
        }
    }

    #[test]
    fn names_are_normalised_as_the_scorer_does() {
        assert_eq!(normalise_speaker("Mr. Shoigu"), "shoigu");
        assert_eq!(
            normalise_speaker("Prime Minister Theresa May"),
            "theresa may"
        );
        assert_eq!(
            normalise_speaker("Prime  Minister May"),
            "prime minister may"
        );
        assert_eq!(normalise_speaker("Mrs Clinton's aide"), "clinton s aide");
        assert_eq!(normalise_speaker("Sen. Rep"), "");
    }

    #[test]
    fn greedy_matching_counts_precision_recall_and_speakers() {
        let gold = vec![GoldArticle {
            id: serde_json::json!("a"),
            text: String::new(),
            quotes: vec![
                gold_quote(0, 100, "Mr. Trump", true),
                gold_quote(200, 300, "a source", false),
                gold_quote(400, 500, "Clinton", true),
            ],
        }];
        let predictions = HashMap::from([(
            "a".to_string(),
            vec![
                quote(10, 100, "Donald Trump", true), // 0.9 of gold 0, speaker contains "trump"
                quote(250, 300, "Pence", false),      // 0.5 of gold 1, speaker wrong
                quote(490, 500, "Clinton", true),     // 0.1 of gold 2: below the threshold
                quote(600, 700, "Obama", true),       // matches nothing
            ],
        )]);
        let all = score(&gold, &predictions, ScoreOptions::default());
        assert_eq!((all.gold, all.pred, all.matched), (3, 4, 2));
        assert_eq!(all.precision, 0.5);
        assert_eq!(all.recall, 0.6667);
        assert_eq!(all.speaker_acc_on_matched, Some(0.5));
        // attributed: P = 1/4, R = 1/3
        assert_eq!(all.attributed_f1, 0.2857);
        let direct = score(
            &gold,
            &predictions,
            ScoreOptions {
                direct_only: true,
                ..ScoreOptions::default()
            },
        );
        assert_eq!((direct.gold, direct.pred, direct.matched), (2, 3, 1));
    }

    #[test]
    fn direct_by_marks_reads_the_marks_around_a_prediction_not_its_flag() {
        let text = "A said \u{201c}yes\u{201d}. B said ''no''. C said maybe.";
        let at = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
        let (yes, no, maybe) = (at("yes"), at("no''"), at("maybe"));
        let gold = vec![GoldArticle {
            id: serde_json::json!("m"),
            text: text.to_string(),
            quotes: vec![gold_quote(yes - 1, yes + 4, "A", true)],
        }];
        let predictions = HashMap::from([(
            "m".to_string(),
            vec![
                quote(yes, yes + 3, "A", true),     // inside curly marks
                quote(no, no + 2, "B", true),       // inside two apostrophes: not by the marks
                quote(maybe, maybe + 5, "C", true), // no marks at all
            ],
        )]);
        let options = |direct_by_marks| ScoreOptions {
            direct_only: true,
            direct_by_marks,
            ..ScoreOptions::default()
        };
        let by_flag = score(&gold, &predictions, options(false));
        assert_eq!((by_flag.pred, by_flag.matched), (3, 1));
        let by_marks = score(&gold, &predictions, options(true));
        assert_eq!((by_marks.pred, by_marks.matched), (1, 1));
        assert_eq!(by_marks.precision, 1.0);
    }

    #[test]
    fn one_prediction_matches_one_gold_quote() {
        let gold = vec![GoldArticle {
            id: serde_json::json!(7),
            text: String::new(),
            quotes: vec![gold_quote(0, 10, "A", true), gold_quote(10, 20, "A", true)],
        }];
        let predictions = HashMap::from([("7".to_string(), vec![quote(0, 20, "A", true)])]);
        let scores = score(&gold, &predictions, ScoreOptions::default());
        assert_eq!(scores.matched, 1);
        assert_eq!(scores.recall, 0.5);
    }
}
