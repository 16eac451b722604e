//! The express path's stage table without a network: what Connect starts, when it waits for the
//! admin, and where it stops.

use super::*;
use crate::graph::Principal;
use crate::probe::{CheckId, CheckResult, Finding};

/// Signed in to Appsemble (with `method`) with the one ready app chosen, and to Microsoft as Alex.
fn ready_to_connect(method: SignInMethod) -> Wizard {
    let mut wizard = with_apps(vec![choice(2, "Owner", secured())]);
    wizard.progress.method = method;
    wizard.progress.way = Some(Way::Express);
    wizard.progress.entra_client_id = "11111111-aaaa-4bbb-8ccc-222222222222".into();
    let sign_in = wizard.handle(Action::SignInWithMicrosoft);
    let Some(Command::MicrosoftSignIn { request, .. }) = sign_in.first() else {
        panic!("{sign_in:?}")
    };
    let me = Principal {
        id: "id-alex".into(),
        name: "alex@contoso.example".into(),
        display_name: "Alex Wilber".into(),
        is_group: false,
    };
    wizard.apply(Event::MicrosoftSignedIn {
        request: *request,
        result: Ok(me),
    });
    assert!(wizard.can_connect(), "{:?}", wizard.express);
    wizard
}

/// The live test passed and reached Entra's Test Connection; no rehearsal ran.
fn tested_without_rehearsal() -> TestReport {
    TestReport {
        checks: vec![CheckResult {
            id: CheckId::EntraTestConnection,
            finding: Finding::AuthAccepted,
            elapsed: std::time::Duration::ZERO,
        }],
        ..empty_report()
    }
}

#[test]
fn connect_keeps_a_token_it_can_read_and_runs_the_test_with_the_rehearsal_next() {
    let mut wizard = ready_to_connect(SignInMethod::Password);
    let commands = wizard.handle(Action::Connect {
        replace_token: false,
    });
    assert!(
        matches!(
            commands.as_slice(),
            [Command::Enable {
                keep_token: true,
                ..
            }]
        ),
        "{commands:?}"
    );
    assert_eq!(wizard.express.status(Stage::ScimOn), StageStatus::Running);
    let next = wizard.apply(Event::Enabled {
        request: request(&commands),
        result: Ok(outcome("kept-token")),
    });
    assert!(
        matches!(next.as_slice(), [Command::Test { rehearse: true, .. }]),
        "{next:?}"
    );
    assert_eq!(wizard.express.status(Stage::ScimOn), StageStatus::Done);
    assert_eq!(wizard.express.status(Stage::Test), StageStatus::Running);
}

#[test]
fn a_token_this_sign_in_cannot_read_is_replaced_only_after_the_admin_agrees() {
    let mut wizard = ready_to_connect(SignInMethod::ClientCredentials);
    assert!(
        wizard
            .handle(Action::Connect {
                replace_token: false
            })
            .is_empty()
    );
    assert!(wizard.express.confirm_replace);
    assert!(!wizard.express.running());
    wizard.handle(Action::CancelConnect);
    assert!(!wizard.express.confirm_replace);
    let commands = wizard.handle(Action::Connect {
        replace_token: true,
    });
    assert!(
        matches!(
            commands.as_slice(),
            [Command::Enable {
                keep_token: false,
                ..
            }]
        ),
        "{commands:?}"
    );
}

#[test]
fn a_test_without_a_passing_rehearsal_stops_before_anything_is_made_in_entra() {
    let mut wizard = ready_to_connect(SignInMethod::Password);
    let enable = wizard.handle(Action::Connect {
        replace_token: false,
    });
    let test = wizard.apply(Event::Enabled {
        request: request(&enable),
        result: Ok(outcome("t")),
    });
    let after = wizard.apply(Event::Tested {
        request: request(&test),
        result: Ok(tested_without_rehearsal()),
    });
    assert!(after.is_empty(), "nothing is sent to Graph: {after:?}");
    assert_eq!(wizard.express.failed(), Some(Stage::Test));
    assert_eq!(wizard.express.status(Stage::Entra), StageStatus::Waiting);
    assert_eq!(Stage::Test.by_hand(), Step::Credentials);
    wizard.handle(Action::ByHand(Stage::Test.by_hand()));
    assert_eq!(wizard.progress.way, Some(Way::Guided));
    assert_eq!(wizard.step(), Step::Credentials);
}

#[test]
fn stopping_or_signing_out_ends_connect_and_late_answers_change_nothing() {
    let mut wizard = ready_to_connect(SignInMethod::Password);
    let enable = wizard.handle(Action::Connect {
        replace_token: false,
    });
    let test = wizard.apply(Event::Enabled {
        request: request(&enable),
        result: Ok(outcome("t")),
    });
    let stop = wizard.handle(Action::StopConnect);
    assert!(matches!(stop.as_slice(), [Command::CancelTest]), "{stop:?}");
    assert_eq!(wizard.express.status(Stage::Test), StageStatus::Stopped);
    let late = wizard.apply(Event::Tested {
        request: request(&test),
        result: Ok(tested_without_rehearsal()),
    });
    assert!(late.is_empty());
    assert!(!wizard.express.running());

    let mut wizard = ready_to_connect(SignInMethod::Password);
    wizard.handle(Action::Connect {
        replace_token: false,
    });
    wizard.handle(Action::SignOutOfMicrosoft);
    assert_eq!(wizard.express.status(Stage::ScimOn), StageStatus::Stopped);
    assert!(
        !wizard.can_connect(),
        "Connect needs the Microsoft sign-in again"
    );
}

#[test]
fn only_me_provisions_the_admin_and_chosen_people_the_first_person_picked_or_typed() {
    let mut wizard = ready_to_connect(SignInMethod::Password);
    assert_eq!(
        wizard.express_person().as_deref(),
        Some("alex@contoso.example")
    );
    wizard.express.audience = Audience::Chosen;
    wizard.entra.setup.assign = "App users".into();
    assert_eq!(
        wizard.express_person(),
        None,
        "a group is nobody to provision first"
    );
    wizard.entra.add_to_assign(Principal {
        id: "id-grace".into(),
        name: "grace@contoso.example".into(),
        display_name: "Grace Hopper".into(),
        is_group: false,
    });
    assert_eq!(
        wizard.express_person().as_deref(),
        Some("grace@contoso.example")
    );
}

#[test]
fn old_progress_resumes_on_the_guided_path_and_new_progress_on_the_first_screen() {
    let old = Progress {
        step: Step::EnableScim,
        ..Progress::default()
    };
    assert_eq!(Wizard::resume(old).progress.way, Some(Way::Guided));
    assert_eq!(Wizard::resume(Progress::default()).progress.way, None);
}
