//! `newsdex serve`: the search API over HTTP and a faceted-search page, both thin shells over
//! [`Archive`]. Read-only: the index is opened for reading, and the reader picks up the
//! commits of a running `newsdex ingest` shortly after they land.
//!
//! Endpoints: `GET /api/search` (the JSON of `newsdex query --json`), `GET /api/articles/{id}`,
//! `GET /api/stats`, `GET /healthz`, and the page at `/` with its script and style sheet.

pub mod params;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Path as UrlPath, RawQuery, State};
use axum::http::{header, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use tokio::sync::Semaphore;

use crate::error::{Error, Result};
use crate::extract::{self, EntityMention, Quote};
use crate::index::search::{Archive, SearchResults, Stats, StoredArticle};

/// Searches run at once; more wait their turn, so a burst of requests queues instead of
/// starting hundreds of blocking threads that compete for the same cores.
fn concurrent_searches() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get() * 2)
}

#[derive(Clone)]
struct AppState {
    archive: Arc<Archive>,
    searches: Arc<Semaphore>,
}

/// An article as the page shows it: the stored text with its quotes and entity mentions,
/// found again by the same extraction that indexed it (offsets count code points in `body`).
#[derive(Debug, Serialize)]
pub struct MarkedArticle {
    #[serde(flatten)]
    pub article: StoredArticle,
    pub quotes: Vec<Quote>,
    pub entities: Vec<EntityMention>,
}

impl MarkedArticle {
    pub fn new(article: StoredArticle) -> Self {
        let extraction = extract::extract_article(&article.title, &article.body, article.day());
        MarkedArticle {
            article,
            quotes: extraction.quotes,
            entities: extraction.entities,
        }
    }
}

/// An error response: the status and `{"error": "..."}`.
struct ApiError(StatusCode, String);

impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        let status = match error {
            Error::QuerySyntax(_) | Error::InvalidArgument { .. } => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError(status, error.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.0.is_server_error() {
            // The client sees the message too, but whoever runs the server needs to know.
            eprintln!("newsdex serve: {}", self.1);
        }
        #[derive(Serialize)]
        struct Body {
            error: String,
        }
        (self.0, Json(Body { error: self.1 })).into_response()
    }
}

type ApiResult<T> = std::result::Result<Json<T>, ApiError>;

/// Runs index work on the blocking pool, at most [`concurrent_searches`] at a time.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&Archive) -> Result<T> + Send + 'static,
) -> ApiResult<T> {
    let internal = |e: &dyn std::fmt::Display| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error: {e}"),
        )
    };
    let _permit = state.searches.acquire().await.map_err(|e| internal(&e))?;
    let archive = Arc::clone(&state.archive);
    let result = tokio::task::spawn_blocking(move || work(&archive))
        .await
        .map_err(|e| internal(&e))?;
    Ok(Json(result?))
}

async fn search(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> ApiResult<SearchResults> {
    let request = params::search_request(query.as_deref().unwrap_or(""))?;
    blocking(&state, move |archive| archive.search(&request)).await
}

async fn article(
    State(state): State<AppState>,
    UrlPath(id): UrlPath<String>,
) -> ApiResult<MarkedArticle> {
    let wanted = id.clone();
    let Json(found) = blocking(&state, move |archive| {
        Ok(archive.article(&wanted)?.map(MarkedArticle::new))
    })
    .await?;
    found
        .map(Json)
        .ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("no article with id {id:?}")))
}

async fn stats(State(state): State<AppState>) -> ApiResult<Stats> {
    blocking(&state, |archive| archive.stats()).await
}

async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {}: use GET", uri.path()),
    )
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError(
        StatusCode::NOT_FOUND,
        format!("no such path: {}", uri.path()),
    )
}

/// One embedded file of the page. The policy forbids scripts and styles from anywhere but
/// this server, so a snippet that slipped past escaping could not run code.
fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; img-src 'self' data:",
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// The HTTP application over an open archive.
pub fn router(archive: Archive) -> Router {
    let state = AppState {
        archive: Arc::new(archive),
        searches: Arc::new(Semaphore::new(concurrent_searches())),
    };
    Router::new()
        .route(
            "/",
            get(|| async {
                asset(
                    "text/html; charset=utf-8",
                    include_str!("assets/index.html"),
                )
            }),
        )
        .route(
            "/app.js",
            get(|| async {
                asset(
                    "text/javascript; charset=utf-8",
                    include_str!("assets/app.js"),
                )
            }),
        )
        .route(
            "/style.css",
            get(|| async { asset("text/css; charset=utf-8", include_str!("assets/style.css")) }),
        )
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/api/search", get(search))
        .route("/api/articles/{id}", get(article))
        .route("/api/stats", get(stats))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
}

/// Resolves on Ctrl-C or SIGTERM: the server then stops accepting and finishes the requests
/// under way.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// Opens the index in `index`, serves it on `addr` until Ctrl-C or SIGTERM, and calls
/// `on_listening` with the bound address (port 0 picks a free one) once connections are
/// accepted.
pub fn serve(index: &Path, addr: SocketAddr, on_listening: impl FnOnce(SocketAddr)) -> Result<()> {
    let archive = Archive::open(index)?;
    let serve_error = |source| Error::Serve { addr, source };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(serve_error)?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(serve_error)?;
        on_listening(listener.local_addr().map_err(serve_error)?);
        axum::serve(listener, router(archive))
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(serve_error)
    })
}
