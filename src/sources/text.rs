//! Plain text and Markdown: an optional `---` header of `key: value` lines, the title on the
//! first non-empty line, then paragraphs (blank-line separated, or one a line).

use crate::article::{Article, Origin};

pub fn parse(text: &str, origin: Origin) -> Result<Article, String> {
    let mut article = Article {
        origin,
        ..Article::default()
    };
    let mut raw_date = None;
    let mut rest = text.trim_start_matches('\u{feff}');
    if let Some(after) = rest
        .trim_start()
        .strip_prefix("---\n")
        .or_else(|| rest.trim_start().strip_prefix("---\r\n"))
    {
        if let Some(end) = after.find("\n---") {
            for line in after[..end].lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let value = value.trim().trim_matches('"').to_string();
                match key.trim().to_lowercase().as_str() {
                    "date" | "published" | "date_publish" => raw_date = Some(value),
                    "url" | "link" => article.url = Some(value),
                    "source" | "outlet" | "publisher" => article.source = Some(value),
                    "author" | "authors" | "byline" => {
                        article.authors = value
                            .split([',', ';'])
                            .map(|a| a.trim().to_string())
                            .filter(|a| !a.is_empty())
                            .collect()
                    }
                    "title" => article.title = value,
                    "language" | "lang" => article.language = Some(value),
                    _ => {}
                }
            }
            rest = after[end + 4..].trim_start_matches(['-']);
        }
    }
    let mut lines = rest.lines().skip_while(|l| l.trim().is_empty());
    if article.title.is_empty() {
        let title = lines.next().unwrap_or_default().trim();
        article.title = title.trim_start_matches('#').trim().to_string();
    }
    // Blank lines right after the title say nothing of how paragraphs are separated.
    let body: Vec<&str> = lines.skip_while(|l| l.trim().is_empty()).collect();
    let blank_separated = body.iter().any(|l| l.trim().is_empty());
    article.body = if blank_separated {
        // Lines of one paragraph are joined; blank lines separate paragraphs.
        body.split(|l| l.trim().is_empty())
            .map(|para| para.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        super::paragraphs(&body.join("\n"))
    };
    if article.body.is_empty() && article.title.is_empty() {
        return Err("no article text".into());
    }
    Ok(super::finish(article, raw_date.as_deref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_title_and_wrapped_paragraphs() {
        let text = "---\ndate: 2015-09-18\nurl: https://example.org/a\nauthor: A. B, C. D\n---\n# The title\n\nFirst line\nwrapped.\n\nSecond.\n";
        let a = parse(text, Origin::default()).unwrap();
        assert_eq!(a.title, "The title");
        assert_eq!(a.body, "First line wrapped.\nSecond.");
        assert_eq!(a.source.as_deref(), Some("example.org"));
        assert_eq!(a.authors, vec!["A. B", "C. D"]);
        assert_eq!(a.month().as_deref(), Some("2015-09"));
    }

    #[test]
    fn one_paragraph_a_line() {
        let a = parse("Title\nOne.\nTwo.", Origin::default()).unwrap();
        assert_eq!(a.body, "One.\nTwo.");
        assert!(a.warnings.is_empty());
        // A blank line under the title does not make the lines one wrapped paragraph.
        let a = parse("Title\n\nOne.\nTwo.\n", Origin::default()).unwrap();
        assert_eq!(a.body, "One.\nTwo.");
    }
}
