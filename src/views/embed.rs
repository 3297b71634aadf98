//! The embeddable counter: a page small enough for a 300×150 `<iframe>` on another site,
//! with the headline, the live count, progress to the goal and a link to sign.

use chrono::NaiveDateTime;
use maud::{html, Markup, DOCTYPE};

use super::format::thousands;
use crate::db::models::campaign::Campaign;

/// The whole embed page. Its own frame (no site header), styled by `static/embed.css`;
/// while the campaign is open, `static/live-count.js` keeps the count up to date.
pub fn page(campaign: &Campaign, count: i64, now: NaiveDateTime) -> Markup {
    let goal = campaign.goal.max(1);
    let percent = (count.saturating_mul(100) / goal).min(100);
    let closed = campaign.is_closed(now);
    let not_yet = campaign.is_not_yet_open(now);
    let live = !closed && !not_yet;
    let campaign_path = format!("/campaigns/{}", campaign.slug);
    html! {
        (DOCTYPE)
        html lang="en-GB" {
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
                    h1.headline { (campaign.headline) }
                    p.total aria-live=[live.then_some("polite")] aria-atomic="true" {
                        strong.figure
                            data-live-count=[live.then(|| format!("{campaign_path}/count.json"))]
                            data-goal=(goal) { (thousands(count)) }
                        " "
                        span data-live-noun="" { (noun(count)) }
                    }
                    progress #embed-progress max=(goal) value=(count.min(goal))
                        aria-labelledby="embed-goal" data-live-progress="" { (percent) "%" }
                    div.foot {
                        p #embed-goal.goal {
                            @if closed { "Closed · " }
                            span data-live-percent="" { (percent) } "% of the " (thousands(campaign.goal)) " goal"
                        }
                        a.sign href=(campaign_path) target="_blank" rel="noopener" {
                            @if live { "Sign" } @else { "Read" }
                            span.visually-hidden { " the letter (opens in a new tab)" }
                        }
                    }
                }
            }
        }
    }
}

fn noun(count: i64) -> &'static str {
    if count == 1 {
        "signature"
    } else {
        "signatures"
    }
}
