//! A message not yet put into words: its key in the message files and its arguments. Form
//! and domain errors carry one, and are worded only where they are shown, in that page's
//! language (the JSON API and the command line word them in English).

use std::borrow::Cow;

use super::{Arg, Lang};

/// An argument of a [`Message`]: a number (which chooses the plural form) or words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Number(i64),
    Text(Cow<'static, str>),
}

/// A message key and its arguments, e.g. `error-name-too-long` with `max = 100`. It has no
/// `Display`, so a page cannot show it without choosing a language: [`Message::in_lang`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Cow<'static, [(&'static str, Value)]>,
}

impl Message {
    /// The message `id`, with no arguments.
    pub const fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Cow::Borrowed(&[]),
        }
    }

    /// The message `id` with fixed arguments (usable in a `const`).
    pub const fn with(id: &'static str, args: &'static [(&'static str, Value)]) -> Message {
        Message {
            id,
            args: Cow::Borrowed(args),
        }
    }

    /// This message with a number argument (a count or a bound: plurals follow it).
    pub fn number(mut self, name: &'static str, n: i64) -> Message {
        self.args.to_mut().push((name, Value::Number(n)));
        self
    }

    /// This message with a text argument (words shown as they are, e.g. what was typed).
    pub fn text(mut self, name: &'static str, text: impl Into<String>) -> Message {
        self.args
            .to_mut()
            .push((name, Value::Text(Cow::Owned(text.into()))));
        self
    }

    /// The key in the message files.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`'s words. A number argument `$max` chooses the plural form;
    /// the message shows it as `$max-shown`, grouped as the language writes it (`10,000`,
    /// `10 000`), which Fluent does not do.
    pub fn in_lang(&self, lang: Lang) -> String {
        let shown_names = self
            .args
            .iter()
            .map(|(name, _)| format!("{name}-shown"))
            .collect::<Vec<_>>();
        let mut args = Vec::with_capacity(self.args.len() * 2);
        for ((name, value), shown) in self.args.iter().zip(&shown_names) {
            match value {
                Value::Number(n) => {
                    args.push((*name, Arg::Number(*n)));
                    args.push((shown.as_str(), Arg::from(lang.number(*n))));
                }
                Value::Text(text) => args.push((*name, Arg::Text(Cow::Borrowed(text.as_ref())))),
            }
        }
        lang.t_args(self.id, &args)
    }

    /// The message in English: for the JSON API, the command line and logs.
    pub fn english(&self) -> String {
        self.in_lang(Lang::En)
    }
}
