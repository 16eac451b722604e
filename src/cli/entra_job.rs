//! The enterprise application the Entra commands work on (by id, or by the one name that
//! matches) and the report of its job, shared by `entra status|provision`, `rotate` and `status`.

use std::process::ExitCode;

use clap::Args;
use serde_json::{Value, json};

use super::{EXIT_FAILURE, print_problem, usage_problem};
use crate::graph::{GraphClient, find_job};
use crate::messages::{Explanation, cli as text, entra as words};

/// Which enterprise application: by id, or by a name that only one has.
#[derive(Debug, Args)]
pub struct AppArgs {
    #[arg(long, required_unless_present = "service_principal")]
    pub name: Option<String>,
    #[arg(long, value_name = "ID")]
    pub service_principal: Option<String>,
}

/// The enterprise application (by id, or by the one name that matches) and its job, or the
/// failure already printed.
pub(super) async fn app_and_job(
    graph: &GraphClient,
    app: &AppArgs,
    cloud: crate::graph::Cloud,
) -> Result<(crate::graph::ServicePrincipal, String), ExitCode> {
    let l = crate::i18n::lang();
    let template = cloud.custom_app_template();
    let graph_failed = |error: crate::graph::GraphError| {
        print_problem(&words::explain_graph_error(&error, l));
        ExitCode::from(EXIT_FAILURE)
    };
    let not_found = || usage_problem(text::NO_SUCH_ENTRA_APP, text::NO_SUCH_ENTRA_APP_FIX);
    let sp = match (&app.service_principal, &app.name) {
        (Some(id), _) => crate::graph::app_by_id(graph, id, template)
            .await
            .map_err(graph_failed)?
            .ok_or_else(not_found)?,
        (None, Some(name)) => {
            let found = crate::graph::find_apps(graph, name, template)
                .await
                .map_err(graph_failed)?;
            match found.as_slice() {
                [] => return Err(not_found()),
                [one] => one.clone(),
                several => {
                    let ids: Vec<&str> = several.iter().map(|sp| sp.id.as_str()).collect();
                    let summary = format!("{} {}", text::SEVERAL_ENTRA_APPS, ids.join(", "));
                    return Err(usage_problem(summary, text::SEVERAL_ENTRA_APPS_FIX));
                }
            }
        }
        (None, None) => return Err(not_found()),
    };
    match find_job(graph, &sp.id).await.map_err(graph_failed)? {
        Some(job) => Ok((sp, job)),
        None => Err(not_found()),
    }
}

/// The Entra job's state, last cycle, counts and first problems, in JSON and in lines.
pub(super) struct JobReport {
    pub ok: bool,
    pub json: Value,
    lines: Vec<String>,
    failure: Option<Explanation>,
}

impl JobReport {
    pub fn print(&self) {
        for line in &self.lines {
            println!("{line}");
        }
        if let Some(failure) = &self.failure {
            print_problem(failure);
        }
    }
}

pub(super) async fn job_report(graph: &GraphClient, sp: &str, job: &str) -> JobReport {
    let (status, problems) = tokio::join!(
        crate::graph::job_status(graph, sp, job),
        crate::graph::problems(graph, sp)
    );
    let l = crate::i18n::lang();
    let (state, quarantine, last_cycle) = match &status {
        Ok(s) => (s.state.clone(), s.quarantine.clone(), s.last_cycle.clone()),
        Err(_) => (String::new(), None, None),
    };
    let counts =
        status.as_ref().ok().and_then(|s| s.counts).map(
            |c| json!({"entitled": c.entitled, "exported": c.exported, "escrowed": c.escrowed}),
        );
    let explained: Vec<Value> = match &problems {
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
    let mut lines = vec![format!("{}: {state}", text::JOB_STATE)];
    lines.extend(
        quarantine
            .iter()
            .map(|r| format!("{}: {r}", text::QUARANTINE)),
    );
    lines.extend(explained.iter().map(|p| {
        let field = |k: &str| p[k].as_str().unwrap_or_default().to_string();
        format!("- {}: {}", field("user"), field("summary"))
    }));
    lines.extend(logs_note.iter().map(|n| format!("{} {}", n.summary, n.fix)));
    JobReport {
        ok,
        json: json!({"ok": ok, "service_principal_id": sp, "job_id": job, "state": state,
                     "quarantine": quarantine, "last_cycle": last_cycle, "counts": counts,
                     "problems": explained, "logs": logs_note.as_ref().map(|n| n.summary.clone())}),
        lines,
        failure: status.err().map(|e| words::explain_graph_error(&e, l)),
    }
}
