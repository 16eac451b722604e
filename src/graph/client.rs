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
    /// Retry 404/403/409 on a just-created object this long. Microsoft: replication "might take
    /// several minutes to complete" (SupportArticles, 404-not-found-error-manage-objects).
    pub replication: Duration,
    /// The first wait; it doubles (with jitter) up to `longest_wait` when Graph gives no
    /// `Retry-After` (concepts/throttling.md: "Avoid immediate retries").
    pub first_wait: Duration,
    pub longest_wait: Duration,
    /// At most this many throttled (429/503/504) answers per request.
    pub throttled_attempts: u32,
    /// All waits for one request together stay within this; a `Retry-After` is honoured in full
    /// as long as it fits.
    pub throttled_budget: Duration,
    /// provisionOnDemand: "The rate limit for this API is 5 requests per 10 seconds."
    pub on_demand_window: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            replication: Duration::from_secs(5 * 60),
            first_wait: Duration::from_secs(1),
            longest_wait: Duration::from_secs(30),
            throttled_attempts: 5,
            throttled_budget: Duration::from_secs(5 * 60),
            on_demand_window: Duration::from_secs(10),
        }
    }
}

/// At most this many provisionOnDemand calls per [`RetryPolicy::on_demand_window`].
const ON_DEMAND_PER_WINDOW: usize = 5;

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
    /// Where the exchange is recorded for support, when asked (`--trace`, "Save a trace").
    trace: Option<super::Trace>,
    /// When the last provisionOnDemand calls were sent, oldest first.
    on_demand_sent: tokio::sync::Mutex<std::collections::VecDeque<Instant>>,
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
            trace: None,
            on_demand_sent: tokio::sync::Mutex::new(std::collections::VecDeque::new()),
        }
    }

    /// Sends one provisionOnDemand call within Microsoft's rate limit: calls go one at a time,
    /// and each counts from when its answer came, which is never before Graph received it.
    pub async fn post_on_demand(&self, path: &str, body: Value) -> Result<Answer, GraphError> {
        let mut sent = self.on_demand_sent.lock().await;
        let window = self.retry.on_demand_window;
        while sent.front().is_some_and(|t| t.elapsed() >= window) {
            sent.pop_front();
        }
        if sent.len() >= ON_DEMAND_PER_WINDOW
            && let Some(oldest) = sent.pop_front()
        {
            tokio::time::sleep(window.saturating_sub(oldest.elapsed())).await;
        }
        let answer = self.post(path, body, Freshness::Settled).await;
        sent.push_back(Instant::now());
        answer
    }

    /// Renews the access token with `renewal` (the refresh token) when Graph says it expired, so a
    /// window left open past the hour keeps working.
    pub fn with_renewal(mut self, renewal: Renewal) -> Self {
        self.renewal = Some(renewal);
        self
    }

    /// Records every exchange in `trace`, with this client's tokens hidden in it.
    pub fn with_trace(self, trace: super::Trace) -> Self {
        trace.hide(&self.token());
        Self {
            trace: Some(trace),
            ..self
        }
    }

    /// A secret that passes through this client (the SCIM token) and must not show in a trace.
    pub fn hide(&self, secret: &Secret) {
        if let Some(trace) = &self.trace {
            trace.hide(secret);
        }
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

    pub async fn patch(&self, path: &str, body: Value) -> Result<Answer, GraphError> {
        self.send(Method::PATCH, path, Some(body), Freshness::Settled)
            .await
    }

    /// A POST without a body (`Content-Length: 0`), as actions like `start` require
    /// (synchronization-synchronizationjob-start.md: "Don't supply a request body").
    pub async fn post_empty(&self, path: &str) -> Result<Answer, GraphError> {
        self.send_once(
            Method::POST,
            path,
            None,
            Freshness::Settled,
            Idempotent::Yes,
        )
        .await
    }

    /// A POST that creates something: a 503 or 504 may mean it was created anyway, so it is not
    /// repeated blindly; the caller reads back and decides. Throttling (429: rejected, nothing
    /// created) is still waited out.
    pub async fn create(
        &self,
        path: &str,
        body: Value,
        freshness: Freshness,
    ) -> Result<Answer, GraphError> {
        self.send_once(Method::POST, path, Some(body), freshness, Idempotent::No)
            .await
    }

    /// The wait before try `attempt` (0-based) of something the caller repeats itself.
    pub fn backoff(&self, attempt: u32) -> Duration {
        backoff(&self.retry, attempt)
    }

    pub fn policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// Sends one request, waiting out throttling and, for just-created objects, replication.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        freshness: Freshness,
    ) -> Result<Answer, GraphError> {
        self.send_once(method, path, body, freshness, Idempotent::Yes)
            .await
    }

    async fn send_once(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        freshness: Freshness,
        idempotent: Idempotent,
    ) -> Result<Answer, GraphError> {
        let started = Instant::now();
        let mut waited = Duration::ZERO;
        let mut throttled = 0;
        let mut retries = 0;
        let mut renewed = false;
        loop {
            let url = format!("{}/{}", self.base, path.trim_start_matches('/'));
            let mut request = self
                .http
                .request(method.clone(), &url)
                .bearer_auth(self.token().expose());
            request = match &body {
                Some(body) => request.json(body),
                None if method == Method::POST => {
                    request.header(reqwest::header::CONTENT_LENGTH, "0")
                }
                None => request,
            };
            let response = request.send().await.map_err(|_| GraphError::Network)?;
            let status = response.status();
            let retry_after = retry_after(&response);
            let text = crate::net::read_capped(response, BODY_LIMIT)
                .await
                .map_err(|_| GraphError::Network)?
                .unwrap_or_default();
            if let Some(trace) = &self.trace {
                // Serialised again only when a trace is kept (reqwest serialised it to send).
                let sent = body.as_ref().map(|b| b.to_string().into_bytes());
                let (_, route) = url.split_at(url.find("://").map_or(0, |i| i + 3));
                let route = route.find('/').map_or("/", |i| &route[i..]);
                let sent = sent.as_deref().unwrap_or_default();
                trace.record(method.as_str(), route, status.as_u16(), sent, &text);
            }
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
                self.hide(&fresh);
                if let Ok(mut token) = self.token.lock() {
                    *token = fresh;
                }
                continue;
            }
            let throttling = match status.as_u16() {
                429 => true,
                503 | 504 => idempotent == Idempotent::Yes,
                _ => false,
            };
            if throttling && throttled < self.retry.throttled_attempts {
                let pause = retry_after.unwrap_or_else(|| backoff(&self.retry, throttled));
                if waited + pause <= self.retry.throttled_budget {
                    throttled += 1;
                    retries += 1;
                    waited += pause;
                    tokio::time::sleep(pause).await;
                    continue;
                }
            }
            let replicating = freshness == Freshness::JustCreated
                && matches!(status.as_u16(), 404 | 403 | 409)
                && started.elapsed() < self.retry.replication;
            if replicating {
                tokio::time::sleep(backoff(&self.retry, retries)).await;
                retries += 1;
                continue;
            }
            return Err(error);
        }
    }
}

/// Whether repeating a request after a 503/504 is safe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Idempotent {
    Yes,
    No,
}

/// Exponential back-off with up to a quarter of jitter, so that many clients do not retry in step.
fn backoff(policy: &RetryPolicy, attempt: u32) -> Duration {
    let doubled = policy
        .first_wait
        .saturating_mul(1u32 << attempt.min(16))
        .min(policy.longest_wait);
    let mut random = [0u8; 2];
    let _ = getrandom::fill(&mut random);
    let jitter = doubled.mul_f64(f64::from(u16::from_le_bytes(random)) / f64::from(u16::MAX) / 4.0);
    doubled.saturating_sub(jitter)
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
        message: crate::net::printable(&text(&error["message"]), crate::net::SERVER_TEXT_LIMIT),
        request_id: text(&error["innerError"]["request-id"]),
    }
}
