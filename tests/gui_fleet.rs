//! "All your SCIM apps", driven by the labels a user reads, against the fake Appsemble seeded
//! with a partner's apps over real HTTP: the rows, the filter, the order, a click that opens an
//! app at its step, and a list of hundreds that lays out only what is on screen.

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use fake_appsemble::*;
use scim_assistant::fleet::Health;
use scim_assistant::ui::WizardApp;
use scim_assistant::wizard::Step;
use support::window::*;

/// Signed in as the owner of a fleet, on the fleet view with every app checked.
fn on_the_fleet_view(apps: usize) -> (World, FleetSeed, Harness<'static, WizardApp>) {
    let world = World::new(WriteMode::Shipped);
    let seed = world.server.seed_fleet(3, apps);
    let mut window = world.window();
    sign_in(&world, &mut window, OWNER_EMAIL, OWNER_PASSWORD);
    step_until(&mut window, "the app list", |h| shows(h, "Notes (#42)"));
    click(&mut window, "See all your SCIM apps");
    let total = format!("{} apps ·", apps + 3);
    step_until(&mut window, "every app checked", |h| shows(h, &total));
    window.run();
    (world, seed, window)
}

#[test]
fn every_app_has_a_row_with_its_state_and_a_click_opens_a_failing_one_at_its_test() {
    let (world, seed, mut window) = on_the_fleet_view(20);
    assert!(shows(&window, "23 apps · 18 with SCIM on"));
    // Ordered by status: what needs someone comes first.
    let first = window.state().wizard.fleet.rows()[0].health.clone();
    assert!(matches!(first, Health::Failing(_)), "{first:?}");
    assert!(shows(&window, "✖ failing") && shows(&window, "✔ healthy"));

    let refused = seed.refused[0];
    type_into(
        &mut window,
        "Filter (name, organisation or number)",
        &refused.to_string(),
    );
    window.run();
    let label = format!("Customer app {} (#{refused})", refused - FIRST_FLEET_APP);
    assert!(shows(&window, &label));
    assert!(
        !shows(&window, "Notes (#42)"),
        "the filter leaves the others out"
    );
    click(&mut window, &label);
    assert_eq!(window.state().wizard.step(), Step::Credentials);
    assert_eq!(
        window.state().wizard.apps.chosen.as_ref().map(|c| c.id),
        Some(refused)
    );
    // The token the survey read is the one tested; no second read, no new token.
    step_until(&mut window, "the live test", |h| {
        h.state().wizard.test.report.is_some()
    });
    assert!(!window.state().wizard.test.report.as_ref().unwrap().ok());
    assert_eq!(
        world.server.app(refused).scim_token.as_deref(),
        window
            .state()
            .wizard
            .enable
            .token
            .as_ref()
            .map(|t| t.expose())
    );
}

#[test]
fn a_healthy_app_opens_where_its_users_arrive_and_the_order_can_change() {
    let (world, seed, mut window) = on_the_fleet_view(12);
    click(&mut window, "name");
    let names: Vec<String> = window
        .state()
        .wizard
        .fleet
        .rows()
        .iter()
        .map(|a| a.name.clone())
        .collect();
    let position = |name: &str| names.iter().position(|n| n == name).unwrap();
    // As people read them: numbers by value, not character by character.
    assert!(
        position("Customer app 2") < position("Customer app 10"),
        "{names:?}"
    );
    assert!(position("Customer app 9") < position("Notes"), "{names:?}");
    click(&mut window, "Only apps that need something");
    let left: Vec<Health> = window
        .state()
        .wizard
        .fleet
        .rows()
        .iter()
        .map(|a| a.health.clone())
        .collect();
    assert!(!left.is_empty() && left.iter().all(|h| !h.ok()), "{left:?}");
    click(&mut window, "Only apps that need something");

    let healthy = seed
        .healthy
        .iter()
        .copied()
        .find(|id| seed.users[id] == 3)
        .unwrap();
    let label = format!("Customer app {} (#{healthy})", healthy - FIRST_FLEET_APP);
    type_into(
        &mut window,
        "Filter (name, organisation or number)",
        &healthy.to_string(),
    );
    window.run();
    click(&mut window, &label);
    assert_eq!(window.state().wizard.step(), Step::Provision);
    step_until(&mut window, "the app's users", |h| {
        h.state()
            .wizard
            .watch
            .users
            .as_ref()
            .is_some_and(|s| s.total == 3)
    });
    drop(world);
}

#[test]
fn three_hundred_apps_lay_out_only_the_rows_on_screen() {
    let (_world, _seed, window) = on_the_fleet_view(300);
    assert_eq!(window.state().wizard.fleet.rows().len(), 303);
    let links = window.query_all_by_label_contains("Customer app ").count();
    assert!(links > 5 && links < 60, "{links} rows laid out of 303");
}
