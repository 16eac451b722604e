//! The dependency arrows between the top-level modules point one way: no module reaches, through
//! any chain of `crate::` paths, back to itself. Read from the sources, test code left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod support;

use support::source::{cycle_through, rust_files, without_tests};

/// The top-level module a source file belongs to (`src/wizard/sign_in.rs` → `wizard`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// Every top-level module each module names with `crate::x`, directly or in a `use` list.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    for file in files {
        let Some(module) = module_of(&src, &file) else {
            continue;
        };
        let in_tests = file
            .strip_prefix(&src)
            .is_ok_and(|f| f.iter().any(|c| c == "tests" || c == "tests.rs"));
        if in_tests {
            continue;
        }
        let source = without_tests(&std::fs::read_to_string(&file).unwrap());
        let targets = graph.entry(module.clone()).or_default();
        for (at, _) in source.match_indices("crate::") {
            let rest = &source[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != module && name != "tr" {
                targets.insert(name);
            }
        }
        // `use crate::{a, b::c}` lists.
        for (at, _) in source.match_indices("use crate::{") {
            let list = &source[at + "use crate::{".len()..];
            let list = &list[..list.find("};").unwrap_or(list.len())];
            let mut depth = 0;
            let mut word = String::new();
            let mut at_start = true;
            for c in list.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => at_start = true,
                    c if at_start && (c.is_ascii_alphanumeric() || c == '_') => word.push(c),
                    _ if at_start && !word.is_empty() => {
                        if word != module {
                            targets.insert(std::mem::take(&mut word));
                        }
                        word.clear();
                        at_start = false;
                    }
                    _ => {}
                }
            }
            if !word.is_empty() && word != module {
                targets.insert(word);
            }
        }
    }
    graph
}

#[test]
fn no_cycles_between_top_level_modules() {
    let graph = dependencies();
    assert!(graph.len() > 10, "read the modules: {graph:?}");
    let cycles: Vec<String> = graph
        .keys()
        .filter_map(|module| cycle_through(&graph, module))
        .map(|cycle| cycle.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_core_knows_nothing_of_the_window_or_of_wording() {
    let graph = dependencies();
    for core in [
        "address",
        "appsemble",
        "probe",
        "diagnostics",
        "enable",
        "graph",
        "net",
        "watch",
        "wizard",
        "worker",
        "browser_login",
        "credentials",
        "mappings",
        "platform",
        "secret",
        "token",
        "i18n",
    ] {
        let uses = &graph[core];
        for edge in ["ui", "messages", "cli"] {
            assert!(!uses.contains(edge), "{core} depends on {edge}: {uses:?}");
        }
    }
}
