//! The campaign's public page of supporters' letters, newest first.

use maud::{html, Markup};

use super::layout::{self, Locale};
use crate::db::models::campaign::Campaign;
use crate::domain::letter_text::paragraphs;
use crate::i18n::Lang;

/// One published letter as the public sees it: no email, no postcode.
pub struct PublicLetter {
    pub shown_name: String,
    pub place: Option<String>,
    pub subject: String,
    pub body: String,
    /// The day it was published, in the page's language.
    pub date: String,
}

pub fn page(
    lang: Lang,
    campaign: &Campaign,
    letters: &[PublicLetter],
    page: i64,
    pages: i64,
) -> Markup {
    let base = format!("/campaigns/{}/letters", campaign.slug);
    let body = html! {
        section.published {
            p.kicker { a href={ "/campaigns/" (campaign.slug) } { (campaign.headline) } }
            h1 { (lang.t("letters-published-heading")) }
            p { (lang.markup("letters-published-lead", &[
                ("link", html! { a href={ "/campaigns/" (campaign.slug) "/write" } { (lang.t("letters-published-write")) } }.into()),
            ])) }
            @if letters.is_empty() { p { (lang.t("letters-published-none")) } }
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
                nav.pagination aria-label=(lang.t("letters-published-pages")) {
                    @if page > 1 { a rel="prev" href={ (base) "?page=" (page - 1) } { (lang.t("letters-published-newer")) } }
                    span { (lang.t_args("letters-published-page", &[("page", lang.number(page).into()), ("pages", lang.number(pages).into())])) }
                    @if page < pages { a rel="next" href={ (base) "?page=" (page + 1) } { (lang.t("letters-published-older")) } }
                }
            }
        }
    };
    layout::localised(
        &Locale { lang, path: &base },
        &lang.t_args(
            "letters-published-title",
            &[("headline", campaign.headline.as_str().into())],
        ),
        html! {},
        body,
    )
}
