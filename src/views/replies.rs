//! Closing the loop in public: the "did your MP reply?" page, and on the campaign page the
//! officials' responses and how often each official replied.

use maud::{html, Markup};

use super::layout::{self, Locale};
use super::markdown;
use crate::db::models::official_response::Response;
use crate::db::models::reply_question::{OfficialTally, Question, Tally};
use crate::i18n::Arg;
use crate::letters::replies::Answer;

/// Answers an official needs before the campaign page shows their reply rate.
pub const RATES_FROM: i64 = 5;

/// A link that is not (or no longer) a question.
pub fn unknown(locale: &Locale<'_>) -> Markup {
    let lang = locale.lang;
    layout::localised(
        locale,
        &lang.t("replies-unknown-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("replies-unknown-heading")) }
                p { (lang.t("replies-unknown")) }
                p { a href="/" { (lang.t("replies-front-page")) } }
            }
        },
    )
}

/// The question with its four answers as buttons (a form that POSTs), in the visitor's
/// language.
pub fn question(
    locale: &Locale<'_>,
    token: &str,
    q: &Question,
    thanked: bool,
    error: Option<&str>,
) -> Markup {
    let lang = locale.lang;
    let current = q.answer.as_deref().and_then(Answer::parse);
    let official = [("official", Arg::from(q.official_name.as_str()))];
    let title = match error {
        Some(_) => lang.t_args("replies-title-error", &official),
        None => lang.t_args("replies-title", &official),
    };
    let campaign = html! { a href={ "/campaigns/" (q.slug) } { (q.headline) } };
    layout::localised(
        locale,
        &title,
        html! {},
        html! {
            section.notice.reply-question {
                @if thanked {
                    p.notice-banner role="status" { (lang.t("replies-thanks")) }
                }
                h1 { (lang.t_args("replies-heading", &official)) }
                p { (lang.markup("replies-went-to", &[
                    ("campaign", campaign.into()),
                    ("official", q.official_name.as_str().into()),
                    ("office", q.official_office.as_str().into()),
                ])) }
                @if let Some(answer) = current {
                    p { (lang.markup("replies-your-answer", &[
                        ("answer", html! { strong { (answer.label(lang)) } }.into()),
                    ])) }
                }
                form method="post" action={ "/replies/" (token) } {
                    fieldset #answer {
                        legend { (lang.t("replies-legend")) }
                        @if let Some(message) = error {
                            p.error id="answer-error" { span.visually-hidden { (lang.t("replies-error")) " " } (message) }
                        }
                        div.buttons.answers {
                            @for answer in Answer::ALL {
                                button.secondary type="submit" name="answer" value=(answer.as_str())
                                    aria-pressed=[current.map(|c| if c == answer { "true" } else { "false" })] {
                                    (answer.label(lang))
                                }
                            }
                        }
                    }
                }
                p.small { (lang.t("replies-never-named")) }
            }
        },
    )
}

/// The officials' responses to the campaign, newest first; nothing if there are none.
pub fn responses_section(responses: &[Response]) -> Markup {
    html! {
        @if !responses.is_empty() {
            section.responses #responses aria-labelledby="responses-heading" {
                h2 #responses-heading { "Responses from officials" }
                @for r in responses {
                    article.response #{ "response-" (r.id) } {
                        h3 { (r.official_name) span.small { ", " (r.official_office) } }
                        p.small { "Received " time datetime=(r.received_on.format("%Y-%m-%d")) { (r.received_on.format("%-d %B %Y")) }
                            @if r.updated_at > r.created_at { " · corrected " (r.updated_at.format("%-d %B %Y")) } }
                        p.summary { strong { (r.summary) } }
                        details {
                            summary { @if r.as_received { "The full response, as received" } @else { "The full response" } }
                            @if r.as_received {
                                pre.as-received { (r.body) }
                            } @else {
                                div.response-text { (markdown::render(&r.body)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn percent(t: &Tally) -> String {
    format!("{} %", t.reply_rate())
}

/// How often each official replied to the campaign's letters, for officials with at least
/// [`RATES_FROM`] answers; nothing when none has that many.
pub fn rates_section(tallies: &[OfficialTally]) -> Markup {
    let shown: Vec<&OfficialTally> = tallies
        .iter()
        .filter(|t| t.tally.total() >= RATES_FROM)
        .collect();
    html! {
        @if !shown.is_empty() {
            section.reply-rates #reply-rates aria-labelledby="reply-rates-heading" {
                h2 #reply-rates-heading { "Did officials reply?" }
                p { "Two weeks after each letter was delivered we asked its writer whether they had a reply. Officials with at least " (RATES_FROM) " answers:" }
                (super::table_scroll::region("Replies by official", rates_table("Replies to supporters’ letters, by official", shown.iter().map(|t| (format!("{}, {}", t.name, t.office), &t.tally)))))
            }
        }
    }
}

/// A table of answers per row: replied %, then each answer's count.
pub fn rates_table<'a>(caption: &str, rows: impl Iterator<Item = (String, &'a Tally)>) -> Markup {
    rates_table_in(crate::i18n::Lang::En, caption, rows)
}

/// [`rates_table`] with its column headings in `lang` (the caption is the caller's).
pub fn rates_table_in<'a>(
    lang: crate::i18n::Lang,
    caption: &str,
    rows: impl Iterator<Item = (String, &'a Tally)>,
) -> Markup {
    html! {
        table.staff-table.rates {
            caption { (caption) }
            thead { tr {
                th scope="col" { (lang.t("staff-camp-rates-who")) }
                th.number scope="col" { (lang.t("staff-camp-rates-replied")) }
                th.number scope="col" { (lang.t("staff-camp-rates-yes")) }
                th.number scope="col" { (lang.t("staff-camp-rates-not-addressed")) }
                th.number scope="col" { (lang.t("staff-camp-rates-acknowledged")) }
                th.number scope="col" { (lang.t("staff-camp-rates-no")) }
                th.number scope="col" { (lang.t("staff-camp-rates-answers")) }
            } }
            tbody {
                @for (who, t) in rows {
                    tr {
                        th scope="row" { (who) }
                        td.number { (percent(t)) }
                        td.number { (lang.number(t.yes)) }
                        td.number { (lang.number(t.not_addressed)) }
                        td.number { (lang.number(t.acknowledged)) }
                        td.number { (lang.number(t.no)) }
                        td.number { (lang.number(t.total())) }
                    }
                }
            }
        }
    }
}
