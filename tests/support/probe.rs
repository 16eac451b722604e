//! Helpers for the live-test suites: options, the tenant token, reading a report.

use std::time::Duration;

use fake_appsemble::FakeAppsemble;
use hostile_servers::{HostileServer, TestCa, response};
use scim_assistant::address::ServerAddress;
use scim_assistant::appsemble::{AppsembleClient, Credentials};
use scim_assistant::net::TlsSettings;
use scim_assistant::probe::{CheckId, Finding, ProbeOptions, Status, TestReport, live_test};
use scim_assistant::secret::Secret;

pub const LIST0: &str = r#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"startIndex":1,"itemsPerPage":0,"Resources":[]}"#;

pub fn token() -> Secret {
    Secret::new(super::SENTINEL_TOKEN)
}

pub fn quick() -> ProbeOptions {
    ProbeOptions {
        timeout: Duration::from_secs(2),
        ..ProbeOptions::default()
    }
}

pub fn trusting(ca: &TestCa) -> ProbeOptions {
    ProbeOptions {
        timeout: Duration::from_secs(5),
        tls: TlsSettings {
            extra_roots: vec![ca.root()],
        },
    }
}

pub fn finding(report: &TestReport, id: CheckId) -> Finding {
    report
        .get(id)
        .unwrap_or_else(|| panic!("no {id:?} in {report:?}"))
        .finding
        .clone()
}

pub fn statuses(report: &TestReport) -> Vec<(CheckId, Status)> {
    report.checks.iter().map(|c| (c.id, c.status())).collect()
}

pub fn sign_in(server: &FakeAppsemble, email: &str, password: &str) -> AppsembleClient {
    let credentials = Credentials::Password {
        email: email.into(),
        password: Secret::new(password),
    };
    let address = ServerAddress::parse(&server.origin()).unwrap();
    AppsembleClient::new(address, credentials, &TlsSettings::default()).unwrap()
}

/// Runs the live test against a TLS server with `identity`, on `https://localhost:<port>`.
pub async fn tls_report(
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
