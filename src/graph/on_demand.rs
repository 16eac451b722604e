//! Provision on demand (graph-fidelity.md R17): the documented answer is one
//! `stringKeyStringValuePair` at the top level, whose `key` is a JSON string (`{"result",
//! "details"}`) or only a type name, and whose `value` is a JSON object or an array of records
//! (`synchronization-synchronizationjob-provisionondemand.md`; the cross-tenant Graph guide). A
//! person assigned a few minutes ago may not count yet (`provision-on-demand.md`: "a replication
//! delay of up to a few minutes"), so that case is retried, visibly and within a bound.

use std::time::Duration;

use serde_json::{Value, json};

use super::client::{Freshness, GraphClient, GraphError};
use super::schema::rule_id;

/// What one on-demand run came to, read from the answer rather than from its wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDemandResult {
    /// Created or updated in the app.
    Success,
    /// `Skipped` with `RedundantExport`: the app already holds exactly this person.
    UpToDate,
    /// Skipped because Entra does not (yet) count the person as assigned.
    NotEntitled,
    /// Skipped for another reason, given in `reason`.
    Skipped,
    Failure,
    /// The answer held no result this assistant could read.
    Unreadable,
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
    pub result: OnDemandResult,
    pub action: String,
    /// What the SCIM server answered when it failed (for example `HTTP/500: …`).
    pub reason: String,
    /// `details.errorCode` or a skip reason (`RedundantExport`, `NotEffectivelyEntitled`, …).
    pub error_code: String,
    pub steps: Vec<OnDemandStep>,
    /// How many times the run was repeated while the assignment settled.
    pub retries: u32,
}

/// A field as text that is safe to print (it comes from Microsoft, and in `reason` from the SCIM
/// server through Microsoft).
fn text(value: &Value) -> String {
    crate::net::printable(
        value.as_str().unwrap_or_default(),
        crate::net::SERVER_TEXT_LIMIT,
    )
}

/// A field that holds JSON inside a string; `Null` when it does not parse (a type name).
fn decoded(field: &Value) -> Value {
    match field {
        Value::String(inner) => serde_json::from_str(inner).unwrap_or(Value::Null),
        other => other.clone(),
    }
}

impl OnDemand {
    pub fn succeeded(&self) -> bool {
        matches!(
            self.result,
            OnDemandResult::Success | OnDemandResult::UpToDate
        )
    }

    /// Reads Graph's answer in any of its documented shapes; unknown fields are ignored and
    /// nothing in it can make this fail.
    pub fn from_answer(body: &Value) -> OnDemand {
        let top_level = body.get("key").is_some() || body["value"].is_string();
        let pair = if top_level { body } else { &body["value"][0] };
        let key = decoded(&pair["key"]);
        let record = match decoded(&pair["value"]) {
            Value::Array(mut records) if !records.is_empty() => {
                if records[0].get("provisioningSteps").is_some() {
                    records.swap_remove(0)
                } else {
                    // Only the steps, as one page of the cross-tenant guide prints them.
                    json!({ "provisioningSteps": records })
                }
            }
            other => other,
        };
        let steps: Vec<OnDemandStep> = record["provisioningSteps"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| OnDemandStep {
                name: text(&s["name"]),
                status: text(&s["status"]),
                description: text(&s["description"]),
            })
            .collect();
        let error_code = [
            &key["details"]["errorCode"],
            &record["statusInfo"]["errorCode"],
        ]
        .into_iter()
        .map(text)
        .chain(skip_reasons(&record))
        .find(|c| !c.is_empty())
        .unwrap_or_default();
        let reason = [
            &record["statusInfo"]["reason"],
            &key["details"]["errorMessage"],
        ]
        .into_iter()
        .map(text)
        .chain(
            steps
                .iter()
                .rev()
                .filter(|s| s.status != "Success")
                .map(|s| s.description.clone()),
        )
        .find(|r| !r.is_empty())
        .unwrap_or_default();
        let status = [&key["result"], &record["statusInfo"]["status"]]
            .into_iter()
            .map(text)
            .find(|s| !s.is_empty())
            .unwrap_or_else(|| status_of_steps(&steps));
        let result = classify(&status, &error_code, &record);
        OnDemand {
            result,
            action: text(&record["action"]),
            reason,
            error_code,
            steps,
            retries: 0,
        }
    }
}

/// `details.SkipReason` of the steps, as the documented example carries `RedundantExport`.
fn skip_reasons(record: &Value) -> impl Iterator<Item = String> + '_ {
    record["provisioningSteps"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| text(&s["details"]["SkipReason"]))
}

/// The overall status when neither the key nor `statusInfo` gives one.
fn status_of_steps(steps: &[OnDemandStep]) -> String {
    let any = |status: &str| steps.iter().any(|s| s.status == status);
    if any("Failure") {
        "Failure".into()
    } else if any("Skipped") {
        "Skipped".into()
    } else if !steps.is_empty() {
        "Success".into()
    } else {
        String::new()
    }
}

/// Whether the scoping step says the person is not (yet) assigned or entitled.
fn not_entitled(record: &Value, error_code: &str) -> bool {
    let scoped_out = record["provisioningSteps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["type"] == "Scoping")
        .any(|s| {
            s["details"]["Assigned"] == "False"
                || s["details"]["IsEffectivelyEntitledForProvisioning"] == "False"
        });
    scoped_out || error_code.contains("NotEffectivelyEntitled") || error_code == "NotAssigned"
}

fn classify(status: &str, error_code: &str, record: &Value) -> OnDemandResult {
    match status {
        "Success" => OnDemandResult::Success,
        "Skipped" if error_code == "RedundantExport" => OnDemandResult::UpToDate,
        "Skipped" if not_entitled(record, error_code) => OnDemandResult::NotEntitled,
        "Skipped" => OnDemandResult::Skipped,
        "Failure" | "Failed" => OnDemandResult::Failure,
        _ => OnDemandResult::Unreadable,
    }
}

/// How long to wait for a fresh assignment to count before giving up, and between tries.
#[derive(Clone, Copy, Debug)]
pub struct AssignmentPatience {
    /// At most this long in all (the documentation says "up to a few minutes").
    pub budget: Duration,
    /// The first wait; it doubles up to 30 s (well inside 5 requests per 10 s).
    pub between_tries: Duration,
}

/// The longest wait between two tries.
const LONGEST_TRY_WAIT: Duration = Duration::from_secs(30);

impl Default for AssignmentPatience {
    fn default() -> Self {
        Self {
            budget: Duration::from_secs(5 * 60),
            between_tries: Duration::from_secs(5),
        }
    }
}

/// Provisions one person (by object id) right now, as the portal's Provision on demand does.
/// While Entra does not count a fresh assignment yet, `waiting` hears how many seconds until the
/// next try; dropping the future cancels.
pub async fn provision_one(
    graph: &GraphClient,
    sp: &str,
    job: &str,
    person_id: &str,
    patience: AssignmentPatience,
    waiting: &(dyn Fn(u64) + Send + Sync),
) -> Result<OnDemand, GraphError> {
    let schema_path = super::paths::schema(sp, job);
    let schema = graph.get(&schema_path, Freshness::Settled).await?.body;
    let body = json!({"parameters": [{
        "ruleId": rule_id(&schema).unwrap_or_default(),
        "subjects": [{"objectId": person_id, "objectTypeName": "User"}],
    }]});
    let path = super::paths::provision_on_demand(sp, job);
    let started = std::time::Instant::now();
    let mut retries = 0;
    loop {
        let answer = graph.post_on_demand(&path, body.clone()).await?;
        let mut outcome = OnDemand::from_answer(&answer.body);
        outcome.retries = retries;
        let left = patience.budget.saturating_sub(started.elapsed());
        if outcome.result != OnDemandResult::NotEntitled || left.is_zero() {
            return Ok(outcome);
        }
        let doubled = patience.between_tries.saturating_mul(1 << retries.min(8));
        let pause = doubled.min(LONGEST_TRY_WAIT).min(left);
        waiting(pause.as_secs().max(1));
        tokio::time::sleep(pause).await;
        retries += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_array_form_is_still_read_and_garbage_never_fails() {
        let key = json!({"result": "Failure", "details": {"errorCode": "Failure", "errorMessage": "HTTP/500: boom"}});
        let value = json!({"action": "Create", "statusInfo": {"status": "Failure", "reason": "HTTP/500: Internal Server Error"},
                           "provisioningSteps": [{"name": "EntryImport", "status": "Success", "description": "ok", "extra": 1}]});
        let answer = json!({"value": [{"key": key.to_string(), "value": value.to_string()}]});
        let outcome = OnDemand::from_answer(&answer);
        assert_eq!(outcome.result, OnDemandResult::Failure);
        assert_eq!(outcome.action, "Create");
        assert_eq!(outcome.reason, "HTTP/500: Internal Server Error");
        assert_eq!(outcome.steps.len(), 1);
        for garbage in [
            json!({"value": [{"key": "not json", "value": 7}]}),
            json!([1, 2]),
            json!("x"),
            json!({"key": 1, "value": {"provisioningSteps": "no"}}),
        ] {
            let broken = OnDemand::from_answer(&garbage);
            assert!(!broken.succeeded(), "{garbage}");
            assert!(broken.steps.is_empty());
        }
    }

    #[test]
    fn a_skip_because_the_scope_says_not_assigned_is_not_entitled() {
        let value = json!({"action": "Other", "statusInfo": {"status": "Skipped"},
            "provisioningSteps": [{"name": "EntrySynchronizationScoping", "type": "Scoping", "status": "Skipped",
                "description": "not in scope", "details": {"Assigned": "False"}}]});
        let answer = json!({"key": json!({"result": "Skipped", "details": {}}).to_string(), "value": value.to_string()});
        assert_eq!(
            OnDemand::from_answer(&answer).result,
            OnDemandResult::NotEntitled
        );
    }
}
