//! The message files are complete: every message (and attribute) in English exists in
//! Welsh, Russian and Kazakh and the other way round, every file parses, and each
//! language's folder holds the same files. A second test proves the check fails when one
//! key is removed from one language.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Resource};

const LANGUAGES: [&str; 4] = ["en", "cy", "ru", "kk"];

/// Each file's messages (`id` and `id.attribute`) in one language's folder, or the parse
/// errors found.
fn keys(folder: &Path) -> Result<BTreeMap<String, BTreeSet<String>>, Vec<String>> {
    let mut files = BTreeMap::new();
    let mut errors = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = fs::read_to_string(&path).unwrap();
        let resource: Resource<&str> = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((_, errs)) => {
                errors.push(format!("{}: {errs:?}", path.display()));
                continue;
            }
        };
        let mut ids = BTreeSet::new();
        for entry in &resource.body {
            let (id, attributes) = match entry {
                Entry::Message(m) => (m.id.name, &m.attributes),
                Entry::Term(t) => (t.id.name, &t.attributes),
                _ => continue,
            };
            if !ids.insert(id.to_owned()) {
                errors.push(format!("{}: {id} twice", path.display()));
            }
            for attribute in attributes {
                ids.insert(format!("{id}.{}", attribute.id.name));
            }
        }
        files.insert(name, ids);
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// Everything wrong with the message files under `root`: unparsable files, and each key or
/// file that one language has and another lacks (English is the reference).
fn problems(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut all = BTreeMap::new();
    for lang in LANGUAGES {
        match keys(&root.join(lang)) {
            Ok(files) => {
                all.insert(lang, files);
            }
            Err(errors) => problems.extend(errors),
        }
    }
    let Some(english) = all.get("en").cloned() else {
        return problems;
    };
    for (lang, files) in &all {
        let names: BTreeSet<&String> = files.keys().chain(english.keys()).collect();
        for name in names {
            let empty = BTreeSet::new();
            let theirs = files.get(name).unwrap_or(&empty);
            let ours = english.get(name).unwrap_or(&empty);
            for missing in ours.difference(theirs) {
                problems.push(format!("{lang}/{name}: no {missing} (English has it)"));
            }
            for extra in theirs.difference(ours) {
                problems.push(format!("{lang}/{name}: {extra} is not in English"));
            }
        }
    }
    problems
}

fn locales() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

#[test]
fn every_language_has_every_message() {
    let problems = problems(&locales());
    assert!(problems.is_empty(), "message files: {problems:#?}");
    let english = keys(&locales().join("en")).unwrap();
    let count: usize = english.values().map(BTreeSet::len).sum();
    assert!(count > 50, "the reader found only {count} English messages");
}

#[test]
fn every_language_is_marked_for_review() {
    for lang in &LANGUAGES[1..] {
        for (name, _) in keys(&locales().join(lang)).unwrap() {
            let text = fs::read_to_string(locales().join(lang).join(&name)).unwrap();
            assert!(
                text.lines()
                    .take_while(|l| l.starts_with('#'))
                    .any(|l| l.contains("REVIEW:") || l.contains("REVIEWED:")),
                "{lang}/{name} has no REVIEW: (or REVIEWED:) line in its header comment"
            );
        }
    }
}

/// The check fails when a key is removed from one language (or added to one only).
#[test]
fn a_key_removed_from_one_language_is_found() {
    let copy = tempfile::tempdir().unwrap();
    for lang in LANGUAGES {
        fs::create_dir(copy.path().join(lang)).unwrap();
        for entry in fs::read_dir(locales().join(lang)).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(
                &path,
                copy.path().join(lang).join(path.file_name().unwrap()),
            )
            .unwrap();
        }
    }
    assert_eq!(problems(copy.path()), Vec::<String>::new());

    let welsh = copy.path().join("cy/signing.ftl");
    let text = fs::read_to_string(&welsh).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("check-title ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(text.len(), without.len(), "the line to remove is there");
    fs::write(&welsh, without).unwrap();
    assert_eq!(
        problems(copy.path()),
        vec!["cy/signing.ftl: no check-title (English has it)".to_owned()]
    );

    let kazakh = copy.path().join("kk/site.ftl");
    let mut text = fs::read_to_string(&kazakh).unwrap();
    text.push_str("only-in-kazakh = Тек қазақша\n");
    fs::write(&kazakh, text).unwrap();
    assert!(
        problems(copy.path()).contains(&"kk/site.ftl: only-in-kazakh is not in English".to_owned())
    );
}

/// The binary's loader found the same languages as the folders hold.
#[test]
fn the_built_in_loader_has_every_language() {
    let mut loaded = missive::i18n::Lang::loaded();
    loaded.sort();
    let mut expected: Vec<String> = LANGUAGES.iter().map(|l| l.to_string()).collect();
    expected.sort();
    assert_eq!(loaded, expected);
    for lang in missive::i18n::Lang::ALL {
        assert!(lang.has("sign-heading"), "{lang}");
    }
}
