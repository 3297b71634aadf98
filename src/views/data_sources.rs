//! The public page crediting the data Missive ships, as its licences require, in the
//! visitor's language (the licences' and sources' names as their owners write them).

use maud::{html, Markup};

use super::layout::{self, Locale};

pub fn page(locale: &Locale<'_>) -> Markup {
    let lang = locale.lang;
    let link = |href: &str, key: &str| -> maud::Markup {
        html! { a href=(href) { (lang.t(key)) } }
    };
    let ogl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    let opl =
        "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/";
    layout::localised(
        locale,
        &lang.t("public-sources-title"),
        html! {},
        html! {
            section.notice {
                h1 { (lang.t("public-sources-title")) }
                h2 { (lang.t("public-sources-mps-heading")) }
                p { (lang.markup("public-sources-mps", &[
                    ("lookup", link("https://github.com/dfe-analytical-services/mp-lookup", "public-sources-mp-lookup").into()),
                    ("members", link("https://members-api.parliament.uk/", "public-sources-members-api").into()),
                    ("geography", link("https://geoportal.statistics.gov.uk/", "public-sources-geoportal").into()),
                ])) }
                ul {
                    li { (lang.markup("public-sources-opl", &[("licence", link(opl, "public-sources-opl-name").into())])) }
                    li { (lang.markup("public-sources-ons", &[("licence", link(ogl, "public-sources-ogl-name").into())])) }
                }
                h2 { (lang.t("public-sources-postcodes-heading")) }
                p { (lang.markup("public-sources-postcodes", &[
                    ("postcodes", link("https://postcodes.io/", "public-sources-postcodes-io").into()),
                ])) }
                p { (lang.t("public-sources-licence")) }
            }
        },
    )
}
