//! The visitor's language: a `?lang=xx` query (which the `language::remember` middleware
//! also keeps in the `lang` cookie), else that cookie, else the best of `Accept-Language`,
//! else English. Handlers take a [`Lang`] argument.

use std::convert::Infallible;
use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{FromRequest, HttpRequest};

use crate::i18n::{self, Lang};

/// The cookie that remembers the language chosen with `?lang=`.
pub const COOKIE: &str = "lang";

/// The language a `?lang=` query asks for, if it names one of ours.
pub fn asked(req: &HttpRequest) -> Option<Lang> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(key, _)| key == "lang")
        .and_then(|(_, value)| value.parse().ok())
}

/// The language the page for `req` is written in.
pub fn chosen(req: &HttpRequest) -> Lang {
    asked(req)
        .or_else(|| req.cookie(COOKIE).and_then(|c| c.value().parse().ok()))
        .or_else(|| {
            req.headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::from_accept_language)
        })
        .unwrap_or_default()
}

impl FromRequest for Lang {
    type Error = Infallible;
    type Future = Ready<Result<Lang, Infallible>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(chosen(req)))
    }
}

#[cfg(test)]
mod tests {
    use actix_web::cookie::Cookie;
    use actix_web::test::TestRequest;

    use super::*;

    #[test]
    fn the_query_wins_then_the_cookie_then_the_header() {
        let req = TestRequest::default()
            .uri("/campaigns/x?lang=ru")
            .cookie(Cookie::new(COOKIE, "cy"))
            .insert_header((ACCEPT_LANGUAGE, "kk"))
            .to_http_request();
        assert_eq!(chosen(&req), Lang::Ru);
        let req = TestRequest::default()
            .uri("/campaigns/x?lang=xx")
            .cookie(Cookie::new(COOKIE, "cy"))
            .insert_header((ACCEPT_LANGUAGE, "kk"))
            .to_http_request();
        assert_eq!(chosen(&req), Lang::Cy);
        let req = TestRequest::default()
            .cookie(Cookie::new(COOKIE, "zz"))
            .insert_header((ACCEPT_LANGUAGE, "de, kk;q=0.5"))
            .to_http_request();
        assert_eq!(chosen(&req), Lang::Kk);
        let req = TestRequest::default()
            .insert_header((ACCEPT_LANGUAGE, "de"))
            .to_http_request();
        assert_eq!(chosen(&req), Lang::En);
    }
}
