//! No circles at any level: between the children of every module (siblings that reach each other
//! through `super::`, `crate::` or a parent's re-exports), in the crate and in the test crates.
//! Read from the sources, test code left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod support;

use support::source::{cycle_through, rust_files, without_tests};

type ModPath = Vec<String>;

/// One crate's modules: where each is, and what each re-exports from which child.
struct Crate {
    files: BTreeMap<ModPath, String>,
    /// (module, name) → the child of `module` that `name` comes from.
    reexports: BTreeMap<(ModPath, String), String>,
}

/// `src/graph/connect/mod.rs` → `[graph, connect]`; `src/lib.rs` → `[]`.
fn module_path(src: &Path, file: &Path) -> Option<ModPath> {
    let relative = file.strip_prefix(src).ok()?;
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    let last = parts.last()?.clone();
    if matches!(last.as_str(), "tests") {
        return None;
    }
    if matches!(last.as_str(), "mod" | "lib" | "main") {
        parts.pop();
    }
    Some(parts)
}

fn ident(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Every path a source names that starts with `crate::` or `super::`, as written, with a `{…}`
/// list expanded to its first names.
fn paths_in(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for start in ["crate::", "super::"] {
        for (at, _) in source.match_indices(start) {
            if at > 0 && source[..at].ends_with("::") {
                continue; // the middle of `super::super::`
            }
            let rest = &source[at..];
            let mut path = String::new();
            for (i, c) in rest.char_indices() {
                if c.is_ascii_alphanumeric() || c == '_' || c == ':' {
                    path.push(c);
                } else if c == '{' && path.ends_with("::") {
                    let list = &rest[i + 1..];
                    let list = &list[..list.find('}').unwrap_or(list.len())];
                    for item in list.split(',') {
                        let name = ident(item.trim());
                        if !name.is_empty() {
                            found.push(format!("{path}{name}"));
                        }
                    }
                    path.clear();
                    break;
                } else {
                    break;
                }
            }
            if !path.is_empty() {
                found.push(path.trim_end_matches("::").to_string());
            }
        }
    }
    found
}

impl Crate {
    fn read(src: &Path) -> Self {
        let mut list = Vec::new();
        rust_files(src, &mut list);
        let mut files = BTreeMap::new();
        for file in list {
            if let Some(path) = module_path(src, &file) {
                let source = std::fs::read_to_string(&file).unwrap();
                files.insert(path, without_tests(&source));
            }
        }
        let mut reexports = BTreeMap::new();
        for (module, source) in &files {
            for line in source.lines().map(str::trim) {
                let Some(rest) = line
                    .strip_prefix("pub use ")
                    .or_else(|| line.strip_prefix("pub(crate) use "))
                    .or_else(|| line.strip_prefix("pub(super) use "))
                else {
                    continue;
                };
                let child = ident(rest);
                let mut names = Vec::new();
                if let Some(open) = rest.find('{') {
                    let list = &rest[open + 1..rest.rfind('}').unwrap_or(rest.len())];
                    names.extend(list.split(',').map(|n| ident(n.trim())));
                } else {
                    names.push(
                        rest.trim_end_matches(';')
                            .rsplit("::")
                            .next()
                            .unwrap()
                            .into(),
                    );
                }
                for name in names.into_iter().filter(|n| !n.is_empty()) {
                    reexports.insert((module.clone(), name), child.clone());
                }
            }
        }
        Self { files, reexports }
    }

    /// The module a path from `from` reaches (as deep as it is a module or a re-export).
    fn resolve(&self, from: &ModPath, written: &str) -> ModPath {
        let mut segments = written.split("::").filter(|s| !s.is_empty());
        let mut at: ModPath = match segments.next() {
            Some("crate") => Vec::new(),
            _ => from[..from.len().saturating_sub(1)].to_vec(),
        };
        for segment in segments {
            if segment == "super" {
                at.pop();
                continue;
            }
            let mut deeper = at.clone();
            deeper.push(segment.to_string());
            if self.files.contains_key(&deeper) {
                at = deeper;
            } else if let Some(child) = self.reexports.get(&(at.clone(), segment.to_string())) {
                at.push(child.clone());
            } else {
                break;
            }
        }
        at
    }

    /// For each module: which of its children reach which other children.
    fn sibling_edges(&self) -> BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> {
        let mut edges: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
        for (module, source) in &self.files {
            for written in paths_in(source) {
                let target = self.resolve(module, &written);
                let common = module
                    .iter()
                    .zip(&target)
                    .take_while(|(a, b)| a == b)
                    .count();
                let (Some(from), Some(to)) = (module.get(common), target.get(common)) else {
                    continue;
                };
                edges
                    .entry(module[..common].to_vec())
                    .or_default()
                    .entry(from.clone())
                    .or_default()
                    .insert(to.clone());
            }
        }
        edges
    }
}

fn circles(src: &Path) -> Vec<String> {
    let krate = Crate::read(src);
    let mut found = Vec::new();
    for (parent, graph) in krate.sibling_edges() {
        for start in graph.keys() {
            if let Some(cycle) = cycle_through(&graph, start) {
                found.push(format!("in {}: {}", parent.join("::"), cycle.join(" -> ")));
            }
        }
    }
    found
}

fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = vec![root.join("src")];
    for entry in std::fs::read_dir(root.join("crates")).unwrap() {
        all.push(entry.unwrap().path().join("src"));
    }
    all
}

#[test]
fn no_circles_at_any_level_in_any_crate() {
    let mut found = Vec::new();
    for src in sources() {
        found.extend(
            circles(&src)
                .into_iter()
                .map(|c| format!("{}: {c}", src.display())),
        );
    }
    assert!(found.is_empty(), "circles:\n{}", found.join("\n"));
}

#[test]
fn the_reader_sees_the_circles_the_review_found() {
    // The shapes of the three circles of code-review-2 §1, rebuilt in a scratch tree.
    let dir = std::env::temp_dir().join(format!("arch-{}", std::process::id()));
    let write = |path: &str, text: &str| {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    };
    write("lib.rs", "mod wizard;\nmod http;\nmod apps;\n");
    write(
        "wizard/mod.rs",
        "mod protocol;\nmod enable;\npub use enable::ScimBefore;\npub use protocol::Command;\n",
    );
    write(
        "wizard/protocol.rs",
        "use super::ScimBefore;\npub enum Command {}\n",
    );
    write(
        "wizard/enable.rs",
        "use super::protocol::Command;\npub struct ScimBefore;\n",
    );
    write("http.rs", "use crate::apps::*;\npub fn ok() {}\n");
    write(
        "apps.rs",
        "use crate::http::*;\n#[cfg(test)]\nmod tests { }\nfn after() { super::http::ok() }\n",
    );
    let found = circles(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        found
            .iter()
            .any(|c| c.contains("protocol") && c.contains("enable")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|c| c.contains("http") && c.contains("apps")),
        "{found:?}"
    );
}

#[test]
fn no_source_file_is_longer_than_450_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates", "benches", "examples", "tests"] {
        rust_files(&root.join(dir), &mut files);
    }
    let long: Vec<String> = files
        .iter()
        .filter(|f| !f.components().any(|c| c.as_os_str() == "target"))
        .map(|f| (f, std::fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, lines)| *lines > 450)
        .map(|(f, lines)| format!("{} ({lines})", f.display()))
        .collect();
    assert!(
        long.is_empty(),
        "longer than 450 lines:\n{}",
        long.join("\n")
    );
}
