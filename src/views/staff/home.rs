//! The staff home page: the areas this role reaches, and what waits there for staff, each
//! count a link to the filtered list.

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;
use crate::db::models::letter_queue::{Suspects, Waiting as Letters};

/// What waits for this staff member (empty where their role does not reach).
#[derive(Debug, Default)]
pub struct Waiting {
    pub letters: Vec<Letters>,
    pub unconfirmed: i64,
    pub suspects: Vec<Suspects>,
}

fn plural(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub fn page(staff: &Staff, waiting: &Waiting) -> Markup {
    let letters: i64 = waiting.letters.iter().map(|w| w.letters).sum();
    let suspects: i64 = waiting.suspects.iter().map(|s| s.signatures).sum();
    let anything = letters > 0 || suspects > 0 || waiting.unconfirmed > 0;
    layout::page(
        staff,
        "Staff",
        html! {
            section.notice {
                h1 { "Staff pages" }
                p { "You are signed in as " (staff.email) ", " (staff.role) "." }
                ul.areas { @for (href, label) in layout::areas(staff) { li { a href=(href) { (label) } } } }
            }
            @if anything {
                section.waiting aria-labelledby="waiting-heading" {
                    h2 #waiting-heading { "Waiting for staff" }
                    ul.waiting-counts {
                        @if letters > 0 {
                            li {
                                a href="/staff/moderation" { (plural(letters, "letter waits", "letters wait")) " for moderation" }
                                ul { @for w in &waiting.letters {
                                    li { a href={ "/staff/moderation?campaign=" (w.slug) } { (plural(w.letters, "letter", "letters")) ": " (w.headline) } }
                                } }
                            }
                        }
                        @if waiting.unconfirmed > 0 {
                            li { a href="/staff/moderation?status=unconfirmed" { (plural(waiting.unconfirmed, "letter waits for its writer", "letters wait for their writers")) " to confirm their address" } }
                        }
                        @if suspects > 0 {
                            li {
                                (plural(suspects, "suspect signature waits", "suspect signatures wait")) " for review"
                                ul { @for s in &waiting.suspects {
                                    li { a href={ "/staff/signatures?campaign=" (s.slug) "&status=suspect" } { (plural(s.signatures, "signature", "signatures")) ": " (s.headline) } }
                                } }
                            }
                        }
                    }
                }
            }
        },
    )
}
