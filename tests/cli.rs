//! The `scim-assistant` binary, run as a script would run it, against the fake server.

mod support;

use fake_appsemble::*;
use serde_json::Value;

use support::cli::{owner_env, run};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enable_json_gives_everything_entra_needs() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let origin = server.origin();
    let app = READY_APP.to_string();
    let out = run(
        &["enable", "--server", &origin, "--app", &app, "--json"],
        &owner_env(),
        None,
    )
    .await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let stored = server.app(READY_APP).scim_token.unwrap();
    assert_eq!(json["app_id"], READY_APP);
    assert_eq!(json["enabled"], true);
    assert_eq!(
        json["tenant_url"],
        format!("{origin}/api/apps/{READY_APP}/scim")
    );
    assert_eq!(json["token"], stored.as_str());
    assert_eq!(json["token_created"], true);
    assert_eq!(json.as_object().unwrap().len(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enable_with_a_studio_url_masks_the_token_by_default() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let studio = format!("{}/en/apps/{READY_APP}/notes/secrets", server.origin());
    let out = run(&["enable", "--server", &studio], &owner_env(), None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let stored = server.app(READY_APP).scim_token.unwrap();
    assert!(!out.stdout.contains(&stored), "{}", out.stdout);
    assert!(out.stdout.contains(&stored[stored.len() - 4..]));
    assert!(out.stdout.contains(&server.tenant_url(READY_APP)));

    let shown = run(
        &[
            "enable",
            "--server",
            &studio,
            "--keep-token",
            "--show-token",
        ],
        &owner_env(),
        None,
    )
    .await;
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    assert!(
        shown.stdout.contains(&stored),
        "kept token shown in full: {}",
        shown.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enable_explains_failures_with_exit_codes() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let origin = server.origin();
    let wrong = [
        ("APPSEMBLE_EMAIL", OWNER_EMAIL),
        ("APPSEMBLE_PASSWORD", "SentinelWrongPassword"),
    ];
    let out = run(
        &["enable", "--server", &origin, "--app", "42"],
        &wrong,
        None,
    )
    .await;
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("did not accept this email address and password"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("SentinelWrongPassword"));

    let none = run(&["enable", "--server", &origin, "--app", "42"], &[], None).await;
    assert_eq!(none.code, 2, "{}", none.stderr);
    assert!(
        none.stderr.contains("APPSEMBLE_CLIENT_CREDENTIALS"),
        "{}",
        none.stderr
    );

    let no_app = run(&["enable", "--server", &origin], &owner_env(), None).await;
    assert_eq!(no_app.code, 2);

    let insecure = NO_SECURITY_APP.to_string();
    let out = run(
        &["enable", "--server", &origin, "--app", &insecure],
        &owner_env(),
        None,
    )
    .await;
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("security:\n  default:\n    role: User"),
        "{}",
        out.stderr
    );

    let bad_flag = run(&["enable", "--nonsense"], &[], None).await;
    assert_eq!(bad_flag.code, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enable_with_client_credentials_from_the_environment() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let pair = format!("{CLIENT_ID}:{CLIENT_SECRET}");
    let out = run(
        &[
            "enable",
            "--server",
            &server.origin(),
            "--app",
            "42",
            "--json",
        ],
        &[("APPSEMBLE_CLIENT_CREDENTIALS", &pair)],
        None,
    )
    .await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        json["token"],
        server.app(READY_APP).scim_token.unwrap().as_str()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_display_no_arguments_explains_instead_of_hanging() {
    let out = run(&[], &[], None).await;
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("could not be opened"), "{}", out.stderr);
    assert!(out.stderr.contains("--help"), "{}", out.stderr);
    let help = run(&["--help"], &[], None).await;
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.contains("enable") && help.stdout.contains("check"),
        "{}",
        help.stdout
    );
}

/// Sentinel secrets must appear in no log line (trace level), no error and no output, except the
/// token in `enable --json`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_never_leak_into_logs_or_output() {
    const PASSWORD: &str = "SENTINELpasswordW4ve9Jq2";
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.with(|s| s.users[0].password = PASSWORD.into());
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    let origin = server.origin();
    let tenant = server.tenant_url(READY_APP);
    let mut env = vec![
        ("APPSEMBLE_EMAIL", OWNER_EMAIL),
        ("APPSEMBLE_PASSWORD", PASSWORD),
        ("RUST_LOG", "trace"),
    ];
    let app = READY_APP.to_string();

    let enable = run(
        &[
            "enable",
            "--server",
            &origin,
            "--app",
            &app,
            "--keep-token",
            "--json",
        ],
        &env,
        None,
    )
    .await;
    assert_eq!(enable.code, 0, "{}", enable.stderr);
    assert!(
        enable.stderr.lines().count() > 5,
        "trace logging is on: {}",
        enable.stderr
    );
    assert!(
        enable.stdout.contains(support::SENTINEL_TOKEN),
        "enable --json hands the token over"
    );
    assert!(
        !enable.stderr.contains(support::SENTINEL_TOKEN) && !enable.stderr.contains(PASSWORD),
        "{}",
        enable.stderr
    );

    let masked = run(
        &["enable", "--server", &origin, "--app", &app, "--keep-token"],
        &env,
        None,
    )
    .await;
    let wrong = run(
        &["enable", "--server", &origin, "--app", "999999"],
        &env,
        None,
    )
    .await;
    env.push(("SCIM_TOKEN", support::SENTINEL_TOKEN));
    let check = run(&["check", "--tenant-url", &tenant], &env, None).await;
    let check_json = run(&["check", "--tenant-url", &tenant, "--json"], &env, None).await;
    server.enable_scim(READY_APP, "another-token");
    env.push(("APPSEMBLE_SERVER", &origin));
    let refused = run(&["check", "--tenant-url", &tenant], &env, None).await;
    assert_eq!(refused.code, 1);
    assert!(
        refused.stdout.contains("not the one stored in Appsemble"),
        "signed in to explain the 401: {}",
        refused.stdout
    );
    use base64::Engine as _;
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{OWNER_EMAIL}:{PASSWORD}"));
    for out in [&masked, &wrong, &check, &check_json, &refused] {
        for text in [&out.stdout, &out.stderr] {
            assert!(
                !text.contains(support::SENTINEL_TOKEN),
                "token leaked: {text}"
            );
            assert!(!text.contains(PASSWORD), "password leaked: {text}");
            assert!(!text.contains(&basic), "Basic header leaked: {text}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_speaks_dutch_when_lang_says_so() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, "the-stored-token");
    let tenant = server.tenant_url(READY_APP);
    let env = [("LANG", "nl_NL.UTF-8"), ("SCIM_TOKEN", "wrong-token")];
    let out = run(&["check", "--tenant-url", &tenant], &env, None).await;
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("Appsemble weigerde het Secret Token"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Oplossing: "), "{}", out.stdout);
    let missing = run(
        &["check", "--tenant-url", &tenant],
        &[("LANG", "nl_NL.UTF-8")],
        None,
    )
    .await;
    assert!(
        missing.stderr.contains("Geen Secret Token om te testen."),
        "{}",
        missing.stderr
    );
}

/// Every request head a server received that carried a credential or asked for a sign-in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn version_names_the_release_and_the_build() {
    let out = run(&["--version"], &[], None).await;
    assert_eq!(out.code, 0);
    assert!(
        out.stdout
            .starts_with(&format!("scim-assistant {}", env!("CARGO_PKG_VERSION"))),
        "{}",
        out.stdout
    );
    assert_eq!(
        out.stdout.trim(),
        format!("scim-assistant {}", scim_assistant::VERSION)
    );
}
