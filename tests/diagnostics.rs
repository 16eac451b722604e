//! The deeper diagnostics against the fake server in both write modes.

mod support;

use std::time::Duration;

use fake_appsemble::*;
use scim_assistant::diagnostics::{DiagnoseOptions, REHEARSAL_USER_PREFIX, diagnose};
use scim_assistant::probe::{
    CheckId, DiscoveryClaim, Finding, ProbeOptions, RehearsalFailure, RehearsalStep, Status,
    TestReport,
};
use scim_assistant::report;
use scim_assistant::secret::Secret;

fn token() -> Secret {
    Secret::new(support::SENTINEL_TOKEN)
}

fn options(rehearse: bool) -> DiagnoseOptions {
    DiagnoseOptions {
        probe: ProbeOptions {
            timeout: Duration::from_secs(5),
            ..ProbeOptions::default()
        },
        rehearse,
        ..DiagnoseOptions::default()
    }
}

async fn diagnose_app(server: &FakeAppsemble, app_id: u64, rehearse: bool) -> TestReport {
    server.enable_scim(app_id, support::SENTINEL_TOKEN);
    diagnose(
        &server.tenant_url(app_id),
        &token(),
        &options(rehearse),
        None,
    )
    .await
}

fn finding(report: &TestReport, id: CheckId) -> Finding {
    report.get(id).unwrap().finding.clone()
}

fn rehearsal_failure(report: &TestReport) -> RehearsalFailure {
    match finding(report, CheckId::Rehearsal) {
        Finding::RehearsalFailed(failure) => *failure,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_healthy_037_server_passes_with_warnings_only() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let report = diagnose_app(&server, READY_APP, false).await;
    assert!(report.ok(), "{report:#?}");
    assert_eq!(report.server_version.as_deref(), Some("0.37.6"));
    assert_eq!(
        finding(&report, CheckId::Health),
        Finding::HealthOk {
            version: Some("0.37.6".into())
        }
    );
    assert_eq!(
        finding(&report, CheckId::Groups),
        Finding::GroupsNotSupported
    );
    assert_eq!(
        finding(&report, CheckId::Discovery),
        Finding::DiscoveryGaps {
            missing: vec!["/ServiceProviderConfig".into(), "/ResourceTypes".into()],
            wrong_claims: vec![
                DiscoveryClaim::FilterUnsupported,
                DiscoveryClaim::BasicAuthOnly
            ],
        }
    );
    assert_eq!(
        finding(&report, CheckId::Mappings),
        Finding::MappingsNeedChanges {
            delete: 18,
            change: 1
        }
    );
    assert_eq!(
        finding(&report, CheckId::Rehearsal),
        Finding::RehearsalNotRequested
    );
    let ids: Vec<CheckId> = report.checks.iter().map(|c| c.id).collect();
    let expected: Vec<CheckId> = CheckId::LIVE_TEST
        .into_iter()
        .chain(CheckId::DEEPER)
        .collect();
    assert_eq!(ids, expected);
}

#[tokio::test]
async fn the_rehearsal_on_a_037_server_says_provisioning_will_fail() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let report = diagnose_app(&server, READY_APP, true).await;
    assert!(!report.ok());
    let failure = rehearsal_failure(&report);
    assert_eq!(failure.step, RehearsalStep::Create);
    assert_eq!(failure.status, Some(500));
    assert!(failure.server_side());
    assert_eq!(
        failure.request,
        format!("POST /api/apps/{READY_APP}/scim/Users")
    );
    assert_eq!(failure.server_version.as_deref(), Some("0.37.6"));
    assert_eq!(failure.leftover, None);
    let words = scim_assistant::messages::explain(&finding(&report, CheckId::Rehearsal));
    assert!(
        words.summary.contains("Nothing in Entra can fix this"),
        "{}",
        words.summary
    );
    assert!(words.summary.contains("0.37.6"), "{}", words.summary);
    assert!(server.app(READY_APP).members.is_empty());
}

#[tokio::test]
async fn the_rehearsal_on_a_fixed_server_leaves_nothing_behind() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    let report = diagnose_app(&server, READY_APP, true).await;
    assert!(report.ok(), "{report:#?}");
    assert_eq!(
        finding(&report, CheckId::Rehearsal),
        Finding::RehearsalPasses
    );
    assert!(server.app(READY_APP).members.is_empty());
    let writes: Vec<String> = server
        .seen()
        .iter()
        .filter(|s| s.path.contains("/scim/Users"))
        .map(|s| s.method.clone())
        .collect();
    // Test Connection, then the rehearsal: lookup, create, read, deactivate, reactivate, delete.
    assert_eq!(
        writes,
        ["GET", "GET", "POST", "GET", "PATCH", "PATCH", "DELETE"]
    );
}

#[tokio::test]
async fn a_user_that_cannot_be_deleted_is_deactivated_and_reported() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    server.with(|s| s.delete_fails = true);
    let report = diagnose_app(&server, READY_APP, true).await;
    let failure = rehearsal_failure(&report);
    assert_eq!(failure.step, RehearsalStep::Delete);
    let leftover = failure.leftover.expect("a leftover is reported");
    let members = server.app(READY_APP).members;
    assert_eq!(members.len(), 1);
    assert_eq!(leftover.id, members[0].id);
    assert_eq!(leftover.user_name, members[0].user_name);
    assert!(leftover.user_name.starts_with(REHEARSAL_USER_PREFIX));
    assert!(leftover.deactivated && !members[0].active);
    let words = scim_assistant::messages::explain(&finding(&report, CheckId::Rehearsal));
    assert!(words.summary.contains(&leftover.id), "{}", words.summary);
}

#[tokio::test]
async fn an_app_without_security_fails_the_rehearsal_with_the_servers_reason() {
    let server = FakeAppsemble::start(WriteMode::Fixed).await;
    let report = diagnose_app(&server, NO_SECURITY_APP, true).await;
    let failure = rehearsal_failure(&report);
    assert_eq!(
        (failure.step, failure.status),
        (RehearsalStep::Create, Some(400))
    );
    assert!(!failure.server_side());
    assert!(
        failure.detail.contains("security definition"),
        "{}",
        failure.detail
    );
}

#[tokio::test]
async fn an_unhealthy_server_and_a_refused_token() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    server.with(|s| s.healthy = false);
    server.enable_scim(READY_APP, "another-token");
    let report = diagnose(
        &server.tenant_url(READY_APP),
        &token(),
        &options(true),
        None,
    )
    .await;
    assert_eq!(
        finding(&report, CheckId::Health),
        Finding::HealthUnhealthy { status: 503 }
    );
    for id in [CheckId::Groups, CheckId::Discovery, CheckId::Rehearsal] {
        assert_eq!(
            finding(&report, id),
            Finding::Skipped {
                because: CheckId::Auth
            }
        );
    }
    assert_eq!(
        report.get(CheckId::Mappings).unwrap().status(),
        Status::Warn
    );
}

#[tokio::test]
async fn a_bad_url_skips_the_network_checks() {
    let report = diagnose(
        "https://appsemble.app/api/apps/42/scim/",
        &token(),
        &options(true),
        None,
    )
    .await;
    assert_eq!(
        finding(&report, CheckId::Health),
        Finding::Skipped {
            because: CheckId::Url
        }
    );
    assert_eq!(
        finding(&report, CheckId::Groups),
        Finding::Skipped {
            because: CheckId::Url
        }
    );
}

#[tokio::test]
async fn the_report_shows_only_the_last_four_characters_of_the_token() {
    let server = FakeAppsemble::start(WriteMode::Shipped).await;
    let report = diagnose_app(&server, READY_APP, true).await;
    let markdown = report::markdown(&report, &token());
    let json = report::json(&report, &token()).to_string();
    for text in [&markdown, &json] {
        assert!(!text.contains(support::SENTINEL_TOKEN));
        assert!(text.contains("Hf5"), "last four shown");
    }
    assert!(
        markdown.contains("| Appsemble version | 0.37.6 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("### FAIL — Rehearsal of the first sync (`rehearsal`"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| `externalId` | `mailNickname` | Change source to `objectId`"),
        "{markdown}"
    );
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed["token_last_four"], "yd3Hf5"[2..].to_string());
    assert_eq!(parsed["server_version"], "0.37.6");
    assert_eq!(parsed["checks"].as_array().unwrap().len(), 11);
    assert_eq!(parsed["mappings"].as_array().unwrap().len(), 22);
}
