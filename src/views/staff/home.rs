//! The staff home page.

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;

pub fn page(staff: &Staff) -> Markup {
    layout::page(
        staff,
        "Staff",
        html! {
            section.notice {
                h1 { "Staff pages" }
                p { "You are signed in as " (staff.email) ", " (staff.role) "." }
                ul.areas { @for (href, label) in layout::areas(staff) { li { a href=(href) { (label) } } } }
            }
        },
    )
}
