//! Runs the wizard's network work on a tokio runtime, off the UI thread. Commands come in over a
//! channel; each result goes back as an [`Event`] followed by a call to `notify` (the window's
//! `request_repaint`), so the window sleeps until something changed.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::address::ServerAddress;
use crate::appsemble::{AppsembleClient, AppsembleError, Credentials};
use crate::browser_login::BrowserLogin;
use crate::credentials::SecretStore;
use crate::diagnostics::{DiagnoseOptions, diagnose};
use crate::enable::{EnableError, enable_scim};
use crate::messages::{self, Explanation, wizard as text};
use crate::net::TlsSettings;
use crate::platform::Browser;
use crate::probe::ProbeOptions;
use crate::wizard::{ChosenApp, Command, EnableProblem, Event, ScimBefore};

/// What the worker needs from the outside world; tests swap in fakes.
pub struct WorkerSetup {
    pub tls: TlsSettings,
    pub store: Arc<dyn SecretStore>,
    pub browser: Arc<dyn Browser>,
    pub watch_every: Duration,
    pub notify: Arc<dyn Fn() + Send + Sync>,
}

/// The window's handle to the worker.
pub struct Worker {
    commands: mpsc::UnboundedSender<Command>,
}

impl Worker {
    pub fn start(
        runtime: &tokio::runtime::Handle,
        setup: WorkerSetup,
        events: std::sync::mpsc::Sender<Event>,
    ) -> Self {
        let (commands, receiver) = mpsc::unbounded_channel();
        let state = Arc::new(WorkerState {
            setup,
            events: Mutex::new(events),
            client: Mutex::new(None),
        });
        runtime.spawn(run(state, receiver));
        Self { commands }
    }

    /// Hands work to the worker; never blocks.
    pub fn send(&self, command: Command) {
        let _ = self.commands.send(command);
    }
}

struct WorkerState {
    setup: WorkerSetup,
    events: Mutex<std::sync::mpsc::Sender<Event>>,
    client: Mutex<Option<Arc<AppsembleClient>>>,
}

impl WorkerState {
    fn reply(&self, event: Event) {
        if let Ok(events) = self.events.lock() {
            let _ = events.send(event);
        }
        (self.setup.notify)();
    }

    fn client(&self) -> Option<Arc<AppsembleClient>> {
        self.client.lock().ok().and_then(|c| c.clone())
    }

    fn explain(&self, error: &AppsembleError) -> Explanation {
        let server = self
            .client()
            .map(|c| c.server().origin())
            .unwrap_or_default();
        messages::explain_error(error, &server)
    }
}

/// Long-running tasks that a later command can stop.
#[derive(Default)]
struct Running {
    browser: Option<JoinHandle<()>>,
    watch: Option<JoinHandle<()>>,
    test: Option<JoinHandle<()>>,
}

async fn run(state: Arc<WorkerState>, mut commands: mpsc::UnboundedReceiver<Command>) {
    let mut running = Running::default();
    while let Some(command) = commands.recv().await {
        match command {
            Command::StopBrowserSignIn => abort(&mut running.browser),
            Command::StopWatchingUsers => abort(&mut running.watch),
            Command::CancelTest => abort(&mut running.test),
            test @ Command::Test { .. } => {
                abort(&mut running.test);
                running.test = Some(tokio::spawn(one_off(state.clone(), test)));
            }
            Command::ListenForBrowserSignIn { server } => {
                abort(&mut running.browser);
                running.browser = Some(tokio::spawn(browser_sign_in(state.clone(), server)));
            }
            Command::WatchUsers { tenant_url, token } => {
                abort(&mut running.watch);
                running.watch = Some(tokio::spawn(watch_users(state.clone(), tenant_url, token)));
            }
            other => {
                tokio::spawn(one_off(state.clone(), other));
            }
        }
    }
}

fn abort(task: &mut Option<JoinHandle<()>>) {
    if let Some(task) = task.take() {
        task.abort();
    }
}

async fn one_off(state: Arc<WorkerState>, command: Command) {
    match command {
        Command::SignIn {
            server,
            credentials,
        } => sign_in(&state, server, credentials).await,
        Command::LoadApps => {
            let Some(client) = state.client() else { return };
            let result = client.app_choices().await.map_err(|e| state.explain(&e));
            state.reply(Event::AppsLoaded(result));
        }
        Command::LoadApp { app_id } => {
            let Some(client) = state.client() else { return };
            let result = match client.app(app_id).await {
                Ok(app) => Ok(ChosenApp::from_app(&app)),
                // Client credentials count as anonymous here; the secrets endpoint will still
                // say precisely whether this sign-in may change the app.
                Err(AppsembleError::AppHidden { .. }) => Ok(ChosenApp::hidden(app_id)),
                Err(error) => Err(state.explain(&error)),
            };
            state.reply(Event::AppLoaded(result));
        }
        Command::ReadScim { app_id } => {
            let Some(client) = state.client() else { return };
            let result = client
                .scim_secret(app_id)
                .await
                .map(|s| ScimBefore {
                    enabled: s.enabled,
                    has_token: s.token.is_some(),
                })
                .map_err(|e| state.explain(&e));
            state.reply(Event::ScimRead(result));
        }
        Command::Enable { app_id, keep_token } => {
            let Some(client) = state.client() else { return };
            let result =
                enable_scim(&client, app_id, keep_token)
                    .await
                    .map_err(|error| match error {
                        EnableError::SecurityMissing(problem) => EnableProblem::Security(problem),
                        EnableError::Appsemble(e) => EnableProblem::Failed(state.explain(&e)),
                    });
            state.reply(Event::Enabled(result));
        }
        Command::Test {
            tenant_url,
            token,
            rehearse,
        } => {
            let options = DiagnoseOptions {
                probe: ProbeOptions {
                    tls: state.setup.tls.clone(),
                    ..ProbeOptions::default()
                },
                rehearse,
            };
            let client = state.client();
            let report = diagnose(&tenant_url, &token, &options, client.as_deref()).await;
            state.reply(Event::Tested(report));
        }
        Command::RememberClient { server, id, secret } => {
            state
                .setup
                .store
                .save(&server.keyring_service(), &id, &secret);
        }
        Command::Forget => {
            if let Ok(mut client) = state.client.lock() {
                *client = None;
            }
        }
        Command::StopBrowserSignIn
        | Command::CancelTest
        | Command::StopWatchingUsers
        | Command::ListenForBrowserSignIn { .. }
        | Command::WatchUsers { .. } => {}
    }
}

async fn sign_in(state: &WorkerState, server: ServerAddress, credentials: Credentials) {
    let origin = server.origin();
    let result = match AppsembleClient::new(server, credentials, &state.setup.tls) {
        Ok(client) => match client.sign_in().await {
            Ok(()) => {
                if let Ok(mut slot) = state.client.lock() {
                    *slot = Some(Arc::new(client));
                }
                Ok(())
            }
            Err(error) => Err(messages::explain_error(&error, &origin)),
        },
        Err(error) => Err(messages::explain_error(&error, &origin)),
    };
    state.reply(Event::SignedIn(result));
}

async fn browser_sign_in(state: Arc<WorkerState>, server: ServerAddress) {
    let failed = || Explanation {
        summary: text::BROWSER_FAILED.to_string(),
        fix: text::BROWSER_FAILED_FIX.to_string(),
    };
    let description = format!("SCIM assistant on {}", hostname());
    let login = match BrowserLogin::start(&server, &description).await {
        Ok(login) => login,
        Err(_) => return state.reply(Event::BrowserCredentials(Err(failed()))),
    };
    state.setup.browser.open(&login.url);
    state.reply(Event::BrowserWaiting {
        url: login.url.clone(),
    });
    let result = login.wait().await.map_err(|_| Explanation {
        summary: text::BROWSER_BAD_ANSWER.to_string(),
        fix: text::BROWSER_FAILED_FIX.to_string(),
    });
    state.reply(Event::BrowserCredentials(result));
}

fn hostname() -> String {
    std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_else(|_| "this computer".to_string())
}

async fn watch_users(state: Arc<WorkerState>, tenant_url: String, token: crate::secret::Secret) {
    let Ok(http) = state.setup.tls.http_client(crate::net::DEFAULT_TIMEOUT) else {
        return;
    };
    loop {
        let snapshot = crate::watch::users_snapshot(&http, &tenant_url, &token).await;
        state.reply(Event::Users(snapshot));
        tokio::time::sleep(state.setup.watch_every).await;
    }
}
