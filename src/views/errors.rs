//! Error pages, in plain words.

use maud::{html, Markup};

use super::layout;

pub fn not_found() -> Markup {
    layout::page(
        "Page not found",
        html! {
            section.notice {
                h1 { "Page not found" }
                p { "If you typed the address, check it is correct. If you followed a link, it may be out of date." }
                p { a href="/" { "Go to the featured letter" } }
            }
        },
    )
}

/// A 404 under `/staff/`: back to the staff home rather than the featured letter.
pub fn staff_not_found() -> Markup {
    layout::page(
        "Page not found",
        html! {
            section.notice {
                h1 { "Staff page not found" }
                p { "There is no staff page at this address. If you followed a link, what it named may have been removed." }
                p { a href="/staff" { "Back to the staff pages" } }
            }
        },
    )
}

pub fn bad_request() -> Markup {
    layout::page(
        "Something was wrong with that request",
        html! {
            section.notice {
                h1 { "We could not read what was sent" }
                p { "Go back, reload the page and try again." }
            }
        },
    )
}

pub fn server_error() -> Markup {
    layout::page(
        "Sorry, something went wrong",
        html! {
            section.notice {
                h1 { "Sorry, something went wrong on our side" }
                p { "Nothing you sent was lost by you: please try again in a minute." }
            }
        },
    )
}

pub fn no_campaigns() -> Markup {
    layout::page(
        "No campaigns yet",
        html! {
            section.notice {
                h1 { "No campaigns yet" }
                p { "An organiser can add one with " code { "missive campaign import FILE" } "." }
            }
        },
    )
}

pub fn forbidden() -> Markup {
    layout::page(
        "Not allowed",
        html! {
            section.notice {
                h1 { "You do not have access to this page" }
                p { "Your role does not include this part of Missive. Ask an admin if you need it." }
                p { a href="/staff" { "Back to the staff pages" } }
            }
        },
    )
}

pub fn csrf() -> Markup {
    layout::page(
        "Form expired",
        html! {
            section.notice {
                h1 { "That form has expired" }
                p { "For your safety we did not act on it. Go back, reload the page and try again." }
            }
        },
    )
}

pub fn too_large() -> Markup {
    layout::page(
        "Too much was sent",
        html! {
            section.notice {
                h1 { "That was too much to send" }
                p { "What you sent is larger than we accept. Shorten it, then try again." }
            }
        },
    )
}

pub fn headers_too_large() -> Markup {
    layout::page(
        "Request too large",
        html! {
            section.notice {
                h1 { "Your browser sent more than we accept" }
                p { "Clear this site’s cookies, then reload the page." }
            }
        },
    )
}

/// For a request with a method the address does not take (405); `allow` lists those it does.
pub fn method_not_allowed(allow: &str) -> Markup {
    layout::page(
        "Method not allowed",
        html! {
            section.notice {
                h1 { "This address does not take that kind of request" }
                p { "It answers only " code { (allow) } ". If you followed a link or sent a form, go back and reload the page." }
                p { a href="/" { "Go to the featured letter" } }
            }
        },
    )
}
