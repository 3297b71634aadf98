//! The audit log page.

use maud::{html, Markup};

use super::layout;
use crate::auth::Staff;
use crate::db::models::audit::AuditRow;
use crate::forms::audit_filter::FilterForm;
use crate::forms::FieldErrors;
use crate::views::form::TextField;

pub fn page(staff: &Staff, form: &FilterForm, errors: &FieldErrors, rows: &[AuditRow]) -> Markup {
    layout::page(
        staff,
        "Audit log",
        html! {
            section.staff-page {
                h1 { "Audit log" }
                p { "Every staff action, newest first. Entries cannot be changed or removed from here." }
                form.filters method="get" action="/staff/audit" {
                    (TextField { name: "actor", label: "Who (email)", value: &form.actor, kind: "text", autocomplete: "off", hint: None, required: false }.render(errors))
                    (TextField { name: "action", label: "Action (or its start, e.g. letter.)", value: &form.action, kind: "text", autocomplete: "off", hint: None, required: false }.render(errors))
                    (TextField { name: "subject_type", label: "Subject type", value: &form.subject_type, kind: "text", autocomplete: "off", hint: None, required: false }.render(errors))
                    (TextField { name: "subject_id", label: "Subject id", value: &form.subject_id, kind: "text", autocomplete: "off", hint: None, required: false }.render(errors))
                    (TextField { name: "since", label: "From (date)", value: &form.since, kind: "date", autocomplete: "off", hint: None, required: false }.render(errors))
                    (TextField { name: "until", label: "Until (date)", value: &form.until, kind: "date", autocomplete: "off", hint: None, required: false }.render(errors))
                    button.secondary type="submit" { "Filter" }
                }
                (crate::views::table_scroll::region("Audit log entries", html! {
                    table.deliveries {
                        caption { (rows.len()) " entries" }
                        thead { tr {
                            th scope="col" { "When (UTC)" } th scope="col" { "Who" } th scope="col" { "Action" }
                            th scope="col" { "Subject" } th scope="col" { "Before" } th scope="col" { "After" } th scope="col" { "Reason" }
                        } }
                        tbody {
                            @for row in rows {
                                tr {
                                    td { (row.created_at.format("%Y-%m-%d %H:%M:%S")) }
                                    td { (row.actor) }
                                    td { code { (row.action) } }
                                    td { (row.subject_type) " " (row.subject_id.as_deref().unwrap_or("")) }
                                    td { (row.old_state.as_deref().unwrap_or("")) }
                                    td { (row.new_state.as_deref().unwrap_or("")) }
                                    td { (row.reason.as_deref().unwrap_or("")) }
                                }
                            }
                        }
                    }
                }))
            }
        },
    )
}
