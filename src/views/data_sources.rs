//! The public page crediting the data Missive ships, as its licences require.

use maud::{html, Markup};

use super::layout;

pub fn page() -> Markup {
    layout::page(
        "Data sources and licences",
        html! {
            section.notice {
                h1 { "Data sources and licences" }
                h2 { "Members of Parliament and constituencies" }
                p { "The names, parties and parliamentary email addresses of the 650 Members of "
                    "Parliament, and the names and codes of the Westminster constituencies "
                    "(2024 boundaries), come from the "
                    a href="https://github.com/dfe-analytical-services/mp-lookup" { "MP lookup" }
                    " published by the Department for Education’s analytical services, built from the "
                    a href="https://members-api.parliament.uk/" { "UK Parliament Members API" }
                    " and the "
                    a href="https://geoportal.statistics.gov.uk/" { "ONS Open Geography Portal" } "." }
                ul {
                    li { "Contains Parliamentary information licensed under the "
                        a href="https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/" { "Open Parliament Licence v3.0" } "." }
                    li { "Source: Office for National Statistics licensed under the "
                        a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" { "Open Government Licence v3.0" } "." }
                }
                h2 { "Postcodes" }
                p { "Postcodes are matched to constituencies with the ONS National Statistics "
                    "Postcode Lookup (Open Government Licence v3.0; contains OS data © Crown "
                    "copyright and database right, Royal Mail data © Royal Mail copyright and "
                    "database right) where the site has imported it, and otherwise through "
                    a href="https://postcodes.io/" { "postcodes.io" } ", which serves the same public data." }
                p { "Missive itself is free software under the GNU Affero General Public Licence, version 3 or later." }
            }
        },
    )
}
