//! The worker answers every command the wizard waits for exactly once: also when there is no
//! session, when a job panics, and when the keyring is slow.

mod support;

use std::sync::{Arc, mpsc};
use std::time::Duration;

use scim_assistant::address::ServerAddress;
use scim_assistant::credentials::SecretStore;
use scim_assistant::net::TlsSettings;
use scim_assistant::platform::{Browser, RecordingBrowser};
use scim_assistant::secret::Secret;
use scim_assistant::wizard::{Command, Event, Problem, Requests};
use scim_assistant::worker::{Worker, WorkerSetup};

fn start(
    runtime: &tokio::runtime::Runtime,
    browser: Arc<dyn Browser>,
    store: Arc<dyn SecretStore>,
) -> (Worker, mpsc::Receiver<Event>) {
    let (sender, events) = mpsc::channel();
    let worker = Worker::start(
        runtime.handle(),
        WorkerSetup {
            microsoft: scim_assistant::ui::microsoft_setup(),
            tls: TlsSettings::default(),
            store,
            browser,
            watch_every: Duration::from_secs(10),
            notify: Arc::new(|| {}),
        },
        sender,
    );
    (worker, events)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

fn next(events: &mpsc::Receiver<Event>) -> Event {
    events
        .recv_timeout(Duration::from_secs(10))
        .expect("the worker answered")
}

#[test]
fn work_that_needs_a_session_answers_without_one() {
    let runtime = runtime();
    let (worker, events) = start(
        &runtime,
        Arc::new(RecordingBrowser::default()),
        Arc::new(support::NoKeyring),
    );
    let mut requests = Requests::default();
    let request = requests.issue();
    worker.send(Command::LoadApps { request });
    assert!(matches!(
        next(&events),
        Event::AppsLoaded { request: r, result: Err(_) } if r == request
    ));
    let request = requests.issue();
    worker.send(Command::LoadApp { request, app_id: 1 });
    assert!(matches!(
        next(&events),
        Event::AppLoaded { request: r, result: Err(_) } if r == request
    ));
    let request = requests.issue();
    worker.send(Command::ReadScim { request, app_id: 1 });
    assert!(matches!(
        next(&events),
        Event::ScimRead { request: r, result: Err(_) } if r == request
    ));
    let request = requests.issue();
    worker.send(Command::Enable {
        request,
        app_id: 1,
        keep_token: true,
    });
    assert!(matches!(
        next(&events),
        Event::Enabled { request: r, result: Err(_) } if r == request
    ));
}

/// A browser whose opening panics, standing in for any bug inside a job.
struct PanickingBrowser;

impl Browser for PanickingBrowser {
    fn open(&self, _url: &str) -> bool {
        panic!("a bug in a background job");
    }
}

#[test]
fn a_job_that_panics_still_answers() {
    let runtime = runtime();
    let (worker, events) = start(
        &runtime,
        Arc::new(PanickingBrowser),
        Arc::new(support::NoKeyring),
    );
    let mut requests = Requests::default();
    let request = requests.issue();
    worker.send(Command::ListenForBrowserSignIn {
        request,
        server: ServerAddress::parse("https://appsemble.example").unwrap(),
    });
    match next(&events) {
        Event::BrowserCredentials {
            request: r,
            result: Err(problem),
        } => {
            assert_eq!(r, request);
            assert_eq!(problem, Problem::Internal);
        }
        other => panic!("{other:?}"),
    }
    // The worker itself goes on.
    worker.send(Command::LoadApps {
        request: requests.issue(),
    });
    assert!(matches!(
        next(&events),
        Event::AppsLoaded { result: Err(_), .. }
    ));
}

/// A keyring that answers only after a while, as one waiting for its unlock prompt does.
struct SlowKeyring;

impl SecretStore for SlowKeyring {
    fn find(&self, _service: &str) -> Vec<(String, Secret)> {
        Vec::new()
    }
    fn save(&self, _service: &str, _account: &str, _secret: &Secret) -> bool {
        std::thread::sleep(Duration::from_millis(300));
        false
    }
    fn get(&self, service: &str, account: &str) -> Option<Secret> {
        std::thread::sleep(Duration::from_millis(300));
        (service == "appsemble://appsemble.example" && account == "client-id")
            .then(|| Secret::new("remembered"))
    }
}

#[test]
fn the_keyring_is_used_off_the_runtime_and_its_answers_come_back() {
    let runtime = runtime();
    let (worker, events) = start(
        &runtime,
        Arc::new(RecordingBrowser::default()),
        Arc::new(SlowKeyring),
    );
    let server = ServerAddress::parse("https://appsemble.example").unwrap();
    worker.send(Command::RestoreClientSecret {
        server: server.clone(),
        client_id: "client-id".into(),
    });
    worker.send(Command::RememberClient {
        server,
        id: "client-id".into(),
        secret: Secret::new("s"),
    });
    // Both runtime threads blocked on the keyring would starve this one.
    worker.send(Command::LoadApps {
        request: Requests::default().issue(),
    });
    let mut seen = Vec::new();
    for _ in 0..3 {
        seen.push(next(&events));
    }
    assert!(
        matches!(seen[0], Event::AppsLoaded { .. }),
        "not held up by the keyring: {seen:?}"
    );
    assert!(seen.iter().any(|e| matches!(
        e,
        Event::ClientSecretRestored(Some(secret)) if secret.expose() == "remembered"
    )));
    assert!(
        seen.iter()
            .any(|e| matches!(e, Event::ClientRemembered(false))),
        "a failed save is reported"
    );
}

#[test]
fn cancelling_a_rehearsal_half_way_removes_its_test_user_and_says_so() {
    use fake_appsemble::{FakeAppsemble, READY_APP, WriteMode};
    let runtime = runtime();
    let server = runtime.block_on(FakeAppsemble::start(WriteMode::Fixed));
    server.enable_scim(READY_APP, "the-token");
    server.with(|s| s.stall_patches = Some(Duration::from_secs(30)));
    let (worker, events) = start(
        &runtime,
        Arc::new(RecordingBrowser::default()),
        Arc::new(support::NoKeyring),
    );
    worker.send(Command::Test {
        request: Requests::default().issue(),
        tenant_url: server.tenant_url(READY_APP),
        token: Secret::new("the-token"),
        rehearse: true,
    });
    wait_for(|| server.rehearsal_is_half_way());
    assert_eq!(server.rehearsal_users(READY_APP).len(), 1);
    worker.send(Command::CancelTest);
    match next(&events) {
        Event::TestCancelled(outcome) => {
            assert_eq!(outcome.removed.len(), 1, "{outcome:?}");
            assert!(outcome.left.is_empty(), "{outcome:?}");
        }
        other => panic!("{other:?}"),
    }
    assert!(server.rehearsal_users(READY_APP).is_empty());
    assert_eq!(worker.leftovers().pending(), 0);
}

fn wait_for(done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "timed out");
        std::thread::sleep(Duration::from_millis(10));
    }
}
