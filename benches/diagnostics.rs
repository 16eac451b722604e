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

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use fake_appsemble::{FakeAppsemble, READY_APP, WriteMode};
use scim_assistant::diagnostics::{DiagnoseOptions, diagnose};
use scim_assistant::probe::{CheckId, Finding};
use scim_assistant::secret::Secret;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

const ONE_WAY: Duration = Duration::from_millis(25);
const CHAIN_ROUND_TRIPS: u32 = 7;
const RUNS: usize = 7;

/// A proxy that delays every chunk by `ONE_WAY` in each direction, without piling delays up.
async fn latency_proxy(upstream: SocketAddr) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let Ok(server) = TcpStream::connect(upstream).await else {
                continue;
            };
            let (client_read, client_write) = client.into_split();
            let (server_read, server_write) = server.into_split();
            pump(client_read, server_write);
            pump(server_read, client_write);
        }
    });
    addr
}

fn pump(mut from: tokio::net::tcp::OwnedReadHalf, mut to: tokio::net::tcp::OwnedWriteHalf) {
    let (sender, mut receiver) = mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    tokio::spawn(async move {
        let mut buf = vec![0u8; 64 * 1024];
        while let Ok(n) = from.read(&mut buf).await {
            if n == 0 || sender.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    tokio::spawn(async move {
        while let Some((arrived, bytes)) = receiver.recv().await {
            tokio::time::sleep_until((arrived + ONE_WAY).into()).await;
            if to.write_all(&bytes).await.is_err() {
                break;
            }
        }
        let _ = to.shutdown().await;
    });
}

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

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
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
    let floor = 2 * ONE_WAY * CHAIN_ROUND_TRIPS;
    let direct = median(direct_runs);
    let delayed = median(delayed_runs);
    println!("full diagnostics with rehearsal, median of {RUNS} runs");
    println!(
        "  on loopback:                 {:>7.1} ms",
        direct.as_secs_f64() * 1000.0
    );
    println!(
        "  behind +50 ms RTT proxy:     {:>7.1} ms",
        delayed.as_secs_f64() * 1000.0
    );
    println!(
        "  unavoidable chain:           {:>7.1} ms ({CHAIN_ROUND_TRIPS} round trips)",
        floor.as_secs_f64() * 1000.0
    );
    println!(
        "  ratio wall / chain:          {:>7.2} (target <= 1.3)",
        delayed.as_secs_f64() / floor.as_secs_f64()
    );
}
