//! The layering rule of docs/architecture.md, checked on the sources: no import circles between
//! the modules of one layer (backend's services; app's server functions, pages and components).
//! An edge is an import of a sibling through `super::`, `crate::services::` or `crate::pages::`
//! (and the like), in a `use` or an inline path.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

/// Source without its comment lines (documentation names modules without importing them).
fn code(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules of one layer: file stem → the code of the module (its submodules included).
fn modules(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs") {
            let mut text = code(&fs::read_to_string(&path).unwrap_or_default());
            // A module's own folder (`requests/`) belongs to it.
            if let Ok(children) = fs::read_dir(dir.join(&stem)) {
                for child in children.flatten() {
                    text.push_str(&code(&fs::read_to_string(child.path()).unwrap_or_default()));
                }
            }
            out.insert(stem, text);
        }
    }
    out
}

/// The sibling modules `text` names through one of `roots` (`super`, `crate::services`, …):
/// `root::name` directly, or `name` at the top level of a `root::{…}` group.
fn named_siblings(text: &str, roots: &[&str], siblings: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for root in roots {
        let prefix = format!("{root}::");
        let mut rest = text;
        while let Some(at) = rest.find(&prefix) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                // The group's top-level items, each named by its first segment.
                let mut depth = 0;
                let mut items = vec![String::new()];
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => items.push(String::new()),
                        _ if depth == 0 => items.last_mut().into_iter().for_each(|i| i.push(c)),
                        _ => {}
                    }
                }
                for item in items {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if siblings.contains(&name) {
                        found.insert(name);
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if siblings.contains(&name) {
                    found.insert(name);
                }
            }
        }
    }
    found
}

/// The import edges between the modules of `dir`.
fn graph(dir: &Path, roots: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules(dir);
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(name, text)| {
            let mut others = names.clone();
            others.remove(name);
            (name.clone(), named_siblings(text, roots, &others))
        })
        .collect()
}

/// A circle in `graph`, as the path that closes it, if there is one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut found = path[start..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

#[test]
fn no_layer_has_an_import_circle() {
    let layers: [(&str, &[&str]); 4] = [
        (
            "backend/src/services",
            &["super", "crate::services", "services"],
        ),
        ("app/src/api", &["super", "crate::api", "api"]),
        ("app/src/pages", &["super", "crate::pages", "pages"]),
        (
            "app/src/components",
            &["super", "crate::components", "components"],
        ),
    ];
    for (dir, roots) in layers {
        let graph = graph(&root().join(dir), roots);
        assert!(graph.len() > 5, "{dir}: {} modules read", graph.len());
        assert_eq!(circle(&graph), None, "{dir} has an import circle");
    }
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let siblings: BTreeSet<String> = ["orders", "payments", "cart"].map(String::from).into();
    let orders = named_siblings(
        "use super::{cart, payments::{self, CardGateway}};",
        &["super"],
        &siblings,
    );
    assert_eq!(orders, ["cart", "payments"].map(String::from).into());
    let payments = named_siblings("let l = super::orders::link(x);", &["super"], &siblings);
    assert_eq!(payments, ["orders"].map(String::from).into());
    // An entity of the same name is not the sibling service.
    let entity = named_siblings("use crate::entity::{cart, order};", &["super"], &siblings);
    assert!(entity.is_empty(), "{entity:?}");
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("orders".to_owned(), orders),
        ("payments".to_owned(), payments),
        ("cart".to_owned(), BTreeSet::new()),
    ]
    .into();
    assert_eq!(
        circle(&graph),
        Some(["orders", "payments", "orders"].map(String::from).to_vec())
    );
}
