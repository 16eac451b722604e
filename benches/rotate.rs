//! The rotation gap: how long Entra lacks the working token when `rotate` replaces it, against the
//! fake Appsemble and the fake Graph each behind a proxy that adds 50 ms of round-trip time
//! (Microsoft's own check of the saved token reaches the SCIM server through the delay too).
//!
//! The gap runs from Appsemble's answer to the new token (the old one stops working) to Graph's
//! answer to `PUT …/secrets`: one round trip to Graph (50 ms) is the floor. Also prints the whole
//! rotation (new token, save, Entra's check, live test).
//!
//! Run with `cargo bench --bench rotate`.

#[allow(dead_code)]
mod common;

use std::time::{Duration, Instant};

use common::{latency_proxy, median};
use fake_appsemble::{FakeAppsemble, OWNER_EMAIL, OWNER_PASSWORD, READY_APP, WriteMode};
use fake_graph::{ACCESS_TOKEN, FakeGraph};
use scim_assistant::address::ServerAddress;
use scim_assistant::appsemble::{AppsembleClient, Credentials};
use scim_assistant::graph::{Cloud, ConnectOptions, GraphClient, RetryPolicy, connect};
use scim_assistant::net::TlsSettings;
use scim_assistant::rotate::{EntraJob, rotate};
use scim_assistant::secret::Secret;

const RUNS: usize = 9;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    let graph = FakeGraph::start().await;
    graph.with(|s| s.replication_lag = 0);
    let appsemble_proxy = latency_proxy(server.addr).await;
    let graph_proxy = latency_proxy(graph.addr).await;
    let origin = format!("http://{appsemble_proxy}");
    let tenant_url = format!("{origin}/api/apps/{READY_APP}/scim");
    server.enable_scim(READY_APP, "bench-token-first");
    let graph_client = GraphClient::new(
        &format!("http://{graph_proxy}/v1.0"),
        Secret::new(ACCESS_TOKEN),
        reqwest::Client::new(),
        RetryPolicy::default(),
    );
    let options = ConnectOptions {
        tenant_url,
        token: Secret::new("bench-token-first"),
        name: "Appsemble - Notes".into(),
        service_principal_id: None,
        assign: Vec::new(),
        notify: None,
        start: false,
        cloud: Cloud::Global,
    };
    let report = connect(&graph_client, &options).await;
    let (sp, job) = (report.service_principal_id.unwrap(), report.job_id.unwrap());
    let credentials = Credentials::Password {
        email: OWNER_EMAIL.into(),
        password: Secret::new(OWNER_PASSWORD),
    };
    let server_address = ServerAddress::parse(&origin).unwrap();
    let client =
        AppsembleClient::new(server_address, credentials, &TlsSettings::default()).unwrap();
    client.sign_in().await.unwrap();

    let (mut gaps, mut totals) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let entra = EntraJob {
            graph: &graph_client,
            service_principal: sp.clone(),
            job: job.clone(),
            notify: None,
        };
        let started = Instant::now();
        let rotated = rotate(&client, READY_APP, Some(entra)).await;
        totals.push(started.elapsed());
        assert!(rotated.ok(), "{rotated:#?}");
        gaps.push(rotated.gap.unwrap());
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("rotate behind +50 ms RTT to Appsemble and to Graph, median of {RUNS} runs");
    println!(
        "  gap (old token dead, Entra without the new one): {:>7.1} ms (floor: 50 ms, one round trip)",
        ms(median(gaps))
    );
    println!(
        "  whole rotation (token, save, Entra's check, live test): {:>7.1} ms",
        ms(median(totals))
    );
}
