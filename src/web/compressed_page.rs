//! A rendered page kept both as it is and gzip-compressed, so a page served from
//! `AppState::pages` is compressed once per build, not once per request.

use std::io::Write;

use actix_web::http::header::{
    AcceptEncoding, ContentEncoding, ContentType, Encoding, CONTENT_ENCODING, VARY,
};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use flate2::write::GzEncoder;
use flate2::Compression;
use maud::Markup;

/// A campaign page as built, with the count it shows (a moved count makes it out of date).
#[derive(Debug, Clone)]
pub struct CompressedPage {
    pub slug: String,
    pub count: i64,
    plain: Bytes,
    gzip: Bytes,
}

impl CompressedPage {
    pub fn new(slug: &str, count: i64, page: Markup) -> CompressedPage {
        let plain = page.into_string();
        let mut encoder = GzEncoder::new(Vec::with_capacity(plain.len() / 3), Compression::best());
        let gzip = encoder
            .write_all(plain.as_bytes())
            .and_then(|()| encoder.finish())
            .map(Bytes::from)
            // Writing to a Vec cannot fail; if it somehow did, the page goes uncompressed.
            .unwrap_or_default();
        CompressedPage {
            slug: slug.to_owned(),
            count,
            plain: Bytes::from(plain),
            gzip,
        }
    }

    /// The page as a 200, gzip-compressed when the request accepts it (the `Compress`
    /// middleware leaves a response that already has a `Content-Encoding` alone).
    pub fn respond(&self, req: &HttpRequest) -> HttpResponse {
        let mut response = HttpResponse::build(StatusCode::OK);
        response
            .content_type(ContentType::html())
            .insert_header((VARY, "Accept-Encoding"));
        if self.gzip.is_empty() || !accepts_gzip(req) {
            return response.body(self.plain.clone());
        }
        response
            .insert_header((CONTENT_ENCODING, ContentEncoding::Gzip))
            .body(self.gzip.clone())
    }
}

fn accepts_gzip(req: &HttpRequest) -> bool {
    let Some(accepted) = req.get_header::<AcceptEncoding>() else {
        return false;
    };
    let offered = [Encoding::gzip(), Encoding::identity()];
    accepted.negotiate(offered.iter()) == Some(Encoding::gzip())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use actix_web::body::MessageBody;
    use actix_web::test::TestRequest;
    use flate2::read::GzDecoder;

    use super::*;

    fn body_of(response: HttpResponse) -> Vec<u8> {
        response.into_body().try_into_bytes().unwrap().to_vec()
    }

    #[test]
    fn gzip_only_for_clients_that_accept_it() {
        let page = CompressedPage::new(
            "s",
            1,
            maud::html! { p { "Dear Minister, " (("x".repeat(500))) } },
        );
        let plain = String::from_utf8(body_of(
            page.respond(&TestRequest::default().to_http_request()),
        ))
        .unwrap();
        assert!(plain.starts_with("<p>Dear Minister"));

        for refused in ["identity", "gzip;q=0, identity", "br"] {
            let req = TestRequest::default().insert_header(("Accept-Encoding", refused));
            let response = page.respond(&req.to_http_request());
            assert!(
                response.headers().get(CONTENT_ENCODING).is_none(),
                "{refused}"
            );
        }

        let req = TestRequest::default().insert_header(("Accept-Encoding", "gzip, deflate, br"));
        let response = page.respond(&req.to_http_request());
        assert_eq!(response.headers().get(CONTENT_ENCODING).unwrap(), "gzip");
        assert_eq!(response.headers().get(VARY).unwrap(), "Accept-Encoding");
        let compressed = body_of(response);
        assert!(compressed.len() < plain.len() / 4);
        let mut unpacked = String::new();
        GzDecoder::new(&compressed[..])
            .read_to_string(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, plain);
    }
}
