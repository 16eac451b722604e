//! Starting the window: the runtime, the real platform, eframe's options and the icon.

use std::sync::Arc;
use std::time::Instant;

use egui::Ui;

use super::{AppSetup, WATCH_EVERY, WizardApp};
use crate::credentials::OsKeyring;
use crate::messages::window;
use crate::net::TlsSettings;
use crate::platform::{SystemBrowser, SystemClipboard};
use crate::wizard::ProgressStore;

impl eframe::App for WizardApp {
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.drain_events();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shut_down();
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        if let Some(started) = self.report_first_frame.take() {
            eprintln!("first-frame-ms={}", started.elapsed().as_millis());
        }
    }
}

/// Microsoft's public cloud, or the overrides (checked as the command line checks them; an
/// override that is not https, or http to this computer, is not used and is logged).
pub fn microsoft_setup() -> crate::worker::MicrosoftSetup {
    let cloud = crate::graph::Cloud::Global;
    let endpoints = crate::graph::MicrosoftEndpoints::of(cloud, |name| std::env::var(name).ok())
        .unwrap_or_else(|_| {
            tracing::warn!("a Microsoft address override was refused: not https");
            crate::graph::MicrosoftEndpoints {
                login_base: cloud.login_base().into(),
                graph_base: cloud.graph_base().into(),
            }
        });
    crate::worker::MicrosoftSetup {
        login_base: endpoints.login_base,
        graph_base: endpoints.graph_base,
        pages: (
            crate::messages::entra::LANDING_SIGNED_IN.get(),
            crate::messages::entra::LANDING_REFUSED.get(),
        ),
    }
}

/// The application icon (assets/icon.svg rendered at 64 px, raw RGBA so no image decoder is needed).
fn window_icon() -> egui::IconData {
    egui::IconData {
        rgba: include_bytes!("../../assets/icon-64.rgba").to_vec(),
        width: 64,
        height: 64,
    }
}

/// Opens the window and runs it until it is closed. `started` is when the process began, for the
/// start-up benchmark.
pub fn run(started: Instant) -> Result<(), String> {
    launch(started, false)
}

/// The window in practice mode: against the pretend Appsemble and Microsoft in this process.
#[cfg(feature = "practice")]
pub fn run_practice(started: Instant) -> Result<(), String> {
    launch(started, true)
}

fn launch(started: Instant, practice: bool) -> Result<(), String> {
    crate::i18n::set_lang(crate::i18n::Lang::from_system());
    let runtime = crate::worker::runtime().map_err(|e| e.to_string())?;
    let setup = AppSetup {
        runtime: runtime.handle().clone(),
        tls: TlsSettings::default(),
        secret_store: Arc::new(OsKeyring),
        browser: Arc::new(SystemBrowser),
        clipboard: Box::new(SystemClipboard::new()),
        progress: ProgressStore::in_config_dir(),
        watch_every: WATCH_EVERY,
        microsoft: microsoft_setup(),
        practice: None,
        practice_launcher: Arc::new(start_practice_window),
    };
    // Kept alive until the window closes: the pretend servers run on this runtime.
    #[cfg(feature = "practice")]
    let (setup, _world) = if practice {
        practice_setup(setup)
    } else {
        (setup, None)
    };
    // A practice window says so in its title, and keeps its window state apart from the real one.
    let (title, app_id) = if practice {
        (window::PRACTICE_WINDOW_TITLE, "scim-assistant-practice")
    } else {
        (window::WINDOW_TITLE, "scim-assistant")
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id(app_id)
            .with_icon(window_icon())
            .with_inner_size([980.0, 720.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        title,
        options,
        Box::new(move |_cc| {
            let practice = setup.practice.is_some();
            let mut app = WizardApp::new(setup);
            if practice {
                fill_in_practice(&mut app);
            }
            if std::env::var_os("SCIM_ASSISTANT_TIMING").is_some() {
                app.report_first_frame = Some(started);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| e.to_string())
}

/// The setup for practice: the pretend services' addresses, the practice browser, no keyring and a
/// progress file of its own (real progress is never touched).
#[cfg(feature = "practice")]
pub fn practice_setup(setup: AppSetup) -> (AppSetup, Option<crate::practice::PracticeWorld>) {
    use crate::practice::{PracticeBrowser, PracticeWorld};
    let world = PracticeWorld::start(&setup.runtime, false);
    let store = ProgressStore::at(world.progress_file());
    store.save(&crate::wizard::Progress {
        server: world.appsemble_origin(),
        email: crate::practice::OWNER_EMAIL.into(),
        entra_client_id: crate::practice::PRACTICE_CLIENT_ID.into(),
        entra_tenant: String::new(),
        app_id: Some(crate::practice::PRACTICE_APP),
        ..crate::wizard::Progress::default()
    });
    let setup = AppSetup {
        browser: PracticeBrowser::new(setup.runtime.clone(), &world),
        secret_store: Arc::new(crate::credentials::NoSecretStore),
        progress: store,
        microsoft: world.microsoft(setup.microsoft.pages),
        practice: Some(world.shipped_switch()),
        ..setup
    };
    (setup, Some(world))
}

/// Starts this program again with `--practice`, in its own window and process.
fn start_practice_window() -> bool {
    std::env::current_exe()
        .and_then(|exe| std::process::Command::new(exe).arg("--practice").spawn())
        .is_ok()
}

/// The pretend owner's password, filled in for the admin (the rest is in the practice progress).
pub fn fill_in_practice(app: &mut WizardApp) {
    #[cfg(feature = "practice")]
    {
        app.wizard.sign_in.password = crate::practice::PracticeWorld::owner_password();
    }
    #[cfg(not(feature = "practice"))]
    let _ = app;
}
