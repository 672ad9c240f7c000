//! Dates as news archives write them. No timezone means UTC.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

const DATETIME_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
];
const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%Y%m%d",
];

/// Parses ISO 8601 / RFC 3339, RFC 2822, "2015-09-13 10:00:00", "Sept. 13, 2015" and
/// similar; None when nothing fits.
pub fn parse_date(raw: &str) -> Option<DateTime<Utc>> {
    let s = raw.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.with_timezone(&Utc));
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.with_timezone(&Utc));
    }
    if let Ok(d) = DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z") {
        return Some(d.with_timezone(&Utc));
    }
    let s = s.trim_end_matches('Z');
    let s = s.split('.').next().filter(|_| s.contains(':')).unwrap_or(s);
    for f in DATETIME_FORMATS {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(Utc.from_utc_datetime(&d));
        }
    }
    // "Sept. 13, 2015" -> "Sep 13, 2015".
    let cleaned = s
        .replace("Sept.", "Sep")
        .replace("Sept ", "Sep ")
        .replace('.', "");
    for f in DATE_FORMATS {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, f) {
            return d.and_hms_opt(0, 0, 0).map(|d| Utc.from_utc_datetime(&d));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archive_date_forms() {
        let day = |s: &str| parse_date(s).map(|d| d.format("%Y-%m-%d %H:%M").to_string());
        assert_eq!(
            day("2015-09-13T10:00:00+02:00").as_deref(),
            Some("2015-09-13 08:00")
        );
        assert_eq!(
            day("Sun, 13 Sep 2015 10:00:00 GMT").as_deref(),
            Some("2015-09-13 10:00")
        );
        assert_eq!(
            day("2015-09-13 10:00:00").as_deref(),
            Some("2015-09-13 10:00")
        );
        assert_eq!(day("2015-09-13").as_deref(), Some("2015-09-13 00:00"));
        assert_eq!(day("Sept. 13, 2015").as_deref(), Some("2015-09-13 00:00"));
        assert_eq!(
            day("September 13, 2015").as_deref(),
            Some("2015-09-13 00:00")
        );
        assert_eq!(
            day("13 September 2015").as_deref(),
            Some("2015-09-13 00:00")
        );
        assert_eq!(day("Sep 13 2015").as_deref(), Some("2015-09-13 00:00"));
        assert_eq!(day("last Tuesday"), None);
    }
}
