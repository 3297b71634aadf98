//! The frame of every signed-in staff page: navigation by role and a sign-out button.

use maud::{html, Markup};

use crate::auth::{Area, Staff};
use crate::views::layout;

/// The areas in the staff navigation, and who sees them.
const AREAS: [(Area, &str, &str); 6] = [
    (Area::Moderation, "/staff/moderation", "Letters to moderate"),
    (
        Area::SignatureReview,
        "/staff/signatures",
        "Signature review",
    ),
    (Area::Campaigns, "/staff/campaigns", "Campaigns"),
    (Area::Campaigns, "/staff/api-tokens", "API tokens"),
    (Area::Accounts, "/staff/users", "Staff accounts"),
    (Area::AuditLog, "/staff/audit", "Audit log"),
];

/// The hidden CSRF field every staff form carries.
pub fn csrf(staff: &Staff) -> Markup {
    html! { input type="hidden" name="csrf" value=(staff.csrf); }
}

pub fn page(staff: &Staff, title: &str, body: Markup) -> Markup {
    layout::page(
        title,
        html! {
            nav.staff aria-label="Staff" {
                ul {
                    li { a href="/staff" { "Staff home" } }
                    @for (area, href, label) in AREAS {
                        @if staff.role.may(area) { li { a href=(href) { (label) } } }
                    }
                    li { a href="/staff/password" { "Your password" } }
                }
                form method="post" action="/staff/logout" {
                    (csrf(staff))
                    span.small { (staff.email) " (" (staff.role) ") " }
                    button.secondary type="submit" { "Sign out" }
                }
            }
            (body)
        },
    )
}

/// Links to the areas a role reaches, for the staff home page.
pub fn areas(staff: &Staff) -> Vec<(&'static str, &'static str)> {
    AREAS
        .iter()
        .filter(|(area, _, _)| staff.role.may(*area))
        .map(|(_, href, label)| (*href, *label))
        .collect()
}
