//! `scim-assistant entra connect | status | provision`: the Entra half through Microsoft Graph.
//!
//! Signs in with Microsoft in the system browser, or takes `ENTRA_ACCESS_TOKEN` (a Graph token
//! obtained elsewhere, for scripts). Microsoft's addresses come from `--cloud`, or
//! `SCIM_ASSISTANT_LOGIN_URL` / `SCIM_ASSISTANT_GRAPH_URL` (tests and proxies; http only to this
//! computer).

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{EXIT_FAILURE, env, print_problem, read_token, usage_explained, usage_problem};
use crate::graph::{
    BUILT_IN_CLIENT_ID, Cloud, ConnectOptions, ConnectReport, GraphClient, PendingSignIn,
    RetryPolicy, SignInConfig, connect, find_app, find_job,
};
use crate::messages::{self, cli as text, entra as words};
use crate::secret::Secret;

#[derive(Debug, Subcommand)]
pub enum EntraCommand {
    Connect(ConnectArgs),
    Status(StatusArgs),
    Provision(ProvisionArgs),
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    #[arg(long, default_value = "global")]
    pub cloud: String,
    /// The app registration to sign in with (else the one built in by the publisher).
    #[arg(long)]
    pub client_id: Option<String>,
    /// The tenant to sign in to (id or domain); default: the one of the account chosen.
    #[arg(long, default_value = "organizations")]
    pub tenant: String,
    /// Sign in with a code on another device (for machines without a browser).
    #[arg(long)]
    pub device_code: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    #[arg(long)]
    pub tenant_url: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, value_name = "UPN_OR_GROUP")]
    pub assign: Vec<String>,
    #[arg(long, value_name = "EMAIL")]
    pub notify: Option<String>,
    #[arg(long)]
    pub start: bool,
    #[arg(long)]
    pub token_stdin: bool,
    #[command(flatten)]
    pub graph: GraphArgs,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long)]
    pub name: String,
    #[command(flatten)]
    pub graph: GraphArgs,
}

#[derive(Debug, Args)]
pub struct ProvisionArgs {
    #[arg(long)]
    pub name: String,
    #[arg(long, value_name = "UPN")]
    pub user: String,
    #[command(flatten)]
    pub graph: GraphArgs,
}

pub async fn run(command: EntraCommand) -> ExitCode {
    match command {
        EntraCommand::Connect(args) => run_connect(args).await,
        EntraCommand::Status(args) => run_status(args).await,
        EntraCommand::Provision(args) => run_provision(args).await,
    }
}

/// A Graph client: with `ENTRA_ACCESS_TOKEN` when set (scripts), else after signing in with
/// Microsoft in the system browser. `Err` is the exit code after the problem was printed.
async fn graph_client(args: &GraphArgs) -> Result<GraphClient, ExitCode> {
    let Some(cloud) = Cloud::parse(&args.cloud) else {
        return Err(usage_problem(text::UNKNOWN_CLOUD, text::UNKNOWN_CLOUD_FIX));
    };
    let graph_base =
        env("SCIM_ASSISTANT_GRAPH_URL").unwrap_or_else(|| cloud.graph_base().to_string());
    let login_base =
        env("SCIM_ASSISTANT_LOGIN_URL").unwrap_or_else(|| cloud.login_base().to_string());
    // A Microsoft token is a credential too: never in clear text to another computer.
    for base in [&graph_base, &login_base] {
        if let Err(error) = crate::address::ServerAddress::parse(base) {
            return Err(usage_explained(&messages::explain_address(&error)));
        }
    }
    let http = match crate::net::TlsSettings::default().http_client(crate::net::DEFAULT_TIMEOUT) {
        Ok(http) => http,
        Err(error) => {
            eprintln!("{}: {error}", text::ERROR);
            return Err(ExitCode::from(EXIT_FAILURE));
        }
    };
    let token = match env("ENTRA_ACCESS_TOKEN").filter(|t| !t.trim().is_empty()) {
        Some(token) => Secret::new(token.trim()),
        None => sign_in(args, login_base, &http).await?,
    };
    Ok(GraphClient::new(
        &graph_base,
        token,
        http,
        RetryPolicy::default(),
    ))
}

/// How long the browser sign-in may take.
const SIGN_IN_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Signs in with Microsoft in the system browser (authorization code + PKCE, loopback redirect).
async fn sign_in(
    args: &GraphArgs,
    login_base: String,
    http: &reqwest::Client,
) -> Result<Secret, ExitCode> {
    let Some(client_id) = args
        .client_id
        .clone()
        .or(BUILT_IN_CLIENT_ID.map(str::to_string))
    else {
        return Err(usage_problem(
            text::NO_GRAPH_TOKEN,
            text::NO_GRAPH_TOKEN_FIX,
        ));
    };
    let config = SignInConfig {
        login_base,
        client_id,
        tenant: args.tenant.clone(),
        scopes: &crate::graph::SCOPES,
        pages: (words::LANDING_SIGNED_IN.get(), words::LANDING_REFUSED.get()),
    };
    let l = crate::i18n::lang();
    if args.device_code {
        let show = |prompt: crate::graph::DeviceCodePrompt| {
            eprintln!("{}", text::DEVICE_CODE);
            eprintln!("{}  {}", prompt.verification_uri, prompt.user_code);
        };
        return match crate::graph::sign_in_with_device_code(&config, http, show).await {
            Ok(token) => Ok(token.access),
            Err(error) => {
                print_problem(&words::explain_sign_in_in(&error, l));
                Err(ExitCode::from(EXIT_FAILURE))
            }
        };
    }
    let pending = match PendingSignIn::start(config).await {
        Ok(pending) => pending,
        Err(error) => {
            print_problem(&words::explain_sign_in_in(&error, l));
            return Err(ExitCode::from(EXIT_FAILURE));
        }
    };
    eprintln!("{}\n{}", text::SIGN_IN_OPENING, pending.url);
    let _ = open::that_detached(&pending.url);
    match pending.finish(http, SIGN_IN_DEADLINE).await {
        Ok(token) => Ok(token.access),
        Err(error) => {
            print_problem(&words::explain_sign_in_in(&error, l));
            Err(ExitCode::from(EXIT_FAILURE))
        }
    }
}

/// `Appsemble - app 42` when no name is given (the window uses the app's own name).
fn default_name(tenant_url: &str) -> String {
    let app = crate::address::inspect_tenant_url(tenant_url)
        .tenant
        .map(|t| t.app_id.to_string())
        .unwrap_or_default();
    format!("Appsemble - app {app}")
}

async fn run_connect(args: ConnectArgs) -> ExitCode {
    let token = match read_token(args.token_stdin) {
        Ok(token) => token,
        Err(code) => return code,
    };
    let graph = match graph_client(&args.graph).await {
        Ok(graph) => graph,
        Err(code) => return code,
    };
    let options = ConnectOptions {
        tenant_url: args.tenant_url.trim().to_string(),
        token,
        name: args
            .name
            .clone()
            .unwrap_or_else(|| default_name(&args.tenant_url)),
        assign: args.assign.clone(),
        notify: args.notify.clone(),
        start: args.start,
    };
    let report = connect(&graph, &options).await;
    if args.graph.json {
        println!("{}", connect_json(&report));
    } else {
        print_steps(&report);
    }
    exit_code(report.ok())
}

fn exit_code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FAILURE)
    }
}

/// The `--json` form of `connect`, a contract for scripts.
pub fn connect_json(report: &ConnectReport) -> Value {
    let steps: Vec<Value> = report
        .steps
        .iter()
        .map(|step| {
            let explained = words::explain_in(&step.finding, crate::i18n::lang());
            json!({
                "id": step.id.as_str(),
                "status": step.finding.status(),
                "summary": explained.summary,
                "fix": explained.fix,
                "elapsed_ms": step.elapsed.as_millis() as u64,
            })
        })
        .collect();
    json!({
        "ok": report.ok(),
        "service_principal_id": report.service_principal_id,
        "application_id": report.application_id,
        "job_id": report.job_id,
        "steps": steps,
    })
}

fn print_steps(report: &ConnectReport) {
    for step in &report.steps {
        let explained = words::explain_in(&step.finding, crate::i18n::lang());
        println!(
            "{:<5} {:<16} {}",
            messages::status_label(step.finding.status()),
            step.id.as_str(),
            explained.summary
        );
        if !explained.fix.is_empty() {
            println!("{:6}{}: {}", "", text::FIX, explained.fix);
        }
    }
}

/// The enterprise application and its job, or the failure already printed.
async fn app_and_job(
    graph: &GraphClient,
    name: &str,
) -> Result<(crate::graph::ServicePrincipal, String), ExitCode> {
    let l = crate::i18n::lang();
    let sp = match find_app(graph, name).await {
        Ok(Some(sp)) => sp,
        Ok(None) => {
            return Err(usage_problem(
                text::NO_SUCH_ENTRA_APP,
                text::NO_SUCH_ENTRA_APP_FIX,
            ));
        }
        Err(error) => {
            print_problem(&words::explain_graph_error(&error, l));
            return Err(ExitCode::from(EXIT_FAILURE));
        }
    };
    match find_job(graph, &sp.id).await {
        Ok(Some(job)) => Ok((sp, job)),
        Ok(None) => Err(usage_problem(
            text::NO_SUCH_ENTRA_APP,
            text::NO_SUCH_ENTRA_APP_FIX,
        )),
        Err(error) => {
            print_problem(&words::explain_graph_error(&error, l));
            Err(ExitCode::from(EXIT_FAILURE))
        }
    }
}

async fn run_status(args: StatusArgs) -> ExitCode {
    let graph = match graph_client(&args.graph).await {
        Ok(graph) => graph,
        Err(code) => return code,
    };
    let (sp, job) = match app_and_job(&graph, &args.name).await {
        Ok(found) => found,
        Err(code) => return code,
    };
    let status = crate::graph::job_status(&graph, &sp.id, &job).await;
    let problems = crate::graph::problems(&graph, &sp.id).await;
    let l = crate::i18n::lang();
    let (state, quarantine) = match &status {
        Ok(status) => (status.state.clone(), status.quarantine.clone()),
        Err(_) => (String::new(), None),
    };
    let counts =
        status.as_ref().ok().and_then(|s| s.counts).map(
            |c| json!({"entitled": c.entitled, "exported": c.exported, "escrowed": c.escrowed}),
        );
    let explained_problems: Vec<Value> = match &problems {
        Ok(list) => list
            .iter()
            .map(|p| {
                let e = words::explain_problem_in(p, l);
                json!({"user": p.user, "action": p.action, "summary": e.summary, "fix": e.fix})
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    let logs_note = problems
        .as_ref()
        .err()
        .map(|e| words::explain_graph_error(e, l));
    let ok = status.is_ok() && quarantine.is_none();
    if args.graph.json {
        println!(
            "{}",
            json!({"ok": ok, "service_principal_id": sp.id, "job_id": job, "state": state,
                   "quarantine": quarantine, "counts": counts, "problems": explained_problems,
                   "logs": logs_note.as_ref().map(|n| n.summary.clone())})
        );
    } else {
        println!("{}: {state}", text::JOB_STATE);
        if let Some(reason) = &quarantine {
            println!("{}: {reason}", text::QUARANTINE);
        }
        for problem in &explained_problems {
            println!(
                "- {}: {}",
                problem["user"].as_str().unwrap_or_default(),
                problem["summary"].as_str().unwrap_or_default()
            );
        }
        if let Some(note) = logs_note {
            println!("{} {}", note.summary, note.fix);
        }
    }
    if let Err(error) = status {
        print_problem(&words::explain_graph_error(&error, l));
    }
    exit_code(ok)
}

async fn run_provision(args: ProvisionArgs) -> ExitCode {
    let graph = match graph_client(&args.graph).await {
        Ok(graph) => graph,
        Err(code) => return code,
    };
    let (sp, job) = match app_and_job(&graph, &args.name).await {
        Ok(found) => found,
        Err(code) => return code,
    };
    let l = crate::i18n::lang();
    match crate::graph::provision_one(&graph, &sp.id, &job, &args.user).await {
        Ok(outcome) => {
            let explained = words::explain_on_demand_in(&outcome, l);
            if args.graph.json {
                let steps: Vec<Value> = outcome
                    .steps
                    .iter()
                    .map(|s| json!({"name": s.name, "status": s.status, "summary": s.description, "fix": ""}))
                    .collect();
                println!(
                    "{}",
                    json!({"ok": outcome.succeeded(), "user": args.user, "summary": explained.summary,
                           "fix": explained.fix, "steps": steps})
                );
            } else {
                println!("{}", explained.summary);
                if !explained.fix.is_empty() {
                    println!("{}: {}", text::FIX, explained.fix);
                }
            }
            exit_code(outcome.succeeded())
        }
        Err(error) => {
            print_problem(&words::explain_graph_error(&error, l));
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
