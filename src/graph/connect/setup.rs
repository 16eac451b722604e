//! The job's settings: Entra's Test Connection, the secrets (then Entra's own check of what it
//! stored), the schema, and start.

use serde_json::{Value, json};

use super::report::{ConnectOptions, EntraFinding};
use crate::graph::client::{Freshness, GraphClient, GraphError};
use crate::graph::paths;
use crate::graph::schema::{MappingChanges, disable_groups, trim_user_mapping, user_targets};

/// The portal's default for accidental-deletion prevention (accidental-deletions.md; the
/// cross-tenant configure guide shows 500): kept on, not switched off.
const DELETE_THRESHOLD: u32 = 500;

fn credentials(options: &ConnectOptions) -> Value {
    json!([
        {"key": "BaseAddress", "value": options.tenant_url.trim()},
        {"key": "SecretToken", "value": options.token.expose()},
    ])
}

/// Reads a refusal of validateCredentials: unreachable from Microsoft's cloud, or refused.
fn refused(options: &ConnectOptions, message: String) -> EntraFinding {
    match unreachable_host(&options.tenant_url) {
        Some(host) => EntraFinding::TestConnectionUnreachable { host },
        None => EntraFinding::TestConnectionRefused { detail: message },
    }
}

/// Entra's own Test Connection, run from Microsoft's cloud before any job exists.
pub(super) async fn test_connection(
    graph: &GraphClient,
    sp: &str,
    options: &ConnectOptions,
) -> EntraFinding {
    let body = json!({
        "templateId": "scim",
        "useSavedCredentials": false,
        "credentials": credentials(options),
    });
    let path = paths::validate_without_job(sp);
    match graph.post(&path, body, Freshness::JustCreated).await {
        Ok(_) => EntraFinding::TestConnectionPasses,
        Err(GraphError::Status {
            status: 400,
            message,
            ..
        }) => refused(options, message),
        Err(error) => EntraFinding::GraphFailed(error),
    }
}

/// After saving: the job's validateCredentials with `useSavedCredentials: true`, so that a token
/// mangled on the way in shows now, not at the first cycle.
pub(super) async fn check_saved(
    graph: &GraphClient,
    sp: &str,
    job: &str,
    options: &ConnectOptions,
) -> EntraFinding {
    let path = paths::validate(sp, job);
    let body = json!({"useSavedCredentials": true});
    match graph.post(&path, body, Freshness::JustCreated).await {
        Ok(_) => EntraFinding::SavedCredentialsWork,
        Err(GraphError::Status {
            status: 400,
            message,
            ..
        }) => match refused(options, message) {
            EntraFinding::TestConnectionRefused { detail } => {
                EntraFinding::SavedCredentialsRefused { detail }
            }
            other => other,
        },
        Err(error) => EntraFinding::GraphFailed(error),
    }
}

/// The host of a Tenant URL that Microsoft's cloud cannot reach: this computer or a private net.
pub(super) fn unreachable_host(tenant_url: &str) -> Option<String> {
    let url = url::Url::parse(tenant_url).ok()?;
    let private = match url.host()? {
        url::Host::Ipv4(ip) => ip.is_loopback() || ip.is_private() || ip.is_link_local(),
        url::Host::Ipv6(ip) => ip.is_loopback() || ip.is_unique_local(),
        url::Host::Domain(name) => name == "localhost" || name.ends_with(".localhost"),
    };
    private.then(|| url.host_str().unwrap_or_default().to_string())
}

/// Tenant URL, token, assigned users only, and notifications with deletion prevention on.
pub(super) async fn save_secrets(
    graph: &GraphClient,
    sp: &str,
    options: &ConnectOptions,
) -> Result<(), GraphError> {
    let mut value = credentials(options).as_array().cloned().unwrap_or_default();
    value.push(json!({"key": "SyncAll", "value": "false"}));
    let mut notifications = json!({
        "Enabled": options.notify.is_some(),
        "DeleteThresholdEnabled": true,
        "DeleteThresholdValue": DELETE_THRESHOLD,
    });
    if let Some(email) = &options.notify {
        // Not on any Learn page: the name the Graph sync author's notes use (graph-fidelity §3.10).
        notifications["Recipients"] = json!(email);
    }
    value.push(json!({"key": "SyncNotificationSettings", "value": notifications.to_string()}));
    graph
        .put(&paths::sync_secrets(sp), json!({ "value": value }))
        .await
        .map(|_| ())
}

/// What the schema edit did.
pub(super) struct SchemaEdit {
    pub changes: MappingChanges,
    pub groups_turned_off: bool,
    pub read_only: bool,
    pub before: Vec<String>,
    pub after: Vec<String>,
}

/// GETs the whole schema (with its directories: a full-replace PUT must carry them), trims the
/// User mapping and turns Group off in editable rules, and PUTs it whole when anything changed.
pub(super) async fn fix_schema(
    graph: &GraphClient,
    sp: &str,
    job: &str,
) -> Result<SchemaEdit, GraphError> {
    let path = paths::schema(sp, job);
    let mut schema = graph.get(&path, Freshness::JustCreated).await?.body;
    if !schema.is_object() {
        return Err(GraphError::NotJson);
    }
    if schema.get("directories").is_none() {
        let expanded = format!("{path}?$expand=directories");
        let full = graph.get(&expanded, Freshness::JustCreated).await?.body;
        if let Some(directories) = full.get("directories") {
            schema["directories"] = directories.clone();
        }
    }
    let before = user_targets(&schema);
    let read_only = crate::graph::schema::has_read_only_rule(&schema);
    // No user mapping at all is not "already right": it is a schema this assistant cannot read.
    if before.is_empty() && !read_only {
        return Err(GraphError::NotJson);
    }
    let changes = trim_user_mapping(&mut schema);
    let groups_turned_off = disable_groups(&mut schema);
    let after = user_targets(&schema);
    if changes.any() || groups_turned_off {
        graph.put(&path, schema).await?;
    }
    Ok(SchemaEdit {
        changes,
        groups_turned_off,
        read_only,
        before,
        after,
    })
}

/// Starts the job when it is not running, with no body (start.md: "Don't supply a request body"
/// and "Use the start job only when the job is currently paused or in quarantine").
pub async fn start_if_stopped(
    graph: &GraphClient,
    sp: &str,
    job: &str,
) -> Result<EntraFinding, GraphError> {
    let status = crate::graph::job_status(graph, sp, job).await?;
    if status.state == "Active" {
        return Ok(EntraFinding::AlreadyRunning);
    }
    graph.post_empty(&paths::start(sp, job)).await?;
    Ok(EntraFinding::Started)
}
