//! Query latency with facet counts, in process, over a fixed list of queries
//! (benches/queries.tsv) against an index built by benches/run.sh.
//!
//! `NEWSDEX_BENCH_INDEX=DIR cargo bench --bench query_latency` prints p50 / p99 / max per query
//! kind and, last, one JSON line. Without an index it says so and exits successfully, so
//! `cargo bench` works on a machine without ../shared.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use newsdex::index::search::{parse_date_bound, Archive, Kind, SearchRequest};
use newsdex::index::Facet;

// The allocator the newsdex binary uses (src/main.rs), so that the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const WARM_UP_ROUNDS: usize = 3;
const ROUNDS: usize = 20;

/// `NAME` from the environment as a count, else `default`: fewer rounds make a run short
/// enough for `valgrind --tool=callgrind`, whose instruction counts machine noise does not move.
fn rounds_from_env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One line of queries.tsv: `articles|quotes <TAB> query text <TAB> filters`, filters as
/// `speaker=Donald Trump;place=Syria;since=2017;until=2017-06` (may be empty).
fn parse_line(line: &str) -> SearchRequest {
    let mut fields = line.split('\t');
    let kind = match fields.next() {
        Some("quotes") => Kind::Quotes,
        _ => Kind::Articles,
    };
    let mut request = SearchRequest {
        text: fields.next().unwrap_or("").to_string(),
        kind,
        ..SearchRequest::default()
    };
    for filter in fields
        .next()
        .unwrap_or("")
        .split(';')
        .filter(|f| !f.is_empty())
    {
        let (name, value) = filter.split_once('=').expect("filter is name=value");
        let facet = match name {
            "speaker" => Facet::Speaker,
            "person" => Facet::Person,
            "org" => Facet::Organization,
            "place" => Facet::Place,
            "source" => Facet::Source,
            "since" => {
                request.since = Some(parse_date_bound(value, false).expect("valid date"));
                continue;
            }
            "until" => {
                request.until = Some(parse_date_bound(value, true).expect("valid date"));
                continue;
            }
            other => panic!("unknown filter {other} in queries.tsv"),
        };
        request
            .filters
            .entry(facet)
            .or_default()
            .push(value.to_string());
    }
    request
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let index = std::env::var_os("NEWSDEX_BENCH_INDEX")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/bench/index-2"));
    if !index.join("meta.json").exists() {
        println!(
            "query_latency: skipped, no index at {} (benches/run.sh builds one from ../shared/data/bench-news)",
            index.display()
        );
        return;
    }
    let archive = Archive::open(&index).expect("the bench index opens");
    let queries: Vec<(String, SearchRequest)> = include_str!("queries.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| (l.to_string(), parse_line(l)))
        .collect();
    let warm_up_rounds = rounds_from_env("NEWSDEX_BENCH_WARM_UP", WARM_UP_ROUNDS);
    let rounds = rounds_from_env("NEWSDEX_BENCH_ROUNDS", ROUNDS).max(1);
    for _ in 0..warm_up_rounds {
        for (_, request) in &queries {
            archive.search(request).expect("bench query runs");
        }
    }
    let mut by_kind: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    let mut slowest: Vec<(Duration, &str)> = Vec::new();
    for _ in 0..rounds {
        for (line, request) in &queries {
            let started = Instant::now();
            archive.search(request).expect("bench query runs");
            let took = started.elapsed();
            let kind = if request.kind == Kind::Quotes {
                "quotes"
            } else {
                "articles"
            };
            by_kind.entry(kind).or_default().push(took);
            by_kind.entry("all").or_default().push(took);
            slowest.push((took, line));
        }
    }
    let mut summary = serde_json::Map::new();
    for (kind, times) in &mut by_kind {
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{kind:>8}: {} queries x {rounds}: p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
            times.len() / rounds,
            ms(percentile(times, 0.5)),
            ms(percentile(times, 0.99)),
            ms(*times.last().unwrap())
        );
        summary.insert(
            kind.to_string(),
            serde_json::json!({"p50_ms": ms(percentile(times, 0.5)), "p99_ms": ms(percentile(times, 0.99))}),
        );
    }
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    slowest.dedup_by_key(|s| s.1);
    for (took, line) in slowest.iter().take(3) {
        println!(
            "slow: {:.2} ms  {}",
            took.as_secs_f64() * 1000.0,
            line.replace('\t', " | ")
        );
    }
    println!("{}", serde_json::Value::Object(summary));
}
