//! The test suite's fake Appsemble server as a standalone program, for trying the assistant (and
//! taking screenshots) without a real server: `cargo run --example fake_appsemble -- 8787 fixed`
//! (a third argument switches SCIM on for app 42 with that token).
//! Sign in as owner@example.com / owner-password-1; app 42 is ready, 43 lacks a security
//! definition, 44 belongs to an organisation where that user is only a Member.

use fake_appsemble::{FakeAppsemble, WriteMode};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or(8787);
    let mode = match args.next().as_deref() {
        Some("fixed") => WriteMode::Fixed,
        _ => WriteMode::Shipped,
    };
    let server = FakeAppsemble::start_on(port, mode).await;
    // Optional: SCIM already on for app 42 with this token (for screenshots of a resumed step 6).
    if let Some(token) = args.next() {
        server.enable_scim(fake_appsemble::READY_APP, &token);
    }
    println!("fake Appsemble ({mode:?}) on {}", server.origin());
    tokio::signal::ctrl_c().await.ok();
}
