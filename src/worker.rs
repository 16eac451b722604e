//! Runs the wizard's network work on a tokio runtime, off the UI thread. Commands come in over a
//! channel; each result goes back as an [`Event`] followed by a call to `notify` (the window's
//! `request_repaint`), so the window sleeps until something changed.
//!
//! Every command that the wizard waits for is answered exactly once: a job that finds no session,
//! fails or panics still sends its event (with a problem), so no spinner and no Enter key can stay
//! stuck. Only a job the wizard itself cancelled stays silent, because the wizard already moved on.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::address::ServerAddress;
use crate::appsemble::{AppsembleClient, AppsembleError, Credentials};
use crate::browser_login::{BrowserLogin, BrowserLoginError};
use crate::credentials::SecretStore;
use crate::diagnostics::{CLEAN_UP_DEADLINE, DiagnoseOptions, Leftovers, diagnose};
use crate::enable::{EnableError, enable_scim};
use crate::net::TlsSettings;
use crate::platform::Browser;
use crate::probe::ProbeOptions;
use crate::secret::Secret;
use crate::wizard::{ChosenApp, Command, EnableProblem, Event, Problem, RequestId, ScimBefore};

/// How long the browser hand-off waits for Appsemble Studio before giving up.
pub const BROWSER_SIGN_IN_DEADLINE: Duration = Duration::from_secs(10 * 60);

/// What the worker needs from the outside world; tests swap in fakes.
pub struct WorkerSetup {
    pub tls: TlsSettings,
    pub microsoft: MicrosoftSetup,
    pub store: Arc<dyn SecretStore>,
    pub browser: Arc<dyn Browser>,
    pub watch_every: Duration,
    pub notify: Arc<dyn Fn() + Send + Sync>,
}

/// Where Microsoft's sign-in and Graph are, and the pages the browser shows after signing in
/// (words come from the edge).
#[derive(Clone, Debug)]
pub struct MicrosoftSetup {
    pub login_base: String,
    pub graph_base: String,
    pub pages: (&'static str, &'static str),
}

/// The window's handle to the worker.
pub struct Worker {
    commands: mpsc::UnboundedSender<Command>,
    leftovers: Leftovers,
}

impl Worker {
    pub fn start(
        runtime: &tokio::runtime::Handle,
        setup: WorkerSetup,
        events: std::sync::mpsc::Sender<Event>,
    ) -> Self {
        let (commands, receiver) = mpsc::unbounded_channel();
        let leftovers = Leftovers::default();
        let state = Arc::new(WorkerState {
            setup,
            events: Mutex::new(events),
            client: Mutex::new(None),
            graph: Mutex::new(None),
            leftovers: leftovers.clone(),
            trace: crate::graph::Trace::default(),
        });
        runtime.spawn(run(state, receiver));
        Self {
            commands,
            leftovers,
        }
    }

    /// Test users of rehearsals that were stopped before they removed them; the window cleans
    /// them up when it closes.
    pub fn leftovers(&self) -> &Leftovers {
        &self.leftovers
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
    graph: Mutex<Option<Arc<crate::graph::GraphClient>>>,
    leftovers: Leftovers,
    /// This window's Microsoft exchange, secrets removed, for "Save a trace".
    trace: crate::graph::Trace,
}

impl WorkerState {
    fn reply(&self, event: Event) {
        if let Ok(events) = self.events.lock() {
            let _ = events.send(event);
        }
        (self.setup.notify)();
    }

    fn client(&self) -> Result<Arc<AppsembleClient>, Problem> {
        self.client
            .lock()
            .ok()
            .and_then(|c| c.clone())
            .ok_or_else(|| self.problem(AppsembleError::SessionExpired))
    }

    fn set_client(&self, client: Option<AppsembleClient>) {
        if let Ok(mut slot) = self.client.lock() {
            *slot = client.map(Arc::new);
        }
    }

    /// An API failure, with the server it happened on.
    fn problem(&self, error: AppsembleError) -> Problem {
        let server = self
            .client
            .lock()
            .ok()
            .and_then(|c| c.as_ref().map(|c| c.server().origin()))
            .unwrap_or_default();
        Problem::Api { error, server }
    }
}

/// Long-running tasks that a later command can stop.
#[derive(Default)]
struct Running {
    browser: Option<JoinHandle<()>>,
    watch: Option<JoinHandle<()>>,
    test: Option<JoinHandle<()>>,
    entra: Option<JoinHandle<()>>,
    connect: Option<JoinHandle<()>>,
}

async fn run(state: Arc<WorkerState>, mut commands: mpsc::UnboundedReceiver<Command>) {
    let mut running = Running::default();
    while let Some(command) = commands.recv().await {
        match command {
            Command::StopBrowserSignIn => abort(&mut running.browser),
            Command::StopWatchingUsers => abort(&mut running.watch),
            Command::CancelEntraActivity => abort(&mut running.entra),
            Command::CancelEntraConnect => abort(&mut running.connect),
            connect @ Command::EntraConnect { .. } => {
                abort(&mut running.connect);
                running.connect = Some(answered(&state, connect));
            }
            Command::ForgetMicrosoft => {
                abort(&mut running.entra);
                if let Ok(mut graph) = state.graph.lock() {
                    *graph = None;
                }
            }
            entra @ Command::EntraActivity { .. } => {
                running.entra = Some(answered(&state, entra));
            }
            Command::CancelTest => {
                abort(&mut running.test);
                tokio::spawn(clean_up_after_cancel(state.clone()));
            }
            // Applied in order, so that a later sign-in is never undone by an earlier sign-out.
            Command::Forget => state.set_client(None),
            test @ Command::Test { .. } => {
                abort(&mut running.test);
                running.test = Some(answered(&state, test));
            }
            browser @ Command::ListenForBrowserSignIn { .. } => {
                abort(&mut running.browser);
                running.browser = Some(answered(&state, browser));
            }
            watch @ Command::WatchUsers { .. } => {
                abort(&mut running.watch);
                running.watch = Some(answered(&state, watch));
            }
            other => {
                answered(&state, other);
            }
        }
    }
}

fn abort(task: &mut Option<JoinHandle<()>>) {
    if let Some(task) = task.take() {
        task.abort();
    }
}

/// Aborts the task it holds when dropped, so that cancelling the supervisor cancels the job.
struct AbortOnDrop<T>(JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Runs `command` as its own task and makes sure the wizard hears back: the job's own event, or,
/// when it panicked, the problem event for that command. Aborting the returned handle cancels the
/// job without an answer.
fn answered(state: &Arc<WorkerState>, command: Command) -> JoinHandle<()> {
    let fallback = internal_failure(&command);
    let job = job(state.clone(), command);
    let state = state.clone();
    tokio::spawn(async move {
        let mut job = AbortOnDrop(tokio::spawn(job));
        match (&mut job.0).await {
            Ok(()) => {}
            Err(error) if error.is_panic() => {
                tracing::error!("a background job failed unexpectedly");
                if let Some(event) = fallback {
                    state.reply(event);
                }
            }
            Err(_) => {}
        }
    })
}

/// The event that tells the wizard a command failed inside this program.
fn internal_failure(command: &Command) -> Option<Event> {
    let result = Err(Problem::Internal);
    Some(match *command {
        Command::SignIn { request, .. } => Event::SignedIn { request, result },
        Command::ListenForBrowserSignIn { request, .. } => Event::BrowserCredentials {
            request,
            result: Err(Problem::Internal),
        },
        Command::LoadApps { request } => Event::AppsLoaded {
            request,
            result: Err(Problem::Internal),
        },
        Command::LoadApp { request, .. } => Event::AppLoaded {
            request,
            result: Err(Problem::Internal),
        },
        Command::ReadScim { request, .. } => Event::ScimRead {
            request,
            result: Err(Problem::Internal),
        },
        Command::Enable { request, .. } => Event::Enabled {
            request,
            result: Err(EnableProblem::Failed(Problem::Internal)),
        },
        Command::Test { request, .. } => Event::Tested {
            request,
            result: Err(Problem::Internal),
        },
        Command::WatchUsers { request, .. } => Event::Users {
            request,
            result: Err(Problem::Internal),
        },
        Command::RestoreClientSecret { .. } => Event::ClientSecretRestored(None),
        Command::SearchTenant { request, .. } => Event::TenantSearched {
            request,
            result: Err(Problem::Internal),
        },
        Command::SetUpTenantAccess { request, .. } => Event::TenantAccessSetUp {
            request,
            result: Err(Problem::Internal),
        },
        Command::MicrosoftSignIn { request, .. } => Event::MicrosoftSignedIn {
            request,
            result: Err(Problem::Internal),
        },
        Command::EntraConnect { request, .. } => Event::EntraConnected {
            request,
            result: Err(Problem::Internal),
        },
        Command::EntraActivity { request, .. } => Event::EntraActivity {
            request,
            result: Err(Problem::Internal),
        },
        Command::EntraJobStatus { request, .. } => Event::EntraJobStatus {
            request,
            result: Err(Problem::Internal),
        },
        Command::RememberClient { .. } => Event::ClientRemembered(false),
        Command::SaveTrace { ref path } => Event::TraceSaved {
            path: path.clone(),
            saved: false,
        },
        Command::StopBrowserSignIn
        | Command::CancelTest
        | Command::StopWatchingUsers
        | Command::CancelEntraActivity
        | Command::ForgetMicrosoft
        | Command::CancelEntraConnect
        | Command::Forget => return None,
    })
}

/// The work behind one command; every path that the wizard waits for ends in `reply`.
async fn job(state: Arc<WorkerState>, command: Command) {
    match command {
        Command::SignIn {
            request,
            server,
            credentials,
        } => sign_in(&state, request, server, credentials).await,
        Command::ListenForBrowserSignIn { request, server } => {
            browser_sign_in(&state, request, server).await
        }
        Command::WatchUsers {
            request,
            tenant_url,
            token,
        } => watch_users(&state, request, tenant_url, token).await,
        Command::LoadApps { request } => {
            let result = match state.client() {
                Ok(client) => client.app_choices().await.map_err(|e| state.problem(e)),
                Err(problem) => Err(problem),
            };
            state.reply(Event::AppsLoaded { request, result });
        }
        Command::LoadApp { request, app_id } => {
            let result = match state.client() {
                Ok(client) => load_app(&state, &client, app_id).await,
                Err(problem) => Err(problem),
            };
            state.reply(Event::AppLoaded { request, result });
        }
        Command::ReadScim { request, app_id } => {
            let result = match state.client() {
                Ok(client) => client
                    .scim_secret(app_id)
                    .await
                    .map(|s| ScimBefore {
                        enabled: s.enabled,
                        has_token: s.token.is_some(),
                    })
                    .map_err(|e| state.problem(e)),
                Err(problem) => Err(problem),
            };
            state.reply(Event::ScimRead { request, result });
        }
        Command::Enable {
            request,
            app_id,
            keep_token,
        } => {
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
        Command::Test {
            request,
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
                leftovers: state.leftovers.clone(),
            };
            let client = state.client().ok();
            let report = diagnose(&tenant_url, &token, &options, client.as_deref()).await;
            state.reply(Event::Tested {
                request,
                result: Ok(report),
            });
        }
        Command::RememberClient { server, id, secret } => {
            let store = state.setup.store.clone();
            // The keyring may block on an unlock prompt: never on a runtime thread.
            let saved = tokio::task::spawn_blocking(move || {
                store.save(&server.keyring_service(), &id, &secret)
            })
            .await
            .unwrap_or(false);
            state.reply(Event::ClientRemembered(saved));
        }
        Command::RestoreClientSecret { server, client_id } => {
            let store = state.setup.store.clone();
            let found = tokio::task::spawn_blocking(move || {
                store.get(&server.keyring_service(), &client_id)
            })
            .await
            .ok()
            .flatten();
            state.reply(Event::ClientSecretRestored(found));
        }
        Command::MicrosoftSignIn {
            request,
            client_id,
            tenant,
        } => {
            let scopes = crate::graph::sign_in_scopes(crate::graph::Cloud::Global);
            let result = microsoft_graph(&state, request, client_id, tenant, scopes)
                .await
                .map(|graph| {
                    if let Ok(mut slot) = state.graph.lock() {
                        *slot = Some(Arc::new(graph));
                    }
                });
            state.reply(Event::MicrosoftSignedIn { request, result });
        }
        Command::SearchTenant { request, text } => {
            let graph = state.graph.lock().ok().and_then(|g| g.clone());
            let result = match graph {
                Some(graph) => crate::graph::search_principals(&graph, &text)
                    .await
                    .map_err(Problem::Graph),
                None => Err(Problem::MicrosoftSignInNeeded),
            };
            state.reply(Event::TenantSearched { request, result });
        }
        Command::SetUpTenantAccess { request, recorded } => {
            let bootstrap = crate::graph::BOOTSTRAP_CLIENT_ID.to_string();
            let scopes = crate::graph::bootstrap_scopes(crate::graph::Cloud::Global);
            let signed_in =
                microsoft_graph(&state, request, bootstrap, "organizations".into(), scopes).await;
            let result = match signed_in {
                Ok(graph) => crate::graph::set_up_tenant_access(&graph, recorded.as_deref(), false)
                    .await
                    .map_err(Problem::Graph),
                Err(problem) => Err(problem),
            };
            state.reply(Event::TenantAccessSetUp { request, result });
        }
        Command::EntraConnect { request, options } => {
            let graph = state.graph.lock().ok().and_then(|g| g.clone());
            let result = match graph {
                Some(graph) => {
                    let starts = {
                        let state = state.clone();
                        move |step| state.reply(Event::EntraConnectStep { request, step })
                    };
                    Ok(crate::graph::connect_watched(&graph, &options, &starts).await)
                }
                None => Err(Problem::MicrosoftSignInNeeded),
            };
            state.reply(Event::EntraConnected { request, result });
        }
        Command::EntraJobStatus {
            request,
            service_principal,
            job,
        } => {
            let graph = state.graph.lock().ok().and_then(|g| g.clone());
            let result = match graph {
                Some(graph) => {
                    let ids = (service_principal.as_str(), job.as_str());
                    entra_activity(&graph, ids, None, false, &|_| {}).await
                }
                None => Err(Problem::MicrosoftSignInNeeded),
            };
            state.reply(Event::EntraJobStatus { request, result });
        }
        Command::EntraActivity {
            request,
            service_principal,
            job,
            provision,
            start,
        } => {
            let graph = state.graph.lock().ok().and_then(|g| g.clone());
            let result = match graph {
                Some(graph) => {
                    let waiting = {
                        let state = state.clone();
                        move |seconds| state.reply(Event::EntraWaiting { request, seconds })
                    };
                    let job = (service_principal.as_str(), job.as_str());
                    entra_activity(&graph, job, provision, start, &waiting).await
                }
                None => Err(Problem::MicrosoftSignInNeeded),
            };
            state.reply(Event::EntraActivity { request, result });
        }
        Command::SaveTrace { path } => {
            let trace = state.trace.clone();
            let target = path.clone();
            let saved = tokio::task::spawn_blocking(move || trace.save(&target).is_ok())
                .await
                .unwrap_or(false);
            state.reply(Event::TraceSaved { path, saved });
        }
        Command::StopBrowserSignIn
        | Command::CancelTest
        | Command::StopWatchingUsers
        | Command::CancelEntraActivity
        | Command::ForgetMicrosoft
        | Command::CancelEntraConnect
        | Command::Forget => {}
    }
}

/// Provisions one person or starts the job, then reads the job's status and its logs' problems.
async fn entra_activity(
    graph: &crate::graph::GraphClient,
    (sp, job): (&str, &str),
    provision: Option<String>,
    start: bool,
    waiting: &(dyn Fn(u64) + Send + Sync),
) -> Result<crate::wizard::EntraActivity, Problem> {
    use crate::graph::{AssignmentPatience, job_status, person_id, problems, provision_one};
    let on_demand = match provision {
        Some(person) => {
            let id = person_id(graph, &person)
                .await
                .map_err(Problem::Graph)?
                .ok_or(Problem::PersonNotInTenant)?;
            let patience = AssignmentPatience::default();
            Some(
                provision_one(graph, sp, job, &id, patience, waiting)
                    .await
                    .map_err(Problem::Graph)?,
            )
        }
        None => None,
    };
    if start {
        crate::graph::start_if_stopped(graph, sp, job)
            .await
            .map_err(Problem::Graph)?;
    }
    let status = job_status(graph, sp, job).await.map_err(Problem::Graph)?;
    Ok(crate::wizard::EntraActivity {
        on_demand,
        status,
        problems: problems(graph, sp).await,
    })
}

/// Signs in with Microsoft in the system browser as `client_id`, asking for `scopes`; the Graph
/// client it returns carries the token (in memory only).
async fn microsoft_graph(
    state: &WorkerState,
    request: RequestId,
    client_id: String,
    tenant: String,
    scopes: Vec<String>,
) -> Result<crate::graph::GraphClient, Problem> {
    use crate::graph::{PendingSignIn, SignInConfig};
    let microsoft = state.setup.microsoft.clone();
    let config = SignInConfig {
        login_base: microsoft.login_base,
        client_id,
        tenant,
        scopes,
        pages: microsoft.pages,
        trace: Some(state.trace.clone()),
    };
    let pending = PendingSignIn::start(config.clone())
        .await
        .map_err(Problem::MicrosoftSignIn)?;
    state.setup.browser.open(&pending.url);
    state.reply(Event::MicrosoftSignInWaiting {
        request,
        url: pending.url.clone(),
    });
    let http = state
        .setup
        .tls
        .http_client(crate::net::DEFAULT_TIMEOUT)
        .map_err(|error| state.problem(AppsembleError::TlsSetup(error)))?;
    let token = pending
        .finish(&http, BROWSER_SIGN_IN_DEADLINE)
        .await
        .map_err(Problem::MicrosoftSignIn)?;
    Ok(crate::graph::signed_in_client(
        &microsoft.graph_base,
        token,
        config,
        http,
    ))
}

/// A cancelled rehearsal may have left its test user behind: remove it and say so.
async fn clean_up_after_cancel(state: Arc<WorkerState>) {
    if state.leftovers.pending() > 0 {
        let outcome = state.leftovers.clean_up(CLEAN_UP_DEADLINE).await;
        state.reply(Event::TestCancelled(outcome));
    }
}

async fn load_app(
    state: &WorkerState,
    client: &AppsembleClient,
    app_id: u64,
) -> Result<ChosenApp, Problem> {
    match client.app(app_id).await {
        Ok(app) => Ok(ChosenApp::from_app(&app)),
        // Client credentials count as anonymous here; the secrets endpoint will still say
        // precisely whether this sign-in may change the app.
        Err(AppsembleError::AppHidden { .. }) => Ok(ChosenApp::hidden(app_id)),
        Err(error) => Err(state.problem(error)),
    }
}

async fn sign_in(
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

async fn browser_sign_in(state: &WorkerState, request: RequestId, server: ServerAddress) {
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

async fn watch_users(state: &WorkerState, request: RequestId, tenant_url: String, token: Secret) {
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
