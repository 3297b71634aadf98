//! The campaign form, for a new campaign (prefilled from a pasted letter) and for editing
//! one: every field labelled, with its hint and, after a mistake, its message beside it.

use maud::{html, Markup};

use super::layout::{self, csrf};
use crate::auth::Staff;
use crate::forms::campaign::CampaignForm;
use crate::forms::FieldErrors;
use crate::views::form::{error_summary, TextField};

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
}

pub fn page(staff: &Staff, page: &FormPage<'_>) -> Markup {
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
            form method="post" action=(action) novalidate {
                (csrf(staff))
                (error_summary(e))
                fieldset {
                    legend { "The letter" }
                    (text("kicker", "Kicker (optional)", &f.kicker, Some("A short line above the headline, like “Featured letter: ‘British values’”.")).render(e))
                    (text("headline", "Headline", &f.headline, None).render(e))
                    (area("summary", "Summary (optional)", &f.summary, 3, Some("One or two sentences under the headline, asking people to sign."), e))
                    (text("author_name", "Author’s name", &f.author_name, None).render(e))
                    (text("author_role", "Author’s role (optional)", &f.author_role, Some("Like “Secretary, Campaign Kazakhstan”.")).render(e))
                    (area("body_markdown", "Letter", &f.body_markdown, 24, Some("Markdown: a blank line between paragraphs; “## Word” for a subheading."), e))
                    (text("attribution", "Where it appeared (optional)", &f.attribution, Some("Like “A version of this letter also appeared in the Guardian on 3 November”.")).render(e))
                }
                fieldset {
                    legend { "Photo (optional)" }
                    (text("image_caption", "Caption", &f.image_caption, None).render(e))
                    (text("image_credit", "Photographer or source", &f.image_credit, None).render(e))
                    (text("image_licence", "Licence", &f.image_licence, Some("Like “Creative Commons”.")).render(e))
                    (text("image_file", "Image file", &f.image_file, Some("A path under static/, like images/blood-on-hand.jpg. Leave empty to show the caption alone.")).render(e))
                    (text("image_alt", "Alt text", &f.image_alt, Some("What the photo shows, for people who cannot see it.")).render(e))
                }
                fieldset {
                    legend { "The campaign" }
                    @match page.mode {
                        Mode::New => (text("slug", "Web address", &f.slug, Some("The campaign’s page will be /campaigns/ followed by this. Lower-case letters, digits and hyphens; it cannot change later.")).render(e)),
                        Mode::Edit { slug } => p { "Web address: " code { "/campaigns/" (slug) } " (it cannot change)." },
                    }
                    (TextField { name: "goal", label: "Goal", value: &f.goal, kind: "text", autocomplete: "off",
                        hint: Some("How many signatures the campaign aims for."), required: false }.render(e))
                    (area("targets", "Targets", &f.targets, 4, Some("Whom supporters’ letters go to, one a line: own-mp for each writer’s MP, or an official’s code, like prime-minister."), e))
                    (TextField { name: "similarity_threshold", label: "Similarity for joint letters", value: &f.similarity_threshold,
                        kind: "text", autocomplete: "off", hint: Some("From 0 to 1. Letters at least this similar to the featured letter are delivered as one joint letter. Usually 0.8."),
                        required: false }.render(e))
                    (TextField { name: "opens_at", label: "Opens at (optional, UTC)", value: &f.opens_at, kind: "datetime-local",
                        autocomplete: "off", hint: Some("Before this the page shows the letter and when signing opens. Like 2027-01-01T09:00."), required: false }.render(e))
                    (TextField { name: "closes_at", label: "Closes at (optional, UTC)", value: &f.closes_at, kind: "datetime-local",
                        autocomplete: "off", hint: Some("After this the page shows the final count and takes no signatures. Like 2027-01-31T12:00."), required: false }.render(e))
                    div.field.checkbox {
                        input #featured type="checkbox" name="featured" value="yes" checked[f.featured.is_some()];
                        label for="featured" { "Feature on the front page (instead of any other campaign)" }
                    }
                    (TextField { name: "milestones", label: "Milestones (optional)", value: &f.milestones, kind: "text",
                        autocomplete: "off", hint: Some("Counts at which the campaign marks its progress, like 100, 1000, 10000. Leave empty for 100, 1,000, 10,000 … below the goal, then the goal. The progress bar shows the next one."),
                        required: false }.render(e))
                    div.field.checkbox {
                        input #milestone_letters type="checkbox" name="milestone_letters" value="yes" checked[f.milestone_letters.is_some()];
                        label for="milestone_letters" { "Write to MPs at each milestone: each MP with constituents among the signers gets a short letter saying how many signed, with the featured letter (no names)" }
                    }
                }
                (area("reason", "Note for the audit log (optional)", &f.reason, 2, Some("Why you made this change."), e))
                button.primary type="submit" { (button) }
            }
            p { a href="/staff/campaigns" { "Back to campaigns" } }
        }
    };
    layout::page(staff, &title, body)
}

/// A labelled textarea with its hint and error, wired up for screen readers.
fn area(
    name: &'static str,
    label: &str,
    value: &str,
    rows: u8,
    hint: Option<&str>,
    errors: &FieldErrors,
) -> Markup {
    let error = errors.get(name);
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
            @if let Some(message) = error { p.error id=(error_id) { span.visually-hidden { "Error: " } (message) } }
            textarea id=(name) name=(name) rows=(rows)
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=[(!described.is_empty()).then_some(described.as_str())] { (value) }
        }
    }
}
