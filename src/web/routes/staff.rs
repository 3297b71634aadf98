//! The back office for organisers, moderators and admins, and the one place its routes are
//! declared: [`AREAS`] lists every route under `/staff`, grouped by who may use it. The
//! declaration registers the routes with actix ([`configure`], with a middleware per group
//! that refuses anonymous visitors and wrong roles before any handler runs) and is what the
//! authorisation tests walk ([`samples`]). Every change also needs a CSRF token (`StaffForm`).

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
pub mod responses;
pub mod signatures;
pub mod updates;
pub mod users;

use actix_web::body::BoxBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::{from_fn, Next};
use actix_web::{guard, http, web, FromRequest, HttpMessage, Resource};

use super::form_addresses;
use crate::auth::{Area, Role, Staff};
use crate::web::error::AppError;

/// Who may use a group of staff routes.
#[derive(Debug, Clone, Copy)]
pub enum Access {
    /// Anyone: signing in, and setting a password from an emailed link.
    Public,
    /// Any signed-in staff member.
    Staff,
    /// Signed-in staff whose role reaches the area.
    Area(Area),
    /// Signed-in staff whose role reaches the area this request asks for, decided from its
    /// raw path and query (exports: contact details need more than the other files).
    ByRequest(fn(path: &str, query: &str) -> Area),
}

/// What one request needs, by [`Access::need`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Nothing,
    SignedIn,
    Area(Area),
}

impl Access {
    pub fn need(self, path: &str, query: &str) -> Need {
        match self {
            Access::Public => Need::Nothing,
            Access::Staff => Need::SignedIn,
            Access::Area(area) => Need::Area(area),
            Access::ByRequest(area) => Need::Area(area(path, query)),
        }
    }
}

impl Need {
    /// Whether a signed-in staff member with `role` passes.
    pub fn admits(self, role: Role) -> bool {
        match self {
            Need::Nothing | Need::SignedIn => true,
            Need::Area(area) => role.may(area),
        }
    }
}

/// The HTTP method a staff route answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// One staff route: its method, actix path pattern, the handler, and sample paths (with
/// ids and queries filled in) for the tests; a path without parameters is its own sample.
#[derive(Clone, Copy)]
pub struct StaffRoute {
    pub method: Method,
    pub path: &'static str,
    pub samples: &'static [&'static str],
    handler: fn(Resource) -> Resource,
}

const fn get(
    path: &'static str,
    samples: &'static [&'static str],
    handler: fn(Resource) -> Resource,
) -> StaffRoute {
    StaffRoute {
        method: Method::Get,
        path,
        samples,
        handler,
    }
}

const fn post(
    path: &'static str,
    samples: &'static [&'static str],
    handler: fn(Resource) -> Resource,
) -> StaffRoute {
    StaffRoute {
        method: Method::Post,
        path,
        samples,
        handler,
    }
}

/// A group of routes with one access rule.
pub struct Group {
    pub access: Access,
    pub routes: &'static [StaffRoute],
}

/// Every route under `/staff`, registered in this order (a fixed path before a pattern that
/// would also match it). Registering a staff route anywhere else fails
/// `tests/staff_auth.rs`; see docs/architecture-staff-access.md.
pub static AREAS: &[Group] = &[
    Group {
        access: Access::Public,
        routes: &[
            get("/staff/login", &[], |r| r.to(login::login_page)),
            post("/staff/login", &[], |r| r.to(login::login)),
            get("/staff/reset/{token}", &["/staff/reset/not-a-token"], |r| {
                r.to(password_reset::page)
            }),
            post("/staff/reset/{token}", &["/staff/reset/not-a-token"], |r| {
                r.to(password_reset::reset)
            }),
        ],
    },
    Group {
        access: Access::Staff,
        routes: &[
            get("/staff", &[], |r| r.to(home::home)),
            post("/staff/logout", &[], |r| r.to(login::logout)),
            get("/staff/password", &[], |r| r.to(users::password_page)),
            post("/staff/password", &[], |r| r.to(users::change_password)),
        ],
    },
    Group {
        access: Access::Area(Area::Campaigns),
        routes: &[
            get("/staff/campaigns", &[], |r| r.to(campaigns::list)),
            get("/staff/campaigns/new", &[], |r| r.to(campaigns::new_page)),
            post("/staff/campaigns/new/parse", &[], |r| {
                r.to(campaigns::parse)
            }),
            get("/staff/campaigns/new/parse", &[], |r| {
                r.to(form_addresses::campaign_new)
            }),
            post("/staff/campaigns", &[], |r| r.to(campaigns::create)),
            get(
                "/staff/campaigns/{slug}/edit",
                &["/staff/campaigns/british-values/edit"],
                |r| r.to(campaigns::edit_page),
            ),
            post(
                "/staff/campaigns/{slug}",
                &["/staff/campaigns/british-values"],
                |r| r.to(campaigns::update),
            ),
            get(
                "/staff/campaigns/{slug}",
                &["/staff/campaigns/british-values"],
                |r| r.to(form_addresses::campaign_edit),
            ),
            get(
                "/staff/campaigns/{slug}/dashboard",
                &["/staff/campaigns/british-values/dashboard"],
                |r| r.to(dashboard::dashboard),
            ),
            get(
                "/staff/campaigns/{slug}/embed",
                &["/staff/campaigns/british-values/embed"],
                |r| r.to(embed::page),
            ),
            get(
                "/staff/campaigns/{slug}/exports",
                &["/staff/campaigns/british-values/exports"],
                |r| r.to(exports::page),
            ),
            get(
                "/staff/campaigns/{slug}/updates",
                &["/staff/campaigns/british-values/updates"],
                |r| r.to(updates::page),
            ),
            post(
                "/staff/campaigns/{slug}/updates",
                &["/staff/campaigns/british-values/updates"],
                |r| r.to(updates::submit),
            ),
            get(
                "/staff/campaigns/{slug}/updates/{id}/edit",
                &["/staff/campaigns/british-values/updates/1/edit"],
                |r| r.to(updates::edit_form),
            ),
            post(
                "/staff/campaigns/{slug}/updates/{id}",
                &["/staff/campaigns/british-values/updates/1"],
                |r| r.to(updates::save),
            ),
            get(
                "/staff/campaigns/{slug}/responses",
                &["/staff/campaigns/british-values/responses"],
                |r| r.to(responses::list),
            ),
            post(
                "/staff/campaigns/{slug}/responses",
                &["/staff/campaigns/british-values/responses"],
                |r| r.to(responses::create),
            ),
            get(
                "/staff/campaigns/{slug}/responses/{id}/edit",
                &["/staff/campaigns/british-values/responses/1/edit"],
                |r| r.to(responses::edit_page),
            ),
            post(
                "/staff/campaigns/{slug}/responses/{id}",
                &["/staff/campaigns/british-values/responses/1"],
                |r| r.to(responses::update),
            ),
            get("/staff/api-tokens", &[], |r| r.to(api_tokens::list)),
            post("/staff/api-tokens", &[], |r| r.to(api_tokens::create)),
            post(
                "/staff/api-tokens/{id}/revoke",
                &["/staff/api-tokens/1/revoke"],
                |r| r.to(api_tokens::revoke),
            ),
            get(
                "/staff/api-tokens/{id}/revoke",
                &["/staff/api-tokens/1/revoke"],
                |r| r.to(form_addresses::token_revoke),
            ),
        ],
    },
    Group {
        access: Access::ByRequest(exports::area),
        routes: &[get(
            "/staff/campaigns/{slug}/exports/{file}",
            &[
                "/staff/campaigns/british-values/exports/counts.csv?by=day",
                "/staff/campaigns/british-values/exports/counts.json?by=hour",
                "/staff/campaigns/british-values/exports/counts.csv?by=constituency",
                "/staff/campaigns/british-values/exports/counts.json?by=country",
                "/staff/campaigns/british-values/exports/letters.csv",
                "/staff/campaigns/british-values/exports/letters.json",
                "/staff/campaigns/british-values/exports/letters.csv?writers=yes",
                "/staff/campaigns/british-values/exports/signers.csv",
                "/staff/campaigns/british-values/exports/signers.json",
                "/staff/campaigns/british-values/exports/signers%2Ecsv",
            ],
            |r| r.to(exports::download),
        )],
    },
    Group {
        access: Access::Area(Area::SignatureReview),
        routes: &[
            get("/staff/signatures", &[], |r| r.to(signatures::page)),
            post("/staff/signatures/invalidate", &[], |r| {
                r.to(signatures::invalidate)
            }),
            post("/staff/signatures/clear-suspects", &[], |r| {
                r.to(signatures::clear_suspects)
            }),
            post(
                "/staff/signatures/invalidations/{id}/revert",
                &["/staff/signatures/invalidations/1/revert"],
                |r| r.to(signatures::revert),
            ),
            get(
                "/staff/signatures/{action:invalidate|clear-suspects|invalidations/\\d+/revert}",
                &[
                    "/staff/signatures/invalidate",
                    "/staff/signatures/clear-suspects",
                    "/staff/signatures/invalidations/1/revert",
                ],
                |r| r.to(form_addresses::signature_actions),
            ),
        ],
    },
    Group {
        access: Access::Area(Area::Moderation),
        routes: &[
            get("/staff/moderation", &[], |r| r.to(moderation::queue)),
            // Before `/staff/moderation/{id}`, which would take it.
            get("/staff/moderation/bulk", &[], |r| {
                r.to(form_addresses::moderation_bulk)
            }),
            post("/staff/moderation/bulk", &[], |r| r.to(moderation::bulk)),
            // The saved notes, before `/staff/moderation/{id}` too.
            get("/staff/moderation/notes", &[], |r| r.to(moderation::notes)),
            post("/staff/moderation/notes", &[], |r| {
                r.to(moderation::add_note)
            }),
            post(
                "/staff/moderation/notes/{id}/remove",
                &["/staff/moderation/notes/1/remove"],
                |r| r.to(moderation::remove_note),
            ),
            get("/staff/moderation/{id}", &["/staff/moderation/1"], |r| {
                r.to(moderation::show)
            }),
            post(
                "/staff/moderation/{id}/approve",
                &["/staff/moderation/1/approve"],
                |r| r.to(moderation::approve),
            ),
            post(
                "/staff/moderation/{id}/reject",
                &["/staff/moderation/1/reject"],
                |r| r.to(moderation::reject),
            ),
            post(
                "/staff/moderation/{id}/hide",
                &["/staff/moderation/1/hide"],
                |r| r.to(moderation::hide),
            ),
            post(
                "/staff/moderation/{id}/restore",
                &["/staff/moderation/1/restore"],
                |r| r.to(moderation::restore),
            ),
            post(
                "/staff/moderation/{id}/redact",
                &["/staff/moderation/1/redact"],
                |r| r.to(moderation::redact),
            ),
            post(
                "/staff/moderation/{id}/claim",
                &["/staff/moderation/1/claim"],
                |r| r.to(moderation::claim),
            ),
            get(
                "/staff/moderation/{id}/{action:approve|reject|hide|claim}",
                &[
                    "/staff/moderation/1/approve",
                    "/staff/moderation/1/reject",
                    "/staff/moderation/1/hide",
                    "/staff/moderation/1/claim",
                ],
                |r| r.to(form_addresses::moderation_decision),
            ),
            get("/staff/audit/moderation", &[], |r| r.to(audit::moderation)),
        ],
    },
    Group {
        access: Access::Area(Area::Accounts),
        routes: &[
            get("/staff/users", &[], |r| r.to(users::list)),
            post("/staff/users", &[], |r| r.to(users::add)),
            post("/staff/users/{id}/role", &["/staff/users/1/role"], |r| {
                r.to(users::set_role)
            }),
            post(
                "/staff/users/{id}/enabled",
                &["/staff/users/1/enabled"],
                |r| r.to(users::set_enabled),
            ),
            post("/staff/users/{id}/reset", &["/staff/users/1/reset"], |r| {
                r.to(users::send_reset)
            }),
            get(
                "/staff/users/{id}/password",
                &["/staff/users/1/password"],
                |r| r.to(users::set_password_page),
            ),
            post(
                "/staff/users/{id}/password",
                &["/staff/users/1/password"],
                |r| r.to(users::set_password),
            ),
            get(
                "/staff/users/{id}/{action:role|enabled}",
                &["/staff/users/1/role", "/staff/users/1/enabled"],
                |r| r.to(form_addresses::user_actions),
            ),
        ],
    },
    Group {
        access: Access::Area(Area::AuditLog),
        routes: &[get("/staff/audit", &[], |r| r.to(audit::list))],
    },
];

/// Registers every staff route of [`AREAS`], each behind its group's access check.
pub fn configure(cfg: &mut web::ServiceConfig) {
    for group in AREAS {
        for route in group.routes {
            let method = match route.method {
                Method::Get => guard::Method(http::Method::GET),
                Method::Post => guard::Method(http::Method::POST),
            };
            let resource = (route.handler)(web::resource(route.path).guard(method));
            match group.access {
                Access::Public => cfg.service(resource),
                access => cfg.service(resource.wrap(from_fn(
                    move |req: ServiceRequest, next: Next<BoxBody>| enforce(access, req, next),
                ))),
            };
        }
    }
}

/// Refuses a request its group's rule does not admit: no staff session, a redirect to sign
/// in (`AppError::SignInRequired`); a role that does not reach the area, 403. The signed-in
/// `Staff` is kept in the request for the handler's extractors.
async fn enforce(
    access: Access,
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let need = access.need(req.path(), req.query_string());
    if need != Need::Nothing {
        let staff = match Staff::from_request(req.request(), &mut Payload::None).await {
            Ok(staff) => staff,
            Err(error) => return Ok(req.error_response(error)),
        };
        if !need.admits(staff.role) {
            return Ok(req.error_response(AppError::Forbidden));
        }
        req.extensions_mut().insert(staff);
    }
    next.call(req).await
}

/// One request the tests make: a sample path of a declared route and what it needs.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub method: &'static str,
    /// The declared actix pattern.
    pub pattern: &'static str,
    /// With sample ids and query.
    pub path: &'static str,
    pub need: Need,
}

/// Every sample of every declared staff route, with what its group's rule says it needs.
pub fn samples() -> impl Iterator<Item = Sample> {
    AREAS.iter().flat_map(|group| {
        group.routes.iter().flat_map(move |route| {
            let paths: &'static [&'static str] = if route.samples.is_empty() {
                std::slice::from_ref(&route.path)
            } else {
                route.samples
            };
            paths.iter().map(move |path| {
                let (bare, query) = path.split_once('?').unwrap_or((path, ""));
                Sample {
                    method: route.method.as_str(),
                    pattern: route.path,
                    path,
                    need: group.access.need(bare, query),
                }
            })
        })
    })
}
