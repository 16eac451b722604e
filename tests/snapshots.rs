//! Image snapshots of the main steps, from fixed state (no network, no random values), rendered
//! headless on the CPU. Run with `cargo test --features snapshots --test snapshots`; accept new
//! images with `UPDATE_SNAPSHOTS=1`.

#![cfg(feature = "snapshots")]

mod support;

use std::time::{Duration, SystemTime};

use egui_kittest::Harness;
use scim_assistant::appsemble::{App, AppChoice, Organization, SecurityCheck};
use scim_assistant::probe::{CheckId, CheckResult, Finding, TestReport};
use scim_assistant::secret::Secret;
use scim_assistant::ui::WizardApp;
use scim_assistant::wizard::{ChosenApp, ProgressStore, Step, Way};

fn window(runtime: &tokio::runtime::Runtime) -> Harness<'static, WizardApp> {
    let app = WizardApp::new(support::app_setup(runtime, ProgressStore::nowhere()));
    Harness::builder()
        .with_size(egui::vec2(900.0, 640.0))
        .build_ui_state(|ui, app: &mut WizardApp| app.show(ui), app)
}

fn fixed_state(app: &mut WizardApp) {
    let wizard = &mut app.wizard;
    wizard.progress.way = Some(Way::Guided);
    wizard.progress.server = "https://appsemble.app".into();
    wizard.progress.email = "admin@example.com".into();
    wizard.sign_in.signed_in = true;
    let organization = Organization {
        id: "acme".into(),
        name: Some("Acme".into()),
        role: "Owner".into(),
    };
    let app_of = |id: u64, name: &str| App {
        id,
        path: Some(name.to_lowercase()),
        definition: serde_json::json!({"name": name, "security": {"default": {"role": "User"}, "roles": {"User": {}}}}),
    };
    wizard.apps.list = Some(vec![
        AppChoice {
            app: app_of(42, "Notes"),
            organization: organization.clone(),
            may_change_secrets: true,
        },
        AppChoice {
            app: app_of(44, "Timesheets"),
            organization: Organization {
                role: "Member".into(),
                ..organization
            },
            may_change_secrets: false,
        },
    ]);
    wizard.apps.chosen = Some(ChosenApp::from_app(&app_of(42, "Notes")));
    wizard.progress.app_id = Some(42);
    wizard.enable.tenant_url = Some("https://appsemble.app/api/apps/42/scim".into());
    wizard.enable.token = Some(Secret::new("SnapshotTokenAbCdEfGhIjKlMnOpQrStUvWxYz12"));
    wizard.enable.token_created = true;
    let check = |id, finding| CheckResult {
        id,
        finding,
        elapsed: Duration::from_millis(12),
    };
    wizard.test.report = Some(TestReport {
        tenant_url: "https://appsemble.app/api/apps/42/scim".into(),
        checks: vec![
            check(CheckId::Url, Finding::UrlOk),
            check(
                CheckId::Dns,
                Finding::DnsResolved {
                    host: "appsemble.app".into(),
                    addresses: 2,
                },
            ),
            check(
                CheckId::Connect,
                Finding::Connected {
                    address: "203.0.113.7:443".into(),
                },
            ),
            check(CheckId::Tls, Finding::TlsOk),
            check(CheckId::Auth, Finding::AuthAccepted),
            check(CheckId::EntraTestConnection, Finding::TestConnectionPasses),
            check(CheckId::Groups, Finding::GroupsNotSupported),
        ],
        server_version: Some("0.37.6".into()),
        started_at: SystemTime::UNIX_EPOCH,
        elapsed: Duration::from_millis(90),
    });
    for step in [
        Step::Prepare,
        Step::CreateApp,
        Step::AssignUsers,
        Step::Appsemble,
        Step::EnableScim,
    ] {
        wizard.progress.done.insert(step);
    }
    assert_eq!(
        wizard.apps.chosen.as_ref().unwrap().security,
        SecurityCheck::Ready {
            default_role: "User".into()
        }
    );
}

#[test]
fn main_steps_look_as_approved() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut window = window(&runtime);
    window.run();
    window.snapshot("0-first-screen");
    fixed_state(window.state_mut());
    for (step, name) in [
        (Step::Prepare, "1-before-you-start"),
        (Step::Appsemble, "4-choose-the-app"),
        (Step::Credentials, "6-credentials-and-test"),
        (Step::Mappings, "7-attribute-mappings"),
    ] {
        window.state_mut().wizard.progress.step = step;
        window.run();
        window.snapshot(name);
    }
}
