//! One app of the fleet: its SCIM switch and token (an email sign-in reads them), its security
//! definition (from the listing, no request), and with the token the live test and the number of
//! SCIM users — all within one deadline.

use std::time::{Duration, Instant};

use tokio::time::timeout_at;

use super::FleetOptions;
use crate::appsemble::{
    App, AppsembleClient, AppsembleError, Organization, SecurityCheck, check_security,
    role_may_change_secrets,
};
use crate::diagnostics::{CLEAN_UP_DEADLINE, DiagnoseOptions, Leftovers, diagnose_in};
use crate::probe::{Finding, ProbeContext, TestReport};
use crate::secret::Secret;

/// What a partner needs to know about one connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    /// SCIM is off: nothing to look after.
    Off,
    Healthy,
    Failing(Failure),
    /// The app's checks did not finish within the deadline.
    TimedOut,
    /// This sign-in could not read the app's SCIM switch.
    Unchecked(Unchecked),
}

impl Health {
    /// A SCIM app that needs someone: failing or not answering in time.
    pub fn is_failing(&self) -> bool {
        matches!(self, Health::Failing(_) | Health::TimedOut)
    }

    /// Nothing to act on (healthy, or SCIM off).
    pub fn ok(&self) -> bool {
        matches!(self, Health::Off | Health::Healthy)
    }
}

/// Why a SCIM app fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// SCIM is on but Appsemble holds no token, so no request can succeed.
    NoToken,
    /// Appsemble refuses to create users: the definition has no usable `security.default.role`.
    Security,
    /// The live test (or the rehearsal, when asked) failed; its checks say where.
    Connection,
    /// The check itself stopped unexpectedly.
    CheckStopped,
}

/// Why an app's SCIM switch could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unchecked {
    /// Client credentials may not read SCIM secrets (appsemble-api.md §1.4).
    ClientCredentials,
    /// The account's role in the app's organisation may not read secrets (§2, roles).
    Role,
    /// Reading it failed.
    Error(AppsembleError),
}

/// One app, as the fleet view and `fleet --json` show it.
#[derive(Clone, Debug)]
pub struct AppHealth {
    pub app_id: u64,
    pub name: String,
    pub organization: Organization,
    pub security: SecurityCheck,
    /// `None`: not read (see [`Health::Unchecked`], or the deadline came first).
    pub scim_enabled: Option<bool>,
    /// SCIM users, counted with the app's token.
    pub users: Option<u64>,
    pub report: Option<TestReport>,
    pub health: Health,
    /// The app's token, to open the app in the window and to redact reports. Never printed.
    pub token: Option<Secret>,
    pub elapsed: Duration,
}

impl AppHealth {
    fn new(organization: &Organization, app: &App) -> Self {
        Self {
            app_id: app.id,
            name: app.name(),
            organization: organization.clone(),
            security: check_security(&app.definition),
            scim_enabled: None,
            users: None,
            report: None,
            health: Health::Failing(Failure::CheckStopped),
            token: None,
            elapsed: Duration::ZERO,
        }
    }

    /// An app whose check panicked: reported as failing, never left out.
    pub(super) fn broken(organization: &Organization, app: &App) -> Self {
        Self::new(organization, app)
    }
}

/// Checks one app within the deadline. Only reads, unless the options ask to rehearse this app.
pub(super) async fn check(
    client: &AppsembleClient,
    organization: &Organization,
    app: &App,
    options: &FleetOptions,
    context: &ProbeContext,
) -> AppHealth {
    let started = Instant::now();
    let deadline = tokio::time::Instant::from_std(started + options.deadline);
    let mut health = AppHealth::new(organization, app);
    health.health = match timeout_at(deadline, read_switch(client, organization, app.id)).await {
        Err(_) => Health::TimedOut,
        Ok(Err(unchecked)) => Health::Unchecked(unchecked),
        Ok(Ok((false, token))) => {
            health.scim_enabled = Some(false);
            health.token = token;
            Health::Off
        }
        Ok(Ok((true, None))) => {
            health.scim_enabled = Some(true);
            Health::Failing(Failure::NoToken)
        }
        Ok(Ok((true, Some(token)))) => {
            health.scim_enabled = Some(true);
            health.token = Some(token.clone());
            let rehearse = options.rehearse.contains(&app.id);
            let tested = test(client, app.id, &token, rehearse, context, deadline).await;
            match tested {
                None => Health::TimedOut,
                Some((report, users)) => {
                    let verdict = verdict(&health.security, &report);
                    health.users = users.ok();
                    health.report = Some(report);
                    verdict
                }
            }
        }
    };
    health.elapsed = started.elapsed();
    health
}

/// SCIM on or off and the stored token, when this sign-in may read them.
async fn read_switch(
    client: &AppsembleClient,
    organization: &Organization,
    app_id: u64,
) -> Result<(bool, Option<Secret>), Unchecked> {
    if !client.credentials().is_email_sign_in() {
        return Err(Unchecked::ClientCredentials);
    }
    if !role_may_change_secrets(&organization.role) {
        return Err(Unchecked::Role);
    }
    match client.scim_secret(app_id).await {
        Ok(secret) => Ok((secret.enabled, secret.token)),
        Err(AppsembleError::RoleTooLow { .. } | AppsembleError::NotAMember { .. }) => {
            Err(Unchecked::Role)
        }
        Err(error) => Err(Unchecked::Error(error)),
    }
}

/// The live test (with the rehearsal only when asked for this app) and the user count, side by
/// side; `None` when the deadline came first (a rehearsal's test user is then removed).
async fn test(
    client: &AppsembleClient,
    app_id: u64,
    token: &Secret,
    rehearse: bool,
    context: &ProbeContext,
    deadline: tokio::time::Instant,
) -> Option<(TestReport, Result<u64, Finding>)> {
    let tenant_url = client.server().tenant_url(app_id);
    let diagnose_options = DiagnoseOptions {
        probe: context.options.clone(),
        rehearse,
        leftovers: Leftovers::default(),
    };
    let counting = async {
        let http = context.http.as_ref()?;
        Some(crate::watch::user_count(http, &tenant_url, token).await)
    };
    let both = async {
        tokio::join!(
            diagnose_in(context, &tenant_url, token, &diagnose_options, Some(client)),
            counting
        )
    };
    match timeout_at(deadline, both).await {
        Ok((report, users)) => Some((report, users.unwrap_or(Err(Finding::RequestFailed)))),
        Err(_) => {
            diagnose_options.leftovers.clean_up(CLEAN_UP_DEADLINE).await;
            None
        }
    }
}

/// Healthy only when the live test passes and Appsemble can give Entra's users a role.
fn verdict(security: &SecurityCheck, report: &TestReport) -> Health {
    if matches!(security, SecurityCheck::Problem(_)) {
        Health::Failing(Failure::Security)
    } else if report.ok() {
        Health::Healthy
    } else {
        Health::Failing(Failure::Connection)
    }
}
