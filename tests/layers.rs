//! The layers of `src/`, checked by reading the source: web → features → db → domain.
//! Nothing outside `src/web/` (and `src/main.rs`) names actix; nothing below `web` imports
//! it; `db` imports no feature and no web; `domain` imports neither `db` nor `web`; and no
//! module imports, through any chain, a module that imports it back.
//!
//! The module graph: one node per file; an edge from a file to the file that defines each
//! `crate::`/`super::`/`self::` path it uses (in `use` items and in code). A `pub use`
//! re-export is not a use: a path through one is followed to the file that defines the
//! item. `#[cfg(test)]` inline modules are left out (they are not part of the program).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/a/b.rs` and `src/a/b/mod.rs` → `["a", "b"]`; `src/lib.rs` → `[]`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix("src").unwrap();
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The source without comments, string literals and `#[cfg(test)]` inline modules.
fn code_of(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &source[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').unwrap_or(rest.len());
            i += end;
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
            i += end;
        } else if rest.starts_with("r#\"") || rest.starts_with("r\"") {
            let hashes = rest[1..].chars().take_while(|c| *c == '#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let start = 2 + hashes;
            let end = rest[start..]
                .find(&close)
                .map_or(rest.len(), |e| start + e + close.len());
            out.push_str("\"\"");
            i += end;
        } else if rest.starts_with('"') {
            let mut j = 1;
            while j < rest.len() {
                match rest.as_bytes()[j] {
                    b'\\' => j += 2,
                    b'"' => break,
                    _ => j += 1,
                }
            }
            out.push_str("\"\"");
            i += (j + 1).min(rest.len());
        } else if rest.starts_with("'") && rest.len() > 3 {
            // A char literal ('x', '\n', '"'); a lifetime ('a) is copied as it is.
            let literal = if rest.as_bytes()[1] == b'\\' {
                rest[2..].find('\'').map(|e| e + 3)
            } else {
                let c = rest[1..].chars().next().unwrap();
                let after = 1 + c.len_utf8();
                (rest[after..].starts_with('\'')).then_some(after + 1)
            };
            match literal {
                Some(len) => {
                    out.push_str("' '");
                    i += len;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    strip_test_modules(&out)
}

fn strip_test_modules(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "#[cfg(test)]".len()..];
        let trimmed = after.trim_start();
        let is_inline_mod = trimmed.starts_with("mod ")
            && trimmed
                .find(['{', ';'])
                .is_some_and(|p| trimmed.as_bytes()[p] == b'{');
        if !is_inline_mod {
            rest = after;
            continue;
        }
        let open = after.find('{').unwrap();
        let mut depth = 0;
        let mut end = after.len();
        for (k, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand_tree(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        // `path as name`: the path is what is used.
        let path = tree.split_whitespace().next().unwrap_or("");
        return vec![path.to_owned()];
    };
    let prefix: String = tree[..open].split_whitespace().collect();
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            let prefix = prefix.clone();
            expand_tree(p).into_iter().map(move |rest| {
                if rest == "self" {
                    prefix.trim_end_matches("::").to_owned()
                } else {
                    format!("{}{rest}", prefix)
                }
            })
        })
        .collect()
}

struct Module {
    file: PathBuf,
    code: String,
    /// `use` items: (is `pub use`, path).
    uses: Vec<(bool, String)>,
}

/// The `use` items of `code`, and the code with them removed.
fn use_items(code: &str) -> (Vec<(bool, String)>, String) {
    let mut uses = Vec::new();
    let mut rest_code = String::new();
    let mut rest = code;
    loop {
        let found = find_word(rest, "use");
        let Some(at) = found else { break };
        let before = rest[..at].trim_end();
        let public = before.ends_with("pub") || before.ends_with(')') && before.contains("pub(");
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e);
        for path in expand_tree(&rest[at + 3..end]) {
            uses.push((public, path));
        }
        rest_code.push_str(&rest[..at]);
        rest = &rest[(end + 1).min(rest.len())..];
    }
    rest_code.push_str(rest);
    (uses, rest_code)
}

fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = text[from..].find(word) {
        let at = from + p;
        let before_ok = at == 0 || !is_ident(text.as_bytes()[at - 1]);
        let after = at + word.len();
        let after_ok = after < text.len() && text.as_bytes()[after].is_ascii_whitespace();
        if before_ok && after_ok {
            return Some(at);
        }
        from = after;
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `crate::…`, `super::…` and `self::…` paths written in code (not in `use` items).
fn code_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(p) = code[from..].find(start) {
            let at = from + p;
            from = at + start.len();
            if at > 0 && (is_ident(code.as_bytes()[at - 1]) || code.as_bytes()[at - 1] == b':') {
                continue;
            }
            let len = code[at..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(code.len() - at);
            paths.push(code[at..at + len].trim_end_matches(':').to_owned());
        }
    }
    paths
}

struct Graph {
    modules: BTreeMap<Vec<String>, Module>,
}

impl Graph {
    fn load() -> Graph {
        let mut files = Vec::new();
        rust_files(Path::new("src"), &mut files);
        let mut modules = BTreeMap::new();
        for file in files {
            if file == Path::new("src/main.rs") {
                continue;
            }
            let code = code_of(&fs::read_to_string(&file).unwrap());
            let (uses, code) = use_items(&code);
            modules.insert(module_of(&file), Module { file, code, uses });
        }
        Graph { modules }
    }

    /// `path` as written in module `from`, made absolute (segments after `crate`).
    fn absolute(&self, from: &[String], path: &str) -> Option<Vec<String>> {
        let mut segments = path.split("::").filter(|s| !s.is_empty());
        let mut base: Vec<String> = match segments.next()? {
            "crate" => Vec::new(),
            "self" => from.to_vec(),
            "super" => from[..from.len().checked_sub(1)?].to_vec(),
            first => {
                // A child module named without `self::` (`use child::Item;`).
                let mut child = from.to_vec();
                child.push(first.to_owned());
                if !self.modules.contains_key(&child) {
                    return None;
                }
                child
            }
        };
        for s in segments {
            if s == "super" {
                base.pop();
            } else {
                base.push(s.to_owned());
            }
        }
        Some(base)
    }

    /// The file that defines what the absolute path `path` names, following re-exports.
    fn defining(&self, path: &[String], hops: usize) -> Option<Vec<String>> {
        let module = (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|m| self.modules.contains_key(m))?;
        if hops < 8 && module.len() < path.len() {
            let item = &path[module.len()];
            let m = &self.modules[&module];
            for (public, used) in &m.uses {
                if *public && used.rsplit("::").next() == Some(item.as_str()) {
                    if let Some(mut target) = self.absolute(&module, used) {
                        target.extend(path[module.len() + 1..].iter().cloned());
                        return self.defining(&target, hops + 1);
                    }
                }
            }
        }
        Some(module)
    }

    fn edges(&self) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
        let mut edges: BTreeMap<_, BTreeSet<_>> = BTreeMap::new();
        for (name, module) in &self.modules {
            let written = module
                .uses
                .iter()
                .filter(|(public, _)| !public)
                .map(|(_, p)| p.clone())
                .chain(code_paths(&module.code));
            let targets = edges.entry(name.clone()).or_default();
            for path in written {
                let Some(absolute) = self.absolute(name, &path) else {
                    continue;
                };
                if let Some(target) = self.defining(&absolute, 0) {
                    if &target != name {
                        targets.insert(target);
                    }
                }
            }
        }
        edges
    }
}

fn show(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_owned()
    } else {
        module.join("::")
    }
}

/// The groups of modules that import each other in a loop (strongly connected components
/// of more than one module).
fn cycles(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    let reach = |from: &Vec<String>| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(node) = todo.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&Vec<String>, BTreeSet<Vec<String>>> =
        edges.keys().map(|k| (k, reach(k))).collect();
    let mut done = BTreeSet::new();
    let mut groups = Vec::new();
    for (node, reached) in &reachable {
        if done.contains(*node) || !reached.contains(*node) {
            continue;
        }
        let group: Vec<String> = reached
            .iter()
            .filter(|other| reachable.get(other).is_some_and(|r| r.contains(*node)))
            .map(|m| {
                done.insert(m.clone());
                show(m)
            })
            .collect();
        groups.push(group);
    }
    groups
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = Graph::load();
    assert!(graph.modules.len() > 100, "src/ was not read");
    let edges = graph.edges();
    assert!(
        edges.values().map(BTreeSet::len).sum::<usize>() > 300,
        "too few imports found: the reader is broken"
    );
    let loops = cycles(&edges);
    assert!(
        loops.is_empty(),
        "modules in src/ that import each other in a loop: {loops:#?}"
    );
}

/// True when `module` is `path` (`a` or `a::b`) or inside it.
fn under(module: &[String], path: &str) -> bool {
    let parts: Vec<&str> = path.split("::").collect();
    module.len() >= parts.len() && module.iter().zip(&parts).all(|(m, p)| m == p)
}

#[test]
fn actix_only_in_the_web_layer() {
    let graph = Graph::load();
    let mut wrong = Vec::new();
    for (name, module) in &graph.modules {
        if under(name, "web") {
            continue;
        }
        let source = fs::read_to_string(&module.file).unwrap();
        if source.contains("actix_") || source.contains("actix-") {
            wrong.push(module.file.display().to_string());
        }
    }
    assert!(wrong.is_empty(), "actix named outside src/web/: {wrong:?}");
}

#[test]
fn each_layer_imports_only_the_layers_below() {
    let graph = Graph::load();
    let edges = graph.edges();
    // The features and what stands above them; `db` may use small leaf modules beside it
    // (`auth::role`, `campaigns::file`, `plumbing::private_files`), which import no feature
    // either. An entry is a module and everything under it.
    const FEATURES: &[&str] = &[
        "web",
        "views",
        "commands",
        "signing",
        "letters",
        "fraud",
        "privacy",
        "stats",
        "exports",
        "mail",
        "imports",
        "forms",
        "postcode_lookup",
        "campaigns::images",
        "campaigns::letter_paste",
        "campaigns::translations",
        "campaigns::updates",
        "plumbing::shipped",
    ];
    // A name left behind by a move would guard nothing.
    for feature in FEATURES {
        assert!(
            graph.modules.keys().any(|m| under(m, feature)),
            "FEATURES names no module in src/: {feature}"
        );
    }
    let features_and_above = |m: &[String]| FEATURES.iter().any(|f| under(m, f));
    let mut wrong = Vec::new();
    for (from, targets) in &edges {
        for to in targets {
            let refused = if under(from, "web") || from.is_empty() {
                false
            } else if under(from, "domain") {
                // A domain error is a message key; its words live in `i18n`, a leaf.
                !under(to, "domain") && !under(to, "i18n")
            } else if under(from, "i18n") {
                !under(to, "i18n")
            } else if under(from, "db") {
                features_and_above(to)
            } else {
                under(to, "web")
            };
            if refused {
                wrong.push(format!("{} -> {}", show(from), show(to)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:#?}");
}

/// The reader finds the imports it must: a check that cannot see them proves nothing.
#[test]
fn the_reader_sees_imports() {
    let graph = Graph::load();
    let edges = graph.edges();
    let web_routes = vec!["web".to_owned(), "routes".to_owned()];
    let state = vec!["web".to_owned(), "state".to_owned()];
    let routes_files: Vec<_> = edges
        .keys()
        .filter(|k| k.starts_with(&web_routes))
        .collect();
    assert!(routes_files.iter().any(|f| edges[*f].contains(&state)));
    // Through the `pub use` in domain to the file that defines the type.
    let signing = vec!["signing".to_owned()];
    let email = vec!["domain".to_owned(), "token".to_owned()];
    assert!(edges[&signing].contains(&email), "{:?}", edges[&signing]);
}
