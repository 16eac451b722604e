//! "Sign in with your browser", the way `appsemble login` does it: Appsemble Studio makes client
//! credentials and POSTs them to a listener on this computer (appsemble-api.md §1.3).
//!
//! The listener trusts only the studio: the browser sends `Origin: <studio origin>` and a JSON
//! body after a CORS preflight, and a web page cannot forge the `Origin` header. Anything else (a
//! page the admin happens to have open, a malformed request) is answered and ignored, and the
//! sign-in keeps waiting until the studio's request arrives, the deadline passes or it is cancelled.

use std::io;
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::address::ServerAddress;
use crate::secret::Secret;

/// Largest request the listener reads; the credentials are well under 200 bytes.
const REQUEST_LIMIT: usize = 16 * 1024;
/// How long one connection may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Headers read from one request; the studio's POST has about a dozen.
const MAX_HEADERS: usize = 64;

/// A listener waiting for Appsemble Studio to hand over client credentials.
pub struct BrowserLogin {
    listener: TcpListener,
    origin: Arc<str>,
    /// The studio page to open in the browser.
    pub url: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BrowserLoginError {
    #[error("could not listen on this computer: {0}")]
    Listen(io::Error),
    #[error("Appsemble Studio did not hand over credentials in time")]
    TimedOut,
}

#[derive(Deserialize)]
struct Handover {
    credentials: String,
}

/// What one connection turned out to be.
enum Request {
    Preflight,
    Credentials(String, Secret),
    /// Not from the studio, or not the studio's request: answered and ignored.
    Refused(&'static str),
}

impl BrowserLogin {
    /// Starts listening on 127.0.0.1 and builds the studio address with the callback port.
    pub async fn start(
        server: &ServerAddress,
        description: &str,
    ) -> Result<Self, BrowserLoginError> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(BrowserLoginError::Listen)?;
        let port = listener
            .local_addr()
            .map_err(BrowserLoginError::Listen)?
            .port();
        let description: String = description.chars().take(50).collect();
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("callback", &port.to_string())
            .append_pair("description", &description)
            .finish();
        Ok(Self {
            listener,
            origin: server.origin().into(),
            url: server.endpoint(&format!("settings/client-credentials?{query}")),
        })
    }

    /// Waits for the studio's POST and returns the client id and secret, at most `deadline`.
    /// Each connection is served on its own, so a slow or hostile one cannot hold up the studio.
    /// Dropping the future closes the listener and every open connection.
    pub async fn wait(self, deadline: Duration) -> Result<(String, Secret), BrowserLoginError> {
        let (found, mut arrived) = mpsc::channel(1);
        let mut connections = JoinSet::new();
        let waiting = async {
            loop {
                tokio::select! {
                    accepted = self.listener.accept() => match accepted {
                        Ok((stream, _)) => {
                            connections.spawn(serve(stream, self.origin.clone(), found.clone()));
                        }
                        // Out of file descriptors and the like: wait a moment instead of spinning.
                        Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
                    },
                    Some(credentials) = arrived.recv() => return credentials,
                    Some(_) = connections.join_next(), if !connections.is_empty() => {}
                }
            }
        };
        tokio::time::timeout(deadline, waiting)
            .await
            .map_err(|_| BrowserLoginError::TimedOut)
    }
}

/// Answers one connection; sends the credentials on when it was the studio's hand-off.
async fn serve(mut stream: TcpStream, origin: Arc<str>, found: mpsc::Sender<(String, Secret)>) {
    let Ok(Some(raw)) = tokio::time::timeout(READ_TIMEOUT, read_request(&mut stream)).await else {
        return;
    };
    let request = classify(&raw, &origin);
    let status = match &request {
        Request::Preflight | Request::Credentials(..) => "204 No Content",
        Request::Refused(status) => status,
    };
    let reply = format!(
        "HTTP/1.1 {status}\r\naccess-control-allow-origin: {origin}\r\naccess-control-allow-methods: POST\r\naccess-control-allow-headers: content-type\r\naccess-control-allow-private-network: true\r\nvary: origin\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
    );
    let _ = stream.write_all(reply.as_bytes()).await;
    if let Request::Credentials(id, secret) = request {
        let _ = found.send((id, secret)).await;
    }
}

/// Decides what a request is. Only a POST whose `Origin` is the studio and whose body is the
/// studio's JSON hands over credentials (appsemble-api.md §1.3, "Observed with a real browser").
fn classify(raw: &[u8], origin: &str) -> Request {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let Ok(httparse::Status::Complete(head_length)) = parsed.parse(raw) else {
        return Request::Refused("400 Bad Request");
    };
    let header = |name: &str| {
        parsed
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .and_then(|h| std::str::from_utf8(h.value).ok())
            .map(str::trim)
    };
    match parsed.method {
        Some("OPTIONS") => Request::Preflight,
        Some("POST") if header("origin") != Some(origin) => Request::Refused("403 Forbidden"),
        Some("POST") if !is_json(header("content-type")) => {
            Request::Refused("415 Unsupported Media Type")
        }
        Some("POST") => match parse_handover(&raw[head_length..]) {
            Some((id, secret)) => Request::Credentials(id, secret),
            None => Request::Refused("400 Bad Request"),
        },
        _ => Request::Refused("404 Not Found"),
    }
}

fn is_json(content_type: Option<&str>) -> bool {
    content_type
        .and_then(|value| value.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

/// The `{"credentials": "id:secret"}` the studio sends, or what an admin pastes from its page.
fn parse_handover(body: &[u8]) -> Option<(String, Secret)> {
    let handover: Handover = serde_json::from_slice(body).ok()?;
    crate::appsemble::split_client_pair(&handover.credentials)
}

/// Reads the head and a body of `content-length` bytes; `None` when it is too large.
async fn read_request(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut data = Vec::new();
    let mut buf = [0u8; 2048];
    loop {
        let n = stream.read(&mut buf).await.ok()?;
        if n == 0 {
            return Some(data);
        }
        data.extend_from_slice(&buf[..n]);
        if data.len() > REQUEST_LIMIT {
            return None;
        }
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if data.len() >= end + 4 + length {
                return Some(data);
            }
        }
    }
}
