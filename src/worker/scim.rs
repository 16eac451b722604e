//! The SCIM jobs: the live test (and rehearsal), watching the app's users, and cleaning up after a
//! cancelled rehearsal.

use std::sync::Arc;

use crate::appsemble::AppsembleError;
use crate::diagnostics::{CLEAN_UP_DEADLINE, DiagnoseOptions, diagnose};
use crate::probe::ProbeOptions;
use crate::secret::Secret;
use crate::wizard::{Event, Problem, RequestId};

use super::sessions::WorkerState;

pub(super) async fn test(
    state: &WorkerState,
    request: RequestId,
    tenant_url: String,
    token: Secret,
    rehearse: bool,
) {
    let options = DiagnoseOptions {
        probe: ProbeOptions {
            tls: state.setup.tls.clone(),
            ..ProbeOptions::default()
        },
        rehearse,
        leftovers: state.leftovers.clone(),
    };
    let client = state.client().ok();
    let report = diagnose(&tenant_url, &token, &options, client.as_deref()).await;
    state.reply(Event::Tested {
        request,
        result: Ok(report),
    });
}

pub(super) async fn watch_users(
    state: &WorkerState,
    request: RequestId,
    tenant_url: String,
    token: Secret,
) {
    let http = match state.setup.tls.http_client(crate::net::DEFAULT_TIMEOUT) {
        Ok(http) => http,
        Err(error) => {
            let result = Err(state.problem(AppsembleError::TlsSetup(error)));
            return state.reply(Event::Users { request, result });
        }
    };
    loop {
        let result = crate::watch::users_snapshot(&http, &tenant_url, &token)
            .await
            .map_err(Problem::Scim);
        state.reply(Event::Users { request, result });
        tokio::time::sleep(state.setup.watch_every).await;
    }
}

pub(super) async fn find_user(
    state: &WorkerState,
    request: RequestId,
    tenant_url: String,
    token: Secret,
    user_name: String,
) {
    let result = match state.setup.tls.http_client(crate::net::DEFAULT_TIMEOUT) {
        Ok(http) => crate::watch::find_user(&http, &tenant_url, &token, &user_name)
            .await
            .map_err(Problem::Scim),
        Err(error) => Err(state.problem(AppsembleError::TlsSetup(error))),
    };
    state.reply(Event::ScimUserFound { request, result });
}

/// A cancelled rehearsal may have left its test user behind: remove it and say so.
pub(super) async fn clean_up_after_cancel(state: Arc<WorkerState>) {
    if state.leftovers.pending() > 0 {
        let outcome = state.leftovers.clean_up(CLEAN_UP_DEADLINE).await;
        state.reply(Event::TestCancelled(outcome));
    }
}

/// Writes the report's files owner-only, off the UI thread and off the runtime's threads.
pub(super) async fn save_report(state: &WorkerState, files: Vec<(std::path::PathBuf, String)>) {
    let path = files.first().map(|(p, _)| p.clone()).unwrap_or_default();
    let saved = tokio::task::spawn_blocking(move || {
        files
            .iter()
            .all(|(path, text)| crate::platform::write_private(path, text.as_bytes()).is_ok())
    })
    .await
    .unwrap_or(false);
    state.reply(Event::ReportSaved { path, saved });
}
