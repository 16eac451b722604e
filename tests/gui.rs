//! The setup window driven by the labels a user reads, against the fake Appsemble server over real
//! HTTP. No display is needed: egui_kittest runs the UI headless.

mod support;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use fake_appsemble::*;
use scim_assistant::platform::{MemoryClipboard, RecordingBrowser};
use scim_assistant::secret::Secret;
use scim_assistant::ui::{AppSetup, WizardApp};
use scim_assistant::wizard::{ProgressStore, Step};
use support::window::step_until;

struct World {
    runtime: tokio::runtime::Runtime,
    server: FakeAppsemble,
    clipboard: MemoryClipboard,
    browser: Arc<RecordingBrowser>,
    progress_file: PathBuf,
}

impl World {
    fn new(mode: WriteMode) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime.block_on(FakeAppsemble::start(mode));
        let dir = std::env::temp_dir().join(format!("scim-gui-{}", uuid::Uuid::new_v4()));
        Self {
            runtime,
            server,
            clipboard: MemoryClipboard::default(),
            browser: Arc::new(RecordingBrowser::default()),
            progress_file: dir.join("progress.json"),
        }
    }

    fn window(&self) -> Harness<'static, WizardApp> {
        self.window_with_browser(self.browser.clone())
    }

    fn window_with_browser(
        &self,
        browser: Arc<dyn scim_assistant::platform::Browser>,
    ) -> Harness<'static, WizardApp> {
        let app = WizardApp::new(AppSetup {
            browser,
            clipboard: Box::new(self.clipboard.clone()),
            watch_every: Duration::from_millis(200),
            ..support::app_setup(&self.runtime, ProgressStore::at(self.progress_file.clone()))
        });
        let mut harness = Harness::builder()
            .with_size(egui::vec2(980.0, 900.0))
            .build_ui_state(|ui, app: &mut WizardApp| app.show(ui), app);
        harness.step();
        harness
    }

    fn clipboard(&self) -> Option<String> {
        self.clipboard.content.lock().unwrap().clone()
    }
}

impl Drop for World {
    fn drop(&mut self) {
        if let Some(dir) = self.progress_file.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn shows(harness: &Harness<'static, WizardApp>, label: &str) -> bool {
    harness.query_all_by_label_contains(label).next().is_some()
}

fn click(harness: &mut Harness<'static, WizardApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.step();
    harness.step();
}

/// Password fields have their own role, so a screen reader can say so.
fn role_of(harness: &Harness<'static, WizardApp>, label: &str) -> Role {
    if harness
        .query_by_role_and_label(Role::PasswordInput, label)
        .is_some()
    {
        Role::PasswordInput
    } else {
        Role::TextInput
    }
}

fn type_into(harness: &mut Harness<'static, WizardApp>, label: &str, value: &str) {
    let role = role_of(harness, label);
    harness.get_by_role_and_label(role, label).focus();
    harness.step();
    harness.get_by_role_and_label(role, label).type_text(value);
    harness.step();
}

/// From the start to a signed-in step 4 with the app list loaded.
fn sign_in(world: &World, harness: &mut Harness<'static, WizardApp>, email: &str, password: &str) {
    for _ in 0..3 {
        click(harness, "Next");
    }
    assert_eq!(harness.state().wizard.step(), Step::Appsemble);
    harness.state_mut().wizard.progress.server = world.server.origin();
    type_into(harness, "Email", email);
    type_into(harness, "Password", password);
    click(harness, "Sign in");
}

fn sign_in_and_choose_notes(world: &World, harness: &mut Harness<'static, WizardApp>) {
    sign_in(world, harness, OWNER_EMAIL, OWNER_PASSWORD);
    step_until(harness, "the app list", |h| shows(h, "Notes (#42)"));
    click(harness, "Notes (#42)");
    assert!(shows(harness, "New users will get the role User."));
    click(harness, "Next");
    step_until(harness, "the SCIM state", |h| {
        !h.state().wizard.enable.reading()
    });
}

/// From the start to step 4 with "Sign in with your browser" chosen.
fn choose_browser_sign_in(world: &World, harness: &mut Harness<'static, WizardApp>) {
    for _ in 0..3 {
        click(harness, "Next");
    }
    harness.state_mut().wizard.progress.server = world.server.origin();
    click(harness, "Sign in with your browser");
}

/// Presses the step-5 button and waits for the token.
fn turn_on_scim(harness: &mut Harness<'static, WizardApp>) {
    click(harness, "Turn on SCIM and create the token");
    step_until(harness, "SCIM to be on", |h| {
        h.state().wizard.enable.token.is_some()
    });
}

/// Signs in, turns SCIM on for Notes and waits for step 6's automatic test.
fn reach_a_tested_step_6(world: &World, harness: &mut Harness<'static, WizardApp>) {
    sign_in_and_choose_notes(world, harness);
    turn_on_scim(harness);
    click(harness, "Next");
    step_until(harness, "the automatic test", |h| {
        h.state().wizard.test.report.is_some()
    });
}

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

#[test]
fn a_long_test_can_be_cancelled() {
    let world = World::new(WriteMode::Shipped);
    let silent = world
        .runtime
        .block_on(hostile_servers::HostileServer::plain(
            hostile_servers::Behaviour::Silent,
        ));
    let mut window = world.window();
    {
        let wizard = &mut window.state_mut().wizard;
        wizard.progress.step = Step::Credentials;
        wizard.enable.tenant_url = Some(silent.url("http", "127.0.0.1", "/api/apps/42/scim"));
        wizard.test.pasted_token = Secret::new("some-token");
    }
    window.step();
    click(&mut window, "Test the connection");
    assert!(shows(&window, "Testing the connection the way Entra will"));
    step_until(&mut window, "the request to arrive", |_| {
        !silent.heads().is_empty()
    });
    click(&mut window, "Cancel");
    assert!(!window.state().wizard.test.running());
    assert!(!shows(&window, "Testing the connection the way Entra will"));
    // The network side: the request was really dropped, long before its 30 s timeout.
    step_until(&mut window, "the connection to be closed", |_| {
        silent.hung_up.load(std::sync::atomic::Ordering::SeqCst) == silent.heads().len()
    });
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(10));
        window.step();
    }
    assert!(
        window.state().wizard.test.report.is_none(),
        "no late result"
    );
    assert!(window.state().wizard.test.problem.is_none());
}

#[test]
fn the_done_step_saves_a_report_without_the_token() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    reach_a_tested_step_6(&world, &mut window);
    click(&mut window, "9. Done");
    assert!(shows(
        &window,
        "Whether Appsemble can receive users is not known yet: rehearse"
    ));
    let report = world.progress_file.with_file_name("report.md");
    let field = Role::TextInput;
    window.get_by_role_and_label(field, "Report file").focus();
    window.step();
    window.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    window.step();
    window
        .get_by_role_and_label(field, "Report file")
        .type_text(&report.to_string_lossy());
    window.step();
    click(&mut window, "Save report");
    // Written by the worker, off the UI thread.
    step_until(&mut window, "the report", |h| {
        h.state().wizard.test.report_saved.is_some()
    });
    assert!(shows(&window, "Report saved to"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "only this user can read the report");
    }
    let markdown = std::fs::read_to_string(&report).unwrap();
    let token = world.server.app(READY_APP).scim_token.unwrap();
    assert!(markdown.starts_with("# Appsemble SCIM diagnostics"));
    assert!(!markdown.contains(&token));
    assert!(markdown.contains(&token[token.len() - 4..]));
    let json = std::fs::read_to_string(report.with_extension("md.json")).unwrap();
    assert!(!json.contains(&token));
}

#[test]
fn a_keyboard_only_admin_reaches_sign_in_and_signs_in_with_enter() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    for _ in 0..3 {
        window.key_press(egui::Key::Enter);
        window.step();
        window.step();
    }
    assert_eq!(window.state().wizard.step(), Step::Appsemble);
    window.state_mut().wizard.progress.server = world.server.origin();
    type_into(&mut window, "Email", OWNER_EMAIL);
    type_into(&mut window, "Password", OWNER_PASSWORD);
    window.key_press(egui::Key::Enter);
    window.step();
    step_until(&mut window, "the app list", |h| shows(h, "Notes (#42)"));
    assert_eq!(world.server.with(|s| s.logins), 1, "Enter signs in once");
}

#[test]
fn without_a_browser_the_address_is_shown_with_a_copy_button() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window_with_browser(Arc::new(scim_assistant::platform::NoBrowser));
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::CreateApp);
    click(&mut window, "Open the Entra admin center");
    assert!(shows(
        &window,
        "No browser could be opened on this computer."
    ));
    let entra = scim_assistant::messages::window::ENTRA_ADMIN_URL;
    assert!(shows(&window, entra));
    click(&mut window, "Copy Web address");
    assert_eq!(world.clipboard().as_deref(), Some(entra));
    click(&mut window, "Next");
    assert!(
        !shows(&window, "No browser could be opened"),
        "the notice belongs to its step"
    );
    window.run();
}

#[test]
fn credentials_pasted_from_the_studio_page_sign_in_when_the_hand_off_did_not_arrive() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    choose_browser_sign_in(&world, &mut window);
    assert!(
        shows(&window, "tick the apps:write scope before you press Create"),
        "said before the page opens"
    );
    click(&mut window, "Open Appsemble Studio in the browser");
    step_until(&mut window, "the listener", |h| {
        h.state().wizard.sign_in.browser_url.is_some()
    });
    type_into(
        &mut window,
        "Client credentials (id:secret)",
        "no colon here",
    );
    click(&mut window, "Sign in with these");
    assert!(shows(
        &window,
        "not client credentials in the form id:secret"
    ));
    assert!(
        window.state().wizard.sign_in.waiting_for_browser(),
        "still waiting"
    );
    let pair = format!("{CLIENT_ID}:{CLIENT_SECRET}");
    window.state_mut().wizard.sign_in.client_pair = Secret::default();
    type_into(&mut window, "Client credentials (id:secret)", &pair);
    click(&mut window, "Sign in with these");
    step_until(&mut window, "the sign-in", |h| {
        h.state().wizard.sign_in.signed_in
    });
    assert!(!window.state().wizard.sign_in.waiting_for_browser());
    assert_eq!(window.state().wizard.progress.client_id, CLIENT_ID);
    assert!(
        window.state().wizard.sign_in.client_pair.is_empty(),
        "not kept"
    );
}

/// A keyring with one remembered client secret, looked up by service and client id.
struct OneEntryKeyring {
    service: String,
}

impl scim_assistant::credentials::SecretStore for OneEntryKeyring {
    fn find(&self, _service: &str) -> Vec<(String, Secret)> {
        panic!("the window looks the entry up directly, never by search");
    }
    fn save(&self, _service: &str, _account: &str, _secret: &Secret) -> bool {
        true
    }
    fn get(&self, service: &str, account: &str) -> Option<Secret> {
        (service == self.service && account == CLIENT_ID).then(|| Secret::new(CLIENT_SECRET))
    }
}

#[test]
fn remembered_client_credentials_come_back_from_the_keyring_without_blocking_the_window() {
    let world = World::new(WriteMode::Shipped);
    let progress = scim_assistant::wizard::Progress {
        server: world.server.origin(),
        method: scim_assistant::wizard::SignInMethod::ClientCredentials,
        client_id: CLIENT_ID.into(),
        remember_client: true,
        step: Step::Appsemble,
        ..Default::default()
    };
    ProgressStore::at(world.progress_file.clone()).save(&progress);
    let service = format!(
        "appsemble://{}",
        world.server.origin().trim_start_matches("http://")
    );
    let app = WizardApp::new(AppSetup {
        secret_store: Arc::new(OneEntryKeyring { service }),
        ..support::app_setup(
            &world.runtime,
            ProgressStore::at(world.progress_file.clone()),
        )
    });
    let mut window = Harness::builder()
        .with_size(egui::vec2(980.0, 900.0))
        .build_ui_state(|ui, app: &mut WizardApp| app.show(ui), app);
    step_until(&mut window, "the remembered secret", |h| {
        !h.state().wizard.sign_in.client_secret.is_empty()
    });
    click(&mut window, "Sign in");
    step_until(&mut window, "the sign-in", |h| {
        h.state().wizard.sign_in.signed_in
    });
}

#[test]
fn closing_the_window_takes_the_token_off_the_clipboard() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    reach_a_tested_step_6(&world, &mut window);
    click(&mut window, "Copy Secret Token");
    assert!(world.clipboard().is_some());
    window.state_mut().shut_down();
    assert_eq!(world.clipboard(), None);

    // Something else copied since is left alone.
    click(&mut window, "Copy Secret Token");
    *world.clipboard.content.lock().unwrap() = Some("the admin's own text".into());
    window.state_mut().shut_down();
    assert_eq!(world.clipboard().as_deref(), Some("the admin's own text"));
}

#[test]
fn closing_the_window_during_a_rehearsal_removes_its_test_user() {
    let world = World::new(WriteMode::Fixed);
    let mut window = world.window();
    reach_a_tested_step_6(&world, &mut window);
    world
        .server
        .with(|s| s.stall_patches = Some(Duration::from_secs(60)));
    click(&mut window, "Rehearse the first sync");
    step_until(&mut window, "the rehearsal to be half-way", |_| {
        world.server.rehearsal_is_half_way()
    });
    assert_eq!(world.server.rehearsal_users(READY_APP).len(), 1);
    window.state_mut().shut_down();
    assert!(world.server.rehearsal_users(READY_APP).is_empty());
}

/// Presses "Rehearse the first sync" on step 6 and waits for its result.
fn rehearse(harness: &mut Harness<'static, WizardApp>) {
    click(harness, "Rehearse the first sync");
    step_until(harness, "the rehearsal", |h| {
        !h.state().wizard.test.running()
            && h.state().wizard.provisioning()
                != scim_assistant::probe::ProvisioningVerdict::Unknown
    });
}

#[test]
fn on_appsemble_as_shipped_the_window_says_test_connection_passes_but_users_cannot_arrive() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    reach_a_tested_step_6(&world, &mut window);
    assert!(shows(&window, "Entra's Test Connection should pass."));
    assert!(shows(
        &window,
        "Whether Appsemble can receive users is not known yet"
    ));
    rehearse(&mut window);
    assert!(shows(&window, "Entra's Test Connection should pass."));
    assert!(shows(&window, "Appsemble cannot receive users"));
    assert!(!shows(&window, "Test Connection would fail"));

    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::Mappings);
    assert!(shows(&window, "Do not start provisioning yet"));
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::Provision);
    assert!(shows(&window, "Do not start provisioning yet"));
    click(&mut window, "Next");
    assert!(shows(
        &window,
        "Not ready: Appsemble cannot receive users yet."
    ));
    assert!(!shows(&window, "Ready:"));
}

#[test]
fn on_a_fixed_server_both_verdicts_pass_and_nothing_blocks_the_start() {
    let world = World::new(WriteMode::Fixed);
    let mut window = world.window();
    reach_a_tested_step_6(&world, &mut window);
    rehearse(&mut window);
    assert!(shows(&window, "Appsemble can receive users"));
    click(&mut window, "Next");
    assert!(!shows(&window, "Do not start provisioning yet"));
    click(&mut window, "Next");
    assert!(!shows(&window, "Do not start provisioning yet"));
    assert!(!shows(&window, "Before you press Start, rehearse"));
    click(&mut window, "Next");
    assert!(shows(&window, "Ready: Entra's Test Connection should pass"));
}

#[test]
fn step_8_asks_for_the_rehearsal_before_start_and_can_run_it() {
    let world = World::new(WriteMode::Fixed);
    let mut window = world.window();
    reach_a_tested_step_6(&world, &mut window);
    click(&mut window, "Next");
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::Provision);
    assert!(shows(
        &window,
        "Before you press Start, rehearse the first sync"
    ));
    rehearse(&mut window);
    assert!(!shows(&window, "Before you press Start, rehearse"));
    assert!(
        world.server.rehearsal_users(READY_APP).is_empty(),
        "cleaned up"
    );
}

#[test]
fn a_long_app_list_can_be_filtered() {
    use scim_assistant::appsemble::{App, AppChoice, Organization};
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    let apps: Vec<AppChoice> = (1..=300)
        .map(|id| AppChoice {
            app: App {
                id,
                path: Some(format!("notes-{id}")),
                organization_id: Some("partner".into()),
                domain: None,
                definition: serde_json::json!({"name": format!("Notes {id}")}),
            },
            organization: Organization {
                id: "partner".into(),
                name: Some("Partner".into()),
                role: "Owner".into(),
            },
            may_change_secrets: true,
        })
        .collect();
    {
        let wizard = &mut window.state_mut().wizard;
        wizard.progress.step = Step::Appsemble;
        wizard.sign_in.signed_in = true;
        wizard.apps.list = Some(apps);
    }
    window.step();
    assert!(shows(&window, "Notes 7 (#7)"));
    type_into(&mut window, "Filter apps", "notes 42");
    for shown in ["Notes 42 (#42)", "Notes 142 (#142)", "Notes 242 (#242)"] {
        assert!(shows(&window, shown), "{shown}");
    }
    assert!(!shows(&window, "Notes 7 (#7)"));
    assert_eq!(window.state().wizard.apps.filtered().len(), 3);
    click(&mut window, "Notes 142 (#142)");
    assert_eq!(
        window.state().wizard.apps.chosen.as_ref().map(|c| c.id),
        Some(142)
    );
}

#[test]
fn a_screen_reader_finds_the_window_by_its_title_and_reads_the_verdicts_as_text() {
    let world = World::new(WriteMode::Shipped);
    let mut window = world.window();
    assert!(shows(
        &window,
        &format!("Version {}", env!("CARGO_PKG_VERSION"))
    ));
    use egui_kittest::kittest::NodeT;
    let root = window.root();
    assert_eq!(root.accesskit_node().role(), Role::Window);
    assert_eq!(
        root.accesskit_node().label().as_deref(),
        Some("Appsemble SCIM Setup Assistant"),
        "the window has a name"
    );
    reach_a_tested_step_6(&world, &mut window);
    // The verdict and each finding are text, not only colour.
    assert!(shows(&window, "Entra's Test Connection should pass."));
    assert!(shows(&window, "✔ PASS"));
}

/// A window on step 2, signed in with Microsoft against `graph` (the browser played by the test).
fn signed_in_with_microsoft(
    world: &World,
    graph: &fake_graph::FakeGraph,
) -> Harness<'static, WizardApp> {
    let app = WizardApp::new(AppSetup {
        browser: world.browser.clone(),
        clipboard: Box::new(world.clipboard.clone()),
        microsoft: scim_assistant::worker::MicrosoftSetup {
            login_base: graph.login_base(),
            graph_base: graph.base(),
            pages: ("signed in", "refused"),
        },
        watch_every: Duration::from_millis(200),
        ..support::app_setup(
            &world.runtime,
            ProgressStore::at(world.progress_file.clone()),
        )
    });
    let mut window = Harness::builder()
        .with_size(egui::vec2(980.0, 2000.0))
        .build_ui_state(|ui, app: &mut WizardApp| app.show(ui), app);
    window.step();
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::CreateApp);
    click(&mut window, "Sign in with Microsoft");
    assert!(shows(
        &window,
        "No app registration to sign in to Microsoft with."
    ));
    type_into(
        &mut window,
        "App registration (client id) to sign in with",
        "11111111-aaaa-4bbb-8ccc-222222222222",
    );
    click(&mut window, "Sign in with Microsoft");
    step_until(&mut window, "the browser", |_| {
        !world.browser.opened.lock().unwrap().is_empty()
    });
    let authorize = world.browser.opened.lock().unwrap()[0].clone();
    // The browser: Microsoft signs the admin in and sends it back to this computer.
    world.runtime.block_on(async {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let answer = http.get(&authorize).send().await.unwrap();
        let back =
            answer.headers()["location"]
                .to_str()
                .unwrap()
                .replacen("localhost", "127.0.0.1", 1);
        http.get(&back).send().await.unwrap();
    });
    step_until(&mut window, "the Microsoft sign-in", |h| {
        h.state().wizard.entra.session.signed_in
    });
    assert!(shows(&window, "Signed in with Microsoft."));
    window
}

#[test]
fn signing_in_with_microsoft_then_do_it_for_me_sets_up_entra_from_the_window() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let mut window = signed_in_with_microsoft(&world, &graph);

    click(&mut window, "1. Before you start");
    reach_a_tested_step_6(&world, &mut window);
    type_into(
        &mut window,
        "People and groups to assign (sign-in names or group names, separated by commas)",
        "ada@contoso.example, App users",
    );
    click(&mut window, "Do it for me");
    step_until(&mut window, "Do it for me", |h| {
        h.state().wizard.entra.setup.report.is_some()
    });
    assert!(shows(
        &window,
        "Created the enterprise application \"Appsemble - Notes\""
    ));
    assert!(shows(
        &window,
        "Entra's own Test Connection, run from Microsoft's cloud, passed."
    ));
    assert!(shows(&window, "18 removed and 1 changed"));
    let report = window.state().wizard.entra.setup.report.clone().unwrap();
    assert!(report.ok(), "{report:#?}");
    let done = &window.state().wizard.progress.done;
    assert!(
        done.contains(&Step::CreateApp) && done.contains(&Step::Mappings),
        "{done:?}"
    );
    let sp = report.service_principal_id.unwrap();
    let targets = graph.with(|s| scim_assistant::graph::user_targets(&s.job(&sp).unwrap().schema));
    assert_eq!(
        targets,
        ["userName", "active", "name.formatted", "externalId"]
    );

    // Step 7 says what was done to the mappings.
    click(&mut window, "7. Attribute mappings");
    assert!(shows(
        &window,
        "the users mapping had 22 rows; now it has userName, active, name.formatted, externalId"
    ));

    // Step 8: one person now, through Entra's own Provision on demand, then Start.
    click(&mut window, "8. Start and watch");
    // Opening step 8 reads Entra's side by itself.
    step_until(&mut window, "the job's status", |h| {
        h.state().wizard.entra.job.activity.is_some() && !h.state().wizard.entra.job.acting()
    });
    assert!(shows(&window, "Provisioning job: NotRun"));
    type_into(
        &mut window,
        "Person to provision now (sign-in name)",
        "ada@contoso.example",
    );
    click(&mut window, "Provision one person now");
    step_until(&mut window, "provision on demand", |h| {
        let entra = &h.state().wizard.entra.job;
        entra
            .activity
            .as_ref()
            .is_some_and(|a| a.on_demand.is_some())
    });
    assert!(shows(&window, "The person was provisioned"));
    assert!(
        world
            .server
            .app(READY_APP)
            .members
            .iter()
            .any(|m| m.user_name == "ada@contoso.example"),
        "the person is in the app"
    );
    click(&mut window, "Start provisioning in Entra");
    step_until(&mut window, "the start", |h| {
        h.state()
            .wizard
            .entra
            .job
            .activity
            .as_ref()
            .is_some_and(|a| a.status.state == "Active")
    });
    assert!(shows(&window, "Provisioning job: Active"));
    assert!(shows(&window, "Last cycle ended: 2026-11-29T08:00:05Z"));

    assert!(shows(
        &window,
        "Last cycle: 2 in scope, 1 sent to the app, 1 with an error."
    ));
    // Left open, step 8 follows Entra's side with the users poll: a quarantine shows up by itself.
    graph.with(|s| {
        for jobs in s.jobs.values_mut() {
            jobs[0].status = "Quarantine".into();
        }
    });
    step_until(&mut window, "the next poll", |h| {
        let entra = &h.state().wizard.entra.job;
        entra
            .activity
            .as_ref()
            .is_some_and(|a| a.status.state == "Quarantine")
    });
    assert!(shows(&window, "Provisioning job: Quarantine"));
}

#[test]
fn set_up_access_for_this_tenant_then_signs_in_with_the_new_app() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let app = WizardApp::new(AppSetup {
        browser: world.browser.clone(),
        microsoft: scim_assistant::worker::MicrosoftSetup {
            login_base: graph.login_base(),
            graph_base: graph.base(),
            pages: ("signed in", "refused"),
        },
        ..support::app_setup(
            &world.runtime,
            ProgressStore::at(world.progress_file.clone()),
        )
    });
    let mut window = Harness::builder()
        .with_size(egui::vec2(980.0, 1000.0))
        .build_ui_state(|ui, app: &mut WizardApp| app.show(ui), app);
    window.step();
    click(&mut window, "Next");
    click(&mut window, "Set up access for this tenant");
    // Nothing happens before the admin has read what the new app will ask for.
    assert!(shows(&window, "Before anything is made"));
    assert!(shows(&window, "Directory.Read.All: read the directory"));
    assert!(shows(&window, "Nothing is granted now"));
    assert!(world.browser.opened.lock().unwrap().is_empty());
    click(&mut window, "Continue");
    let follow = |opened: usize| {
        let url = world.browser.opened.lock().unwrap()[opened].clone();
        world.runtime.block_on(async {
            let http = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let answer = http.get(&url).send().await.unwrap();
            let back = answer.headers()["location"].to_str().unwrap().replacen(
                "localhost",
                "127.0.0.1",
                1,
            );
            http.get(&back).send().await.unwrap();
        });
        url
    };
    step_until(&mut window, "the bootstrap sign-in", |_| {
        world.browser.opened.lock().unwrap().len() == 1
    });
    let bootstrap = follow(0);
    assert!(
        bootstrap.contains("client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e"),
        "{bootstrap}"
    );
    step_until(&mut window, "the second sign-in", |_| {
        world.browser.opened.lock().unwrap().len() == 2
    });
    let created = graph.with(|s| s.applications[0]["appId"].as_str().unwrap().to_string());
    assert_eq!(
        window.state().wizard.progress.entra_client_id,
        created,
        "remembered"
    );
    let second = follow(1);
    assert!(
        second.contains(&format!("client_id={created}")),
        "the tenant's own app signs in: {second}"
    );
    assert!(
        second.contains(&format!("/{}/oauth2/v2.0/authorize", fake_graph::TENANT_ID)),
        "at its own tenant, never /organizations (AADSTS50194): {second}"
    );
    step_until(&mut window, "the Microsoft sign-in", |h| {
        h.state().wizard.entra.session.signed_in
    });
    assert!(shows(&window, "was made in your tenant"));
    assert_eq!(
        window.state().wizard.progress.entra_tenant,
        fake_graph::TENANT_ID,
        "saved beside the client id"
    );
    click(&mut window, "Sign out of Microsoft");
    assert!(!window.state().wizard.entra.session.signed_in);
    assert!(shows(&window, "Sign in with Microsoft"));
}

#[test]
fn step_8_says_it_waits_for_a_fresh_assignment_and_can_stop() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let mut window = signed_in_with_microsoft(&world, &graph);
    click(&mut window, "1. Before you start");
    reach_a_tested_step_6(&world, &mut window);
    type_into(
        &mut window,
        "People and groups to assign (sign-in names or group names, separated by commas)",
        "ada@contoso.example",
    );
    click(&mut window, "Do it for me");
    step_until(&mut window, "Do it for me", |h| {
        h.state().wizard.entra.setup.report.is_some()
    });
    // provision-on-demand.md: an assignment can take a few minutes to count.
    graph.with(|s| s.assignment_delay = Duration::from_secs(3600));
    click(&mut window, "8. Start and watch");
    step_until(&mut window, "the job's status", |h| {
        h.state().wizard.entra.job.activity.is_some() && !h.state().wizard.entra.job.acting()
    });
    type_into(
        &mut window,
        "Person to provision now (sign-in name)",
        "ada@contoso.example",
    );
    click(&mut window, "Provision one person now");
    step_until(&mut window, "the wait", |h| {
        h.state().wizard.entra.job.settling.is_some()
    });
    assert!(shows(
        &window,
        "The assignment can take a few minutes to count; trying again in"
    ));
    click(&mut window, "Stop waiting");
    assert!(window.state().wizard.entra.job.settling.is_none());
    assert!(
        !window.state().wizard.entra.job.acting(),
        "the buttons work again"
    );
    graph.with(|s| s.assignment_delay = Duration::ZERO);
    click(&mut window, "Provision one person now");
    step_until(&mut window, "provision on demand", |h| {
        h.state()
            .wizard
            .entra
            .job
            .activity
            .as_ref()
            .is_some_and(|a| a.on_demand.is_some())
    });
    assert!(shows(&window, "The person was provisioned"));
    // A click that fails shows its problem here, on step 8 (it used to land on step 2).
    window.state_mut().wizard.entra.job.person = "nobody@contoso.example".into();
    click(&mut window, "Provision one person now");
    step_until(&mut window, "the refusal", |h| {
        h.state().wizard.entra.job.problem.is_some()
    });
    assert!(shows(&window, "That person is not in the tenant."));
}

#[test]
fn step_3_searches_the_tenant_and_adds_people_to_assign() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let mut window = signed_in_with_microsoft(&world, &graph);
    click(&mut window, "3. Assign users and groups");
    type_into(&mut window, "Search your tenant's people and groups", "gr");
    click(&mut window, "Search");
    step_until(&mut window, "the search", |h| {
        !h.state().wizard.entra.search.found.is_empty()
    });
    assert!(shows(&window, "Grace Hopper <grace@contoso.example>"));
    assert!(
        !shows(&window, "Ada Lovelace"),
        "only names that start with the text"
    );
    click(&mut window, "Add Grace Hopper");
    click(&mut window, "Add Grace Hopper");
    assert_eq!(
        window.state().wizard.entra.setup.assign,
        "grace@contoso.example",
        "once"
    );
}

#[test]
fn after_a_failure_the_window_saves_a_trace_without_any_secret() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let mut window = signed_in_with_microsoft(&world, &graph);
    click(&mut window, "1. Before you start");
    reach_a_tested_step_6(&world, &mut window);
    graph.with(|s| s.role_missing = true);
    click(&mut window, "Do it for me");
    step_until(&mut window, "Do it for me", |h| {
        h.state().wizard.entra.setup.report.is_some()
    });
    let path = world.progress_file.with_file_name("trace.jsonl");
    window.state_mut().wizard.entra.trace_path = path.clone();
    click(&mut window, "Save a trace for support");
    step_until(&mut window, "the trace", |h| {
        h.state().wizard.entra.trace_saved.is_some()
    });
    assert!(shows(
        &window,
        "Saved, with every token and secret removed:"
    ));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("applicationTemplates"), "{written}");
    assert!(written.contains("Authorization_RequestDenied"), "{written}");
    let token = window.state().wizard.current_token().unwrap();
    for secret in [
        fake_graph::ACCESS_TOKEN,
        "fake-refresh-token",
        token.expose(),
    ] {
        assert!(!written.contains(secret), "{secret} leaked into the trace");
    }
}

#[test]
fn do_it_for_me_shows_the_step_it_waits_on_and_can_be_cancelled() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let mut window = signed_in_with_microsoft(&world, &graph);
    click(&mut window, "1. Before you start");
    reach_a_tested_step_6(&world, &mut window);
    // Replication that takes minutes, as SupportArticles' 404 page says it can.
    graph.with(|s| s.replication_lag = u32::MAX);
    click(&mut window, "Do it for me");
    step_until(&mut window, "the replication wait", |h| {
        h.state().wizard.entra.setup.at == Some(scim_assistant::graph::StepId::Replication)
    });
    assert!(shows(
        &window,
        "Setting up provisioning in Entra; now: Ready in Entra"
    ));
    click(&mut window, "Cancel");
    assert!(!window.state().wizard.entra.setup.connecting());
    assert!(window.state().wizard.entra.setup.at.is_none());
    assert!(
        window.state().wizard.entra.setup.report.is_none(),
        "no half report"
    );
}

#[test]
fn a_wait_that_times_out_says_what_the_window_showed() {
    let world = World::new(WriteMode::Fixed);
    let mut window = world.window();
    let failed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        support::window::step_until_within(
            &mut window,
            "a thing that never happens",
            Duration::from_millis(100),
            |_| false,
        );
    }))
    .unwrap_err();
    let message = failed.downcast_ref::<String>().unwrap();
    assert!(message.contains("Before you start"), "{message}");
    let saved = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/gui-failures/a-thing-that-never-happens.txt");
    let texts = std::fs::read_to_string(saved).unwrap();
    assert!(texts.contains("Next"), "{texts}");
}
