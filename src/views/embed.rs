//! The embeddable counter: a page small enough for a 300×150 `<iframe>` on another site,
//! with the headline, the live count, progress to the goal and a link to sign.

use chrono::NaiveDateTime;
use maud::{html, Markup, DOCTYPE};

use crate::db::models::campaign::Campaign;
use crate::i18n::Lang;

/// The whole embed page. Its own frame (no site header), styled by `static/embed.css`;
/// while the campaign is open, `static/live-count.js` keeps the count up to date.
pub fn page(lang: Lang, campaign: &Campaign, count: i64, now: NaiveDateTime) -> Markup {
    let goal = campaign.goal.max(1);
    let percent = (count.saturating_mul(100) / goal).min(100);
    let closed = campaign.is_closed(now);
    let not_yet = campaign.is_not_yet_open(now);
    let live = !closed && !not_yet;
    let campaign_path = format!("/campaigns/{}", campaign.slug);
    html! {
        (DOCTYPE)
        html lang=(lang.html_lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                title { (campaign.headline) " · Missive" }
                link rel="icon" href=(super::layout::FAVICON) type="image/svg+xml";
                link rel="stylesheet" href="/static/embed.css";
                @if live { script src="/static/live-count.js" defer {} }
            }
            body {
                main.embed data-live-scope="" {
                    div.top {
                        // Beside the headline, which says what it is: decorative (alt="").
                        @if let Some(photo) = super::share::photo_path(campaign) { img.thumb src=(photo) alt="" width="40" height="40"; }
                        h1.headline { (campaign.headline) }
                    }
                    p.total aria-live=[live.then_some("polite")] aria-atomic="true" {
                        strong.figure
                            data-live-count=[live.then(|| format!("{campaign_path}/count.json"))]
                            data-goal=(goal) { (lang.number(count)) }
                        " "
                        (super::campaign::count_noun(lang, count))
                    }
                    progress #embed-progress max=(goal) value=(count.min(goal))
                        aria-labelledby="embed-goal" data-live-progress="" { (percent) "%" }
                    div.foot {
                        p #embed-goal.goal {
                            @if closed { (lang.t("public-embed-closed")) " · " }
                            span data-live-percent="" { (percent) } (lang.t_args("public-embed-goal", &[("goal", lang.number(campaign.goal).into())]))
                        }
                        a.sign href=(campaign_path) target="_blank" rel="noopener" {
                            @if live { (lang.t("public-embed-sign")) } @else { (lang.t("public-embed-read")) }
                            span.visually-hidden { " " (lang.t("public-embed-new-tab")) }
                        }
                    }
                }
            }
        }
    }
}
