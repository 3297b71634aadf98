//! The frame of every signed-in staff page: navigation by role and a sign-out button, in
//! the staff member's language (`staff.lang`), with the language switcher.

use maud::{html, Markup};

use crate::auth::{Area, Role, Staff};
use crate::i18n::{Arg, Lang};
use crate::views::layout::{self, Locale};

/// The areas in the staff navigation, who sees them, and their names' message ids.
const AREAS: [(Area, &str, &str); 7] = [
    (
        Area::Moderation,
        "/staff/moderation",
        "staff-nav-moderation",
    ),
    (
        Area::Moderation,
        "/staff/audit/moderation",
        "staff-nav-moderation-log",
    ),
    (
        Area::SignatureReview,
        "/staff/signatures",
        "staff-nav-signatures",
    ),
    (Area::Campaigns, "/staff/campaigns", "staff-nav-campaigns"),
    (Area::Campaigns, "/staff/api-tokens", "staff-nav-api-tokens"),
    (Area::Accounts, "/staff/users", "staff-nav-accounts"),
    (Area::AuditLog, "/staff/audit", "staff-nav-audit"),
];

/// The hidden CSRF field every staff form carries.
pub fn csrf(staff: &Staff) -> Markup {
    html! { input type="hidden" name="csrf" value=(staff.csrf); }
}

/// A role's name in `lang`.
pub fn role_name(lang: Lang, role: Role) -> String {
    lang.t(match role {
        Role::Admin => "staff-who-role-admin",
        Role::Moderator => "staff-who-role-moderator",
        Role::Organiser => "staff-who-role-organiser",
    })
}

/// The message `id` about `n` things: `$count` (the number, which picks the plural form)
/// and `$n` (the figure as the language writes it), with `more` arguments.
pub fn counted(lang: Lang, id: &str, n: i64, more: &[(&str, Arg<'_>)]) -> String {
    let mut args = vec![("count", Arg::Number(n)), ("n", lang.number(n).into())];
    args.extend(more.iter().cloned());
    lang.t_args(id, &args)
}

/// A whole staff page in `staff.lang`: `title` names it in the tab, `body` follows the
/// staff navigation in `<main>`.
pub fn page(staff: &Staff, title: &str, body: Markup) -> Markup {
    let lang = staff.lang;
    let links = menu(staff);
    // The most specific entry is current (the moderation log, not the audit log around it).
    let here = links
        .iter()
        .map(|(href, _)| *href)
        .filter(|href| current(&staff.path, href))
        .max_by_key(|href| href.len());
    let who = lang.t_args(
        "staff-signed-in-who",
        &[
            ("email", staff.email.as_str().into()),
            ("role", role_name(lang, staff.role).into()),
        ],
    );
    let locale = Locale {
        lang,
        path: &staff.path,
    };
    layout::localised(
        &locale,
        title,
        html! {},
        html! {
            nav.staff aria-label=(lang.t("staff-nav-label")) {
                ul {
                    @for (href, label) in &links {
                        li { a href=(href) aria-current=[(here == Some(*href)).then_some("page")] { (label) } }
                    }
                }
                form.sign-out method="post" action="/staff/logout" {
                    (csrf(staff))
                    span.who { (who) }
                    " "
                    button.secondary type="submit" { (lang.t("staff-sign-out")) }
                }
            }
            (body)
        },
    )
}

/// The staff menu's links for this role, in order, named in the staff member's language.
fn menu(staff: &Staff) -> Vec<(&'static str, String)> {
    let lang = staff.lang;
    let mut links = vec![("/staff", lang.t("staff-nav-home"))];
    links.extend(areas(staff));
    links.push(("/staff/password", lang.t("staff-nav-password")));
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

/// Links to the areas a role reaches, for the staff home page, named in `staff.lang`.
pub fn areas(staff: &Staff) -> Vec<(&'static str, String)> {
    AREAS
        .iter()
        .filter(|(area, _, _)| staff.role.may(*area))
        .map(|(_, href, key)| (*href, staff.lang.t(key)))
        .collect()
}
