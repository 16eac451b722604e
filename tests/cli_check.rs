//! `scim-assistant check` run as a script would run it, against the fake server: the checks, the
//! verdicts, the report, and credentials that never go to the wrong host.

mod support;

use std::process::{Command, Stdio};

use fake_appsemble::*;
use serde_json::Value;
use support::cli::{owner_env, run};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_json_reports_every_check_by_id() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    let tenant = server.tenant_url(READY_APP);
    let out = run(
        &["check", "--tenant-url", &tenant, "--json"],
        &[("SCIM_TOKEN", support::SENTINEL_TOKEN)],
        None,
    )
    .await;
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["ok"], true);
    assert_eq!(json["tenant_url"], tenant.as_str());
    let ids: Vec<&str> = json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "url",
            "dns",
            "connect",
            "tls",
            "auth",
            "entra-test-connection",
            "health",
            "groups",
            "discovery",
            "mappings",
            "rehearsal"
        ]
    );
    let last = &json["checks"][5];
    assert_eq!(last["status"], "pass");
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .contains("Test Connection should pass")
    );
    assert!(last["elapsed_ms"].is_u64());
    assert!(last["fix"].is_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_fails_with_a_fix_and_reads_the_token_from_stdin() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, "the-stored-token");
    let tenant = server.tenant_url(READY_APP);
    let origin = server.origin();
    let out = run(
        &[
            "check",
            "--tenant-url",
            &tenant,
            "--server",
            &origin,
            "--token-stdin",
        ],
        &owner_env(),
        Some("wrong-token\n"),
    )
    .await;
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("FAIL  auth"), "{}", out.stdout);
    assert!(
        out.stdout.contains("not the one stored in Appsemble"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Fix: "), "{}", out.stdout);

    let good = run(
        &["check", "--tenant-url", &tenant, "--token-stdin"],
        &[],
        Some("the-stored-token\n"),
    )
    .await;
    assert_eq!(good.code, 0, "{}", good.stdout);

    let missing = run(&["check", "--tenant-url", &tenant], &[], None).await;
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("SCIM_TOKEN"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_writes_a_support_report_and_rehearses_on_request() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    let tenant = server.tenant_url(READY_APP);
    let dir = std::env::temp_dir().join(format!("scim-report-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("report.md");
    let path_text = path.to_string_lossy().into_owned();
    let env = [("SCIM_TOKEN", support::SENTINEL_TOKEN)];

    let plain = run(
        &["check", "--tenant-url", &tenant, "--report", &path_text],
        &env,
        None,
    )
    .await;
    assert_eq!(
        plain.code, 0,
        "a healthy 0.37 server passes: {}",
        plain.stdout
    );
    let markdown = std::fs::read_to_string(&path).unwrap();
    let json = std::fs::read_to_string(dir.join("report.md.json")).unwrap();
    assert!(markdown.starts_with("# Appsemble SCIM diagnostics"));
    assert!(!markdown.contains(support::SENTINEL_TOKEN) && !json.contains(support::SENTINEL_TOKEN));

    let rehearsed = run(
        &["check", "--tenant-url", &tenant, "--rehearse"],
        &env,
        None,
    )
    .await;
    assert_eq!(
        rehearsed.code, 1,
        "0.37 answers 500 to creates: {}",
        rehearsed.stdout
    );
    assert!(
        rehearsed.stdout.contains("FAIL  rehearsal"),
        "{}",
        rehearsed.stdout
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn sign_in_attempts(heads: &[String]) -> Vec<String> {
    heads
        .iter()
        .filter(|head| {
            let head = head.to_ascii_lowercase();
            head.contains("authorization: basic") || head.contains("/auth/")
        })
        .cloned()
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_never_sends_environment_credentials_to_the_tenant_urls_host() {
    use hostile_servers::{HostileServer, response};
    let stranger = HostileServer::plain(response(
        "401 Unauthorized",
        "text/plain",
        "Unauthorized",
        "",
    ))
    .await;
    let tenant = stranger.url("http", "127.0.0.1", "/api/apps/1/scim");
    let password_env = [
        ("APPSEMBLE_EMAIL", OWNER_EMAIL),
        ("APPSEMBLE_PASSWORD", OWNER_PASSWORD),
        ("SCIM_TOKEN", "some-token"),
    ];
    let client_env = [
        ("APPSEMBLE_CLIENT_CREDENTIALS", "client-id:client-secret"),
        ("SCIM_TOKEN", "some-token"),
    ];
    let elsewhere = [
        ("APPSEMBLE_EMAIL", OWNER_EMAIL),
        ("APPSEMBLE_PASSWORD", OWNER_PASSWORD),
        ("APPSEMBLE_SERVER", "https://appsemble.invalid"),
        ("SCIM_TOKEN", "some-token"),
    ];
    for env in [&password_env[..], &client_env[..], &elsewhere[..]] {
        let out = run(&["check", "--tenant-url", &tenant], env, None).await;
        assert_eq!(out.code, 1, "{}", out.stdout);
        assert!(out.stdout.contains("FAIL  auth"), "{}", out.stdout);
    }
    assert!(
        stranger.heads().len() >= 3,
        "the Test Connection GETs arrived"
    );
    assert_eq!(sign_in_attempts(&stranger.heads()), Vec::<String>::new());

    // Naming the server explicitly is the admin's choice, and then the sign-in goes there.
    let origin = stranger.url("http", "127.0.0.1", "");
    let chosen = run(
        &["check", "--tenant-url", &tenant, "--server", &origin],
        &password_env,
        None,
    )
    .await;
    assert_eq!(chosen.code, 1);
    assert!(
        !sign_in_attempts(&stranger.heads()).is_empty(),
        "an explicit --server is trusted with the sign-in"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_over_plain_http_to_another_computer_is_refused() {
    for server in ["http://appsemble.app", "http://10.1.2.3:8080"] {
        let out = run(
            &["enable", "--server", server, "--app", "1"],
            &owner_env(),
            None,
        )
        .await;
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(out.stderr.contains("not encrypted"), "{}", out.stderr);
        assert!(out.stderr.contains("https://"), "{}", out.stderr);
        assert!(
            !out.stderr.contains("could not be reached"),
            "{}",
            out.stderr
        );
    }
    let env_server = run(
        &["enable", "--app", "1"],
        &[
            ("APPSEMBLE_EMAIL", OWNER_EMAIL),
            ("APPSEMBLE_PASSWORD", OWNER_PASSWORD),
            ("APPSEMBLE_SERVER", "http://appsemble.app"),
        ],
        None,
    )
    .await;
    assert_eq!(env_server.code, 2, "{}", env_server.stderr);
    assert!(env_server.stderr.contains("not encrypted"));
}

// Unix only: it sends SIGINT with `kill -INT`. A Windows child started by a test has no console
// to send CTRL_C_EVENT to (GenerateConsoleCtrlEvent needs a shared console); the window's Ctrl-C
// handling is tokio's `ctrl_c` on both.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_during_a_rehearsal_removes_the_test_user_first() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.enable_scim(READY_APP, "the-token");
    server.with(|s| s.stall_patches = Some(std::time::Duration::from_secs(60)));
    let tenant = server.tenant_url(READY_APP);
    let child = support::cli::bare_command()
        .args(["check", "--tenant-url", &tenant, "--rehearse"])
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("SCIM_TOKEN", "the-token")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !server.rehearsal_is_half_way() {
        assert!(
            std::time::Instant::now() < deadline,
            "the rehearsal never got going"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(server.rehearsal_users(READY_APP).len(), 1);
    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("Stopped."), "{stderr}");
    assert!(stderr.contains("was removed"), "{stderr}");
    assert!(server.rehearsal_users(READY_APP).is_empty());
}

/// The `verdict` object of `check --json`.
async fn verdict_of(server: &FakeAppsemble, token: &str, rehearse: bool) -> (i32, Value) {
    let tenant = server.tenant_url(READY_APP);
    let mut args = vec!["check", "--tenant-url", &tenant, "--json"];
    if rehearse {
        args.push("--rehearse");
    }
    let out = run(&args, &[("SCIM_TOKEN", token)], None).await;
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    (out.code, json["verdict"].clone())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_json_keeps_the_two_verdicts_apart() {
    let shipped = FakeAppsemble::start(WriteMode::Shipped).await;
    shipped.enable_scim(READY_APP, "the-token");
    let fixed = FakeAppsemble::start(WriteMode::Fixed).await;
    fixed.enable_scim(READY_APP, "the-token");

    // Appsemble 0.37 as shipped: Test Connection passes, creating users does not.
    let (code, verdict) = verdict_of(&shipped, "the-token", true).await;
    assert_eq!(code, 1);
    assert_eq!(
        verdict,
        serde_json::json!({"test_connection": "pass", "provisioning": "fail"})
    );
    let (code, verdict) = verdict_of(&fixed, "the-token", true).await;
    assert_eq!(code, 0);
    assert_eq!(
        verdict,
        serde_json::json!({"test_connection": "pass", "provisioning": "pass"})
    );
    let (code, verdict) = verdict_of(&fixed, "the-token", false).await;
    assert_eq!(code, 0);
    assert_eq!(
        verdict,
        serde_json::json!({"test_connection": "pass", "provisioning": "unknown"})
    );
    let (code, verdict) = verdict_of(&fixed, "a-wrong-token", true).await;
    assert_eq!(code, 1);
    assert_eq!(
        verdict,
        serde_json::json!({"test_connection": "fail", "provisioning": "unknown"})
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_says_both_verdicts_in_words() {
    let shipped = FakeAppsemble::start(WriteMode::Shipped).await;
    shipped.enable_scim(READY_APP, "the-token");
    let tenant = shipped.tenant_url(READY_APP);
    let out = run(
        &["check", "--tenant-url", &tenant, "--rehearse"],
        &[("SCIM_TOKEN", "the-token")],
        None,
    )
    .await;
    assert!(
        out.stdout
            .contains("✔ Entra's Test Connection should pass."),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("✖ Appsemble cannot receive users"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("Test Connection would fail"));
}
