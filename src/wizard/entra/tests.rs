//! Each Entra room on its own: stale answers dropped, the problem kept where it was asked for, and
//! the step-8 poll never in the way of a click.

use super::*;
use crate::graph::{JobStatus, Principal};
use crate::wizard::protocol::{EntraActivity, Requests};
use crate::wizard::{Command, Problem, Progress};

fn activity(state: &str) -> EntraActivity {
    EntraActivity {
        on_demand: None,
        status: JobStatus {
            state: state.into(),
            quarantine: None,
            last_cycle: None,
            counts: None,
        },
        problems: Ok(Vec::new()),
    }
}

fn ids() -> (String, String) {
    ("sp".into(), "job".into())
}

fn request_of(commands: &[Command]) -> crate::wizard::RequestId {
    match commands {
        [Command::EntraActivity { request, .. }]
        | [Command::EntraJobStatus { request, .. }]
        | [Command::SearchTenant { request, .. }]
        | [Command::MicrosoftSignIn { request, .. }] => *request,
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_poll_under_way_never_swallows_a_click_and_its_late_answer_is_dropped() {
    let mut requests = Requests::default();
    let mut job = EntraJob::default();
    job.person = "ada@contoso.example".into();
    let poll = request_of(&job.poll(ids(), &mut requests));
    assert!(
        job.polling() && !job.acting(),
        "a poll does not disable the buttons"
    );
    let click = request_of(&job.act(false, ids(), &mut requests));
    assert!(job.acting());
    assert!(
        job.poll(ids(), &mut requests).is_empty(),
        "no poll while a click runs"
    );
    // The click answers first; the older poll's answer then changes nothing.
    job.acted(click, Ok(activity("Active")));
    job.polled(poll, Ok(activity("NotRun")));
    assert_eq!(job.activity.as_ref().unwrap().status.state, "Active");
}

#[test]
fn a_failed_click_on_step_8_is_kept_on_step_8() {
    let mut requests = Requests::default();
    let mut job = EntraJob::default();
    job.person = "nobody@contoso.example".into();
    let click = request_of(&job.act(false, ids(), &mut requests));
    job.acted(click, Err(Problem::PersonNotInTenant));
    assert_eq!(job.problem, Some(Problem::PersonNotInTenant));
    // A failing poll is not the admin's problem; the next poll tries again.
    let poll = request_of(&job.poll(ids(), &mut requests));
    job.polled(poll, Err(Problem::MicrosoftSignInNeeded));
    assert_eq!(job.problem, Some(Problem::PersonNotInTenant));
}

#[test]
fn a_poll_keeps_the_last_on_demand_outcome_on_screen() {
    let mut requests = Requests::default();
    let mut job = EntraJob::default();
    job.person = "ada@contoso.example".into();
    let click = request_of(&job.act(false, ids(), &mut requests));
    let mut provisioned = activity("NotRun");
    provisioned.on_demand = Some(crate::graph::OnDemand::from_answer(&serde_json::json!({
        "key": "{\"result\":\"Success\",\"details\":{}}", "value": "{}"
    })));
    job.acted(click, Ok(provisioned));
    let poll = request_of(&job.poll(ids(), &mut requests));
    job.polled(poll, Ok(activity("Active")));
    let shown = job.activity.as_ref().unwrap();
    assert_eq!(shown.status.state, "Active");
    assert!(shown.on_demand.as_ref().is_some_and(|o| o.succeeded()));
}

#[test]
fn a_search_answer_for_an_older_text_is_dropped_and_its_problem_stays_on_step_3() {
    let mut requests = Requests::default();
    let mut search = TenantSearch::default();
    search.text = "gr".into();
    assert!(
        search.search(false, &mut requests).is_empty(),
        "needs the sign-in"
    );
    let old = request_of(&search.search(true, &mut requests));
    search.text = "ada".into();
    let new = request_of(&search.search(true, &mut requests));
    let ada = Principal {
        id: "id-ada".into(),
        name: "ada@contoso.example".into(),
        display_name: "Ada".into(),
        is_group: false,
    };
    search.searched(new, Ok(vec![ada.clone()]));
    search.searched(old, Ok(Vec::new()));
    assert_eq!(search.found, vec![ada.clone()]);
    search.pick(ada);
    assert_eq!(
        search.to_assign("ada@contoso.example"),
        "id-ada",
        "by object id"
    );
    assert_eq!(search.to_assign("App users"), "App users");
    let failing = request_of(&search.search(true, &mut requests));
    search.searched(failing, Err(Problem::MicrosoftSignInNeeded));
    assert!(search.problem.is_some());
}

#[test]
fn a_late_sign_in_answer_after_sign_out_is_dropped() {
    let mut requests = Requests::default();
    let mut session = MicrosoftSession::default();
    let progress = Progress {
        entra_client_id: "11111111-aaaa-4bbb-8ccc-222222222222".into(),
        entra_tenant: "contoso.example".into(),
        ..Progress::default()
    };
    let commands = session.sign_in(&progress, &mut requests);
    assert!(
        matches!(&commands[..], [Command::MicrosoftSignIn { tenant, .. }] if tenant == "contoso.example"),
        "a tenant's own app signs in at its tenant"
    );
    let request = request_of(&commands);
    session.sign_out();
    let me = Principal {
        id: "id-me".into(),
        name: "me@contoso.example".into(),
        display_name: "Me".into(),
        is_group: false,
    };
    session.signed_in_result(request, Ok(me));
    assert!(!session.signed_in);
    assert!(session.me.is_none());
}

#[test]
fn a_cancelled_do_it_for_me_ignores_its_late_report() {
    let mut requests = Requests::default();
    let mut setup = EntraSetup::default();
    let inputs = ConnectInputs {
        tenant_url: Some("https://appsemble.app/api/apps/1/scim".into()),
        token: Some(crate::secret::Secret::new("t")),
        name: "Appsemble - Notes".into(),
        recorded: None,
        signed_in: true,
    };
    let commands = setup.connect(inputs, &TenantSearch::default(), &mut requests);
    let [Command::EntraConnect { request, .. }] = &commands[..] else {
        panic!("{commands:?}");
    };
    assert_eq!(setup.cancel().len(), 1);
    assert!(!setup.connected(*request, Ok(crate::graph::ConnectReport::default())));
    assert!(setup.report.is_none());
}

#[test]
fn signing_out_during_do_it_for_me_leaves_no_spinner_waiting() {
    let mut requests = Requests::default();
    let mut entra = EntraState::default();
    entra.session.signed_in = true;
    let inputs = ConnectInputs {
        tenant_url: Some("https://appsemble.app/api/apps/1/scim".into()),
        token: Some(crate::secret::Secret::new("t")),
        name: "Appsemble - Notes".into(),
        recorded: None,
        signed_in: true,
    };
    let commands = entra
        .setup
        .connect(inputs, &TenantSearch::default(), &mut requests);
    assert!(entra.setup.connecting());
    let [Command::EntraConnect { request, .. }] = &commands[..] else {
        panic!("{commands:?}");
    };
    let request = *request;
    // The worker aborts the run on ForgetMicrosoft: no answer will come.
    assert!(matches!(&entra.sign_out()[..], [Command::ForgetMicrosoft]));
    assert!(!entra.setup.connecting(), "the spinner stops");
    assert!(
        !entra
            .setup
            .connected(request, Ok(crate::graph::ConnectReport::default()))
    );
}
