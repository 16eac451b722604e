//! How close the full diagnostics come to the latency floor.
//!
//! Runs `check --rehearse` (as a library call) against the fake Appsemble server (fixed mode, so
//! every rehearsal step runs) behind a TCP proxy that adds 50 ms of round-trip latency, and prints
//! the wall time divided by the latency of the dependency chain that cannot be avoided:
//! Entra's Test Connection request, then the six rehearsal requests, each waiting for the one
//! before = 7 round trips = 350 ms. Everything else (health and version, groups, discovery) must
//! hide inside that chain by running at the same time. Target: at most 1.3.
//!
//! Run with `cargo bench --bench diagnostics`.

mod common;

use std::time::{Duration, Instant};

use common::latency_proxy;
use fake_appsemble::{FakeAppsemble, READY_APP, WriteMode};
use scim_assistant::diagnostics::{DiagnoseOptions, diagnose};
use scim_assistant::probe::{CheckId, Finding};
use scim_assistant::secret::Secret;

const CHAIN_ROUND_TRIPS: u32 = 7;
const RUNS: usize = 7;

async fn one_run(tenant: &str, token: &Secret) -> Duration {
    let started = Instant::now();
    let report = diagnose(
        tenant,
        token,
        &DiagnoseOptions {
            rehearse: true,
            ..Default::default()
        },
        None,
    )
    .await;
    let elapsed = started.elapsed();
    assert!(report.ok(), "{report:#?}");
    assert_eq!(
        report.get(CheckId::Rehearsal).unwrap().finding,
        Finding::RehearsalPasses
    );
    elapsed
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    let token = Secret::new("bench-token-0123456789abcdefghijklmnopqrstuv");
    server.enable_scim(READY_APP, token.expose());
    let proxy = latency_proxy(server.addr).await;
    let direct = server.tenant_url(READY_APP);
    let delayed = format!("http://{proxy}/api/apps/{READY_APP}/scim");

    let _warm_up = one_run(&direct, &token).await;
    let mut direct_runs = Vec::new();
    let mut delayed_runs = Vec::new();
    for _ in 0..RUNS {
        direct_runs.push(one_run(&direct, &token).await);
        delayed_runs.push(one_run(&delayed, &token).await);
    }
    common::report(
        "full diagnostics with rehearsal",
        RUNS,
        direct_runs,
        delayed_runs,
        CHAIN_ROUND_TRIPS,
    );
}
