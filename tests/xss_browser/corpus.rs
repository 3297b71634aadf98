//! The payloads, each carrying a marker that says where it went in, and helpers to put
//! them into forms and query strings.

/// In every payload, followed by the slot it went into and the payload's number.
pub const MARKER: &str = "xss-7f3a";

/// `{m}` stands for the payload's marker.
pub const PAYLOADS: &[&str] = &[
    "<script>alert('{m}')</script>",
    "<img src=x onerror=alert('{m}')>",
    "\"><svg onload=alert('{m}')>",
    "'><svg/onload=confirm('{m}')>",
    "\" onmouseover=\"alert('{m}')\" x=\"",
    "' onfocus='alert(`{m}`)' autofocus x='",
    "` onfocus=alert('{m}') autofocus x=`",
    "</textarea><img src=x onerror=alert('{m}')>",
    "</title><script>alert('{m}')</script>",
    "javascript:alert('{m}')",
    "<a href=\"javascript:alert('{m}')\">click {m}</a>",
    "<iframe src=\"javascript:alert('{m}')\"></iframe>",
    "{{constructor.constructor('alert(\"{m}\")')()}}",
    "\\u003cscript\\u003ealert('{m}')\\u003c/script\\u003e",
    "&lt;img src=x onerror=alert('{m}')&gt;",
    "%3Cscript%3Ealert('{m}')%3C/script%3E",
    "\u{FF1C}script\u{FF1E}alert('{m}')\u{FF1C}/script\u{FF1E}",
    "<details open ontoggle=prompt('{m}')>",
    "<svg><animate onbegin=alert('{m}') attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('{m}')>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('{m}')\">",
    "<base href=\"//evil.example/{m}/\">",
    "<input autofocus onfocus=alert('{m}')>",
    "</style></script><script>alert('{m}')</script>",
    "[{m}](javascript:alert(1)) and <javascript:alert('{m}')>",
    "![{m}](javascript:alert(1)) <style>*{background:url(//evil.example/{m})}</style>",
];

/// Payload `index` with its marker for `slot`: (payload, marker).
pub fn one(slot: &str, index: usize) -> (String, String) {
    let marker = format!("{MARKER}-{slot}{index:02}");
    (PAYLOADS[index].replace("{m}", &marker), marker)
}

/// Every payload, each with its own marker for `slot`, a paragraph each.
pub fn every(slot: &str) -> (String, Vec<String>) {
    let (texts, markers): (Vec<String>, Vec<String>) =
        (0..PAYLOADS.len()).map(|i| one(slot, i)).unzip();
    (texts.join("\n\n"), markers)
}

/// Form fields each holding one payload: (field, payload, marker).
pub struct Fields(Vec<(&'static str, String, String)>);

impl Fields {
    /// From (field, slot, payload number) triples.
    pub fn new(list: &[(&'static str, &str, usize)]) -> Fields {
        Fields(
            list.iter()
                .map(|&(field, slot, index)| {
                    let (payload, marker) = one(slot, index);
                    (field, payload, marker)
                })
                .collect(),
        )
    }

    pub fn pairs(&self) -> Vec<(&str, &str)> {
        self.0.iter().map(|(f, p, _)| (*f, p.as_str())).collect()
    }

    pub fn markers(&self) -> Vec<String> {
        self.0.iter().map(|(_, _, m)| m.clone()).collect()
    }

    /// The payload in `field`.
    pub fn payload(&self, field: &str) -> &str {
        self.0
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, p, _)| p.as_str())
            .unwrap_or_else(|| panic!("no field {field}"))
    }

    /// The markers of `fields`, in that order.
    pub fn markers_of(&self, fields: &[&str]) -> Vec<String> {
        fields
            .iter()
            .map(|name| {
                self.0
                    .iter()
                    .find(|(f, _, _)| f == name)
                    .map(|(_, _, m)| m.clone())
                    .unwrap_or_else(|| panic!("no field {name}"))
            })
            .collect()
    }
}

/// All the markers of several lists, in one.
pub fn markers(lists: &[&[String]]) -> Vec<String> {
    lists.iter().flat_map(|l| l.iter().cloned()).collect()
}

/// `pairs` as a URL query string.
pub fn query(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}
