//! `scim-assistant status`: both halves in one answer — SCIM on, the token Appsemble has tested
//! live, and (signed in with Microsoft) Entra's check of the token its job holds, the job's state,
//! last cycle and first problems. Exit 0 healthy, 1 something to act on.

use std::process::ExitCode;

use clap::Args;
use serde_json::{Value, json};

use super::entra_job::{AppArgs, app_and_job, job_report};
use super::microsoft::{GraphArgs, graph_client, save_trace};
use super::{EXIT_FAILURE, appsemble_client};
use crate::appsemble::AppsembleClient;
use crate::diagnostics::{DiagnoseOptions, diagnose};
use crate::graph::{GraphClient, Trace};
use crate::messages::{cli as text, entra as words};
use crate::probe::Status;

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long)]
    pub app: Option<u64>,
    #[arg(long)]
    pub server: Option<String>,
    /// The enterprise application in Entra (its display name); without it, only Appsemble's half.
    #[arg(long)]
    pub name: Option<String>,
    /// The enterprise application by its object id.
    #[arg(long, value_name = "ID")]
    pub service_principal: Option<String>,
    #[command(flatten)]
    pub graph: GraphArgs,
}

pub async fn run(args: StatusArgs) -> ExitCode {
    let trace = Trace::default();
    let code = status(&args, &trace).await.unwrap_or_else(|code| code);
    save_trace(&args.graph, &trace);
    code
}

async fn status(args: &StatusArgs, trace: &Trace) -> Result<ExitCode, ExitCode> {
    let (client, app_id) = appsemble_client(args.server.as_deref(), args.app)?;
    let tenant_url = client.server().tenant_url(app_id);
    let (appsemble_ok, appsemble) = appsemble_half(&client, app_id, &tenant_url).await;
    let entra = match (&args.name, &args.service_principal) {
        (None, None) => None,
        (name, service_principal) => {
            let cloud = args.graph.cloud()?;
            let graph = graph_client(&args.graph, trace).await?;
            let app = AppArgs {
                name: name.clone(),
                service_principal: service_principal.clone(),
            };
            let (sp, job) = app_and_job(&graph, &app, cloud).await?;
            Some(entra_half(&graph, &sp.id, &job, &tenant_url).await)
        }
    };
    let ok = appsemble_ok && entra.as_ref().is_none_or(|(ok, _)| *ok);
    let entra_json = entra.as_ref().map(|(_, json)| json.clone());
    if args.graph.json {
        println!(
            "{}",
            json!({"ok": ok, "appsemble": appsemble, "entra": entra_json})
        );
    } else {
        print_halves(&appsemble, entra_json.as_ref());
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FAILURE)
    })
}

/// SCIM on, and the live test with the token Appsemble has (an email sign-in reads it; client
/// credentials cannot, and then the test is not run rather than guessed).
async fn appsemble_half(client: &AppsembleClient, app_id: u64, tenant_url: &str) -> (bool, Value) {
    let secret = client.scim_secret(app_id).await;
    // Client credentials may not read the secret: not known, not a failure. Any other error is.
    let unreadable = matches!(
        secret,
        Err(crate::appsemble::AppsembleError::NeedsEmailSignIn)
    );
    let (enabled, token) = match &secret {
        Ok(secret) => (Some(secret.enabled), secret.token.clone()),
        Err(_) => (None, None),
    };
    let error = secret
        .as_ref()
        .err()
        .filter(|_| !unreadable)
        .map(|e| crate::messages::explain_error(e, &client.server().origin()).summary);
    let report = match (&token, enabled) {
        (Some(token), Some(true)) => {
            Some(diagnose(tenant_url, token, &DiagnoseOptions::default(), Some(client)).await)
        }
        _ => None,
    };
    let ok = error.is_none() && enabled != Some(false) && report.as_ref().is_none_or(|r| r.ok());
    let json = json!({
        "ok": ok,
        "error": error,
        "tenant_url": tenant_url,
        "scim_enabled": enabled,
        "token_readable": token.is_some(),
        "verdict": report.as_ref().map(crate::report::verdict_json),
        "checks": report.as_ref().map(crate::report::checks_json).unwrap_or_default(),
    });
    (ok, json)
}

/// Entra's check of the token its job holds, and the job's report.
async fn entra_half(graph: &GraphClient, sp: &str, job: &str, tenant_url: &str) -> (bool, Value) {
    let (credentials, report) = tokio::join!(
        crate::graph::check_saved_credentials(graph, sp, job, tenant_url),
        job_report(graph, sp, job)
    );
    let explained = words::explain_in(&credentials, crate::i18n::lang());
    let credentials_ok = credentials.status() == Status::Pass;
    let mut json = report.json;
    json["credentials"] = json!({"status": credentials.status(), "summary": explained.summary,
                                 "fix": explained.fix});
    json["ok"] = json!(report.ok && credentials_ok);
    (report.ok && credentials_ok, json)
}

fn print_halves(appsemble: &Value, entra: Option<&Value>) {
    let field = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_string();
    println!("{}: {}", text::TENANT_URL, field(appsemble, "tenant_url"));
    for check in appsemble["checks"].as_array().into_iter().flatten() {
        println!(
            "{:<5} {:<22} {}",
            field(check, "status"),
            field(check, "id"),
            field(check, "summary")
        );
    }
    if let Some(entra) = entra {
        let credentials = &entra["credentials"];
        println!(
            "{:<5} {:<22} {}",
            field(credentials, "status"),
            "entra-credentials",
            field(credentials, "summary")
        );
        println!("{}: {}", text::JOB_STATE, field(entra, "state"));
    }
}
