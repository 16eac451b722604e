//! `scim-assistant entra connect | status | provision`: the Entra half through Microsoft Graph.
//!
//! Signs in with Microsoft in the system browser, or takes `ENTRA_ACCESS_TOKEN` (a Graph token
//! obtained elsewhere, for scripts). Microsoft's addresses come from `--cloud`, or
//! `SCIM_ASSISTANT_LOGIN_URL` / `SCIM_ASSISTANT_GRAPH_URL` (tests and proxies; http only to this
//! computer).

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::entra_job::{AppArgs, app_and_job};
use super::microsoft::{GraphArgs, graph_client, save_trace};
use super::{EXIT_FAILURE, print_problem, read_token, usage_explained, usage_problem};
use crate::graph::{ConnectOptions, ConnectReport, Trace};
use crate::messages::{self, cli as text, entra as words};

#[derive(Debug, Subcommand)]
pub enum EntraCommand {
    Connect(ConnectArgs),
    Status(StatusArgs),
    Provision(ProvisionArgs),
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    #[arg(long, required_unless_present = "from_handoff")]
    pub tenant_url: Option<String>,
    /// The Tenant URL and token from a hand-off file (its passphrase from
    /// SCIM_ASSISTANT_HANDOFF_PASSPHRASE or a prompt); no Appsemble account needed.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["tenant_url", "token_stdin"])]
    pub from_handoff: Option<std::path::PathBuf>,
    #[arg(long)]
    pub name: Option<String>,
    /// The enterprise application to use (its object id, as `connect` printed it).
    #[arg(long, value_name = "ID")]
    pub service_principal: Option<String>,
    /// An object id, a user's sign-in name, or a group's name (one match only).
    #[arg(long, value_name = "ID_UPN_OR_GROUP")]
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
    #[command(flatten)]
    pub app: AppArgs,
    #[command(flatten)]
    pub graph: GraphArgs,
}

#[derive(Debug, Args)]
pub struct ProvisionArgs {
    #[command(flatten)]
    pub app: AppArgs,
    /// The person's sign-in name or object id.
    #[arg(long, value_name = "UPN_OR_ID")]
    pub user: String,
    #[command(flatten)]
    pub graph: GraphArgs,
}

pub async fn run(command: EntraCommand) -> ExitCode {
    let trace = Trace::default();
    let (code, graph) = match &command {
        EntraCommand::Connect(args) => (run_connect(args, &trace).await, &args.graph),
        EntraCommand::Status(args) => (run_status(args, &trace).await, &args.graph),
        EntraCommand::Provision(args) => (run_provision(args, &trace).await, &args.graph),
    };
    save_trace(graph, &trace);
    code
}

/// `Appsemble - app 42` when no name is given (the window uses the app's own name).
fn default_name(tenant_url: &str) -> String {
    let app = crate::address::inspect_tenant_url(tenant_url)
        .tenant
        .map(|t| t.app_id.to_string())
        .unwrap_or_default();
    format!("Appsemble - app {app}")
}

/// The Tenant URL as `check` would take it: what Entra is told to send the token to.
fn checked_tenant_url(tenant_url: &str) -> Result<String, ExitCode> {
    let inspection = crate::address::inspect_tenant_url(tenant_url);
    match inspection.problem {
        None => Ok(tenant_url.trim().to_string()),
        Some(problem) => {
            let finding = crate::probe::Finding::UrlProblem {
                problem,
                corrected: inspection.corrected,
            };
            let explained = messages::explain_in(&finding, crate::i18n::lang());
            eprintln!("{}", text::BAD_TENANT_URL);
            Err(usage_explained(&explained))
        }
    }
}

async fn run_connect(args: &ConnectArgs, trace: &Trace) -> ExitCode {
    let (tenant_url, token, app_name) = match connection_of(args) {
        Ok(connection) => connection,
        Err(code) => return code,
    };
    let cloud = match args.graph.cloud() {
        Ok(cloud) => cloud,
        Err(code) => return code,
    };
    let graph = match graph_client(&args.graph, trace).await {
        Ok(graph) => graph,
        Err(code) => return code,
    };
    let options = ConnectOptions {
        name: args
            .name
            .clone()
            .or(app_name)
            .unwrap_or_else(|| default_name(&tenant_url)),
        tenant_url,
        token,
        service_principal_id: args.service_principal.clone(),
        assign: args.assign.clone(),
        notify: args.notify.clone(),
        start: args.start,
        cloud,
    };
    let l = crate::i18n::lang();
    let starts = |step| {
        use std::io::Write;
        // Progress only: a closed standard error must not stop the work.
        let _ = writeln!(std::io::stderr(), "… {}", words::step_name(step).in_lang(l));
    };
    let report = crate::graph::connect_watched(&graph, &options, &starts).await;
    if args.graph.json {
        println!("{}", connect_json(&report));
    } else {
        print_steps(&report);
        if let Some(id) = &report.service_principal_id {
            println!("{}: {id}", text::SERVICE_PRINCIPAL_ID);
        }
    }
    exit_code(report.ok())
}

/// The Tenant URL, the token and (from a hand-off) the app's name for its enterprise application.
fn connection_of(
    args: &ConnectArgs,
) -> Result<(String, crate::secret::Secret, Option<String>), ExitCode> {
    if let Some(path) = &args.from_handoff {
        let sealed = super::handoff::open_file(path)?;
        eprintln!(
            "{} {} ({}, {})",
            messages::handoff::FROM,
            sealed.made_by,
            sealed.app_name,
            sealed.server
        );
        let tenant_url = checked_tenant_url(&sealed.tenant_url)?;
        return Ok((
            tenant_url,
            sealed.token,
            Some(format!("Appsemble - {}", sealed.app_name)),
        ));
    }
    let tenant_url = checked_tenant_url(args.tenant_url.as_deref().unwrap_or_default())?;
    Ok((tenant_url, read_token(args.token_stdin)?, None))
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

async fn run_status(args: &StatusArgs, trace: &Trace) -> ExitCode {
    let Ok(cloud) = args.graph.cloud() else {
        return ExitCode::from(super::EXIT_USAGE);
    };
    let graph = match graph_client(&args.graph, trace).await {
        Ok(graph) => graph,
        Err(code) => return code,
    };
    let (sp, job) = match app_and_job(&graph, &args.app, cloud).await {
        Ok(found) => found,
        Err(code) => return code,
    };
    let report = super::entra_job::job_report(&graph, &sp.id, &job).await;
    if args.graph.json {
        println!("{}", report.json);
    } else {
        report.print();
    }
    exit_code(report.ok)
}

async fn run_provision(args: &ProvisionArgs, trace: &Trace) -> ExitCode {
    let Ok(cloud) = args.graph.cloud() else {
        return ExitCode::from(super::EXIT_USAGE);
    };
    let graph = match graph_client(&args.graph, trace).await {
        Ok(graph) => graph,
        Err(code) => return code,
    };
    let (sp, job) = match app_and_job(&graph, &args.app, cloud).await {
        Ok(found) => found,
        Err(code) => return code,
    };
    let l = crate::i18n::lang();
    let person = match crate::graph::person_id(&graph, &args.user).await {
        Ok(Some(id)) => id,
        Ok(None) => return usage_problem(text::NO_SUCH_PERSON, text::NO_SUCH_PERSON_FIX),
        Err(error) => {
            print_problem(&words::explain_graph_error(&error, l));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let waiting = |seconds: u64| eprintln!("{}", words::assignment_settling_in(seconds, l));
    let patience = crate::graph::AssignmentPatience::default();
    match crate::graph::provision_one(&graph, &sp.id, &job, &person, patience, &waiting).await {
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
                for step in &outcome.steps {
                    println!(
                        "  {:<8} {:<28} {}",
                        step.status, step.name, step.description
                    );
                }
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
