//! Step 5: turning SCIM on and making (or keeping) the token.

use super::Command;
use super::outcomes::{ChosenApp, ScimBefore};
use super::problem::{EnableProblem, Problem};
use super::protocol::{InFlight, RequestId, Requests};
use crate::enable::EnableOutcome;
use crate::secret::Secret;

/// The SCIM switch and token of the chosen app.
#[derive(Debug, Default)]
pub struct EnableState {
    pub before: Option<ScimBefore>,
    /// The admin asked to make a new token and is being asked to confirm.
    pub confirm_replace: bool,
    pub token: Option<Secret>,
    /// True when this run made the token; false when it kept the stored one.
    pub token_created: bool,
    pub tenant_url: Option<String>,
    pub problem: Option<EnableProblem>,
    reading: InFlight,
    enabling: InFlight,
}

impl EnableState {
    pub fn reading(&self) -> bool {
        self.reading.busy()
    }

    pub fn enabling(&self) -> bool {
        self.enabling.busy()
    }

    /// Whether the app may already have a token that an Entra connection uses. Only a read that
    /// found none says no; client credentials cannot read it, so for them the answer is always
    /// "maybe", and making a new token needs the same confirmation as replacing a known one.
    pub fn token_may_exist(&self) -> bool {
        self.before.is_none_or(|before| before.has_token)
    }

    pub(super) fn read(&mut self, app_id: u64, requests: &mut Requests) -> Vec<Command> {
        if self.before.is_some() || self.reading() {
            return Vec::new();
        }
        vec![Command::ReadScim {
            request: self.reading.start(requests),
            app_id,
        }]
    }

    pub(super) fn read_finished(
        &mut self,
        request: RequestId,
        result: Result<ScimBefore, Problem>,
    ) {
        if !self.reading.settle(request) {
            return;
        }
        match result {
            Ok(before) => self.before = Some(before),
            Err(problem) => self.problem = Some(EnableProblem::Failed(problem)),
        }
    }

    /// "Turn on SCIM": straight away for an app known to have no token; otherwise ask first.
    pub(super) fn turn_on(
        &mut self,
        app: Option<&ChosenApp>,
        requests: &mut Requests,
    ) -> Vec<Command> {
        if self.token_may_exist() {
            self.confirm_replace = true;
            return Vec::new();
        }
        self.start(app, false, requests)
    }

    pub(super) fn confirm_replace(
        &mut self,
        app: Option<&ChosenApp>,
        requests: &mut Requests,
    ) -> Vec<Command> {
        if !self.confirm_replace {
            return Vec::new();
        }
        self.start(app, false, requests)
    }

    pub(super) fn start(
        &mut self,
        app: Option<&ChosenApp>,
        keep_token: bool,
        requests: &mut Requests,
    ) -> Vec<Command> {
        let Some(app) = app.filter(|a| a.usable()) else {
            return Vec::new();
        };
        self.confirm_replace = false;
        self.problem = None;
        vec![Command::Enable {
            request: self.enabling.start(requests),
            app_id: app.id,
            keep_token,
        }]
    }

    /// The answer to turning SCIM on; true when the token is now known.
    pub(super) fn finished(
        &mut self,
        request: RequestId,
        result: Result<EnableOutcome, EnableProblem>,
    ) -> bool {
        if !self.enabling.settle(request) {
            return false;
        }
        match result {
            Ok(outcome) => {
                self.tenant_url = Some(outcome.tenant_url);
                self.token_created = outcome.token_created;
                self.token = Some(outcome.token);
                self.before = Some(ScimBefore { has_token: true });
                true
            }
            Err(problem) => {
                self.problem = Some(problem);
                false
            }
        }
    }

    /// Another app was chosen (or the session ended): nothing known about SCIM carries over.
    pub(super) fn reset(&mut self, tenant_url: Option<String>) {
        *self = Self {
            tenant_url,
            ..Self::default()
        };
    }
}
