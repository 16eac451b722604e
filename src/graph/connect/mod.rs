//! "Do it for me": the Entra half of the setup through Microsoft Graph, in the order graph.md §4
//! gives, each step reported. Running it again changes nothing that is already right.

mod app;
mod assign;
mod report;
mod setup;

use std::time::Instant;

pub use app::{ServicePrincipal, app_by_id, find_apps, find_job};
pub use report::{ConnectOptions, ConnectReport, EntraFinding, EntraStep, StepId};
pub use setup::start_if_stopped;

use crate::graph::client::{Freshness, GraphClient};
use crate::probe::Status;

/// Sets up provisioning from Entra to the Appsemble app, step by step; stops at the first failure.
pub async fn connect(graph: &GraphClient, options: &ConnectOptions) -> ConnectReport {
    connect_watched(graph, options, &|_| {}).await
}

/// Saves a new token (with the Tenant URL) into an existing enterprise application. `PUT
/// …/secrets` replaces every secret (graph-fidelity §3: full replace), so the settings `connect`
/// saves go again, with `options.notify`. Entra's own check of it is
/// [`check_saved_credentials`].
pub async fn save_token(graph: &GraphClient, sp: &str, options: &ConnectOptions) -> EntraFinding {
    graph.hide(&options.token);
    match setup::save_secrets(graph, sp, options).await {
        Ok(()) => EntraFinding::SecretsSaved {
            notify: options.notify.clone(),
        },
        Err(error) => EntraFinding::GraphFailed(error),
    }
}

/// Entra's own check of the credentials its job holds (`useSavedCredentials: true`): whether
/// the token Entra has still works, as Entra sees it.
pub async fn check_saved_credentials(
    graph: &GraphClient,
    sp: &str,
    job: &str,
    tenant_url: &str,
) -> EntraFinding {
    let options = ConnectOptions {
        tenant_url: tenant_url.to_string(),
        token: crate::secret::Secret::new(""),
        name: String::new(),
        service_principal_id: Some(sp.to_string()),
        assign: Vec::new(),
        notify: None,
        start: false,
        cloud: crate::graph::Cloud::Global,
    };
    setup::check_saved(graph, sp, job, &options).await
}

/// Hears which step starts: waits for replication can take minutes, and the admin sees where.
pub type StepStarts<'a> = &'a (dyn Fn(StepId) + Send + Sync);

/// [`connect`], telling `starts` as each step begins; dropping the future cancels.
pub async fn connect_watched(
    graph: &GraphClient,
    options: &ConnectOptions,
    starts: StepStarts<'_>,
) -> ConnectReport {
    graph.hide(&options.token);
    let mut report = ConnectReport::default();
    report.record(StepId::SignIn, Instant::now(), EntraFinding::SignedIn);
    if let Err(failed) = run_steps(graph, options, &mut report, starts).await {
        report.skip_rest(failed);
    }
    report
}

fn step(
    report: &mut ConnectReport,
    id: StepId,
    started: Instant,
    finding: EntraFinding,
) -> Result<(), StepId> {
    if report.record(id, started, finding) {
        Ok(())
    } else {
        Err(id)
    }
}

/// The steps after sign-in; `Err` names the step that failed.
async fn run_steps(
    graph: &GraphClient,
    options: &ConnectOptions,
    report: &mut ConnectReport,
    starts: StepStarts<'_>,
) -> Result<(), StepId> {
    starts(StepId::App);
    let started = Instant::now();
    let template = options.cloud.custom_app_template();
    let recorded = options.service_principal_id.as_deref();
    let (sp, created) = match app::resolve(graph, recorded, &options.name, template).await {
        Ok(Ok(found)) => found,
        Ok(Err(finding)) => return step(report, StepId::App, started, finding),
        Err(error) => {
            let finding = EntraFinding::GraphFailed(error);
            return step(report, StepId::App, started, finding);
        }
    };
    let name = sp.display_name.clone();
    let finding = if created {
        EntraFinding::AppCreated { name }
    } else {
        EntraFinding::AppFound { name }
    };
    report.record(StepId::App, started, finding);
    report.service_principal_id = Some(sp.id.clone());
    report.application_id = Some(sp.app_id.clone());

    starts(StepId::Replication);
    let started = Instant::now();
    let freshness = if created {
        Freshness::JustCreated
    } else {
        Freshness::Settled
    };
    let replicated = graph
        .get(&crate::graph::paths::service_principal(&sp.id), freshness)
        .await
        .map(|answer| EntraFinding::Replicated {
            waits: answer.retries,
        })
        .unwrap_or_else(EntraFinding::GraphFailed);
    step(report, StepId::Replication, started, replicated)?;

    starts(StepId::TestConnection);
    let started = Instant::now();
    let tested = setup::test_connection(graph, &sp.id, options).await;
    step(report, StepId::TestConnection, started, tested)?;

    starts(StepId::Job);
    let started = Instant::now();
    let (job, finding) = match app::job(graph, &sp.id).await {
        Ok(Ok((job, true))) => (job.clone(), EntraFinding::JobCreated { id: job }),
        Ok(Ok((job, false))) => (job.clone(), EntraFinding::JobReused { id: job }),
        Ok(Err(finding)) => (String::new(), finding),
        Err(error) => (String::new(), EntraFinding::GraphFailed(error)),
    };
    step(report, StepId::Job, started, finding)?;
    report.job_id = Some(job.clone());

    // The secrets must be saved before Entra can check them; the schema and the assignments do
    // not depend on them or on each other.
    starts(StepId::Secrets);
    let started = Instant::now();
    let secrets_then_check = async {
        match setup::save_secrets(graph, &sp.id, options).await {
            Ok(()) => {
                let saved = EntraFinding::SecretsSaved {
                    notify: options.notify.clone(),
                };
                (
                    saved,
                    Some(setup::check_saved(graph, &sp.id, &job, options).await),
                )
            }
            Err(error) => (EntraFinding::GraphFailed(error), None),
        }
    };
    let ((saved, checked), schema, assigned) = tokio::join!(
        secrets_then_check,
        setup::fix_schema(graph, &sp.id, &job),
        assign::assign(graph, &sp, &options.assign),
    );
    report.record(StepId::Secrets, started, saved);
    if let Some(checked) = checked {
        report.record(StepId::SavedCredentials, started, checked);
    }
    record_schema(report, started, schema);
    report.record(StepId::Assign, started, assigned);
    if let Some(failed) = report
        .steps
        .iter()
        .find(|s| s.finding.status() == Status::Fail)
    {
        return Err(failed.id);
    }

    starts(StepId::Start);
    let started = Instant::now();
    let start = if options.start {
        start_if_stopped(graph, &sp.id, &job)
            .await
            .unwrap_or_else(EntraFinding::GraphFailed)
    } else {
        EntraFinding::StartNotAsked
    };
    step(report, StepId::Start, started, start)
}

fn record_schema(
    report: &mut ConnectReport,
    started: Instant,
    schema: Result<setup::SchemaEdit, crate::graph::GraphError>,
) {
    match schema {
        Ok(edit) => {
            report.mappings_before = edit.before;
            report.mappings_after = edit.after;
            let mappings = if edit.read_only {
                EntraFinding::MappingsReadOnly
            } else if edit.changes.any() {
                EntraFinding::MappingsFixed(edit.changes)
            } else {
                EntraFinding::MappingsAlreadyRight
            };
            report.record(StepId::Mappings, started, mappings);
            let groups = if edit.groups_turned_off {
                EntraFinding::GroupsTurnedOff
            } else {
                EntraFinding::GroupsAlreadyOff
            };
            report.record(StepId::GroupsOff, started, groups);
        }
        Err(error) => {
            report.record(StepId::Mappings, started, EntraFinding::GraphFailed(error));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::app::quoted;
    use super::setup::unreachable_host;

    #[test]
    fn entra_cannot_reach_this_computer_or_a_private_network() {
        for url in [
            "http://127.0.0.1:8080/api/apps/1/scim",
            "http://localhost/api/apps/1/scim",
            "https://10.1.2.3/api/apps/1/scim",
            "https://192.168.1.5/api/apps/1/scim",
        ] {
            assert!(unreachable_host(url).is_some(), "{url}");
        }
        assert_eq!(
            unreachable_host("https://appsemble.app/api/apps/1/scim"),
            None
        );
    }

    #[test]
    fn filter_literals_double_their_quotes() {
        assert_eq!(
            quoted("Appsemble - O'Brien's app"),
            "'Appsemble - O''Brien''s app'"
        );
    }
}
