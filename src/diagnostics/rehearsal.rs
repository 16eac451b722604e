//! A rehearsal of the cycle Entra runs for one user, with Entra's exact request shapes
//! (entra.md §3.3), on a clearly named throw-away user that is always cleaned up.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use super::leftovers::Leftovers;
use super::scim_write::{SCIM_JSON, active_patch};
use crate::address::TenantUrl;
use crate::net::read_capped;
use crate::probe::{Finding, Leftover, RehearsalFailure, RehearsalStep, list_total};
use crate::secret::Secret;

const CORE_USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE_USER: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// What the rehearsal accepts back: Appsemble answers PATCH and PUT with `application/json`.
const ACCEPT_EITHER: &str = "application/scim+json, application/json";

/// The prefix every rehearsal user's name starts with, so an admin can recognise one.
pub const REHEARSAL_USER_PREFIX: &str = "scim-assistant-rehearsal-";

struct Rehearsal<'a> {
    http: &'a reqwest::Client,
    tenant: &'a TenantUrl,
    token: &'a Secret,
    version: Option<String>,
    user_name: String,
    external_id: String,
    leftovers: &'a Leftovers,
}

/// One answer: status and JSON body (`Null` when there was none or it was not JSON).
struct Answer {
    status: StatusCode,
    body: Value,
    text: String,
}

impl Rehearsal<'_> {
    fn request_label(&self, method: &Method, path: &str) -> String {
        let base = reqwest::Url::parse(self.tenant.as_str())
            .map(|u| u.path().to_string())
            .unwrap_or_default();
        format!("{method} {base}/{path}")
    }

    async fn send(&self, method: Method, path: &str, body: Option<Value>) -> Result<Answer, ()> {
        let accept = if method == Method::PATCH {
            ACCEPT_EITHER
        } else {
            SCIM_JSON
        };
        let mut request = self
            .http
            .request(method, self.tenant.resource(path))
            .bearer_auth(self.token.expose())
            .header(reqwest::header::ACCEPT, accept);
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, SCIM_JSON)
                .body(body.to_string());
        }
        let response = request.send().await.map_err(|_| ())?;
        let status = response.status();
        let bytes = read_capped(response, 1024 * 1024)
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let text = crate::net::printable(
            &String::from_utf8_lossy(&bytes),
            crate::net::SERVER_TEXT_LIMIT,
        );
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Ok(Answer { status, body, text })
    }

    fn failure(
        &self,
        step: RehearsalStep,
        method: &Method,
        path: &str,
        answer: Option<&Answer>,
    ) -> RehearsalFailure {
        let detail = answer
            .map(|a| {
                ["detail", "message"]
                    .iter()
                    .find_map(|k| a.body.get(k).and_then(Value::as_str).map(str::to_string))
                    .unwrap_or_else(|| a.text.trim().to_string())
            })
            .unwrap_or_default();
        // Server text goes into terminals and support reports: no escapes, no echoed token.
        let detail = crate::net::printable(&detail, crate::net::SERVER_TEXT_LIMIT)
            .replace(self.token.expose(), "[redacted]");
        RehearsalFailure {
            step,
            request: self.request_label(method, path),
            status: answer.map(|a| a.status.as_u16()),
            detail,
            server_version: self.version.clone(),
            leftover: None,
        }
    }

    /// Runs one step and checks its status; the failure names the step and request.
    async fn step(
        &self,
        step: RehearsalStep,
        method: Method,
        path: &str,
        body: Option<Value>,
        expected: &[StatusCode],
    ) -> Result<Answer, RehearsalFailure> {
        match self.send(method.clone(), path, body).await {
            Ok(answer) if expected.contains(&answer.status) => Ok(answer),
            Ok(answer) => Err(self.failure(step, &method, path, Some(&answer))),
            Err(()) => Err(self.failure(step, &method, path, None)),
        }
    }

    fn lookup_path(&self) -> String {
        let filter = format!("userName eq \"{}\"", self.user_name);
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("filter", &filter)
            .finish();
        format!("Users?{query}")
    }

    fn create_body(&self) -> Value {
        json!({
            "schemas": [CORE_USER, ENTERPRISE_USER],
            "externalId": self.external_id,
            "userName": self.user_name,
            "active": true,
            "emails": [{"primary": true, "type": "work", "value": self.user_name}],
            "meta": {"resourceType": "User"},
            "name": {"formatted": "SCIM Assistant Rehearsal", "familyName": "Rehearsal", "givenName": "SCIM Assistant"},
            "roles": []
        })
    }

    async fn run(&self) -> Result<(), RehearsalFailure> {
        let lookup = self
            .step(
                RehearsalStep::Lookup,
                Method::GET,
                &self.lookup_path(),
                None,
                &[StatusCode::OK],
            )
            .await?;
        if list_total(&lookup.body) != Some(0) {
            return Err(self.failure(RehearsalStep::Lookup, &Method::GET, "Users", Some(&lookup)));
        }
        let created = match self
            .step(
                RehearsalStep::Create,
                Method::POST,
                "Users",
                Some(self.create_body()),
                &[StatusCode::CREATED],
            )
            .await
        {
            Ok(created) => created,
            Err(failure) => return Err(self.after_lost_create(failure).await),
        };
        let Some(id) = created
            .body
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
        else {
            return Err(self.failure(
                RehearsalStep::Create,
                &Method::POST,
                "Users",
                Some(&created),
            ));
        };
        // From here on, a stopped rehearsal leaves a user behind: whoever stops it removes it.
        self.leftovers
            .register(self.http, self.tenant, self.token, &id, &self.user_name);
        let result = match self.after_create(&id).await {
            Ok(()) => Ok(()),
            Err(mut failure) => {
                failure.leftover = self.clean_up(&id, failure.step).await;
                Err(failure)
            }
        };
        self.leftovers.unregister(&id);
        result
    }

    /// When the create got no answer (a timeout, a broken connection), the user may exist all
    /// the same: look it up by name and remove it.
    async fn after_lost_create(&self, mut failure: RehearsalFailure) -> RehearsalFailure {
        if failure.status.is_some() {
            return failure;
        }
        let found = self.send(Method::GET, &self.lookup_path(), None).await;
        let id = found.ok().and_then(|answer| {
            answer.body["Resources"][0]["id"]
                .as_str()
                .map(str::to_string)
        });
        if let Some(id) = id {
            failure.leftover = self.clean_up(&id, RehearsalStep::Create).await;
        }
        failure
    }

    async fn after_create(&self, id: &str) -> Result<(), RehearsalFailure> {
        let user_path = format!("Users/{id}");
        let read = self
            .step(
                RehearsalStep::ReadBack,
                Method::GET,
                &user_path,
                None,
                &[StatusCode::OK],
            )
            .await?;
        let same_user = read
            .body
            .get("userName")
            .and_then(Value::as_str)
            .is_some_and(|n| n.eq_ignore_ascii_case(&self.user_name));
        if !same_user {
            return Err(self.failure(
                RehearsalStep::ReadBack,
                &Method::GET,
                &user_path,
                Some(&read),
            ));
        }
        let ok = [StatusCode::OK, StatusCode::NO_CONTENT];
        self.step(
            RehearsalStep::Deactivate,
            Method::PATCH,
            &user_path,
            Some(active_patch(false)),
            &ok,
        )
        .await?;
        self.step(
            RehearsalStep::Reactivate,
            Method::PATCH,
            &user_path,
            Some(active_patch(true)),
            &ok,
        )
        .await?;
        self.step(RehearsalStep::Delete, Method::DELETE, &user_path, None, &ok)
            .await?;
        Ok(())
    }

    /// Removes the test user after a failure: delete, else deactivate. Returns what is left.
    async fn clean_up(&self, id: &str, failed: RehearsalStep) -> Option<Leftover> {
        let user_path = format!("Users/{id}");
        let ok = [StatusCode::OK, StatusCode::NO_CONTENT];
        if failed != RehearsalStep::Delete
            && self
                .step(RehearsalStep::Delete, Method::DELETE, &user_path, None, &ok)
                .await
                .is_ok()
        {
            return None;
        }
        let deactivated = self
            .step(
                RehearsalStep::Deactivate,
                Method::PATCH,
                &user_path,
                Some(active_patch(false)),
                &ok,
            )
            .await
            .is_ok();
        Some(Leftover {
            id: id.to_string(),
            user_name: self.user_name.clone(),
            deactivated,
        })
    }
}

/// Plays create, read, deactivate, reactivate and delete on a throw-away user. The user is in
/// `leftovers` for as long as it exists, so that stopping the rehearsal half-way can remove it.
pub async fn rehearse(
    http: &reqwest::Client,
    tenant: &TenantUrl,
    token: &Secret,
    version: Option<String>,
    leftovers: &Leftovers,
) -> Finding {
    let marker = uuid::Uuid::new_v4().simple().to_string();
    let rehearsal = Rehearsal {
        http,
        tenant,
        token,
        version,
        user_name: format!("{REHEARSAL_USER_PREFIX}{}@example.invalid", &marker[..12]),
        external_id: uuid::Uuid::new_v4().to_string(),
        leftovers,
    };
    match rehearsal.run().await {
        Ok(()) => Finding::RehearsalPasses,
        Err(failure) => Finding::RehearsalFailed(Box::new(failure)),
    }
}
