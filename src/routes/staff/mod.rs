//! The back office for organisers, moderators and admins. Every page here needs a staff
//! session (the `Staff` extractor) and every change a CSRF token (`StaffForm`).

pub mod home;
pub mod login;

use crate::auth::Area;

/// One staff route and who may use it (`None`: any signed-in staff member). The tests walk
/// this table to prove every staff route refuses anonymous visitors, wrong roles and
/// requests without a CSRF token; add each new staff route here.
#[derive(Debug, Clone, Copy)]
pub struct StaffRoute {
    pub method: &'static str,
    /// With sample ids where the route takes one.
    pub path: &'static str,
    pub area: Option<Area>,
}

pub const ROUTES: &[StaffRoute] = &[
    StaffRoute {
        method: "GET",
        path: "/staff",
        area: None,
    },
    StaffRoute {
        method: "POST",
        path: "/staff/logout",
        area: None,
    },
];
