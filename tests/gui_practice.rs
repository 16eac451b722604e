//! Practice mode (issue 17, first part): the window against the pretend Appsemble and Microsoft in
//! this process, set up exactly as `scim-assistant --practice` sets it up, through the whole guided
//! path to a person in the pretend app. The sign-ins are filled in, and the pretend Microsoft page
//! answers at once; only the person to assign and to provision is typed.

#![cfg(feature = "practice")]

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use scim_assistant::ui::WizardApp;
use scim_assistant::wizard::Step;
use support::practice::{express_path, practice_app};
use support::window::{click, do_it_for_me_for, provision_now, shows, step_until, turn_on_scim};

/// A practice window as `--practice` opens it, on the guided path.
fn practice_window(
    height: f32,
    fill_in: bool,
) -> (
    tokio::runtime::Runtime,
    scim_assistant::practice::PracticeWorld,
    Harness<'static, WizardApp>,
) {
    let (runtime, world, app) = practice_app(fill_in);
    (runtime, world, support::window::harness_for(app, height))
}

#[test]
fn practice_mode_signs_in_to_both_without_typing_and_says_it_is_practice() {
    let (_runtime, world, mut window) = practice_window(1400.0, true);
    assert!(shows(&window, "Practice: nothing real is changed."));
    assert_eq!(
        window.state().wizard.progress.server,
        world.appsemble_origin(),
        "only the pretend server is ever addressed"
    );

    // Step 2: the Microsoft sign-in finishes by itself (the pretend page answers at once).
    click(&mut window, "Next");
    click(&mut window, "Sign in with Microsoft");
    step_until(&mut window, "the practice Microsoft sign-in", |h| {
        h.state().wizard.entra.session.signed_in
    });

    // Step 4: the pretend owner's sign-in is filled in.
    click(&mut window, "Next");
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::Appsemble);
    let server = window.get_by_role_and_label(egui::accesskit::Role::TextInput, "Appsemble server");
    assert!(
        server.accesskit_node().is_disabled(),
        "no other server can be typed in practice"
    );
    click(&mut window, "Sign in");
    step_until(&mut window, "the practice Appsemble sign-in", |h| {
        h.state().wizard.sign_in.signed_in
    });
    step_until(&mut window, "the pretend apps", |h| shows(h, "Notes (#42)"));
    assert!(
        shows(&window, "Practice: nothing real is changed."),
        "on every screen"
    );

    // Steps 5 to 8 against the pretend services, to a person in the pretend app.
    click(&mut window, "Notes (#42)");
    click(&mut window, "Next");
    step_until(&mut window, "the SCIM state", |h| {
        !h.state().wizard.enable.reading()
    });
    turn_on_scim(&mut window);
    click(&mut window, "Next");
    step_until(&mut window, "the automatic test", |h| {
        h.state().wizard.test.report.is_some()
    });
    do_it_for_me_for(&mut window, "ada@contoso.example");
    let report = window.state().wizard.entra.setup.report.clone().unwrap();
    assert!(report.ok(), "{report:#?}");
    click(&mut window, "8. Start and watch");
    provision_now(&mut window, "ada@contoso.example");
    assert!(shows(&window, "The person was provisioned"));
    let members = world.appsemble.app(fake_appsemble::READY_APP).members;
    assert!(members.iter().any(|m| m.user_name == "ada@contoso.example"));
}

#[test]
fn practice_can_play_appsemble_as_it_ships() {
    let (_runtime, world, mut window) = practice_window(900.0, false);
    let mode = || world.appsemble.with(|s| s.mode);
    assert_eq!(mode(), fake_appsemble::WriteMode::Fixed);
    click(
        &mut window,
        "Play Appsemble 0.37 as it ships (its SCIM writes fail with a server error, as a real admin meets today)",
    );
    assert_eq!(mode(), fake_appsemble::WriteMode::Shipped);
}

#[test]
fn the_first_screen_offers_practice_and_a_practice_window_does_not() {
    let world = support::window::World::new(fake_appsemble::WriteMode::Fixed);
    let started = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = started.clone();
    let app = WizardApp::new(scim_assistant::ui::AppSetup {
        practice_launcher: std::sync::Arc::new(move || {
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            true
        }),
        ..world.setup()
    });
    let mut window = support::window::first_screen(app, 900.0);
    click(&mut window, "Practice (nothing real is changed)");
    assert_eq!(started.load(std::sync::atomic::Ordering::SeqCst), 1);
    let (_runtime, world, practice) = practice_window(900.0, false);
    assert!(!shows(&practice, "Practice (nothing real is changed)"));
    // Practice progress goes with the practice world.
    let progress = world.progress_file();
    assert!(progress.exists());
    drop(world);
    assert!(!progress.exists());
}

#[test]
fn in_practice_the_studio_hand_off_signs_in_too() {
    let (_runtime, _world, mut window) = practice_window(900.0, true);
    click(&mut window, "4. Sign in to Appsemble");
    click(&mut window, "Sign in with your browser");
    click(&mut window, "Open Appsemble Studio in the browser");
    step_until(&mut window, "the pretend studio's hand-off", |h| {
        h.state().wizard.sign_in.signed_in
    });
    // Client credentials cannot list apps (as on a real server): the app is named by its id.
    assert!(shows(&window, "App id or studio address"));
}

#[test]
fn set_it_up_for_me_reaches_a_person_in_the_app_in_four_actions() {
    let actions = express_path(
        [
            "Set it up for me",
            "Sign in",
            "Sign in with Microsoft",
            "Connect",
        ],
        "Alex Wilber (alex@contoso.example) is in Notes: the connection works.",
    );
    assert_eq!(
        actions, 4,
        "at most 8 asked; practice fills in the sign-ins"
    );
}
