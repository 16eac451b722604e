//! The calls where Microsoft's cloud talks to the SCIM server: validateCredentials (Entra's Test
//! Connection) and provisionOnDemand, sending Entra-shaped requests (entra.md §3) built from the
//! job's schema as it stands.

use std::time::Duration;

use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Map, Value, json};

use crate::{Shared, TenantUser, error, ok};

const CORE_USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn credential(pairs: &[(String, String)], key: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn pairs_of(body: &Value) -> Vec<(String, String)> {
    body["credentials"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
            (text(&p["key"]), text(&p["value"]))
        })
        .collect()
}

/// Entra's Test Connection: a user lookup with a random GUID; 204 only for an empty ListResponse
/// (entra.md §3.2), else 400 `CredentialValidationUnavailable` (entra.md §2, AGENT).
pub async fn validate_credentials(state: &Shared, sp: &str, body: &Value) -> Response {
    let pairs = {
        let mut state = state.lock().unwrap();
        let Some(principal) = state.service_principals.iter_mut().find(|s| s.id == sp) else {
            return crate::not_found();
        };
        if !crate::replicated(&mut principal.lag) {
            return crate::not_found();
        }
        if body["useSavedCredentials"] == Value::Bool(true) {
            state.secrets.get(sp).cloned().unwrap_or_default()
        } else {
            pairs_of(body)
        }
    };
    // An unknown credential key is refused as the service does (Microsoft's SCIM onboarding
    // agent: 500 InternalError "Requested value 'X' was not found").
    if let Some((key, _)) = pairs.iter().find(|(k, _)| {
        ![
            "BaseAddress",
            "SecretToken",
            "SyncAll",
            "SyncNotificationSettings",
        ]
        .contains(&k.as_str())
    }) {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalError",
            &format!("Requested value '{key}' was not found."),
        );
    }
    let base = credential(&pairs, "BaseAddress");
    let token = credential(&pairs, "SecretToken");
    let filter = format!("userName eq \"{}\"", uuid::Uuid::new_v4());
    let answer = http()
        .get(format!("{base}/Users"))
        .query(&[("filter", filter)])
        .bearer_auth(token)
        .header("accept", "application/scim+json")
        .send()
        .await;
    let refused = |detail: String| {
        error(
            StatusCode::BAD_REQUEST,
            "CredentialValidationUnavailable",
            &format!("You appear to have entered invalid credentials. {detail}"),
        )
    };
    match answer {
        Ok(response) if response.status() == 200 => {
            let body: Value = response.json().await.unwrap_or_default();
            if body["totalResults"] == 0 {
                StatusCode::NO_CONTENT.into_response_ok()
            } else {
                refused("The SCIM endpoint did not answer with an empty list.".into())
            }
        }
        Ok(response) => refused(format!(
            "HTTP/{} from the SCIM endpoint.",
            response.status().as_u16()
        )),
        Err(_) => refused("The SCIM endpoint could not be reached.".into()),
    }
}

trait IntoResponseOk {
    fn into_response_ok(self) -> Response;
}

impl IntoResponseOk for StatusCode {
    fn into_response_ok(self) -> Response {
        axum::response::IntoResponse::into_response(self)
    }
}

/// A source attribute's value for a tenant user; `None` when Entra would leave it out (it sends
/// no null attributes, entra.md §3).
fn value_of(source: &Value, user: &TenantUser) -> Option<String> {
    let name = source["name"].as_str().unwrap_or_default();
    match (source["type"].as_str(), name) {
        (Some("Function"), "Switch") => Some("True".into()),
        (Some("Function"), "Join") => Some(format!("{} {}", user.given_name, user.surname)),
        (_, "userPrincipalName") | (_, "mail") => Some(user.user_principal_name.clone()),
        (_, "givenName") => Some(user.given_name.clone()),
        (_, "surname") => Some(user.surname.clone()),
        (_, "displayName") => Some(format!("{} {}", user.given_name, user.surname)),
        (_, "mailNickname") => Some(user.mail_nickname.clone()),
        (_, "jobTitle") => Some(user.job_title.clone()),
        (_, "objectId") => Some(user.id.clone()),
        _ => None,
    }
}

/// The attributes the enabled User object mapping sends: (target, value).
fn exported(schema: &Value, user: &TenantUser) -> Vec<(String, String)> {
    let mappings = schema["synchronizationRules"][0]["objectMappings"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    mappings
        .iter()
        .filter(|m| m["sourceObjectName"] == "User" && m["enabled"] != Value::Bool(false))
        .flat_map(|m| {
            m["attributeMappings"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|a| {
            let target = a["targetAttributeName"].as_str()?.to_string();
            value_of(&a["source"], user).map(|v| (target, v))
        })
        .collect()
}

/// Puts one SCIM path into a create body: `a.b`, `list[type eq "x"].value`, `urn:…:attr`.
fn place(object: &mut Map<String, Value>, target: &str, value: Value) {
    if let Some(attribute) = target.strip_prefix(&format!("{ENTERPRISE}:")) {
        let extension = object.entry(ENTERPRISE).or_insert_with(|| json!({}));
        extension[attribute] = value;
        return;
    }
    if let Some((list, rest)) = target.split_once("[type eq \"") {
        let (kind, field) = rest.split_once("\"].").unwrap_or((rest, "value"));
        let entries = object.entry(list).or_insert_with(|| json!([]));
        if let Some(entries) = entries.as_array_mut() {
            entries.push(json!({"type": kind, field: value, "primary": kind == "work"}));
        }
        return;
    }
    match target.split_once('.') {
        Some((outer, inner)) => {
            let entry = object.entry(outer).or_insert_with(|| json!({}));
            entry[inner] = value;
        }
        None => {
            object.insert(target.to_string(), value);
        }
    }
}

fn create_body(attributes: &[(String, String)]) -> Value {
    let mut object = Map::new();
    object.insert("schemas".into(), json!([CORE_USER, ENTERPRISE]));
    for (target, value) in attributes {
        let value = if target == "active" {
            Value::Bool(value == "True")
        } else {
            Value::String(value.clone())
        };
        place(&mut object, target, value);
    }
    Value::Object(object)
}

fn patch_body(attributes: &[(String, String)]) -> Value {
    let operations: Vec<Value> = attributes
        .iter()
        .filter(|(target, _)| target != "userName")
        .map(|(target, value)| json!({"op": "Replace", "path": target, "value": value}))
        .collect();
    json!({"schemas": [PATCH_OP], "Operations": operations})
}

/// Over Microsoft's limit of 5 requests per window: 429 (provisionondemand.md).
fn over_limit(state: &mut crate::GraphState) -> bool {
    let window = state.on_demand_window;
    state.on_demand_calls.retain(|t| t.elapsed() < window);
    if state.on_demand_calls.len() >= 5 {
        state.on_demand_throttled += 1;
        return true;
    }
    state.on_demand_calls.push(std::time::Instant::now());
    false
}

/// One on-demand run for one user: look up by userName, then create, or (when the user exists)
/// replace every mapped attribute; the same attributes again are `Skipped`/`RedundantExport`.
/// An assignment counts only `assignment_delay` after it was made (provision-on-demand.md).
pub async fn provision_on_demand(state: &Shared, sp: &str, job: &str, body: &Value) -> Response {
    let parameter = &body["parameters"][0];
    let subject = parameter["subjects"][0]["objectId"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let (user, schema, pairs, assigned, shape, previous) = {
        let mut state = state.lock().unwrap();
        if over_limit(&mut state) {
            return error(
                StatusCode::TOO_MANY_REQUESTS,
                "TooManyRequests",
                "Rate limit exceeded.",
            );
        }
        let Some(found) = state
            .jobs
            .get(sp)
            .and_then(|jobs| jobs.iter().find(|j| j.id == job))
        else {
            return crate::not_found();
        };
        if parameter["ruleId"] != found.schema["synchronizationRules"][0]["id"] {
            return error(
                StatusCode::BAD_REQUEST,
                "InvalidRuleId",
                "The rule id is not in the job's schema.",
            );
        }
        let schema = found.schema.clone();
        // Subjects are object ids (synchronizationJobSubject: objectId).
        let Some(user) = state.users.iter().find(|u| u.id == subject).cloned() else {
            return crate::not_found();
        };
        let delay = state.assignment_delay;
        let assigned = state.assignments.iter().any(|a| {
            a.resource == sp
                && a.created.elapsed() >= delay
                && (a.principal == user.id || state.groups.iter().any(|g| g.id == a.principal))
        });
        let pairs = state.secrets.get(sp).cloned().unwrap_or_default();
        let previous = state.exported.get(&user.id).cloned();
        (
            user,
            schema,
            pairs,
            assigned,
            state.on_demand_shape,
            previous,
        )
    };
    let attributes = exported(&schema, &user);
    let (result, action, status, reason) = if !assigned {
        (
            "Skipped",
            "Other",
            "Skipped",
            "The user is not assigned to the application.".to_string(),
        )
    } else if previous.as_ref() == Some(&attributes) {
        ("Skipped", "Other", "Skipped", String::new())
    } else {
        export(&schema, &user, &pairs).await
    };
    let error_code = match (result, assigned) {
        ("Success", _) => Value::Null,
        ("Skipped", false) => json!("NotEffectivelyEntitled"),
        ("Skipped", true) => json!("RedundantExport"),
        _ => json!("SystemForCrossDomainIdentityManagementBadResponse"),
    };
    let key =
        json!({"result": result, "details": {"errorCode": error_code, "errorMessage": reason}});
    let flag = |yes: bool| if yes { "True" } else { "False" };
    let value = json!({
        "action": action,
        "reportableIdentifier": user.user_principal_name,
        "statusInfo": {"status": status, "reason": reason},
        "provisioningSteps": [
            {"name": "EntryImport", "type": "Import", "status": "Success", "description": "Retrieved the user from Entra ID"},
            {"name": "EntrySynchronizationScoping", "type": "Scoping", "status": if assigned { "Success" } else { "Skipped" },
             "description": "Determined whether the user is in scope",
             "details": {"Assigned": flag(assigned), "IsEffectivelyEntitledForProvisioning": flag(assigned)}},
            {"name": if action == "Create" { "EntryExportAdd" } else { "EntryExportUpdate" }, "type": "Export",
             "status": status, "description": reason},
        ],
    });
    let log = json!({"provisioningAction": action.to_lowercase(),
                     "servicePrincipal": {"id": sp},
                     "sourceIdentity": {"displayName": user.user_principal_name, "id": user.id},
                     "provisioningStatusInfo": {"status": status.to_lowercase(),
                        "errorInformation": {"errorCode": if status == "Success" { "" } else { "SystemForCrossDomainIdentityManagementBadResponse" }, "reason": reason}}});
    {
        let mut state = state.lock().unwrap();
        state.logs.push(log);
        if result == "Success" {
            state.exported.insert(user.id.clone(), attributes);
        }
    }
    let context =
        "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.stringKeyStringValuePair";
    let answer = match shape {
        crate::OnDemandShape::TopLevel => json!({"@odata.context": context,
            "key": key.to_string(), "value": value.to_string()}),
        crate::OnDemandShape::TypeNameAndArray => json!({"@odata.context": context,
            "key": "Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo",
            "value": json!([value]).to_string()}),
        crate::OnDemandShape::Wrapped => {
            json!({"value": [{"key": key.to_string(), "value": value.to_string()}]})
        }
    };
    ok(StatusCode::OK, answer)
}

/// Sends the user to the SCIM server; returns (result, action, status, reason).
async fn export(
    schema: &Value,
    user: &TenantUser,
    pairs: &[(String, String)],
) -> (&'static str, &'static str, &'static str, String) {
    let base = credential(pairs, "BaseAddress");
    let token = credential(pairs, "SecretToken");
    let attributes = exported(schema, user);
    let client = http();
    let filter = format!("userName eq \"{}\"", user.user_principal_name);
    let found = client
        .get(format!("{base}/Users"))
        .query(&[("filter", filter)])
        .bearer_auth(&token)
        .header("accept", "application/scim+json")
        .send()
        .await;
    let existing = match found {
        Ok(response) if response.status() == 200 => {
            let body: Value = response.json().await.unwrap_or_default();
            body["Resources"][0]["id"].as_str().map(str::to_string)
        }
        Ok(response) => {
            return (
                "Failure",
                "Other",
                "Failure",
                format!("The lookup answered HTTP/{}.", response.status().as_u16()),
            );
        }
        Err(_) => {
            return (
                "Failure",
                "Other",
                "Failure",
                "The SCIM endpoint could not be reached.".into(),
            );
        }
    };
    let (action, request) = match &existing {
        None => (
            "Create",
            client
                .post(format!("{base}/Users"))
                .json(&create_body(&attributes)),
        ),
        Some(id) => (
            "Update",
            client
                .patch(format!("{base}/Users/{id}"))
                .json(&patch_body(&attributes)),
        ),
    };
    let answer = request
        .bearer_auth(&token)
        .header("accept", "application/scim+json")
        .header("content-type", "application/scim+json")
        .send()
        .await;
    match answer {
        Ok(response) if response.status().is_success() => {
            ("Success", action, "Success", String::new())
        }
        Ok(response) => {
            let status = response.status().as_u16();
            let body = response.text().await.unwrap_or_default();
            let detail: String = body.chars().take(300).collect();
            (
                "Failure",
                action,
                "Failure",
                format!("HTTP/{status}: {detail}"),
            )
        }
        Err(_) => (
            "Failure",
            action,
            "Failure",
            "The SCIM endpoint could not be reached.".into(),
        ),
    }
}
