//! Closing the loop in public: the "did your MP reply?" page, and on the campaign page the
//! officials' responses and how often each official replied.

use maud::{html, Markup};

use super::layout::{self, Locale};
use super::markdown;
use crate::db::models::official_response::Response;
use crate::db::models::reply_question::{OfficialTally, Question, Tally};
use crate::i18n::{Arg, Lang};
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
pub fn responses_section(lang: Lang, responses: &[Response]) -> Markup {
    html! {
        @if !responses.is_empty() {
            section.responses #responses aria-labelledby="responses-heading" {
                h2 #responses-heading { (lang.t("public-responses-heading")) }
                @for r in responses {
                    article.response #{ "response-" (r.id) } {
                        h3 { (r.official_name) span.small { ", " (r.official_office) } }
                        p.small { (lang.markup("public-responses-received", &[
                                ("date", html! { time datetime=(r.received_on.format("%Y-%m-%d")) { (lang.date(r.received_on.date())) } }.into()),
                            ]))
                            @if r.updated_at > r.created_at { " · " (lang.t_args("public-responses-corrected", &[("date", lang.date(r.updated_at.date()).into())])) } }
                        p.summary { strong { (r.summary) } }
                        details {
                            summary { @if r.as_received { (lang.t("public-responses-full-as-received")) } @else { (lang.t("public-responses-full")) } }
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
pub fn rates_section(lang: Lang, tallies: &[OfficialTally]) -> Markup {
    let shown: Vec<&OfficialTally> = tallies
        .iter()
        .filter(|t| t.tally.total() >= RATES_FROM)
        .collect();
    html! {
        @if !shown.is_empty() {
            section.reply-rates #reply-rates aria-labelledby="reply-rates-heading" {
                h2 #reply-rates-heading { (lang.t("public-rates-heading")) }
                p { (lang.t_args("public-rates-lead", &[("count", RATES_FROM.into())])) }
                (super::table_scroll::region(&lang.t("public-rates-region"), rates_table_in(lang, &lang.t("public-rates-caption"), shown.iter().map(|t| (lang.t_args("public-rates-who", &[("name", t.name.as_str().into()), ("office", t.office.as_str().into())]), &t.tally)))))
            }
        }
    }
}

/// A table of answers per row: replied %, then each answer's count (headings in English).
pub fn rates_table<'a>(caption: &str, rows: impl Iterator<Item = (String, &'a Tally)>) -> Markup {
    rates_table_in(Lang::En, caption, rows)
}

/// [`rates_table`] with its headings in `lang`.
pub fn rates_table_in<'a>(
    lang: Lang,
    caption: &str,
    rows: impl Iterator<Item = (String, &'a Tally)>,
) -> Markup {
    html! {
        table.staff-table.rates {
            caption { (caption) }
            thead { tr {
                th scope="col" { (lang.t("public-rates-col-who")) }
                th.number scope="col" { (lang.t("public-rates-col-replied")) }
                th.number scope="col" { (lang.t("public-rates-col-yes")) }
                th.number scope="col" { (lang.t("public-rates-col-not-addressed")) }
                th.number scope="col" { (lang.t("public-rates-col-acknowledged")) }
                th.number scope="col" { (lang.t("public-rates-col-no")) }
                th.number scope="col" { (lang.t("public-rates-col-answers")) }
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
