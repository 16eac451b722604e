//! `scim-assistant rotate` against the fake Appsemble and the fake Graph: the token replaced in
//! both places, the gap measured, and what happens when Entra cannot be updated after Appsemble was.

mod support;

use fake_appsemble::*;
use serde_json::Value;
use support::cli::{owner_env, run};

const OLD: &str = support::SENTINEL_TOKEN;

/// Notes with SCIM on and its old token, connected to Entra by `entra connect`.
async fn connected() -> (FakeAppsemble, fake_graph::FakeGraph) {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.enable_scim(READY_APP, OLD);
    let graph = fake_graph::FakeGraph::start().await;
    let tenant = server.tenant_url(READY_APP);
    let base = graph.base();
    let env = [
        ("SCIM_TOKEN", OLD),
        ("ENTRA_ACCESS_TOKEN", fake_graph::ACCESS_TOKEN),
        ("SCIM_ASSISTANT_GRAPH_URL", base.as_str()),
    ];
    let args = [
        "entra",
        "connect",
        "--tenant-url",
        &tenant,
        "--name",
        "Appsemble - Notes",
    ];
    let out = run(&args, &env, None).await;
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    (server, graph)
}

fn entra_token(graph: &fake_graph::FakeGraph) -> Option<String> {
    graph.with(|s| {
        s.secrets
            .values()
            .flatten()
            .find(|(key, _)| key == "SecretToken")
            .map(|(_, value)| value.clone())
    })
}

/// `rotate --json` for Notes as the owner, with Graph at the fake.
async fn rotate(
    server: &FakeAppsemble,
    graph: &fake_graph::FakeGraph,
    extra: &[&str],
) -> support::cli::Run {
    let origin = server.origin();
    let base = graph.base();
    let mut env = owner_env();
    env.push(("ENTRA_ACCESS_TOKEN", fake_graph::ACCESS_TOKEN));
    env.push(("SCIM_ASSISTANT_GRAPH_URL", base.as_str()));
    let mut args = vec!["rotate", "--server", &origin, "--app", "42", "--json"];
    args.extend_from_slice(extra);
    run(&args, &env, None).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotate_replaces_the_token_in_both_places_and_measures_the_gap() {
    let (server, graph) = connected().await;
    assert_eq!(entra_token(&graph).as_deref(), Some(OLD));
    let out = rotate(&server, &graph, &["--name", "Appsemble - Notes"]).await;
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
            "appsemble-token",
            "entra-secret",
            "entra-check",
            "live-test"
        ]
    );
    assert!(
        json["steps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["status"] == "pass"),
        "{json}"
    );
    assert!(json["gap_ms"].as_u64().is_some(), "{json}");
    assert!(
        json.get("token").is_none(),
        "the token is printed only when Entra lacks it"
    );
    let new = server.app(READY_APP).scim_token.unwrap();
    assert_ne!(new, OLD);
    assert_eq!(
        entra_token(&graph),
        Some(new.clone()),
        "Entra holds Appsemble's new token"
    );
    assert!(!out.stdout.contains(&new) && !out.stderr.contains(&new));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_entra_refuses_after_appsemble_changed_the_new_token_is_given_with_where_to_paste_it()
{
    let (server, graph) = connected().await;
    // Signed in without the Application Administrator role: reads work, writes are refused.
    graph.with(|s| s.role_missing = true);
    let out = rotate(&server, &graph, &["--name", "Appsemble - Notes"]).await;
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let new = server.app(READY_APP).scim_token.unwrap();
    assert_ne!(new, OLD, "Appsemble has the new token");
    assert_eq!(
        json["token"],
        new.as_str(),
        "never left with a broken connection and no token"
    );
    assert_eq!(json["tenant_url"], server.tenant_url(READY_APP));
    assert!(json["gap_ms"].is_null());
    assert_eq!(json["steps"][1]["id"], "entra-secret");
    assert_eq!(json["steps"][1]["status"], "fail");
    assert_eq!(
        entra_token(&graph).as_deref(),
        Some(OLD),
        "Entra still has the old one"
    );

    // The same in words: the token, and exactly where it goes.
    graph.with(|s| s.role_missing = true);
    let origin = server.origin();
    let args = [
        "rotate",
        "--server",
        &origin,
        "--app",
        "42",
        "--without-entra",
    ];
    let by_hand = run(&args, &owner_env(), None).await;
    assert_eq!(by_hand.code, 0, "{}{}", by_hand.stdout, by_hand.stderr);
    let newest = server.app(READY_APP).scim_token.unwrap();
    assert!(by_hand.stdout.contains(&format!(
        "The new Secret Token (Entra does not have it yet): {newest}"
    )));
    assert!(by_hand.stdout.contains("Provisioning > Admin Credentials"));
}

/// `status --json` for Notes, with Entra's side when `name` is given.
async fn status(
    server: &FakeAppsemble,
    graph: &fake_graph::FakeGraph,
    name: Option<&str>,
) -> (i32, Value) {
    let origin = server.origin();
    let base = graph.base();
    let mut env = owner_env();
    env.push(("ENTRA_ACCESS_TOKEN", fake_graph::ACCESS_TOKEN));
    env.push(("SCIM_ASSISTANT_GRAPH_URL", base.as_str()));
    let mut args = vec!["status", "--server", &origin, "--app", "42", "--json"];
    if let Some(name) = name {
        args.extend(["--name", name]);
    }
    let out = run(&args, &env, None).await;
    assert!(
        !out.stdout.contains(OLD) && !out.stderr.contains(OLD),
        "no token in the answer"
    );
    (
        out.code,
        serde_json::from_str(&out.stdout)
            .unwrap_or_else(|_| panic!("{}{}", out.stdout, out.stderr)),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_checks_both_halves_and_sees_a_token_entra_no_longer_shares() {
    let (server, graph) = connected().await;
    let (code, healthy) = status(&server, &graph, Some("Appsemble - Notes")).await;
    assert_eq!(code, 0, "{healthy}");
    assert_eq!(healthy["ok"], true);
    assert_eq!(healthy["appsemble"]["scim_enabled"], true);
    assert_eq!(healthy["appsemble"]["token_readable"], true);
    let ids: Vec<&str> = healthy["appsemble"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"auth") && ids.contains(&"entra-test-connection"),
        "check --json's ids: {ids:?}"
    );
    assert_eq!(healthy["entra"]["credentials"]["status"], "pass");
    assert!(healthy["entra"]["state"].is_string());

    // Someone made a new token in Appsemble Studio: Appsemble's half is fine, Entra's is not.
    server.enable_scim(READY_APP, "a-token-made-in-the-studio-0123456789abc");
    let (code, broken) = status(&server, &graph, Some("Appsemble - Notes")).await;
    assert_eq!(code, 1, "{broken}");
    assert_eq!(broken["appsemble"]["ok"], true);
    assert_eq!(broken["entra"]["credentials"]["status"], "fail", "{broken}");
    assert_eq!(broken["ok"], false);

    // Without a Microsoft sign-in: Appsemble's half alone.
    let (code, alone) = status(&server, &graph, None).await;
    assert_eq!(code, 0, "{alone}");
    assert!(alone["entra"].is_null());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_is_not_healthy_when_appsemble_cannot_be_reached() {
    let args = [
        "status",
        "--server",
        "http://127.0.0.1:9",
        "--app",
        "42",
        "--json",
    ];
    let out = run(&args, &owner_env(), None).await;
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["appsemble"]["ok"], false);
    assert!(json["appsemble"]["error"].is_string(), "{json}");
}
