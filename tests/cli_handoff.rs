//! The sealed hand-off on the command line, as the app's owner and the customer's Entra admin run
//! it: `handoff create` against the fake Appsemble, then `check` and `entra connect` from the file
//! against the fakes, without any Appsemble account on the admin's side.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use fake_appsemble::*;
use serde_json::Value;
use support::cli::{owner_env, run};

const PASSPHRASE_ENV: &str = "SCIM_ASSISTANT_HANDOFF_PASSPHRASE";

fn temp_file(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scim-handoff-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// `handoff create --json` for Notes; returns the passphrase.
async fn create(server: &FakeAppsemble, out: &Path) -> String {
    let origin = server.origin();
    let args = [
        "handoff",
        "create",
        "--server",
        &origin,
        "--app",
        "42",
        "--out",
        out.to_str().unwrap(),
        "--expires",
        "12h",
        "--json",
    ];
    let made = run(&args, &owner_env(), None).await;
    assert_eq!(made.code, 0, "{}{}", made.stdout, made.stderr);
    let json: Value = serde_json::from_str(&made.stdout).unwrap();
    assert_eq!(json["file"], out.to_str().unwrap());
    assert_eq!(json["tenant_url"], server.tenant_url(READY_APP));
    assert!(json["expires_at"].as_str().unwrap().ends_with('Z'));
    json["passphrase"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_owner_seals_the_token_and_the_entra_admin_connects_from_the_file_alone() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    let file = temp_file("notes.handoff");
    let passphrase = create(&server, &file).await;
    assert_eq!(passphrase.split('-').count(), 6, "{passphrase}");
    let sealed = std::fs::read_to_string(&file).unwrap();
    assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(
        !sealed.contains(support::SENTINEL_TOKEN),
        "never the token in clear"
    );
    assert_eq!(
        server.app(READY_APP).scim_token.as_deref(),
        Some(support::SENTINEL_TOKEN),
        "the token this sign-in can read was kept, not replaced"
    );

    // The Entra admin: no Appsemble sign-in in this environment at all.
    let with_passphrase = [(PASSPHRASE_ENV, passphrase.as_str())];
    let file_arg = file.to_str().unwrap();
    let checked = run(
        &["check", "--from-handoff", file_arg, "--json"],
        &with_passphrase,
        None,
    )
    .await;
    assert_eq!(checked.code, 0, "{}{}", checked.stdout, checked.stderr);
    let report: Value = serde_json::from_str(&checked.stdout).unwrap();
    assert_eq!(report["tenant_url"], server.tenant_url(READY_APP));

    let graph = fake_graph::FakeGraph::start().await;
    let base = graph.base();
    let env = [
        (PASSPHRASE_ENV, passphrase.as_str()),
        ("ENTRA_ACCESS_TOKEN", fake_graph::ACCESS_TOKEN),
        ("SCIM_ASSISTANT_GRAPH_URL", base.as_str()),
    ];
    let args = [
        "entra",
        "connect",
        "--from-handoff",
        file_arg,
        "--assign",
        "ada@contoso.example",
        "--json",
    ];
    let connected = run(&args, &env, None).await;
    assert_eq!(
        connected.code, 0,
        "{}{}",
        connected.stdout, connected.stderr
    );
    assert!(
        connected
            .stderr
            .contains("Hand-off from owner@example.com (Notes")
    );
    let saved = graph.with(|s| s.secrets.values().flatten().cloned().collect::<Vec<_>>());
    assert!(
        saved
            .iter()
            .any(|(key, value)| key == "SecretToken" && value == support::SENTINEL_TOKEN),
        "Entra holds the token from the file: {saved:?}"
    );
    let names = graph.with(|s| {
        s.service_principals
            .iter()
            .map(|sp| sp.display_name.clone())
            .collect::<Vec<_>>()
    });
    assert_eq!(names, ["Appsemble - Notes"]);
    for out in [&checked, &connected] {
        assert!(
            !out.stdout.contains(support::SENTINEL_TOKEN)
                && !out.stderr.contains(support::SENTINEL_TOKEN)
        );
        assert!(!out.stdout.contains(&passphrase) && !out.stderr.contains(&passphrase));
    }
}

/// A file sealed by the assistant's own library, valid until `expires_at`.
fn sealed_until(expires_at: SystemTime, passphrase: &str) -> PathBuf {
    let handoff = scim_assistant::handoff::HandOff {
        app_id: 42,
        app_name: "Notes".into(),
        server: "http://127.0.0.1:9".into(),
        tenant_url: "http://127.0.0.1:9/api/apps/42/scim".into(),
        token: scim_assistant::secret::Secret::new(support::SENTINEL_TOKEN),
        connection: Some(true),
        provisioning: Some(true),
        made_by: "owner@example.com".into(),
        made_at: expires_at - Duration::from_secs(3600),
        expires_at,
    };
    let secret = scim_assistant::secret::Secret::new(passphrase);
    let armored = scim_assistant::handoff::seal(&handoff, &secret).unwrap();
    let file = temp_file("test.handoff");
    std::fs::write(&file, armored).unwrap();
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_that_cannot_be_opened_says_why_in_one_sentence_and_exits_1() {
    let passphrase = "abacus-abdomen-abdominal-abide-abiding-ability";
    let valid = sealed_until(SystemTime::now() + Duration::from_secs(3600), passphrase);
    let expired = sealed_until(SystemTime::now() - Duration::from_secs(1), passphrase);
    let foreign = temp_file("notes.txt");
    std::fs::write(&foreign, "Tenant URL: https://x\nSecret Token: y\n").unwrap();
    let cases = [
        (
            &valid,
            "wrong-words-here-and-there-too",
            "The passphrase does not open this file.",
        ),
        (&expired, passphrase, "This hand-off file has expired."),
        (
            &foreign,
            passphrase,
            "This is not a hand-off file of the SCIM Setup Assistant.",
        ),
    ];
    for (file, typed, sentence) in cases {
        let file_arg = file.to_str().unwrap();
        for args in [
            vec!["check", "--from-handoff", file_arg, "--json"],
            vec!["entra", "connect", "--from-handoff", file_arg, "--json"],
        ] {
            let out = run(&args, &[(PASSPHRASE_ENV, typed)], None).await;
            assert_eq!(out.code, 1, "{args:?}: {}{}", out.stdout, out.stderr);
            assert!(
                out.stdout.is_empty(),
                "nothing on standard output under --json"
            );
            assert!(out.stderr.contains(sentence), "{args:?}: {}", out.stderr);
            assert!(!out.stderr.contains(support::SENTINEL_TOKEN));
        }
    }
    // No passphrase and no terminal to ask at: said so, not waited for.
    let out = run(
        &["check", "--from-handoff", valid.to_str().unwrap()],
        &[],
        None,
    )
    .await;
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("No passphrase for the hand-off file."),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("SCIM_ASSISTANT_HANDOFF_PASSPHRASE"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_validity_under_a_minute_is_refused_before_anything_is_signed_in() {
    let out = run(
        &[
            "handoff",
            "create",
            "--app",
            "42",
            "--out",
            "x",
            "--expires",
            "30s",
        ],
        &owner_env(),
        None,
    )
    .await;
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("--expires is not a duration of at least one minute.")
    );
}
