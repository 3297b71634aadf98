//! The sign form as a browser reads it from the page: where it posts to and every field it
//! would submit untouched (hidden honeypot and preselected country included).

use std::fmt;

/// A form's action and the name/value pairs a browser submits when nothing is changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub action: String,
    pub fields: Vec<(String, String)>,
}

impl Form {
    /// Types `value` into the field called `name` (adding it if the page had none).
    pub fn set(&mut self, name: &str, value: &str) {
        match self.fields.iter_mut().find(|(field, _)| field == name) {
            Some((_, old)) => value.clone_into(old),
            None => self.fields.push((name.to_owned(), value.to_owned())),
        }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    /// The page has no `<form method="post">`.
    NoPostForm,
    /// The form has no action to post to.
    NoAction,
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FormError::NoPostForm => "the page has no form that posts",
            FormError::NoAction => "the form has no action",
        })
    }
}

impl std::error::Error for FormError {}

/// Reads the first `<form method="post">` of `html` the way a browser would submit it:
/// text, email, hidden and other inputs with their values, ticked checkboxes and radios
/// only, each `<select>`'s selected option (or its first), and textareas.
pub fn post_form(html: &str) -> Result<Form, FormError> {
    let mut tags = Tags { html, pos: 0 };
    let form_tag = loop {
        let tag = tags.next().ok_or(FormError::NoPostForm)?;
        if tag.name == "form"
            && !tag.closing
            && tag
                .attr("method")
                .is_some_and(|m| m.eq_ignore_ascii_case("post"))
        {
            break tag;
        }
    };
    let action = form_tag
        .attr("action")
        .filter(|a| !a.is_empty())
        .ok_or(FormError::NoAction)?
        .to_owned();
    let mut fields = Vec::new();
    let mut select: Option<Select> = None;
    while let Some(tag) = tags.next() {
        match (tag.name.as_str(), tag.closing) {
            ("form", true) => break,
            ("input", false) => {
                if let Some(field) = input_field(&tag) {
                    fields.push(field);
                }
            }
            ("select", false) => {
                select = tag.attr("name").map(|name| Select {
                    name: name.to_owned(),
                    first: None,
                    selected: None,
                });
            }
            ("option", false) => {
                if let Some(select) = select.as_mut() {
                    let value = match tag.attr("value") {
                        Some(value) => value.to_owned(),
                        None => decode(tags.text_until_tag().trim()),
                    };
                    if tag.has("selected") && select.selected.is_none() {
                        select.selected = Some(value.clone());
                    }
                    select.first.get_or_insert(value);
                }
            }
            ("select", true) => {
                if let Some(done) = select.take() {
                    if let Some(value) = done.selected.or(done.first) {
                        fields.push((done.name, value));
                    }
                }
            }
            ("textarea", false) => {
                if let Some(name) = tag.attr("name") {
                    let name = name.to_owned();
                    fields.push((name, decode(tags.text_until_tag())));
                }
            }
            _ => {}
        }
    }
    Ok(Form { action, fields })
}

struct Select {
    name: String,
    first: Option<String>,
    selected: Option<String>,
}

fn input_field(tag: &Tag) -> Option<(String, String)> {
    let name = tag.attr("name")?;
    if tag.has("disabled") {
        return None;
    }
    let kind = tag.attr("type").unwrap_or("text").to_ascii_lowercase();
    match kind.as_str() {
        "submit" | "button" | "reset" | "image" | "file" => None,
        "checkbox" | "radio" if !tag.has("checked") => None,
        "checkbox" | "radio" => Some((
            name.to_owned(),
            tag.attr("value").unwrap_or("on").to_owned(),
        )),
        _ => Some((name.to_owned(), tag.attr("value").unwrap_or("").to_owned())),
    }
}

/// One start or end tag, with its attributes decoded.
struct Tag {
    name: String,
    closing: bool,
    attrs: Vec<(String, Option<String>)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_deref().unwrap_or(""))
    }

    fn has(&self, name: &str) -> bool {
        self.attrs.iter().any(|(key, _)| key == name)
    }
}

/// Walks the tags of a page in order, skipping text and comments.
struct Tags<'a> {
    html: &'a str,
    pos: usize,
}

impl Tags<'_> {
    /// The text from here to the next tag (an option's label, a textarea's content).
    fn text_until_tag(&mut self) -> &str {
        let rest = &self.html[self.pos..];
        let end = rest.find('<').unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }
}

impl Iterator for Tags<'_> {
    type Item = Tag;

    fn next(&mut self) -> Option<Tag> {
        loop {
            let start = self.pos + self.html[self.pos..].find('<')?;
            let rest = &self.html[start..];
            if rest.starts_with("<!--") {
                self.pos = start + rest.find("-->").map_or(rest.len(), |end| end + 3);
                continue;
            }
            let (tag, len) = match parse_tag(rest) {
                Some(found) => found,
                None => {
                    self.pos = start + 1;
                    continue;
                }
            };
            self.pos = start + len;
            return Some(tag);
        }
    }
}

/// Parses the tag at the start of `text` (which begins with `<`); returns it and its length.
fn parse_tag(text: &str) -> Option<(Tag, usize)> {
    let bytes = text.as_bytes();
    let mut i = 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    let name = text[name_start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => break,
            Some(_) => {}
        }
        let key_start = i;
        while i < bytes.len() && !b" \t\r\n=>/".contains(&bytes[i]) {
            i += 1;
        }
        let key = text[key_start..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            attrs.push((key, None));
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let value = match bytes.get(i) {
            Some(&quote) if quote == b'"' || quote == b'\'' => {
                let end = i + 1 + text[i + 1..].find(char::from(quote))?;
                let value = &text[i + 1..end];
                i = end + 1;
                value
            }
            _ => {
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
                &text[start..i]
            }
        };
        attrs.push((key, Some(decode(value))));
    }
    Some((
        Tag {
            name,
            closing,
            attrs,
        },
        i + 1,
    ))
}

/// Decodes the character references an HTML serialiser writes (`&amp;`, `&quot;`, `&#39;`…).
fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let reference = rest
            .find(';')
            .filter(|&end| end <= 10)
            .and_then(|end| Some((character(&rest[1..end])?, end)));
        match reference {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn character(name: &str) -> Option<char> {
    let code = match name {
        "amp" => return Some('&'),
        "quot" => return Some('"'),
        "apos" => return Some('\''),
        "lt" => return Some('<'),
        "gt" => return Some('>'),
        "nbsp" => return Some('\u{a0}'),
        _ => name.strip_prefix('#')?,
    };
    let number = match code.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => code.parse().ok()?,
    };
    char::from_u32(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><body>
        <form action="/search" method="get"><input name="q" value="x"></form>
        <!-- <form method="post" action="/decoy"> -->
        <form class="sign-form" method="post" action="/campaigns/british-values/signatures" novalidate>
          <div class="field"><label for="full_name">Full name</label>
            <input id="full_name" name="full_name" type="text" value="" autocomplete="name" required></div>
          <input id="email" name="email" type="email" value="a&amp;b@example.org">
          <select id="country" name="country"><option value="AF">Afghanistan</option>
            <option value="GB" selected>United Kingdom</option></select>
          <select name="size"><option>Small &amp; light</option><option>Large</option></select>
          <input id="updates" type="checkbox" name="updates" value="yes">
          <input type="checkbox" name="ticked" checked>
          <input type="radio" name="colour" value="red" checked>
          <input name="gone" value="x" disabled>
          <div class="honeypot" aria-hidden="true"><input id="website" type="text" name="website" value="" tabindex="-1"></div>
          <textarea name="note">It&#39;s &quot;fine&quot;</textarea>
          <input type=hidden name=token value=abc123>
          <button class="primary" type="submit">Sign</button>
        </form>
        <form method="post" action="/other"><input name="later" value="no"></form>"#;

    #[test]
    fn reads_the_first_post_form_as_a_browser_would_submit_it() {
        let form = post_form(PAGE).unwrap();
        assert_eq!(form.action, "/campaigns/british-values/signatures");
        let expected: Vec<(String, String)> = [
            ("full_name", ""),
            ("email", "a&b@example.org"),
            ("country", "GB"),
            ("size", "Small & light"),
            ("ticked", "on"),
            ("colour", "red"),
            ("website", ""),
            ("note", "It's \"fine\""),
            ("token", "abc123"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(form.fields, expected);
    }

    #[test]
    fn set_replaces_a_value_or_adds_the_field() {
        let mut form = post_form(PAGE).unwrap();
        form.set("full_name", "Ada Lovelace");
        form.set("postcode", "SW1A 1AA");
        assert_eq!(form.get("full_name"), Some("Ada Lovelace"));
        assert_eq!(form.get("postcode"), Some("SW1A 1AA"));
        assert_eq!(
            form.fields.first().map(|(k, _)| k.as_str()),
            Some("full_name")
        );
        assert_eq!(
            form.fields.last().map(|(k, _)| k.as_str()),
            Some("postcode")
        );
    }

    #[test]
    fn a_page_without_a_post_form_or_action_is_an_error() {
        assert_eq!(
            post_form("<form method=get action=/x></form>"),
            Err(FormError::NoPostForm)
        );
        assert_eq!(
            post_form("<form method=POST><input name=a></form>"),
            Err(FormError::NoAction)
        );
        assert_eq!(post_form("<p>a < b</p>"), Err(FormError::NoPostForm));
    }

    #[test]
    fn decodes_named_and_numeric_references_and_leaves_stray_ampersands() {
        assert_eq!(
            decode("a &amp; b &lt;&gt; &#x27;&#8217; & c &bogus;"),
            "a & b <> '\u{2019} & c &bogus;"
        );
    }
}
