//! "Sign in with your browser": the listener that receives client credentials from the studio.

use scim_assistant::address::ServerAddress;
use scim_assistant::browser_login::BrowserLogin;

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
    let waiting = tokio::spawn(login.wait());

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
    let post = http
        .post(&target)
        .json(&serde_json::json!({"credentials": "0123abcd:s3cr3t-value"}))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 204);
    let (id, secret) = waiting.await.unwrap().unwrap();
    assert_eq!((id.as_str(), secret.expose()), ("0123abcd", "s3cr3t-value"));
}

#[tokio::test]
async fn unreadable_credentials_are_an_error_not_a_hang() {
    let server = ServerAddress::parse("https://appsemble.example").unwrap();
    let login = BrowserLogin::start(&server, "x").await.unwrap();
    let port = callback_port(&login.url);
    let waiting = tokio::spawn(login.wait());
    let _ = reqwest::Client::new()
        .post(format!("http://127.0.0.1:{port}"))
        .body("{\"credentials\": \"no-colon\"}")
        .send()
        .await;
    assert!(waiting.await.unwrap().is_err());
}
