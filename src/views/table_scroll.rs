//! A wide table on a narrow screen: it scrolls sideways inside its own labelled region, which
//! the keyboard can reach and scroll, so the page itself is never wider than the screen.

use maud::{html, Markup};

/// `table` inside a region named `label` that scrolls sideways when the table is wider than
/// the screen.
pub fn region(label: &str, table: Markup) -> Markup {
    html! {
        div.table-scroll role="region" aria-label=(label) tabindex="0" { (table) }
    }
}
