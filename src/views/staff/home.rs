//! The staff home page: the areas this role reaches, and what waits there for staff, each
//! count a link to the filtered list.

use maud::{html, Markup};

use super::layout::{self, counted, role_name};
use crate::auth::Staff;
use crate::db::models::letter_queue::{Suspects, Waiting as Letters};

/// What waits for this staff member (empty where their role does not reach).
#[derive(Debug, Default)]
pub struct Waiting {
    pub letters: Vec<Letters>,
    pub unconfirmed: i64,
    pub suspects: Vec<Suspects>,
}

pub fn page(staff: &Staff, waiting: &Waiting) -> Markup {
    let lang = staff.lang;
    let letters: i64 = waiting.letters.iter().map(|w| w.letters).sum();
    let suspects: i64 = waiting.suspects.iter().map(|s| s.signatures).sum();
    let anything = letters > 0 || suspects > 0 || waiting.unconfirmed > 0;
    let signed_in = lang.t_args(
        "staff-home-signed-in",
        &[
            ("email", staff.email.as_str().into()),
            ("role", role_name(lang, staff.role).into()),
        ],
    );
    layout::page(
        staff,
        &lang.t("staff-home-title"),
        html! {
            section.notice {
                h1 { (lang.t("staff-home-heading")) }
                p { (signed_in) }
                ul.areas { @for (href, label) in layout::areas(staff) { li { a href=(href) { (label) } } } }
            }
            @if anything {
                section.waiting aria-labelledby="waiting-heading" {
                    h2 #waiting-heading { (lang.t("staff-waiting-heading")) }
                    ul.waiting-counts {
                        @if letters > 0 {
                            li {
                                a href="/staff/moderation" { (counted(lang, "staff-waiting-letters", letters, &[])) }
                                ul { @for w in &waiting.letters {
                                    li { a href={ "/staff/moderation?campaign=" (w.slug) } {
                                        (counted(lang, "staff-waiting-campaign-letters", w.letters, &[("headline", w.headline.as_str().into())]))
                                    } }
                                } }
                            }
                        }
                        @if waiting.unconfirmed > 0 {
                            li { a href="/staff/moderation?status=unconfirmed" { (counted(lang, "staff-waiting-unconfirmed", waiting.unconfirmed, &[])) } }
                        }
                        @if suspects > 0 {
                            li {
                                (counted(lang, "staff-waiting-suspects", suspects, &[]))
                                ul { @for s in &waiting.suspects {
                                    li { a href={ "/staff/signatures?campaign=" (s.slug) "&status=suspect" } {
                                        (counted(lang, "staff-waiting-campaign-signatures", s.signatures, &[("headline", s.headline.as_str().into())]))
                                    } }
                                } }
                            }
                        }
                    }
                }
            }
        },
    )
}
