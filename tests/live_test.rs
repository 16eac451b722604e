//! The live test against the fake Appsemble server, over real HTTP on 127.0.0.1: what Entra sends,
//! and what a refused token means.

mod support;

use fake_appsemble::*;
use scim_assistant::address::{ServerAddress, UrlProblem};
use scim_assistant::appsemble::{AppsembleClient, Credentials};
use scim_assistant::net::TlsSettings;
use scim_assistant::probe::{CheckId, Finding, RejectCause, Status, TestReport, live_test};
use support::probe::*;

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
