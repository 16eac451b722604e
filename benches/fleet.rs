//! The fleet view at scale: 300 apps in ten organisations surveyed behind +50 ms of round-trip
//! time, against one app's whole chain surveyed the same way; the peak heap the survey adds; and
//! the window's frame time with 300 rows against 3.
//!
//! Run with `cargo bench --bench fleet`.

#[allow(dead_code)]
mod common;
#[path = "../tests/support/mod.rs"]
mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fake_appsemble::{FakeAppsemble, OWNER_EMAIL, OWNER_PASSWORD, WriteMode};
use scim_assistant::address::ServerAddress;
use scim_assistant::appsemble::{AppsembleClient, Credentials};
use scim_assistant::fleet::{Fleet, FleetOptions, survey};
use scim_assistant::net::TlsSettings;
use scim_assistant::secret::Secret;

/// Counts the bytes allocated now and the most at any time since the last reset.
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const RUNS: usize = 5;
const APPS: usize = 300;

/// A fake with `apps` apps in `organizations` organisations, behind the latency proxy, and a
/// signed-in owner.
async fn world(
    organizations: usize,
    apps: usize,
) -> (FakeAppsemble, Arc<AppsembleClient>, Vec<String>) {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let seed = server.seed_fleet(organizations, apps);
    let proxy = common::latency_proxy(server.addr).await;
    let credentials = Credentials::Password {
        email: OWNER_EMAIL.into(),
        password: Secret::new(OWNER_PASSWORD),
    };
    let address = ServerAddress::parse(&format!("http://{proxy}")).unwrap();
    let client = AppsembleClient::new(address, credentials, &TlsSettings::default()).unwrap();
    client.sign_in().await.unwrap();
    (server, Arc::new(client), seed.organizations)
}

/// Median wall time of a survey, the last survey, and the peak heap it added over where it began.
async fn measure(
    client: &Arc<AppsembleClient>,
    options: &FleetOptions,
) -> (Duration, Fleet, usize) {
    let mut times = Vec::new();
    let mut peak = 0;
    let mut last = Fleet::default();
    for _ in 0..RUNS {
        let before = NOW.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let started = Instant::now();
        last = survey(client.clone(), options).await.unwrap();
        times.push(started.elapsed());
        peak = peak.max(PEAK.load(Ordering::Relaxed).saturating_sub(before));
    }
    (common::median(times), last, peak)
}

fn window_frames(apps: usize) -> Duration {
    use support::window::*;
    let world = World::new(WriteMode::Shipped);
    if apps > 0 {
        world.server.seed_fleet(10, apps);
    }
    let mut window = world.window();
    sign_in(&world, &mut window, OWNER_EMAIL, OWNER_PASSWORD);
    step_until(&mut window, "the app list", |h| shows(h, "Notes (#42)"));
    click(&mut window, "See all your SCIM apps");
    let total = format!("{} apps ·", apps + 3);
    step_until_within(
        &mut window,
        "every app checked",
        Duration::from_secs(60),
        |h| shows(h, &total),
    );
    let mut frames = Vec::new();
    for _ in 0..100 {
        // Each frame as after a scroll or a mouse move: the list is drawn again.
        window.state_mut().wizard.fleet.filter.clear();
        let started = Instant::now();
        window.step();
        frames.push(started.elapsed());
    }
    common::median(frames)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let (one, fleet_worlds) = runtime.block_on(async {
        let (_one_server, one_client, one_orgs) = world(1, 1).await;
        let one_options = FleetOptions {
            organizations: one_orgs,
            ..FleetOptions::default()
        };
        let one = measure(&one_client, &one_options).await;
        let (_server, client, orgs) = world(10, APPS).await;
        let mut rows = Vec::new();
        for concurrency in [8, 32, 64] {
            let options = FleetOptions {
                organizations: orgs.clone(),
                concurrency,
                ..FleetOptions::default()
            };
            rows.push((concurrency, measure(&client, &options).await));
        }
        (one, rows)
    });
    println!("fleet survey behind +50 ms RTT, median of {RUNS} runs (reads only, no rehearsal)");
    println!(
        "  one app (list + its whole chain):   {:>8.1} ms, peak heap +{:.1} MiB",
        ms(one.0),
        one.2 as f64 / 1048576.0
    );
    for (concurrency, (time, fleet, peak)) in &fleet_worlds {
        assert_eq!(fleet.apps.len(), APPS);
        println!(
            "  {APPS} apps, {concurrency:>2} at a time:          {:>8.1} ms = {:>5.2} x one app, peak heap +{:.1} MiB",
            ms(*time),
            time.as_secs_f64() / one.0.as_secs_f64(),
            *peak as f64 / 1048576.0
        );
    }
    println!("  (the heap is the whole process's: the fake server answers in it too)");
    let few = window_frames(0);
    let many = window_frames(APPS);
    println!("window frame, fleet view, median of 100 frames (headless, kittest)");
    println!("  3 apps:   {:>6.2} ms", ms(few));
    println!(
        "  {} apps: {:>6.2} ms = {:.2} x",
        APPS + 3,
        ms(many),
        many.as_secs_f64() / few.as_secs_f64()
    );
}
