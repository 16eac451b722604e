//! `scim-assistant fleet` against the fake Appsemble seeded with a partner's many apps in several
//! organisations: SCIM on and off, a definition without security, a stored token the SCIM
//! endpoint refuses, and an app whose SCIM endpoint never answers.

mod support;

use std::collections::HashMap;

use fake_appsemble::*;
use serde_json::Value;
use support::cli::{owner_env, run};

/// Every app of the answer by its id.
fn by_id(json: &Value) -> HashMap<u64, Value> {
    json["apps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|app| (app["app_id"].as_u64().unwrap(), app.clone()))
        .collect()
}

fn every_token(server: &FakeAppsemble) -> Vec<String> {
    server.with(|s| {
        s.apps
            .values()
            .filter_map(|a| a.scim_token.clone())
            .collect()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_app_is_reported_and_a_hanging_app_times_out_without_holding_up_the_others() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let seed = server.seed_fleet(3, 30);
    let hanging = seed.healthy[2];
    server.hang(hanging);
    let origin = server.origin();
    let args = ["fleet", "--server", &origin, "--json", "--deadline", "3"];
    let out = run(&args, &owner_env(), None).await;
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let apps = by_id(&json);
    // The three seeded apps (Acme's two, Beta's one) and the thirty: none left out.
    assert_eq!(apps.len(), 33, "{json:#}");
    for id in seed.healthy.iter().filter(|id| **id != hanging) {
        let app = &apps[id];
        assert_eq!(app["status"], "healthy", "{app:#}");
        assert_eq!(app["ok"], true);
        assert_eq!(app["scim_enabled"], true);
        assert_eq!(app["security"], "ready");
        assert_eq!(app["users"], seed.users[id], "{app:#}");
        let ids: Vec<&str> = app["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert!(
            ids.contains(&"auth") && ids.contains(&"entra-test-connection"),
            "{ids:?}"
        );
        assert!(
            app["elapsed_ms"].as_u64().unwrap() < 3000,
            "held up: {app:#}"
        );
    }
    for id in &seed.off {
        assert_eq!(apps[id]["status"], "off");
        assert_eq!(apps[id]["scim_enabled"], false);
        assert_eq!(apps[id]["ok"], true);
        assert_eq!(
            apps[id]["checks"],
            Value::Array(vec![]),
            "SCIM off: no live test"
        );
    }
    for id in &seed.no_security {
        assert_eq!(apps[id]["status"], "failing");
        assert_eq!(apps[id]["security"], "no-security");
        assert!(
            apps[id]["summary"]
                .as_str()
                .unwrap()
                .contains("security.default.role")
        );
    }
    for id in &seed.refused {
        let app = &apps[id];
        assert_eq!(app["status"], "failing", "{app:#}");
        let auth = app["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "auth")
            .unwrap();
        assert_eq!(auth["status"], "fail", "{app:#}");
    }
    let stuck = &apps[&hanging];
    assert_eq!(stuck["status"], "timed-out", "{stuck:#}");
    assert_eq!(
        stuck["scim_enabled"], true,
        "read before the SCIM endpoint hung"
    );
    assert!(stuck["elapsed_ms"].as_u64().unwrap() >= 3000);
    // Acme's apps have SCIM off; in Beta the owner is only a Member, who may not read secrets.
    assert_eq!(apps[&READY_APP]["status"], "off");
    assert_eq!(apps[&MEMBER_ONLY_APP]["status"], "unchecked");
    assert_eq!(apps[&MEMBER_ONLY_APP]["scim_enabled"], Value::Null);
    let failing = seed.no_security.len() + seed.refused.len() + 1;
    let healthy = seed.healthy.len() - 1;
    assert_eq!(
        json["summary"],
        serde_json::json!({"apps": 33, "scim_on": 27, "healthy": healthy, "failing": failing, "unchecked": 1})
    );
    assert_eq!(json["ok"], false);
    for token in every_token(&server) {
        assert!(!out.stdout.contains(&token) && !out.stderr.contains(&token));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fleet_only_reads_and_rehearses_only_the_app_it_is_asked_to() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    let seed = server.seed_fleet(2, 10);
    let origin = server.origin();
    let rehearsed = seed.healthy[0].to_string();
    let org = &seed.organizations[0];
    let args = [
        "fleet",
        "--server",
        &origin,
        "--org",
        org,
        "--json",
        "--rehearse",
        &rehearsed,
    ];
    let out = run(&args, &owner_env(), None).await;
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let apps = by_id(&json);
    assert!(
        apps.keys()
            .all(|id| *id >= FIRST_FLEET_APP && (id - FIRST_FLEET_APP).is_multiple_of(2)),
        "only {org}'s apps: {:?}",
        apps.keys()
    );
    assert_eq!(apps.len(), 5);
    let checks = apps[&seed.healthy[0]]["checks"].as_array().unwrap().clone();
    let rehearsal = checks.iter().find(|c| c["id"] == "rehearsal").unwrap();
    assert_eq!(rehearsal["status"], "pass", "{rehearsal:#}");
    let writes: Vec<(String, String)> = server
        .seen()
        .into_iter()
        .filter(|s| s.method != "GET" && s.path != "/api/auth/email/login")
        .map(|s| (s.method, s.path))
        .collect();
    assert!(!writes.is_empty(), "the asked-for rehearsal wrote");
    let own = format!("/api/apps/{rehearsed}/scim/");
    assert!(
        writes.iter().all(|(_, path)| path.starts_with(&own)),
        "{writes:?}"
    );
    for id in seed.healthy.iter().skip(1) {
        let skipped = apps
            .get(id)
            .and_then(|a| a["checks"].as_array().cloned())
            .unwrap_or_default();
        let rehearsal = skipped.iter().find(|c| c["id"] == "rehearsal");
        assert!(
            rehearsal.is_none_or(|c| c["status"] == "skip"),
            "{rehearsal:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_lists_every_app_in_words_and_holds_no_token() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let seed = server.seed_fleet(2, 12);
    let origin = server.origin();
    let dir = std::env::temp_dir().join(format!("fleet-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("fleet.md");
    let file = path.to_str().unwrap();
    let args = ["fleet", "--server", &origin, "--report", file];
    let out = run(&args, &owner_env(), None).await;
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let markdown = std::fs::read_to_string(&path).unwrap();
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("fleet.md.json")).unwrap()).unwrap();
    assert_eq!(json["apps"].as_array().unwrap().len(), 15);
    for id in seed.healthy.iter().chain(&seed.off) {
        assert!(
            markdown.contains(&format!("({id})")),
            "{id} missing:\n{markdown}"
        );
    }
    assert!(
        markdown.contains("| healthy |") && markdown.contains("| failing |"),
        "{markdown}"
    );
    assert!(
        out.stdout.contains("15 apps · 11 with SCIM on"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("healthy") && out.stdout.contains("SCIM off"),
        "{}",
        out.stdout
    );
    for token in every_token(&server) {
        for text in [&markdown, &json.to_string(), &out.stdout, &out.stderr] {
            assert!(!text.contains(&token), "a token in the output");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_credentials_name_their_organisations_and_say_per_app_what_they_cannot_read() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.seed_fleet(1, 3);
    let origin = server.origin();
    let pair = format!("{CLIENT_ID}:{CLIENT_SECRET}");
    let env = [("APPSEMBLE_CLIENT_CREDENTIALS", pair.as_str())];
    let out = run(&["fleet", "--server", &origin, "--json"], &env, None).await;
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("--org"), "{}", out.stderr);
    assert!(out.stdout.is_empty());

    let args = ["fleet", "--server", &origin, "--org", "acme", "--json"];
    let out = run(&args, &env, None).await;
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["client_credentials"], true);
    // Anonymous callers see Acme's public app only (appsemble-api.md §2).
    let apps = by_id(&json);
    assert_eq!(
        apps.keys().copied().collect::<Vec<_>>(),
        vec![NO_SECURITY_APP]
    );
    let app = &apps[&NO_SECURITY_APP];
    assert_eq!(app["status"], "unchecked");
    assert!(
        app["summary"]
            .as_str()
            .unwrap()
            .contains("Client credentials cannot read"),
        "{app:#}"
    );
    assert_eq!(json["summary"]["unchecked"], 1);
}
