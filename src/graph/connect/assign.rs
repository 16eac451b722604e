//! Assigning people and groups: by object id, an existing assignment read from
//! `appRoleAssignedTo` (never recognised by an error message's text: errors.md "your code should
//! not branch based on message values"), and a group name that matches several groups refused.

use serde_json::json;

use super::app::{ServicePrincipal, quoted};
use super::report::EntraFinding;
use crate::graph::client::{Freshness, GraphClient, GraphError};
use crate::graph::paths;

/// Someone to assign, as found in the tenant.
struct Found {
    id: String,
    is_group: bool,
}

/// Assigns each named user or group with the app's "User" role (not "Default Access", which
/// provisioning leaves out).
pub(super) async fn assign(
    graph: &GraphClient,
    sp: &ServicePrincipal,
    names: &[String],
) -> EntraFinding {
    if names.is_empty() {
        return EntraFinding::NobodyToAssign;
    }
    // What exists and whom the names mean do not depend on each other.
    let resolve_all = async {
        let mut all = Vec::new();
        for name in names {
            all.push((name, principal(graph, name).await?));
        }
        Ok::<_, GraphError>(all)
    };
    let (existing, resolved) = tokio::join!(assigned(graph, &sp.id), resolve_all);
    let (existing, resolved) = match (existing, resolved) {
        (Ok(existing), Ok(resolved)) => (existing, resolved),
        (Err(error), _) | (_, Err(error)) => return EntraFinding::GraphFailed(error),
    };
    let (mut added, mut already) = (0, 0);
    for (name, found) in resolved {
        let found = match found {
            Ok(found) => found,
            Err(finding) => return finding,
        };
        if existing
            .iter()
            .any(|(p, role)| *p == found.id && *role == sp.user_role)
        {
            already += 1;
            continue;
        }
        let body = json!({"principalId": found.id, "resourceId": sp.id, "appRoleId": sp.user_role});
        let path = paths::assigned_to(&sp.id);
        match graph.create(&path, body, Freshness::JustCreated).await {
            Ok(_) => added += 1,
            // serviceprincipal-post-approleassignedto.md: groups need Entra ID P1 or P2.
            Err(GraphError::Status {
                status: 400 | 403, ..
            }) if found.is_group => {
                return EntraFinding::GroupNeedsP1 { name: name.clone() };
            }
            Err(error) => return EntraFinding::GraphFailed(error),
        }
    }
    EntraFinding::Assigned { added, already }
}

/// (principal, app role) of every assignment the application has.
async fn assigned(graph: &GraphClient, sp: &str) -> Result<Vec<(String, String)>, GraphError> {
    let path = format!("{}?$select=principalId,appRoleId", paths::assigned_to(sp));
    let answer = graph.get(&path, Freshness::JustCreated).await?;
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    Ok(answer.body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| (text(&a["principalId"]), text(&a["appRoleId"])))
        .collect())
}

/// An object id (user or group), a user's principal name (it has an `@`), or the one group with
/// this display name.
async fn principal(
    graph: &GraphClient,
    name: &str,
) -> Result<Result<Found, EntraFinding>, GraphError> {
    let not_found = || Err(EntraFinding::NotInTenant { name: name.into() });
    let exists = |path: String, is_group: bool| async move {
        match graph.get(&path, Freshness::Settled).await {
            Ok(answer) => Ok(answer.body["id"].as_str().map(|id| Found {
                id: id.to_string(),
                is_group,
            })),
            Err(GraphError::Status { status: 404, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    };
    if uuid::Uuid::parse_str(name).is_ok() {
        let user = exists(paths::user_id(name), false).await?;
        let found = match user {
            Some(user) => Some(user),
            None => exists(paths::group_id(name), true).await?,
        };
        return Ok(found.map_or_else(not_found, Ok));
    }
    if name.contains('@') {
        let user = exists(paths::user_id(name), false).await?;
        return Ok(user.map_or_else(not_found, Ok));
    }
    let filter = format!("displayName eq {}", quoted(name));
    let query = paths::query(Some(&filter), "id", None);
    let answer = graph
        .get(&paths::groups(&query), Freshness::Settled)
        .await?;
    let ids: Vec<String> = answer.body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|g| g["id"].as_str().map(str::to_string))
        .collect();
    Ok(match ids.as_slice() {
        [] => not_found(),
        [id] => Ok(Found {
            id: id.clone(),
            is_group: true,
        }),
        several => Err(EntraFinding::NameAmbiguous {
            name: name.to_string(),
            candidates: several.to_vec(),
        }),
    })
}
