//! "Sign in with your browser", the way `appsemble login` does it: Appsemble Studio makes client
//! credentials and POSTs them to a listener on this computer (appsemble-api.md §1.3).

use std::io;
use std::time::Duration;

use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::address::ServerAddress;
use crate::secret::Secret;

/// Largest request the listener reads; the credentials are well under 200 bytes.
const REQUEST_LIMIT: usize = 16 * 1024;
/// How long one connection may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// A listener waiting for Appsemble Studio to hand over client credentials.
pub struct BrowserLogin {
    listener: TcpListener,
    origin: String,
    /// The studio page to open in the browser.
    pub url: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BrowserLoginError {
    #[error("could not listen on this computer: {0}")]
    Listen(io::Error),
    #[error("the studio sent credentials that could not be read")]
    Unreadable,
}

#[derive(Deserialize)]
struct Handover {
    credentials: String,
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
            origin: server.origin(),
            url: server.endpoint(&format!("settings/client-credentials?{query}")),
        })
    }

    /// Waits for the studio's POST and returns the client id and secret. Answers CORS preflights
    /// on the way, as the Appsemble CLI does.
    pub async fn wait(self) -> Result<(String, Secret), BrowserLoginError> {
        loop {
            let Ok((stream, _)) = self.listener.accept().await else {
                continue;
            };
            match tokio::time::timeout(READ_TIMEOUT, self.serve(stream)).await {
                Ok(Some(result)) => return result,
                Ok(None) | Err(_) => continue,
            }
        }
    }

    /// Handles one connection; `Some` once credentials arrived (or could not be read).
    async fn serve(
        &self,
        mut stream: TcpStream,
    ) -> Option<Result<(String, Secret), BrowserLoginError>> {
        let request = read_request(&mut stream).await?;
        let head_end = request.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&request[..head_end]).to_string();
        let body = &request[head_end + 4..];
        let cors = format!(
            "access-control-allow-origin: {}\r\naccess-control-allow-methods: POST\r\naccess-control-allow-headers: content-type\r\naccess-control-allow-private-network: true\r\n",
            self.origin
        );
        let method = head.split(' ').next().unwrap_or_default();
        let reply = |status: &str| {
            format!("HTTP/1.1 {status}\r\n{cors}content-length: 0\r\nconnection: close\r\n\r\n")
        };
        match method {
            "OPTIONS" => {
                let _ = stream.write_all(reply("204 No Content").as_bytes()).await;
                None
            }
            "POST" => {
                let _ = stream.write_all(reply("204 No Content").as_bytes()).await;
                Some(parse_handover(body))
            }
            _ => {
                let _ = stream.write_all(reply("404 Not Found").as_bytes()).await;
                None
            }
        }
    }
}

fn parse_handover(body: &[u8]) -> Result<(String, Secret), BrowserLoginError> {
    let handover: Handover =
        serde_json::from_slice(body).map_err(|_| BrowserLoginError::Unreadable)?;
    let (id, secret) = handover
        .credentials
        .split_once(':')
        .filter(|(id, secret)| !id.is_empty() && !secret.is_empty())
        .ok_or(BrowserLoginError::Unreadable)?;
    Ok((id.to_string(), Secret::new(secret)))
}

/// Reads the head and a body of `content-length` bytes.
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
