//! The languages Missive speaks (English, Welsh, Russian, Kazakh) and their words.
//!
//! The words live in Project Fluent files, `locales/<lang>/*.ftl`, built into the binary.
//! A [`Lang`] is parsed at the boundary (a `?lang=` query, a cookie, `Accept-Language`, a
//! stored signature) and passed down as plain data; views and emails ask it for words
//! ([`Lang::t`], [`Lang::t_args`], [`Lang::markup`]), numbers and dates. Plural forms are
//! Fluent's (CLDR's rules: Welsh six, Russian three or four, Kazakh and English two).
//! How to add a string or a language: docs/languages.md.

mod accept;
mod format;
mod lang;
mod markup;
mod message;
mod pseudo;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::Loader;

pub use accept::from_accept_language;
pub use lang::{Lang, UnknownLang};
pub use message::{Message, Value};
pub use pseudo::{accent as pseudo_accent, allow as allow_pseudo, allowed as pseudo_allowed};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode bidi isolation marks around arguments: every language here runs left
        // to right, and the marks would show up in plain-text emails and page source.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fluent_templates::static_loader! {
    // The same files, with English's words accented: the pseudo-language's words.
    static PSEUDO = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_transform(Some(pseudo::transform));
        },
    };
}

impl Lang {
    fn loader(self) -> &'static fluent_templates::StaticLoader {
        match self {
            Lang::Pseudo => &PSEUDO,
            _ => &LOCALES,
        }
    }
}

/// A value put into a message: words (escaped when the message becomes markup), a number
/// (chooses the plural form, shown as Fluent writes it), or markup (`Lang::markup` only).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
    Markup(String),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<maud::Markup> for Arg<'_> {
    fn from(markup: maud::Markup) -> Self {
        Arg::Markup(markup.into_string())
    }
}

impl Lang {
    /// The message `id` in this language (English where this language lacks it, which the
    /// completeness test `tests/i18n_files.rs` does not allow to ship).
    pub fn t(self, id: &str) -> String {
        self.loader().lookup(&self.langid(), id)
    }

    /// The message `id` with its arguments. Markup arguments are written as they are.
    pub fn t_args(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let values = args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.to_string()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Markup(markup) => FluentValue::from(markup.clone()),
                };
                (Cow::Owned(name.to_string()), value)
            })
            .collect::<HashMap<_, _>>();
        self.loader().lookup_with_args(&self.langid(), id, &values)
    }

    /// Whether the message files hold `id` in this very language (no fallback).
    pub fn has(self, id: &str) -> bool {
        LOCALES
            .lookup_single_language::<&str>(&self.langid(), id, None)
            .is_ok()
    }

    /// The languages' codes that have message files, as the loader found them.
    pub fn loaded() -> Vec<String> {
        LOCALES.locales().map(|l| l.to_string()).collect()
    }
}
