//! The campaign form's target picker (the chosen targets with remove buttons, and a search
//! of the officials list with add buttons, all plain form buttons that work without script)
//! and the warning shown before a change to what people signed is saved.

use maud::{html, Markup};

use crate::db::models::official_pick::Found;
use crate::forms::FieldErrors;
use crate::i18n::Lang;

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
    let error = error.as_deref();
    let described = match error {
        Some(_) => "targets-hint targets-error",
        None => "targets-hint",
    };
    html! {
        fieldset.targets {
            legend { "Targets" }
            div.field.invalid[error.is_some()] {
                label for="targets" { "Targets, one a line" }
                p.hint #targets-hint { "Whom supporters’ letters go to: own-mp for each writer’s MP, or an official’s code. Find officials below and add them; Missive refuses a code no official has." }
                @if let Some(message) = &error { p.error #targets-error { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                textarea #targets name="targets" rows="4" aria-invalid=[error.map(|_| "true")]
                    aria-describedby=(described) { (value) }
            }
            @if !picker.chosen.is_empty() {
                h3 #chosen-heading { "Chosen targets" }
                ul.chosen-targets aria-labelledby="chosen-heading" {
                    @for (line, found) in &picker.chosen {
                        li {
                            span.target-name { (describe(line, found.as_ref())) }
                            " "
                            button.secondary.small type="submit" name="remove_target" value=(line) formnovalidate {
                                "Remove" span.visually-hidden { " " (line) }
                            }
                        }
                    }
                }
            }
            @if !picker.has("own-mp") {
                p { button.secondary.small type="submit" name="add_target" value="own-mp" formnovalidate { "Add each writer’s own MP" } }
            }
            div.field.inline.target-search {
                label for="target_search" { "Find an official by name, office or constituency" }
                input #target_search type="search" name="target_search" value=(picker.query) autocomplete="off";
                button.secondary type="submit" name="find" value="yes" formnovalidate { "Search officials" }
            }
            @if let Some(results) = &picker.results {
                @if results.is_empty() {
                    p.no-results role="status" { "No official matches “" (picker.query) "”." }
                } @else {
                    p.visually-hidden role="status" { (results.len()) " officials match “" (picker.query) "”." }
                    ul.target-results aria-label="Officials found" {
                        @for found in results {
                            li {
                                span.target-name { (describe(&found.official.code, Some(found))) }
                                " "
                                @if picker.has(&found.official.code) {
                                    span.already { "Chosen" }
                                } @else {
                                    button.secondary.small type="submit" name="add_target" value=(found.official.code) formnovalidate {
                                        "Add" span.visually-hidden { " " (found.official.name) }
                                    }
                                }
                            }
                        }
                    }
                    @if results.len() as i64 >= RESULTS { p.hint { "Showing the first " (RESULTS) ": type more of the name to narrow the list." } }
                }
            }
        }
    }
}

/// `Name, Office (Constituency) · code`, or the line alone when it names no official.
fn describe(line: &str, found: Option<&Found>) -> Markup {
    html! {
        @match found {
            Some(f) => {
                strong { (f.official.name) } ", " (f.official.office)
                @if let Some(place) = &f.constituency { " (" (place) ")" }
                " · " code { (f.official.code) }
            }
            None if line == "own-mp" => { strong { "Each writer’s own MP" } " · " code { "own-mp" } }
            None => { code { (line) } " (no official has this code)" }
        }
    }
}

/// The warning before a change people may not expect, with the box to tick to go ahead.
pub fn warning(warnings: &[String]) -> Markup {
    html! {
        @if !warnings.is_empty() {
            div.warning-banner #confirm-warning role="alert" tabindex="-1" autofocus aria-labelledby="confirm-heading" {
                h2 #confirm-heading { "Check before saving" }
                ul { @for w in warnings { li { (w) } } }
                p { "Nothing has been saved yet." }
                div.field.checkbox {
                    input #confirm type="checkbox" name="confirm" value="yes";
                    label for="confirm" { "I understand: save these changes" }
                }
                button.primary type="submit" { "Save changes" }
            }
        }
    }
}
