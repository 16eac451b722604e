//! The enterprise application and its provisioning job: reused only when this assistant recorded
//! it or the admin owns the one application of that name (security review M3), created otherwise,
//! and never created twice because a 503 hid a success (graph-fidelity.md risk 8).

use serde_json::{Value, json};

use super::report::EntraFinding;
use crate::graph::client::{Freshness, GraphClient, GraphError};
use crate::graph::paths;

/// The custom app's "User" role, used only when the service principal does not list its roles.
const USER_ROLE_FALLBACK: &str = "18d14569-c3bd-439b-9a66-3a2aee01d14f";
/// How often a create that answered 503/504 is tried again, each time after reading back.
const CREATE_ATTEMPTS: u32 = 4;
/// How often the read-back looks, with back-off: a list lags behind a create (graph.md §4).
const READ_BACKS: u32 = 5;

/// A found or created enterprise application.
#[derive(Clone, Debug)]
pub struct ServicePrincipal {
    pub id: String,
    pub app_id: String,
    pub display_name: String,
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
            display_name: json["displayName"].as_str().unwrap_or_default().to_string(),
            user_role,
        })
    }
}

/// Graph's `$filter` string literal: single quotes doubled.
pub(super) fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

const SELECT: &str = "id,appId,displayName,appRoles,applicationTemplateId";

/// Every non-gallery enterprise application with this display name: a name is only used to offer
/// choices, so all of them are returned.
pub async fn find_apps(
    graph: &GraphClient,
    name: &str,
    template: &str,
) -> Result<Vec<ServicePrincipal>, GraphError> {
    let filter = format!(
        "displayName eq {} and applicationTemplateId eq '{template}'",
        quoted(name)
    );
    let query = paths::query(Some(&filter), SELECT, None);
    let answer = graph
        .get(&paths::service_principals(&query), Freshness::Settled)
        .await?;
    Ok(answer.body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(ServicePrincipal::from_json)
        .collect())
}

/// The enterprise application with this service principal id, when it is a custom-app one.
pub async fn app_by_id(
    graph: &GraphClient,
    id: &str,
    template: &str,
) -> Result<Option<ServicePrincipal>, GraphError> {
    let path = format!("{}?$select={SELECT}", paths::service_principal(id));
    match graph.get(&path, Freshness::Settled).await {
        Ok(answer) if answer.body["applicationTemplateId"] == template => {
            Ok(ServicePrincipal::from_json(&answer.body))
        }
        Ok(_) | Err(GraphError::Status { status: 404, .. }) => Ok(None),
        Err(error) => Err(error),
    }
}

/// Whether the signed-in admin owns the service principal.
async fn owned_by_me(graph: &GraphClient, sp: &str) -> Result<bool, GraphError> {
    let owners_path = paths::service_principal_owners(sp);
    let (me, owners) = tokio::join!(
        graph.get(paths::ME_ID, Freshness::Settled),
        graph.get(&owners_path, Freshness::Settled),
    );
    let me = me?.body["id"].clone();
    Ok(owners?.body["value"]
        .as_array()
        .is_some_and(|o| o.iter().any(|owner| owner["id"] == me)))
}

/// Which enterprise application to configure: (application, created now) or why none is.
pub(super) async fn resolve(
    graph: &GraphClient,
    recorded: Option<&str>,
    name: &str,
    template: &str,
) -> Result<Result<(ServicePrincipal, bool), EntraFinding>, GraphError> {
    if let Some(id) = recorded.map(str::trim).filter(|id| !id.is_empty()) {
        return Ok(match app_by_id(graph, id, template).await? {
            Some(found) => Ok((found, false)),
            None => Err(EntraFinding::AppNotFound { id: id.to_string() }),
        });
    }
    let found = find_apps(graph, name, template).await?;
    match found.as_slice() {
        [] => instantiate(graph, name, template)
            .await
            .map(|sp| Ok((sp, true))),
        [one] if owned_by_me(graph, &one.id).await? => Ok(Ok((one.clone(), false))),
        [one] => Ok(Err(EntraFinding::AppNotOurs { id: one.id.clone() })),
        several => Ok(Err(EntraFinding::AppNameAmbiguous {
            candidates: several.iter().map(|sp| sp.id.clone()).collect(),
        })),
    }
}

/// Instantiates the custom-app template once: after a 503/504 it first reads back whether the
/// application was made after all (instantiate is not idempotent, graph.md §4).
async fn instantiate(
    graph: &GraphClient,
    name: &str,
    template: &str,
) -> Result<ServicePrincipal, GraphError> {
    let path = paths::instantiate(template);
    let mut attempt = 0;
    loop {
        match graph
            .create(&path, json!({ "displayName": name }), Freshness::Settled)
            .await
        {
            Ok(answer) => {
                return ServicePrincipal::from_json(&answer.body["servicePrincipal"])
                    .ok_or(GraphError::NotJson);
            }
            Err(error)
                if matches!(error.status(), Some(503 | 504)) && attempt < CREATE_ATTEMPTS =>
            {
                attempt += 1;
                for look in 0..READ_BACKS {
                    tokio::time::sleep(graph.backoff(look)).await;
                    if let [made] = find_apps(graph, name, template).await?.as_slice() {
                        return Ok(made.clone());
                    }
                }
            }
            Err(error) => return Err(error),
        }
    }
}

/// The `scim` provisioning job of an enterprise application, if it has one.
pub async fn find_job(graph: &GraphClient, sp: &str) -> Result<Option<String>, GraphError> {
    let answer = graph.get(&paths::jobs(sp), Freshness::Settled).await?;
    Ok(answer.body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|job| job["templateId"] == "scim")
        .and_then(|job| job["id"].as_str())
        .map(str::to_string))
}

/// The `scim` template from the application's own list (post-jobs: "The templateId property must
/// match one of the templates created for this application").
async fn scim_template(graph: &GraphClient, sp: &str) -> Result<Option<String>, GraphError> {
    let answer = graph
        .get(&paths::sync_templates(sp), Freshness::JustCreated)
        .await?;
    let templates = answer.body["value"].as_array().cloned().unwrap_or_default();
    Ok(templates
        .iter()
        .find(|t| t["id"] == "scim")
        .or_else(|| templates.iter().find(|t| t["factoryTag"] == "scim"))
        .and_then(|t| t["id"].as_str())
        .map(str::to_string))
}

/// Reuses the `scim` job, else creates one (never a second, also after a 503) and waits until it
/// replicated. `Ok(Err(..))` when the application has no SCIM template.
pub(super) async fn job(
    graph: &GraphClient,
    sp: &str,
) -> Result<Result<(String, bool), EntraFinding>, GraphError> {
    if let Some(found) = find_job(graph, sp).await? {
        return Ok(Ok((found, false)));
    }
    let Some(template) = scim_template(graph, sp).await? else {
        return Ok(Err(EntraFinding::NoScimTemplate));
    };
    let path = paths::jobs(sp);
    let mut attempt = 0;
    let id = loop {
        match graph
            .create(
                &path,
                json!({ "templateId": template }),
                Freshness::JustCreated,
            )
            .await
        {
            Ok(answer) => break answer.body["id"].as_str().map(str::to_string),
            Err(error)
                if matches!(error.status(), Some(503 | 504)) && attempt < CREATE_ATTEMPTS =>
            {
                attempt += 1;
                for look in 0..READ_BACKS {
                    tokio::time::sleep(graph.backoff(look)).await;
                    if let Some(made) = find_job(graph, sp).await? {
                        return Ok(Ok((made, true)));
                    }
                }
            }
            Err(error) => return Err(error),
        }
    };
    let id = id.ok_or(GraphError::NotJson)?;
    graph
        .get(&paths::job(sp, &id), Freshness::JustCreated)
        .await?;
    Ok(Ok((id, true)))
}
