//! A small Microsoft Graph client: bearer token, JSON in and out, Graph's error envelope typed,
//! throttling and replication lag retried (graph.md §4, §5).

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::secret::Secret;

/// Graph's answers are small; a list of a tenant's users is paged well below this.
const BODY_LIMIT: usize = 8 * 1024 * 1024;

/// How long to keep retrying: replication of just-created objects, and throttling.
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// Retry 404/403/409 on a just-created object this long (graph.md §4: about 2 minutes).
    pub replication: Duration,
    /// The first wait; it doubles up to `longest_wait`.
    pub first_wait: Duration,
    pub longest_wait: Duration,
    /// At most this many throttled (429/503/504) answers per request.
    pub throttled_attempts: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            replication: Duration::from_secs(120),
            first_wait: Duration::from_secs(1),
            longest_wait: Duration::from_secs(30),
            throttled_attempts: 5,
        }
    }
}

/// Everything that can go wrong talking to Graph, typed so the edge can explain each case.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    #[error("Microsoft Graph could not be reached")]
    Network,
    /// Graph answered with an error (`{"error":{"code","message","innerError":{"request-id"}}}`).
    #[error("Microsoft Graph answered {status} {code}")]
    Status {
        status: u16,
        code: String,
        message: String,
        request_id: String,
    },
    #[error("Microsoft Graph gave an answer that is not JSON")]
    NotJson,
}

impl GraphError {
    pub fn status(&self) -> Option<u16> {
        match self {
            GraphError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub fn code(&self) -> &str {
        match self {
            GraphError::Status { code, .. } => code,
            _ => "",
        }
    }
}

/// Whether a request concerns an object that may not have replicated yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    /// Long-standing objects: a 404 means "not there".
    Settled,
    /// Just created: 404, 403 and 409 may only mean "not replicated yet" (graph.md §4).
    JustCreated,
}

/// How to get a new access token when Graph says the old one expired (about an hour).
pub type Renewal = Box<
    dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Secret>> + Send>>
        + Send
        + Sync,
>;

/// A signed-in connection to Microsoft Graph.
pub struct GraphClient {
    base: String,
    token: std::sync::Mutex<Secret>,
    http: reqwest::Client,
    retry: RetryPolicy,
    renewal: Option<Renewal>,
}

impl std::fmt::Debug for GraphClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphClient")
            .field("base", &self.base)
            .field("token", &self.token)
            .finish_non_exhaustive()
    }
}

/// One answer: status and JSON body (`Null` when empty).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub body: Value,
    /// How many answers were waited out before this one (replication, throttling).
    pub retries: u32,
}

impl GraphClient {
    /// `base` is Graph's versioned root, such as `https://graph.microsoft.com/v1.0`.
    pub fn new(base: &str, token: Secret, http: reqwest::Client, retry: RetryPolicy) -> Self {
        Self {
            base: base.trim_end_matches('/').to_string(),
            token: std::sync::Mutex::new(token),
            http,
            retry,
            renewal: None,
        }
    }

    /// Renews the access token with `renewal` (the refresh token) when Graph says it expired, so a
    /// window left open past the hour keeps working.
    pub fn with_renewal(mut self, renewal: Renewal) -> Self {
        self.renewal = Some(renewal);
        self
    }

    fn token(&self) -> Secret {
        self.token.lock().map(|t| t.clone()).unwrap_or_default()
    }

    pub async fn get(&self, path: &str, freshness: Freshness) -> Result<Answer, GraphError> {
        self.send(Method::GET, path, None, freshness).await
    }

    pub async fn post(
        &self,
        path: &str,
        body: Value,
        freshness: Freshness,
    ) -> Result<Answer, GraphError> {
        self.send(Method::POST, path, Some(body), freshness).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Result<Answer, GraphError> {
        self.send(Method::PUT, path, Some(body), Freshness::Settled)
            .await
    }

    /// Sends one request, waiting out throttling and, for just-created objects, replication.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        freshness: Freshness,
    ) -> Result<Answer, GraphError> {
        let started = Instant::now();
        let mut wait = self.retry.first_wait;
        let mut throttled = 0;
        let mut retries = 0;
        let mut renewed = false;
        loop {
            let url = format!("{}/{}", self.base, path.trim_start_matches('/'));
            let mut request = self
                .http
                .request(method.clone(), url)
                .bearer_auth(self.token().expose());
            if let Some(body) = &body {
                request = request.json(body);
            }
            let response = request.send().await.map_err(|_| GraphError::Network)?;
            let status = response.status();
            let retry_after = retry_after(&response);
            let text = crate::net::read_capped(response, BODY_LIMIT)
                .await
                .map_err(|_| GraphError::Network)?
                .unwrap_or_default();
            let json: Value = if text.is_empty() {
                Value::Null
            } else {
                serde_json::from_slice(&text).map_err(|_| GraphError::NotJson)?
            };
            if status.is_success() {
                return Ok(Answer {
                    status,
                    body: json,
                    retries,
                });
            }
            let error = error_of(status, &json);
            if error.code() == "InvalidAuthenticationToken"
                && !renewed
                && let Some(renewal) = &self.renewal
                && let Some(fresh) = renewal().await
            {
                renewed = true;
                if let Ok(mut token) = self.token.lock() {
                    *token = fresh;
                }
                continue;
            }
            let throttling = matches!(status.as_u16(), 429 | 503 | 504);
            if throttling && throttled < self.retry.throttled_attempts {
                throttled += 1;
                retries += 1;
                tokio::time::sleep(retry_after.unwrap_or(wait).min(self.retry.longest_wait)).await;
                continue;
            }
            let replicating = freshness == Freshness::JustCreated
                && matches!(status.as_u16(), 404 | 403 | 409)
                && started.elapsed() < self.retry.replication;
            if replicating {
                retries += 1;
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(self.retry.longest_wait);
                continue;
            }
            return Err(error);
        }
    }
}

/// Graph's `Retry-After`, in seconds.
fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    crate::net::header_text(response, reqwest::header::RETRY_AFTER)
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

/// Reads Graph's error envelope; the synchronization service often leaves `message` empty.
fn error_of(status: StatusCode, body: &Value) -> GraphError {
    let error = &body["error"];
    let text = |value: &Value| value.as_str().unwrap_or_default().to_string();
    GraphError::Status {
        status: status.as_u16(),
        code: text(&error["code"]),
        message: text(&error["message"]),
        request_id: text(&error["innerError"]["request-id"]),
    }
}
