//! The page listing every version of a campaign's letter, newest first.

use maud::{html, Markup};

use super::layout::Locale;
use super::{layout, markdown};
use crate::db::models::campaign::Campaign;
use crate::db::models::letter_version::LetterVersion;
use crate::i18n::Lang;

pub fn page(lang: Lang, campaign: &Campaign, versions: &[LetterVersion]) -> Markup {
    let title = lang.t_args(
        "letters-versions-title",
        &[("headline", campaign.headline.as_str().into())],
    );
    let path = format!("/campaigns/{}/versions", campaign.slug);
    let body = html! {
        section.letter-versions {
            h1 { (title) }
            p { (lang.t("letters-versions-lead")) " "
                a href={ "/campaigns/" (campaign.slug) } { (lang.t("letters-versions-back")) } }
            @for (n, version) in versions.iter().enumerate().rev() {
                article.letter aria-labelledby={ "version-" (n + 1) } {
                    h2 #{ "version-" (n + 1) } {
                        @let when = html! { time datetime=(version.created_at.format("%Y-%m-%dT%H:%MZ")) { (lang.date_time(version.created_at)) } };
                        @if n + 1 == versions.len() {
                            (lang.markup("letters-version-current", &[("number", lang.number(n as i64 + 1).into()), ("when", when.into())]))
                        } @else {
                            (lang.markup("letters-version", &[("number", lang.number(n as i64 + 1).into()), ("when", when.into())]))
                        }
                    }
                    h3 { (version.headline) }
                    div.body { (markdown::render(&version.body_markdown)) }
                }
            }
        }
    };
    layout::localised(&Locale { lang, path: &path }, &title, html! {}, body)
}
