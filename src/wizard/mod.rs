//! The wizard as a state machine, free of any UI and of any wording: the window sends an
//! [`Action`] when the admin clicks, the worker sends an [`Event`] when work finishes, and both
//! return the [`Command`]s to start. Its tests need neither egui nor a network.
//!
//! [`Wizard`] composes one sub-state per concern, each in its own file with its own handlers and
//! its own in-flight request: [`SignIn`], [`Apps`], [`EnableState`], [`TestState`] and
//! [`WatchState`]. This file only routes actions and events to them and carries what one step
//! means for another (a new app forgets the old app's token).

mod app_choice;
mod enable;
mod entra;
mod entra_routes;
mod express;
mod express_routes;
mod failure;
mod fleet;
mod fleet_routes;
mod handoff;
mod handoff_routes;
mod outcomes;
mod problem;
mod progress;
mod protocol;
mod rotation;
mod sign_in;
mod step;
mod store;
mod test;
mod watch;

pub use app_choice::Apps;
pub use enable::EnableState;
pub use entra::EntraState;
pub use express::{Audience, Express, Stage, StageStatus};
pub use fleet::{FleetOrder, FleetView, step_for};
pub use handoff::{HandOffState, Received};
pub use outcomes::{ChosenApp, HandOffProblem, Made, ScimBefore};
pub use problem::{EnableProblem, Problem};
pub use progress::{Progress, SignInMethod, Way};
pub use protocol::{Action, Command, EntraActivity, Event, RequestId, Requests};
pub use rotation::{BothCheck, Rotation};
pub use sign_in::SignIn;
pub use step::Step;
pub use store::ProgressStore;
pub use test::TestState;
pub use watch::WatchState;

use crate::secret::Secret;

/// Everything the window shows. `progress` is saved; the rest lives only while the app runs.
#[derive(Debug, Default)]
pub struct Wizard {
    pub progress: Progress,
    pub sign_in: SignIn,
    pub apps: Apps,
    pub enable: EnableState,
    pub test: TestState,
    pub watch: WatchState,
    pub entra: EntraState,
    pub express: Express,
    pub handoff: HandOffState,
    pub rotation: Rotation,
    pub both: BothCheck,
    pub fleet: FleetView,
    requests: Requests,
}

impl Wizard {
    /// A wizard that continues where the saved progress left off.
    pub fn resume(progress: Progress) -> Self {
        let mut wizard = Self {
            progress,
            ..Self::default()
        };
        wizard.enable.tenant_url = wizard.tenant_url_for_saved_app();
        // Progress from before the first screen existed was made on the guided path.
        if wizard.progress.way.is_none() && wizard.progress.step != Step::Prepare {
            wizard.progress.way = Some(Way::Guided);
        }
        wizard
    }

    pub fn step(&self) -> Step {
        self.progress.step
    }

    /// Work to start when the window opens: the remembered client secret, read off the UI thread
    /// because the keyring may ask to be unlocked.
    pub fn start(&mut self) -> Vec<Command> {
        let progress = &self.progress;
        if !progress.remember_client || progress.client_id.trim().is_empty() {
            return Vec::new();
        }
        match progress.server_address() {
            Ok(server) => vec![Command::RestoreClientSecret {
                server,
                client_id: progress.client_id.trim().to_string(),
            }],
            Err(_) => Vec::new(),
        }
    }

    /// The token to test, watch with and report on: the one made in this run, else one the
    /// admin pasted.
    pub fn current_token(&self) -> Option<Secret> {
        self.enable.token.clone().or_else(|| {
            let pasted = &self.test.pasted_token;
            (!pasted.is_empty()).then(|| pasted.clone())
        })
    }

    /// The chosen app's name, for the name suggested for the Entra enterprise application.
    pub fn app_name(&self) -> Option<String> {
        self.apps
            .chosen
            .as_ref()
            .and_then(|c| c.name.clone())
            .or_else(|| self.progress.app_name.clone())
    }

    /// The enterprise application's name in Entra: "Appsemble - <app name>".
    pub fn entra_app_name(&self) -> String {
        match (self.app_name(), self.progress.app_id) {
            (Some(name), _) => format!("Appsemble - {name}"),
            (None, Some(id)) => format!("Appsemble - app {id}"),
            (None, None) => "Appsemble".to_string(),
        }
    }

    /// Whether any work that the step's main button would repeat is under way.
    pub fn busy(&self) -> bool {
        self.sign_in.busy() || self.enable.enabling() || self.enable.reading()
    }

    /// Whether the current step has what it needs for Next.
    pub fn can_continue(&self) -> bool {
        match self.step() {
            Step::Appsemble => self.apps.chosen.as_ref().is_some_and(ChosenApp::usable),
            Step::EnableScim => self.enable.tenant_url.is_some() && self.enable.token.is_some(),
            Step::Done => false,
            _ => true,
        }
    }

    /// What Enter does on the current step: the step's main button, when it has one that is safe
    /// to press without looking (never replacing a token).
    pub fn primary_action(&self) -> Option<Action> {
        match self.step() {
            _ if self.busy() => None,
            Step::Appsemble if !self.sign_in.signed_in => Some(Action::SignIn),
            Step::EnableScim if self.enable.token.is_none() => (!self.enable.token_may_exist()
                && self.apps.chosen.as_ref().is_some_and(ChosenApp::usable))
            .then_some(Action::EnableScim),
            Step::Done => None,
            _ if self.can_continue() => Some(Action::Next),
            _ => None,
        }
    }

    /// Handles a click. Returns the work to start.
    pub fn handle(&mut self, action: Action) -> Vec<Command> {
        let requests = &mut self.requests;
        let chosen = self.apps.chosen.as_ref();
        match action {
            Action::GoTo(step) => self.go_to(step),
            Action::Next => match self.step().next() {
                Some(next) if self.can_continue() => {
                    self.progress.done.insert(self.step());
                    self.go_to(next)
                }
                _ => Vec::new(),
            },
            Action::Back => match self.step().previous() {
                Some(previous) => self.go_to(previous),
                None => Vec::new(),
            },
            Action::SignIn => self.sign_in.start(&self.progress, requests),
            Action::SignInWithBrowser => self.sign_in.start_browser(&self.progress, requests),
            Action::CancelBrowserSignIn => self.sign_in.cancel_browser(),
            Action::UsePastedClientCredentials => {
                self.sign_in.use_pasted(&mut self.progress, requests)
            }
            Action::SignOut => self.sign_out(),
            Action::ChooseApp(app_id) => {
                if let Some(app) = self.apps.choice(app_id) {
                    self.choose(app);
                }
                Vec::new()
            }
            Action::UseAppAddress => self.apps.load_typed(requests),
            Action::EnableScim => self.enable.turn_on(chosen, requests),
            Action::ConfirmReplaceToken => self.enable.confirm_replace(chosen, requests),
            Action::KeepToken => self.enable.start(chosen, true, requests),
            Action::AskReplaceToken => {
                self.enable.confirm_replace = true;
                Vec::new()
            }
            Action::CancelReplaceToken => {
                self.enable.confirm_replace = false;
                Vec::new()
            }
            Action::RunTest => self.run_test(false),
            Action::Rehearse => self.run_test(true),
            Action::CancelTest => self.test.cancel(),
            Action::StartWatching => self.start_watching(),
            Action::StopWatching => self.watch.stop(),
            Action::ChooseWay(_)
            | Action::Connect { .. }
            | Action::CancelConnect
            | Action::StopConnect
            | Action::EditConnect
            | Action::ByHand(_) => self.handle_express(action),
            Action::OpenHandOff => self.handoff.open(&mut self.requests),
            Action::MakeHandOff => self.make_handoff(),
            Action::AskRotate | Action::ConfirmRotate | Action::CancelRotate => self.rotate(action),
            Action::CheckBoth => self.check_both(),
            Action::OpenFleet
            | Action::CloseFleet
            | Action::CheckFleetAgain
            | Action::OpenFromFleet(_) => self.handle_fleet(action),
            // Every Entra action is routed in `entra_routes`.
            other => self.handle_entra(other),
        }
    }

    /// Takes in finished work. Returns follow-up work, with the next stage of Connect when the
    /// event finished the one under way.
    pub fn apply(&mut self, event: Event) -> Vec<Command> {
        let mut commands = self.apply_event(event);
        commands.extend(self.express_advance());
        commands
    }

    fn apply_event(&mut self, event: Event) -> Vec<Command> {
        let requests = &mut self.requests;
        match event {
            Event::SignedIn { request, result } => {
                match self.sign_in.finished(request, result, &self.progress) {
                    Some(mut commands) => {
                        commands.extend(self.load_apps());
                        commands
                    }
                    None => Vec::new(),
                }
            }
            Event::BrowserWaiting { request, url } => {
                self.sign_in.browser_waiting(request, url);
                Vec::new()
            }
            Event::BrowserCredentials { request, result } => {
                self.sign_in
                    .browser_finished(request, result, &mut self.progress, requests)
            }
            Event::AppsLoaded { request, result } => {
                let saved = self.progress.app_id;
                if let Some(app) = self.apps.list_loaded(request, result, saved) {
                    self.choose(app);
                }
                Vec::new()
            }
            Event::AppLoaded { request, result } => {
                if let Some(app) = self.apps.app_loaded(request, result) {
                    self.choose(app);
                }
                Vec::new()
            }
            Event::ScimRead { request, result } => {
                self.enable.read_finished(request, result);
                Vec::new()
            }
            Event::Enabled { request, result } => {
                if self.enable.finished(request, result) {
                    self.test.reset();
                    self.progress.done.insert(Step::EnableScim);
                }
                Vec::new()
            }
            Event::Tested { request, result } => {
                if self.test.finished(request, result) {
                    self.progress.done.insert(Step::Credentials);
                }
                Vec::new()
            }
            Event::TestCancelled(outcome) => {
                self.test.cancelled_clean_up = Some(outcome);
                Vec::new()
            }
            Event::Users { request, result } => {
                self.watch.polled(request, result);
                // Each poll of the app's users also refreshes Entra's side, when it is set up.
                if self.step() == Step::Provision && self.watch.watching() {
                    self.entra.poll(&mut self.requests)
                } else {
                    Vec::new()
                }
            }
            Event::ClientSecretRestored(secret) => {
                self.sign_in.restored(secret);
                Vec::new()
            }
            Event::ClientRemembered(saved) => {
                self.sign_in.remembered(saved);
                Vec::new()
            }
            Event::HandOffOpened { request, result } => self.handoff_opened(request, result),
            Event::BothChecked { request, result } => {
                self.both.finished(request, result);
                Vec::new()
            }
            Event::Rotated { request, result } => {
                if let Some(token) = self.rotation.finished(request, result) {
                    self.enable.token = Some(token);
                    self.enable.token_created = true;
                    // Whether Appsemble can create users does not depend on the token's value.
                    let provisioning = self.test.provisioning;
                    self.test.reset();
                    self.test.provisioning = provisioning;
                }
                Vec::new()
            }
            Event::HandOffMade { request, result } => {
                self.handoff.made(request, result);
                Vec::new()
            }
            Event::ScimUserFound { request, result } => {
                self.express.read(request, result);
                Vec::new()
            }
            Event::ReportSaved { path, saved } => {
                self.test.report_saved = Some((path, saved));
                Vec::new()
            }
            fleet @ Event::FleetSurveyed { .. } => self.apply_fleet(fleet),
            other => self.apply_entra(other),
        }
    }

    fn go_to(&mut self, step: Step) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.step() == Step::Provision && step != Step::Provision {
            commands.extend(self.watch.stop());
        }
        self.progress.step = step;
        match step {
            Step::EnableScim => {
                if let (Some(app), true) = (&self.apps.chosen, self.can_read_secret()) {
                    commands.extend(self.enable.read(app.id, &mut self.requests));
                }
            }
            Step::Credentials if !self.test.auto_tested && self.current_token().is_some() => {
                self.test.auto_tested = true;
                commands.extend(self.run_test(false));
            }
            Step::Provision => {
                commands.extend(self.start_watching());
                commands.extend(self.entra.poll(&mut self.requests));
            }
            _ => {}
        }
        commands
    }

    fn can_read_secret(&self) -> bool {
        self.sign_in.signed_in && self.progress.method == SignInMethod::Password
    }

    /// After signing in: the organisations' apps with a password; with client credentials only
    /// the app the saved progress names (they cannot list apps).
    fn load_apps(&mut self) -> Vec<Command> {
        if !self.progress.client_sign_in() {
            return self.apps.load_all(&mut self.requests);
        }
        match self.progress.app_id {
            Some(app_id) => self.apps.load_one(app_id, &mut self.requests),
            None => Vec::new(),
        }
    }

    /// Makes `app` the chosen one; a different app forgets the previous app's SCIM state.
    fn choose(&mut self, app: ChosenApp) {
        if self.apps.chosen.as_ref().map(|c| c.id) != Some(app.id) {
            let tenant_url = self.tenant_url_for(app.id);
            self.enable.reset(tenant_url);
            self.test.reset();
        }
        self.progress.app_id = Some(app.id);
        self.progress.app_name = app.name.clone();
        self.enable.tenant_url = self.tenant_url_for(app.id);
        self.apps.chosen = Some(app);
    }

    fn tenant_url_for(&self, app_id: u64) -> Option<String> {
        self.progress
            .server_address()
            .ok()
            .map(|s| s.tenant_url(app_id))
    }

    fn tenant_url_for_saved_app(&self) -> Option<String> {
        self.progress.app_id.and_then(|id| self.tenant_url_for(id))
    }

    fn sign_out(&mut self) -> Vec<Command> {
        self.express.abandon();
        let mut commands = self.sign_in.sign_out();
        commands.extend(self.watch.stop());
        if self.test.running() {
            commands.extend(self.test.cancel());
        }
        self.apps.clear();
        self.fleet.clear();
        self.enable.reset(self.tenant_url_for_saved_app());
        self.test.reset();
        commands
    }

    fn run_test(&mut self, rehearse: bool) -> Vec<Command> {
        let tenant_url = self.enable.tenant_url.clone();
        let token = self.current_token();
        self.test
            .start(tenant_url, token, rehearse, &mut self.requests)
    }

    fn start_watching(&mut self) -> Vec<Command> {
        let tenant_url = self.enable.tenant_url.clone();
        let token = self.current_token();
        self.watch.start(tenant_url, token, &mut self.requests)
    }
}

#[cfg(test)]
mod tests;
