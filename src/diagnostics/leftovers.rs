//! Test users a rehearsal created and has not removed yet.
//!
//! A rehearsal registers its user as soon as Appsemble created it and unregisters it once it is
//! deleted. When the rehearsal is stopped half-way (Cancel, closing the window, Ctrl-C), whoever
//! stopped it calls [`Leftovers::clean_up`], which deletes every registered user (or, failing that,
//! deactivates it) within a deadline and says what is left.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::{Method, StatusCode};

use super::scim_write::SCIM_JSON;
use crate::address::TenantUrl;
use crate::probe::Leftover;
use crate::secret::Secret;

/// How long removing a test user may take when the admin is leaving.
pub const CLEAN_UP_DEADLINE: Duration = Duration::from_secs(10);

/// One created test user, with what it takes to remove it.
struct Created {
    http: reqwest::Client,
    tenant: TenantUrl,
    token: Secret,
    user_name: String,
}

/// The registry, shared between the rehearsals and whoever may stop them.
#[derive(Clone, Default)]
pub struct Leftovers {
    created: Arc<Mutex<HashMap<String, Created>>>,
    /// Held for a whole clean-up, so that a second one (Cancel, then closing the window) waits
    /// until the first has really removed the users instead of returning at once.
    cleaning: Arc<tokio::sync::Mutex<()>>,
}

/// What cleaning up after a stopped rehearsal achieved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CleanUp {
    /// Test users deleted.
    pub removed: Vec<String>,
    /// Test users that could not be deleted (deactivated when `deactivated`).
    pub left: Vec<Leftover>,
}

impl std::fmt::Debug for Leftovers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Leftovers")
            .field("pending", &self.pending())
            .finish()
    }
}

impl Leftovers {
    pub(super) fn register(
        &self,
        http: &reqwest::Client,
        tenant: &TenantUrl,
        token: &Secret,
        id: &str,
        user_name: &str,
    ) {
        let created = Created {
            http: http.clone(),
            tenant: tenant.clone(),
            token: token.clone(),
            user_name: user_name.to_string(),
        };
        if let Ok(mut all) = self.created.lock() {
            all.insert(id.to_string(), created);
        }
    }

    pub(super) fn unregister(&self, id: &str) {
        if let Ok(mut all) = self.created.lock() {
            all.remove(id);
        }
    }

    /// How many created test users are not removed yet.
    pub fn pending(&self) -> usize {
        self.created.lock().map(|all| all.len()).unwrap_or(0)
    }

    /// Deletes every registered test user, else deactivates it, all within `deadline`.
    pub async fn clean_up(&self, deadline: Duration) -> CleanUp {
        let _one_at_a_time = self.cleaning.lock().await;
        let created: Vec<(String, Created)> = match self.created.lock() {
            Ok(mut all) => all.drain().collect(),
            Err(_) => Vec::new(),
        };
        let mut outcome = CleanUp::default();
        for (id, user) in created {
            match tokio::time::timeout(deadline, remove(&id, &user)).await {
                Ok(Removal::Deleted) => outcome.removed.push(user.user_name),
                Ok(Removal::Deactivated) => outcome.left.push(leftover(id, user, true)),
                Ok(Removal::Failed) | Err(_) => outcome.left.push(leftover(id, user, false)),
            }
        }
        outcome
    }
}

fn leftover(id: String, user: Created, deactivated: bool) -> Leftover {
    Leftover {
        id,
        user_name: user.user_name,
        deactivated,
    }
}

enum Removal {
    Deleted,
    Deactivated,
    Failed,
}

/// DELETE, with Entra's PATCH `active: "False"` as the fallback (entra.md §3.3). A 404 means the
/// user is already gone (a rehearsal that was still running may have removed it itself).
async fn remove(id: &str, user: &Created) -> Removal {
    let url = user.tenant.resource(&format!("Users/{id}"));
    let deleted = send(user, Method::DELETE, &url, None).await;
    if deleted.is_some_and(|s| s.is_success() || s == StatusCode::NOT_FOUND) {
        return Removal::Deleted;
    }
    let patch = super::scim_write::active_patch(false);
    match send(user, Method::PATCH, &url, Some(patch)).await {
        Some(status) if status.is_success() => Removal::Deactivated,
        _ => Removal::Failed,
    }
}

async fn send(
    user: &Created,
    method: Method,
    url: &str,
    body: Option<serde_json::Value>,
) -> Option<StatusCode> {
    let mut request = user
        .http
        .request(method, url)
        .bearer_auth(user.token.expose())
        .header(reqwest::header::ACCEPT, SCIM_JSON);
    if let Some(body) = body {
        request = request
            .header(reqwest::header::CONTENT_TYPE, SCIM_JSON)
            .body(body.to_string());
    }
    request.send().await.ok().map(|r| r.status())
}
