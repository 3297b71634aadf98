//! Which address a signature's confirmation link went to, for the "check your email" page
//! only: an encrypted cookie (the session key, with the cookie's name bound in), sent back
//! only to that page's path, and gone after half an hour. The address never appears in a
//! URL or a log.

use actix_web::cookie::{time::Duration, Cookie, CookieJar, Key, SameSite};
use actix_web::HttpRequest;

const LIFETIME: Duration = Duration::minutes(30);

/// Writes and reads the cookie.
#[derive(Clone)]
pub struct SignedAddress {
    key: Key,
    /// `Secure` (and the `__Secure-` name) except on plain-HTTP localhost.
    secure: bool,
}

impl SignedAddress {
    pub fn new(key: Key, secure: bool) -> SignedAddress {
        SignedAddress { key, secure }
    }

    fn name(&self) -> &'static str {
        if self.secure {
            "__Secure-missive-signed"
        } else {
            "missive-signed"
        }
    }

    /// The cookie to send with the redirect to the "check your email" page at `path`.
    pub fn cookie(&self, path: &str, email: &str) -> Cookie<'static> {
        let cookie = Cookie::build(self.name(), email.to_owned())
            .path(path.to_owned())
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Strict)
            .max_age(LIFETIME)
            .finish();
        let mut jar = CookieJar::new();
        jar.private_mut(&self.key).add(cookie);
        jar.delta().next().cloned().expect("the cookie just added")
    }

    /// The address this browser's latest signature went to, if it is still remembered.
    pub fn read(&self, req: &HttpRequest) -> Option<String> {
        let mut jar = CookieJar::new();
        jar.add_original(req.cookie(self.name())?);
        let cookie = jar.private(&self.key).get(self.name())?;
        Some(cookie.value().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_encrypted_and_scoped_to_the_page() {
        let cookies = SignedAddress::new(Key::generate(), true);
        let cookie = cookies.cookie("/campaigns/x/signed", "ada@example.org");
        assert_eq!(cookie.name(), "__Secure-missive-signed");
        assert!(!cookie.value().contains("ada"));
        assert_eq!(cookie.path(), Some("/campaigns/x/signed"));
        assert_eq!(cookie.http_only(), Some(true));
        assert_eq!(cookie.secure(), Some(true));

        let req = actix_web::test::TestRequest::default()
            .cookie(cookie.clone())
            .to_http_request();
        assert_eq!(cookies.read(&req).as_deref(), Some("ada@example.org"));
        let other = SignedAddress::new(Key::generate(), true);
        assert_eq!(other.read(&req), None, "another key cannot read it");
    }
}
