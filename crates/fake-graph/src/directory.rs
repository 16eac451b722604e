//! The directory side of the fake Graph: the tenant, its people and groups, app registrations,
//! enterprise applications (service principals), their owners and app-role assignments.

use std::collections::HashMap;
use std::time::Instant;

use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde_json::{Value, json};

use crate::filters::{filter_literal, matches_filter};
use crate::{
    Assignment, FakeServicePrincipal, GraphState, ME, TENANT_ID, USER_ROLE, error, no_content,
    not_found, ok, replicated,
};

/// Routes the directory calls; `None` when the path is not one of them.
pub fn route(
    state: &mut GraphState,
    method: &Method,
    segments: &[&str],
    query: &HashMap<String, String>,
    body: &Value,
) -> Option<Response> {
    let filter = query.get("$filter").map(String::as_str).unwrap_or_default();
    Some(match (method.clone(), segments) {
        (Method::GET, ["organization"]) => {
            ok(StatusCode::OK, json!({"value": [{"id": TENANT_ID}]}))
        }
        // user-get.md: `/me` is the signed-in user (the properties the assistant selects).
        (Method::GET, ["me"]) => match state.user(ME) {
            Some(me) => ok(
                StatusCode::OK,
                json!({"id": ME, "userPrincipalName": me.user_principal_name,
                    "displayName": format!("{} {}", me.given_name, me.surname)}),
            ),
            None => not_found(),
        },
        (Method::POST, ["applicationTemplates", template, "instantiate"]) => {
            instantiate(state, template, body)
        }
        (Method::GET, ["servicePrincipals"]) => list_service_principals(state, filter),
        (Method::GET, [by_app_id]) if by_app_id.starts_with("servicePrincipals(appId=") => {
            service_principal_by_app_id(state, by_app_id)
        }
        (Method::GET, [by_app_id]) if by_app_id.starts_with("applications(appId=") => {
            let app_id = key_of(by_app_id, "applications(appId='");
            match state.applications.iter().find(|a| a["appId"] == app_id) {
                Some(app) => ok(StatusCode::OK, app.clone()),
                None => not_found(),
            }
        }
        (Method::GET, ["applications", id, "owners"]) => {
            match state.applications.iter().find(|a| a["id"] == *id) {
                Some(app) => ok(StatusCode::OK, json!({"value": app["owners"].clone()})),
                None => not_found(),
            }
        }
        (Method::PATCH, ["applications", id]) => {
            match state.applications.iter_mut().find(|a| a["id"] == *id) {
                Some(app) => {
                    for (key, value) in body.as_object().into_iter().flatten() {
                        app[key] = value.clone();
                    }
                    no_content()
                }
                None => not_found(),
            }
        }
        (Method::POST, ["applications"]) => {
            let mut app = body.clone();
            app["id"] = json!(state.next_id());
            app["appId"] = json!(state.next_id());
            app["owners"] = json!([{"id": ME}]);
            app["passwordCredentials"] = json!([]);
            app["keyCredentials"] = json!([]);
            state.applications.push(app.clone());
            state.backing_lag_left = state.backing_lag;
            ok(StatusCode::CREATED, app)
        }
        (Method::POST, ["servicePrincipals"]) => app_service_principal(state, body),
        (Method::GET, ["servicePrincipals", sp]) => get_service_principal(state, sp),
        (Method::GET, ["servicePrincipals", sp, "owners"]) => {
            match state.service_principals.iter().find(|s| s.id == *sp) {
                Some(found) => {
                    let owners: Vec<Value> =
                        found.owners.iter().map(|o| json!({"id": o})).collect();
                    ok(StatusCode::OK, json!({"value": owners}))
                }
                None => not_found(),
            }
        }
        (Method::GET, ["servicePrincipals", sp, "appRoleAssignedTo"]) => {
            let value: Vec<Value> = state
                .assignments
                .iter()
                .filter(|a| a.resource == *sp)
                .map(|a| json!({"principalId": a.principal, "appRoleId": a.role, "resourceId": a.resource}))
                .collect();
            ok(StatusCode::OK, json!({"value": value}))
        }
        (Method::POST, ["servicePrincipals", sp, "appRoleAssignedTo"]) => assign(state, sp, body),
        (Method::GET, ["users", upn]) => match state.user(upn) {
            Some(user) => ok(
                StatusCode::OK,
                json!({"id": user.id, "userPrincipalName": user.user_principal_name}),
            ),
            None => not_found(),
        },
        (Method::GET, ["groups", id]) => match state.groups.iter().find(|g| g.id == *id) {
            Some(group) => ok(
                StatusCode::OK,
                json!({"id": group.id, "displayName": group.display_name}),
            ),
            None => not_found(),
        },
        (Method::GET, ["groups"]) => {
            let value: Vec<Value> = state
                .groups
                .iter()
                .filter(|g| matches_filter(filter, &[("displayName", &g.display_name)]))
                .map(|g| json!({"id": g.id, "displayName": g.display_name}))
                .collect();
            ok(StatusCode::OK, json!({"value": value}))
        }
        (Method::GET, ["users"]) => {
            let value: Vec<Value> = state
                .users
                .iter()
                .filter(|u| {
                    let name = format!("{} {}", u.given_name, u.surname);
                    matches_filter(
                        filter,
                        &[
                            ("displayName", &name),
                            ("userPrincipalName", &u.user_principal_name),
                        ],
                    )
                })
                .map(|u| {
                    json!({"id": u.id, "userPrincipalName": u.user_principal_name,
                           "displayName": format!("{} {}", u.given_name, u.surname)})
                })
                .collect();
            ok(StatusCode::OK, json!({"value": value}))
        }
        _ => return None,
    })
}

fn key_of<'a>(segment: &'a str, prefix: &str) -> &'a str {
    segment.trim_start_matches(prefix).trim_end_matches("')")
}

/// `POST /servicePrincipals` for an app registration: right after the app was made it answers
/// 400 `NoBackingApplicationObject` `backing_lag` times (replication; third-party reports quoted in
/// graph-fidelity.md R23), then creates; 409 when it exists.
fn app_service_principal(state: &mut GraphState, body: &Value) -> Response {
    let app_id = body["appId"].clone();
    if state.backing_lag_left > 0 {
        state.backing_lag_left -= 1;
        return error(
            StatusCode::BAD_REQUEST,
            "NoBackingApplicationObject",
            "The appId of the service principal does not reference a valid application object.",
        );
    }
    if state
        .app_service_principals
        .iter()
        .any(|sp| sp["appId"] == app_id)
    {
        return error(
            StatusCode::CONFLICT,
            "Request_MultipleObjectsWithSameKeyValue",
            "The service principal already exists.",
        );
    }
    let sp = json!({"id": state.next_id(), "appId": app_id});
    state.app_service_principals.push(sp.clone());
    ok(StatusCode::CREATED, sp)
}

/// The delegated permissions Microsoft Graph publishes, as far as this fake knows them.
pub const GRAPH_SCOPES: [&str; 10] = [
    "Application.ReadWrite.All",
    "AppRoleAssignment.ReadWrite.All",
    "Synchronization.ReadWrite.All",
    "User.Read.All",
    "User.Read",
    "GroupMember.Read.All",
    "AuditLog.Read.All",
    "Directory.Read.All",
    "DelegatedPermissionGrant.ReadWrite.All",
    "Mail.Send",
];

/// Microsoft Graph's own service principal (with its delegated permissions), or one of the
/// tenant's app registrations, looked up as `servicePrincipals(appId='…')`.
fn service_principal_by_app_id(state: &GraphState, segment: &str) -> Response {
    let app_id = key_of(segment, "servicePrincipals(appId='");
    let app_id = app_id.split("')").next().unwrap_or(app_id);
    if app_id == "00000003-0000-0000-c000-000000000000" {
        let scopes: Vec<Value> = GRAPH_SCOPES
            .iter()
        .enumerate()
        .map(|(i, value)| json!({"id": format!("5c0e5bd7-0000-4000-8000-{i:012}"), "value": value, "type": "Admin"}))
        .collect();
        return ok(
            StatusCode::OK,
            json!({"id": "9f7d6b3e-0000-4000-8000-000000000003", "appId": app_id, "oauth2PermissionScopes": scopes}),
        );
    }
    match state
        .app_service_principals
        .iter()
        .find(|sp| sp["appId"] == app_id)
    {
        Some(sp) => ok(StatusCode::OK, sp.clone()),
        None => not_found(),
    }
}

pub fn sp_json(sp: &FakeServicePrincipal) -> Value {
    json!({"id": sp.id, "appId": sp.app_id, "displayName": sp.display_name,
    "applicationTemplateId": sp.template,
    "appRoles": [
        {"id": USER_ROLE, "displayName": "User", "value": null, "allowedMemberTypes": ["User"]},
        {"id": "b9632174-c057-4f7e-951b-be3adc52bfe6", "displayName": "msiam_access", "value": null}
    ]})
}

/// The non-gallery template of the cloud this fake plays; another id is "not found". The caller
/// becomes the owner. With `lose_next_create` the application is made but the answer is a 503.
fn instantiate(state: &mut GraphState, template: &str, body: &Value) -> Response {
    if template != state.cloud_template {
        return error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            "Template not found.",
        );
    }
    let sp = FakeServicePrincipal {
        id: state.next_id(),
        app_id: state.next_id(),
        display_name: body["displayName"]
            .as_str()
            .unwrap_or("Custom app")
            .to_string(),
        template: template.to_string(),
        owners: vec![ME.to_string()],
        created: Instant::now(),
        lag: state.replication_lag,
    };
    let answer = json!({"application": {"appId": sp.app_id, "displayName": sp.display_name},
                        "servicePrincipal": sp_json(&sp)});
    state.service_principals.push(sp);
    state.created_count += 1;
    if state.lose_next_create {
        state.lose_next_create = false;
        return error(StatusCode::SERVICE_UNAVAILABLE, "ServiceUnavailable", "");
    }
    ok(StatusCode::CREATED, answer)
}

/// How long a new application takes to show in lists, however often it is read by id.
const LIST_LAG: std::time::Duration = std::time::Duration::from_millis(100);

/// Both parts of the `$filter` are honoured: display name and template. A new application shows
/// up only once replicated (graph.md §4: lists lag behind a create).
fn list_service_principals(state: &GraphState, filter: &str) -> Response {
    let name = filter_literal(filter, "displayName");
    let template = filter_literal(filter, "applicationTemplateId");
    let value: Vec<Value> = state
        .service_principals
        .iter()
        .filter(|sp| sp.lag == 0 || sp.created.elapsed() >= LIST_LAG)
        .filter(|sp| Some(sp.display_name.as_str()) == name.as_deref())
        .filter(|sp| template.as_deref().is_none_or(|t| t == sp.template))
        .map(sp_json)
        .collect();
    ok(StatusCode::OK, json!({"value": value}))
}

fn get_service_principal(state: &mut GraphState, id: &str) -> Response {
    match state.service_principals.iter_mut().find(|sp| sp.id == id) {
        Some(sp) => {
            if replicated(&mut sp.lag) {
                ok(StatusCode::OK, sp_json(sp))
            } else {
                not_found()
            }
        }
        None => not_found(),
    }
}

/// A second identical assignment is refused with a message the assistant must not read (its text
/// is undocumented); a group needs Entra ID P1/P2 (serviceprincipal-post-approleassignedto.md).
fn assign(state: &mut GraphState, sp: &str, body: &Value) -> Response {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let entry = Assignment {
        resource: sp.to_string(),
        principal: text(&body["principalId"]),
        role: text(&body["appRoleId"]),
        created: Instant::now(),
    };
    if state.assignments.iter().any(|a| a.same(&entry)) {
        return error(
            StatusCode::BAD_REQUEST,
            "Request_BadRequest",
            "One or more properties are invalid.",
        );
    }
    let is_group = state.groups.iter().any(|g| g.id == entry.principal);
    if is_group && !state.premium {
        return error(
            StatusCode::BAD_REQUEST,
            "Request_BadRequest",
            "Group-based assignment requires a premium license.",
        );
    }
    state.assignments.push(entry);
    ok(
        StatusCode::CREATED,
        json!({"id": "assignment", "principalId": body["principalId"]}),
    )
}

impl GraphState {
    /// An enterprise application made by someone else (`owner`), already replicated; its id.
    pub fn plant_app(&mut self, name: &str, owner: &str) -> String {
        let sp = FakeServicePrincipal {
            id: self.next_id(),
            app_id: self.next_id(),
            display_name: name.into(),
            template: self.cloud_template.clone(),
            owners: vec![owner.into()],
            created: Instant::now(),
            lag: 0,
        };
        let id = sp.id.clone();
        self.service_principals.push(sp);
        id
    }

    /// A group anyone may make, with a name that may be taken already; its id.
    pub fn plant_group(&mut self, name: &str) -> String {
        let id = self.next_id();
        self.groups.push(crate::TenantGroup {
            id: id.clone(),
            display_name: name.into(),
        });
        id
    }
}
