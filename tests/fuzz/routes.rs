//! Every route in the app (`src/routes/`), with the fields each one reads and a valid
//! sample of each, for the fuzzer to start from. `{name}` in a path is filled from
//! [`super::generate::Known`] or with junk.

/// What a route reads from its body.
#[derive(Debug, Clone, Copy)]
pub enum Body {
    None,
    /// A urlencoded form with these fields (name, valid sample).
    Form(&'static [(&'static str, &'static str)]),
}

#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub query: &'static [(&'static str, &'static str)],
    pub body: Body,
    /// Relative share of the generated requests. Routes that hash a password get little.
    pub weight: u32,
}

impl Route {
    pub fn is_staff(&self) -> bool {
        self.path.starts_with("/staff") && !self.path.starts_with("/staff/login")
    }

    pub fn is_api(&self) -> bool {
        self.path.starts_with("/api/")
    }

    /// Whether `path` (with sample ids, as in `routes::staff::ROUTES`) is this route.
    pub fn matches(&self, method: &str, path: &str) -> bool {
        let path = path.split('?').next().unwrap_or(path);
        let mine: Vec<&str> = self.path.split('/').collect();
        let theirs: Vec<&str> = path.split('/').collect();
        method == self.method
            && mine.len() == theirs.len()
            && mine
                .iter()
                .zip(&theirs)
                .all(|(a, b)| a == b || (a.starts_with('{') && a.ends_with('}')))
    }
}

const SIGN: &[(&str, &str)] = &[
    ("full_name", "Ada Lovelace"),
    ("email", "ada@example.org"),
    ("postcode", "SW1A 1AA"),
    ("country", "GB"),
    ("updates", "yes"),
    ("website", ""),
];

const LETTER: &[(&str, &str)] = &[
    ("full_name", "Ada Lovelace"),
    ("email", "ada@example.org"),
    ("postcode", "SW1A 1AA"),
    ("country", "GB"),
    ("constituency", "E14001172"),
    ("subject", "Trade with Kazakhstan"),
    (
        "body",
        "I am writing as your constituent about UK trade with Kazakhstan, which worries me.",
    ),
    ("publish", "yes"),
    ("public_name", "Ada L."),
    ("mp_search", "Holborn"),
    ("website", ""),
    ("action", "save"),
];

const CAMPAIGN: &[(&str, &str)] = &[
    ("kicker", "Featured letter"),
    ("headline", "Save our library"),
    ("summary", "Keep it open"),
    ("author_name", "Ada Lovelace"),
    ("author_role", "Chair"),
    (
        "body_markdown",
        "Keep the library open on Saturdays.\n\n## Why\n\nChildren use it.",
    ),
    (
        "attribution",
        "A version of this letter appeared in the Post.",
    ),
    ("image_caption", "The library"),
    ("image_credit", "A. Photographer"),
    ("image_licence", "CC BY"),
    ("image_file", "images/library.jpg"),
    ("image_alt", "A library"),
    ("slug", "fuzz-campaign"),
    ("goal", "1,000"),
    ("targets", "own-mp\nprime-minister"),
    ("similarity_threshold", "0.8"),
    ("opens_at", "2027-01-01T09:00"),
    ("closes_at", "2027-02-01T09:00"),
    ("featured", "yes"),
    ("reason", "fuzzing"),
];

const SEARCH: &[(&str, &str)] = &[
    ("campaign", "british-values"),
    ("email_domain", "example.org"),
    ("ip", "127.0.0.0/8"),
    ("postcode", "SW1A"),
    ("constituency", "E14001172"),
    ("from", "2026-01-01"),
    ("to", "2026-12-31T23:59"),
    ("status", "suspect"),
];

const INVALIDATE: &[(&str, &str)] = &[
    ("campaign", "british-values"),
    ("email_domain", "example.org"),
    ("ip", "203.0.113.0/24"),
    ("postcode", "SW1A"),
    ("from", "2026-01-01"),
    ("to", "2026-12-31"),
    ("status", "suspect"),
    ("expected", "1"),
    ("reason", "a bot"),
];

const AUDIT: &[(&str, &str)] = &[
    ("actor", "admin@missive.test"),
    ("action", "campaign.update"),
    ("subject_type", "campaign"),
    ("subject_id", "1"),
    ("since", "2026-01-01"),
    ("until", "2026-12-31"),
];

const PAGE: &[(&str, &str)] = &[("page", "2"), ("per_page", "10")];

const fn get(path: &'static str, query: &'static [(&'static str, &'static str)]) -> Route {
    Route {
        method: "GET",
        path,
        query,
        body: Body::None,
        weight: 10,
    }
}

const fn post(path: &'static str, fields: &'static [(&'static str, &'static str)]) -> Route {
    Route {
        method: "POST",
        path,
        query: &[],
        body: Body::Form(fields),
        weight: 10,
    }
}

const fn weighted(route: Route, weight: u32) -> Route {
    Route { weight, ..route }
}

pub const ROUTES: &[Route] = &[
    // Public pages and JSON.
    get("/", &[]),
    get("/campaigns.json", &[]),
    get("/campaigns/{slug}.json", &[]),
    get("/campaigns/{slug}", &[]),
    get("/campaigns/{slug}/count.json", &[]),
    get("/campaigns/{slug}/embed", &[]),
    get("/campaigns/{slug}/versions", &[]),
    get("/campaign-images/{opaque}", &[]),
    get("/unsubscribe/{opaque}", &[]),
    post(
        "/unsubscribe/{opaque}",
        &[("List-Unsubscribe", "One-Click")],
    ),
    get("/replies/{opaque}", &[]),
    post("/replies/{opaque}", &[("answer", "yes")]),
    weighted(post("/campaigns/{slug}/signatures", SIGN), 30),
    get("/campaigns/{slug}/signed", &[]),
    get("/signatures/confirm/{sig_token}", &[]),
    post("/signatures/confirm/{sig_token}", &[]),
    get("/campaigns/{slug}/confirmed", &[]),
    get("/signatures/confirm/{sig_token}/withdraw", &[]),
    // Its own signature: withdrawing the shared one would end the other routes' reach.
    post("/signatures/confirm/{doomed_sig_token}/withdraw", &[]),
    get("/campaigns/{slug}/withdrawn", &[]),
    get("/campaigns/{slug}/write", &[("start", "blank")]),
    weighted(post("/campaigns/{slug}/letters", LETTER), 30),
    get("/letters/{letter_token}", &[("notice", "saved")]),
    weighted(post("/letters/{letter_token}", LETTER), 20),
    weighted(post("/letters/{letter_token}/autosave", LETTER), 20),
    get("/letters/{letter_token}/print/{official}", &[]),
    get("/letters/{letter_token}/delete", &[]),
    post("/letters/{doomed_letter_token}/delete", &[]),
    get("/campaigns/{slug}/letter-deleted", &[("sent", "yes")]),
    get("/campaigns/{slug}/letters", &[("page", "2")]),
    get("/health", &[]),
    get("/static/{static}", &[]),
    // Staff.
    get("/staff/login", &[]),
    weighted(
        post(
            "/staff/login",
            &[
                ("email", "admin@missive.test"),
                ("password", "not the password"),
            ],
        ),
        3,
    ),
    post("/staff/logout", &[]),
    get("/staff", &[]),
    get("/staff/campaigns", &[("saved", "created")]),
    get("/staff/campaigns/new", &[]),
    post(
        "/staff/campaigns/new/parse",
        &[(
            "letter",
            "Featured letter\nSave our library\nAda Lovelace, Chair\nKeep it open, please.",
        )],
    ),
    weighted(post("/staff/campaigns", CAMPAIGN), 20),
    get("/staff/campaigns/{slug}/edit", &[]),
    // Only the fuzzer's own campaign: a valid change could close the one signed at the end.
    weighted(post("/staff/campaigns/{campaign_slug}", CAMPAIGN), 20),
    get("/staff/campaigns/{slug}/dashboard", &[("sort", "name")]),
    get("/staff/campaigns/{slug}/embed", &[]),
    get("/staff/campaigns/{slug}/exports", &[]),
    get(
        "/staff/campaigns/{slug}/exports/{export}",
        &[("by", "constituency"), ("writers", "yes")],
    ),
    get("/staff/signatures", SEARCH),
    post("/staff/signatures/invalidate", INVALIDATE),
    post("/staff/signatures/clear-suspects", INVALIDATE),
    post(
        "/staff/signatures/invalidations/{invalidation}/revert",
        &[("reason", "a mistake")],
    ),
    get(
        "/staff/moderation",
        &[("done", "approved"), ("count", "2"), ("skipped", "1")],
    ),
    get("/staff/moderation/{letter_id}", &[]),
    post("/staff/moderation/{letter_id}/approve", &[]),
    post(
        "/staff/moderation/{letter_id}/reject",
        &[("reason", "spam"), ("note", "Looks automated")],
    ),
    post("/staff/moderation/{letter_id}/hide", &[("reason", "spam")]),
    post(
        "/staff/moderation/bulk",
        &[
            ("ids", "1"),
            ("ids", "2"),
            ("action", "reject"),
            ("reason", "duplicate"),
            ("note", ""),
        ],
    ),
    get("/staff/users", &[("done", "added")]),
    weighted(
        post(
            "/staff/users",
            &[
                ("email", "new.moderator@missive.test"),
                ("role", "moderator"),
                ("password", "a long and unusual passphrase"),
            ],
        ),
        2,
    ),
    post("/staff/users/{user_id}/role", &[("role", "organiser")]),
    post(
        "/staff/users/{user_id}/enabled",
        &[("enabled", "no"), ("confirm", "yes")],
    ),
    post("/staff/users/{user_id}/reset", &[]),
    get("/staff/users/{user_id}/password", &[]),
    weighted(
        post(
            "/staff/users/{user_id}/password",
            &[
                ("password", "a long and unusual passphrase"),
                ("confirm", "a long and unusual passphrase"),
            ],
        ),
        2,
    ),
    get("/staff/reset/{reset_token}", &[]),
    weighted(
        post(
            "/staff/reset/{reset_token}",
            &[
                ("password", "a long and unusual passphrase"),
                ("confirm", "a long and unusual passphrase"),
                ("csrf", "x"),
            ],
        ),
        2,
    ),
    get("/staff/password", &[]),
    weighted(
        post(
            "/staff/password",
            &[
                ("current", "wrong"),
                ("password", "a long and unusual passphrase"),
                ("confirm", "a long and unusual passphrase"),
            ],
        ),
        1,
    ),
    get("/staff/audit", AUDIT),
    get("/staff/audit/moderation", AUDIT),
    get("/staff/campaigns/{slug}/updates", &[]),
    post(
        "/staff/campaigns/{slug}/updates",
        &[
            ("subject", "News from the campaign"),
            ("body_markdown", "We passed **100** signatures."),
            ("send_at", ""),
            ("action", "preview"),
        ],
    ),
    get("/staff/campaigns/{slug}/updates/{row_id}/edit", &[]),
    post(
        "/staff/campaigns/{slug}/updates/{row_id}",
        &[("subject", "Corrected"), ("body_markdown", "Text")],
    ),
    get("/staff/campaigns/{slug}/responses", &[]),
    post(
        "/staff/campaigns/{slug}/responses",
        &[
            ("official", "1"),
            ("received_on", "2026-11-30"),
            ("summary", "The minister replied"),
            ("body", "Thank you for your letter."),
            ("as_received", "yes"),
        ],
    ),
    get("/staff/campaigns/{slug}/responses/{row_id}/edit", &[]),
    post(
        "/staff/campaigns/{slug}/responses/{row_id}",
        &[("summary", "Corrected"), ("received_on", "2026-11-30")],
    ),
    get("/staff/moderation/notes", &[]),
    post(
        "/staff/moderation/notes",
        &[("note", "Please keep to the topic")],
    ),
    post("/staff/moderation/notes/{row_id}/remove", &[]),
    post(
        "/staff/moderation/{letter_id}/claim",
        &[("take_over", "yes")],
    ),
    post(
        "/staff/moderation/{letter_id}/restore",
        &[("reason", "a mistake")],
    ),
    post(
        "/staff/moderation/{letter_id}/redact",
        &[
            ("body", "Dear MP, my letter."),
            ("change_note", "Took out a phone number"),
        ],
    ),
    get("/staff/api-tokens", &[("done", "revoked")]),
    post(
        "/staff/api-tokens",
        &[("name", "CRM sync"), ("campaign", "1")],
    ),
    post("/staff/api-tokens/{api_token_id}/revoke", &[]),
    // GET on the staff forms' addresses (a reload after an error): back to the form.
    get("/staff/campaigns/new/parse", &[]),
    get("/staff/campaigns/{slug}", &[]),
    get("/staff/api-tokens/{api_token_id}/revoke", &[]),
    get("/staff/signatures/invalidate", &[]),
    get("/staff/signatures/clear-suspects", &[]),
    get("/staff/signatures/invalidations/{invalidation}/revert", &[]),
    get("/staff/moderation/bulk", &[]),
    get("/staff/moderation/{letter_id}/approve", &[]),
    get("/staff/moderation/{letter_id}/reject", &[]),
    get("/staff/moderation/{letter_id}/hide", &[]),
    get("/staff/moderation/{letter_id}/claim", &[]),
    get("/staff/users/{user_id}/role", &[]),
    get("/staff/users/{user_id}/enabled", &[]),
    // The organisers' API.
    get("/api/v1", &[]),
    get("/api/v1/petitions", PAGE),
    get("/api/v1/petitions/{petition}", &[]),
    get("/api/v1/petitions/{petition}/signatures", PAGE),
    get("/api/v1/petitions/{petition}/signatures/{signature}", &[]),
];
