//! The campaign form, for a new campaign (prefilled from a pasted letter) and for editing
//! one: every field labelled, with its hint and, after a mistake, its message beside it.

use maud::{html, Markup};

use super::campaign_targets::{self as targets, Picker};
use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::campaigns::images;
use crate::forms::campaign::{CampaignForm, UPLOAD_FIELD};
use crate::forms::FieldErrors;
use crate::i18n::{Arg, Lang};
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

/// A one-line text field of the form: its name, its label's message and its hint's message
/// (keys in `staff-campaigns.ftl`), and its value.
fn text(
    lang: Lang,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    value: &str,
    kind: &'static str,
    errors: &FieldErrors,
) -> Markup {
    let label = lang.t(label);
    let hint = hint.map(|key| lang.t(key));
    TextField {
        name,
        label: &label,
        value,
        kind,
        autocomplete: "off",
        hint: hint.as_deref(),
        required: false,
    }
    .render_in(lang, errors)
}

pub fn page(staff: &Staff, page: &FormPage<'_>) -> Markup {
    let lang = staff.lang;
    let (heading, action, button) = match page.mode {
        Mode::New => (
            lang.t("staff-camp-new-title"),
            "/staff/campaigns".to_owned(),
            lang.t("staff-camp-form-create"),
        ),
        Mode::Edit { slug } => (
            lang.t_args(
                "staff-camp-form-edit-heading",
                &[("headline", Arg::from(page.form.headline.as_str()))],
            ),
            format!("/staff/campaigns/{slug}"),
            lang.t("staff-camp-form-save"),
        ),
    };
    let title = match page.errors.is_empty() {
        true => heading.clone(),
        false => lang.t_args(
            "staff-camp-error-title",
            &[("title", Arg::from(heading.as_str()))],
        ),
    };
    let (f, e) = (page.form, page.errors);
    let line = |name, label, hint, value| text(lang, name, label, hint, value, "text", e);
    let when =
        |name, label, hint, value| text(lang, name, label, Some(hint), value, "datetime-local", e);
    let body = html! {
        section.campaign-editor {
            h1 { (heading) }
            @if let Some(notice) = page.notice { p.notice-banner role="status" { (notice) } }
            form method="post" action=(action) enctype="multipart/form-data" novalidate {
                (csrf(staff))
                // Enter in a text box presses the first button: this one, which shows the
                // form again (searching officials if a name was typed) and saves nothing.
                button.visually-hidden type="submit" name="find" value="yes" tabindex="-1" aria-hidden="true" { (lang.t("staff-camp-targets-search")) }
                (error_summary_in(lang, e))
                (targets::warning(lang, page.warnings))
                fieldset {
                    legend { (lang.t("staff-camp-form-letter-legend")) }
                    (line("kicker", "staff-camp-form-kicker", Some("staff-camp-form-kicker-hint"), &f.kicker))
                    (line("headline", "staff-camp-form-headline", None, &f.headline))
                    (area(lang, "summary", &lang.t("staff-camp-form-summary"), &f.summary, 3, Some(&lang.t("staff-camp-form-summary-hint")), e))
                    (line("author_name", "staff-camp-form-author-name", None, &f.author_name))
                    (line("author_role", "staff-camp-form-author-role", Some("staff-camp-form-author-role-hint"), &f.author_role))
                    (area(lang, "body_markdown", &lang.t("staff-camp-form-body"), &f.body_markdown, 24, Some(&lang.t("staff-camp-form-body-hint")), e))
                    (line("attribution", "staff-camp-form-attribution", Some("staff-camp-form-attribution-hint"), &f.attribution))
                }
                fieldset {
                    legend { (lang.t("staff-camp-form-photo-legend")) }
                    (line("image_caption", "staff-camp-form-image-caption", None, &f.image_caption))
                    (line("image_credit", "staff-camp-form-image-credit", None, &f.image_credit))
                    (line("image_licence", "staff-camp-form-image-licence", Some("staff-camp-form-image-licence-hint"), &f.image_licence))
                    (photo(lang, f, e))
                    (line("image_file", "staff-camp-form-image-file", Some("staff-camp-form-image-file-hint"), &f.image_file))
                    (line("image_alt", "staff-camp-form-image-alt", Some("staff-camp-form-image-alt-hint"), &f.image_alt))
                }
                (super::campaign_translations::fieldset(staff.lang, f, e))
                fieldset {
                    legend { (lang.t("staff-camp-form-campaign-legend")) }
                    @match page.mode {
                        Mode::New => (line("slug", "staff-camp-form-slug", Some("staff-camp-form-slug-hint"), &f.slug)),
                        Mode::Edit { slug } => p {
                            (lang.markup("staff-camp-form-slug-fixed", &[("address", Arg::from(html! { code { "/campaigns/" (slug) } }))]))
                        },
                    }
                    (line("goal", "staff-camp-form-goal", Some("staff-camp-form-goal-hint"), &f.goal))
                    (targets::fieldset(lang, &f.targets, page.picker, e))
                    (line("similarity_threshold", "staff-camp-form-similarity", Some("staff-camp-form-similarity-hint"), &f.similarity_threshold))
                    (when("opens_at", "staff-camp-form-opens-at", "staff-camp-form-opens-at-hint", &f.opens_at))
                    (when("closes_at", "staff-camp-form-closes-at", "staff-camp-form-closes-at-hint", &f.closes_at))
                    div.field.checkbox {
                        input #featured type="checkbox" name="featured" value="yes" checked[f.featured.is_some()];
                        label for="featured" { (lang.t("staff-camp-form-featured")) }
                    }
                    (line("milestones", "staff-camp-form-milestones", Some("staff-camp-form-milestones-hint"), &f.milestones))
                    div.field.checkbox {
                        input #milestone_letters type="checkbox" name="milestone_letters" value="yes" checked[f.milestone_letters.is_some()];
                        label for="milestone_letters" { (lang.t("staff-camp-form-milestone-letters")) }
                    }
                }
                (area(lang, "reason", &lang.t("staff-camp-form-reason"), &f.reason, 2, Some(&lang.t("staff-camp-form-reason-hint")), e))
                button.primary type="submit" { (button) }
            }
            p { a href="/staff/campaigns" { (lang.t("staff-camp-back-to-campaigns")) } }
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
                    @if errors.is_empty() { (lang.t("staff-camp-form-photo-uploaded")) }
                    @else { (lang.t("staff-camp-form-photo-kept")) }
                }
            }
            div.field.checkbox {
                input #remove_image type="checkbox" name="remove_image" value="yes" checked[f.remove_image.is_some()];
                label for="remove_image" { (lang.t("staff-camp-form-photo-remove")) }
            }
        }
        div.field.invalid[error.is_some()] {
            label for=(name) { @if current.is_some() { (lang.t("staff-camp-form-photo-replace")) } @else { (lang.t("staff-camp-form-photo-upload")) } }
            p.hint id={ (name) "-hint" } { (lang.t("staff-camp-form-photo-hint")) }
            @if let Some(message) = &error { p.error id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) } (message) } }
            input id=(name) name=(name) type="file" accept="image/jpeg,image/png,image/webp"
                aria-invalid=[error.as_ref().map(|_| "true")] aria-describedby=(described);
        }
    }
}

/// A labelled textarea with its hint and error, wired up for screen readers (the label
/// and hint are the caller's, already in `lang`).
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
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [
        hint.map(|_| hint_id.as_str()),
        error.as_ref().map(|_| error_id.as_str()),
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
                aria-invalid=[error.as_ref().map(|_| "true")]
                aria-describedby=[(!described.is_empty()).then_some(described.as_str())] { (value) }
        }
    }
}
