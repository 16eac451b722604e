//! "Do it for me": the Entra half of the setup through Microsoft Graph, in the order graph.md §4
//! gives, each step reported. Running it again changes nothing that is already right.

use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::{Value, json};

use super::client::{Freshness, GraphClient, GraphError};
use super::schema::{MappingChanges, disable_groups, trim_user_mapping};
use crate::probe::Status;
use crate::secret::Secret;

/// The template of "Integrate any other application you don't find in the gallery" (entra.md §2).
pub const CUSTOM_APP_TEMPLATE: &str = "8adf8e6e-67b2-4cf2-a259-e3dc5476c621";
/// The custom app's "User" role, used only when the service principal does not list its roles.
const USER_ROLE_FALLBACK: &str = "18d14569-c3bd-439b-9a66-3a2aee01d14f";

/// The steps of `entra connect`, in order. Stable ids: scripts rely on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    SignIn,
    App,
    Replication,
    TestConnection,
    Job,
    Secrets,
    Mappings,
    GroupsOff,
    Assign,
    Start,
}

impl StepId {
    pub const ALL: [StepId; 10] = [
        StepId::SignIn,
        StepId::App,
        StepId::Replication,
        StepId::TestConnection,
        StepId::Job,
        StepId::Secrets,
        StepId::Mappings,
        StepId::GroupsOff,
        StepId::Assign,
        StepId::Start,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StepId::SignIn => "sign-in",
            StepId::App => "app",
            StepId::Replication => "replication",
            StepId::TestConnection => "test-connection",
            StepId::Job => "job",
            StepId::Secrets => "secrets",
            StepId::Mappings => "mappings",
            StepId::GroupsOff => "groups-off",
            StepId::Assign => "assign",
            StepId::Start => "start",
        }
    }
}

/// What one step found or did, as data; `messages` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntraFinding {
    SignedIn,
    AppFound {
        name: String,
    },
    AppCreated {
        name: String,
    },
    Replicated {
        waits: u32,
    },
    TestConnectionPasses,
    /// Entra reached the server, which refused (Appsemble's answer in `detail`).
    TestConnectionRefused {
        detail: String,
    },
    /// The server is on this computer or a private network: Entra's cloud cannot reach it.
    TestConnectionUnreachable {
        host: String,
    },
    JobReused {
        id: String,
    },
    JobCreated {
        id: String,
    },
    SecretsSaved {
        notify: Option<String>,
    },
    MappingsFixed(MappingChanges),
    MappingsAlreadyRight,
    GroupsTurnedOff,
    GroupsAlreadyOff,
    Assigned {
        added: usize,
        already: usize,
    },
    NobodyToAssign,
    NotInTenant {
        name: String,
    },
    Started,
    StartNotAsked,
    GraphFailed(GraphError),
    Skipped {
        because: StepId,
    },
}

impl EntraFinding {
    pub fn status(&self) -> Status {
        use EntraFinding::*;
        match self {
            TestConnectionRefused { .. }
            | TestConnectionUnreachable { .. }
            | NotInTenant { .. }
            | GraphFailed(_) => Status::Fail,
            NobodyToAssign => Status::Warn,
            Skipped { .. } | StartNotAsked => Status::Skip,
            _ => Status::Pass,
        }
    }
}

/// One step's outcome and how long it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntraStep {
    pub id: StepId,
    pub finding: EntraFinding,
    pub elapsed: Duration,
}

/// What `connect` needs.
#[derive(Clone, Debug)]
pub struct ConnectOptions {
    pub tenant_url: String,
    pub token: Secret,
    /// The enterprise application's display name.
    pub name: String,
    /// User principal names (with `@`) or group display names.
    pub assign: Vec<String>,
    pub notify: Option<String>,
    pub start: bool,
}

/// Everything `connect` did, with the ids to find it again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConnectReport {
    pub steps: Vec<EntraStep>,
    pub service_principal_id: Option<String>,
    pub application_id: Option<String>,
    pub job_id: Option<String>,
    /// The user attribute mappings before and after (target names), for step 7.
    pub mappings_before: Vec<String>,
    pub mappings_after: Vec<String>,
}

impl ConnectReport {
    pub fn ok(&self) -> bool {
        self.steps
            .iter()
            .all(|s| s.finding.status() != Status::Fail)
    }

    fn record(&mut self, id: StepId, started: Instant, finding: EntraFinding) -> bool {
        let ok = finding.status() != Status::Fail;
        self.steps.push(EntraStep {
            id,
            finding,
            elapsed: started.elapsed(),
        });
        ok
    }

    /// Marks every step not yet recorded as skipped because of `because`.
    fn skip_rest(&mut self, because: StepId) {
        for id in StepId::ALL {
            if !self.steps.iter().any(|s| s.id == id) {
                self.steps.push(EntraStep {
                    id,
                    finding: EntraFinding::Skipped { because },
                    elapsed: Duration::ZERO,
                });
            }
        }
    }
}

/// A found or created enterprise application.
#[derive(Clone, Debug)]
pub struct ServicePrincipal {
    pub id: String,
    pub app_id: String,
    pub user_role: String,
}

impl ServicePrincipal {
    fn from_json(json: &Value) -> Option<Self> {
        let user_role = json["appRoles"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["value"] == "User" || r["displayName"] == "User")
            .and_then(|r| r["id"].as_str())
            .unwrap_or(USER_ROLE_FALLBACK)
            .to_string();
        Some(Self {
            id: json["id"].as_str()?.to_string(),
            app_id: json["appId"].as_str().unwrap_or_default().to_string(),
            user_role,
        })
    }
}

/// Graph's `$filter` string literal: single quotes doubled.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The non-gallery enterprise application with this display name, if it exists.
pub async fn find_app(
    graph: &GraphClient,
    name: &str,
) -> Result<Option<ServicePrincipal>, GraphError> {
    let filter = format!(
        "displayName eq {} and applicationTemplateId eq '{CUSTOM_APP_TEMPLATE}'",
        quoted(name)
    );
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("$filter", &filter)
        .append_pair("$select", "id,appId,displayName,appRoles")
        .finish();
    let answer = graph
        .get(&format!("servicePrincipals?{query}"), Freshness::Settled)
        .await?;
    Ok(answer.body["value"]
        .as_array()
        .and_then(|found| found.first())
        .and_then(ServicePrincipal::from_json))
}

/// The `scim` provisioning job of an enterprise application, if it has one.
pub async fn find_job(graph: &GraphClient, sp: &str) -> Result<Option<String>, GraphError> {
    let answer = graph
        .get(
            &format!("servicePrincipals/{sp}/synchronization/jobs"),
            Freshness::Settled,
        )
        .await?;
    Ok(answer.body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|job| job["templateId"] == "scim")
        .and_then(|job| job["id"].as_str())
        .map(str::to_string))
}

/// Sets up provisioning from Entra to the Appsemble app, step by step; stops at the first failure.
pub async fn connect(graph: &GraphClient, options: &ConnectOptions) -> ConnectReport {
    let mut report = ConnectReport::default();
    report.record(StepId::SignIn, Instant::now(), EntraFinding::SignedIn);
    if let Err(failed) = run_steps(graph, options, &mut report).await {
        report.skip_rest(failed);
    }
    report
}

/// The steps after sign-in; `Err` names the step that failed.
async fn run_steps(
    graph: &GraphClient,
    options: &ConnectOptions,
    report: &mut ConnectReport,
) -> Result<(), StepId> {
    let started = Instant::now();
    let (sp, created) = match app(graph, &options.name).await {
        Ok(found) => found,
        Err(error) => {
            report.record(StepId::App, started, EntraFinding::GraphFailed(error));
            return Err(StepId::App);
        }
    };
    let name = options.name.clone();
    let finding = if created {
        EntraFinding::AppCreated { name }
    } else {
        EntraFinding::AppFound { name }
    };
    report.record(StepId::App, started, finding);
    report.service_principal_id = Some(sp.id.clone());
    report.application_id = Some(sp.app_id.clone());

    let started = Instant::now();
    let freshness = if created {
        Freshness::JustCreated
    } else {
        Freshness::Settled
    };
    let replicated = graph
        .get(&format!("servicePrincipals/{}", sp.id), freshness)
        .await
        .map(|answer| EntraFinding::Replicated {
            waits: answer.retries,
        })
        .unwrap_or_else(EntraFinding::GraphFailed);
    step(report, StepId::Replication, started, replicated)?;

    let started = Instant::now();
    let tested = test_connection(graph, &sp.id, options).await;
    step(report, StepId::TestConnection, started, tested)?;

    let started = Instant::now();
    let (job, finding) = match job(graph, &sp.id).await {
        Ok((job, true)) => (job.clone(), EntraFinding::JobCreated { id: job }),
        Ok((job, false)) => (job.clone(), EntraFinding::JobReused { id: job }),
        Err(error) => (String::new(), EntraFinding::GraphFailed(error)),
    };
    step(report, StepId::Job, started, finding)?;
    report.job_id = Some(job.clone());

    // Secrets, the schema and the assignments do not depend on one another: at the same time.
    let started = Instant::now();
    let (saved, schema, assigned) = tokio::join!(
        save_secrets(graph, &sp.id, options),
        fix_schema(graph, &sp.id, &job),
        assign(graph, &sp, &options.assign),
    );
    let saved = saved
        .map(|()| EntraFinding::SecretsSaved {
            notify: options.notify.clone(),
        })
        .unwrap_or_else(EntraFinding::GraphFailed);
    let mut ok = report.record(StepId::Secrets, started, saved);
    match schema {
        Ok((changes, groups_turned_off, before, after)) => {
            report.mappings_before = before;
            report.mappings_after = after;
            let mappings = if changes.any() {
                EntraFinding::MappingsFixed(changes)
            } else {
                EntraFinding::MappingsAlreadyRight
            };
            report.record(StepId::Mappings, started, mappings);
            let groups = if groups_turned_off {
                EntraFinding::GroupsTurnedOff
            } else {
                EntraFinding::GroupsAlreadyOff
            };
            report.record(StepId::GroupsOff, started, groups);
        }
        Err(error) => {
            ok = false;
            report.record(StepId::Mappings, started, EntraFinding::GraphFailed(error));
        }
    }
    ok &= report.record(StepId::Assign, started, assigned);
    if !ok {
        let failed = report
            .steps
            .iter()
            .find(|s| s.finding.status() == Status::Fail)
            .map_or(StepId::Assign, |s| s.id);
        return Err(failed);
    }

    let started = Instant::now();
    let start = if options.start {
        graph
            .post(
                &format!(
                    "servicePrincipals/{}/synchronization/jobs/{job}/start",
                    sp.id
                ),
                Value::Null,
                Freshness::Settled,
            )
            .await
            .map(|_| EntraFinding::Started)
            .unwrap_or_else(EntraFinding::GraphFailed)
    } else {
        EntraFinding::StartNotAsked
    };
    step(report, StepId::Start, started, start)?;
    Ok(())
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

/// Finds the enterprise application by name, else instantiates the custom-app template once.
async fn app(graph: &GraphClient, name: &str) -> Result<(ServicePrincipal, bool), GraphError> {
    if let Some(found) = find_app(graph, name).await? {
        return Ok((found, false));
    }
    let answer = graph
        .post(
            &format!("applicationTemplates/{CUSTOM_APP_TEMPLATE}/instantiate"),
            json!({ "displayName": name }),
            Freshness::Settled,
        )
        .await?;
    ServicePrincipal::from_json(&answer.body["servicePrincipal"])
        .map(|sp| (sp, true))
        .ok_or(GraphError::NotJson)
}

/// Entra's own Test Connection, run from Microsoft's cloud before any job exists.
async fn test_connection(graph: &GraphClient, sp: &str, options: &ConnectOptions) -> EntraFinding {
    let body = json!({
        "templateId": "scim",
        "useSavedCredentials": false,
        "credentials": credentials(options),
    });
    let path = format!("servicePrincipals/{sp}/synchronization/jobs/validateCredentials");
    match graph.post(&path, body, Freshness::JustCreated).await {
        Ok(_) => EntraFinding::TestConnectionPasses,
        Err(GraphError::Status {
            status: 400,
            message,
            ..
        }) => match unreachable_host(&options.tenant_url) {
            Some(host) => EntraFinding::TestConnectionUnreachable { host },
            None => EntraFinding::TestConnectionRefused { detail: message },
        },
        Err(error) => EntraFinding::GraphFailed(error),
    }
}

/// The host of a Tenant URL that Microsoft's cloud cannot reach: this computer or a private net.
fn unreachable_host(tenant_url: &str) -> Option<String> {
    let url = url::Url::parse(tenant_url).ok()?;
    let private = match url.host()? {
        url::Host::Ipv4(ip) => ip.is_loopback() || ip.is_private() || ip.is_link_local(),
        url::Host::Ipv6(ip) => ip.is_loopback() || ip.is_unique_local(),
        url::Host::Domain(name) => name == "localhost" || name.ends_with(".localhost"),
    };
    private.then(|| url.host_str().unwrap_or_default().to_string())
}

fn credentials(options: &ConnectOptions) -> Value {
    json!([
        {"key": "BaseAddress", "value": options.tenant_url.trim()},
        {"key": "SecretToken", "value": options.token.expose()},
    ])
}

/// Reuses the `scim` job, else creates one (never a second) and waits until it replicated.
async fn job(graph: &GraphClient, sp: &str) -> Result<(String, bool), GraphError> {
    if let Some(found) = find_job(graph, sp).await? {
        return Ok((found, false));
    }
    let answer = graph
        .post(
            &format!("servicePrincipals/{sp}/synchronization/jobs"),
            json!({ "templateId": "scim" }),
            Freshness::JustCreated,
        )
        .await?;
    let id = answer.body["id"]
        .as_str()
        .ok_or(GraphError::NotJson)?
        .to_string();
    graph
        .get(
            &format!("servicePrincipals/{sp}/synchronization/jobs/{id}"),
            Freshness::JustCreated,
        )
        .await?;
    Ok((id, true))
}

/// Tenant URL, token, assigned users only, and the notification email when given.
async fn save_secrets(
    graph: &GraphClient,
    sp: &str,
    options: &ConnectOptions,
) -> Result<(), GraphError> {
    let mut value = credentials(options).as_array().cloned().unwrap_or_default();
    value.push(json!({"key": "SyncAll", "value": "false"}));
    let notifications = match &options.notify {
        // The recipient key's name is not documented (entra.md §2): "Recipients" as the portal saves it.
        Some(email) => {
            json!({"Enabled": true, "Recipients": email, "DeleteThresholdEnabled": false})
        }
        None => json!({"Enabled": false, "DeleteThresholdEnabled": false}),
    };
    value.push(json!({"key": "SyncNotificationSettings", "value": notifications.to_string()}));
    graph
        .put(
            &format!("servicePrincipals/{sp}/synchronization/secrets"),
            json!({ "value": value }),
        )
        .await
        .map(|_| ())
}

/// GETs the whole schema, trims the User mapping and turns Group off, and PUTs it whole when
/// anything changed (never PATCH: Graph answers 404, graph.md §3).
async fn fix_schema(
    graph: &GraphClient,
    sp: &str,
    job: &str,
) -> Result<(MappingChanges, bool, Vec<String>, Vec<String>), GraphError> {
    let path = format!("servicePrincipals/{sp}/synchronization/jobs/{job}/schema");
    let mut schema = graph.get(&path, Freshness::JustCreated).await?.body;
    let before = super::schema::user_targets(&schema);
    let changes = trim_user_mapping(&mut schema);
    let groups = disable_groups(&mut schema);
    let after = super::schema::user_targets(&schema);
    if changes.any() || groups {
        graph.put(&path, schema).await?;
    }
    Ok((changes, groups, before, after))
}

/// Assigns each named user or group with the app's "User" role (not "Default Access", which
/// provisioning leaves out); an assignment that already exists counts as done.
async fn assign(graph: &GraphClient, sp: &ServicePrincipal, names: &[String]) -> EntraFinding {
    if names.is_empty() {
        return EntraFinding::NobodyToAssign;
    }
    let (mut added, mut already) = (0, 0);
    for name in names {
        let principal = match principal_id(graph, name).await {
            Ok(Some(id)) => id,
            Ok(None) => return EntraFinding::NotInTenant { name: name.clone() },
            Err(error) => return EntraFinding::GraphFailed(error),
        };
        let body =
            json!({"principalId": principal, "resourceId": sp.id, "appRoleId": sp.user_role});
        let path = format!("servicePrincipals/{}/appRoleAssignedTo", sp.id);
        match graph.post(&path, body, Freshness::JustCreated).await {
            Ok(_) => added += 1,
            Err(GraphError::Status {
                status: 400,
                message,
                ..
            }) if message.contains("already exists") => already += 1,
            Err(error) => return EntraFinding::GraphFailed(error),
        }
    }
    EntraFinding::Assigned { added, already }
}

/// A user by principal name (it has an `@`), else a group by display name.
async fn principal_id(graph: &GraphClient, name: &str) -> Result<Option<String>, GraphError> {
    if name.contains('@') {
        let path = format!("users/{}?$select=id", urlencode(name));
        return match graph.get(&path, Freshness::Settled).await {
            Ok(answer) => Ok(answer.body["id"].as_str().map(str::to_string)),
            Err(GraphError::Status { status: 404, .. }) => Ok(None),
            Err(error) => Err(error),
        };
    }
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("$filter", &format!("displayName eq {}", quoted(name)))
        .append_pair("$select", "id")
        .finish();
    let answer = graph
        .get(&format!("groups?{query}"), Freshness::Settled)
        .await?;
    Ok(answer.body["value"][0]["id"].as_str().map(str::to_string))
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
