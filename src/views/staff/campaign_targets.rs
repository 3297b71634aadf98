//! The campaign form's target picker (the chosen targets with remove buttons, and a search
//! of the officials list with add buttons, all plain form buttons that work without script)
//! and the warning shown before a change to what people signed is saved.

use maud::{html, Markup};

use crate::db::models::official_pick::Found;
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};

/// What the picker shows: each target line with the official it names (if any), and the
/// results of a search (`None` when nothing was searched for).
#[derive(Debug, Default)]
pub struct Picker {
    pub chosen: Vec<(String, Option<Found>)>,
    pub query: String,
    pub results: Option<Vec<Found>>,
}

impl Picker {
    /// Whether `line` is among the chosen targets.
    pub fn has(&self, line: &str) -> bool {
        self.chosen.iter().any(|(chosen, _)| chosen == line)
    }
}

/// How many officials a search shows at most.
pub const RESULTS: i64 = 25;

/// The Targets fieldset: the typed list, what each line names, and the search.
pub fn fieldset(lang: Lang, value: &str, picker: &Picker, errors: &FieldErrors) -> Markup {
    let error = errors.message(lang, "targets");
    let described = match error {
        Some(_) => "targets-hint targets-error",
        None => "targets-hint",
    };
    let query = || Arg::from(picker.query.as_str());
    html! {
        fieldset.targets {
            legend { (lang.t("staff-camp-targets-legend")) }
            div.field.invalid[error.is_some()] {
                label for="targets" { (lang.t("staff-camp-targets-label")) }
                p.hint #targets-hint { (lang.t("staff-camp-targets-hint")) }
                @if let Some(message) = &error { p.error #targets-error { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                textarea #targets name="targets" rows="4" aria-invalid=[error.as_ref().map(|_| "true")]
                    aria-describedby=(described) { (value) }
            }
            @if !picker.chosen.is_empty() {
                h3 #chosen-heading { (lang.t("staff-camp-targets-chosen")) }
                ul.chosen-targets aria-labelledby="chosen-heading" {
                    @for (line, found) in &picker.chosen {
                        li {
                            span.target-name { (describe(lang, line, found.as_ref())) }
                            " "
                            button.secondary.small type="submit" name="remove_target" value=(line) formnovalidate {
                                (lang.t("staff-camp-targets-remove")) span.visually-hidden { " " (line) }
                            }
                        }
                    }
                }
            }
            @if !picker.has("own-mp") {
                p { button.secondary.small type="submit" name="add_target" value="own-mp" formnovalidate { (lang.t("staff-camp-targets-add-own-mp")) } }
            }
            div.field.inline.target-search {
                label for="target_search" { (lang.t("staff-camp-targets-find")) }
                input #target_search type="search" name="target_search" value=(picker.query) autocomplete="off";
                button.secondary type="submit" name="find" value="yes" formnovalidate { (lang.t("staff-camp-targets-search")) }
            }
            @if let Some(results) = &picker.results {
                @if results.is_empty() {
                    p.no-results role="status" { (lang.t_args("staff-camp-targets-no-match", &[("query", query())])) }
                } @else {
                    p.visually-hidden role="status" {
                        (lang.t_args("staff-camp-targets-matches", &[
                            ("count", Arg::Number(results.len() as i64)),
                            ("shown", Arg::from(lang.number(results.len() as i64))),
                            ("query", query()),
                        ]))
                    }
                    ul.target-results aria-label=(lang.t("staff-camp-targets-found")) {
                        @for found in results {
                            li {
                                span.target-name { (describe(lang, &found.official.code, Some(found))) }
                                " "
                                @if picker.has(&found.official.code) {
                                    span.already { (lang.t("staff-camp-targets-already")) }
                                } @else {
                                    button.secondary.small type="submit" name="add_target" value=(found.official.code) formnovalidate {
                                        (lang.t("staff-camp-targets-add")) span.visually-hidden { " " (found.official.name) }
                                    }
                                }
                            }
                        }
                    }
                    @if results.len() as i64 >= RESULTS {
                        p.hint { (lang.t_args("staff-camp-targets-first", &[("count", Arg::from(lang.number(RESULTS)))])) }
                    }
                }
            }
        }
    }
}

/// `Name, Office (Constituency) · code`, or the line alone when it names no official.
fn describe(lang: Lang, line: &str, found: Option<&Found>) -> Markup {
    html! {
        @match found {
            Some(f) => {
                strong { (f.official.name) } ", " (f.official.office)
                @if let Some(place) = &f.constituency { " (" (place) ")" }
                " · " code { (f.official.code) }
            }
            None if line == "own-mp" => { strong { (lang.t("staff-camp-targets-own-mp")) } " · " code { "own-mp" } }
            None => {
                (lang.markup("staff-camp-targets-unknown-code", &[("code", Arg::from(html! { code { (line) } }))]))
            }
        }
    }
}

/// The warning before a change people may not expect, with the box to tick to go ahead.
pub fn warning(lang: Lang, warnings: &[String]) -> Markup {
    html! {
        @if !warnings.is_empty() {
            div.warning-banner #confirm-warning role="alert" tabindex="-1" autofocus aria-labelledby="confirm-heading" {
                h2 #confirm-heading { (lang.t("staff-camp-warning-heading")) }
                ul { @for w in warnings { li { (w) } } }
                p { (lang.t("staff-camp-warning-nothing-saved")) }
                div.field.checkbox {
                    input #confirm type="checkbox" name="confirm" value="yes";
                    label for="confirm" { (lang.t("staff-camp-warning-confirm")) }
                }
                button.primary type="submit" { (lang.t("staff-camp-form-save")) }
            }
        }
    }
}
