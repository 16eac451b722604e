//! The setup window driven by the labels a user reads, against the fake Appsemble server over real
//! HTTP: steps 4 to 6. No display is needed: egui_kittest runs the UI headless.

mod support;

use std::time::Duration;

use egui_kittest::Harness;
use fake_appsemble::*;
use scim_assistant::ui::WizardApp;
use scim_assistant::wizard::Step;
use support::window::*;

#[test]
fn happy_path_from_sign_in_to_a_passing_test_and_copied_credentials() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    sign_in_and_choose_notes(&world, &mut window);
    click(&mut window, "Turn on SCIM and create the token");
    step_until(&mut window, "SCIM to be on", |h| {
        shows(h, "SCIM is on and a new token was made.")
    });
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::Credentials);
    step_until(&mut window, "the automatic test", |h| {
        shows(h, "Entra's Test Connection should pass.")
    });
    window.run();

    let tenant_url = world.server.tenant_url(READY_APP);
    let token = world.server.app(READY_APP).scim_token.unwrap();
    assert!(shows(&window, &tenant_url));
    assert!(
        !shows(&window, &token),
        "the token is masked until Show is pressed"
    );
    click(&mut window, "Copy Tenant URL");
    assert_eq!(world.clipboard().as_deref(), Some(tenant_url.as_str()));
    assert!(!*world.clipboard.private.lock().unwrap());
    assert!(shows(&window, "Copied!"));
    click(&mut window, "Copy Secret Token");
    assert_eq!(world.clipboard().as_deref(), Some(token.as_str()));
    assert!(
        *world.clipboard.private.lock().unwrap(),
        "kept out of clipboard history"
    );
    click(&mut window, "Show Secret Token");
    assert!(shows(&window, &token));

    // Sixty seconds later the clipboard no longer holds the token.
    window.state_mut().age_clipboard(Duration::from_secs(61));
    window.step();
    assert_eq!(world.clipboard(), None);
    assert!(shows(&window, "The token was removed from the clipboard."));
}

#[test]
fn a_wrong_password_is_explained_in_the_step() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    sign_in(&world, &mut window, OWNER_EMAIL, "not-the-password");
    step_until(&mut window, "the sign-in answer", |h| {
        !h.state().wizard.sign_in.busy()
    });
    assert!(shows(
        &window,
        "did not accept this email address and password"
    ));
    assert!(
        shows(&window, "Sign in with your browser"),
        "the fix names the other ways in"
    );
    assert!(!window.state().wizard.sign_in.signed_in);
}

#[test]
fn a_member_without_the_right_role_cannot_choose_the_app() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    sign_in(&world, &mut window, MEMBER_EMAIL, MEMBER_PASSWORD);
    step_until(&mut window, "the app list", |h| shows(h, "Notes (#42)"));
    assert!(shows(
        &window,
        "Your role here is Member. Changing secrets needs AppManager, Maintainer or Owner."
    ));
    click(&mut window, "Notes (#42)");
    assert!(window.state().wizard.apps.chosen.is_none());
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::Appsemble);
}

#[test]
fn an_app_without_a_security_definition_stops_with_the_yaml_to_add() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    sign_in(&world, &mut window, OWNER_EMAIL, OWNER_PASSWORD);
    step_until(&mut window, "the app list", |h| {
        shows(h, "Open Board (#43)")
    });
    click(&mut window, "Open Board (#43)");
    assert!(shows(&window, "cannot take users from Entra yet"));
    assert!(shows(&window, "role: User"));
    click(&mut window, "Copy YAML");
    assert!(
        world
            .clipboard()
            .unwrap()
            .starts_with("security:\n  default:\n    role: User")
    );
    click(&mut window, "Open the app in Appsemble Studio");
    let opened = world.browser.opened.lock().unwrap().clone();
    assert_eq!(
        opened,
        [format!(
            "{}/en/apps/43/open-board/edit",
            world.server.origin()
        )]
    );
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::Appsemble);
}

const EXISTING_TOKEN: &str = "existing-token-ABCDEFGHIJKLMNOPQRSTUVWX";

/// An app that already has a SCIM token, signed in and chosen, on step 5.
fn at_step_5_with_an_existing_token() -> (World, Harness<'static, WizardApp>) {
    let world = World::new(WriteMode::Shipped);
    world.server.enable_scim(READY_APP, EXISTING_TOKEN);
    let mut window = world.window();
    sign_in_and_choose_notes(&world, &mut window);
    (world, window)
}

#[test]
fn an_existing_token_can_be_kept() {
    let (world, mut window) = at_step_5_with_an_existing_token();
    assert!(shows(&window, "already has a SCIM token"));
    click(&mut window, "Keep the current token");
    step_until(&mut window, "SCIM to be on", |h| {
        shows(h, "the current token was kept")
    });
    assert_eq!(
        world.server.app(READY_APP).scim_token.as_deref(),
        Some(EXISTING_TOKEN)
    );
}

#[test]
fn replacing_an_existing_token_asks_for_confirmation_first() {
    let (world, mut window) = at_step_5_with_an_existing_token();
    click(&mut window, "Make a new token");
    assert!(shows(&window, "stops working until you paste the new one"));
    assert_eq!(
        world.server.app(READY_APP).scim_token.as_deref(),
        Some(EXISTING_TOKEN),
        "nothing changes before the confirmation"
    );
    click(&mut window, "Replace the token");
    step_until(&mut window, "the new token", |h| {
        shows(h, "a new token was made")
    });
    let stored = world.server.app(READY_APP).scim_token.unwrap();
    assert_ne!(stored, EXISTING_TOKEN);
    assert_eq!(
        window
            .state()
            .wizard
            .enable
            .token
            .as_ref()
            .map(|t| t.expose().to_string()),
        Some(stored)
    );
}

#[test]
fn a_failing_test_shows_its_fix() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    sign_in_and_choose_notes(&world, &mut window);
    turn_on_scim(&mut window);
    // Someone switches SCIM off in the studio meanwhile.
    world
        .server
        .with(|s| s.apps.get_mut(&READY_APP).unwrap().scim_enabled = false);
    click(&mut window, "Next");
    step_until(&mut window, "the automatic test", |h| {
        h.state().wizard.test.report.is_some()
    });
    assert!(shows(&window, "Entra's Test Connection would fail."));
    assert!(shows(&window, "SCIM is switched off for this app"));
    assert!(shows(&window, "What to do: Turn SCIM on in this assistant"));
}

#[test]
fn progress_is_restored_after_a_restart_without_any_secret_on_disk() {
    let world = World::new(WriteMode::Shipped);
    {
        let mut window = world.window();
        reach_a_tested_step_6(&world, &mut window);
    }
    let saved = std::fs::read_to_string(&world.progress_file).unwrap();
    let token = world.server.app(READY_APP).scim_token.unwrap();
    assert!(
        !saved.contains(OWNER_PASSWORD) && !saved.contains(&token),
        "{saved}"
    );
    assert!(saved.contains(OWNER_EMAIL));

    let mut window = world.window();
    let wizard = &window.state().wizard;
    assert_eq!(wizard.step(), Step::Credentials);
    assert_eq!(wizard.progress.app_id, Some(READY_APP));
    assert!(wizard.progress.done.contains(&Step::Appsemble));
    assert!(wizard.enable.token.is_none() && wizard.sign_in.password.is_empty());
    window.step();
    assert!(shows(&window, &world.server.tenant_url(READY_APP)));
    assert!(shows(&window, "The token is not kept between runs"));
    type_into(&mut window, "Token to test", &token);
    click(&mut window, "Test the connection");
    step_until(&mut window, "the test", |h| {
        shows(h, "Entra's Test Connection should pass.")
    });
}

#[test]
fn users_arriving_show_up_in_the_watch_panel() {
    let world = World::new(WriteMode::Fixed);
    let mut window = world.window();
    sign_in_and_choose_notes(&world, &mut window);
    turn_on_scim(&mut window);
    click(&mut window, "8. Start and watch");
    step_until(&mut window, "the first poll", |h| {
        shows(h, "No users have arrived yet.")
    });
    world.server.with(|s| {
        s.apps
            .get_mut(&READY_APP)
            .unwrap()
            .members
            .push(ScimMember {
                id: uuid::Uuid::new_v4().to_string(),
                user_name: "new.person@example.com".into(),
                external_id: Some("abc".into()),
                active: true,
                name: None,
            })
    });
    step_until(&mut window, "the new user", |h| {
        shows(h, "new.person@example.com")
    });
    assert!(shows(&window, "1 user(s) in the app."));
    click(&mut window, "Stop watching");
    assert!(!window.state().wizard.watch.watching());
}

#[test]
fn signing_in_with_the_browser_uses_the_credentials_the_studio_sends() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    choose_browser_sign_in(&world, &mut window);
    click(&mut window, "Open Appsemble Studio in the browser");
    step_until(&mut window, "the browser to be opened", |_| {
        !world.browser.opened.lock().unwrap().is_empty()
    });
    let opened = world.browser.opened.lock().unwrap()[0].clone();
    assert!(opened.starts_with(&format!(
        "{}/settings/client-credentials?callback=",
        world.server.origin()
    )));
    let port = url::Url::parse(&opened)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "callback")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    // What Appsemble Studio does once the user approved.
    world.runtime.block_on(async {
        reqwest::Client::new()
            .post(format!("http://127.0.0.1:{port}"))
            .header("origin", world.server.origin())
            .json(&serde_json::json!({"credentials": format!("{CLIENT_ID}:{CLIENT_SECRET}")}))
            .send()
            .await
            .unwrap();
    });
    step_until(&mut window, "the sign-in", |h| {
        h.state().wizard.sign_in.signed_in
    });
    type_into(&mut window, "App id or studio address", "42");
    click(&mut window, "Use this app");
    step_until(&mut window, "the app", |h| {
        h.state().wizard.apps.chosen.is_some()
    });
    assert!(shows(&window, "cannot see the app's definition"));
    click(&mut window, "Next");
    assert!(shows(
        &window,
        "cannot see whether this app already has a token"
    ));
    click(&mut window, "Turn on SCIM and create the token");
    assert!(shows(&window, "Replace the token"), "asks first");
    assert!(!world.server.app(READY_APP).scim_enabled);
    click(&mut window, "Replace the token");
    step_until(&mut window, "SCIM to be on", |h| {
        h.state().wizard.enable.token.is_some()
    });
    assert!(world.server.app(READY_APP).scim_enabled);
}

#[test]
fn enter_moves_to_the_next_step_without_a_mouse() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    window.key_press(egui::Key::Enter);
    window.step();
    window.step();
    assert_eq!(window.state().wizard.step(), Step::CreateApp);
    window.run();
}
