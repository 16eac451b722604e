//! Every SCIM connection at a glance: the apps of one or more organisations, each checked with
//! what only reads (the SCIM switch, the security definition, the live test with the app's own
//! token, the number of SCIM users), concurrently and each within one deadline, so that a partner
//! with hundreds of apps sees which connections need them without asking app by app.
//!
//! Nothing here writes: the rehearsal (which creates and deletes a test user) runs only for the
//! apps named in [`FleetOptions::rehearse`].

mod app;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::task::JoinSet;

pub use app::{AppHealth, Failure, Health, Unchecked};

use crate::appsemble::{App, AppsembleClient, AppsembleError, Organization};
use crate::probe::{ProbeContext, ProbeOptions};

/// Apps checked at the same time unless told otherwise: enough for 300 apps to finish within a
/// few times one app's chain, few enough not to crowd one Appsemble server.
pub const DEFAULT_CONCURRENCY: u16 = 32;

/// The longest one app's checks may take together, unless told otherwise.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(20);

/// What to survey and how.
#[derive(Clone, Debug)]
pub struct FleetOptions {
    /// Organisation ids; empty: every organisation the account belongs to.
    pub organizations: Vec<String>,
    pub concurrency: usize,
    /// Over all of one app's requests; an app that takes longer is reported as timed out.
    pub deadline: Duration,
    /// Apps whose check includes the rehearsal (it writes a test user and deletes it).
    pub rehearse: BTreeSet<u64>,
    pub probe: ProbeOptions,
}

impl Default for FleetOptions {
    fn default() -> Self {
        Self {
            organizations: Vec::new(),
            concurrency: usize::from(DEFAULT_CONCURRENCY),
            deadline: DEFAULT_DEADLINE,
            rehearse: BTreeSet::new(),
            probe: ProbeOptions::default(),
        }
    }
}

/// Why there is no survey at all.
#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    /// Client credentials cannot list the account's organisations: name them.
    #[error("client credentials cannot list organisations")]
    NameTheOrganizations,
    #[error(transparent)]
    Appsemble(#[from] AppsembleError),
}

/// Every app surveyed, in organisation and app order.
#[derive(Clone, Debug, Default)]
pub struct Fleet {
    pub apps: Vec<AppHealth>,
    /// True with client credentials: only public apps are listed, and no app's SCIM secret can
    /// be read (appsemble-api.md §1.4).
    pub client_credentials: bool,
}

/// The numbers at the top of every fleet answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub apps: usize,
    /// Apps known to have SCIM on.
    pub scim_on: usize,
    pub healthy: usize,
    /// SCIM apps whose connection fails or did not answer in time.
    pub failing: usize,
    /// Apps whose SCIM switch this sign-in could not read.
    pub unchecked: usize,
}

impl Fleet {
    pub fn summary(&self) -> Summary {
        let count =
            |want: fn(&Health) -> bool| self.apps.iter().filter(|a| want(&a.health)).count();
        Summary {
            apps: self.apps.len(),
            scim_on: self
                .apps
                .iter()
                .filter(|a| a.scim_enabled == Some(true))
                .count(),
            healthy: count(|h| *h == Health::Healthy),
            failing: count(Health::is_failing),
            unchecked: count(|h| matches!(h, Health::Unchecked(_))),
        }
    }

    /// Every SCIM app is known to be healthy: none fails, and none could hide one.
    pub fn ok(&self) -> bool {
        let summary = self.summary();
        summary.failing == 0 && summary.unchecked == 0
    }
}

/// Lists the apps and checks each, at most `concurrency` at a time, each within `deadline`.
pub async fn survey(
    client: Arc<AppsembleClient>,
    options: &FleetOptions,
) -> Result<Fleet, FleetError> {
    let client_credentials = !client.credentials().is_email_sign_in();
    let listed = list_apps(&client, &options.organizations).await?;
    let permits = Arc::new(Semaphore::new(options.concurrency.max(1)));
    // One HTTP client and TLS setup for every app's checks.
    let context = ProbeContext::new(&options.probe);
    let mut running = JoinSet::new();
    for (index, (organization, app)) in listed.iter().cloned().enumerate() {
        let (client, permits) = (client.clone(), permits.clone());
        let (options, context) = (options.clone(), context.clone());
        running.spawn(async move {
            // The deadline counts from when the app's turn comes, not from the queue.
            let _permit = permits.acquire_owned().await;
            let checked = app::check(&client, &organization, &app, &options, &context).await;
            (index, checked)
        });
    }
    let mut checked: Vec<Option<AppHealth>> = vec![None; listed.len()];
    while let Some(joined) = running.join_next().await {
        if let Ok((index, health)) = joined {
            checked[index] = Some(health);
        }
    }
    // A check that panicked is still reported, never left out.
    let apps = checked
        .into_iter()
        .zip(&listed)
        .map(|(health, (organization, app))| {
            health.unwrap_or_else(|| AppHealth::broken(organization, app))
        })
        .collect();
    Ok(Fleet {
        apps,
        client_credentials,
    })
}

/// The organisations to survey (with the account's role where it is a member) and their apps,
/// read concurrently.
async fn list_apps(
    client: &Arc<AppsembleClient>,
    wanted: &[String],
) -> Result<Vec<(Organization, App)>, FleetError> {
    let organizations = organizations(client, wanted).await?;
    let mut reading = JoinSet::new();
    for (index, organization) in organizations.iter().cloned().enumerate() {
        let client = client.clone();
        reading.spawn(async move {
            let apps = client.organization_apps(&organization.id).await;
            (index, apps)
        });
    }
    let mut per_organization: Vec<Vec<App>> = vec![Vec::new(); organizations.len()];
    while let Some(joined) = reading.join_next().await {
        let Ok((index, apps)) = joined else {
            continue;
        };
        per_organization[index] = apps?;
    }
    Ok(organizations
        .into_iter()
        .zip(per_organization)
        .flat_map(|(organization, apps)| {
            apps.into_iter().map(move |app| (organization.clone(), app))
        })
        .collect())
}

/// The named organisations (the account's role kept where it is a member; none where it is
/// not), or every one the account belongs to.
async fn organizations(
    client: &AppsembleClient,
    wanted: &[String],
) -> Result<Vec<Organization>, FleetError> {
    let mine = match client.organizations().await {
        Ok(mine) => mine,
        Err(AppsembleError::NeedsEmailSignIn) if !wanted.is_empty() => Vec::new(),
        Err(AppsembleError::NeedsEmailSignIn) => return Err(FleetError::NameTheOrganizations),
        Err(error) => return Err(error.into()),
    };
    if wanted.is_empty() {
        return Ok(mine);
    }
    let mut seen = BTreeSet::new();
    Ok(wanted
        .iter()
        .map(|id| id.trim())
        .filter(|id| !id.is_empty() && seen.insert(id.to_string()))
        .map(|id| {
            mine.iter()
                .find(|o| o.id == id)
                .cloned()
                .unwrap_or_else(|| Organization {
                    id: id.to_string(),
                    name: None,
                    role: String::new(),
                })
        })
        .collect())
}
