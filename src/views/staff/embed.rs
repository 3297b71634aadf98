//! The organiser's page for one campaign's embeddable counter: the code to paste into
//! another site, a preview, and the campaign's share links.

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;
use crate::db::models::campaign::Campaign;
use crate::views::share::{self, ShareLinks};

/// The `<iframe>` an organiser pastes into another site; `base_url` has no trailing slash.
pub fn snippet(base_url: &str, campaign: &Campaign) -> String {
    format!(
        "<iframe src=\"{base_url}/campaigns/{slug}/embed\" width=\"320\" height=\"160\" \
         title=\"{title}\" loading=\"lazy\" style=\"border:0\"></iframe>",
        slug = campaign.slug,
        title = escape_attribute(&format!("Signatures: {}", campaign.headline)),
    )
}

pub fn page(staff: &Staff, campaign: &Campaign, base_url: &str) -> Markup {
    let code = snippet(base_url, campaign);
    let share = ShareLinks::new(base_url, &campaign.slug, &campaign.headline);
    layout::page(
        staff,
        "Embed and share",
        html! {
            section.campaign-editor.embed-code {
                h1 { "Embed and share “" (campaign.headline) "”" }
                p { "Put a live counter for this campaign on another website: its headline, "
                    "the count (updated every 10 seconds), progress to the goal and a "
                    strong { "Sign" } " link that opens the campaign in a new tab." }
                div.field {
                    label for="embed-code" { "Code to paste into your page’s HTML" }
                    p.hint #embed-code-hint { "Select it all and copy it. The counter is 320 by 160 pixels." }
                    textarea #embed-code readonly rows="4" aria-describedby="embed-code-hint" { (code) }
                }
                div.share-actions data-share="" {
                    button.secondary type="button" data-copy-from="embed-code" hidden { "Copy code" }
                    span.share-status role="status" {}
                }
                h2 { "Preview" }
                iframe.embed-preview src={ "/campaigns/" (campaign.slug) "/embed" } width="320" height="160"
                    title={ "Preview: signatures for “" (campaign.headline) "”" } loading="lazy" {}
                (share::section(&share))
                p { a href={ "/campaigns/" (campaign.slug) } { "See the campaign page" }
                    " · " a href="/staff/campaigns" { "Back to campaigns" } }
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
