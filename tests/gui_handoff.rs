//! Two people, one connection, in the window: the app's owner makes a hand-off file on step 6; the
//! customer's Entra admin, with no Appsemble account, opens it on the first screen, signs in with
//! Microsoft and connects — against the fake Appsemble and the fake Graph.

mod support;

use egui_kittest::Harness;
use fake_appsemble::*;
use scim_assistant::ui::{AppSetup, WizardApp};
use scim_assistant::wizard::{ProgressStore, Way};
use support::window::*;

/// The owner on a tested step 6 makes the file; returns its path and the passphrase shown.
fn owner_makes_a_file(world: &World) -> (String, String) {
    let mut owner = harness_for(WizardApp::new(world.setup()), 2400.0);
    reach_a_tested_step_6(world, &mut owner);
    let path = world.progress_file.with_file_name("notes.handoff");
    type_into(&mut owner, "Save the file as", path.to_str().unwrap());
    click(&mut owner, "Make a hand-off file");
    step_until(&mut owner, "the hand-off file", |h| {
        h.state().wizard.handoff.made.is_some()
    });
    let passphrase = owner
        .state()
        .wizard
        .handoff
        .made
        .clone()
        .unwrap()
        .passphrase;
    assert!(shows(&owner, passphrase.expose()), "shown once, on screen");
    assert!(shows(&owner, "Send the two apart"));
    let sealed = std::fs::read_to_string(&path).unwrap();
    let token = owner.state().wizard.current_token().unwrap();
    assert!(!sealed.contains(token.expose()), "never the token in clear");
    (path.display().to_string(), passphrase.expose().to_string())
}

/// The Entra admin's window: its own progress, Microsoft at `graph`.
fn admin_window(world: &World, graph: &fake_graph::FakeGraph) -> Harness<'static, WizardApp> {
    let progress = world.progress_file.with_file_name("admin-progress.json");
    let setup = AppSetup {
        progress: ProgressStore::at(progress),
        ..world.setup_with_microsoft(graph)
    };
    let mut window = first_screen(WizardApp::new(setup), 2400.0);
    click(&mut window, "I received a hand-off file");
    assert_eq!(window.state().wizard.progress.way, Some(Way::HandOff));
    window
}

fn open_with(window: &mut Harness<'static, WizardApp>, path: &str, passphrase: &str) {
    window.state_mut().wizard.handoff.path.clear();
    type_into(
        window,
        "Hand-off file (type its path, or drop it on this window)",
        path,
    );
    type_into(window, "Passphrase", passphrase);
    click(window, "Open");
    step_until(window, "the file to open", |h| {
        !h.state().wizard.handoff.opening()
    });
}

#[test]
fn the_entra_admin_connects_from_the_owners_file_without_an_appsemble_account() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let (path, passphrase) = owner_makes_a_file(&world);
    let mut admin = admin_window(&world, &graph);

    open_with(&mut admin, &path, "wrong-words-in-the-wrong-order-here");
    assert!(shows(&admin, "The passphrase does not open this file."));
    admin.state_mut().wizard.handoff.passphrase = Default::default();
    open_with(&mut admin, &path, &passphrase);
    assert!(
        shows(&admin, "From owner@example.com: Notes on"),
        "who sent it, for which app"
    );
    step_until(&mut admin, "the live test of the file's token", |h| {
        h.state().wizard.test.report.is_some()
    });
    assert!(
        !admin.state().wizard.sign_in.signed_in,
        "no Appsemble sign-in on this side"
    );

    click(&mut admin, "Set up access for this tenant");
    step_until(&mut admin, "the bootstrap sign-in", |_| {
        world.browser.opened.lock().unwrap().len() == 1
    });
    world.follow_sign_in(0);
    step_until(&mut admin, "the second sign-in", |_| {
        world.browser.opened.lock().unwrap().len() == 2
    });
    world.follow_sign_in(1);
    step_until(&mut admin, "the Microsoft sign-in", |h| {
        h.state().wizard.entra.session.signed_in
    });
    click(&mut admin, "Connect");
    step_until_within(
        &mut admin,
        "Connect from the hand-off",
        std::time::Duration::from_secs(60),
        |h| !h.state().wizard.express.running(),
    );
    let express = &admin.state().wizard.express;
    assert!(express.succeeded(), "{express:#?}");
    let members = world.server.app(READY_APP).members;
    assert!(
        members.iter().any(|m| m.user_name == fake_graph::ADMIN_UPN),
        "{members:?}"
    );
    let names = graph.with(|s| {
        s.service_principals
            .iter()
            .map(|sp| sp.display_name.clone())
            .collect::<Vec<_>>()
    });
    assert_eq!(names, ["Appsemble - Notes"]);
}

/// Signed in to both, "Do it for me" done, on step 6.
fn connected_window() -> (World, fake_graph::FakeGraph, Harness<'static, WizardApp>) {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let mut window = signed_in_with_microsoft(&world, &graph);
    click(&mut window, "1. Before you start");
    reach_a_tested_step_6(&world, &mut window);
    do_it_for_me_for(&mut window, "ada@contoso.example");
    (world, graph, window)
}

fn entra_token(graph: &fake_graph::FakeGraph) -> Option<String> {
    graph.with(|s| {
        let saved = s.secrets.values().flatten();
        saved
            .filter(|(key, _)| key == "SecretToken")
            .map(|(_, value)| value.clone())
            .next()
    })
}

fn replace_the_token(window: &mut Harness<'static, WizardApp>) {
    click(window, "Replace the token everywhere");
    assert!(shows(
        window,
        "Anything else that uses the old token stops working."
    ));
    click(window, "Replace the token now");
    step_until(window, "the rotation", |h| {
        h.state().wizard.rotation.report.is_some()
    });
}

#[test]
fn the_window_replaces_the_token_in_both_places_and_says_how_long_the_gap_was() {
    let (world, graph, mut window) = connected_window();
    let old = window.state().wizard.current_token().unwrap();
    assert_eq!(entra_token(&graph).as_deref(), Some(old.expose()));
    replace_the_token(&mut window);
    let new = world.server.app(READY_APP).scim_token.unwrap();
    assert_ne!(new, old.expose());
    assert_eq!(
        entra_token(&graph),
        Some(new.clone()),
        "Entra holds the new token"
    );
    assert_eq!(window.state().wizard.current_token().unwrap().expose(), new);
    assert!(shows(&window, "ms after the old one stopped working."));
    assert!(!shows(&window, "Entra does not have it yet"));
}

#[test]
fn when_entra_refuses_the_new_token_the_window_gives_it_to_copy_with_where_it_goes() {
    let (world, graph, mut window) = connected_window();
    graph.with(|s| s.role_missing = true);
    replace_the_token(&mut window);
    assert!(shows(
        &window,
        "The new Secret Token (Entra does not have it yet):"
    ));
    assert!(shows(&window, "Provisioning > Admin Credentials"));
    click(&mut window, "Copy");
    let new = world.server.app(READY_APP).scim_token.unwrap();
    assert_eq!(
        world.clipboard().as_deref(),
        Some(new.as_str()),
        "the new token, to paste"
    );
}

#[test]
fn step_8_checks_both_halves_in_one_answer_and_sees_a_stale_token_in_entra() {
    let (_world, graph, mut window) = connected_window();
    click(&mut window, "8. Start and watch");
    // Step 8 reads Entra's side and the app's users by itself: let the page settle before
    // clicking, so the button is where the click lands.
    step_until(&mut window, "step 8 to settle", |h| {
        let wizard = &h.state().wizard;
        wizard.entra.job.activity.is_some() && wizard.watch.users.is_some()
    });
    let check = |window: &mut Harness<'static, WizardApp>| {
        click(window, "Check both halves now");
        step_until(window, "both halves", |h| {
            h.state().wizard.both.halves.is_some() && !h.state().wizard.both.running()
        });
    };
    check(&mut window);
    assert!(shows(&window, "Both halves work."));
    // Entra was given another token (by hand, in the portal): its own check now fails.
    graph.with(|s| {
        for pairs in s.secrets.values_mut() {
            for (key, value) in pairs.iter_mut() {
                if key == "SecretToken" {
                    *value = "pasted-wrong-in-the-portal".into();
                }
            }
        }
    });
    window.state_mut().wizard.both.halves = None;
    check(&mut window);
    assert!(shows(&window, "Something needs your attention"));
    let halves = window.state().wizard.both.halves.as_ref().unwrap();
    assert!(halves.appsemble.ok(), "Appsemble's half still works");
    let entra = halves.entra.as_ref().unwrap();
    assert_eq!(
        entra.credentials.status(),
        scim_assistant::probe::Status::Fail
    );
}
