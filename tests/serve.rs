//! `newsdex serve` end to end: a server started on a free loopback port over an index of
//! sample-corpus/, asked over HTTP. Search answers are compared with `newsdex query --json`
//! on the same parameters; the page is driven in headless Chromium by e2e/serve.mjs.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::{nasty_queries, newsdex, stats, success_json, write_news};

fn ingest(index: &Path, paths: &[&Path]) {
    success_json(
        newsdex()
            .args(["ingest", "--json", "--index"])
            .arg(index)
            .args(paths),
    );
}

/// The index of sample-corpus/, built once for this test binary.
fn sample_index() -> &'static Path {
    static INDEX: OnceLock<PathBuf> = OnceLock::new();
    INDEX.get_or_init(|| {
        let index = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-sample-index");
        let _ = std::fs::remove_dir_all(&index);
        ingest(
            &index,
            &[&Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-corpus")],
        );
        index
    })
}

/// A running `newsdex serve`, stopped when dropped.
struct Server {
    child: Child,
    base: String,
    agent: ureq::Agent,
}

impl Server {
    fn start(index: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsdex"))
            .args(["serve", "--addr", "127.0.0.1:0", "--index"])
            .arg(index)
            .env_remove("NEWSDEX_INDEX")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let base = first
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("first line: {first:?}"))
            .to_string();
        assert!(base.starts_with("http://127.0.0.1:"), "{base}");
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        Server { child, base, agent }
    }

    /// Status, content type and body of a GET.
    fn get(&self, path: &str) -> (u16, String, String) {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.base))
            .call()
            .unwrap();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        let body = response.body_mut().read_to_string().unwrap();
        (response.status().as_u16(), content_type, body)
    }

    fn json(&self, path: &str) -> Value {
        let (status, content_type, body) = self.get(path);
        assert_eq!(status, 200, "{path}: {body}");
        assert!(
            content_type.starts_with("application/json"),
            "{content_type}"
        );
        serde_json::from_str(&body).unwrap()
    }

    /// Sends SIGINT, as Ctrl-C does, and returns whether the server exited cleanly in time.
    fn interrupt(mut self) -> bool {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn without_timing(mut results: Value) -> Value {
    results
        .as_object_mut()
        .unwrap()
        .remove("elapsed_time_micros")
        .expect("elapsed_time_micros");
    results
}

/// `newsdex query --json` with the options that mirror the URL parameters.
fn query_json(index: &Path, params: &[(&str, &str)]) -> Value {
    let mut cmd = newsdex();
    cmd.arg("query").arg("--json").arg("--index").arg(index);
    for &(name, value) in params {
        match name {
            "q" => cmd.arg(value),
            "kind" if value == "quotes" => cmd.arg("--quotes"),
            "kind" => &mut cmd,
            _ => cmd.arg(format!("--{name}")).arg(value),
        };
    }
    success_json(&mut cmd)
}

fn url(params: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in params {
        query.append_pair(name, value);
    }
    format!("/api/search?{}", query.finish())
}

fn top_values(results: &Value, facet: &str, n: usize) -> Vec<String> {
    results["facets"][facet]
        .as_array()
        .unwrap()
        .iter()
        .take(n)
        .map(|c| c["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn search_answers_exactly_what_query_json_prints() {
    let index = sample_index();
    let server = Server::start(index);
    let syria = server.json(&url(&[("q", "Syria"), ("kind", "quotes")]));
    assert!(syria["num_hits"].as_u64().unwrap() > 0);
    let speakers = top_values(&syria, "speaker", 2);
    let everything = server.json(&url(&[("kind", "articles"), ("facets", "5")]));
    let places = top_values(&everything, "place", 2);
    let sources = top_values(&everything, "source", 1);
    let persons = top_values(&everything, "person", 1);
    let orgs = top_values(&everything, "organization", 1);

    let cases: Vec<Vec<(&str, &str)>> = vec![
        vec![],
        vec![("q", "Syria"), ("kind", "quotes")],
        vec![
            ("q", "Syria"),
            ("kind", "quotes"),
            ("speaker", &speakers[0]),
            ("speaker", &speakers[1]),
        ],
        vec![
            ("place", &places[0]),
            ("place", &places[1]),
            ("sort", "date"),
        ],
        vec![("source", &sources[0]), ("person", &persons[0])],
        vec![("org", &orgs[0]), ("kind", "quotes"), ("limit", "3")],
        vec![
            ("q", "president OR minister"),
            ("since", "2020"),
            ("until", "2021-06"),
        ],
        vec![("q", "\"White House\""), ("limit", "5"), ("offset", "5")],
        vec![
            ("kind", "quotes"),
            ("sort", "date"),
            ("limit", "0"),
            ("facets", "3"),
        ],
    ];
    for params in cases {
        let api = server.json(&url(&params));
        let cli = query_json(index, &params);
        assert_eq!(without_timing(api), without_timing(cli), "{params:?}");
    }
}

#[test]
fn facet_counts_are_disjunctive_and_filters_combine() {
    let server = Server::start(sample_index());
    let all = server.json(&url(&[("kind", "quotes"), ("q", "said OR says")]));
    let speakers = &all["facets"]["speaker"];
    let (a, b) = (&speakers[0], &speakers[1]);
    let one = server.json(&url(&[
        ("kind", "quotes"),
        ("q", "said OR says"),
        ("speaker", a["value"].as_str().unwrap()),
    ]));
    assert_eq!(one["num_hits"], a["count"]);
    // The filtered field is counted without its own filter: the same counts as before.
    assert_eq!(one["facets"]["speaker"], all["facets"]["speaker"]);
    for hit in one["hits"].as_array().unwrap() {
        assert_eq!(hit["speaker"], a["value"]);
    }
    // Two values of one field are OR'd.
    let two = server.json(&url(&[
        ("kind", "quotes"),
        ("q", "said OR says"),
        ("speaker", a["value"].as_str().unwrap()),
        ("speaker", b["value"].as_str().unwrap()),
    ]));
    assert_eq!(
        two["num_hits"].as_u64().unwrap(),
        a["count"].as_u64().unwrap() + b["count"].as_u64().unwrap()
    );
    // Another field is AND'd: its counts now cover only the two speakers' quotes.
    let place_total: u64 = two["facets"]["place"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .max()
        .unwrap_or(0);
    assert!(place_total <= two["num_hits"].as_u64().unwrap());
}

#[test]
fn pages_follow_each_other() {
    let server = Server::start(sample_index());
    let key = |hit: &Value| format!("{}|{}", hit["article_id"], hit["quote"]);
    let whole = server.json(&url(&[
        ("kind", "quotes"),
        ("sort", "date"),
        ("limit", "24"),
    ]));
    let whole: Vec<String> = whole["hits"].as_array().unwrap().iter().map(key).collect();
    assert_eq!(whole.len(), 24);
    let mut paged = Vec::new();
    for offset in ["0", "8", "16"] {
        let page = server.json(&url(&[
            ("kind", "quotes"),
            ("sort", "date"),
            ("limit", "8"),
            ("offset", offset),
        ]));
        paged.extend(page["hits"].as_array().unwrap().iter().map(key));
    }
    assert_eq!(paged, whole);
    let past_the_end = server.json(&url(&[("kind", "quotes"), ("offset", "99990")]));
    assert_eq!(past_the_end["hits"], serde_json::json!([]));
    assert!(past_the_end["num_hits"].as_u64().unwrap() > 0);
}

#[test]
fn bad_requests_get_400_with_the_problem_named() {
    let server = Server::start(sample_index());
    let long_query = "a".repeat(10_001);
    let long_url = format!("q=x&speaker={}", "b".repeat(17_000));
    let cases = [
        ("/api/search?q=%22unclosed", "invalid query"),
        ("/api/search?q=(Syria", "invalid query"),
        ("/api/search?kind=people", "people"),
        ("/api/search?sort=random", "random"),
        ("/api/search?limit=5000", "at most 1000"),
        ("/api/search?limit=-1", "whole number"),
        ("/api/search?facets=5000", "at most 1000"),
        ("/api/search?offset=100000", "offset"),
        ("/api/search?since=yesterday", "yesterday"),
        ("/api/search?until=2015-13", "2015-13"),
        ("/api/search?speakers=Obama", "unknown"),
        (&format!("/api/search?q={long_query}"), "longer than 10000"),
        (&format!("/api/search?{long_url}"), "longer than 16384"),
    ];
    for (path, problem) in cases {
        let (status, content_type, body) = server.get(path);
        assert_eq!(status, 400, "{path}: {body}");
        assert!(content_type.starts_with("application/json"));
        let error: Value = serde_json::from_str(&body).unwrap();
        let message = error["error"].as_str().unwrap();
        assert!(message.contains(problem), "{path}: {message}");
    }
    for path in [
        "/nope",
        "/api/search/x",
        "/api/articles/0000000000000000",
        "/api",
    ] {
        let (status, _, body) = server.get(path);
        assert_eq!(status, 404, "{path}: {body}");
        let error: Value = serde_json::from_str(&body).unwrap();
        assert!(error["error"].is_string(), "{body}");
    }
    let mut post = server
        .agent
        .post(format!("{}/api/search", server.base))
        .send_empty()
        .unwrap();
    assert_eq!(post.status().as_u16(), 405);
    let error: Value = serde_json::from_str(&post.body_mut().read_to_string().unwrap()).unwrap();
    assert!(error["error"].as_str().unwrap().contains("use GET"));
    // Still serving after all that.
    assert_eq!(server.get("/healthz").0, 200);
}

#[test]
fn concurrent_requests_all_get_their_answer() {
    let server = Server::start(sample_index());
    let expected = server.json(&url(&[("q", "Syria"), ("kind", "quotes")]));
    // 8 clients, 12 requests each: more than the searches allowed at once, so some wait.
    std::thread::scope(|scope| {
        for client in 0..8 {
            let (server, expected) = (&server, &expected);
            scope.spawn(move || {
                for n in 0..12 {
                    if (client + n) % 3 == 0 {
                        assert_eq!(server.get("/api/search?kind=nope").0, 400);
                    } else {
                        let got = server.json(&url(&[("q", "Syria"), ("kind", "quotes")]));
                        assert_eq!(got["hits"], expected["hits"]);
                    }
                }
            });
        }
    });
}

/// Code points `start..end` of `text`: the API's offsets count code points.
fn slice(text: &str, [start, end]: [usize; 2]) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn article_comes_whole_with_its_quotes_and_entities_marked() {
    let server = Server::start(sample_index());
    let found = server.json(&url(&[("q", "Syria"), ("kind", "quotes"), ("limit", "1")]));
    let hit = &found["hits"][0];
    let id = hit["article_id"].as_str().unwrap();
    let article = server.json(&format!("/api/articles/{id}"));
    assert_eq!(article["id"], id);
    assert_eq!(article["title"], hit["title"]);
    let body = article["body"].as_str().unwrap();
    let quotes = article["quotes"].as_array().unwrap();
    assert!(
        quotes.iter().any(|q| q["quote"] == hit["quote"]),
        "the hit's quote is not among the article's"
    );
    // A quote split around its attribution has several pieces: each lies within the quote's
    // start and end, and its words are the quote's.
    for quote in quotes {
        let (start, end) = (
            quote["start"].as_u64().unwrap(),
            quote["end"].as_u64().unwrap(),
        );
        let text = quote["quote"].as_str().unwrap();
        for piece in quote["spans"].as_array().unwrap() {
            let piece = [piece[0].as_u64().unwrap(), piece[1].as_u64().unwrap()];
            assert!(start <= piece[0] && piece[1] <= end, "{quote}");
            let words = slice(body, [piece[0] as usize, piece[1] as usize]);
            assert!(text.contains(words.trim()), "{quote}");
        }
    }
    let entities = article["entities"].as_array().unwrap();
    assert!(!entities.is_empty());
    for entity in entities {
        let span = [
            entity["start"].as_u64().unwrap() as usize,
            entity["end"].as_u64().unwrap() as usize,
        ];
        assert_eq!(slice(body, span), entity["text"].as_str().unwrap());
    }
}

#[test]
fn stats_health_and_page_are_served() {
    let index = sample_index();
    let server = Server::start(index);
    assert_eq!(server.json("/api/stats"), stats(index));
    assert_eq!(
        server.get("/healthz"),
        (200, "text/plain; charset=utf-8".into(), "ok\n".into())
    );
    for (path, content_type, needle) in [
        ("/", "text/html", "<form id=\"search\""),
        ("/app.js", "text/javascript", "/api/search?"),
        ("/style.css", "text/css", "mark.quote"),
    ] {
        let (status, got_type, body) = server.get(path);
        assert_eq!(status, 200, "{path}");
        assert!(got_type.starts_with(content_type), "{path}: {got_type}");
        assert!(body.contains(needle), "{path}");
    }
}

#[test]
fn sees_new_commits_and_stops_cleanly_on_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let write = |name: &str, title: &str| {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!("{title}\n\nThe mayor said the bridge would reopen in spring.\n"),
        )
        .unwrap();
        path
    };
    ingest(&index, &[&write("one.txt", "Bridge closed")]);
    let server = Server::start(&index);
    assert_eq!(server.json("/api/stats")["articles"], 1);
    ingest(&index, &[&write("two.txt", "Bridge reopens")]);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let found = server.json(&url(&[("q", "reopens")]));
        if found["num_hits"] == 1 {
            break;
        }
        assert!(Instant::now() < deadline, "the new article never showed up");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        server.interrupt(),
        "the server did not exit cleanly on SIGINT"
    );
}

#[test]
fn refuses_an_index_that_is_not_there() {
    let dir = tempfile::tempdir().unwrap();
    newsdex()
        .args(["serve", "--addr", "127.0.0.1:0", "--index"])
        .arg(dir.path().join("missing"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a newsdex index"));
}

/// Where the browser test finds what it needs: .ci/run installs both.
fn browser_test_ready() -> Result<(), String> {
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e");
    if !Path::new("/usr/bin/chromium").exists() {
        return Err("/usr/bin/chromium is missing (apt-get install chromium)".into());
    }
    if !e2e.join("node_modules/playwright-core").is_dir() {
        return Err("e2e/node_modules is missing (cd e2e && npm ci)".into());
    }
    Ok(())
}

#[test]
fn browser_search_quotes_and_filter_by_speaker() {
    if let Err(missing) = browser_test_ready() {
        // CI installs both, so there a missing piece is a failure; elsewhere say what to do.
        assert!(std::env::var_os("CI").is_none(), "{missing}");
        eprintln!("skipping the browser test: {missing}");
        return;
    }
    let server = Server::start(sample_index());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shots = root.join("target/e2e");
    let out = Command::new("node")
        .arg(root.join("e2e/serve.mjs"))
        .arg(&server.base)
        .arg(&shots)
        .arg("Syria")
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("checks passed"), "{stdout}");
    assert!(shots.join("serve.png").is_file());
    assert!(server.interrupt());
}

/// The status of a GET sent over a bare connection, for requests the HTTP client refuses.
fn raw_status(server: &Server, path: &str) -> u16 {
    use std::io::{Read, Write};
    let address = server.base.strip_prefix("http://").unwrap();
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).unwrap_or_default();
    status.parse().unwrap_or_else(|_| panic!("{response}"))
}

/// Every nasty query and parameter gets 200 and the search JSON, or 400 and the error JSON;
/// a URL over 64 KB, hyper's 414.
#[test]
fn nasty_queries_and_parameters_answer_or_explain() {
    let server = Server::start(sample_index());
    let mut paths: Vec<String> = nasty_queries()
        .iter()
        .flat_map(|q| [url(&[("q", q)]), url(&[("q", q), ("kind", "quotes")])])
        .collect();
    for raw in [
        "q=%zz",
        "q=%",
        "q=%00",
        "&&&",
        "=x",
        "q",
        "q=a&q=b",
        "limit=99999999999999999999999",
        "limit=1e3",
        "limit=+5",
        "limit=%20",
        "offset=18446744073709551615",
        "offset=99990",
        "facets=0",
        "facets=-0",
        "kind=",
        "kind=%00",
        "sort=DATE",
        "since=0000",
        "until=9999-12",
        "since=2015-02-30",
        "until=-1",
        "speaker=",
        "speaker=%FF%FE",
        "place=%F0%9F%87%BA%F0%9F%87%A6",
    ] {
        paths.push(format!("/api/search?{raw}"));
    }
    for path in paths {
        let shown: String = path.chars().take(80).collect();
        if path.len() > 60_000 {
            // Longer than the HTTP client sends; hyper refuses it before the API sees it.
            assert_eq!(raw_status(&server, &path), 414, "{shown}");
            continue;
        }
        let (status, content_type, body) = server.get(&path);
        assert!(content_type.starts_with("application/json"), "{shown}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        match status {
            200 => assert!(answer["num_hits"].is_u64(), "{shown}: {body}"),
            400 => assert!(answer["error"].as_str().is_some_and(|e| !e.is_empty())),
            _ => panic!("{shown}: {status} {body}"),
        }
    }
    assert_eq!(server.get("/healthz").0, 200);
}

/// While an ingest commits every second, the server keeps answering, each answer from one
/// whole commit: as many quotes as the articles give, facet counts that add up to the hits
/// (every article has one of five sources).
#[test]
fn answers_stay_whole_while_an_ingest_commits() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let news = write_news(&corpus, 40, 50);
    let index = dir.path().join("index");
    let mut ingest = Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .args(["ingest", "--commit-every", "1", "--index"])
        .arg(&index)
        .arg(&corpus)
        .env_remove("NEWSDEX_INDEX")
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The index exists (empty) as soon as ingest has created it.
    while !index.join("meta.json").exists() {
        assert!(ingest.try_wait().unwrap().is_none(), "ingest ended early");
        std::thread::sleep(Duration::from_millis(10));
    }
    let server = Server::start(&index);
    let mut last = 0;
    while ingest.try_wait().unwrap().is_none() {
        let stats = server.json("/api/stats");
        let articles = stats["articles"].as_u64().unwrap();
        assert_eq!(
            stats["quotes"].as_u64().unwrap(),
            articles * news.quotes_per_article as u64,
            "half an article: {stats}"
        );
        assert!(articles >= last, "{articles} after {last}");
        last = articles;
        let found = server.json(&url(&[("q", "Geneva OR talking"), ("kind", "quotes")]));
        let sources: u64 = found["facets"]["source"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["count"].as_u64().unwrap())
            .sum();
        assert_eq!(sources, found["num_hits"].as_u64().unwrap(), "{found}");
    }
    assert!(ingest.wait().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.json("/api/stats")["articles"] != news.articles {
        assert!(Instant::now() < deadline, "the last commit never showed up");
        std::thread::sleep(Duration::from_millis(100));
    }
}
