//! The wizard as a state machine, free of any UI: the window sends an [`Action`] when the admin
//! clicks, the worker sends an [`Event`] when network work finishes, and both return the
//! [`Command`]s (network work) to start. Its tests need neither egui nor a network.

mod step;
mod store;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

pub use step::Step;
pub use store::ProgressStore;

use crate::address::{DEFAULT_SERVER, ServerAddress};
use crate::appsemble::{App, AppChoice, Credentials, SecurityCheck, check_security};
use crate::enable::EnableOutcome;
use crate::messages::{Explanation, wizard as text};
use crate::probe::TestReport;
use crate::secret::Secret;

/// How the admin signs in to Appsemble.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInMethod {
    #[default]
    Password,
    ClientCredentials,
    /// For accounts that log in with GitHub, GitLab or Google: the studio makes client credentials
    /// and hands them to this app, as `appsemble login` does.
    Browser,
}

/// What is kept between runs. It holds no secret: [`Secret`] cannot be serialised, so a secret
/// field here would not compile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub step: Step,
    pub done: BTreeSet<Step>,
    pub server: String,
    pub app_id: Option<u64>,
    pub app_name: Option<String>,
    pub method: SignInMethod,
    pub email: String,
    pub client_id: String,
    pub remember_client: bool,
    /// The language chosen in the window; `None` follows the system.
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            step: Step::Prepare,
            done: BTreeSet::new(),
            server: DEFAULT_SERVER.to_string(),
            app_id: None,
            app_name: None,
            method: SignInMethod::Password,
            email: String::new(),
            client_id: String::new(),
            remember_client: false,
            language: None,
        }
    }
}

/// The app chosen in step 4, with what its definition says about SCIM.
#[derive(Clone, Debug, PartialEq)]
pub struct ChosenApp {
    pub id: u64,
    pub name: String,
    pub path: Option<String>,
    pub security: SecurityCheck,
}

impl ChosenApp {
    pub fn from_app(app: &App) -> Self {
        Self {
            id: app.id,
            name: app.name(),
            path: app.path.clone(),
            security: check_security(&app.definition),
        }
    }

    /// An app this sign-in may change but not read (a private app seen with client credentials).
    pub fn hidden(app_id: u64) -> Self {
        Self {
            id: app_id,
            name: format!("App {app_id}"),
            path: None,
            security: SecurityCheck::Hidden,
        }
    }

    /// SCIM can be switched on (the definition is fine, or hidden from this sign-in).
    pub fn usable(&self) -> bool {
        !matches!(self.security, SecurityCheck::Problem(_))
    }
}

/// What the SCIM secret of the chosen app looked like before this run changed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScimBefore {
    pub enabled: bool,
    pub has_token: bool,
}

/// Users the app has received over SCIM, for the watch panel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsersSnapshot {
    pub total: u64,
    /// The most recent ones the server lists last, newest first.
    pub newest: Vec<ScimUserSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScimUserSummary {
    pub user_name: String,
    pub active: bool,
    pub created: String,
}

/// A click or key press, as the window reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    GoTo(Step),
    Next,
    Back,
    SignIn,
    SignInWithBrowser,
    CancelBrowserSignIn,
    /// Sign in with the `id:secret` pasted from the studio page, when its hand-off did not arrive.
    UsePastedClientCredentials,
    SignOut,
    ChooseApp(u64),
    UseAppAddress,
    EnableScim,
    KeepToken,
    AskReplaceToken,
    CancelReplaceToken,
    ConfirmReplaceToken,
    RunTest,
    Rehearse,
    CancelTest,
    StartWatching,
    StopWatching,
}

/// Network work for the worker. Each carries what it needs, so the worker keeps no wizard state.
#[derive(Debug)]
pub enum Command {
    SignIn {
        server: ServerAddress,
        credentials: Credentials,
    },
    ListenForBrowserSignIn {
        server: ServerAddress,
    },
    StopBrowserSignIn,
    LoadApps,
    LoadApp {
        app_id: u64,
    },
    ReadScim {
        app_id: u64,
    },
    Enable {
        app_id: u64,
        keep_token: bool,
    },
    Test {
        tenant_url: String,
        token: Secret,
        rehearse: bool,
    },
    CancelTest,
    WatchUsers {
        tenant_url: String,
        token: Secret,
    },
    StopWatchingUsers,
    RememberClient {
        server: ServerAddress,
        id: String,
        secret: Secret,
    },
    /// Reads the remembered client secret from the OS keyring (which may prompt to unlock).
    RestoreClientSecret {
        server: ServerAddress,
        client_id: String,
    },
    Forget,
}

/// A finished piece of network work, as the worker reports it.
#[derive(Debug)]
pub enum Event {
    SignedIn(Result<(), Explanation>),
    BrowserWaiting {
        url: String,
    },
    BrowserCredentials(Result<(String, Secret), Explanation>),
    AppsLoaded(Result<Vec<AppChoice>, Explanation>),
    AppLoaded(Result<ChosenApp, Explanation>),
    ScimRead(Result<ScimBefore, Explanation>),
    Enabled(Result<EnableOutcome, EnableProblem>),
    Tested(Result<TestReport, Explanation>),
    Users(Result<UsersSnapshot, Explanation>),
    ClientSecretRestored(Option<Secret>),
    /// A rehearsal was cancelled after it created its test user; what became of that user.
    TestCancelled(crate::diagnostics::CleanUp),
    /// Whether "Remember" could save the client credentials in the keyring.
    ClientRemembered(bool),
}

/// Why enabling failed: the app's definition, or anything else with its explanation.
#[derive(Debug, PartialEq)]
pub enum EnableProblem {
    Security(crate::appsemble::SecurityProblem),
    Failed(Explanation),
}

/// Everything the window shows. `progress` is saved; the rest lives only while the app runs.
#[derive(Debug, Default)]
pub struct Wizard {
    pub progress: Progress,
    pub password: Secret,
    pub client_secret: Secret,
    /// `id:secret` pasted from the studio page.
    pub client_pair: Secret,
    pub busy: Busy,
    pub signed_in: bool,
    pub sign_in_error: Option<Explanation>,
    pub browser_url: Option<String>,
    pub apps: Option<Vec<AppChoice>>,
    pub apps_error: Option<Explanation>,
    pub app_address: String,
    pub chosen: Option<ChosenApp>,
    pub scim_before: Option<ScimBefore>,
    pub confirm_replace: bool,
    pub enable_error: Option<EnableProblem>,
    pub token: Option<Secret>,
    pub token_created: bool,
    /// A token pasted to test when this run did not make one (secrets are not kept between runs).
    pub pasted_token: Secret,
    pub tenant_url: Option<String>,
    pub show_token: bool,
    pub test: Option<TestReport>,
    /// The test could not run at all (not: a check failed).
    pub test_error: Option<Explanation>,
    /// What became of the test user of a cancelled rehearsal.
    pub cancelled_clean_up: Option<crate::diagnostics::CleanUp>,
    pub auto_tested: bool,
    pub watching: bool,
    pub users: Option<UsersSnapshot>,
    pub users_error: Option<Explanation>,
    /// Set when "Remember" could not save to the keyring.
    pub remember_failed: bool,
}

/// Which network work is under way, for spinners and Cancel buttons.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Busy {
    pub signing_in: bool,
    pub waiting_for_browser: bool,
    pub loading_apps: bool,
    pub loading_app: bool,
    pub reading_scim: bool,
    pub enabling: bool,
    pub testing: bool,
}

impl Wizard {
    /// A wizard that continues where the saved progress left off.
    pub fn resume(progress: Progress) -> Self {
        let tenant_url = progress.app_id.and_then(|id| {
            ServerAddress::parse(&progress.server)
                .ok()
                .map(|s| s.tenant_url(id))
        });
        Self {
            progress,
            tenant_url,
            ..Self::default()
        }
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
        match self.server() {
            Ok(server) => vec![Command::RestoreClientSecret {
                server,
                client_id: self.progress.client_id.trim().to_string(),
            }],
            Err(_) => Vec::new(),
        }
    }

    /// The token to test and to show: the one made in this run, else one the admin pasted.
    pub fn token_for_test(&self) -> Option<Secret> {
        self.token
            .clone()
            .or_else(|| (!self.pasted_token.is_empty()).then(|| self.pasted_token.clone()))
    }

    /// The name to suggest for the Entra enterprise application.
    pub fn suggested_entra_name(&self) -> String {
        let name = self
            .chosen
            .as_ref()
            .map(|c| c.name.clone())
            .or_else(|| self.progress.app_name.clone());
        match name {
            Some(name) => format!("Appsemble - {name}"),
            None => text::SUGGESTED_NAME_UNKNOWN.to_string(),
        }
    }

    /// Whether the current step has what it needs for Next.
    pub fn can_continue(&self) -> bool {
        match self.step() {
            Step::Appsemble => self.chosen.as_ref().is_some_and(ChosenApp::usable),
            Step::EnableScim => self.tenant_url.is_some() && self.token.is_some(),
            Step::Done => false,
            _ => true,
        }
    }

    /// What Enter does on the current step: the step's main button, when it has one that is safe
    /// to press without looking (never replacing a token).
    pub fn primary_action(&self) -> Option<Action> {
        let busy = self.busy.signing_in || self.busy.enabling || self.busy.reading_scim;
        match self.step() {
            _ if busy => None,
            Step::Appsemble if !self.signed_in => Some(Action::SignIn),
            Step::EnableScim if self.token.is_none() => (!self.token_may_exist()
                && self.chosen.as_ref().is_some_and(ChosenApp::usable))
            .then_some(Action::EnableScim),
            Step::Done => None,
            _ if self.can_continue() => Some(Action::Next),
            _ => None,
        }
    }

    /// Handles a click. Returns the network work to start.
    pub fn handle(&mut self, action: Action) -> Vec<Command> {
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
            Action::SignIn => self.sign_in(),
            Action::SignInWithBrowser => self.sign_in_with_browser(),
            Action::CancelBrowserSignIn => {
                self.busy.waiting_for_browser = false;
                self.browser_url = None;
                vec![Command::StopBrowserSignIn]
            }
            Action::UsePastedClientCredentials => self.use_pasted_client_credentials(),
            Action::SignOut => self.sign_out(),
            Action::ChooseApp(app_id) => self.choose_app(app_id),
            Action::UseAppAddress => self.use_app_address(),
            Action::EnableScim if self.token_may_exist() => {
                self.confirm_replace = true;
                Vec::new()
            }
            Action::EnableScim => self.enable(false),
            Action::ConfirmReplaceToken if self.confirm_replace => self.enable(false),
            Action::ConfirmReplaceToken => Vec::new(),
            Action::KeepToken => self.enable(true),
            Action::AskReplaceToken => {
                self.confirm_replace = true;
                Vec::new()
            }
            Action::CancelReplaceToken => {
                self.confirm_replace = false;
                Vec::new()
            }
            Action::RunTest => self.test(false),
            Action::Rehearse => self.test(true),
            Action::CancelTest => {
                self.busy.testing = false;
                vec![Command::CancelTest]
            }
            Action::StartWatching => self.start_watching(),
            Action::StopWatching => self.stop_watching(),
        }
    }

    fn go_to(&mut self, step: Step) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.step() == Step::Provision && step != Step::Provision {
            commands.extend(self.stop_watching());
        }
        self.progress.step = step;
        match step {
            Step::EnableScim => {
                if let (Some(app), true) = (&self.chosen, self.can_read_secret())
                    && self.scim_before.is_none()
                    && !self.busy.reading_scim
                {
                    self.busy.reading_scim = true;
                    commands.push(Command::ReadScim { app_id: app.id });
                }
            }
            Step::Credentials if !self.auto_tested && self.token_for_test().is_some() => {
                self.auto_tested = true;
                commands.extend(self.test(false));
            }
            Step::Provision => commands.extend(self.start_watching()),
            _ => {}
        }
        commands
    }

    /// Whether the app may already have a token that an Entra connection uses. Only a read that
    /// found none says no; client credentials cannot read it, so for them the answer is always
    /// "maybe", and making a new token needs the same confirmation as replacing a known one.
    pub fn token_may_exist(&self) -> bool {
        self.scim_before.is_none_or(|before| before.has_token)
    }

    fn can_read_secret(&self) -> bool {
        self.signed_in && self.progress.method == SignInMethod::Password
    }

    fn server(&self) -> Result<ServerAddress, Explanation> {
        ServerAddress::parse(&self.progress.server)
            .map_err(|error| crate::messages::explain_address(&error))
    }

    fn sign_in(&mut self) -> Vec<Command> {
        if self.busy.signing_in {
            return Vec::new();
        }
        let server = match self.server() {
            Ok(server) => server,
            Err(problem) => {
                self.sign_in_error = Some(problem);
                return Vec::new();
            }
        };
        let credentials = match self.progress.method {
            SignInMethod::Password => Credentials::Password {
                email: self.progress.email.trim().to_string(),
                password: self.password.clone(),
            },
            SignInMethod::ClientCredentials | SignInMethod::Browser => {
                Credentials::ClientCredentials {
                    id: self.progress.client_id.trim().to_string(),
                    secret: self.client_secret.clone(),
                }
            }
        };
        let missing = match &credentials {
            Credentials::Password { email, password } => email.is_empty() || password.is_empty(),
            Credentials::ClientCredentials { id, secret } => id.is_empty() || secret.is_empty(),
        };
        if missing {
            self.sign_in_error = Some(Explanation {
                summary: text::FILL_IN_SIGN_IN.to_string(),
                fix: String::new(),
            });
            return Vec::new();
        }
        self.sign_in_error = None;
        self.busy.signing_in = true;
        vec![Command::SignIn {
            server,
            credentials,
        }]
    }

    fn sign_in_with_browser(&mut self) -> Vec<Command> {
        match self.server() {
            Ok(server) => {
                self.sign_in_error = None;
                self.busy.waiting_for_browser = true;
                vec![Command::ListenForBrowserSignIn { server }]
            }
            Err(problem) => {
                self.sign_in_error = Some(problem);
                Vec::new()
            }
        }
    }

    fn use_pasted_client_credentials(&mut self) -> Vec<Command> {
        match crate::appsemble::split_client_pair(self.client_pair.expose()) {
            Some(pair) => {
                self.client_pair = Secret::default();
                let mut commands = Vec::new();
                if self.busy.waiting_for_browser {
                    commands.push(Command::StopBrowserSignIn);
                }
                commands.extend(self.browser_result(Ok(pair)));
                commands
            }
            None => {
                self.sign_in_error = Some(Explanation {
                    summary: text::CLIENT_PAIR_UNREADABLE.to_string(),
                    fix: text::CLIENT_PAIR_FIX.to_string(),
                });
                Vec::new()
            }
        }
    }

    fn sign_out(&mut self) -> Vec<Command> {
        self.signed_in = false;
        self.password = Secret::default();
        self.client_secret = Secret::default();
        self.apps = None;
        self.chosen = None;
        self.scim_before = None;
        self.token = None;
        vec![Command::Forget]
    }

    fn choose_app(&mut self, app_id: u64) -> Vec<Command> {
        let choice = self.apps.as_ref().and_then(|apps| {
            apps.iter()
                .find(|c| c.app.id == app_id && c.may_change_secrets)
        });
        if let Some(choice) = choice {
            let chosen = ChosenApp::from_app(&choice.app);
            self.remember_app(chosen);
        }
        Vec::new()
    }

    fn remember_app(&mut self, chosen: ChosenApp) {
        if self.chosen.as_ref().map(|c| c.id) != Some(chosen.id) {
            self.scim_before = None;
            self.token = None;
            self.test = None;
            self.auto_tested = false;
        }
        self.progress.app_id = Some(chosen.id);
        self.progress.app_name = Some(chosen.name.clone());
        self.tenant_url = self.server().ok().map(|s| s.tenant_url(chosen.id));
        self.chosen = Some(chosen);
    }

    fn use_app_address(&mut self) -> Vec<Command> {
        let typed = self.app_address.trim();
        let app_id = typed
            .parse::<u64>()
            .ok()
            .or_else(|| ServerAddress::parse(typed).ok().and_then(|a| a.app_id));
        match app_id {
            Some(app_id) => {
                self.apps_error = None;
                self.busy.loading_app = true;
                vec![Command::LoadApp { app_id }]
            }
            None => {
                self.apps_error = Some(Explanation {
                    summary: text::APP_ADDRESS_UNREADABLE.to_string(),
                    fix: text::APP_ADDRESS_FIX.to_string(),
                });
                Vec::new()
            }
        }
    }

    fn enable(&mut self, keep_token: bool) -> Vec<Command> {
        let Some(app) = self.chosen.as_ref().filter(|a| a.usable()) else {
            return Vec::new();
        };
        self.confirm_replace = false;
        self.enable_error = None;
        self.busy.enabling = true;
        vec![Command::Enable {
            app_id: app.id,
            keep_token,
        }]
    }

    fn test(&mut self, rehearse: bool) -> Vec<Command> {
        let (Some(tenant_url), Some(token)) = (self.tenant_url.clone(), self.token_for_test())
        else {
            return Vec::new();
        };
        if self.busy.testing {
            return Vec::new();
        }
        self.busy.testing = true;
        self.test_error = None;
        self.cancelled_clean_up = None;
        vec![Command::Test {
            tenant_url,
            token,
            rehearse,
        }]
    }

    fn start_watching(&mut self) -> Vec<Command> {
        let (Some(tenant_url), Some(token)) = (self.tenant_url.clone(), self.token_for_test())
        else {
            return Vec::new();
        };
        self.watching = true;
        vec![Command::WatchUsers { tenant_url, token }]
    }

    fn stop_watching(&mut self) -> Vec<Command> {
        if !self.watching {
            return Vec::new();
        }
        self.watching = false;
        vec![Command::StopWatchingUsers]
    }

    /// Takes in finished network work. Returns follow-up work.
    pub fn apply(&mut self, event: Event) -> Vec<Command> {
        match event {
            Event::SignedIn(result) => self.signed_in_result(result),
            Event::BrowserWaiting { url } => {
                self.browser_url = Some(url);
                Vec::new()
            }
            Event::BrowserCredentials(result) => self.browser_result(result),
            Event::AppsLoaded(result) => {
                self.busy.loading_apps = false;
                match result {
                    Ok(apps) => {
                        self.apps_error = None;
                        let restored = self.progress.app_id;
                        self.apps = Some(apps);
                        if let (Some(id), None) = (restored, &self.chosen) {
                            self.choose_app(id);
                        }
                    }
                    Err(problem) => self.apps_error = Some(problem),
                }
                Vec::new()
            }
            Event::AppLoaded(result) => {
                self.busy.loading_app = false;
                match result {
                    Ok(app) => {
                        self.apps_error = None;
                        self.remember_app(app);
                    }
                    Err(problem) => self.apps_error = Some(problem),
                }
                Vec::new()
            }
            Event::ScimRead(result) => {
                self.busy.reading_scim = false;
                match result {
                    Ok(before) => self.scim_before = Some(before),
                    Err(problem) => self.enable_error = Some(EnableProblem::Failed(problem)),
                }
                Vec::new()
            }
            Event::Enabled(result) => {
                self.busy.enabling = false;
                match result {
                    Ok(outcome) => {
                        self.tenant_url = Some(outcome.tenant_url.clone());
                        self.token_created = outcome.token_created;
                        self.token = Some(outcome.token);
                        self.scim_before = Some(ScimBefore {
                            enabled: true,
                            has_token: true,
                        });
                        self.auto_tested = false;
                        self.test = None;
                        self.progress.done.insert(Step::EnableScim);
                    }
                    Err(problem) => self.enable_error = Some(problem),
                }
                Vec::new()
            }
            Event::Tested(Ok(report)) => {
                self.busy.testing = false;
                if report.ok() {
                    self.progress.done.insert(Step::Credentials);
                }
                self.test = Some(report);
                Vec::new()
            }
            Event::Tested(Err(problem)) => {
                self.busy.testing = false;
                self.test_error = Some(problem);
                Vec::new()
            }
            Event::ClientSecretRestored(found) => {
                if let Some(secret) = found
                    && self.client_secret.is_empty()
                {
                    self.client_secret = secret;
                }
                Vec::new()
            }
            Event::TestCancelled(outcome) => {
                self.cancelled_clean_up = Some(outcome);
                Vec::new()
            }
            Event::ClientRemembered(saved) => {
                self.remember_failed = !saved;
                Vec::new()
            }
            Event::Users(result) => {
                match result {
                    Ok(users) => {
                        self.users_error = None;
                        self.users = Some(users);
                    }
                    Err(problem) => self.users_error = Some(problem),
                }
                Vec::new()
            }
        }
    }

    fn signed_in_result(&mut self, result: Result<(), Explanation>) -> Vec<Command> {
        self.busy.signing_in = false;
        match result {
            Err(problem) => {
                self.sign_in_error = Some(problem);
                Vec::new()
            }
            Ok(()) => {
                self.sign_in_error = None;
                self.signed_in = true;
                let mut commands = Vec::new();
                let client_sign_in = self.progress.method != SignInMethod::Password;
                if client_sign_in
                    && self.progress.remember_client
                    && let Ok(server) = self.server()
                {
                    commands.push(Command::RememberClient {
                        server,
                        id: self.progress.client_id.trim().to_string(),
                        secret: self.client_secret.clone(),
                    });
                }
                if client_sign_in {
                    if let Some(app_id) = self.progress.app_id {
                        self.busy.loading_app = true;
                        commands.push(Command::LoadApp { app_id });
                    }
                } else {
                    self.busy.loading_apps = true;
                    commands.push(Command::LoadApps);
                }
                commands
            }
        }
    }

    fn browser_result(&mut self, result: Result<(String, Secret), Explanation>) -> Vec<Command> {
        self.busy.waiting_for_browser = false;
        self.browser_url = None;
        match result {
            Ok((id, secret)) => {
                self.progress.client_id = id;
                self.client_secret = secret;
                self.progress.method = SignInMethod::Browser;
                self.sign_in()
            }
            Err(problem) => {
                self.sign_in_error = Some(problem);
                Vec::new()
            }
        }
    }
}

#[cfg(test)]
mod tests;
