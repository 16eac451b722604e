use super::*;
use crate::address::AddressError;
use crate::appsemble::{
    App, AppChoice, AppsembleError, Credentials, Organization, SecurityCheck, SecurityProblem,
};
use crate::enable::EnableOutcome;
use crate::probe::TestReport;
use serde_json::json;

fn choice(id: u64, role: &str, definition: serde_json::Value) -> AppChoice {
    AppChoice {
        app: App {
            id,
            path: Some(format!("app-{id}")),
            definition,
        },
        organization: Organization {
            id: "acme".into(),
            name: Some("Acme".into()),
            role: role.into(),
        },
        may_change_secrets: crate::appsemble::role_may_change_secrets(role),
    }
}

fn secured() -> serde_json::Value {
    json!({"name": "Notes", "security": {"default": {"role": "User"}, "roles": {"User": {}}}})
}

/// The request id of the one command in `commands` that expects an answer.
fn request(commands: &[Command]) -> RequestId {
    let ids: Vec<RequestId> = commands
        .iter()
        .filter_map(|command| match command {
            Command::SignIn { request, .. }
            | Command::ListenForBrowserSignIn { request, .. }
            | Command::LoadApps { request }
            | Command::LoadApp { request, .. }
            | Command::ReadScim { request, .. }
            | Command::Enable { request, .. }
            | Command::Test { request, .. }
            | Command::WatchUsers { request, .. } => Some(*request),
            _ => None,
        })
        .collect();
    assert_eq!(ids.len(), 1, "{commands:?}");
    ids[0]
}

/// A wizard on step 4, signed in with a password, with the app list requested.
fn signed_in_wizard() -> (Wizard, RequestId) {
    let mut wizard = Wizard::default();
    wizard.progress.server = "https://appsemble.example".into();
    wizard.progress.email = "a@b.c".into();
    wizard.sign_in.password = Secret::new("pw");
    wizard.handle(Action::GoTo(Step::Appsemble));
    let commands = wizard.handle(Action::SignIn);
    assert!(matches!(commands.as_slice(), [Command::SignIn { .. }]));
    assert!(wizard.sign_in.busy());
    assert!(
        wizard.handle(Action::SignIn).is_empty(),
        "one sign-in at a time"
    );
    let follow_up = wizard.apply(Event::SignedIn {
        request: request(&commands),
        result: Ok(()),
    });
    assert!(matches!(follow_up.as_slice(), [Command::LoadApps { .. }]));
    (wizard, request(&follow_up))
}

/// A signed-in wizard with `apps` loaded.
fn with_apps(apps: Vec<AppChoice>) -> Wizard {
    let (mut wizard, load) = signed_in_wizard();
    wizard.apply(Event::AppsLoaded {
        request: load,
        result: Ok(apps),
    });
    wizard
}

fn outcome(token: &str) -> EnableOutcome {
    EnableOutcome {
        app_id: 2,
        enabled: true,
        tenant_url: "https://appsemble.example/api/apps/2/scim".into(),
        token: Secret::new(token),
        token_created: true,
        had_token_before: Some(false),
        security: SecurityCheck::Hidden,
    }
}

fn empty_report() -> TestReport {
    TestReport {
        tenant_url: String::new(),
        checks: Vec::new(),
        server_version: None,
        started_at: std::time::SystemTime::now(),
        elapsed: std::time::Duration::ZERO,
    }
}

#[test]
fn next_moves_forward_and_marks_steps_done() {
    let mut wizard = Wizard::default();
    wizard.handle(Action::Next);
    wizard.handle(Action::Next);
    assert_eq!(wizard.step(), Step::AssignUsers);
    assert!(wizard.progress.done.contains(&Step::Prepare));
    wizard.handle(Action::Back);
    assert_eq!(wizard.step(), Step::CreateApp);
    wizard.handle(Action::GoTo(Step::Appsemble));
    wizard.handle(Action::Next);
    assert_eq!(wizard.step(), Step::Appsemble, "no app chosen yet");
}

#[test]
fn an_empty_sign_in_form_is_not_sent() {
    let mut wizard = Wizard::default();
    assert!(wizard.handle(Action::SignIn).is_empty());
    assert_eq!(wizard.sign_in.problem, Some(Problem::SignInIncomplete));
}

#[test]
fn only_apps_the_user_may_change_can_be_chosen() {
    let mut wizard = with_apps(vec![
        choice(1, "Member", secured()),
        choice(2, "Maintainer", secured()),
    ]);
    assert_eq!(
        wizard.apps.chosen.as_ref().map(|c| c.id),
        Some(2),
        "the one app this account may change is chosen already"
    );
    wizard.handle(Action::ChooseApp(1));
    assert_eq!(wizard.apps.chosen.as_ref().map(|c| c.id), Some(2));
    assert_eq!(
        wizard.enable.tenant_url.as_deref(),
        Some("https://appsemble.example/api/apps/2/scim")
    );
    assert_eq!(wizard.app_name().as_deref(), Some("Notes"));
    assert!(wizard.can_continue());
}

#[test]
fn an_app_is_chosen_for_the_admin_only_when_it_is_the_one_ready_app() {
    let two = with_apps(vec![
        choice(1, "Owner", secured()),
        choice(2, "Maintainer", secured()),
    ]);
    assert!(
        two.apps.chosen.is_none(),
        "two ready apps: the admin chooses"
    );
    let one = with_apps(vec![
        choice(1, "Owner", secured()),
        choice(3, "Owner", json!({"name": "Open"})),
    ]);
    assert_eq!(one.apps.chosen.as_ref().map(|c| c.id), Some(1));
}

#[test]
fn an_app_without_security_blocks_the_step() {
    let mut wizard = with_apps(vec![choice(3, "Owner", json!({"name": "Open"}))]);
    wizard.handle(Action::ChooseApp(3));
    let chosen = wizard.apps.chosen.clone().unwrap();
    assert_eq!(
        chosen.security,
        SecurityCheck::Problem(SecurityProblem::NoSecurity)
    );
    assert!(!wizard.can_continue());
    wizard.handle(Action::Next);
    assert_eq!(wizard.step(), Step::Appsemble);
    assert!(wizard.handle(Action::EnableScim).is_empty());
}

#[test]
fn an_existing_token_needs_confirmation_before_it_is_replaced() {
    let mut wizard = with_apps(vec![choice(2, "Owner", secured())]);
    wizard.handle(Action::ChooseApp(2));
    let commands = wizard.handle(Action::Next);
    assert!(matches!(
        commands.as_slice(),
        [Command::ReadScim { app_id: 2, .. }]
    ));
    wizard.apply(Event::ScimRead {
        request: request(&commands),
        result: Ok(ScimBefore { has_token: true }),
    });
    assert_eq!(
        wizard.primary_action(),
        None,
        "Enter never replaces a token"
    );
    assert!(
        wizard.handle(Action::ConfirmReplaceToken).is_empty(),
        "no confirmation was asked yet"
    );
    assert!(
        wizard.handle(Action::EnableScim).is_empty(),
        "turning SCIM on would replace the existing token: ask first"
    );
    assert!(wizard.enable.confirm_replace);
    wizard.handle(Action::CancelReplaceToken);
    assert!(wizard.handle(Action::AskReplaceToken).is_empty());
    assert!(wizard.enable.confirm_replace);
    wizard.handle(Action::CancelReplaceToken);
    assert!(!wizard.enable.confirm_replace);
    let keep = wizard.handle(Action::KeepToken);
    assert!(matches!(
        keep.as_slice(),
        [Command::Enable {
            app_id: 2,
            keep_token: true,
            ..
        }]
    ));
    wizard.handle(Action::AskReplaceToken);
    let replace = wizard.handle(Action::ConfirmReplaceToken);
    assert!(matches!(
        replace.as_slice(),
        [Command::Enable {
            keep_token: false,
            ..
        }]
    ));
}

#[test]
fn the_credentials_step_tests_once_by_itself() {
    let mut wizard = with_apps(vec![choice(2, "Owner", secured())]);
    wizard.handle(Action::ChooseApp(2));
    wizard.handle(Action::Next);
    wizard.enable.before = Some(ScimBefore { has_token: false });
    let enable = wizard.handle(Action::EnableScim);
    wizard.apply(Event::Enabled {
        request: request(&enable),
        result: Ok(outcome("t0k3n")),
    });
    let first = wizard.handle(Action::Next);
    assert!(matches!(
        first.as_slice(),
        [Command::Test {
            rehearse: false,
            ..
        }]
    ));
    wizard.handle(Action::Back);
    assert!(
        wizard.handle(Action::Next).is_empty(),
        "a test is already running"
    );
    wizard.apply(Event::Tested {
        request: request(&first),
        result: Ok(empty_report()),
    });
    wizard.handle(Action::Back);
    assert!(
        wizard.handle(Action::Next).is_empty(),
        "only once automatically"
    );
    assert!(matches!(
        wizard.handle(Action::RunTest).as_slice(),
        [Command::Test { .. }]
    ));
}

#[test]
fn leaving_the_watch_step_stops_polling() {
    let mut wizard = Wizard::default();
    wizard.enable.tenant_url = Some("https://x/api/apps/1/scim".into());
    wizard.enable.token = Some(Secret::new("t"));
    let start = wizard.handle(Action::GoTo(Step::Provision));
    assert!(matches!(start.as_slice(), [Command::WatchUsers { .. }]));
    let stop = wizard.handle(Action::GoTo(Step::Done));
    assert!(matches!(stop.as_slice(), [Command::StopWatchingUsers]));
}

#[test]
fn saved_progress_resumes_without_secrets() {
    let mut wizard = with_apps(vec![choice(2, "Owner", secured())]);
    wizard.handle(Action::ChooseApp(2));
    let saved = serde_json::to_string(&wizard.progress).unwrap();
    let restored: Progress = serde_json::from_str(&saved).unwrap();
    let resumed = Wizard::resume(restored);
    assert_eq!(resumed.step(), Step::Appsemble);
    assert_eq!(resumed.progress.app_id, Some(2));
    assert_eq!(
        resumed.enable.tenant_url.as_deref(),
        Some("https://appsemble.example/api/apps/2/scim")
    );
    assert!(resumed.enable.token.is_none() && resumed.sign_in.password.is_empty());
}

#[test]
fn browser_credentials_sign_in_as_client() {
    let mut wizard = Wizard::default();
    let listen = wizard.handle(Action::SignInWithBrowser);
    assert!(matches!(
        listen.as_slice(),
        [Command::ListenForBrowserSignIn { .. }]
    ));
    let sign_in = wizard.apply(Event::BrowserCredentials {
        request: request(&listen),
        result: Ok(("id1".into(), Secret::new("s"))),
    });
    assert!(matches!(
        sign_in.as_slice(),
        [Command::SignIn {
            credentials: Credentials::ClientCredentials { .. },
            ..
        }]
    ));
    assert_eq!(wizard.progress.method, SignInMethod::Browser);
}

#[test]
fn enter_presses_the_main_button_of_each_step_but_never_replaces_a_token() {
    let mut wizard = Wizard::default();
    assert_eq!(wizard.primary_action(), Some(Action::Next));
    wizard.handle(Action::GoTo(Step::Appsemble));
    assert_eq!(wizard.primary_action(), Some(Action::SignIn));
    let (mut wizard, load) = signed_in_wizard();
    assert_eq!(wizard.primary_action(), None, "no app chosen yet");
    wizard.apply(Event::AppsLoaded {
        request: load,
        result: Ok(vec![choice(2, "Owner", secured())]),
    });
    wizard.handle(Action::ChooseApp(2));
    assert_eq!(wizard.primary_action(), Some(Action::Next));
    let read = wizard.handle(Action::Next);
    assert_eq!(
        wizard.primary_action(),
        None,
        "still reading the SCIM state"
    );
    wizard.apply(Event::ScimRead {
        request: request(&read),
        result: Ok(ScimBefore { has_token: true }),
    });
    assert_eq!(
        wizard.primary_action(),
        None,
        "keeping or replacing is a choice"
    );
    wizard.enable.before = Some(ScimBefore { has_token: false });
    assert_eq!(wizard.primary_action(), Some(Action::EnableScim));
    wizard.handle(Action::GoTo(Step::Done));
    assert_eq!(wizard.primary_action(), None);
}

mod sign_in_and_answers;

mod express;
