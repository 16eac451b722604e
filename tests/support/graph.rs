//! Helpers for the tests against the fake Microsoft Graph.

use std::time::Duration;

use fake_appsemble::{FakeAppsemble, READY_APP, WriteMode};
use fake_graph::{ACCESS_TOKEN, FakeGraph};
use scim_assistant::graph::{
    AssignmentPatience, Cloud, ConnectOptions, ConnectReport, EntraFinding, GraphClient,
    RetryPolicy, StepId,
};
use scim_assistant::secret::Secret;

pub const TOKEN: &str = "the-scim-token";
pub const NAME: &str = "Appsemble - Notes";
pub const ADA: &str = "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0001";

/// Retries fast enough for tests; the waits themselves are what is tested, not their length.
pub fn fast() -> RetryPolicy {
    RetryPolicy {
        replication: Duration::from_secs(10),
        first_wait: Duration::from_millis(10),
        longest_wait: Duration::from_millis(50),
        throttled_attempts: 3,
        throttled_budget: Duration::from_secs(10),
        on_demand_window: Duration::from_millis(300),
    }
}

pub fn patience() -> AssignmentPatience {
    AssignmentPatience {
        budget: Duration::from_secs(5),
        between_tries: Duration::from_millis(100),
    }
}

pub fn graph(fake: &FakeGraph) -> GraphClient {
    GraphClient::new(
        &fake.base(),
        Secret::new(ACCESS_TOKEN),
        reqwest::Client::new(),
        fast(),
    )
}

pub fn options(server: &FakeAppsemble) -> ConnectOptions {
    ConnectOptions {
        tenant_url: server.tenant_url(READY_APP),
        token: Secret::new(TOKEN),
        name: NAME.into(),
        service_principal_id: None,
        assign: vec!["ada@contoso.example".into(), "App users".into()],
        notify: Some("it@contoso.example".into()),
        start: true,
        cloud: Cloud::Global,
    }
}

pub async fn world(mode: WriteMode) -> (FakeAppsemble, FakeGraph) {
    let server = FakeAppsemble::start(mode).await;
    server.enable_scim(READY_APP, TOKEN);
    let fake = FakeGraph::start().await;
    // A smaller window than Microsoft's 10 s, so that tests stay quick; `fast()` matches it.
    fake.with(|s| s.on_demand_window = Duration::from_millis(300));
    (server, fake)
}

pub fn finding(report: &ConnectReport, id: StepId) -> EntraFinding {
    report
        .steps
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no step {id:?}: {report:#?}"))
        .finding
        .clone()
}

/// Provisions one person with the test patience, without showing the waits.
pub async fn provision(
    graph: &GraphClient,
    report: &ConnectReport,
    person: &str,
) -> scim_assistant::graph::OnDemand {
    let sp = report.service_principal_id.clone().unwrap();
    let job = report.job_id.clone().unwrap();
    scim_assistant::graph::provision_one(graph, &sp, &job, person, patience(), &|_| {})
        .await
        .unwrap()
}

/// What the system browser does: follow Microsoft's redirect back to this computer. Returns
/// the query Microsoft sent back.
pub async fn browse(url: &str) -> String {
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = no_redirects.get(url).send().await.unwrap();
    assert_eq!(answer.status(), 302, "{url}");
    let back = answer.headers()["location"].to_str().unwrap().to_string();
    assert!(back.starts_with("http://localhost:"), "{back}");
    // localhost resolves to the listener on 127.0.0.1.
    let back = back.replacen("http://localhost:", "http://127.0.0.1:", 1);
    let page = no_redirects.get(&back).send().await.unwrap();
    assert_eq!(page.status(), 200);
    back.split_once('?')
        .map(|(_, q)| q.to_string())
        .unwrap_or_default()
}

pub fn sign_in_config(fake: &FakeGraph) -> scim_assistant::graph::SignInConfig {
    scim_assistant::graph::SignInConfig {
        login_base: fake.login_base(),
        client_id: "11111111-aaaa-4bbb-8ccc-222222222222".into(),
        tenant: "organizations".into(),
        scopes: scim_assistant::graph::sign_in_scopes(Cloud::Global),
        pages: ("signed in", "refused"),
        trace: None,
    }
}

/// A whole browser sign-in against the fake identity platform with `config`.
pub async fn sign_in_through_browser(
    config: scim_assistant::graph::SignInConfig,
) -> Result<scim_assistant::graph::MicrosoftToken, scim_assistant::graph::MicrosoftSignInError> {
    let pending = scim_assistant::graph::PendingSignIn::start(config)
        .await
        .unwrap();
    let url = pending.url.clone();
    let waiting = tokio::spawn(async move {
        pending
            .finish(&reqwest::Client::new(), Duration::from_secs(30))
            .await
    });
    browse(&url).await;
    waiting.await.unwrap()
}
