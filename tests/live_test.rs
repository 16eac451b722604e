//! The live test against the fake Appsemble server and hostile servers, over real HTTP on 127.0.0.1.

mod support;

use std::time::{Duration, Instant};

use fake_appsemble::*;
use hostile_servers::{Behaviour, HostileServer, TestCa, response, self_signed};
use scim_assistant::address::{ServerAddress, UrlProblem};
use scim_assistant::appsemble::{AppsembleClient, Credentials};
use scim_assistant::net::TlsSettings;
use scim_assistant::probe::{
    CheckId, Finding, ProbeOptions, RejectCause, Status, TestReport, TlsFailure, live_test,
};
use scim_assistant::secret::Secret;

const LIST0: &str = r#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"startIndex":1,"itemsPerPage":0,"Resources":[]}"#;

fn token() -> Secret {
    Secret::new(support::SENTINEL_TOKEN)
}

fn quick() -> ProbeOptions {
    ProbeOptions {
        timeout: Duration::from_secs(2),
        ..ProbeOptions::default()
    }
}

fn trusting(ca: &TestCa) -> ProbeOptions {
    ProbeOptions {
        timeout: Duration::from_secs(5),
        tls: TlsSettings {
            extra_roots: vec![ca.root()],
        },
    }
}

fn finding(report: &TestReport, id: CheckId) -> Finding {
    report
        .get(id)
        .unwrap_or_else(|| panic!("no {id:?} in {report:?}"))
        .finding
        .clone()
}

fn statuses(report: &TestReport) -> Vec<(CheckId, Status)> {
    report.checks.iter().map(|c| (c.id, c.status())).collect()
}

fn sign_in(server: &FakeAppsemble, email: &str, password: &str) -> AppsembleClient {
    let credentials = Credentials::Password {
        email: email.into(),
        password: Secret::new(password),
    };
    let address = ServerAddress::parse(&server.origin()).unwrap();
    AppsembleClient::new(address, credentials, &TlsSettings::default()).unwrap()
}

/// Runs the live test against a TLS server with `identity`, on `https://localhost:<port>`.
async fn tls_report(
    identity: hostile_servers::TlsIdentity,
    options: &ProbeOptions,
) -> (TestReport, HostileServer) {
    let server = HostileServer::tls(
        response("200 OK", "application/scim+json", LIST0, ""),
        identity,
    )
    .await;
    let report = live_test(
        &server.url("https", "localhost", "/api/apps/1/scim"),
        &token(),
        options,
        None,
    )
    .await;
    (report, server)
}

#[tokio::test]
async fn a_working_app_passes_the_way_entra_would() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    let report = live_test(&server.tenant_url(READY_APP), &token(), &quick(), None).await;
    assert!(report.ok(), "{report:?}");
    assert_eq!(
        statuses(&report),
        vec![
            (CheckId::Url, Status::Warn),
            (CheckId::Dns, Status::Pass),
            (CheckId::Connect, Status::Pass),
            (CheckId::Tls, Status::Skip),
            (CheckId::Auth, Status::Pass),
            (CheckId::EntraTestConnection, Status::Pass),
        ]
    );
    assert_eq!(finding(&report, CheckId::Url), Finding::UrlLoopbackHttp);
}

#[tokio::test]
async fn the_request_has_exactly_entras_shape() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    live_test(&server.tenant_url(READY_APP), &token(), &quick(), None).await;
    let seen = server.seen();
    let request = seen
        .iter()
        .find(|s| s.path.ends_with("/scim/Users"))
        .unwrap();
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, format!("/api/apps/{READY_APP}/scim/Users"));
    assert_eq!(
        request.authorization.as_deref(),
        Some(format!("Bearer {}", support::SENTINEL_TOKEN).as_str())
    );
    assert_eq!(request.accept.as_deref(), Some("application/scim+json"));
    let filter: String = url::form_urlencoded::parse(request.query.as_bytes())
        .find(|(k, _)| k == "filter")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    let guid = filter
        .strip_prefix("userName eq \"")
        .and_then(|f| f.strip_suffix('"'))
        .unwrap_or_else(|| panic!("filter {filter}"));
    assert!(uuid::Uuid::parse_str(guid).is_ok(), "{guid}");
}

#[tokio::test]
async fn a_refused_token_without_sign_in_names_all_three_causes() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, "the-real-token");
    let report = live_test(&server.tenant_url(READY_APP), &token(), &quick(), None).await;
    assert!(!report.ok());
    assert_eq!(
        finding(&report, CheckId::Auth),
        Finding::AuthRejected {
            cause: RejectCause::Unknown
        }
    );
    assert_eq!(
        finding(&report, CheckId::EntraTestConnection),
        Finding::Skipped {
            because: CheckId::Auth
        }
    );
}

#[tokio::test]
async fn a_signed_in_admin_learns_which_cause_it_is() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let owner = sign_in(&server, OWNER_EMAIL, OWNER_PASSWORD);
    let tenant = server.tenant_url(READY_APP);

    let cause = |report: TestReport| match finding(&report, CheckId::Auth) {
        Finding::AuthRejected { cause } => cause,
        other => panic!("{other:?}"),
    };
    // SCIM never switched on.
    let report = live_test(&tenant, &token(), &quick(), Some(&owner)).await;
    assert_eq!(cause(report), RejectCause::ScimDisabled);
    // On, but no token stored.
    server.with(|s| s.apps.get_mut(&READY_APP).unwrap().scim_enabled = true);
    let report = live_test(&tenant, &token(), &quick(), Some(&owner)).await;
    assert_eq!(cause(report), RejectCause::NoTokenStored);
    // On, another token stored.
    server.enable_scim(READY_APP, "another-token");
    let report = live_test(&tenant, &token(), &quick(), Some(&owner)).await;
    assert_eq!(cause(report), RejectCause::WrongToken);
    // An app id that does not exist.
    let report = live_test(
        &server.tenant_url(999_999),
        &token(),
        &quick(),
        Some(&owner),
    )
    .await;
    assert_eq!(cause(report), RejectCause::AppNotFound);
}

#[tokio::test]
async fn an_unknown_app_id_is_found_even_without_sign_in() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let report = live_test(&server.tenant_url(999_999), &token(), &quick(), None).await;
    assert_eq!(
        finding(&report, CheckId::Auth),
        Finding::AuthRejected {
            cause: RejectCause::AppNotFound
        }
    );
}

#[tokio::test]
async fn client_credentials_say_they_cannot_tell() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, "the-real-token");
    let credentials =
        Credentials::from_client_pair(&format!("{CLIENT_ID}:{CLIENT_SECRET}")).unwrap();
    let address = ServerAddress::parse(&server.origin()).unwrap();
    let client = AppsembleClient::new(address, credentials, &TlsSettings::default()).unwrap();
    let report = live_test(
        &server.tenant_url(READY_APP),
        &token(),
        &quick(),
        Some(&client),
    )
    .await;
    assert_eq!(
        finding(&report, CheckId::Auth),
        Finding::AuthRejected {
            cause: RejectCause::SignInCannotTell
        }
    );
}

#[tokio::test]
async fn a_wrong_url_shape_stops_before_any_traffic() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.enable_scim(READY_APP, support::SENTINEL_TOKEN);
    let with_users = format!("{}/Users", server.tenant_url(READY_APP));
    let report = live_test(&with_users, &token(), &quick(), None).await;
    match finding(&report, CheckId::Url) {
        Finding::UrlProblem { problem, corrected } => {
            assert_eq!(problem, UrlProblem::TrailingResource("Users".into()));
            assert_eq!(corrected, Some(server.tenant_url(READY_APP)));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        report.checks[1..]
            .iter()
            .all(|c| c.status() == Status::Skip)
    );
    assert!(server.seen().is_empty(), "no request may be sent");

    let public_http = live_test(
        "http://appsemble.app/api/apps/1/scim",
        &token(),
        &quick(),
        None,
    )
    .await;
    assert!(matches!(
        finding(&public_http, CheckId::Url),
        Finding::UrlProblem {
            problem: UrlProblem::HttpToPublicHost,
            ..
        }
    ));
}

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
    let (report, _) = tls_report(ca.leaf(&["localhost"], 2020, 2021), &trusting(&ca)).await;
    let failure = TlsFailure::Expired;
    assert!(
        matches!(finding(&report, CheckId::Tls), Finding::Tls { failure: f, .. } if f == failure),
        "{report:?}"
    );
}

#[tokio::test]
async fn a_certificate_for_another_host() {
    let ca = TestCa::new();
    let (report, _) = tls_report(ca.leaf(&["other.example"], 2024, 2099), &trusting(&ca)).await;
    let failure = TlsFailure::WrongHost;
    assert!(
        matches!(finding(&report, CheckId::Tls), Finding::Tls { failure: f, .. } if f == failure),
        "{report:?}"
    );
}

#[tokio::test]
async fn a_trusted_certificate_passes_over_https() {
    let ca = TestCa::new();
    let (report, _) = tls_report(ca.leaf(&["localhost"], 2024, 2099), &trusting(&ca)).await;
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
