//! The window's other paths: cancelling, the report, the keyboard, the browser hand-off, the
//! keyring, closing, the rehearsal and the screen reader.

mod support;

use std::sync::Arc;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use fake_appsemble::*;
use scim_assistant::secret::Secret;
use scim_assistant::ui::{AppSetup, WizardApp};
use scim_assistant::wizard::{ProgressStore, Step};
use support::window::*;

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
    let mut window = harness_for(app, 900.0);
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
