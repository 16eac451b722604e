//! After `connect`: the job's state, the problems in the provisioning logs, and provisioning one
//! person on demand, read defensively (Graph returns the on-demand steps as JSON inside strings,
//! graph.md §7).

use serde_json::{Value, json};

use super::client::{Freshness, GraphClient, GraphError};
use super::schema::rule_id;

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
    let answer = graph
        .get(
            &format!("servicePrincipals/{sp}/synchronization/jobs/{job}"),
            Freshness::Settled,
        )
        .await?;
    let status = &answer.body["status"];
    Ok(JobStatus {
        state: status["code"].as_str().unwrap_or("Unknown").to_string(),
        quarantine: status["quarantine"]["reason"].as_str().map(str::to_string),
        last_cycle: status["lastExecution"]["timeEnded"]
            .as_str()
            .map(str::to_string),
        counts: status["lastExecution"]["countEntitled"]
            .as_u64()
            .map(|entitled| CycleCounts {
                entitled,
                exported: status["lastExecution"]["countExported"]
                    .as_u64()
                    .unwrap_or(0),
                escrowed: status["lastExecution"]["countEscrowed"]
                    .as_u64()
                    .unwrap_or(0),
            }),
    })
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
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("$filter", &filter)
        .append_pair("$top", "50")
        .finish();
    let answer = graph
        .get(
            &format!("auditLogs/provisioning?{query}"),
            Freshness::Settled,
        )
        .await?;
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    Ok(answer.body["value"]
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
        .collect())
}

/// One step of an on-demand run, as Graph lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnDemandStep {
    pub name: String,
    pub status: String,
    pub description: String,
}

/// What provisioning one person on demand did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnDemand {
    /// `Success`, `Skipped` or `Failure`.
    pub result: String,
    pub action: String,
    /// What the SCIM server answered when it failed (for example `HTTP/500: …`).
    pub reason: String,
    pub steps: Vec<OnDemandStep>,
}

impl OnDemand {
    pub fn succeeded(&self) -> bool {
        self.result == "Success"
    }

    /// Reads Graph's answer: one key/value pair whose two fields are JSON strings. Unknown or
    /// missing fields leave the defaults instead of failing.
    pub fn from_answer(body: &Value) -> OnDemand {
        let pair = &body["value"][0];
        let decode = |field: &Value| -> Value {
            field
                .as_str()
                .and_then(|s| serde_json::from_str(s).ok())
                .unwrap_or(Value::Null)
        };
        let (key, value) = (decode(&pair["key"]), decode(&pair["value"]));
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let reason = [
            &value["statusInfo"]["reason"],
            &key["details"]["errorMessage"],
        ]
        .into_iter()
        .map(text)
        .find(|r| !r.is_empty())
        .unwrap_or_default();
        OnDemand {
            result: text(&key["result"]),
            action: text(&value["action"]),
            reason,
            steps: value["provisioningSteps"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| OnDemandStep {
                    name: text(&s["name"]),
                    status: text(&s["status"]),
                    description: text(&s["description"]),
                })
                .collect(),
        }
    }
}

/// Provisions one user (by sign-in name) right now, as the portal's Provision on demand does.
pub async fn provision_one(
    graph: &GraphClient,
    sp: &str,
    job: &str,
    upn: &str,
) -> Result<OnDemand, GraphError> {
    let user: String = url::form_urlencoded::byte_serialize(upn.as_bytes()).collect();
    let schema_path = format!("servicePrincipals/{sp}/synchronization/jobs/{job}/schema");
    let user_path = format!("users/{user}?$select=id");
    let (schema, user) = tokio::join!(
        graph.get(&schema_path, Freshness::Settled),
        graph.get(&user_path, Freshness::Settled),
    );
    let (schema, user) = (schema?.body, user?);
    let body = json!({"parameters": [{
        "ruleId": rule_id(&schema).unwrap_or_default(),
        "subjects": [{"objectId": user.body["id"], "objectTypeName": "User"}],
    }]});
    let answer = graph
        .post(
            &format!("servicePrincipals/{sp}/synchronization/jobs/{job}/provisionOnDemand"),
            body,
            Freshness::Settled,
        )
        .await?;
    Ok(OnDemand::from_answer(&answer.body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_on_demand_answer_is_read_from_its_json_strings_and_survives_garbage() {
        let key = json!({"result": "Failure", "details": {"errorCode": "Failure", "errorMessage": "HTTP/500: boom"}});
        let value = json!({"action": "Create", "statusInfo": {"status": "Failure", "reason": "HTTP/500: Internal Server Error"},
                           "provisioningSteps": [{"name": "EntryImport", "status": "Success", "description": "ok", "extra": 1}]});
        let answer = json!({"value": [{"key": key.to_string(), "value": value.to_string()}]});
        let outcome = OnDemand::from_answer(&answer);
        assert_eq!(outcome.result, "Failure");
        assert_eq!(outcome.action, "Create");
        assert_eq!(outcome.reason, "HTTP/500: Internal Server Error");
        assert_eq!(outcome.steps.len(), 1);
        let broken = OnDemand::from_answer(&json!({"value": [{"key": "not json", "value": 7}]}));
        assert!(!broken.succeeded());
        assert!(broken.steps.is_empty());
    }
}

/// A user or group of the tenant, as the assign search lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    /// What `connect` takes: a user's sign-in name, or a group's display name.
    pub name: String,
    pub display_name: String,
    pub is_group: bool,
}

/// Users and groups whose names start with `text` (at most ten of each).
pub async fn search_principals(
    graph: &GraphClient,
    text: &str,
) -> Result<Vec<Principal>, GraphError> {
    let literal = text.trim().replace('\'', "''");
    let query = |filter: String, select: &str| -> String {
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("$filter", &filter)
            .append_pair("$select", select)
            .append_pair("$top", "10")
            .finish()
    };
    let users = query(
        format!("startswith(displayName,'{literal}') or startswith(userPrincipalName,'{literal}')"),
        "displayName,userPrincipalName",
    );
    let groups = query(
        format!("startswith(displayName,'{literal}')"),
        "displayName",
    );
    let (users, groups) = (format!("users?{users}"), format!("groups?{groups}"));
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
                name: text(&g["displayName"]),
                display_name: text(&g["displayName"]),
                is_group: true,
            }),
    );
    Ok(found)
}
