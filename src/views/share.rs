//! Share links for a campaign: email, WhatsApp, X and Facebook as plain links that work
//! without JavaScript, plus "Copy link" and the system share sheet, which `static/share.js`
//! reveals when the browser supports them. No tracking parameters, no third-party scripts.

use maud::{html, Markup};

use crate::i18n::Lang;

/// What a campaign is shared as: its absolute address and its headline.
pub struct ShareLinks {
    /// The campaign page, e.g. `https://missive.example/campaigns/british-values`.
    pub url: String,
    pub headline: String,
    /// The language of the words around the links and of the invitation they carry.
    pub lang: Lang,
}

impl ShareLinks {
    /// `base_url` is the site's public root without a trailing slash (`AppState.base_url`).
    pub fn new(base_url: &str, slug: &str, headline: &str) -> ShareLinks {
        ShareLinks::new_in(Lang::En, base_url, slug, headline)
    }

    /// [`ShareLinks::new`] with the words in `lang`. The link itself names no language:
    /// whoever opens it gets the page in theirs.
    pub fn new_in(lang: Lang, base_url: &str, slug: &str, headline: &str) -> ShareLinks {
        ShareLinks {
            url: format!("{base_url}/campaigns/{}", encode_path(slug)),
            headline: headline.to_owned(),
            lang,
        }
    }

    fn invitation(&self) -> String {
        self.lang.t_args(
            "share-invitation",
            &[("headline", self.headline.as_str().into())],
        )
    }

    /// `mailto:` with a subject and a body; line breaks as CRLF (RFC 6068).
    pub fn email(&self) -> String {
        let read = self
            .lang
            .t_args("share-email-body", &[("url", self.url.as_str().into())]);
        let body = format!("{}\r\n\r\n{read}", self.headline);
        format!(
            "mailto:?subject={}&body={}",
            encode(&self.invitation()),
            encode(&body)
        )
    }

    pub fn whatsapp(&self) -> String {
        let text = format!("{} {}", self.invitation(), self.url);
        format!("https://wa.me/?text={}", encode(&text))
    }

    pub fn x(&self) -> String {
        format!(
            "https://twitter.com/intent/tweet?text={}&url={}",
            encode(&self.invitation()),
            encode(&self.url)
        )
    }

    pub fn facebook(&self) -> String {
        format!(
            "https://www.facebook.com/sharer/sharer.php?u={}",
            encode(&self.url)
        )
    }
}

/// The share section. Its heading is an `h2`: it sits under a page's `h1`.
pub fn section(share: &ShareLinks) -> Markup {
    html! {
        section.share data-share aria-labelledby="share-heading" {
            h2 #share-heading { (share.lang.t("share-heading")) }
            ul.share-links {
                li { a href=(share.email()) { (share.lang.t("share-email")) } }
                li { a href=(share.whatsapp()) { (share.lang.t("public-share-whatsapp")) } }
                li { a href=(share.x()) { (share.lang.t("public-share-x")) } }
                li { a href=(share.facebook()) { (share.lang.t("public-share-facebook")) } }
            }
            // Hidden until share.js finds the Clipboard or Web Share API.
            div.share-actions {
                button.secondary type="button" data-copy=(share.url)
                    data-said-copied=(share.lang.t("share-copied"))
                    data-said-done=(share.lang.t("share-copied-status"))
                    data-said-failed=(share.lang.t("share-copy-failed"))
                    hidden { (share.lang.t("share-copy")) }
                button.secondary type="button" data-web-share
                    data-url=(share.url) data-title=(share.headline) data-text=(share.invitation())
                    data-said-failed=(share.lang.t("share-open-failed"))
                    hidden { (share.lang.t("share-native")) }
                span.share-status role="status" {}
            }
        }
        script src="/static/share.js" defer {}
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so the result is safe
/// in any query value (spaces become `%20`, which `mailto:` needs, not `+`).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Like [`encode`], keeping `/` between path segments (e.g. an image under `static/`).
pub fn encode_path(path: &str) -> String {
    path.split('/').map(encode).collect::<Vec<_>>().join("/")
}

/// The campaign photo's path on this site: the uploaded image, else the file under static/.
pub fn photo_path(campaign: &crate::db::models::campaign::Campaign) -> Option<String> {
    match (&campaign.image_sha256, &campaign.image_file) {
        (Some(sha256), _) => Some(crate::campaigns::images::path(sha256)),
        (None, Some(file)) => Some(format!("/static/{}", encode_path(file))),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_everything_but_unreserved_characters() {
        assert_eq!(encode("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(encode("A & B?#=+/"), "A%20%26%20B%3F%23%3D%2B%2F");
        assert_eq!(encode("‘é’"), "%E2%80%98%C3%A9%E2%80%99");
        assert_eq!(encode_path("images/a b.jpg"), "images/a%20b.jpg");
    }

    #[test]
    fn share_urls_carry_the_page_address_and_nothing_else() {
        let links = ShareLinks::new("https://m.example", "fair-trade", "Fish & chips?");
        assert_eq!(links.url, "https://m.example/campaigns/fair-trade");
        assert_eq!(
            links.facebook(),
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fm.example%2Fcampaigns%2Ffair-trade"
        );
        assert_eq!(
            links.x(),
            "https://twitter.com/intent/tweet?text=Sign%20the%20letter%3A%20Fish%20%26%20chips%3F\
             &url=https%3A%2F%2Fm.example%2Fcampaigns%2Ffair-trade"
        );
        assert!(links
            .email()
            .starts_with("mailto:?subject=Sign%20the%20letter%3A%20Fish%20%26%20chips%3F&body="));
        assert!(links.email().contains("%0D%0A%0D%0A"));
        assert!(links
            .whatsapp()
            .starts_with("https://wa.me/?text=Sign%20the%20letter"));
    }
}
