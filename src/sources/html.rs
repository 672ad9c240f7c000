//! Saved news pages: dom_smoothie (a port of Mozilla's Readability) finds the main text and
//! reads title, byline, site name and dates from the page, its meta tags and JSON-LD.

use crate::article::{Article, Origin};

pub fn parse(html: &str, origin: Origin) -> Result<Article, String> {
    let mut readability = dom_smoothie::Readability::new(html, None, None)
        .map_err(|e| format!("unreadable HTML: {e}"))?;
    let canonical = readability
        .doc
        .select("link[rel=canonical]")
        .attr("href")
        .or_else(|| {
            readability
                .doc
                .select("meta[property='og:url']")
                .attr("content")
        })
        .map(|u| u.to_string());
    let page = readability
        .parse()
        .map_err(|_| "no article text found".to_string())?;
    let body = super::paragraphs(&page.text_content);
    if body.split_whitespace().count() < 5 {
        return Err("no article text found".into());
    }
    let article = Article {
        title: page.title.clone(),
        body,
        source: page.site_name.clone(),
        url: page.url.clone().or(canonical).filter(|u| u.contains("://")),
        authors: page
            .byline
            .iter()
            .map(|b| b.trim().trim_start_matches("By ").to_string())
            .collect(),
        language: page.lang.clone(),
        origin,
        ..Article::default()
    };
    Ok(super::finish(article, page.published_time.as_deref()))
}
