//! Saved news pages: dom_smoothie (a port of Mozilla's Readability) finds the main text and
//! reads title, byline, site name and dates from the page, its meta tags and JSON-LD.

use crate::article::{Article, Origin};

/// Deepest nesting of elements read. Deeper pages are refused before they are parsed: the
/// HTML tree builder and Readability take time that grows with the square (or worse) of the
/// depth (2,000 nested `<div>` took 20 s, 5,000 over 100 s), and at about 20,000 their
/// recursion overflowed the stack of an ingest thread and aborted the whole run. News pages
/// nest a few dozen elements.
pub const MAX_HTML_DEPTH: usize = 256;

/// Elements that have no end tag, or whose end tag may be left out (the parser closes them):
/// not counted, so an old page full of unclosed `<p>` and `<li>` is not taken for a deep one.
const NOT_COUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
];

/// Elements whose content is text, not markup: skipped to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// How deeply the elements of `html` nest, by a scan of its tags (no tree is built).
fn nesting_depth(html: &str) -> usize {
    let lower = html.to_ascii_lowercase();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(found) = lower[at..].find('<') {
        let start = at + found + 1;
        let rest = &lower[start..];
        if rest.starts_with("!--") {
            at = rest.find("-->").map_or(lower.len(), |end| start + end + 3);
            continue;
        }
        let closing = rest.starts_with('/');
        let name_len = rest[usize::from(closing)..]
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name = &rest[usize::from(closing)..usize::from(closing) + name_len];
        let Some(tag_len) = rest.find('>') else {
            break;
        };
        at = start + tag_len + 1;
        if name.is_empty() || NOT_COUNTED.contains(&name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if RAW_TEXT.contains(&name) {
            at = lower[at..]
                .find(&format!("</{name}"))
                .map_or(lower.len(), |end| at + end);
        } else if !rest[..tag_len].ends_with('/') {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

pub fn parse(html: &str, origin: Origin) -> Result<Article, String> {
    if nesting_depth(html) > MAX_HTML_DEPTH {
        return Err(format!(
            "HTML elements nested more than {MAX_HTML_DEPTH} deep: not read"
        ));
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_depth_counts_elements_that_must_be_closed() {
        assert_eq!(nesting_depth("<div><div><p>a</div></div>"), 2);
        assert_eq!(nesting_depth("<ul><li>a<li>b<li>c</ul><br><img src=x>"), 1);
        assert_eq!(
            nesting_depth("<script>if (a<b) '<div><div>'</script><!-- <div> --><span/>x"),
            0
        );
        assert_eq!(nesting_depth(&"<DIV>".repeat(300)), 300);
        assert_eq!(nesting_depth("<div"), 0);
    }
}
