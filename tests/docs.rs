//! The README's permission list is the code's one table (issue 15): this fails when they differ,
//! and prints the block to paste.

const START: &str = "<!-- permissions:start -->\n";
const END: &str = "<!-- permissions:end -->";

fn table() -> String {
    let mut text =
        String::from("| permission | what the assistant does with it | calls |\n|---|---|---|\n");
    for p in scim_assistant::graph::PERMISSIONS {
        let used = scim_assistant::messages::entra::permission_use_in(
            p.used_for,
            scim_assistant::i18n::Lang::En,
        );
        text.push_str(&format!("| `{}` | {used} | {} |\n", p.name, p.calls));
    }
    text
}

#[test]
fn the_readme_lists_exactly_the_permissions_in_the_code() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find(START)
        .expect("the README has the permissions block")
        + START.len();
    let end = readme[start..].find(END).unwrap() + start;
    let expected = table();
    assert_eq!(
        readme[start..end],
        expected,
        "paste this between the markers:\n{expected}"
    );
}

#[test]
fn the_sign_in_asks_for_every_permission_in_the_table_and_nothing_tenant_wide_at_bootstrap() {
    use scim_assistant::graph::{Cloud, PERMISSIONS, bootstrap_scopes, sign_in_scopes};
    let scopes = sign_in_scopes(Cloud::Global);
    for p in PERMISSIONS {
        assert!(
            scopes.contains(&format!("https://graph.microsoft.com/{}", p.name)),
            "{}",
            p.name
        );
    }
    let bootstrap = bootstrap_scopes(Cloud::Global).join(" ");
    assert!(
        !bootstrap.contains("DelegatedPermissionGrant"),
        "{bootstrap}"
    );
    let manual =
        scim_assistant::messages::entra::manual_registration_in(scim_assistant::i18n::Lang::En);
    for p in PERMISSIONS {
        assert!(manual.contains(p.name), "{manual}");
    }
}
