//! "Set it up for me" in the window against the fake Appsemble and the fake Microsoft identity
//! platform and Graph, as an admin who has both accounts and has never set up this tenant: from
//! launch to the person found in the app, and where Connect stops when a stage fails.

mod support;

use fake_appsemble::*;
use scim_assistant::ui::WizardApp;
use scim_assistant::wizard::{Stage, Step, Way};
use support::express::{connect, ready_to_connect};
use support::window::*;

#[test]
fn set_it_up_for_me_gets_the_admin_into_the_app_in_at_most_eight_actions() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let (mut admin, mut window) = ready_to_connect(&world, world.setup_with_microsoft(&graph));
    connect(&mut admin, &mut window);
    let express = &window.state().wizard.express;
    assert!(express.succeeded(), "{express:#?}");
    assert!(shows(
        &window,
        "Alex Wilber (alex@contoso.example) is in Notes: the connection works."
    ));
    assert_eq!(admin.actions, 8, "the issue's goal: at most 8");
    // Only the admin was assigned, by object id, and is in the app.
    let assigned: Vec<String> =
        graph.with(|s| s.assignments.iter().map(|a| a.principal.clone()).collect());
    assert_eq!(assigned, vec![fake_graph::ME.to_string()]);
    let members = world.server.app(READY_APP).members;
    assert_eq!(members.len(), 1, "{members:?}");
    assert_eq!(members[0].user_name, fake_graph::ADMIN_UPN);
    // Everyone else: Start provisioning, once the admin says so.
    assert_eq!(
        graph.with(|s| s
            .jobs
            .values()
            .flatten()
            .filter(|j| j.status == "Active")
            .count()),
        0
    );
    admin.click(&mut window, "Start provisioning for everyone else");
    step_until(&mut window, "the start", |h| {
        shows(h, "Provisioning has started.")
    });
    assert_eq!(
        graph.with(|s| s
            .jobs
            .values()
            .flatten()
            .filter(|j| j.status == "Active")
            .count()),
        1
    );
    // The guided steps know all of it was done.
    click(&mut window, "Watch it in the steps");
    assert_eq!(window.state().wizard.step(), Step::Provision);
    assert!(
        window
            .state()
            .wizard
            .progress
            .done
            .contains(&Step::Mappings)
    );
}

#[test]
fn a_failed_rehearsal_stops_connect_before_anything_is_made_in_entra() {
    // Appsemble 0.37 as it ships: Test Connection passes, creating a user fails with a 500.
    let world = World::new(WriteMode::Shipped);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let (mut admin, mut window) = ready_to_connect(&world, world.setup_with_microsoft(&graph));
    connect(&mut admin, &mut window);
    let express = &window.state().wizard.express;
    assert_eq!(express.failed(), Some(Stage::Test), "{express:#?}");
    assert!(
        graph.with(|s| s.service_principals.is_empty() && s.assignments.is_empty()),
        "nothing was made in Entra"
    );
    // The truth, as step 6 tells it: Test Connection would pass, but users cannot be created.
    assert!(shows(&window, "Entra's Test Connection should pass."));
    assert!(shows(
        &window,
        "Appsemble cannot receive users: the rehearsal failed"
    ));
    click(&mut window, "Do this step by hand");
    assert_eq!(window.state().wizard.progress.way, Some(Way::Guided));
    assert_eq!(window.state().wizard.step(), Step::Credentials);
}

#[test]
fn a_graph_failure_stops_connect_with_its_fix_and_the_way_by_hand() {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let (mut admin, mut window) = ready_to_connect(&world, world.setup_with_microsoft(&graph));
    // Signed in without the Application Administrator role: Graph refuses every write.
    graph.with(|s| s.role_missing = true);
    connect(&mut admin, &mut window);
    let express = &window.state().wizard.express;
    assert_eq!(express.failed(), Some(Stage::Entra), "{express:#?}");
    assert!(
        world.server.app(READY_APP).members.is_empty(),
        "nobody was provisioned"
    );
    assert!(
        shows(&window, "Application Administrator"),
        "the fix names the role"
    );
    assert!(shows(&window, "Save a trace for support"));
    click(&mut window, "Do this step by hand");
    assert_eq!(window.state().wizard.step(), Step::CreateApp);
}

#[test]
fn the_way_chosen_is_kept_for_the_next_launch_and_can_be_changed() {
    let world = World::new(WriteMode::Fixed);
    let mut window = first_screen(WizardApp::new(world.setup()), 900.0);
    click(&mut window, "Set it up for me");
    window.run();
    drop(window);
    let mut again = first_screen(WizardApp::new(world.setup()), 900.0);
    assert!(shows(&again, "4. Connect"), "reopens on the express page");
    assert!(!shows(&again, "Guide me step by step"));
    click(&mut again, "Choose another way");
    assert!(shows(&again, "Guide me step by step"));
    assert_eq!(again.state().wizard.progress.way, None);
}
