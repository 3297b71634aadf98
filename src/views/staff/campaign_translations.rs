//! The campaign form's translations: the headline, summary, letter and photo words in each
//! further language, every part optional.

use maud::{html, Markup};

use crate::campaigns::file::translation::ORIGINAL;
use crate::forms::campaign::{CampaignForm, TRANSLATED_PARTS};
use crate::forms::FieldErrors;
use crate::i18n::Lang;

/// One fieldset with a section per language, open where something is filled in. Each
/// input carries its language, so a browser checks the spelling in it.
pub fn fieldset(lang: Lang, form: &CampaignForm, errors: &FieldErrors) -> Markup {
    let error = errors.get("translations");
    html! {
        fieldset.translations #translations {
            legend { (lang.t("staff-tr-legend")) }
            p.hint { (lang.t("staff-tr-hint")) }
            @if let Some(message) = error {
                p.error id="translations-error" { span.visually-hidden { (lang.t("form-error-prefix")) } (message) }
            }
            @for other in Lang::ALL.into_iter().filter(|l| *l != ORIGINAL) {
                @let fields = form.translation_fields(other);
                details open[fields.iter().any(|(_, value)| !value.trim().is_empty())] {
                    summary { span lang=(other.html_lang()) { (other.autonym()) } }
                    @for ((name, value), part) in fields.iter().zip(TRANSLATED_PARTS) {
                        div.field {
                            label for=(name) { (lang.t(&format!("staff-tr-{part}"))) }
                            @if part == "letter" || part == "summary" {
                                textarea id=(name) name=(name) lang=(other.html_lang())
                                    rows=(if part == "letter" { 16 } else { 3 }) { (value) }
                            } @else {
                                input id=(name) name=(name) type="text" value=(value)
                                    lang=(other.html_lang()) autocomplete="off";
                            }
                        }
                    }
                }
            }
        }
    }
}
