//! Replacing the app's token in both places at once: a new token in Appsemble, saved into the
//! Entra job straight away, then proved by Entra's own check of what it stored and by the live
//! test. Appsemble keeps one token per app, so the two cannot overlap; the gap — from Appsemble
//! taking the new token (the old one stops working) to Entra holding it — is measured.

use std::time::{Duration, Instant};

use crate::appsemble::AppsembleClient;
use crate::diagnostics::{DiagnoseOptions, diagnose};
use crate::enable::{EnableError, enable_scim};
use crate::graph::{ConnectOptions, EntraFinding, GraphClient};
use crate::probe::{Status, TestReport};
use crate::secret::Secret;

/// The enterprise application and job that hold the token in Entra.
pub struct EntraJob<'a> {
    pub graph: &'a GraphClient,
    pub service_principal: String,
    pub job: String,
    /// Where Entra mails quarantine notices (saving the token saves this setting again).
    pub notify: Option<String>,
}

/// What each part of the rotation found.
#[derive(Debug)]
pub enum RotateStep {
    /// Appsemble took a new token (or refused: the old one still works).
    AppsembleToken(Result<(), EnableError>),
    /// Entra saved the new token, and its own check of it.
    EntraSecret(EntraFinding),
    EntraCheck(EntraFinding),
    /// Not signed in with Microsoft: Entra must be given the new token by hand.
    EntraByHand,
    /// The live test with the new token.
    LiveTest(Box<TestReport>),
}

impl RotateStep {
    pub fn id(&self) -> &'static str {
        match self {
            RotateStep::AppsembleToken(_) => "appsemble-token",
            RotateStep::EntraSecret(_) | RotateStep::EntraByHand => "entra-secret",
            RotateStep::EntraCheck(_) => "entra-check",
            RotateStep::LiveTest(_) => "live-test",
        }
    }

    pub fn status(&self) -> Status {
        match self {
            RotateStep::AppsembleToken(result) => match result {
                Ok(()) => Status::Pass,
                Err(_) => Status::Fail,
            },
            RotateStep::EntraSecret(finding) | RotateStep::EntraCheck(finding) => finding.status(),
            RotateStep::EntraByHand => Status::Warn,
            RotateStep::LiveTest(report) => match report.ok() {
                true => Status::Pass,
                false => Status::Fail,
            },
        }
    }
}

#[derive(Debug)]
pub struct RotateReport {
    pub tenant_url: Option<String>,
    pub steps: Vec<RotateStep>,
    /// From Appsemble taking the new token to Entra holding it.
    pub gap: Option<Duration>,
    /// The new token (the window keeps using it; the command line prints it only when Entra
    /// does not hold it).
    pub new_token: Option<Secret>,
    /// Entra saved the new token.
    pub entra_has_it: bool,
}

impl RotateReport {
    /// The new token when Entra does not hold it: the admin must paste it.
    pub fn token_to_paste(&self) -> Option<&Secret> {
        self.new_token.as_ref().filter(|_| !self.entra_has_it)
    }

    /// Nothing failed (a token to paste by hand, asked for, is not a failure).
    pub fn ok(&self) -> bool {
        self.steps.iter().all(|s| s.status() != Status::Fail)
    }
}

/// Makes a new token for `app_id` and gives it to `entra` (when signed in with Microsoft).
pub async fn rotate(
    client: &AppsembleClient,
    app_id: u64,
    entra: Option<EntraJob<'_>>,
) -> RotateReport {
    let mut report = RotateReport {
        tenant_url: None,
        steps: Vec::new(),
        gap: None,
        new_token: None,
        entra_has_it: false,
    };
    let outcome = match enable_scim(client, app_id, false).await {
        Ok(outcome) => outcome,
        Err(error) => {
            report.steps.push(RotateStep::AppsembleToken(Err(error)));
            return report;
        }
    };
    let replaced_at = Instant::now();
    report.steps.push(RotateStep::AppsembleToken(Ok(())));
    report.tenant_url = Some(outcome.tenant_url.clone());
    let token = outcome.token;
    report.new_token = Some(token.clone());
    match entra {
        Some(entra) => {
            let options = ConnectOptions {
                tenant_url: outcome.tenant_url.clone(),
                token: token.clone(),
                name: String::new(),
                service_principal_id: Some(entra.service_principal.clone()),
                assign: Vec::new(),
                notify: entra.notify.clone(),
                start: false,
                cloud: crate::graph::Cloud::Global,
            };
            let saved =
                crate::graph::save_token(entra.graph, &entra.service_principal, &options).await;
            // Entra holds the new token from here: the gap ends before its own check runs.
            let held_at = replaced_at.elapsed();
            let checked = if saved.status() == Status::Pass {
                report.gap = Some(held_at);
                report.entra_has_it = true;
                let (sp, job, url) = (&entra.service_principal, &entra.job, &outcome.tenant_url);
                Some(crate::graph::check_saved_credentials(entra.graph, sp, job, url).await)
            } else {
                None
            };
            report.steps.push(RotateStep::EntraSecret(saved));
            report.steps.extend(checked.map(RotateStep::EntraCheck));
        }
        None => report.steps.push(RotateStep::EntraByHand),
    }
    let test = diagnose(
        &outcome.tenant_url,
        &token,
        &DiagnoseOptions::default(),
        Some(client),
    )
    .await;
    report.steps.push(RotateStep::LiveTest(Box::new(test)));
    report
}

/// Both halves of the connection, checked the way each side checks: the live test with the
/// token Appsemble has, and Entra's own check of the token its job holds, with the job's state.
#[derive(Debug)]
pub struct BothHalves {
    pub appsemble: TestReport,
    /// `None`: not signed in with Microsoft, or no enterprise application recorded.
    pub entra: Option<EntraHalf>,
}

#[derive(Debug)]
pub struct EntraHalf {
    pub credentials: EntraFinding,
    pub status: Result<crate::graph::JobStatus, crate::graph::GraphError>,
}

impl BothHalves {
    pub fn ok(&self) -> bool {
        self.appsemble.ok()
            && self.entra.as_ref().is_none_or(|e| {
                e.credentials.status() == Status::Pass
                    && e.status.as_ref().is_ok_and(|s| s.quarantine.is_none())
            })
    }
}

/// Checks both halves at once; `entra` is the Graph client and enterprise application.
pub async fn check_both(
    client: Option<&AppsembleClient>,
    tenant_url: &str,
    token: &Secret,
    entra: Option<(&GraphClient, &str)>,
) -> BothHalves {
    let options = DiagnoseOptions::default();
    let appsemble = diagnose(tenant_url, token, &options, client);
    let entra = async {
        let (graph, sp) = entra?;
        let job = match crate::graph::find_job(graph, sp).await {
            Ok(Some(job)) => job,
            Ok(None) => return None,
            Err(error) => {
                return Some(EntraHalf {
                    credentials: EntraFinding::GraphFailed(error.clone()),
                    status: Err(error),
                });
            }
        };
        let (credentials, status) = tokio::join!(
            crate::graph::check_saved_credentials(graph, sp, &job, tenant_url),
            crate::graph::job_status(graph, sp, &job)
        );
        Some(EntraHalf {
            credentials,
            status,
        })
    };
    let (appsemble, entra) = tokio::join!(appsemble, entra);
    BothHalves { appsemble, entra }
}
