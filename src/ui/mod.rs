//! The setup window (eframe/egui). It draws the wizard's state and turns clicks into intents; the
//! state machine in `wizard` decides, and the `worker` does the network work off this thread.

mod clipboard;
mod express;
mod first_screen;
mod fleet;
mod launch;
mod steps;
mod widgets;

pub use launch::fill_in_practice;
pub use launch::{microsoft_setup, run};
#[cfg(feature = "practice")]
pub use launch::{practice_setup, run_practice};

use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use egui::{RichText, Ui};

use crate::credentials::SecretStore;

use crate::messages::window;
use crate::net::TlsSettings;
use crate::platform::{Browser, Clipboard};
use crate::report;
use crate::secret::Secret;
use crate::wizard::{Action, Command, Event, Progress, ProgressStore, Step, Way, Wizard};
use crate::worker::{Worker, WorkerSetup};

/// How long "Copied!" stays on screen.
const COPIED_FOR: Duration = Duration::from_secs(2);
/// How long a copied token may stay on the clipboard.
const CLEAR_TOKEN_AFTER: Duration = Duration::from_secs(60);
/// How often the watch panel asks for users.
const WATCH_EVERY: Duration = Duration::from_secs(10);

/// What was copied, for the "Copied!" feedback next to the right button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    EntraName,
    TenantUrl,
    Token,
    Yaml,
    Url,
}

/// What a view asks for: a wizard action, or a desktop edge operation.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    Wizard(Action),
    Copy {
        what: Copied,
        text: String,
    },
    /// Copy the Secret Token. It is named, not carried: the value is read from the wizard only
    /// when the button is pressed, so no copy of it lingers in an intent.
    CopyToken,
    Open(String),
    SaveReport,
    Language(crate::i18n::Lang),
    /// Open a practice window beside this one.
    StartPractice,
}

/// Short-lived feedback the views show.
#[derive(Debug, Default)]
pub struct Feedback {
    copied: Option<(Copied, Instant)>,
    pub clipboard_notice: Option<crate::i18n::Text>,
    /// A page no browser could open; shown with a Copy button instead.
    pub unopened: Option<String>,
    /// The practice window could not be started.
    pub practice_failed: bool,
}

impl Feedback {
    pub fn recently_copied(&self, what: Copied) -> bool {
        self.copied
            .is_some_and(|(copied, at)| copied == what && at.elapsed() < COPIED_FOR)
    }
}

/// Everything the window needs from outside; tests pass fakes and their own runtime.
pub struct AppSetup {
    pub runtime: tokio::runtime::Handle,
    pub tls: TlsSettings,
    pub secret_store: Arc<dyn SecretStore>,
    pub browser: Arc<dyn Browser>,
    pub clipboard: Box<dyn Clipboard>,
    pub progress: ProgressStore,
    pub watch_every: Duration,
    pub microsoft: crate::worker::MicrosoftSetup,
    /// Practice mode: a banner on every screen says nothing real is changed, with the switch that
    /// makes the pretend Appsemble behave as 0.37 ships.
    pub practice: Option<PracticeSwitch>,
    /// What "Practice (nothing real is changed)" on the first screen runs.
    pub practice_launcher: PracticeLauncher,
}

/// Opens a practice window (a second process of this program with `--practice`); false when it
/// could not be started.
pub type PracticeLauncher = Arc<dyn Fn() -> bool + Send + Sync>;

/// Sets the pretend Appsemble to "as 0.37 ships" (true) or fixed (false).
pub type PracticeSwitch = Arc<dyn Fn(bool) + Send + Sync>;

pub struct WizardApp {
    pub wizard: Wizard,
    worker: Worker,
    events: mpsc::Receiver<Event>,
    repaint: Arc<Mutex<Option<egui::Context>>>,
    store: ProgressStore,
    saved: Progress,
    clipboard: Box<dyn Clipboard>,
    browser: Arc<dyn Browser>,
    feedback: Feedback,
    /// When to empty the clipboard, and the token it should still hold then.
    clear_clipboard_at: Option<(Instant, Secret)>,
    runtime: tokio::runtime::Handle,
    report_path: String,
    /// Set when `SCIM_ASSISTANT_TIMING` asks for the time to first frame (benchmarks).
    report_first_frame: Option<Instant>,
    practice: Option<PracticeSwitch>,
    /// The pretend Appsemble plays 0.37 as it ships.
    practice_shipped: bool,
    practice_launcher: PracticeLauncher,
}

impl WizardApp {
    pub fn new(setup: AppSetup) -> Self {
        let repaint: Arc<Mutex<Option<egui::Context>>> = Arc::default();
        let notify_target = repaint.clone();
        let notify = Arc::new(move || {
            if let Some(ctx) = notify_target.lock().ok().and_then(|c| c.clone()) {
                ctx.request_repaint();
            }
        });
        let (sender, events) = mpsc::channel();
        let worker = Worker::start(
            &setup.runtime,
            WorkerSetup {
                microsoft: setup.microsoft,
                tls: setup.tls,
                store: setup.secret_store.clone(),
                browser: setup.browser.clone(),
                watch_every: setup.watch_every,
                notify,
            },
            sender,
        );
        let saved = setup.progress.load();
        if let Some(lang) = saved.language {
            crate::i18n::set_lang(lang);
        }
        let mut app = Self {
            wizard: Wizard::resume(saved.clone()),
            worker,
            events,
            repaint,
            store: setup.progress,
            saved,
            clipboard: setup.clipboard,
            browser: setup.browser,
            feedback: Feedback::default(),
            clear_clipboard_at: None,
            runtime: setup.runtime.clone(),
            report_path: default_report_path(),
            report_first_frame: None,
            practice: setup.practice,
            practice_shipped: false,
            practice_launcher: setup.practice_launcher.clone(),
        };
        let start = app.wizard.start();
        app.dispatch(start);
        app
    }

    /// Takes in finished network work; called at the start of every frame.
    pub fn drain_events(&mut self) {
        while let Ok(event) = self.events.try_recv() {
            let commands = self.wizard.apply(event);
            self.dispatch(commands);
        }
    }

    fn dispatch(&mut self, commands: Vec<Command>) {
        for command in commands {
            self.worker.send(command);
        }
    }

    /// Draws the whole window into `ui`.
    pub fn show(&mut self, ui: &mut Ui) {
        if let Ok(mut slot) = self.repaint.lock()
            && slot.is_none()
        {
            *slot = Some(ui.ctx().clone());
        }
        self.drain_events();
        self.clear_clipboard_when_due(ui.ctx());
        // Screen readers (AT-SPI, as Orca sees it) name the window by its root node.
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |root| {
                root.set_label(window::WINDOW_TITLE)
            });
        let mut intents = Vec::new();
        if let Some(switch) = self.practice.clone() {
            egui::Panel::top("practice").show(ui, |ui| {
                ui.label(
                    RichText::new(window::PRACTICE_BANNER)
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                );
                if ui
                    .checkbox(&mut self.practice_shipped, window::PRACTICE_SHIPPED)
                    .changed()
                {
                    switch(self.practice_shipped);
                }
            });
        }
        let way = self.wizard.progress.way;
        egui::Panel::left("steps").resizable(false).show(ui, |ui| {
            ui.add_space(8.0);
            if way == Some(Way::Guided) {
                widgets::stepper(ui, &self.wizard, &mut intents);
                ui.add_space(16.0);
            }
            if way.is_some()
                && !self.wizard.express.running()
                && ui.link(window::OTHER_WAY).clicked()
            {
                intents.push(Intent::Wizard(Action::ChooseWay(None)));
            }
            ui.separator();
            widgets::language_switch(ui, &mut intents);
            widgets::theme_switch(ui);
            ui.add_space(8.0);
            // The package version on screen (stable in snapshots); the commit on hover.
            ui.label(
                RichText::new(format!("{} {}", window::VERSION, env!("CARGO_PKG_VERSION"))).weak(),
            )
            .on_hover_text(crate::VERSION);
        });
        let fleet_open = self.wizard.fleet.open;
        if way == Some(Way::Guided) && !fleet_open {
            egui::Panel::bottom("navigation").show(ui, |ui| {
                self.navigation(ui, &mut intents);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if fleet_open {
                // Its own scrolling list, which lays out only the rows on screen.
                return fleet::show(ui, &mut self.step_context(&mut intents));
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                if way == Some(Way::Guided) {
                    ui.heading(window::step_title(self.wizard.step()));
                    ui.add_space(8.0);
                }
                if let Some(url) = self.feedback.unopened.clone() {
                    widgets::unopened_page(ui, &url, &self.feedback, &mut intents);
                }
                let mut cx = self.step_context(&mut intents);
                match way {
                    None => first_screen::show(ui, &mut cx),
                    Some(Way::Express | Way::HandOff) => express::show(ui, &mut cx),
                    Some(Way::Guided) => steps::show(ui, &mut cx),
                }
            });
        });
        for intent in intents {
            self.carry_out(intent, ui.ctx());
        }
        // Not on every keystroke: while a text field has focus, saving waits until it loses it.
        if ui.ctx().memory(|m| m.focused().is_none()) {
            self.save_progress_if_changed();
        }
    }

    fn step_context<'a>(&'a mut self, intents: &'a mut Vec<Intent>) -> steps::StepContext<'a> {
        steps::StepContext {
            wizard: &mut self.wizard,
            intents,
            feedback: &self.feedback,
            report_path: &mut self.report_path,
            practice: self.practice.is_some(),
        }
    }

    fn navigation(&self, ui: &mut Ui, intents: &mut Vec<Intent>) {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let back = ui.add_enabled(
                self.wizard.step() != Step::Prepare,
                egui::Button::new(window::BACK),
            );
            if back.clicked() {
                intents.push(Intent::Wizard(Action::Back));
            }
            let can_continue = self.wizard.can_continue();
            // Filled only when it can be pressed: a filled but disabled button looks pressable.
            let next = if can_continue {
                widgets::primary(ui, window::NEXT.get())
            } else {
                egui::Button::new(window::NEXT.get())
            };
            if ui.add_enabled(can_continue, next).clicked() {
                intents.push(Intent::Wizard(Action::Next));
            }
        });
        // Enter presses the step's main button, unless a field or button has the keyboard.
        let enter = ui.input(|i| i.key_pressed(egui::Key::Enter))
            && ui.ctx().memory(|m| m.focused().is_none());
        if let (true, Some(action)) = (enter, self.wizard.primary_action()) {
            intents.push(Intent::Wizard(action));
        }
        ui.add_space(6.0);
    }

    fn carry_out(&mut self, intent: Intent, ctx: &egui::Context) {
        match intent {
            Intent::Wizard(action) => {
                let before = self.wizard.step();
                let commands = self.wizard.handle(action);
                self.dispatch(commands);
                if self.wizard.step() != before {
                    self.feedback.unopened = None;
                }
            }
            Intent::Copy { what, text } => {
                if self.clipboard.set_text(&text) {
                    self.copied(what, ctx);
                } else {
                    self.feedback.clipboard_notice = Some(window::CLIPBOARD_UNAVAILABLE);
                }
            }
            Intent::CopyToken => self.copy_token(ctx),
            Intent::Open(url) => {
                self.feedback.unopened = (!self.browser.open(&url)).then_some(url);
            }
            Intent::SaveReport => self.save_report(),
            Intent::StartPractice => {
                self.feedback.practice_failed = !(self.practice_launcher)();
            }
            Intent::Language(lang) => {
                crate::i18n::set_lang(lang);
                self.wizard.progress.language = Some(lang);
            }
        }
    }

    /// What the window does as it closes: save progress, take the token off the clipboard, and
    /// remove the test user of a rehearsal that was still running (within a short deadline).
    pub fn shut_down(&mut self) {
        self.save_progress_if_changed();
        self.clear_token_from_clipboard();
        // Also waits for a clean-up that Cancel started and that is still under way.
        let leftovers = self.worker.leftovers().clone();
        let outcome = self
            .runtime
            .block_on(leftovers.clean_up(crate::diagnostics::CLEAN_UP_DEADLINE));
        if let Some(words) = crate::messages::clean_up(&outcome) {
            eprintln!("{} {}", words.summary, words.fix);
        }
    }

    fn save_report(&mut self) {
        let (Some(test), Some(token)) = (&self.wizard.test.report, self.wizard.current_token())
        else {
            return;
        };
        let path = std::path::PathBuf::from(self.report_path.trim());
        let markdown = report::markdown(test, &token);
        let json = serde_json::to_string_pretty(&report::json(test, &token)).unwrap_or_default();
        let mut json_path = path.clone().into_os_string();
        json_path.push(".json");
        // Written by the worker: a slow disk or network share never freezes the window.
        self.dispatch(vec![Command::SaveReport {
            files: vec![(path, markdown), (json_path.into(), json)],
        }]);
    }

    fn save_progress_if_changed(&mut self) {
        if self.wizard.progress != self.saved {
            self.store.save(&self.wizard.progress);
            self.saved = self.wizard.progress.clone();
        }
    }
}

fn default_report_path() -> String {
    let home = directories::UserDirs::new()
        .map(|d| d.home_dir().to_path_buf())
        .unwrap_or_default();
    home.join("scim-report.md").display().to_string()
}
