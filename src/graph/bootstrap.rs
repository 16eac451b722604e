//! "Set up access for this tenant": one sign-in with a shared Microsoft client (the bootstrap,
//! graph.md §1.4 C → B, the `m365 setup` pattern) creates a single-tenant public client app
//! registration in the admin's tenant with exactly the delegated Graph permissions this assistant
//! needs, and consents to them for the organisation. Every later sign-in uses that app.

use serde_json::{Value, json};

use super::client::{Freshness, GraphClient, GraphError};

/// Microsoft Graph Command Line Tools: a public client Microsoft publishes for exactly this kind of
/// dynamic consent (graph.md §1.1). Used only to create the tenant's own app, never for provisioning.
pub const BOOTSTRAP_CLIENT_ID: &str = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
/// What the bootstrap sign-in asks for: creating an app and consenting for it.
pub const BOOTSTRAP_SCOPES: [&str; 3] = [
    "https://graph.microsoft.com/Application.ReadWrite.All",
    "https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All",
    "openid",
];
/// Microsoft Graph's application id, the same in every tenant.
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// The delegated permissions the created app gets (graph.md §1.4).
pub const PERMISSIONS: [&str; 6] = [
    "Application.ReadWrite.All",
    "AppRoleAssignment.ReadWrite.All",
    "Synchronization.ReadWrite.All",
    "User.Read.All",
    "GroupMember.Read.All",
    "AuditLog.Read.All",
];
/// The created app's display name.
pub const APP_NAME: &str = "Appsemble SCIM assistant";

/// Creates (or finds) the tenant's app registration and consents to its permissions. Returns its
/// client id (`appId`).
pub async fn set_up_tenant_access(graph: &GraphClient) -> Result<String, GraphError> {
    let graph_sp = graph
        .get(
            &format!("servicePrincipals(appId='{GRAPH_APP_ID}')?$select=id,oauth2PermissionScopes"),
            Freshness::Settled,
        )
        .await?
        .body;
    // Permission ids are read from Graph itself rather than written down here.
    let access: Vec<Value> = graph_sp["oauth2PermissionScopes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|scope| PERMISSIONS.iter().any(|p| scope["value"] == *p))
        .map(|scope| json!({"id": scope["id"], "type": "Scope"}))
        .collect();
    let app = match existing_app(graph).await? {
        Some(app) => app,
        None => {
            graph
                .post(
                    "applications",
                    json!({
                        "displayName": APP_NAME,
                        "signInAudience": "AzureADMyOrg",
                        "isFallbackPublicClient": true,
                        "publicClient": {"redirectUris": ["http://localhost"]},
                        "requiredResourceAccess": [{"resourceAppId": GRAPH_APP_ID, "resourceAccess": access}],
                    }),
                    Freshness::Settled,
                )
                .await?
                .body
        }
    };
    let app_id = app["appId"]
        .as_str()
        .ok_or(GraphError::NotJson)?
        .to_string();
    let sp = match graph
        // Settled: a 409 here means "already there", not "not replicated yet".
        .post(
            "servicePrincipals",
            json!({"appId": app_id}),
            Freshness::Settled,
        )
        .await
    {
        Ok(answer) => answer.body,
        // Already there from an earlier run.
        Err(GraphError::Status { status: 409, .. })
        | Err(GraphError::Status { status: 400, .. }) => {
            graph
                .get(
                    &format!("servicePrincipals(appId='{app_id}')?$select=id"),
                    Freshness::JustCreated,
                )
                .await?
                .body
        }
        Err(error) => return Err(error),
    };
    let grant = json!({
        "clientId": sp["id"],
        "consentType": "AllPrincipals",
        "resourceId": graph_sp["id"],
        "scope": PERMISSIONS.join(" "),
    });
    match graph
        .post("oauth2PermissionGrants", grant, Freshness::JustCreated)
        .await
    {
        Ok(_) | Err(GraphError::Status { status: 409, .. }) => Ok(app_id),
        Err(error) => Err(error),
    }
}

async fn existing_app(graph: &GraphClient) -> Result<Option<Value>, GraphError> {
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("$filter", &format!("displayName eq '{APP_NAME}'"))
        .append_pair("$select", "id,appId")
        .finish();
    let answer = graph
        .get(&format!("applications?{query}"), Freshness::Settled)
        .await?;
    Ok(answer.body["value"]
        .as_array()
        .and_then(|v| v.first())
        .cloned())
}
