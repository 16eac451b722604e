//! A stateful fake Appsemble server that answers as appsemble-api.md §1–§4 and §8 describe the real
//! one, including its quirks: plain-text 401s, JSON 404s for unknown paths before any auth,
//! case-insensitive SCIM paths, six accepted PATCH paths, and (as shipped in 0.37) 500 on every
//! create, update and delete.
//!
//! Split by area: `state` (the data and its seed), `http` (request parsing, Appsemble's response
//! shapes and the router), `auth` (§1), `apps` (§2, §3) and `scim` (§4, §8).

// Handlers return early with the very `Response` Appsemble would give; boxing it would only
// obscure that in test code.
#![allow(clippy::result_large_err)]

mod apps;
mod auth;
mod fleet;
mod http;
mod reply;
mod scim;
mod state;

use std::sync::{Arc, Mutex};

pub use fleet::{FIRST_FLEET_APP, FleetSeed};
pub use state::*;

pub type Shared = Arc<Mutex<FakeState>>;

/// A running fake server on 127.0.0.1.
pub struct FakeAppsemble {
    pub state: Shared,
    pub addr: std::net::SocketAddr,
}

impl FakeAppsemble {
    pub async fn start(mode: WriteMode) -> Self {
        Self::start_on(0, mode).await
    }

    /// Starts on a given port (0: any free one).
    pub async fn start_on(port: u16, mode: WriteMode) -> Self {
        let state: Shared = Arc::new(Mutex::new(FakeState::seeded(mode)));
        let app = axum::Router::new()
            .fallback(http::handle)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { state, addr }
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn tenant_url(&self, app_id: u64) -> String {
        format!("{}/api/apps/{app_id}/scim", self.origin())
    }

    pub fn with<R>(&self, f: impl FnOnce(&mut FakeState) -> R) -> R {
        f(&mut self.state.lock().unwrap())
    }

    /// The SCIM users of an app whose name marks them as a rehearsal's test user.
    pub fn rehearsal_users(&self, app_id: u64) -> Vec<ScimMember> {
        self.app(app_id)
            .members
            .into_iter()
            .filter(|m| m.user_name.starts_with("scim-assistant-rehearsal-"))
            .collect()
    }

    /// True once a rehearsal has created its user and sent its first PATCH (which a test may
    /// hold with `stall_patches`).
    pub fn rehearsal_is_half_way(&self) -> bool {
        self.seen()
            .iter()
            .any(|s| s.method == "PATCH" && s.path.contains("/scim/Users/"))
    }

    /// Switches SCIM on with `token`, as if done in the studio.
    pub fn enable_scim(&self, app_id: u64, token: &str) {
        self.with(|s| {
            let app = s.apps.get_mut(&app_id).unwrap();
            app.scim_enabled = true;
            app.scim_token = Some(token.to_string());
        });
    }

    pub fn app(&self, app_id: u64) -> FakeApp {
        self.with(|s| s.apps[&app_id].clone())
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.with(|s| s.seen.clone())
    }
}
