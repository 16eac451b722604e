//! "Set up access for this tenant": one sign-in with a shared Microsoft client (the bootstrap,
//! graph.md §1.4) creates a single-tenant public client app registration in the admin's tenant
//! that asks for exactly [`PERMISSIONS`]. Nothing is granted here: the first sign-in with the new
//! app shows Microsoft's own consent screen, so the admin sees what is granted and to whom
//! (security review M1, M2). An app is reused only when this assistant recorded its id and it
//! still looks exactly as this assistant made it (H1): never because of its name.

use serde_json::{Value, json};

use super::client::{Freshness, GraphClient, GraphError};
use super::paths;
use super::permissions::PERMISSIONS;

/// Microsoft Graph Command Line Tools: a public client Microsoft publishes for dynamic consent
/// (graph.md §1.1). Used only to create the tenant's own app, never for provisioning.
pub const BOOTSTRAP_CLIENT_ID: &str = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
/// Microsoft Graph's application id, the same in every tenant.
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// The created app's display name (only shown; never used to find it).
pub const APP_NAME: &str = "Appsemble SCIM assistant";
/// The only redirect the created app has: the loopback sign-in (reply-url.md: the port is ignored
/// for localhost).
pub const REDIRECT: &str = "http://localhost";

/// Why a recorded app registration was not used again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Untrusted {
    /// It no longer exists.
    Gone,
    /// The signed-in admin is not among its owners.
    NotOwner,
    /// It has a client secret or certificate: someone could sign in as it.
    HasCredentials,
    /// It has web or single-page redirects, or other loopback redirects than ours.
    OtherRedirects,
    /// It is no longer limited to this organisation.
    NotSingleTenant,
}

/// What the set-up did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessOutcome {
    Created,
    Reused,
    /// Reused, with its permissions brought up to date with [`PERMISSIONS`].
    PermissionsUpdated,
    /// A new app was made because the recorded one could not be trusted.
    Replaced(Untrusted),
}

/// The tenant's own app registration: what every later sign-in uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantAccess {
    pub client_id: String,
    /// A single-tenant app signs in only at its own tenant (AADSTS50194 on `/organizations`).
    pub tenant_id: String,
    pub outcome: AccessOutcome,
}

/// Creates the tenant's app registration, or reuses `recorded` (a client id this assistant saved)
/// after checking it. `device_code` allows the device-code sign-in for it (off unless asked).
pub async fn set_up_tenant_access(
    graph: &GraphClient,
    recorded: Option<&str>,
    device_code: bool,
) -> Result<TenantAccess, GraphError> {
    let graph_path = paths::service_principal_by_app_id(GRAPH_APP_ID, "id,oauth2PermissionScopes");
    let (organization, me, graph_sp) = tokio::join!(
        graph.get(paths::ORGANIZATION_ID, Freshness::Settled),
        graph.get(paths::ME_ID, Freshness::Settled),
        graph.get(&graph_path, Freshness::Settled),
    );
    let tenant_id = text(&organization?.body["value"][0]["id"]).ok_or(GraphError::NotJson)?;
    let me = text(&me?.body["id"]).ok_or(GraphError::NotJson)?;
    let access = resource_access(&graph_sp?.body);
    let mut outcome = AccessOutcome::Created;
    if let Some(recorded) = recorded.filter(|r| !r.trim().is_empty()) {
        match check_recorded(graph, recorded.trim(), &me).await? {
            Ok(app) => {
                let updated = bring_up_to_date(graph, &app, &access, device_code).await?;
                let outcome = if updated {
                    AccessOutcome::PermissionsUpdated
                } else {
                    AccessOutcome::Reused
                };
                let client_id = text(&app["appId"]).ok_or(GraphError::NotJson)?;
                return Ok(TenantAccess {
                    client_id,
                    tenant_id,
                    outcome,
                });
            }
            Err(why) => outcome = AccessOutcome::Replaced(why),
        }
    }
    let app = graph
        .create(
            paths::APPLICATIONS,
            json!({
                "displayName": APP_NAME,
                "signInAudience": "AzureADMyOrg",
                "isFallbackPublicClient": device_code,
                "publicClient": {"redirectUris": [REDIRECT]},
                "requiredResourceAccess": access,
            }),
            Freshness::Settled,
        )
        .await?
        .body;
    let client_id = text(&app["appId"]).ok_or(GraphError::NotJson)?;
    service_principal(graph, &client_id).await?;
    Ok(TenantAccess {
        client_id,
        tenant_id,
        outcome,
    })
}

fn text(value: &Value) -> Option<String> {
    value.as_str().map(str::to_string)
}

/// `requiredResourceAccess` for [`PERMISSIONS`], with the ids read from Graph itself.
fn resource_access(graph_sp: &Value) -> Value {
    let access: Vec<Value> = graph_sp["oauth2PermissionScopes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|scope| PERMISSIONS.iter().any(|p| scope["value"] == p.name))
        .map(|scope| json!({"id": scope["id"], "type": "Scope"}))
        .collect();
    json!([{"resourceAppId": GRAPH_APP_ID, "resourceAccess": access}])
}

/// The recorded app, when it is still exactly as this assistant made it and the admin owns it.
async fn check_recorded(
    graph: &GraphClient,
    app_id: &str,
    me: &str,
) -> Result<Result<Value, Untrusted>, GraphError> {
    let select = "id,appId,signInAudience,publicClient,web,spa,passwordCredentials,keyCredentials,requiredResourceAccess,isFallbackPublicClient";
    let app = match graph
        .get(
            &paths::application_by_app_id(app_id, select),
            Freshness::Settled,
        )
        .await
    {
        Ok(answer) => answer.body,
        Err(GraphError::Status { status: 404, .. }) => return Ok(Err(Untrusted::Gone)),
        Err(error) => return Err(error),
    };
    let id = text(&app["id"]).ok_or(GraphError::NotJson)?;
    let owners = graph
        .get(&paths::application_owners(&id), Freshness::Settled)
        .await?
        .body;
    let owned = owners["value"]
        .as_array()
        .is_some_and(|o| o.iter().any(|owner| owner["id"] == me));
    let empty = |v: &Value| v.as_array().is_none_or(|a| a.is_empty());
    let verdict = if !owned {
        Err(Untrusted::NotOwner)
    } else if !empty(&app["passwordCredentials"]) || !empty(&app["keyCredentials"]) {
        Err(Untrusted::HasCredentials)
    } else if !empty(&app["web"]["redirectUris"])
        || !empty(&app["spa"]["redirectUris"])
        || app["publicClient"]["redirectUris"] != json!([REDIRECT])
    {
        Err(Untrusted::OtherRedirects)
    } else if app["signInAudience"] != "AzureADMyOrg" {
        Err(Untrusted::NotSingleTenant)
    } else {
        Ok(app)
    };
    Ok(verdict)
}

/// Sets the app's permissions (and device-code setting) to what this version needs; true when
/// anything changed.
async fn bring_up_to_date(
    graph: &GraphClient,
    app: &Value,
    access: &Value,
    device_code: bool,
) -> Result<bool, GraphError> {
    let wanted = |v: &Value| -> Vec<String> {
        let mut ids: Vec<String> = v[0]["resourceAccess"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a["id"].as_str().map(str::to_string))
            .collect();
        ids.sort();
        ids
    };
    let same = wanted(&app["requiredResourceAccess"]) == wanted(access)
        && app["isFallbackPublicClient"].as_bool().unwrap_or(false) == device_code;
    if same {
        return Ok(false);
    }
    let id = text(&app["id"]).ok_or(GraphError::NotJson)?;
    graph
        .patch(
            &paths::application(&id),
            json!({"requiredResourceAccess": access, "isFallbackPublicClient": device_code}),
        )
        .await?;
    Ok(true)
}

/// The app's service principal, so that it shows under Enterprise applications. Right after the
/// app is made Graph may answer 400 `NoBackingApplicationObject` (replication, SupportArticles
/// 404-not-found-error-manage-objects): that is retried with back-off; only 409 means "exists".
async fn service_principal(graph: &GraphClient, app_id: &str) -> Result<(), GraphError> {
    let started = std::time::Instant::now();
    let mut attempt = 0;
    loop {
        match graph
            .create(
                paths::SERVICE_PRINCIPALS,
                json!({"appId": app_id}),
                Freshness::Settled,
            )
            .await
        {
            Ok(_) | Err(GraphError::Status { status: 409, .. }) => return Ok(()),
            Err(GraphError::Status { status, code, .. })
                if (status == 400 && code == "NoBackingApplicationObject"
                    || matches!(status, 503 | 504))
                    && started.elapsed() < graph.policy().replication =>
            {
                tokio::time::sleep(graph.backoff(attempt)).await;
                attempt += 1;
            }
            Err(error) => return Err(error),
        }
    }
}
