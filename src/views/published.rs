//! The campaign's public page of supporters' letters, newest first.

use maud::{html, Markup};

use super::layout;
use crate::db::models::campaign::Campaign;
use crate::domain::letter_text::paragraphs;

/// One published letter as the public sees it: no email, no postcode.
pub struct PublicLetter {
    pub shown_name: String,
    pub place: Option<String>,
    pub subject: String,
    pub body: String,
    pub date: String,
}

pub fn page(campaign: &Campaign, letters: &[PublicLetter], page: i64, pages: i64) -> Markup {
    let base = format!("/campaigns/{}/letters", campaign.slug);
    let body = html! {
        section.published {
            p.kicker { a href={ "/campaigns/" (campaign.slug) } { (campaign.headline) } }
            h1 { "Letters from supporters" }
            p { "Supporters wrote these letters in their own words to their MPs and to ministers. "
                a href={ "/campaigns/" (campaign.slug) "/write" } { "Write yours" } "." }
            @if letters.is_empty() { p { "No letters have been published yet." } }
            @for letter in letters {
                article.supporter-letter {
                    h2 { (letter.subject) }
                    p.byline { span.author { (letter.shown_name) }
                        @if let Some(place) = &letter.place { ", " (place) }
                        " · " (letter.date) }
                    @for paragraph in paragraphs(&letter.body) { p { (paragraph) } }
                }
            }
            @if pages > 1 {
                nav.pagination aria-label="Pages of letters" {
                    @if page > 1 { a rel="prev" href={ (base) "?page=" (page - 1) } { "Newer letters" } }
                    span { "Page " (page) " of " (pages) }
                    @if page < pages { a rel="next" href={ (base) "?page=" (page + 1) } { "Older letters" } }
                }
            }
        }
    };
    layout::page(
        &format!("Letters from supporters: {}", campaign.headline),
        body,
    )
}
