//! "Set it up for me" as an admin with both accounts does it, for the window tests and the express
//! benchmark: every click, field and Microsoft page counted.

use egui_kittest::Harness;
use fake_appsemble::{OWNER_EMAIL, OWNER_PASSWORD};
use scim_assistant::ui::{AppSetup, WizardApp};
use scim_assistant::wizard::Way;

use super::window::{World, click, first_screen, shows, step_until, step_until_within, type_into};

/// What the admin did: each click, each field typed into, each Microsoft page answered.
#[derive(Default)]
pub struct Admin {
    pub actions: usize,
}

impl Admin {
    pub fn click(&mut self, window: &mut Harness<'static, WizardApp>, label: &str) {
        self.actions += 1;
        click(window, label);
    }

    pub fn type_into(&mut self, window: &mut Harness<'static, WizardApp>, label: &str, text: &str) {
        self.actions += 1;
        type_into(window, label, text);
    }

    /// Microsoft's page in the browser: the admin picks the account (and consents).
    pub fn answer_microsoft(&mut self, world: &World, opened: usize) {
        self.actions += 1;
        world.follow_sign_in(opened);
    }
}

/// Launch, "Set it up for me", both sign-ins (the tenant's access set up on first use): ready to
/// press Connect, with the admin's actions so far.
pub fn ready_to_connect(world: &World, setup: AppSetup) -> (Admin, Harness<'static, WizardApp>) {
    let server = world.server.origin();
    ready_to_connect_at(world, setup, &server)
}

/// The same with the Appsemble server at `server` (a benchmark's latency proxy).
pub fn ready_to_connect_at(
    world: &World,
    setup: AppSetup,
    server: &str,
) -> (Admin, Harness<'static, WizardApp>) {
    let mut window = first_screen(WizardApp::new(setup), 2400.0);
    let mut admin = Admin::default();
    admin.click(&mut window, "Set it up for me");
    assert_eq!(window.state().wizard.progress.way, Some(Way::Express));
    // The fake server's address; a real admin keeps the default appsemble.app.
    window.state_mut().wizard.progress.server = server.to_string();
    admin.type_into(&mut window, "Email", OWNER_EMAIL);
    admin.type_into(&mut window, "Password", OWNER_PASSWORD);
    admin.click(&mut window, "Sign in");
    step_until(&mut window, "the one ready app, chosen", |h| {
        h.state().wizard.apps.chosen.is_some()
    });
    // What "Set up access" asks for is on screen before its one click.
    assert!(shows(&window, "Directory.Read.All: read the directory"));
    admin.click(&mut window, "Set up access for this tenant");
    step_until(&mut window, "the bootstrap sign-in", |_| {
        world.browser.opened.lock().unwrap().len() == 1
    });
    admin.answer_microsoft(world, 0);
    step_until(&mut window, "the sign-in with the tenant's own app", |_| {
        world.browser.opened.lock().unwrap().len() == 2
    });
    admin.answer_microsoft(world, 1);
    step_until(&mut window, "the Microsoft sign-in", |h| {
        h.state().wizard.entra.session.signed_in
    });
    assert!(shows(
        &window,
        "Only me (alex@contoso.example), for a first try"
    ));
    (admin, window)
}

pub fn connect(admin: &mut Admin, window: &mut Harness<'static, WizardApp>) {
    admin.click(window, "Connect");
    step_until_within(
        window,
        "Connect to finish or stop",
        std::time::Duration::from_secs(60),
        |h| !h.state().wizard.express.running(),
    );
}
