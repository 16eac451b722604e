//! The Entra jobs through Microsoft Graph: the one Microsoft session (sign-in, the tenant-access
//! bootstrap), the tenant search, "Do it for me", the job's activity and status, and the trace.

use std::sync::Arc;

use crate::appsemble::AppsembleError;
use crate::graph::{Cloud, ConnectOptions, GraphClient};
use crate::wizard::{EntraActivity, Event, Problem, RequestId};

use super::BROWSER_SIGN_IN_DEADLINE;
use super::sessions::WorkerState;

pub(super) async fn sign_in(
    state: &Arc<WorkerState>,
    request: RequestId,
    client_id: String,
    tenant: String,
) {
    let scopes = crate::graph::sign_in_scopes(Cloud::Global);
    let result = match microsoft_graph(state, request, client_id, tenant, scopes).await {
        // Who signed in: "only me, for a first try" assigns this object id.
        Ok(graph) => match crate::graph::signed_in_user(&graph).await {
            Ok(me) => {
                state.set_graph(Some(graph));
                Ok(me)
            }
            Err(error) => Err(Problem::Graph(error)),
        },
        Err(problem) => Err(problem),
    };
    state.reply(Event::MicrosoftSignedIn { request, result });
}

/// Signs in with the shared Microsoft client once, to make (or check) the tenant's own app.
pub(super) async fn set_up_tenant_access(
    state: &Arc<WorkerState>,
    request: RequestId,
    recorded: Option<String>,
) {
    let bootstrap = crate::graph::BOOTSTRAP_CLIENT_ID.to_string();
    let scopes = crate::graph::bootstrap_scopes(Cloud::Global);
    let signed_in =
        microsoft_graph(state, request, bootstrap, "organizations".into(), scopes).await;
    let result = match signed_in {
        Ok(graph) => crate::graph::set_up_tenant_access(&graph, recorded.as_deref(), false)
            .await
            .map_err(Problem::Graph),
        Err(problem) => Err(problem),
    };
    state.reply(Event::TenantAccessSetUp { request, result });
}

pub(super) async fn search_tenant(state: &Arc<WorkerState>, request: RequestId, text: String) {
    let result = match state.graph() {
        Ok(graph) => crate::graph::search_principals(&graph, &text)
            .await
            .map_err(Problem::Graph),
        Err(problem) => Err(problem),
    };
    state.reply(Event::TenantSearched { request, result });
}

pub(super) async fn connect(state: &Arc<WorkerState>, request: RequestId, options: ConnectOptions) {
    let result = match state.graph() {
        Ok(graph) => {
            let starts = {
                let state = state.clone();
                move |step| state.reply(Event::EntraConnectStep { request, step })
            };
            Ok(crate::graph::connect_watched(&graph, &options, &starts).await)
        }
        Err(problem) => Err(problem),
    };
    state.reply(Event::EntraConnected { request, result });
}

/// Provision one person now, or start; then Entra's side as it stands.
pub(super) async fn act(
    state: &Arc<WorkerState>,
    request: RequestId,
    (sp, job): (String, String),
    provision: Option<String>,
    start: bool,
) {
    let result = match state.graph() {
        Ok(graph) => {
            let waiting = {
                let state = state.clone();
                move |seconds| state.reply(Event::EntraWaiting { request, seconds })
            };
            activity(&graph, (&sp, &job), provision, start, &waiting).await
        }
        Err(problem) => Err(problem),
    };
    state.reply(Event::EntraActivity { request, result });
}

/// Step 8's poll: the job's state and its logs' first problems.
pub(super) async fn job_status(
    state: &Arc<WorkerState>,
    request: RequestId,
    (sp, job): (String, String),
) {
    let result = match state.graph() {
        Ok(graph) => activity(&graph, (&sp, &job), None, false, &|_| {}).await,
        Err(problem) => Err(problem),
    };
    state.reply(Event::EntraJobStatus { request, result });
}

/// Writes the trace off the UI thread (and off the runtime's threads: it is a file).
pub(super) async fn save_trace(state: &Arc<WorkerState>, path: std::path::PathBuf) {
    let trace = state.trace.clone();
    let target = path.clone();
    let saved = tokio::task::spawn_blocking(move || trace.save(&target).is_ok())
        .await
        .unwrap_or(false);
    state.reply(Event::TraceSaved { path, saved });
}

/// Provisions one person or starts the job, then reads the job's status and its logs' problems.
async fn activity(
    graph: &GraphClient,
    (sp, job): (&str, &str),
    provision: Option<String>,
    start: bool,
    waiting: &(dyn Fn(u64) + Send + Sync),
) -> Result<EntraActivity, Problem> {
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
    Ok(EntraActivity {
        on_demand,
        status,
        problems: problems(graph, sp).await,
    })
}

/// Signs in with Microsoft in the system browser as `client_id` at `tenant`, asking for
/// `scopes`; the Graph client it returns carries the tokens (in memory only).
async fn microsoft_graph(
    state: &WorkerState,
    request: RequestId,
    client_id: String,
    tenant: String,
    scopes: Vec<String>,
) -> Result<GraphClient, Problem> {
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

/// A new token in Appsemble, saved into the enterprise application's job at once (the job is
/// found first: nothing changes when it cannot be).
pub(super) async fn rotate(
    state: &Arc<WorkerState>,
    request: RequestId,
    app_id: u64,
    service_principal: String,
    notify: Option<String>,
) {
    let result = async {
        let (client, graph) = (state.client()?, state.graph()?);
        let job = crate::graph::find_job(&graph, &service_principal)
            .await
            .map_err(Problem::Graph)?
            .ok_or(Problem::Graph(crate::graph::GraphError::Status {
                status: 404,
                code: "Request_ResourceNotFound".into(),
                message: String::new(),
                request_id: String::new(),
            }))?;
        let entra = crate::rotate::EntraJob {
            graph: &graph,
            service_principal,
            job,
            notify,
        };
        Ok(crate::rotate::rotate(&client, app_id, Some(entra)).await)
    }
    .await;
    state.reply(Event::Rotated { request, result });
}

/// Both halves in one answer: the live test (with the Appsemble session when there is one) and,
/// signed in with Microsoft, Entra's own check of the token its job holds.
pub(super) async fn check_both(
    state: &Arc<WorkerState>,
    request: RequestId,
    tenant_url: String,
    token: crate::secret::Secret,
    service_principal: Option<String>,
) {
    let client = state.client().ok();
    let graph = service_principal.as_ref().and_then(|_| state.graph().ok());
    let entra = graph.as_deref().zip(service_principal.as_deref());
    let halves = crate::rotate::check_both(client.as_deref(), &tenant_url, &token, entra).await;
    state.reply(Event::BothChecked {
        request,
        result: Ok(halves),
    });
}
