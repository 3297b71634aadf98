//! Messages as HTML: the words escaped, the arguments put in as words or as markup.

use std::borrow::Cow;

use maud::{Escaper, PreEscaped};

use super::{Arg, Lang};

/// Marks where an argument goes while the message is escaped (private-use characters,
/// which escaping leaves alone and no message file holds).
fn slot(i: usize) -> String {
    format!("\u{e000}{i}\u{e001}")
}

fn escape(text: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = Escaper::new(&mut out).write_str(text);
    out
}

impl Lang {
    /// The message `id` as markup: its own words escaped, text arguments escaped, markup
    /// arguments (a link, `<strong>`) as they are, numbers choosing the plural form.
    pub fn markup(self, id: &str, args: &[(&str, Arg<'_>)]) -> PreEscaped<String> {
        let mut fills = Vec::new();
        let slotted: Vec<(&str, Arg<'_>)> = args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Number(n) => Arg::Number(*n),
                    Arg::Text(text) => {
                        fills.push(escape(text));
                        Arg::Text(Cow::Owned(slot(fills.len() - 1)))
                    }
                    Arg::Markup(markup) => {
                        fills.push(markup.clone());
                        Arg::Text(Cow::Owned(slot(fills.len() - 1)))
                    }
                };
                (*name, value)
            })
            .collect();
        let mut html = escape(&self.t_args(id, &slotted));
        for (i, fill) in fills.iter().enumerate() {
            html = html.replace(&slot(i), fill);
        }
        PreEscaped(html)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_text_are_escaped_markup_is_not() {
        let link = maud::html! { a href="/x" { "Sign again" } };
        let html = Lang::En.markup("check-wrong-address", &[("link", link.into())]);
        assert_eq!(html.0, "Wrong address? <a href=\"/x\">Sign again</a>.");
        let html = Lang::En.markup("confirm-on", &[("headline", "Fish & <chips>".into())]);
        assert_eq!(
            html.0,
            "You are confirming your signature on “Fish &amp; &lt;chips&gt;”."
        );
    }
}
