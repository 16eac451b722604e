//! Signing in (client credentials, plain http) and answers that arrive late or after sign-out.

use super::*;

#[test]
fn client_credentials_ask_before_making_a_token_they_cannot_see() {
    let mut wizard = Wizard::default();
    wizard.progress.server = "https://appsemble.example".into();
    wizard.progress.method = SignInMethod::ClientCredentials;
    wizard.progress.client_id = "id".into();
    wizard.progress.app_id = Some(7);
    wizard.sign_in.client_secret = Secret::new("secret");
    wizard.handle(Action::GoTo(Step::Appsemble));
    let sign_in = wizard.handle(Action::SignIn);
    let load = wizard.apply(Event::SignedIn {
        request: request(&sign_in),
        result: Ok(()),
    });
    wizard.apply(Event::AppLoaded {
        request: request(&load),
        result: Ok(ChosenApp::hidden(7)),
    });
    let read = wizard.handle(Action::Next);
    assert!(read.is_empty(), "client credentials cannot read the token");
    assert_eq!(wizard.step(), Step::EnableScim);
    assert!(wizard.enable.token_may_exist());
    assert_eq!(
        wizard.primary_action(),
        None,
        "Enter alone never makes a token here"
    );
    assert!(wizard.handle(Action::EnableScim).is_empty());
    assert!(wizard.enable.confirm_replace);
    assert!(matches!(
        wizard.handle(Action::ConfirmReplaceToken).as_slice(),
        [Command::Enable {
            app_id: 7,
            keep_token: false,
            ..
        }]
    ));
}

#[test]
fn plain_http_to_another_computer_is_refused_before_signing_in() {
    let mut wizard = Wizard::default();
    wizard.progress.server = "http://appsemble.app".into();
    wizard.progress.email = "a@b.c".into();
    wizard.sign_in.password = Secret::new("pw");
    wizard.handle(Action::GoTo(Step::Appsemble));
    assert!(wizard.handle(Action::SignIn).is_empty());
    assert!(wizard.handle(Action::SignInWithBrowser).is_empty());
    assert_eq!(
        wizard.sign_in.problem,
        Some(Problem::Address(AddressError::InsecureHttp(
            "appsemble.app".into()
        )))
    );
    wizard.progress.server = "http://127.0.0.1:9000".into();
    assert!(matches!(
        wizard.handle(Action::SignIn).as_slice(),
        [Command::SignIn { .. }]
    ));
}

#[test]
fn a_late_answer_for_another_app_never_overwrites_the_newer_choice() {
    let mut wizard = with_apps(vec![
        choice(2, "Owner", secured()),
        choice(5, "Owner", secured()),
    ]);
    wizard.handle(Action::ChooseApp(2));
    wizard.handle(Action::Next);
    wizard.enable.before = Some(ScimBefore { has_token: false });
    let for_app_2 = wizard.handle(Action::EnableScim);
    // The admin goes back and picks another app while app 2 is still being enabled.
    wizard.handle(Action::Back);
    wizard.handle(Action::ChooseApp(5));
    wizard.apply(Event::Enabled {
        request: request(&for_app_2),
        result: Ok(outcome("token-of-app-2")),
    });
    assert!(
        wizard.enable.token.is_none(),
        "app 2's token is not app 5's"
    );
    assert_eq!(
        wizard.enable.tenant_url.as_deref(),
        Some("https://appsemble.example/api/apps/5/scim")
    );
}

#[test]
fn answers_that_arrive_after_signing_out_are_ignored() {
    let (mut wizard, load) = signed_in_wizard();
    let sign_out = wizard.handle(Action::SignOut);
    assert!(matches!(sign_out.last(), Some(Command::Forget)));
    wizard.apply(Event::AppsLoaded {
        request: load,
        result: Ok(vec![choice(2, "Owner", secured())]),
    });
    assert!(wizard.apps.list.is_none());
    assert!(!wizard.sign_in.signed_in);
}

#[test]
fn problems_are_kept_as_data_not_words() {
    let (mut wizard, load) = signed_in_wizard();
    let error = AppsembleError::SessionExpired;
    wizard.apply(Event::AppsLoaded {
        request: load,
        result: Err(Problem::Api {
            error: error.clone(),
            server: "https://appsemble.example".into(),
        }),
    });
    assert_eq!(
        wizard.apps.problem,
        Some(Problem::Api {
            error,
            server: "https://appsemble.example".into()
        })
    );
}
