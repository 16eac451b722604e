//! "Sign in with your browser": the listener that receives client credentials from the studio.

use std::time::Duration;

use scim_assistant::address::ServerAddress;
use scim_assistant::browser_login::{BrowserLogin, BrowserLoginError};

const STUDIO: &str = "https://appsemble.example";
const DEADLINE: Duration = Duration::from_secs(60);

fn callback_port(url: &str) -> u16 {
    let parsed = url::Url::parse(url).unwrap();
    parsed
        .query_pairs()
        .find(|(k, _)| k == "callback")
        .map(|(_, v)| v.parse().unwrap())
        .unwrap()
}

#[tokio::test]
async fn the_studio_hands_over_credentials_after_a_cors_preflight() {
    let server = ServerAddress::parse("https://appsemble.example").unwrap();
    let login = BrowserLogin::start(&server, "SCIM assistant on test")
        .await
        .unwrap();
    let url = login.url.clone();
    assert!(
        url.starts_with("https://appsemble.example/settings/client-credentials?callback="),
        "{url}"
    );
    assert!(url.contains("description=SCIM+assistant+on+test"), "{url}");
    let port = callback_port(&url);
    assert!((1000..=99_999).contains(&u32::from(port)), "4-5 digits");
    let waiting = tokio::spawn(login.wait(DEADLINE));

    let http = reqwest::Client::new();
    let target = format!("http://127.0.0.1:{port}");
    let preflight = http
        .request(reqwest::Method::OPTIONS, &target)
        .header("origin", "https://appsemble.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    assert_eq!(preflight.status(), 204);
    assert_eq!(
        preflight.headers()["access-control-allow-origin"],
        "https://appsemble.example"
    );
    assert_eq!(
        preflight.headers()["access-control-allow-headers"],
        "content-type"
    );
    assert_eq!(
        preflight.headers()["access-control-allow-private-network"],
        "true",
        "Chrome asks before a public page may call 127.0.0.1"
    );
    let post = http
        .post(&target)
        .header("origin", STUDIO)
        .json(&serde_json::json!({"credentials": "0123abcd:s3cr3t-value"}))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 204);
    let (id, secret) = waiting.await.unwrap().unwrap();
    assert_eq!((id.as_str(), secret.expose()), ("0123abcd", "s3cr3t-value"));
}

/// Sends one request to the listener and returns the status it answered.
async fn post(port: u16, origin: Option<&str>, content_type: &str, body: &str) -> u16 {
    let mut request = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}"))
        .header("content-type", content_type)
        .body(body.to_string());
    if let Some(origin) = origin {
        request = request.header("origin", origin);
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn only_the_studio_can_hand_over_credentials_and_the_rest_is_ignored() {
    let server = ServerAddress::parse(STUDIO).unwrap();
    let login = BrowserLogin::start(&server, "x").await.unwrap();
    let port = callback_port(&login.url);
    let waiting = tokio::spawn(login.wait(DEADLINE));
    let forged = r#"{"credentials": "attacker:attacker-secret"}"#;

    // A connection that says nothing does not hold up the others.
    let _silent = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let json = "application/json";
    assert_eq!(
        post(port, None, json, forged).await,
        403,
        "a local process without Origin"
    );
    assert_eq!(
        post(port, Some("https://evil.example"), json, forged).await,
        403,
        "another web page"
    );
    assert_eq!(
        post(port, Some("http://appsemble.example"), json, forged).await,
        403,
        "same host, other scheme"
    );
    assert_eq!(
        post(port, Some(STUDIO), "text/plain", forged).await,
        415,
        "a no-cors simple request"
    );
    assert_eq!(
        post(port, Some(STUDIO), json, r#"{"credentials": "no-colon"}"#).await,
        400
    );
    assert_eq!(post(port, Some(STUDIO), json, "not json").await, 400);
    assert!(!waiting.is_finished(), "still waiting for the studio");

    let studio = r#"{"credentials":"0123abcd:s3cr3t-value"}"#;
    assert_eq!(post(port, Some(STUDIO), json, studio).await, 204);
    let (id, secret) = tokio::time::timeout(Duration::from_secs(5), waiting)
        .await
        .expect("the studio's hand-off is not held up")
        .unwrap()
        .unwrap();
    assert_eq!((id.as_str(), secret.expose()), ("0123abcd", "s3cr3t-value"));
}

#[tokio::test]
async fn the_listener_gives_up_at_its_deadline_and_closes() {
    let server = ServerAddress::parse(STUDIO).unwrap();
    let login = BrowserLogin::start(&server, "x").await.unwrap();
    let port = callback_port(&login.url);
    let result = login.wait(Duration::from_millis(200)).await;
    assert!(
        matches!(result, Err(BrowserLoginError::TimedOut)),
        "{result:?}"
    );
    assert!(
        tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err(),
        "nothing listens any more"
    );
}
