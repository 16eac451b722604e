//! `scim-assistant entra …` as a user runs it, against the fake Microsoft Graph and the fake
//! Appsemble server.

mod support;

use std::process::Stdio;

use fake_appsemble::*;
use serde_json::Value;
use support::cli::run;

/// A SCIM token and a Graph token from the environment, with Graph at `base` (the fake).
fn graph_env<'a>(scim_token: &'a str, base: &'a str) -> [(&'static str, &'a str); 3] {
    [
        ("SCIM_TOKEN", scim_token),
        ("ENTRA_ACCESS_TOKEN", fake_graph::ACCESS_TOKEN),
        ("SCIM_ASSISTANT_GRAPH_URL", base),
    ]
}

/// `entra connect` for the Notes app, assigning Ada.
fn connect_notes(tenant: &str) -> Vec<&str> {
    vec![
        "entra",
        "connect",
        "--tenant-url",
        tenant,
        "--name",
        "Appsemble - Notes",
        "--assign",
        "ada@contoso.example",
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entra_connect_json_reports_every_step_and_never_a_token() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    let graph = fake_graph::FakeGraph::start().await;
    let tenant = server.tenant_url(READY_APP);
    let base = graph.base();
    let env = [
        ("SCIM_TOKEN", support::SENTINEL_TOKEN),
        ("ENTRA_ACCESS_TOKEN", fake_graph::ACCESS_TOKEN),
        ("SCIM_ASSISTANT_GRAPH_URL", base.as_str()),
        ("RUST_LOG", "trace"),
    ];
    let mut args = connect_notes(&tenant);
    args.push("--json");
    let out = run(&args, &env, None).await;
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let ids: Vec<&str> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "sign-in",
            "app",
            "replication",
            "test-connection",
            "job",
            "secrets",
            "saved-credentials",
            "mappings",
            "groups-off",
            "assign",
            "start"
        ]
    );
    assert_eq!(json["steps"][10]["status"], "skip", "start only when asked");
    assert!(json["service_principal_id"].is_string() && json["job_id"].is_string());
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains(support::SENTINEL_TOKEN), "SCIM token leaked");
        assert!(
            !text.contains(fake_graph::ACCESS_TOKEN),
            "Graph token leaked"
        );
    }

    let provision = run(
        &[
            "entra",
            "provision",
            "--name",
            "Appsemble - Notes",
            "--user",
            "ada@contoso.example",
            "--json",
        ],
        &env,
        None,
    )
    .await;
    assert_eq!(
        provision.code, 0,
        "{}{}",
        provision.stdout, provision.stderr
    );
    let json: Value = serde_json::from_str(&provision.stdout).unwrap();
    assert_eq!(json["ok"], true);
    assert!(
        server
            .app(READY_APP)
            .members
            .iter()
            .any(|m| m.user_name == "ada@contoso.example")
    );

    let status = run(
        &["entra", "status", "--name", "Appsemble - Notes", "--json"],
        &env,
        None,
    )
    .await;
    let json: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(json["state"], "NotRun");
    assert_eq!(json["problems"], serde_json::json!([]));

    let no_token = run(
        &args,
        &[
            ("SCIM_TOKEN", "x"),
            ("SCIM_ASSISTANT_GRAPH_URL", base.as_str()),
        ],
        None,
    )
    .await;
    assert_eq!(no_token.code, 2);
    assert!(
        no_token.stderr.contains("ENTRA_ACCESS_TOKEN"),
        "{}",
        no_token.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entra_connect_signs_in_with_microsoft_in_the_browser() {
    use std::io::BufRead;
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.enable_scim(READY_APP, "the-token");
    let graph = fake_graph::FakeGraph::start().await;
    let tenant = server.tenant_url(READY_APP);
    let trace = std::env::temp_dir().join(format!("scim-trace-{}.jsonl", std::process::id()));
    let mut child = support::cli::bare_command()
        .args([
            "entra",
            "connect",
            "--tenant-url",
            &tenant,
            "--name",
            "Appsemble - Notes",
            "--client-id",
            "11111111-aaaa-4bbb-8ccc-222222222222",
            "--tenant",
            "contoso.example",
            "--json",
            "--trace",
            trace.to_str().unwrap(),
        ])
        .env("PATH", "/nonexistent")
        .env("SCIM_TOKEN", "the-token")
        .env("SCIM_ASSISTANT_LOGIN_URL", graph.login_base())
        .env("SCIM_ASSISTANT_GRAPH_URL", graph.base())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let url = tokio::task::spawn_blocking(move || {
        std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
            .find(|line| line.contains("/oauth2/v2.0/authorize"))
            .unwrap()
    })
    .await
    .unwrap();
    // The browser: Microsoft signs the admin in and sends the browser back to this computer.
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = no_redirects.get(url.trim()).send().await.unwrap();
    let back = answer.headers()["location"]
        .to_str()
        .unwrap()
        .replacen("localhost", "127.0.0.1", 1);
    assert_eq!(no_redirects.get(&back).send().await.unwrap().status(), 200);
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["ok"], true);
    assert!(!stdout.contains(fake_graph::ACCESS_TOKEN));
    // The trace: the whole exchange, for a fixture, with no token, code or verifier in it.
    let written = std::fs::read_to_string(&trace).unwrap();
    for needed in [
        "/oauth2/v2.0/token",
        "/applicationTemplates/",
        "/synchronization/secrets",
    ] {
        assert!(written.contains(needed), "{needed}: {written}");
    }
    for secret in [
        fake_graph::ACCESS_TOKEN,
        "fake-refresh-token",
        "the-token",
        "code-",
    ] {
        assert!(!written.contains(secret), "{secret} leaked into the trace");
    }
    assert!(
        written.contains("code_verifier=%5Bredacted%5D"),
        "{written}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&trace).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "owner-only");
    }
    std::fs::remove_file(trace).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entra_refuses_up_front_what_cannot_work_on_a_real_tenant() {
    let graph = fake_graph::FakeGraph::start().await;
    let base = graph.base();
    let env = graph_env("the-token", &base);
    let connect = |url: &'static str, extra: &'static [&'static str]| {
        let mut args = vec!["entra", "connect", "--tenant-url", url];
        args.extend_from_slice(extra);
        args
    };
    // global-us.md: no synchronization API in China.
    let china = run(
        &connect(
            "https://appsemble.app/api/apps/1/scim",
            &["--cloud", "china"],
        ),
        &env,
        None,
    )
    .await;
    assert_eq!(china.code, 2, "{}", china.stderr);
    assert!(china.stderr.contains("China"), "{}", china.stderr);
    // A tenant's own app is single tenant: without --tenant it would meet AADSTS50194.
    let no_tenant = run(
        &connect(
            "https://appsemble.app/api/apps/1/scim",
            &["--client-id", "11111111-aaaa-4bbb-8ccc-222222222222"],
        ),
        &[("SCIM_TOKEN", "the-token")],
        None,
    )
    .await;
    assert_eq!(no_tenant.code, 2, "{}", no_tenant.stderr);
    assert!(
        no_tenant.stderr.contains("--tenant"),
        "{}",
        no_tenant.stderr
    );
    // The Tenant URL is checked like `check` checks it, before the token goes anywhere.
    for bad in [
        "http://scim.example.com/api/apps/1/scim",
        "https://appsemble.app/api/apps/1/scim?aadOptscim062020",
    ] {
        let out = run(&connect(bad, &[]), &env, None).await;
        assert_eq!(out.code, 2, "{bad}: {}", out.stderr);
    }
    assert!(graph.seen().is_empty(), "nothing was sent to Graph");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entra_provision_says_it_waits_for_a_fresh_assignment() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.enable_scim(READY_APP, "the-token");
    let graph = fake_graph::FakeGraph::start().await;
    let tenant = server.tenant_url(READY_APP);
    let base = graph.base();
    let env = graph_env("the-token", &base);
    let connect = connect_notes(&tenant);
    let out = run(&connect, &env, None).await;
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("--service-principal"), "{}", out.stdout);
    // The assignment counts only a moment later, as provision-on-demand.md describes.
    graph.with(|s| s.assignment_delay = std::time::Duration::from_secs(1));
    let provision = [
        "entra",
        "provision",
        "--name",
        "Appsemble - Notes",
        "--user",
        "ada@contoso.example",
    ];
    let out = run(&provision, &env, None).await;
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("trying again in"), "{}", out.stderr);
    assert!(
        out.stdout.contains("EntryExportAdd"),
        "the steps are shown: {}",
        out.stdout
    );
}
