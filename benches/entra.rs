//! How close "Do it for me" (`entra connect --start`) plus one `provision` come to the latency
//! floor, against the fake Graph and fake Appsemble with 50 ms of round-trip time added between
//! the assistant and Graph (the proxy sits where the internet would be).
//!
//! The chain that cannot be avoided, each request waiting for the one before:
//! connect: find the app, instantiate, the replication poll, validateCredentials, find the job,
//! list its templates, create it, its replication poll, then (secrets PUT → validate the saved
//! credentials ‖ schema GET → PUT ‖ (assignments ‖ user GET) → assign) = 2, the job's state, start
//! = 12 round trips; provision (by the ids connect returned, as the window does): the person's id,
//! the schema, on demand = 3. 15 round trips = 750 ms. Graph's own calls to the SCIM server are Microsoft's side and not
//! delayed. Target: at most 1.3.
//!
//! Run with `cargo bench --bench entra`.

mod common;

use std::time::{Duration, Instant};

use common::latency_proxy;
use fake_appsemble::{FakeAppsemble, READY_APP, WriteMode};
use fake_graph::{ACCESS_TOKEN, FakeGraph};
use scim_assistant::graph::{
    AssignmentPatience, Cloud, ConnectOptions, GraphClient, RetryPolicy, connect, person_id,
    provision_one,
};
use scim_assistant::secret::Secret;

const CHAIN_ROUND_TRIPS: u32 = 15;
const RUNS: usize = 7;

async fn one_run(graph_base: &str, tenant_url: &str, run: usize) -> Duration {
    let graph = GraphClient::new(
        graph_base,
        Secret::new(ACCESS_TOKEN),
        reqwest::Client::new(),
        RetryPolicy::default(),
    );
    let name = format!("Appsemble - bench {run}");
    let options = ConnectOptions {
        tenant_url: tenant_url.to_string(),
        token: Secret::new("bench-token"),
        name: name.clone(),
        service_principal_id: None,
        assign: vec!["ada@contoso.example".into()],
        notify: None,
        start: true,
        cloud: Cloud::Global,
    };
    let started = Instant::now();
    let report = connect(&graph, &options).await;
    assert!(report.ok(), "{report:#?}");
    let (sp, job) = (report.service_principal_id.unwrap(), report.job_id.unwrap());
    let ada = person_id(&graph, "ada@contoso.example")
        .await
        .unwrap()
        .unwrap();
    let patience = AssignmentPatience::default();
    let outcome = provision_one(&graph, &sp, &job, &ada, patience, &|_| {})
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert!(outcome.succeeded(), "{outcome:?}");
    elapsed
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.enable_scim(READY_APP, "bench-token");
    let tenant = server.tenant_url(READY_APP);
    let graph = FakeGraph::start().await;
    // The replication polls are in the chain; the fake answers them at once.
    graph.with(|s| s.replication_lag = 0);
    let proxy = latency_proxy(graph.addr).await;
    let direct = graph.base();
    let delayed = format!("http://{proxy}/v1.0");

    let mut direct_runs = Vec::new();
    let mut delayed_runs = Vec::new();
    for run in 0..RUNS {
        direct_runs.push(one_run(&direct, &tenant, 2 * run).await);
        delayed_runs.push(one_run(&delayed, &tenant, 2 * run + 1).await);
    }
    common::report(
        "entra connect --start, then provision one person",
        RUNS,
        direct_runs,
        delayed_runs,
        CHAIN_ROUND_TRIPS,
    );
}
