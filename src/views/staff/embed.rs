//! The organiser's page for one campaign's embeddable counter: the code to paste into
//! another site, a preview, and the campaign's share links.

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::i18n::{Arg, Lang};
use crate::views::share::{self, ShareLinks};

/// The `<iframe>` an organiser pastes into another site, its title in English;
/// `base_url` has no trailing slash.
pub fn snippet(base_url: &str, campaign: &Campaign) -> String {
    snippet_in(Lang::En, base_url, campaign)
}

/// [`snippet`] with the frame's title (what a screen reader announces) in `lang`.
pub fn snippet_in(lang: Lang, base_url: &str, campaign: &Campaign) -> String {
    let title = lang.t_args(
        "staff-camp-embed-frame-title",
        &[("headline", Arg::from(campaign.headline.as_str()))],
    );
    format!(
        "<iframe src=\"{base_url}/campaigns/{slug}/embed\" width=\"320\" height=\"160\" \
         title=\"{title}\" loading=\"lazy\" style=\"border:0\"></iframe>",
        slug = campaign.slug,
        title = escape_attribute(&title),
    )
}

pub fn page(staff: &Staff, campaign: &Campaign, base_url: &str) -> Markup {
    let lang = staff.lang;
    let code = snippet_in(lang, base_url, campaign);
    let share = ShareLinks::new_in(lang, base_url, &campaign.slug, &campaign.headline);
    let headline = || Arg::from(campaign.headline.as_str());
    let sign = html! { strong { (lang.t("staff-camp-embed-sign")) } };
    layout::page(
        staff,
        &lang.t("staff-camp-embed-title"),
        html! {
            section.campaign-editor.embed-code {
                h1 { (lang.t_args("staff-camp-embed-heading", &[("headline", headline())])) }
                p { (lang.markup("staff-camp-embed-intro", &[("sign", Arg::from(sign))])) }
                div.field {
                    label for="embed-code" { (lang.t("staff-camp-embed-code")) }
                    p.hint #embed-code-hint { (lang.t("staff-camp-embed-code-hint")) }
                    textarea #embed-code readonly rows="4" aria-describedby="embed-code-hint" { (code) }
                }
                div.share-actions data-share="" {
                    button.secondary type="button" data-copy-from="embed-code"
                        data-said-copied=(lang.t("staff-camp-embed-copied"))
                        data-said-done=(lang.t("staff-camp-embed-copied-status"))
                        data-said-failed=(lang.t("staff-camp-embed-copy-failed"))
                        hidden { (lang.t("staff-camp-embed-copy")) }
                    span.share-status role="status" {}
                }
                h2 { (lang.t("staff-camp-embed-preview")) }
                iframe.embed-preview src={ "/campaigns/" (campaign.slug) "/embed" } width="320" height="160"
                    title=(lang.t_args("staff-camp-embed-preview-title", &[("headline", headline())])) loading="lazy" {}
                (share::section(&share))
                p { a href={ "/campaigns/" (campaign.slug) } { (lang.t("staff-camp-embed-see-page")) }
                    " · " a href="/staff/campaigns" { (lang.t("staff-camp-back-to-campaigns")) } }
            }
        },
    )
}

/// `&`, `"`, `<` and `>` as entities, for a value inside a double-quoted attribute.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn attribute_values_are_escaped() {
        assert_eq!(
            super::escape_attribute(r#"Fish & "chips" <now>"#),
            "Fish &amp; &quot;chips&quot; &lt;now&gt;"
        );
    }
}
