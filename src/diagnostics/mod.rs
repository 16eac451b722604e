//! Full diagnostics: the live test, then deeper checks that tell an admin before they start
//! whether provisioning will really work (appsemble-api.md §4, §7, §8; entra.md §3–§6).
//!
//! Independent checks run at the same time: server health starts together with the live test, and
//! groups, discovery and the rehearsal start together once the token is accepted.

mod endpoints;
mod leftovers;
mod rehearsal;
mod scim_write;

use std::time::{Duration, Instant, SystemTime};

pub use leftovers::{CLEAN_UP_DEADLINE, CleanUp, Leftovers};
pub use rehearsal::REHEARSAL_USER_PREFIX;

use crate::address::{ServerAddress, inspect_tenant_url};
use crate::appsemble::AppsembleClient;
use crate::mappings::{MappingAction, rows_to};
use crate::probe::{
    CheckId, CheckResult, Finding, ProbeContext, ProbeOptions, Status, TestReport, live_chain,
};
use crate::secret::Secret;

/// How the diagnostics run.
#[derive(Clone, Debug, Default)]
pub struct DiagnoseOptions {
    pub probe: ProbeOptions,
    /// Also rehearse Entra's first sync, which creates and deletes a test user in the app.
    pub rehearse: bool,
    /// Where the rehearsal registers its test user while it exists, for clean-up when stopped.
    pub leftovers: Leftovers,
}

/// The offline comparison of Entra's default mappings with what Appsemble accepts.
pub fn mappings_finding() -> Finding {
    Finding::MappingsNeedChanges {
        delete: rows_to(|a| *a == MappingAction::Delete).len(),
        change: rows_to(|a| matches!(a, MappingAction::Change { .. })).len(),
    }
}

async fn timed<F: std::future::Future<Output = Finding>>(id: CheckId, work: F) -> CheckResult {
    let started = Instant::now();
    let finding = work.await;
    CheckResult {
        id,
        finding,
        elapsed: started.elapsed(),
    }
}

fn skipped(id: CheckId, because: CheckId) -> CheckResult {
    CheckResult {
        id,
        finding: Finding::Skipped { because },
        elapsed: Duration::ZERO,
    }
}

/// Runs the live test and every deeper check, and returns them in report order.
pub async fn diagnose(
    tenant_input: &str,
    token: &Secret,
    options: &DiagnoseOptions,
    signed_in: Option<&AppsembleClient>,
) -> TestReport {
    let context = ProbeContext::new(&options.probe);
    diagnose_in(&context, tenant_input, token, options, signed_in).await
}

/// [`diagnose`] with an HTTP client and TLS setup shared with other runs (the fleet's apps).
pub async fn diagnose_in(
    context: &ProbeContext,
    tenant_input: &str,
    token: &Secret,
    options: &DiagnoseOptions,
    signed_in: Option<&AppsembleClient>,
) -> TestReport {
    let started_at = SystemTime::now();
    let started = Instant::now();
    let server = inspect_tenant_url(tenant_input).tenant.map(|t| t.server());

    let health = async {
        let started = Instant::now();
        match (&server, &context.http) {
            (Some(server), Some(http)) => {
                let (finding, version) = endpoints::health(http, server).await;
                let result = CheckResult {
                    id: CheckId::Health,
                    finding,
                    elapsed: started.elapsed(),
                };
                (result, version)
            }
            _ => (skipped(CheckId::Health, CheckId::Url), None),
        }
    };
    let ((mut checks, chain), (health, version)) =
        tokio::join!(live_chain(context, tenant_input, token, signed_in), health);

    let blocker = checks
        .iter()
        .find(|c| c.status() == Status::Fail)
        .map_or(CheckId::Auth, |c| c.id);
    let deeper = match (&chain.tenant, &context.http, chain.auth_accepted) {
        (Some(tenant), Some(http), true) => {
            let rehearsal = async {
                if options.rehearse {
                    rehearsal::rehearse(http, tenant, token, version.clone(), &options.leftovers)
                        .await
                } else {
                    Finding::RehearsalNotRequested
                }
            };
            let (groups, discovery, rehearsal) = tokio::join!(
                timed(CheckId::Groups, endpoints::groups(http, tenant, token)),
                timed(
                    CheckId::Discovery,
                    endpoints::discovery(http, tenant, token)
                ),
                timed(CheckId::Rehearsal, rehearsal),
            );
            vec![groups, discovery, rehearsal]
        }
        _ => [CheckId::Groups, CheckId::Discovery, CheckId::Rehearsal]
            .into_iter()
            .map(|id| skipped(id, blocker))
            .collect(),
    };
    checks.push(health);
    checks.extend(deeper);
    checks.push(CheckResult {
        id: CheckId::Mappings,
        finding: mappings_finding(),
        elapsed: Duration::ZERO,
    });
    sort_for_report(&mut checks);
    TestReport {
        tenant_url: tenant_input.trim().to_string(),
        checks,
        server_version: version,
        started_at,
        elapsed: started.elapsed(),
    }
}

/// Live-test checks first, then the deeper ones, each in its declared order.
fn sort_for_report(checks: &mut [CheckResult]) {
    let order: Vec<CheckId> = CheckId::LIVE_TEST
        .into_iter()
        .chain(CheckId::DEEPER)
        .collect();
    checks.sort_by_key(|c| order.iter().position(|id| *id == c.id));
}

/// The Appsemble server of a Tenant URL, for reports.
pub fn server_of(tenant_input: &str) -> Option<ServerAddress> {
    inspect_tenant_url(tenant_input).tenant.map(|t| t.server())
}
