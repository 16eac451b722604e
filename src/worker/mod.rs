//! Runs the wizard's network work on a tokio runtime, off the UI thread. Commands come in over a
//! channel; each result goes back as an [`Event`] followed by a call to `notify` (the window's
//! `request_repaint`), so the window sleeps until something changed.
//!
//! Every command that the wizard waits for is answered exactly once: a job that finds no session,
//! fails or panics still sends its event (with a problem, [`Command::failure`]), so no spinner and
//! no Enter key can stay stuck. Only a job the wizard itself cancelled stays silent, because the
//! wizard already moved on. `job` below is the table: one function per command, grouped by
//! concern in `appsemble`, `entra` and `scim`; the signed-in sessions live in `sessions`.

mod appsemble;
mod entra;
mod handoff;
mod scim;
mod sessions;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::credentials::SecretStore;
use crate::diagnostics::Leftovers;
use crate::net::TlsSettings;
use crate::platform::Browser;
use crate::wizard::{Command, Event};
use sessions::WorkerState;

/// The one tokio runtime a run of this program uses (window or command line): two worker
/// threads, as the machines it runs on are small.
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
}

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
        let state = Arc::new(WorkerState::new(setup, events, leftovers.clone()));
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

/// Long-running tasks that a later command can stop.
#[derive(Default)]
struct Running {
    browser: Option<JoinHandle<()>>,
    watch: Option<JoinHandle<()>>,
    test: Option<JoinHandle<()>>,
    entra: Option<JoinHandle<()>>,
    connect: Option<JoinHandle<()>>,
    fleet: Option<JoinHandle<()>>,
}

impl Running {
    /// Where a long-running command lives, so that a newer one of its kind replaces it and its
    /// stop command can end it.
    fn slot(&mut self, command: &Command) -> Option<&mut Option<JoinHandle<()>>> {
        match command {
            Command::Test { .. } => Some(&mut self.test),
            Command::ListenForBrowserSignIn { .. } => Some(&mut self.browser),
            Command::WatchUsers { .. } => Some(&mut self.watch),
            Command::EntraActivity { .. } => Some(&mut self.entra),
            Command::EntraConnect { .. } => Some(&mut self.connect),
            Command::SurveyFleet { .. } => Some(&mut self.fleet),
            _ => None,
        }
    }
}

/// The commands that stop or forget something rather than start work; true when `command` was
/// one of them.
fn control(state: &Arc<WorkerState>, running: &mut Running, command: &Command) -> bool {
    match command {
        Command::StopBrowserSignIn => abort(&mut running.browser),
        Command::StopWatchingUsers => abort(&mut running.watch),
        Command::CancelEntraActivity => abort(&mut running.entra),
        Command::CancelEntraConnect => abort(&mut running.connect),
        Command::CancelTest => {
            abort(&mut running.test);
            tokio::spawn(scim::clean_up_after_cancel(state.clone()));
        }
        Command::ForgetMicrosoft => {
            abort(&mut running.entra);
            abort(&mut running.connect);
            state.set_graph(None);
        }
        // Applied in order, so that a later sign-in is never undone by an earlier sign-out.
        Command::Forget => state.set_client(None),
        _ => return false,
    }
    true
}

async fn run(state: Arc<WorkerState>, mut commands: mpsc::UnboundedReceiver<Command>) {
    let mut running = Running::default();
    while let Some(command) = commands.recv().await {
        if control(&state, &mut running, &command) {
            continue;
        }
        match running.slot(&command) {
            Some(slot) => {
                abort(slot);
                *slot = Some(answered(&state, command));
            }
            None => {
                answered(&state, command);
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
/// when it panicked, the command's failure event. Aborting the returned handle cancels the job
/// without an answer.
fn answered(state: &Arc<WorkerState>, command: Command) -> JoinHandle<()> {
    let fallback = command.failure();
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

/// The table: which function does the work behind each command. Every path the wizard waits for
/// ends in `reply`.
async fn job(state: Arc<WorkerState>, command: Command) {
    use Command::*;
    let state = &state;
    match command {
        SignIn {
            request,
            server,
            credentials,
        } => appsemble::sign_in(state, request, server, credentials).await,
        ListenForBrowserSignIn { request, server } => {
            appsemble::browser_sign_in(state, request, server).await
        }
        LoadApps { request } => appsemble::load_apps(state, request).await,
        SurveyFleet { request } => appsemble::survey_fleet(state, request).await,
        LoadApp { request, app_id } => appsemble::load_app(state, request, app_id).await,
        ReadScim { request, app_id } => appsemble::read_scim(state, request, app_id).await,
        Enable {
            request,
            app_id,
            keep_token,
        } => appsemble::enable(state, request, app_id, keep_token).await,
        RememberClient { server, id, secret } => {
            appsemble::remember_client(state, server, id, secret).await
        }
        RestoreClientSecret { server, client_id } => {
            appsemble::restore_client_secret(state, server, client_id).await
        }
        Test {
            request,
            tenant_url,
            token,
            rehearse,
        } => scim::test(state, request, tenant_url, token, rehearse).await,
        WatchUsers {
            request,
            tenant_url,
            token,
        } => scim::watch_users(state, request, tenant_url, token).await,
        FindScimUser {
            request,
            tenant_url,
            token,
            user_name,
        } => scim::find_user(state, request, tenant_url, token, user_name).await,
        MicrosoftSignIn {
            request,
            client_id,
            tenant,
        } => entra::sign_in(state, request, client_id, tenant).await,
        SetUpTenantAccess { request, recorded } => {
            entra::set_up_tenant_access(state, request, recorded).await
        }
        SearchTenant { request, text } => entra::search_tenant(state, request, text).await,
        EntraConnect { request, options } => entra::connect(state, request, options).await,
        EntraActivity {
            request,
            service_principal,
            job,
            provision,
            start,
        } => entra::act(state, request, (service_principal, job), provision, start).await,
        EntraJobStatus {
            request,
            service_principal,
            job,
        } => entra::job_status(state, request, (service_principal, job)).await,
        SaveTrace { path } => entra::save_trace(state, path).await,
        SaveReport { files } => scim::save_report(state, files).await,
        CheckBoth {
            request,
            tenant_url,
            token,
            service_principal,
        } => entra::check_both(state, request, tenant_url, token, service_principal).await,
        Rotate {
            request,
            app_id,
            service_principal,
            notify,
        } => entra::rotate(state, request, app_id, service_principal, notify).await,
        OpenHandOff {
            request,
            path,
            passphrase,
        } => handoff::open(state, request, path, passphrase).await,
        MakeHandOff {
            request,
            path,
            handoff,
        } => handoff::make(state, request, path, handoff).await,
        StopBrowserSignIn | CancelTest | StopWatchingUsers | CancelEntraActivity
        | ForgetMicrosoft | CancelEntraConnect | Forget => {}
    }
}
