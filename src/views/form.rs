//! Form fields with their label, hint and error message wired up for screen readers.

use maud::{html, Markup};

use crate::forms::FieldErrors;
use crate::i18n::Lang;

/// A labelled text input showing what the user typed and, if wrong, why.
pub struct TextField<'a> {
    pub name: &'static str,
    pub label: &'a str,
    pub value: &'a str,
    pub kind: &'static str,
    pub autocomplete: &'static str,
    pub hint: Option<&'a str>,
    pub required: bool,
}

impl TextField<'_> {
    /// The field, with the screen readers' "Error:" and the error message in `lang` (the
    /// label and hint are the caller's, already in it).
    pub fn render_in(&self, lang: Lang, errors: &FieldErrors) -> Markup {
        let error = errors.message(lang, self.name);
        let hint_id = format!("{}-hint", self.name);
        let error_id = format!("{}-error", self.name);
        let described = [
            self.hint.map(|_| hint_id.as_str()),
            error.as_ref().map(|_| error_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        html! {
            div.field.invalid[error.is_some()] {
                label for=(self.name) { (self.label) }
                @if let Some(hint) = self.hint { p.hint id=(hint_id) { (hint) } }
                @if let Some(message) = &error { p.error id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
                input id=(self.name) name=(self.name) type=(self.kind) value=(self.value)
                    autocomplete=(self.autocomplete) required[self.required]
                    aria-invalid=[error.as_ref().map(|_| "true")]
                    aria-describedby=[(!described.is_empty()).then_some(described.as_str())];
            }
        }
    }
}

/// The list of problems at the top of a form that came back with errors, each a link to its
/// field (the GOV.UK error summary). Put it first in the form: it takes the focus as the
/// page loads (`autofocus`, no script needed), which also scrolls it into view on a phone,
/// where the form may be far down the page. Its heading and messages are in `lang`.
pub fn error_summary_in(lang: Lang, errors: &FieldErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary #error-summary role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title" {
                h2 #error-summary-title { (lang.t("form-error-summary")) }
                ul { @for (field, message) in errors.messages(lang) { li { a href={ "#" (field) } { (message) } } } }
            }
        }
    }
}
