//! The Entra half against a fake Graph as strict as Microsoft's pages (graph-fidelity.md §4):
//! every test here failed on the code before issue 15. Each names the page it follows.

mod support;

use std::time::Duration;

use fake_appsemble::WriteMode;
use fake_graph::{ME, OnDemandShape, US_GOV_TEMPLATE};
use scim_assistant::graph::{Cloud, EntraFinding, OnDemandResult, StepId, connect, job_status};
use scim_assistant::i18n::Lang;
use scim_assistant::messages::entra::{explain_in, explain_on_demand_in};
use support::graph::{ADA, finding, graph, options, patience, provision, world};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_refused_by_appsemble_is_explained_in_every_answer_shape() {
    for shape in [
        OnDemandShape::TopLevel,
        OnDemandShape::TypeNameAndArray,
        OnDemandShape::Wrapped,
    ] {
        let (server, fake) = world(WriteMode::Shipped).await;
        fake.with(|s| s.on_demand_shape = shape);
        let graph = graph(&fake);
        let report = connect(&graph, &options(&server)).await;
        assert!(report.ok(), "{report:#?}");
        let outcome = provision(&graph, &report, ADA).await;
        assert_eq!(
            outcome.result,
            OnDemandResult::Failure,
            "{shape:?}: {outcome:?}"
        );
        assert!(
            outcome.reason.contains("HTTP/500"),
            "{shape:?}: {outcome:?}"
        );
        assert!(!outcome.steps.is_empty(), "{shape:?}");
        let words = explain_on_demand_in(&outcome, Lang::En);
        assert!(
            words.summary.contains("known fault"),
            "{shape:?}: {words:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_assignment_is_waited_for_visibly_and_within_a_bound() {
    let (server, fake) = world(WriteMode::Fixed).await;
    // provision-on-demand.md: "a replication delay of up to a few minutes".
    fake.with(|s| s.assignment_delay = Duration::from_millis(400));
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    let (sp, job) = (
        report.service_principal_id.clone().unwrap(),
        report.job_id.clone().unwrap(),
    );
    let waits = std::sync::Mutex::new(Vec::new());
    let note = |seconds: u64| waits.lock().unwrap().push(seconds);
    let outcome = scim_assistant::graph::provision_one(&graph, &sp, &job, ADA, patience(), &note)
        .await
        .unwrap();
    assert_eq!(outcome.result, OnDemandResult::Success, "{outcome:?}");
    assert!(outcome.retries > 0);
    assert!(!waits.lock().unwrap().is_empty(), "the wait is shown");
    let message = scim_assistant::messages::entra::assignment_settling_in(30, Lang::En);
    assert!(message.contains("trying again in 30 s"), "{message}");

    // Never counted within the bound: it stops and says what to do.
    fake.with(|s| s.assignment_delay = Duration::from_secs(3600));
    let grace = "0b7e2a35-6a31-4d6a-9f51-1c1f5a1d0002";
    fake.with(|s| s.assign(&sp, grace, Duration::ZERO));
    let short = scim_assistant::graph::AssignmentPatience {
        budget: Duration::from_millis(300),
        between_tries: Duration::from_millis(100),
    };
    let outcome = scim_assistant::graph::provision_one(&graph, &sp, &job, grace, short, &|_| {})
        .await
        .unwrap();
    assert_eq!(outcome.result, OnDemandResult::NotEntitled, "{outcome:?}");
    let words = explain_on_demand_in(&outcome, Lang::En);
    assert!(words.fix.contains("few minutes"), "{words:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provision_on_demand_keeps_to_five_requests_per_window() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    for _ in 0..8 {
        provision(&graph, &report, ADA).await;
    }
    assert_eq!(
        fake.with(|s| s.on_demand_throttled),
        0,
        "never over the limit"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_sends_no_body_and_only_to_a_job_that_is_not_running() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let first = connect(&graph, &options(&server)).await;
    assert_eq!(finding(&first, StepId::Start), EntraFinding::Started);
    let second = connect(&graph, &options(&server)).await;
    assert_eq!(
        finding(&second, StepId::Start),
        EntraFinding::AlreadyRunning
    );
    let starts: Vec<_> = fake
        .seen()
        .into_iter()
        .filter(|s| s.path.ends_with("/start"))
        .collect();
    assert_eq!(starts.len(), 1);
    assert!(starts[0].body.is_empty(), "start.md: no request body");
    assert_eq!(fake.with(|s| s.starts_while_running), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn do_it_for_me_trusts_no_enterprise_application_by_its_name() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    // Someone else made an application of the same name from the same template.
    let theirs = fake.with(|s| s.plant_app(support::graph::NAME, "someone-else"));
    let report = connect(&graph, &options(&server)).await;
    assert_eq!(
        finding(&report, StepId::App),
        EntraFinding::AppNotOurs { id: theirs.clone() }
    );
    assert!(
        fake.with(|s| s.secrets.is_empty()),
        "the token went nowhere"
    );
    let words = explain_in(&finding(&report, StepId::App), Lang::En);
    assert!(
        words.summary.contains("not given the Secret Token"),
        "{words:?}"
    );

    let second = fake.with(|s| s.plant_app(support::graph::NAME, ME));
    let report = connect(&graph, &options(&server)).await;
    assert!(
        matches!(finding(&report, StepId::App), EntraFinding::AppNameAmbiguous { candidates } if candidates.len() == 2)
    );

    // The one it recorded is used, whatever else carries the name.
    let mut recorded = options(&server);
    recorded.service_principal_id = Some(second.clone());
    let report = connect(&graph, &recorded).await;
    assert!(report.ok(), "{report:#?}");
    assert_eq!(
        report.service_principal_id.as_deref(),
        Some(second.as_str())
    );
    assert!(fake.with(|s| !s.secrets.contains_key(&theirs)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_are_assigned_by_id_and_a_shared_name_is_refused() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let decoy = fake.with(|s| s.plant_group("App users"));
    let report = connect(&graph, &options(&server)).await;
    assert!(
        matches!(finding(&report, StepId::Assign), EntraFinding::NameAmbiguous { candidates, .. } if candidates.contains(&decoy))
    );
    let mut by_id = options(&server);
    by_id.assign = vec![ADA.into(), "6c1d4e1f-0000-4000-8000-00000000a001".into()];
    let report = connect(&graph, &by_id).await;
    assert_eq!(
        finding(&report, StepId::Assign),
        EntraFinding::Assigned {
            added: 1,
            already: 1
        },
        "Ada was assigned before the shared name stopped the first run"
    );
    assert!(fake.with(|s| !s.assignments.iter().any(|a| a.principal == decoy)));

    // serviceprincipal-post-approleassignedto.md: groups need Entra ID P1 or P2.
    let (server, fake) = world(WriteMode::Fixed).await;
    fake.with(|s| s.premium = false);
    let report = connect(&self::graph(&fake), &options(&server)).await;
    assert!(matches!(
        finding(&report, StepId::Assign),
        EntraFinding::GroupNeedsP1 { .. }
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_create_answered_with_a_503_is_read_back_not_made_twice() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    fake.with(|s| s.lose_next_create = true);
    let report = connect(&graph, &options(&server)).await;
    assert!(report.ok(), "{report:#?}");
    assert_eq!(
        fake.with(|s| s.service_principals.len()),
        1,
        "one application"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_honoured_in_full() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    fake.with(|s| {
        s.throttle_next = 1;
        s.throttle_retry_after = Some(1);
    });
    let started = std::time::Instant::now();
    assert!(connect(&graph, &options(&server)).await.ok());
    // concepts/throttling.md: "Wait the number of seconds specified in the Retry-After field."
    assert!(started.elapsed() >= Duration::from_secs(1));

    // A 503 without Retry-After is backed off and retried (a GET is safe to repeat).
    let (server, fake) = world(WriteMode::Fixed).await;
    fake.with(|s| {
        s.throttle_next = 2;
        s.throttle_status = 503;
        s.throttle_retry_after = None;
    });
    assert!(connect(&self::graph(&fake), &options(&server)).await.ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_schema_keeps_its_directories_and_read_only_rules() {
    let (server, fake) = world(WriteMode::Fixed).await;
    // synchronization-synchronizationschema.md (v1.0) lists `directories` as a relationship.
    fake.with(|s| s.directories_as_relationship = true);
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    assert!(report.ok(), "{report:#?}");
    let sp = report.service_principal_id.clone().unwrap();
    let kept = fake.with(|s| s.job(&sp).unwrap().schema["directories"].clone());
    assert!(
        kept.as_array().is_some_and(|d| !d.is_empty()),
        "a full-replace PUT keeps them"
    );

    // synchronization-synchronizationrule.md: `editable: false` "should not be changed".
    fake.with(|s| {
        let job = &mut s.jobs.get_mut(&sp).unwrap()[0];
        job.schema = fake_graph::default_scim_schema();
        job.schema["synchronizationRules"][0]["editable"] = false.into();
    });
    let again = connect(&graph, &options(&server)).await;
    assert_eq!(
        finding(&again, StepId::Mappings),
        EntraFinding::MappingsReadOnly
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saved_credentials_are_checked_and_deletion_protection_stays_on() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    assert_eq!(
        finding(&report, StepId::SavedCredentials),
        EntraFinding::SavedCredentialsWork
    );
    let sp = report.service_principal_id.clone().unwrap();
    let settings = fake.with(|s| {
        s.secrets[&sp]
            .iter()
            .find(|(k, _)| k == "SyncNotificationSettings")
            .unwrap()
            .1
            .clone()
    });
    let settings: serde_json::Value = serde_json::from_str(&settings).unwrap();
    assert_eq!(
        settings["DeleteThresholdEnabled"], true,
        "accidental-deletions.md"
    );
    assert_eq!(settings["DeleteThresholdValue"], 500);
    let job = report.job_id.clone().unwrap();
    let validations = fake
        .seen()
        .iter()
        .filter(|s| s.path.ends_with(&format!("{job}/validateCredentials")))
        .count();
    assert_eq!(
        validations, 1,
        "the job's own check, with the saved credentials"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_cloud_has_its_own_template_and_scopes() {
    let (server, fake) = world(WriteMode::Fixed).await;
    fake.with(|s| s.cloud_template = US_GOV_TEMPLATE.into());
    let graph = graph(&fake);
    let global = connect(&graph, &options(&server)).await;
    assert!(!global.ok(), "the global template does not exist there");
    let mut gov = options(&server);
    gov.cloud = Cloud::UsGov;
    assert!(connect(&graph, &gov).await.ok());
    let scopes = scim_assistant::graph::sign_in_scopes(Cloud::UsGov);
    assert!(
        scopes
            .iter()
            .any(|s| s == "https://graph.microsoft.us/Synchronization.ReadWrite.All")
    );
    assert!(
        !Cloud::China.has_provisioning(),
        "global-us.md: not in China"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_that_never_ran_has_no_last_cycle() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let mut not_started = options(&server);
    not_started.start = false;
    let report = connect(&graph, &not_started).await;
    let status = job_status(
        &graph,
        &report.service_principal_id.unwrap(),
        &report.job_id.unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(status.state, "NotRun");
    assert_eq!(
        status.last_cycle, None,
        "0001-01-01T00:00:00Z means no cycle yet"
    );
    assert_eq!(status.counts, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_schema_answer_is_a_failed_step_not_a_crash() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    let sp = report.service_principal_id.clone().unwrap();
    for hostile in [
        serde_json::json!([]),
        serde_json::json!({"synchronizationRules": [1, "x"]}),
    ] {
        fake.with(|s| s.jobs.get_mut(&sp).unwrap()[0].schema = hostile.clone());
        let mut again = options(&server);
        again.service_principal_id = Some(sp.clone());
        let report = connect(&graph, &again).await;
        assert_ne!(
            finding(&report, StepId::Mappings).status(),
            scim_assistant::probe::Status::Pass,
            "{hostile}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_under_privileged_caller_on_the_sync_api_is_explained_as_a_role_problem() {
    let (server, fake) = world(WriteMode::Fixed).await;
    let graph = graph(&fake);
    let report = connect(&graph, &options(&server)).await;
    let mut again = options(&server);
    again.service_principal_id = report.service_principal_id.clone();
    fake.with(|s| s.role_missing = true);
    let report = connect(&graph, &again).await;
    // graph.md §5: 401 UnknownError with an empty message from the synchronization service.
    let failed = finding(&report, StepId::TestConnection);
    assert!(
        matches!(&failed, EntraFinding::GraphFailed(e) if e.status() == Some(401) && e.code() == "UnknownError"),
        "{failed:?}"
    );
    let words = explain_in(&failed, Lang::En);
    assert!(words.fix.contains("Application Administrator"), "{words:?}");
}
