//! A staff form as a browser would submit it: read from the page, changed, sent.

use super::Page;

/// The campaign form's fields as a browser would submit them (without the CSRF token,
/// which `StaffClient::post` adds): unticked checkboxes are left out.
pub fn form_fields(page: &Page) -> Vec<(String, String)> {
    let html = page.html();
    let selector =
        scraper::Selector::parse("form[novalidate] input[name], form[novalidate] textarea[name]")
            .expect("selector");
    html.select(&selector)
        .filter_map(|element| {
            let e = element.value();
            let name = e.attr("name")?.to_owned();
            if name == "csrf" || (e.attr("type") == Some("checkbox") && e.attr("checked").is_none())
            {
                return None;
            }
            let value = match e.name() {
                "textarea" => element.text().collect(),
                _ => e.attr("value").unwrap_or_default().to_owned(),
            };
            Some((name, value))
        })
        .collect()
}

/// `fields` with some values replaced (or added).
pub fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fields
        .iter()
        .filter(|(name, _)| changes.iter().all(|(changed, _)| changed != name))
        .cloned()
        .collect();
    out.extend(changes.iter().map(|(n, v)| (n.to_string(), v.to_string())));
    out
}

pub fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}
