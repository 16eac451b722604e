//! Practice mode in tests: the window set up exactly as `scim-assistant --practice` sets it up, and
//! "Set it up for me" driven through it from launch, counting the admin's actions.

use egui_kittest::Harness;
use scim_assistant::ui::{WizardApp, fill_in_practice, practice_setup};
use scim_assistant::wizard::ProgressStore;

use super::window::{click, shows, step_until, step_until_within};

/// The same window, on the first screen.
pub fn practice_first_screen() -> (
    tokio::runtime::Runtime,
    scim_assistant::practice::PracticeWorld,
    Harness<'static, WizardApp>,
) {
    let (runtime, world, app) = practice_app(true);
    (runtime, world, super::window::first_screen(app, 1600.0))
}

pub fn practice_app(
    fill_in: bool,
) -> (
    tokio::runtime::Runtime,
    scim_assistant::practice::PracticeWorld,
    WizardApp,
) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let unused = std::env::temp_dir().join(format!("scim-practice-{}", uuid::Uuid::new_v4()));
    let base = super::app_setup(&runtime, ProgressStore::at(unused.join("progress.json")));
    let (setup, world) = practice_setup(base);
    let mut app = WizardApp::new(setup);
    if fill_in {
        fill_in_practice(&mut app);
    }
    (runtime, world.unwrap(), app)
}

/// Counts what the admin does: each click and each field typed into.
#[derive(Default)]
struct Admin {
    actions: usize,
}

impl Admin {
    fn click(&mut self, window: &mut Harness<'static, WizardApp>, label: &str) {
        self.actions += 1;
        click(window, label);
    }
}

/// "Set it up for me" from launch to the person found in the pretend app, as a new admin does it
/// in practice (sign-ins filled in, the pretend Microsoft page answering at once). Returns the
/// number of actions.
pub fn express_path(labels: [&str; 4], arrived: &str) -> usize {
    let (_runtime, world, mut window) = practice_first_screen();
    let mut admin = Admin::default();
    let [express, sign_in, microsoft, connect] = labels;
    admin.click(&mut window, express);
    admin.click(&mut window, sign_in);
    step_until(&mut window, "the pretend apps, one of them ready", |h| {
        h.state().wizard.apps.chosen.is_some()
    });
    admin.click(&mut window, microsoft);
    step_until(&mut window, "the practice Microsoft sign-in", |h| {
        h.state().wizard.entra.session.signed_in
    });
    admin.click(&mut window, connect);
    step_until_within(
        &mut window,
        "Connect to find the person in the app",
        std::time::Duration::from_secs(60),
        |h| !h.state().wizard.express.running(),
    );
    let express = &window.state().wizard.express;
    assert!(express.succeeded(), "{express:#?}");
    assert!(shows(&window, arrived), "the window says so");
    let members = world.appsemble.app(fake_appsemble::READY_APP).members;
    assert!(
        members.iter().any(|m| m.user_name == fake_graph::ADMIN_UPN),
        "only me: the admin is in the pretend app, and nobody else: {members:?}"
    );
    assert_eq!(members.len(), 1, "{members:?}");
    admin.actions
}
