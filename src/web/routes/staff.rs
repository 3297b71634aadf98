//! The back office for organisers, moderators and admins. Every page here needs a staff
//! session (the `Staff` extractor) and every change a CSRF token (`StaffForm`).

pub mod api_tokens;
pub mod audit;
pub mod campaigns;
pub mod dashboard;
pub mod embed;
pub mod exports;
pub mod home;
pub mod login;
pub mod moderation;
pub mod password_reset;
pub mod signatures;
pub mod users;

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
        method: "POST",
        path: "/staff/users/1/reset",
        area: Some(Area::Accounts),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/users/1/password",
        area: Some(Area::Accounts),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/users/1/password",
        area: Some(Area::Accounts),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/api-tokens",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/api-tokens",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/api-tokens/1/revoke",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/new",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/campaigns/new/parse",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/campaigns",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/edit",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/campaigns/british-values",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/embed",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/counts.csv?by=day",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/counts.json?by=hour",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/counts.csv?by=constituency",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/counts.json?by=country",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/letters.csv",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/letters.json",
        area: Some(Area::Campaigns),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/letters.csv?writers=yes",
        area: Some(Area::SignerContacts),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/signers.csv",
        area: Some(Area::SignerContacts),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/exports/signers.json",
        area: Some(Area::SignerContacts),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/campaigns/british-values/dashboard",
        area: Some(Area::Campaigns),
    },
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
    StaffRoute {
        method: "GET",
        path: "/staff/signatures",
        area: Some(Area::SignatureReview),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/signatures/invalidate",
        area: Some(Area::SignatureReview),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/signatures/clear-suspects",
        area: Some(Area::SignatureReview),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/signatures/invalidations/1/revert",
        area: Some(Area::SignatureReview),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/moderation",
        area: Some(Area::Moderation),
    },
    StaffRoute {
        method: "GET",
        path: "/staff/moderation/1",
        area: Some(Area::Moderation),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/moderation/1/approve",
        area: Some(Area::Moderation),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/moderation/1/reject",
        area: Some(Area::Moderation),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/moderation/1/hide",
        area: Some(Area::Moderation),
    },
    StaffRoute {
        method: "POST",
        path: "/staff/moderation/bulk",
        area: Some(Area::Moderation),
    },
];
