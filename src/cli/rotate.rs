//! `scim-assistant rotate`: a new token in Appsemble, saved into the Entra job at once, proved by
//! Entra's check and the live test, with the gap measured.

use std::process::ExitCode;

use clap::Args;
use serde_json::{Value, json};

use super::entra_job::{AppArgs, app_and_job};
use super::microsoft::{GraphArgs, graph_client, save_trace};
use super::{EXIT_FAILURE, appsemble_client};
use crate::graph::Trace;
use crate::messages::rotate as words;
use crate::rotate::{EntraJob, RotateReport, rotate};

#[derive(Debug, Args)]
pub struct RotateArgs {
    #[arg(long)]
    pub app: Option<u64>,
    #[arg(long)]
    pub server: Option<String>,
    /// The enterprise application in Entra that holds the token (its display name).
    #[arg(long, required_unless_present_any = ["service_principal", "without_entra"])]
    pub name: Option<String>,
    /// The enterprise application by its object id.
    #[arg(long, value_name = "ID")]
    pub service_principal: Option<String>,
    /// Where Entra mails quarantine notices (saving the token saves this setting again).
    #[arg(long, value_name = "EMAIL")]
    pub notify: Option<String>,
    /// Only make the new token; Entra is given it by hand.
    #[arg(long, conflicts_with_all = ["name", "service_principal"])]
    pub without_entra: bool,
    #[command(flatten)]
    pub graph: GraphArgs,
}

pub async fn run(args: RotateArgs) -> ExitCode {
    let trace = Trace::default();
    let code = rotate_with(&args, &trace).await.unwrap_or_else(|code| code);
    save_trace(&args.graph, &trace);
    code
}

async fn rotate_with(args: &RotateArgs, trace: &Trace) -> Result<ExitCode, ExitCode> {
    let (client, app_id) = appsemble_client(args.server.as_deref(), args.app)?;
    // Microsoft first: nothing changes in Appsemble before Entra's job is found.
    let report = if args.without_entra {
        rotate(&client, app_id, None).await
    } else {
        let cloud = args.graph.cloud()?;
        let graph = graph_client(&args.graph, trace).await?;
        let app = AppArgs {
            name: args.name.clone(),
            service_principal: args.service_principal.clone(),
        };
        let (sp, job) = app_and_job(&graph, &app, cloud).await?;
        let entra = EntraJob {
            graph: &graph,
            service_principal: sp.id,
            job,
            notify: args.notify.clone(),
        };
        rotate(&client, app_id, Some(entra)).await
    };
    let server = client.server().origin();
    if args.graph.json {
        println!("{}", rotate_json(&report, &server));
    } else {
        print_report(&report, &server);
    }
    Ok(if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FAILURE)
    })
}

/// `{"ok","gap_ms","steps":[{"id","status","summary","fix"}]}`, with `token` only when Entra
/// could not be given it.
pub fn rotate_json(report: &RotateReport, server: &str) -> Value {
    let l = crate::i18n::lang();
    let steps: Vec<Value> = report
        .steps
        .iter()
        .map(|step| {
            let (_, explained) = words::explain_step(step, server, l);
            json!({
                "id": step.id(),
                "status": step.status(),
                "summary": explained.summary,
                "fix": explained.fix,
            })
        })
        .collect();
    let mut body = json!({
        "ok": report.ok(),
        "gap_ms": report.gap.map(|g| g.as_millis() as u64),
        "steps": steps,
    });
    if let Some(token) = report.token_to_paste() {
        body["token"] = json!(token.expose());
        body["tenant_url"] = json!(report.tenant_url);
    }
    body
}

fn print_report(report: &RotateReport, server: &str) {
    let l = crate::i18n::lang();
    for step in &report.steps {
        let (name, explained) = words::explain_step(step, server, l);
        println!(
            "{:<5} {:<34} {}",
            crate::messages::status_label(step.status()),
            name.in_lang(l),
            explained.summary
        );
        if !explained.fix.is_empty() && step.status() != crate::probe::Status::Pass {
            println!("{:6}{}: {}", "", crate::messages::cli::FIX, explained.fix);
        }
    }
    if let Some(gap) = report.gap {
        println!("{} {} ms", words::GAP, gap.as_millis());
    }
    if let Some(token) = report.token_to_paste() {
        println!("{} {}", words::NEW_TOKEN, token.expose());
        println!("{}", words::PASTE_IN_ENTRA);
    }
}
