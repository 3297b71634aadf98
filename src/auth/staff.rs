//! Who a signed-in staff member is: the plain data the pages and rules need.

use super::role::Role;

/// A signed-in, enabled staff member.
#[derive(Debug, Clone)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub csrf: String,
    /// The path asked for, so the staff menu can mark the page it is on.
    pub path: String,
    /// The language the staff pages are shown in (the visitor's choice, as on public pages).
    pub lang: crate::i18n::Lang,
}
