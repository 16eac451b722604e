//! The Appsemble jobs: signing in (directly or through the browser hand-off), the apps, the SCIM
//! secret, and the keyring.

use crate::address::ServerAddress;
use crate::appsemble::{AppsembleClient, AppsembleError, Credentials};
use crate::browser_login::{BrowserLogin, BrowserLoginError};
use crate::enable::{EnableError, enable_scim};
use crate::secret::Secret;
use crate::wizard::{ChosenApp, EnableProblem, Event, Problem, RequestId, ScimBefore};

use super::BROWSER_SIGN_IN_DEADLINE;
use super::sessions::WorkerState;

pub(super) async fn sign_in(
    state: &WorkerState,
    request: RequestId,
    server: ServerAddress,
    credentials: Credentials,
) {
    let origin = server.origin();
    let failed = |error| Problem::Api {
        error,
        server: origin.clone(),
    };
    let result = match AppsembleClient::new(server, credentials, &state.setup.tls) {
        Ok(client) => match client.sign_in().await {
            Ok(()) => {
                state.set_client(Some(client));
                Ok(())
            }
            Err(error) => Err(failed(error)),
        },
        Err(error) => Err(failed(error)),
    };
    state.reply(Event::SignedIn { request, result });
}

pub(super) async fn browser_sign_in(
    state: &WorkerState,
    request: RequestId,
    server: ServerAddress,
) {
    let description = format!("SCIM assistant on {}", hostname());
    let login = match BrowserLogin::start(&server, &description).await {
        Ok(login) => login,
        Err(error) => {
            return state.reply(Event::BrowserCredentials {
                request,
                result: Err(browser_problem(&error)),
            });
        }
    };
    state.setup.browser.open(&login.url);
    state.reply(Event::BrowserWaiting {
        request,
        url: login.url.clone(),
    });
    let result = login
        .wait(BROWSER_SIGN_IN_DEADLINE)
        .await
        .map_err(|error| browser_problem(&error));
    state.reply(Event::BrowserCredentials { request, result });
}

fn browser_problem(error: &BrowserLoginError) -> Problem {
    match error {
        BrowserLoginError::Listen(_) => Problem::BrowserUnavailable,
        BrowserLoginError::TimedOut => Problem::BrowserTimedOut,
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_else(|_| "this computer".to_string())
}

pub(super) async fn load_apps(state: &WorkerState, request: RequestId) {
    let result = match state.client() {
        Ok(client) => client.app_choices().await.map_err(|e| state.problem(e)),
        Err(problem) => Err(problem),
    };
    state.reply(Event::AppsLoaded { request, result });
}

/// Every app of the account's organisations, checked side by side (reads only).
pub(super) async fn survey_fleet(state: &WorkerState, request: RequestId) {
    let options = crate::fleet::FleetOptions {
        probe: crate::probe::ProbeOptions {
            tls: state.setup.tls.clone(),
            ..Default::default()
        },
        ..Default::default()
    };
    let result = match state.client() {
        Ok(client) => crate::fleet::survey(client, &options)
            .await
            .map_err(|error| match error {
                crate::fleet::FleetError::Appsemble(error) => state.problem(error),
                crate::fleet::FleetError::NameTheOrganizations => {
                    state.problem(AppsembleError::NeedsEmailSignIn)
                }
            }),
        Err(problem) => Err(problem),
    };
    state.reply(Event::FleetSurveyed { request, result });
}

pub(super) async fn load_app(state: &WorkerState, request: RequestId, app_id: u64) {
    let result = match state.client() {
        Ok(client) => match client.app(app_id).await {
            Ok(app) => Ok(ChosenApp::from_app(&app)),
            // Client credentials count as anonymous here; the secrets endpoint will still say
            // precisely whether this sign-in may change the app.
            Err(AppsembleError::AppHidden { .. }) => Ok(ChosenApp::hidden(app_id)),
            Err(error) => Err(state.problem(error)),
        },
        Err(problem) => Err(problem),
    };
    state.reply(Event::AppLoaded { request, result });
}

pub(super) async fn read_scim(state: &WorkerState, request: RequestId, app_id: u64) {
    let result = match state.client() {
        Ok(client) => client
            .scim_secret(app_id)
            .await
            .map(|s| ScimBefore {
                has_token: s.token.is_some(),
            })
            .map_err(|e| state.problem(e)),
        Err(problem) => Err(problem),
    };
    state.reply(Event::ScimRead { request, result });
}

pub(super) async fn enable(state: &WorkerState, request: RequestId, app_id: u64, keep_token: bool) {
    let result = match state.client() {
        Ok(client) => enable_scim(&client, app_id, keep_token)
            .await
            .map_err(|error| match error {
                EnableError::SecurityMissing(problem) => EnableProblem::Security(problem),
                EnableError::Appsemble(e) => EnableProblem::Failed(state.problem(e)),
            }),
        Err(problem) => Err(EnableProblem::Failed(problem)),
    };
    state.reply(Event::Enabled { request, result });
}

pub(super) async fn remember_client(
    state: &WorkerState,
    server: ServerAddress,
    id: String,
    secret: Secret,
) {
    let store = state.setup.store.clone();
    // The keyring may block on an unlock prompt: never on a runtime thread.
    let saved =
        tokio::task::spawn_blocking(move || store.save(&server.keyring_service(), &id, &secret))
            .await
            .unwrap_or(false);
    state.reply(Event::ClientRemembered(saved));
}

pub(super) async fn restore_client_secret(
    state: &WorkerState,
    server: ServerAddress,
    client_id: String,
) {
    let store = state.setup.store.clone();
    let found =
        tokio::task::spawn_blocking(move || store.get(&server.keyring_service(), &client_id))
            .await
            .ok()
            .flatten();
    state.reply(Event::ClientSecretRestored(found));
}
