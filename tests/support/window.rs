//! Driving the window in tests: a world of fakes, the steps a user takes, waiting for the
//! worker's answers, and, when a wait times out,
//! leaving behind what the window showed (its visible texts, and a picture when the test build can
//! render) so that a failing kittest says why.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use fake_appsemble::*;
use scim_assistant::platform::{MemoryClipboard, RecordingBrowser};
use scim_assistant::ui::{AppSetup, WizardApp};
use scim_assistant::wizard::{ProgressStore, Step};

/// Every label and value on screen, one per line, in reading order.
pub fn visible_texts(harness: &Harness<'static, WizardApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter_map(|node| {
            let node = node.accesskit_node();
            let text = [node.label(), node.value()]
                .into_iter()
                .flatten()
                .filter(|t| !t.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" = ");
            (!text.is_empty()).then(|| format!("{:?}: {text}", node.role()))
        })
        .collect()
}

/// Where a timed-out wait leaves its evidence: `target/gui-failures/<what>.{txt,png}`.
fn evidence_path(what: &str) -> PathBuf {
    let name: String = what
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("gui-failures")
        .join(name)
}

/// Writes what the window shows; returns the text file's path.
pub fn save_evidence(harness: &mut Harness<'static, WizardApp>, what: &str) -> PathBuf {
    let base = evidence_path(what);
    let _ = std::fs::create_dir_all(base.parent().unwrap());
    let text = base.with_extension("txt");
    let _ = std::fs::write(&text, visible_texts(harness).join("\n"));
    #[cfg(feature = "snapshots")]
    if let Ok(image) = harness.render() {
        let _ = image.save(base.with_extension("png"));
    }
    text
}

/// Steps the window until `done` holds, letting the worker's network replies arrive; on timeout
/// fails with the window's visible texts and where they (and a picture) were saved.
pub fn step_until(
    harness: &mut Harness<'static, WizardApp>,
    what: &str,
    done: impl Fn(&Harness<'static, WizardApp>) -> bool,
) {
    step_until_within(harness, what, Duration::from_secs(15), done);
}

/// [`step_until`] with its own time limit.
pub fn step_until_within(
    harness: &mut Harness<'static, WizardApp>,
    what: &str,
    limit: Duration,
    done: impl Fn(&Harness<'static, WizardApp>) -> bool,
) {
    let deadline = Instant::now() + limit;
    while !done(harness) {
        if Instant::now() >= deadline {
            let saved = save_evidence(harness, what);
            let shown = visible_texts(harness).join("\n  ");
            panic!(
                "timed out waiting for {what}; the window showed (saved in {}):\n  {shown}",
                saved.display()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.step();
}

pub struct World {
    pub runtime: tokio::runtime::Runtime,
    pub server: FakeAppsemble,
    pub clipboard: MemoryClipboard,
    pub browser: Arc<RecordingBrowser>,
    pub progress_file: PathBuf,
}

impl World {
    pub fn new(mode: WriteMode) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime.block_on(FakeAppsemble::start(mode));
        let dir = std::env::temp_dir().join(format!("scim-gui-{}", uuid::Uuid::new_v4()));
        Self {
            runtime,
            server,
            clipboard: MemoryClipboard::default(),
            browser: Arc::new(RecordingBrowser::default()),
            progress_file: dir.join("progress.json"),
        }
    }

    pub fn window(&self) -> Harness<'static, WizardApp> {
        self.window_with_browser(self.browser.clone())
    }

    pub fn window_with_browser(
        &self,
        browser: Arc<dyn scim_assistant::platform::Browser>,
    ) -> Harness<'static, WizardApp> {
        let app = WizardApp::new(AppSetup {
            browser,
            clipboard: Box::new(self.clipboard.clone()),
            watch_every: Duration::from_millis(200),
            ..super::app_setup(&self.runtime, ProgressStore::at(self.progress_file.clone()))
        });
        harness_for(app, 900.0)
    }

    pub fn clipboard(&self) -> Option<String> {
        self.clipboard.content.lock().unwrap().clone()
    }
}

impl Drop for World {
    fn drop(&mut self) {
        if let Some(dir) = self.progress_file.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

pub fn shows(harness: &Harness<'static, WizardApp>, label: &str) -> bool {
    harness.query_all_by_label_contains(label).next().is_some()
}

pub fn click(harness: &mut Harness<'static, WizardApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.step();
    harness.step();
}

/// Password fields have their own role, so a screen reader can say so.
pub fn role_of(harness: &Harness<'static, WizardApp>, label: &str) -> Role {
    if harness
        .query_by_role_and_label(Role::PasswordInput, label)
        .is_some()
    {
        Role::PasswordInput
    } else {
        Role::TextInput
    }
}

pub fn type_into(harness: &mut Harness<'static, WizardApp>, label: &str, value: &str) {
    let role = role_of(harness, label);
    harness.get_by_role_and_label(role, label).focus();
    harness.step();
    harness.get_by_role_and_label(role, label).type_text(value);
    harness.step();
}

/// From the start to a signed-in step 4 with the app list loaded.
pub fn sign_in(
    world: &World,
    harness: &mut Harness<'static, WizardApp>,
    email: &str,
    password: &str,
) {
    for _ in 0..3 {
        click(harness, "Next");
    }
    assert_eq!(harness.state().wizard.step(), Step::Appsemble);
    harness.state_mut().wizard.progress.server = world.server.origin();
    type_into(harness, "Email", email);
    type_into(harness, "Password", password);
    click(harness, "Sign in");
}

pub fn sign_in_and_choose_notes(world: &World, harness: &mut Harness<'static, WizardApp>) {
    sign_in(world, harness, OWNER_EMAIL, OWNER_PASSWORD);
    step_until(harness, "the app list", |h| shows(h, "Notes (#42)"));
    click(harness, "Notes (#42)");
    assert!(shows(harness, "New users will get the role User."));
    click(harness, "Next");
    step_until(harness, "the SCIM state", |h| {
        !h.state().wizard.enable.reading()
    });
}

/// From the start to step 4 with "Sign in with your browser" chosen.
pub fn choose_browser_sign_in(world: &World, harness: &mut Harness<'static, WizardApp>) {
    for _ in 0..3 {
        click(harness, "Next");
    }
    harness.state_mut().wizard.progress.server = world.server.origin();
    click(harness, "Sign in with your browser");
}

/// Presses the step-5 button and waits for the token.
pub fn turn_on_scim(harness: &mut Harness<'static, WizardApp>) {
    click(harness, "Turn on SCIM and create the token");
    step_until(harness, "SCIM to be on", |h| {
        h.state().wizard.enable.token.is_some()
    });
}

/// Signs in, turns SCIM on for Notes and waits for step 6's automatic test.
pub fn reach_a_tested_step_6(world: &World, harness: &mut Harness<'static, WizardApp>) {
    sign_in_and_choose_notes(world, harness);
    turn_on_scim(harness);
    click(harness, "Next");
    step_until(harness, "the automatic test", |h| {
        h.state().wizard.test.report.is_some()
    });
}

/// A window on step 2, signed in with Microsoft against `graph` (the browser played by the test).
pub fn signed_in_with_microsoft(
    world: &World,
    graph: &fake_graph::FakeGraph,
) -> Harness<'static, WizardApp> {
    let app = WizardApp::new(AppSetup {
        clipboard: Box::new(world.clipboard.clone()),
        watch_every: Duration::from_millis(200),
        ..world.setup_with_microsoft(graph)
    });
    let mut window = harness_for(app, 2000.0);
    click(&mut window, "Next");
    assert_eq!(window.state().wizard.step(), Step::CreateApp);
    click(&mut window, "Sign in with Microsoft");
    assert!(shows(
        &window,
        "No app registration to sign in to Microsoft with."
    ));
    type_into(
        &mut window,
        "App registration (client id) to sign in with",
        "11111111-aaaa-4bbb-8ccc-222222222222",
    );
    click(&mut window, "Sign in with Microsoft");
    step_until(&mut window, "the browser", |_| {
        !world.browser.opened.lock().unwrap().is_empty()
    });
    world.follow_sign_in(0);
    step_until(&mut window, "the Microsoft sign-in", |h| {
        h.state().wizard.entra.session.signed_in
    });
    assert!(shows(&window, "Signed in with Microsoft."));
    window
}

/// Step 6: names who gets access, presses "Do it for me" and waits for its report.
pub fn do_it_for_me_for(harness: &mut Harness<'static, WizardApp>, who: &str) {
    type_into(
        harness,
        "People and groups to assign (sign-in names or group names, separated by commas)",
        who,
    );
    click(harness, "Do it for me");
    step_until(harness, "Do it for me", |h| {
        h.state().wizard.entra.setup.report.is_some()
    });
}

/// Step 8: provisions `person` now through Entra's Provision on demand and waits for the outcome.
/// Step 8 names the first person "Do it for me" assigned already; another is typed over it.
pub fn provision_now(harness: &mut Harness<'static, WizardApp>, person: &str) {
    if harness.state().wizard.entra.job.person != person {
        harness.state_mut().wizard.entra.job.person.clear();
        type_into(harness, "Person to provision now (sign-in name)", person);
    }
    click(harness, "Provision one person now");
    step_until(harness, "provision on demand", |h| {
        h.state()
            .wizard
            .entra
            .job
            .activity
            .as_ref()
            .is_some_and(|a| a.on_demand.is_some())
    });
}

/// A harness around `app`, `height` points tall, on the guided path ("Guide me step by step"
/// chosen on the first screen, as the guided tests' admin does).
pub fn harness_for(app: WizardApp, height: f32) -> Harness<'static, WizardApp> {
    let mut harness = first_screen(app, height);
    if shows(&harness, "Guide me step by step") {
        click(&mut harness, "Guide me step by step");
    }
    harness
}

/// A harness around `app` after its first frame, on whatever screen it opens with.
pub fn first_screen(app: WizardApp, height: f32) -> Harness<'static, WizardApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(980.0, height))
        .build_ui_state(|ui, app: &mut WizardApp| app.show(ui), app);
    harness.step();
    harness
}

impl World {
    /// The tests' setup with this world's runtime and progress file.
    pub fn setup(&self) -> AppSetup {
        super::app_setup(&self.runtime, ProgressStore::at(self.progress_file.clone()))
    }

    /// The same, signing in with Microsoft at `graph` in this world's recording browser.
    pub fn setup_with_microsoft(&self, graph: &fake_graph::FakeGraph) -> AppSetup {
        AppSetup {
            browser: self.browser.clone(),
            microsoft: scim_assistant::worker::MicrosoftSetup {
                login_base: graph.login_base(),
                graph_base: graph.base(),
                pages: ("signed in", "refused"),
            },
            ..self.setup()
        }
    }

    /// What the system browser does with the `opened`-th page: Microsoft signs the admin in and
    /// sends it back to this computer. Returns the page's address.
    pub fn follow_sign_in(&self, opened: usize) -> String {
        let url = self.browser.opened.lock().unwrap()[opened].clone();
        self.runtime.block_on(async {
            let http = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let answer = http.get(&url).send().await.unwrap();
            let back = answer.headers()["location"].to_str().unwrap().replacen(
                "localhost",
                "127.0.0.1",
                1,
            );
            http.get(&back).send().await.unwrap();
        });
        url
    }
}
