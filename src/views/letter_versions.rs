//! The page listing every version of a campaign's letter, newest first.

use maud::{html, Markup};

use super::{layout, markdown};
use crate::db::models::campaign::Campaign;
use crate::db::models::letter_version::LetterVersion;

pub fn page(campaign: &Campaign, versions: &[LetterVersion]) -> Markup {
    let title = format!("Versions of “{}”", campaign.headline);
    let body = html! {
        section.letter-versions {
            h1 { (title) }
            p { "Each signature keeps the version of the letter that was current when it was made. "
                a href={ "/campaigns/" (campaign.slug) } { "Back to the campaign" } }
            @for (n, version) in versions.iter().enumerate().rev() {
                article.letter aria-labelledby={ "version-" (n + 1) } {
                    h2 #{ "version-" (n + 1) } {
                        "Version " (n + 1) ", from "
                        time datetime=(version.created_at.format("%Y-%m-%dT%H:%MZ")) { (version.created_at.format("%-d %B %Y, %H:%M UTC")) }
                        @if n + 1 == versions.len() { " (current)" }
                    }
                    h3 { (version.headline) }
                    div.body { (markdown::render(&version.body_markdown)) }
                }
            }
        }
    };
    layout::page(&title, body)
}
