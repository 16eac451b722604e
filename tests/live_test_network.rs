//! The live test against what the network and hostile servers do: names that do not resolve,
//! refused and silent connections, certificates, HTML and broken answers, redirects.

mod support;

use std::time::{Duration, Instant};

use fake_appsemble::*;
use hostile_servers::{Behaviour, HostileServer, TestCa, response, self_signed};
use scim_assistant::probe::{CheckId, Finding, ProbeOptions, Status, TlsFailure, live_test};
use support::probe::*;

#[tokio::test]
async fn a_name_that_does_not_resolve() {
    let report = live_test(
        "https://appsemble-scim.invalid/api/apps/1/scim",
        &token(),
        &quick(),
        None,
    )
    .await;
    assert!(
        matches!(finding(&report, CheckId::Dns), Finding::DnsNotFound { host } if host == "appsemble-scim.invalid")
    );
    assert_eq!(report.get(CheckId::Connect).unwrap().status(), Status::Skip);
}

#[tokio::test]
async fn a_refused_connection() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let url = format!("http://127.0.0.1:{port}/api/apps/1/scim");
    let report = live_test(&url, &token(), &quick(), None).await;
    assert!(matches!(
        finding(&report, CheckId::Connect),
        Finding::ConnectRefused { .. }
    ));
    assert_eq!(
        finding(&report, CheckId::Tls),
        Finding::Skipped {
            because: CheckId::Connect
        }
    );
}

#[tokio::test]
async fn a_server_that_never_answers_ends_after_one_timeout() {
    let silent = HostileServer::plain(Behaviour::Silent).await;
    let options = ProbeOptions {
        timeout: Duration::from_secs(1),
        ..ProbeOptions::default()
    };
    let started = Instant::now();
    let url = silent.url("http", "127.0.0.1", "/api/apps/1/scim");
    let report = live_test(&url, &token(), &options, None).await;
    assert_eq!(
        finding(&report, CheckId::EntraTestConnection),
        Finding::NoAnswer { seconds: 1 }
    );
    // Generous bound: the point is that it does not hang, not how fast it is.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_self_signed_certificate_is_not_trusted() {
    let (report, server) = tls_report(self_signed(&["localhost"]), &quick()).await;
    let expected = Finding::Tls {
        failure: TlsFailure::Untrusted,
        host: "localhost".into(),
    };
    assert_eq!(finding(&report, CheckId::Tls), expected);
    assert!(
        server.heads().is_empty(),
        "no token over an untrusted connection"
    );
}

#[tokio::test]
async fn an_expired_certificate() {
    let ca = TestCa::new();
    let (report, _) = tls_report(
        ca.leaf_between(&["localhost"], (2020, 1, 1), (2021, 1, 1)),
        &trusting(&ca),
    )
    .await;
    let failure = TlsFailure::Expired;
    assert!(
        matches!(finding(&report, CheckId::Tls), Finding::Tls { failure: f, .. } if f == failure),
        "{report:?}"
    );
}

#[tokio::test]
async fn a_certificate_for_another_host() {
    let ca = TestCa::new();
    let (report, _) = tls_report(ca.leaf(&["other.example"]), &trusting(&ca)).await;
    let failure = TlsFailure::WrongHost;
    assert!(
        matches!(finding(&report, CheckId::Tls), Finding::Tls { failure: f, .. } if f == failure),
        "{report:?}"
    );
}

#[tokio::test]
async fn a_trusted_certificate_passes_over_https() {
    let ca = TestCa::new();
    let (report, _) = tls_report(ca.leaf(&["localhost"]), &trusting(&ca)).await;
    assert!(report.ok(), "{report:?}");
    assert_eq!(finding(&report, CheckId::Url), Finding::UrlOk);
    assert_eq!(finding(&report, CheckId::Tls), Finding::TlsOk);
    assert_eq!(
        finding(&report, CheckId::EntraTestConnection),
        Finding::TestConnectionPasses
    );
}

#[tokio::test]
async fn https_to_a_plain_http_port() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let url = format!("https://localhost:{}/api/apps/1/scim", server.addr.port());
    let report = live_test(&url, &token(), &quick(), None).await;
    assert!(
        matches!(
            finding(&report, CheckId::Tls),
            Finding::Tls {
                failure: TlsFailure::NotTls,
                ..
            }
        ),
        "{report:?}"
    );
}

async fn answer_of(behaviour: Behaviour) -> (Finding, Finding) {
    let server = HostileServer::plain(behaviour).await;
    let report = live_test(
        &server.url("http", "127.0.0.1", "/api/apps/1/scim"),
        &token(),
        &quick(),
        None,
    )
    .await;
    (
        finding(&report, CheckId::Auth),
        finding(&report, CheckId::EntraTestConnection),
    )
}

#[tokio::test]
async fn an_html_page_is_recognised() {
    let html = "<!doctype html><html><body>Sign in to continue</body></html>";
    let (auth, test) = answer_of(response("200 OK", "text/html; charset=utf-8", html, "")).await;
    assert_eq!((auth, test), (Finding::AuthNotReached, Finding::HtmlPage));
    // Also when the page lies about its type.
    let (_, test) = answer_of(response("200 OK", "application/json", html, "")).await;
    assert_eq!(test, Finding::HtmlPage);
}

#[tokio::test]
async fn invalid_json_and_non_scim_json() {
    let (_, test) = answer_of(response(
        "200 OK",
        "application/scim+json",
        "{\"totalResults\": 0,",
        "",
    ))
    .await;
    assert_eq!(test, Finding::InvalidJson);
    let (_, test) = answer_of(response(
        "200 OK",
        "application/json",
        "{\"status\":\"ok\"}",
        "",
    ))
    .await;
    assert_eq!(
        test,
        Finding::NotScim {
            content_type: "application/json".into()
        }
    );
}

#[tokio::test]
async fn an_endless_body_is_cut_off() {
    let (_, test) = answer_of(Behaviour::Endless).await;
    assert_eq!(test, Finding::BodyTooLarge { limit_kib: 1024 });
}

#[tokio::test]
async fn not_found_and_server_errors() {
    let nf = r#"{"error":"Not Found","message":"URL not found","statusCode":404}"#;
    let (auth, test) = answer_of(response("404 Not Found", "application/json", nf, "")).await;
    assert_eq!(
        (auth, test),
        (Finding::AuthNotReached, Finding::EndpointNotFound)
    );
    let (_, test) = answer_of(response(
        "500 Internal Server Error",
        "text/plain",
        "Internal Server Error",
        "",
    ))
    .await;
    assert_eq!(test, Finding::ServerError { status: 500 });
    let (_, test) = answer_of(response(
        "502 Bad Gateway",
        "text/html",
        "<html>bad gateway</html>",
        "",
    ))
    .await;
    assert_eq!(test, Finding::ServerError { status: 502 });
}

#[tokio::test]
async fn a_filter_that_is_ignored() {
    let full = r#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":3,"Resources":[]}"#;
    let (auth, test) = answer_of(response("200 OK", "application/scim+json", full, "")).await;
    assert_eq!(
        (auth, test),
        (Finding::AuthAccepted, Finding::FilterIgnored { total: 3 })
    );
}

#[tokio::test]
async fn a_redirect_is_reported_and_never_followed() {
    let elsewhere =
        HostileServer::plain(response("200 OK", "application/scim+json", LIST0, "")).await;
    let target = elsewhere.url("http", "localhost", "/api/apps/1/scim/Users");
    let redirect = response(
        "302 Found",
        "text/plain",
        "",
        &format!("location: {target}\r\n"),
    );
    let (auth, test) = answer_of(redirect).await;
    assert_eq!(auth, Finding::AuthNotReached);
    assert_eq!(test, Finding::Redirect { location: target });
    assert!(
        elsewhere.heads().is_empty(),
        "the token went to another host"
    );
}
