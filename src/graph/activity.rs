//! After `connect`: the job's state, the problems in the provisioning logs, and finding people by
//! object id.

use serde_json::Value;

use super::client::{Freshness, GraphClient, GraphError};
use super::paths;
use crate::net::{SERVER_TEXT_LIMIT, printable};

/// A provisioning job's state (`NotRun`, `Active`, `Quarantine`, …) and a quarantine reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobStatus {
    pub state: String,
    pub quarantine: Option<String>,
    /// When the last provisioning cycle ended, as Graph gives it (ISO 8601).
    pub last_cycle: Option<String>,
    /// The last cycle's counts (synchronizationTaskExecution): people in scope, sent to the
    /// app, and left with an error (escrowed).
    pub counts: Option<CycleCounts>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CycleCounts {
    pub entitled: u64,
    pub exported: u64,
    pub escrowed: u64,
}

pub async fn job_status(graph: &GraphClient, sp: &str, job: &str) -> Result<JobStatus, GraphError> {
    let answer = graph.get(&paths::job(sp, job), Freshness::Settled).await?;
    Ok(JobStatus::from_job(&answer.body))
}

impl JobStatus {
    /// Reads a synchronizationJob. A `quarantine` object can be there with an empty reason while
    /// the job is only paused (synchronization-synchronizationjob-get.md's example): it counts only
    /// in quarantine, and then says the reason, else its error.
    pub fn from_job(job: &Value) -> JobStatus {
        let status = &job["status"];
        let state = status["code"].as_str().unwrap_or("Unknown").to_string();
        let quarantine = &status["quarantine"];
        let why = [
            &quarantine["reason"],
            &quarantine["error"]["message"],
            &quarantine["error"]["code"],
        ]
        .into_iter()
        .filter_map(Value::as_str)
        .find(|text| !text.trim().is_empty())
        .map(|text| printable(text, SERVER_TEXT_LIMIT));
        let in_quarantine = state == "Quarantine" || why.is_some() && state != "Paused";
        let last = &status["lastExecution"];
        // A job that never ran reports `0001-01-01T00:00:00Z` (cross-tenant Graph guide).
        let last_cycle = last["timeEnded"]
            .as_str()
            .filter(|t| !t.starts_with("0001-01-01"))
            .map(str::to_string);
        JobStatus {
            quarantine: in_quarantine.then(|| why.unwrap_or_default()),
            counts: last["countEntitled"]
                .as_u64()
                .filter(|_| last_cycle.is_some())
                .map(|entitled| CycleCounts {
                    entitled,
                    exported: last["countExported"].as_u64().unwrap_or(0),
                    escrowed: last["countEscrowed"].as_u64().unwrap_or(0),
                }),
            last_cycle,
            state,
        }
    }
}

/// One failed entry of the provisioning logs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogProblem {
    pub user: String,
    pub action: String,
    pub error_code: String,
    pub reason: String,
}

/// The failures in the application's provisioning logs (needs Entra ID P1/P2: without it Graph
/// answers 403, which the caller explains).
pub async fn problems(graph: &GraphClient, sp: &str) -> Result<Vec<LogProblem>, GraphError> {
    let filter = format!("servicePrincipal/id eq '{sp}'");
    let query = paths::query(Some(&filter), "", Some(50));
    let answer = graph
        .get(&paths::provisioning_logs(&query), Freshness::Settled)
        .await?;
    Ok(LogProblem::failures(&answer.body))
}

impl LogProblem {
    /// The failed entries of a page of provisioning logs (provisioningObjectSummary).
    pub fn failures(page: &Value) -> Vec<LogProblem> {
        let text = |v: &Value| printable(v.as_str().unwrap_or_default(), SERVER_TEXT_LIMIT);
        page["value"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["provisioningStatusInfo"]["status"] == "failure")
            .map(|entry| LogProblem {
                user: text(&entry["sourceIdentity"]["displayName"]),
                action: text(&entry["provisioningAction"]),
                error_code: text(&entry["provisioningStatusInfo"]["errorInformation"]["errorCode"]),
                reason: text(&entry["provisioningStatusInfo"]["errorInformation"]["reason"]),
            })
            .collect()
    }
}

/// A person's object id: an id is taken as it is, a sign-in name is looked up (never a display
/// name, which is not unique).
pub async fn person_id(graph: &GraphClient, person: &str) -> Result<Option<String>, GraphError> {
    let person = person.trim();
    if uuid::Uuid::parse_str(person).is_ok() {
        return Ok(Some(person.to_string()));
    }
    match graph.get(&paths::user_id(person), Freshness::Settled).await {
        Ok(answer) => Ok(answer.body["id"].as_str().map(str::to_string)),
        Err(GraphError::Status { status: 404, .. }) => Ok(None),
        Err(error) => Err(error),
    }
}

/// A user or group of the tenant, as the assign search lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    /// The object id: what is assigned (a name can be taken by anyone who makes a group).
    pub id: String,
    /// What the admin recognises: a user's sign-in name, or a group's display name.
    pub name: String,
    pub display_name: String,
    pub is_group: bool,
}

/// The signed-in person (user-get.md, `GET /me`): whom "only me, for a first try" assigns by
/// object id and provisions first.
pub async fn signed_in_user(graph: &GraphClient) -> Result<Principal, GraphError> {
    let me = graph.get(paths::ME, Freshness::Settled).await?.body;
    Principal::from_user(&me).ok_or(GraphError::NotJson)
}

impl Principal {
    /// A user object as user-get.md returns it; `None` without an id or a sign-in name.
    pub fn from_user(user: &Value) -> Option<Principal> {
        let text = |v: &Value| v.as_str().filter(|t| !t.is_empty()).map(str::to_string);
        let (id, name) = (text(&user["id"])?, text(&user["userPrincipalName"])?);
        Some(Principal {
            display_name: text(&user["displayName"]).unwrap_or_else(|| name.clone()),
            id,
            name,
            is_group: false,
        })
    }
}

/// Users and groups whose names start with `text` (at most ten of each).
pub async fn search_principals(
    graph: &GraphClient,
    text: &str,
) -> Result<Vec<Principal>, GraphError> {
    let literal = text.trim().replace('\'', "''");
    let query = |filter: String, select: &str| paths::query(Some(&filter), select, Some(10));
    let users = query(
        format!("startswith(displayName,'{literal}') or startswith(userPrincipalName,'{literal}')"),
        "id,displayName,userPrincipalName",
    );
    let groups = query(
        format!("startswith(displayName,'{literal}')"),
        "id,displayName",
    );
    let (users, groups) = (paths::users(&users), paths::groups(&groups));
    let (users, groups) = tokio::join!(
        graph.get(&users, Freshness::Settled),
        graph.get(&groups, Freshness::Settled),
    );
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let mut found: Vec<Principal> = users?.body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|u| Principal {
            id: text(&u["id"]),
            name: text(&u["userPrincipalName"]),
            display_name: text(&u["displayName"]),
            is_group: false,
        })
        .collect();
    found.extend(
        groups?.body["value"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|g| Principal {
                id: text(&g["id"]),
                name: text(&g["displayName"]),
                display_name: text(&g["displayName"]),
                is_group: true,
            }),
    );
    Ok(found)
}
