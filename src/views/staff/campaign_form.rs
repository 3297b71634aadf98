//! The campaign form, for a new campaign (prefilled from a pasted letter) and for editing
//! one: every field labelled, with its hint and, after a mistake, its message beside it.

use maud::{html, Markup};

use super::campaign_targets::{self as targets, Picker};
use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::campaigns::images;
use crate::forms::campaign::{CampaignForm, UPLOAD_FIELD};
use crate::forms::FieldErrors;
use crate::i18n::Lang;
use crate::views::form::{error_summary_in, TextField};

/// Whether the form makes a campaign or changes the one with this slug.
#[derive(Debug, Clone, Copy)]
pub enum Mode<'a> {
    New,
    Edit { slug: &'a str },
}

pub struct FormPage<'a> {
    pub mode: Mode<'a>,
    pub form: &'a CampaignForm,
    pub errors: &'a FieldErrors,
    /// Shown above the form, e.g. after the parser has read a pasted letter.
    pub notice: Option<&'a str>,
    /// The target picker's chosen targets and search results.
    pub picker: &'a Picker,
    /// Changes to confirm before anything is saved (see `campaign_targets::warning`).
    pub warnings: &'a [String],
}

pub fn page(staff: &Staff, page: &FormPage<'_>) -> Markup {
    let lang = staff.lang;
    let (heading, action, button) = match page.mode {
        Mode::New => (
            "New campaign".to_owned(),
            "/staff/campaigns".to_owned(),
            "Create campaign",
        ),
        Mode::Edit { slug } => (
            format!("Edit “{}”", page.form.headline),
            format!("/staff/campaigns/{slug}"),
            "Save changes",
        ),
    };
    let title = match page.errors.is_empty() {
        true => heading.clone(),
        false => format!("Error: {heading}"),
    };
    let (f, e) = (page.form, page.errors);
    let text = |name, label, value, hint| TextField {
        name,
        label,
        value,
        kind: "text",
        autocomplete: "off",
        hint,
        required: false,
    };
    let body = html! {
        section.campaign-editor {
            h1 { (heading) }
            @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (csrf(staff))
                // Enter in a text box presses the first button: this one, which shows the
                // form again (searching officials if a name was typed) and saves nothing.
                button.visually-hidden type="submit" name="find" value="yes" tabindex="-1" aria-hidden="true" { "Search officials" }
                (error_summary_in(lang, e))
                (targets::warning(page.warnings))
                fieldset {
                    legend { "The letter" }
                    (text("kicker", "Kicker (optional)", &f.kicker, Some("A short line above the headline, like “Featured letter: ‘British values’”.")).render_in(lang, e))
                    (text("headline", "Headline", &f.headline, None).render_in(lang, e))
                    (area(lang, "summary", "Summary (optional)", &f.summary, 3, Some("One or two sentences under the headline, asking people to sign."), e))
                    (text("author_name", "Author’s name", &f.author_name, None).render_in(lang, e))
                    (text("author_role", "Author’s role (optional)", &f.author_role, Some("Like “Secretary, Campaign Kazakhstan”.")).render_in(lang, e))
                    (area(lang, "body_markdown", "Letter", &f.body_markdown, 24, Some("Markdown: a blank line between paragraphs; “## Word” for a subheading."), e))
                    (text("attribution", "Where it appeared (optional)", &f.attribution, Some("Like “A version of this letter also appeared in the Guardian on 3 November”.")).render_in(lang, e))
                }
                fieldset {
                    legend { "Photo (optional)" }
                    (text("image_caption", "Caption", &f.image_caption, None).render_in(lang, e))
                    (text("image_credit", "Photographer or source", &f.image_credit, None).render_in(lang, e))
                    (text("image_licence", "Licence", &f.image_licence, Some("Like “Creative Commons”.")).render_in(lang, e))
                    (photo(lang, f, e))
                    (text("image_file", "Or a file already on the server (optional)", &f.image_file, Some("A path under static/, like images/blood-on-hand.jpg; an uploaded photo wins over it. Leave both empty to show the caption alone.")).render_in(lang, e))
                    (text("image_alt", "Alt text (required with a photo)", &f.image_alt, Some("What the photo shows, for people who cannot see it.")).render_in(lang, e))
                }
                (super::campaign_translations::fieldset(staff.lang, f, e))
                fieldset {
                    legend { "The campaign" }
                    @match page.mode {
                        Mode::New => (text("slug", "Web address", &f.slug, Some("The campaign’s page will be /campaigns/ followed by this. Lower-case letters, digits and hyphens; it cannot change later.")).render_in(lang, e)),
                        Mode::Edit { slug } => p { "Web address: " code { "/campaigns/" (slug) } " (it cannot change)." },
                    }
                    (TextField { name: "goal", label: "Goal", value: &f.goal, kind: "text", autocomplete: "off",
                        hint: Some("How many signatures the campaign aims for."), required: false }.render_in(lang, e))
                    (targets::fieldset(lang, &f.targets, page.picker, e))
                    (TextField { name: "similarity_threshold", label: "Similarity for joint letters", value: &f.similarity_threshold,
                        kind: "text", autocomplete: "off", hint: Some("From 0 to 1. Letters at least this similar to the featured letter are delivered as one joint letter. Usually 0.8."),
                        required: false }.render_in(lang, e))
                    (TextField { name: "opens_at", label: "Opens at (optional, UTC)", value: &f.opens_at, kind: "datetime-local",
                        autocomplete: "off", hint: Some("Before this the page shows the letter and when signing opens. Like 2027-01-01T09:00."), required: false }.render_in(lang, e))
                    (TextField { name: "closes_at", label: "Closes at (optional, UTC)", value: &f.closes_at, kind: "datetime-local",
                        autocomplete: "off", hint: Some("After this the page shows the final count and takes no signatures. Like 2027-01-31T12:00."), required: false }.render_in(lang, e))
                    div.field.checkbox {
                        input #featured type="checkbox" name="featured" value="yes" checked[f.featured.is_some()];
                        label for="featured" { "Feature on the front page (instead of any other campaign)" }
                    }
                    (TextField { name: "milestones", label: "Milestones (optional)", value: &f.milestones, kind: "text",
                        autocomplete: "off", hint: Some("Counts at which the campaign marks its progress, like 100, 1000, 10000. Leave empty for 100, 1,000, 10,000 … below the goal, then the goal. The progress bar shows the next one."),
                        required: false }.render_in(lang, e))
                    div.field.checkbox {
                        input #milestone_letters type="checkbox" name="milestone_letters" value="yes" checked[f.milestone_letters.is_some()];
                        label for="milestone_letters" { "Write to MPs at each milestone: each MP with constituents among the signers gets a short letter saying how many signed, with the featured letter (no names)" }
                    }
                }
                (area(lang, "reason", "Note for the audit log (optional)", &f.reason, 2, Some("Why you made this change."), e))
                button.primary type="submit" { (button) }
            }
            p { a href="/staff/campaigns" { "Back to campaigns" } }
        }
    };
    layout::page(staff, &title, body)
}

/// The upload field, with the photo already set (stored, or uploaded with this form before
/// it was shown again) and a box to remove it.
fn photo(lang: Lang, f: &CampaignForm, errors: &FieldErrors) -> Markup {
    let name = UPLOAD_FIELD;
    let error = errors.message(lang, name);
    let error = error.as_deref();
    let error_id = format!("{name}-error");
    let described = match error {
        Some(_) => format!("{name}-hint {error_id}"),
        None => format!("{name}-hint"),
    };
    let current = Some(f.image_sha256.as_str()).filter(|s| images::is_name(s));
    html! {
        input type="hidden" name="image_sha256" value=(f.image_sha256);
        @if let Some(sha256) = current {
            figure.photo-preview {
                img src=(images::path(sha256)) alt=(f.image_alt) width="240";
                figcaption {
                    @if errors.is_empty() { "The uploaded photo." }
                    @else { "Your photo is uploaded and kept: you do not need to choose it again." }
                }
            }
            div.field.checkbox {
                input #remove_image type="checkbox" name="remove_image" value="yes" checked[f.remove_image.is_some()];
                label for="remove_image" { "Remove this photo" }
            }
        }
        div.field.invalid[error.is_some()] {
            label for=(name) { @if current.is_some() { "Replace the photo (optional)" } @else { "Upload a photo (optional)" } }
            p.hint id={ (name) "-hint" } { "A JPEG, PNG or WebP file of at most 5 MB. It is stored without its metadata (such as where it was taken)." }
            @if let Some(message) = &error { p.error id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            input id=(name) name=(name) type="file" accept="image/jpeg,image/png,image/webp"
                aria-invalid=[error.map(|_| "true")] aria-describedby=(described);
        }
    }
}

/// A labelled textarea with its hint and error, wired up for screen readers.
pub fn area(
    lang: Lang,
    name: &'static str,
    label: &str,
    value: &str,
    rows: u8,
    hint: Option<&str>,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.message(lang, name);
    let error = error.as_deref();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [
        hint.map(|_| hint_id.as_str()),
        error.map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        div.field.invalid[error.is_some()] {
            label for=(name) { (label) }
            @if let Some(hint) = hint { p.hint id=(hint_id) { (hint) } }
            @if let Some(message) = &error { p.error id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            textarea id=(name) name=(name) rows=(rows)
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=[(!described.is_empty()).then_some(described.as_str())] { (value) }
        }
    }
}
