//! The window in Dutch. In its own test binary because the language is process-wide.

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use scim_assistant::i18n::{Lang, lang};
use scim_assistant::ui::WizardApp;
use scim_assistant::wizard::{ProgressStore, Step};

#[test]
fn the_language_switch_turns_every_step_dutch_and_is_remembered() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = std::env::temp_dir().join(format!("scim-nl-{}", uuid::Uuid::new_v4()));
    let progress = ProgressStore::at(dir.join("progress.json"));
    let app = WizardApp::new(support::app_setup(&runtime, progress.clone()));
    let mut window = support::window::harness_for(app, 900.0);
    assert!(window.query_by_label("Next").is_some());
    // A problem on screen before the switch...
    window.state_mut().wizard.progress.step = Step::Appsemble;
    window.state_mut().wizard.progress.server = "http://appsemble.example".into();
    window.step();
    window.get_by_label("Sign in").click();
    window.step();
    window.step();
    let shows = |window: &Harness<'_, WizardApp>, text: &str| {
        window.query_all_by_label_contains(text).next().is_some()
    };
    assert!(shows(&window, "is not encrypted"));
    window.get_by_label("Nederlands").click();
    window.step();
    window.step();
    assert_eq!(lang(), Lang::Nl);
    // ...is worded again in the new language.
    assert!(shows(&window, "is niet versleuteld"));
    assert!(!shows(&window, "is not encrypted"));
    // So are the two verdicts of a test.
    window.state_mut().wizard.test.report = Some(passing_test());
    window.state_mut().wizard.progress.step = Step::Credentials;
    window.step();
    assert!(shows(
        &window,
        "Verbinding testen (Test Connection) in Entra zou moeten slagen."
    ));
    assert!(shows(
        &window,
        "Of Appsemble gebruikers kan ontvangen is nog niet bekend"
    ));
    assert!(!shows(&window, "should pass"));
    // Every step draws in Dutch (a glyph missing from the font would panic here).
    for step in Step::ALL {
        window.state_mut().wizard.progress.step = step;
        window.step();
        assert!(window.query_by_label("Volgende").is_some(), "{step:?}");
        assert!(window.query_by_label("Next").is_none(), "{step:?}");
    }
    window.state_mut().wizard.progress.step = Step::Prepare;
    window.step();
    assert!(
        window
            .query_all_by_label_contains("U hebt nodig:")
            .next()
            .is_some()
    );
    window.run();
    assert_eq!(progress.load().language, Some(Lang::Nl));
    let _ = std::fs::remove_dir_all(dir);
}

/// A test whose live checks passed and that did not rehearse.
fn passing_test() -> scim_assistant::probe::TestReport {
    use scim_assistant::probe::{CheckId, CheckResult, Finding, TestReport};
    TestReport {
        tenant_url: "https://appsemble.example/api/apps/42/scim".into(),
        checks: vec![CheckResult {
            id: CheckId::EntraTestConnection,
            finding: Finding::TestConnectionPasses,
            elapsed: std::time::Duration::ZERO,
        }],
        server_version: None,
        started_at: std::time::SystemTime::now(),
        elapsed: std::time::Duration::ZERO,
    }
}
