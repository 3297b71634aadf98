//! Pagination as OSDI collections do it: `?page=N&per_page=M`, pages counted from 1, at
//! most 100 records a page. Parsed at the boundary; a `page` or `per_page` that is not a
//! whole number (digits only) from 1 to `i64::MAX` is refused, and a larger `per_page` than
//! 100 is cut to 100. `docs/openapi.json` states the same bounds.

use serde::Deserialize;

use super::ApiError;

pub const DEFAULT_PER_PAGE: i64 = 25;
pub const MAX_PER_PAGE: i64 = 100;

/// The query as sent; nothing in it trusted yet.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    page: Option<String>,
    per_page: Option<String>,
}

/// A page of a collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: i64,
    pub per_page: i64,
}

/// Digits only (no sign, no spaces): what the document's `integer` allows, up to `i64::MAX`.
pub fn whole_from_one(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<i64>().ok().filter(|n| *n >= 1)
}

impl PageQuery {
    pub fn parse(&self) -> Result<Paging, ApiError> {
        let page = match self.page.as_deref() {
            None => 1,
            Some(text) => whole_from_one(text).ok_or(ApiError::BadRequest(
                "page must be a whole number (digits only) from 1 to 9223372036854775807",
            ))?,
        };
        let per_page = match self.per_page.as_deref() {
            None => DEFAULT_PER_PAGE,
            Some(text) => whole_from_one(text)
                .ok_or(ApiError::BadRequest(
                    "per_page must be a whole number (digits only) from 1 to 9223372036854775807; \
                     above 100 it is served as 100",
                ))?
                .min(MAX_PER_PAGE),
        };
        Ok(Paging { page, per_page })
    }
}

impl Paging {
    /// Records to skip before this page.
    pub fn offset(&self) -> i64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    /// Pages needed for `total` records (none for an empty collection).
    pub fn total_pages(&self, total: i64) -> i64 {
        (total.max(0) + self.per_page - 1) / self.per_page
    }

    pub fn has_next(&self, total: i64) -> bool {
        self.page < self.total_pages(total)
    }

    /// This page's number in another page of the same size.
    pub fn at(&self, page: i64) -> Paging {
        Paging { page, ..*self }
    }

    /// The query string naming this page.
    pub fn query(&self) -> String {
        format!("page={}&per_page={}", self.page, self.per_page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(page: Option<&str>, per_page: Option<&str>) -> Result<Paging, ApiError> {
        PageQuery {
            page: page.map(str::to_owned),
            per_page: per_page.map(str::to_owned),
        }
        .parse()
    }

    #[test]
    fn defaults_limits_and_refusals() {
        assert_eq!(
            query(None, None).unwrap(),
            Paging {
                page: 1,
                per_page: 25
            }
        );
        assert_eq!(query(Some("3"), Some("1000")).unwrap().per_page, 100);
        for (page, per_page) in [
            (Some("0"), None),
            (Some("x"), None),
            (None, Some("0")),
            (Some("+2"), None),
            (Some(" 2"), None),
            (Some("9223372036854775808"), None),
        ] {
            assert!(matches!(
                query(page, per_page),
                Err(ApiError::BadRequest(_))
            ));
        }
    }

    #[test]
    fn pages_and_offsets() {
        let p = query(Some("2"), Some("10")).unwrap();
        assert_eq!(p.offset(), 10);
        assert_eq!(p.total_pages(0), 0);
        assert_eq!(p.total_pages(21), 3);
        assert!(p.has_next(21));
        assert!(!p.has_next(20));
        assert_eq!(p.at(3).query(), "page=3&per_page=10");
    }
}
