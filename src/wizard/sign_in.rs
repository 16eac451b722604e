//! Step 4, first half: signing in to Appsemble with a password, client credentials, or the
//! browser hand-off.

use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem, Progress, SignInMethod};
use crate::appsemble::Credentials;
use crate::secret::Secret;

/// The sign-in: what is typed (secrets only in memory), whether it worked, and what is under way.
#[derive(Debug, Default)]
pub struct SignIn {
    pub password: Secret,
    pub client_secret: Secret,
    /// `id:secret` pasted from the studio page.
    pub client_pair: Secret,
    pub signed_in: bool,
    pub problem: Option<Problem>,
    /// The studio page the browser was asked to open.
    pub browser_url: Option<String>,
    /// Set when "Remember" could not save to the keyring.
    pub remember_failed: bool,
    request: InFlight,
    browser: InFlight,
}

impl SignIn {
    pub fn busy(&self) -> bool {
        self.request.busy()
    }

    pub fn waiting_for_browser(&self) -> bool {
        self.browser.busy()
    }

    /// Signs in with what the form holds.
    pub(super) fn start(&mut self, progress: &Progress, requests: &mut Requests) -> Vec<Command> {
        if self.busy() {
            return Vec::new();
        }
        let server = match progress.server_address() {
            Ok(server) => server,
            Err(error) => {
                self.problem = Some(Problem::Address(error));
                return Vec::new();
            }
        };
        let Some(credentials) = self.credentials(progress) else {
            self.problem = Some(Problem::SignInIncomplete);
            return Vec::new();
        };
        self.problem = None;
        vec![Command::SignIn {
            request: self.request.start(requests),
            server,
            credentials,
        }]
    }

    /// The credentials the form holds, when nothing is missing.
    fn credentials(&self, progress: &Progress) -> Option<Credentials> {
        let credentials = match progress.method {
            SignInMethod::Password => Credentials::Password {
                email: progress.email.trim().to_string(),
                password: self.password.clone(),
            },
            SignInMethod::ClientCredentials | SignInMethod::Browser => {
                Credentials::ClientCredentials {
                    id: progress.client_id.trim().to_string(),
                    secret: self.client_secret.clone(),
                }
            }
        };
        let complete = match &credentials {
            Credentials::Password { email, password } => !email.is_empty() && !password.is_empty(),
            Credentials::ClientCredentials { id, secret } => !id.is_empty() && !secret.is_empty(),
        };
        complete.then_some(credentials)
    }

    pub(super) fn start_browser(
        &mut self,
        progress: &Progress,
        requests: &mut Requests,
    ) -> Vec<Command> {
        match progress.server_address() {
            Ok(server) => {
                self.problem = None;
                vec![Command::ListenForBrowserSignIn {
                    request: self.browser.start(requests),
                    server,
                }]
            }
            Err(error) => {
                self.problem = Some(Problem::Address(error));
                Vec::new()
            }
        }
    }

    pub(super) fn cancel_browser(&mut self) -> Vec<Command> {
        self.browser.forget();
        self.browser_url = None;
        vec![Command::StopBrowserSignIn]
    }

    pub(super) fn browser_waiting(&mut self, request: RequestId, url: String) {
        if self.browser.is(request) {
            self.browser_url = Some(url);
        }
    }

    /// Client credentials arrived from the studio (or were pasted): sign in with them.
    pub(super) fn browser_finished(
        &mut self,
        request: RequestId,
        result: Result<(String, Secret), Problem>,
        progress: &mut Progress,
        requests: &mut Requests,
    ) -> Vec<Command> {
        if !self.browser.settle(request) {
            return Vec::new();
        }
        self.browser_url = None;
        self.use_client_pair(result, progress, requests)
    }

    fn use_client_pair(
        &mut self,
        result: Result<(String, Secret), Problem>,
        progress: &mut Progress,
        requests: &mut Requests,
    ) -> Vec<Command> {
        match result {
            Ok((id, secret)) => {
                progress.client_id = id;
                progress.method = SignInMethod::Browser;
                self.client_secret = secret;
                self.start(progress, requests)
            }
            Err(problem) => {
                self.problem = Some(problem);
                Vec::new()
            }
        }
    }

    /// The `id:secret` the studio page shows, pasted because its hand-off did not arrive.
    pub(super) fn use_pasted(
        &mut self,
        progress: &mut Progress,
        requests: &mut Requests,
    ) -> Vec<Command> {
        let Some(pair) = crate::appsemble::split_client_pair(self.client_pair.expose()) else {
            self.problem = Some(Problem::ClientPairUnreadable);
            return Vec::new();
        };
        self.client_pair = Secret::default();
        let mut commands = Vec::new();
        if self.waiting_for_browser() {
            commands.extend(self.cancel_browser());
        }
        commands.extend(self.use_client_pair(Ok(pair), progress, requests));
        commands
    }

    /// The answer to a sign-in. Returns whether it succeeded (the wizard then loads the apps),
    /// with the command that remembers client credentials when asked to.
    pub(super) fn finished(
        &mut self,
        request: RequestId,
        result: Result<(), Problem>,
        progress: &Progress,
    ) -> Option<Vec<Command>> {
        if !self.request.settle(request) {
            return None;
        }
        if let Err(problem) = result {
            self.problem = Some(problem);
            return None;
        }
        self.problem = None;
        self.signed_in = true;
        let mut commands = Vec::new();
        if progress.client_sign_in()
            && progress.remember_client
            && let Ok(server) = progress.server_address()
        {
            commands.push(Command::RememberClient {
                server,
                id: progress.client_id.trim().to_string(),
                secret: self.client_secret.clone(),
            });
        }
        Some(commands)
    }

    /// Forgets the session and the typed secrets; answers still under way are ignored.
    pub(super) fn sign_out(&mut self) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.waiting_for_browser() {
            commands.extend(self.cancel_browser());
        }
        self.request.forget();
        self.signed_in = false;
        self.password = Secret::default();
        self.client_secret = Secret::default();
        commands.push(Command::Forget);
        commands
    }

    pub(super) fn restored(&mut self, secret: Option<Secret>) {
        if let Some(secret) = secret
            && self.client_secret.is_empty()
        {
            self.client_secret = secret;
        }
    }

    pub(super) fn remembered(&mut self, saved: bool) {
        self.remember_failed = !saved;
    }
}
