//! The editor's preview: the letter as each recipient will read it ("Dear …", the body,
//! the sign-off). Rendered with the editor, and again by `POST /campaigns/{slug}/meter`
//! while the writer types, so the page and the script show the same thing.

use maud::{html, Markup};

use crate::db::models::constituency::Constituency;
use crate::domain::letter_text::paragraphs;
use crate::forms::letter::LetterForm;
use crate::i18n::Lang;
use crate::letters::compose::SignOff;
use crate::letters::recipients::Recipients;

/// How a letter being written is signed: the name typed so far (or a placeholder), the
/// postal address typed so far and the writer's constituency, when known; the placeholder
/// in `lang`.
pub fn sign_off_in(lang: Lang, form: &LetterForm, constituency: Option<&Constituency>) -> SignOff {
    let name = form.full_name.trim();
    SignOff {
        name: if name.is_empty() {
            lang.t("letters-preview-your-name")
        } else {
            name.into()
        },
        address: SignOff::address_of(
            Some(&format!("{}\n{}", form.address_line_1, form.address_line_2)),
            Some(&form.town),
            Some(form.postcode.trim()).filter(|p| !p.is_empty()),
        ),
        place: constituency.map(|c| c.name.clone()),
    }
}

/// The preview section, one letter per recipient, its words in `lang` (the letter itself
/// as the writer wrote it).
pub fn preview_in(lang: Lang, recipients: &Recipients, body: &str, sign_off: &SignOff) -> Markup {
    html! {
        section.preview #preview aria-labelledby="preview-heading" {
            h2 #preview-heading { (lang.t("letters-preview")) }
            @if recipients.list.is_empty() { p { (lang.t("letters-preview-empty")) } }
            @for r in &recipients.list {
                article.letter-preview {
                    p.salutation { (r.salutation) "," }
                    @for paragraph in paragraphs(body) { p { (paragraph) } }
                    p.sign-off { @for line in sign_off.lines() { (line) br; } }
                }
            }
        }
    }
}
