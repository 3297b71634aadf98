//! The frame of every signed-in staff page: navigation by role and a sign-out button.

use maud::{html, Markup};

use crate::auth::{Area, Staff};
use crate::views::layout;

/// The areas in the staff navigation, and who sees them.
const AREAS: [(Area, &str, &str); 7] = [
    (Area::Moderation, "/staff/moderation", "Letters to moderate"),
    (
        Area::Moderation,
        "/staff/audit/moderation",
        "Moderation log",
    ),
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
    let links = menu(staff);
    // The most specific entry is current (the moderation log, not the audit log around it).
    let here = links
        .iter()
        .map(|(href, _)| *href)
        .filter(|href| current(&staff.path, href))
        .max_by_key(|href| href.len());
    layout::page(
        title,
        html! {
            nav.staff aria-label="Staff" {
                ul {
                    @for (href, label) in links {
                        li { a href=(href) aria-current=[(here == Some(href)).then_some("page")] { (label) } }
                    }
                }
                form.sign-out method="post" action="/staff/logout" {
                    (csrf(staff))
                    span.who { (staff.email) " (" (staff.role) ")" }
                    " "
                    button.secondary type="submit" { "Sign out" }
                }
            }
            (body)
        },
    )
}

/// The staff menu's links for this role, in order.
fn menu(staff: &Staff) -> Vec<(&'static str, &'static str)> {
    let mut links = vec![("/staff", "Staff home")];
    links.extend(areas(staff));
    links.push(("/staff/password", "Your password"));
    links
}

/// Whether `href` is the menu entry for `path`: the page itself or one inside its area
/// (a letter under `/staff/moderation`). The staff home is current only on itself.
fn current(path: &str, href: &str) -> bool {
    let path = path.trim_end_matches('/');
    path == href
        || (href != "/staff"
            && path
                .strip_prefix(href)
                .is_some_and(|rest| rest.starts_with('/')))
}

/// Links to the areas a role reaches, for the staff home page.
pub fn areas(staff: &Staff) -> Vec<(&'static str, &'static str)> {
    AREAS
        .iter()
        .filter(|(area, _, _)| staff.role.may(*area))
        .map(|(_, href, label)| (*href, *label))
        .collect()
}
