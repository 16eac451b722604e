//! "Set it up for me" from launch to the person found in the app, driven through the window as
//! an admin with both accounts does it (first use of the tenant: "Set up access"), against the
//! fake Appsemble and the fake Microsoft identity platform and Graph — once on loopback and once
//! with 50 ms of round-trip time added in front of both (Graph's own calls to the SCIM server go
//! through the delay too, as they cross the internet), and again with the fake's replication lags.
//! Prints the admin's actions, the wall time
//! from the first click, and the part Connect takes after its click.
//!
//! Run with `cargo bench --bench express`.

#[allow(dead_code)]
mod common;
#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use fake_appsemble::WriteMode;
use support::express::{connect, ready_to_connect_at};
use support::window::World;

const RUNS: usize = 3;

struct Run {
    actions: usize,
    total: Duration,
    connect: Duration,
}

/// One admin, one fresh world; `delayed` puts the latency proxy in front of both services;
/// `replication` keeps the fake's replication lags (each new object is missing twice, as
/// Microsoft documents), which the assistant waits out with back-off.
fn one_run(delayed: bool, replication: bool) -> Run {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    if !replication {
        graph.with(|s| {
            s.replication_lag = 0;
            s.backing_lag = 0;
        });
    }
    let (appsemble, microsoft) = if delayed {
        world.runtime.block_on(async {
            let appsemble = common::latency_proxy(world.server.addr).await;
            let microsoft = common::latency_proxy(graph.addr).await;
            (format!("http://{appsemble}"), format!("http://{microsoft}"))
        })
    } else {
        (world.server.origin(), graph.login_base())
    };
    let setup = scim_assistant::ui::AppSetup {
        microsoft: scim_assistant::worker::MicrosoftSetup {
            login_base: microsoft.clone(),
            graph_base: format!("{microsoft}/v1.0"),
            pages: ("signed in", "refused"),
        },
        ..world.setup_with_microsoft(&graph)
    };
    let started = Instant::now();
    let (mut admin, mut window) = ready_to_connect_at(&world, setup, &appsemble);
    let connecting = Instant::now();
    connect(&mut admin, &mut window);
    let express = &window.state().wizard.express;
    assert!(express.succeeded(), "{express:#?}");
    Run {
        actions: admin.actions,
        total: started.elapsed(),
        connect: connecting.elapsed(),
    }
}

fn main() {
    let mut direct = Vec::new();
    let mut delayed = Vec::new();
    let mut replicating = Vec::new();
    for _ in 0..RUNS {
        direct.push(one_run(false, false));
        delayed.push(one_run(true, false));
        replicating.push(one_run(true, true));
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median =
        |runs: &[Run], pick: fn(&Run) -> Duration| common::median(runs.iter().map(pick).collect());
    println!("\"Set it up for me\", launch to the person found in the app, median of {RUNS} runs");
    println!(
        "  admin's actions:             {:>7} (clicks, fields, Microsoft pages)",
        delayed[0].actions
    );
    for (name, runs) in [
        ("on loopback", &direct),
        ("behind +50 ms RTT", &delayed),
        ("  + replication", &replicating),
    ] {
        println!(
            "  {name:<18} wall {:>7.1} ms, of which Connect {:>7.1} ms",
            ms(median(runs, |r| r.total)),
            ms(median(runs, |r| r.connect))
        );
    }
}
