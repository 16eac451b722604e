//! The Entra half in the window, against the fake Microsoft identity platform and Graph.

mod support;

use std::time::Duration;

use egui_kittest::Harness;
use fake_appsemble::*;
use scim_assistant::ui::WizardApp;
use scim_assistant::wizard::Step;
use support::window::*;

/// Signed in to both, SCIM on and tested, and "Do it for me" done for `who`.
fn done_it_for_me(who: &str) -> (World, fake_graph::FakeGraph, Harness<'static, WizardApp>) {
    let world = World::new(WriteMode::Fixed);
    let graph = world.runtime.block_on(fake_graph::FakeGraph::start());
    let mut window = signed_in_with_microsoft(&world, &graph);
    click(&mut window, "1. Before you start");
    reach_a_tested_step_6(&world, &mut window);
    do_it_for_me_for(&mut window, who);
    (world, graph, window)
}

#[test]
fn signing_in_with_microsoft_then_do_it_for_me_sets_up_entra_from_the_window() {
    let (world, graph, mut window) = done_it_for_me("ada@contoso.example, App users");
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
    assert_eq!(
        window.state().wizard.entra.job.person,
        "ada@contoso.example",
        "the first person assigned on step 6, not typed again"
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
    let mut window = harness_for(WizardApp::new(world.setup_with_microsoft(&graph)), 1000.0);
    click(&mut window, "Next");
    click(&mut window, "Set up access for this tenant");
    // Nothing happens before the admin has read what the new app will ask for.
    assert!(shows(&window, "Before anything is made"));
    assert!(shows(&window, "Directory.Read.All: read the directory"));
    assert!(shows(&window, "Nothing is granted now"));
    assert!(world.browser.opened.lock().unwrap().is_empty());
    click(&mut window, "Continue");
    let follow = |opened: usize| world.follow_sign_in(opened);
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
    let (_world, graph, mut window) = done_it_for_me("ada@contoso.example");
    // provision-on-demand.md: an assignment can take a few minutes to count.
    graph.with(|s| s.assignment_delay = Duration::from_secs(3600));
    click(&mut window, "8. Start and watch");
    step_until(&mut window, "the job's status", |h| {
        h.state().wizard.entra.job.activity.is_some() && !h.state().wizard.entra.job.acting()
    });
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
    // The person is still in the field: nothing more to type.
    provision_now(&mut window, "ada@contoso.example");
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
