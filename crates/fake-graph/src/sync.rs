//! The synchronization side of the fake Graph: templates, jobs, secrets, the schema, start, and the
//! provisioning logs, as strict as Microsoft's pages describe them.

use std::collections::HashMap;

use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde_json::{Value, json};

use crate::{
    FakeJob, GraphState, default_scim_schema, error, no_content, not_found, ok, replicated,
};

/// The keys `PUT …/secrets` accepts (synchronization-synchronizationsecretkeystringvaluepair.md).
const SECRET_KEYS: [&str; 4] = [
    "BaseAddress",
    "SecretToken",
    "SyncAll",
    "SyncNotificationSettings",
];

/// Routes the synchronization calls; `None` when the path is not one of them.
pub fn route(
    state: &mut GraphState,
    method: &Method,
    segments: &[&str],
    query: &HashMap<String, String>,
    body: &Value,
    raw_body: &[u8],
) -> Option<Response> {
    Some(match (method.clone(), segments) {
        (Method::GET, ["servicePrincipals", sp, "synchronization", "templates"]) => {
            let visible = state
                .service_principals
                .iter_mut()
                .find(|s| s.id == *sp)
                .is_some_and(|found| replicated(&mut found.lag));
            if !visible {
                return Some(not_found());
            }
            ok(
                StatusCode::OK,
                json!({"value": [{"id": "scim", "factoryTag": "scim", "default": true,
                                  "schema": default_scim_schema()}]}),
            )
        }
        (Method::GET, ["servicePrincipals", sp, "synchronization", "jobs"]) => {
            let value: Vec<Value> = state
                .jobs
                .get(*sp)
                .into_iter()
                .flatten()
                .map(|j| json!({"id": j.id, "templateId": j.template_id, "status": {"code": j.status}}))
                .collect();
            ok(StatusCode::OK, json!({"value": value}))
        }
        (Method::POST, ["servicePrincipals", sp, "synchronization", "jobs"]) => {
            create_job(state, sp, body)
        }
        (Method::GET, ["servicePrincipals", sp, "synchronization", "jobs", job]) => {
            get_job(state, sp, job)
        }
        (Method::PUT, ["servicePrincipals", sp, "synchronization", "secrets"]) => {
            save_secrets(state, sp, body)
        }
        (
            Method::GET,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                job,
                "schema",
            ],
        ) => {
            let as_relationship = state.directories_as_relationship;
            let expanded = query.get("$expand").is_some_and(|e| e == "directories");
            match job_mut(state, sp, job) {
                Some(job) => {
                    let mut schema = job.schema.clone();
                    if as_relationship
                        && !expanded
                        && let Some(o) = schema.as_object_mut()
                    {
                        o.remove("directories");
                    }
                    ok(StatusCode::OK, schema)
                }
                None => not_found(),
            }
        }
        (
            Method::PUT,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                job,
                "schema",
            ],
        ) => put_schema(state, sp, job, body),
        // graph.md §3: PATCH on the schema is not routed by the synchronization service.
        (
            Method::PATCH,
            [
                "servicePrincipals",
                _,
                "synchronization",
                "jobs",
                _,
                "schema",
            ],
        ) => error(
            StatusCode::NOT_FOUND,
            "UnknownError",
            "{\"Message\":\"No HTTP resource was found that matches the request URI 'https://syncfabric.windowsazure.com/api/servicePrincipals/schema?api-version=2.0'\"}",
        ),
        (
            Method::POST,
            [
                "servicePrincipals",
                sp,
                "synchronization",
                "jobs",
                job,
                "start",
            ],
        ) => start(state, sp, job, raw_body),
        (Method::GET, ["auditLogs", "provisioning"]) => logs(state),
        _ => return None,
    })
}

/// post-jobs: "The templateId property must match one of the templates"; a new job is
/// `NotConfigured` until it has credentials.
fn create_job(state: &mut GraphState, sp: &str, body: &Value) -> Response {
    if !state.service_principals.iter().any(|s| s.id == sp) {
        return not_found();
    }
    if body["templateId"] != "scim" {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "The template is not available for this application.",
        );
    }
    let suffix = state.next_id().replace('-', "");
    let job = FakeJob {
        id: format!("scim.{suffix}"),
        template_id: "scim".into(),
        status: "NotConfigured".into(),
        schema: default_scim_schema(),
        lag: state.replication_lag,
    };
    let answer =
        json!({"id": job.id, "templateId": job.template_id, "status": {"code": job.status}});
    state.jobs.entry(sp.to_string()).or_default().push(job);
    state.created_count += 1;
    if state.lose_next_create {
        state.lose_next_create = false;
        return error(StatusCode::GATEWAY_TIMEOUT, "GatewayTimeout", "");
    }
    ok(StatusCode::CREATED, answer)
}

pub fn job_mut<'a>(state: &'a mut GraphState, sp: &str, job: &str) -> Option<&'a mut FakeJob> {
    state.jobs.get_mut(sp)?.iter_mut().find(|j| j.id == job)
}

/// A job that never ran has a zero-filled `lastExecution` (cross-tenant Graph guide).
fn get_job(state: &mut GraphState, sp: &str, id: &str) -> Response {
    let visible = match job_mut(state, sp, id) {
        Some(job) => replicated(&mut job.lag).then_some(job),
        None => None,
    };
    let Some(job) = visible else {
        return not_found();
    };
    let last = if job.status == "Active" {
        json!({"state": "Succeeded", "timeBegan": "2026-11-29T08:00:00Z", "timeEnded": "2026-11-29T08:00:05Z",
               "countEntitled": 2, "countExported": 1, "countEscrowed": 1})
    } else {
        json!({"state": "Succeeded", "timeBegan": "0001-01-01T00:00:00Z", "timeEnded": "0001-01-01T00:00:00Z",
               "countEntitled": 0, "countExported": 0, "countEscrowed": 0})
    };
    let schedule = if job.status == "Active" {
        "Active"
    } else {
        "Disabled"
    };
    ok(
        StatusCode::OK,
        json!({"id": job.id, "templateId": job.template_id,
               "status": {"code": job.status, "quarantine": null, "lastExecution": last},
               "schedule": {"state": schedule}}),
    )
}

/// Unknown keys are refused as the service does ("Requested value 'X' was not found", Microsoft's
/// SCIM onboarding agent); a job gets `NotRun` once it has credentials.
fn save_secrets(state: &mut GraphState, sp: &str, body: &Value) -> Response {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let pairs: Vec<(String, String)> = body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| (text(&p["key"]), text(&p["value"])))
        .collect();
    if let Some((key, _)) = pairs
        .iter()
        .find(|(k, _)| !SECRET_KEYS.contains(&k.as_str()))
    {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalError",
            &format!("Requested value '{key}' was not found."),
        );
    }
    state.secrets.insert(sp.to_string(), pairs);
    for job in state.jobs.get_mut(sp).into_iter().flatten() {
        if job.status == "NotConfigured" {
            job.status = "NotRun".into();
        }
    }
    no_content()
}

/// "This method fully replaces the current schema": what is left out is gone. A rule marked
/// `editable: false` may not change.
fn put_schema(state: &mut GraphState, sp: &str, job: &str, body: &Value) -> Response {
    let Some(job) = job_mut(state, sp, job) else {
        return not_found();
    };
    let rules = |schema: &Value| -> Vec<Value> {
        schema["synchronizationRules"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let old = rules(&job.schema);
    let changed_read_only = old
        .iter()
        .filter(|r| r["editable"] == Value::Bool(false))
        .any(|r| !rules(body).contains(r));
    if changed_read_only {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "A read-only rule was changed.",
        );
    }
    job.schema = body.clone();
    no_content()
}

/// start.md: "Don't supply a request body"; starting a running job is counted (the page says not
/// to) so tests can see it never happens.
fn start(state: &mut GraphState, sp: &str, job: &str, raw_body: &[u8]) -> Response {
    if !raw_body.is_empty() {
        return error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "This action takes no request body.",
        );
    }
    let Some(found) = job_mut(state, sp, job) else {
        return not_found();
    };
    let running = found.status == "Active";
    found.status = "Active".into();
    if running {
        state.starts_while_running += 1;
    }
    no_content()
}

/// Entra ID P1/P2, and both AuditLog.Read.All and Directory.Read.All in the token
/// (provisioningobjectsummary-list.md).
fn logs(state: &GraphState) -> Response {
    if !state.premium {
        return error(
            StatusCode::FORBIDDEN,
            "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
            "Neither tenant is B2C or tenant doesn't have premium license",
        );
    }
    for needed in ["AuditLog.Read.All", "Directory.Read.All"] {
        if !state.token_has(needed) {
            return error(
                StatusCode::FORBIDDEN,
                "Authentication_MSGraphPermissionMissing",
                &format!("Calling principal does not have required MSGraph permissions {needed}"),
            );
        }
    }
    ok(StatusCode::OK, json!({"value": state.logs}))
}
