//! The hand-off in the window: the owner makes one (step 6 and Done), the customer's Entra admin
//! opens one ("I received a hand-off file" on the first screen). Sealing and opening run in the
//! worker: scrypt takes about a second on purpose.

use std::path::PathBuf;
use std::time::SystemTime;

use super::Command;
use super::outcomes::{HandOffProblem, Made};
use super::protocol::{InFlight, RequestId, Requests};
use crate::handoff::HandOff;
use crate::secret::Secret;

/// What the Entra admin sees of an opened hand-off (the token goes to the wizard's token).
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    pub app_name: String,
    pub server: String,
    pub made_by: String,
    pub expires_at: SystemTime,
    pub connection: Option<bool>,
    pub provisioning: Option<bool>,
}

#[derive(Debug, Default)]
pub struct HandOffState {
    /// The received file's path (typed, or dropped on the window).
    pub path: String,
    pub passphrase: Secret,
    pub received: Option<Received>,
    pub problem: Option<HandOffProblem>,
    /// Where the owner's file goes (empty: `<app>.handoff` in the home folder).
    pub out_path: String,
    pub made: Option<Made>,
    pub make_problem: Option<HandOffProblem>,
    opening: InFlight,
    making: InFlight,
}

impl HandOffState {
    pub fn opening(&self) -> bool {
        self.opening.busy()
    }

    pub fn making(&self) -> bool {
        self.making.busy()
    }

    pub(super) fn open(&mut self, requests: &mut Requests) -> Vec<Command> {
        let path = self.path.trim();
        if path.is_empty() || self.passphrase.is_empty() || self.opening() {
            return Vec::new();
        }
        self.problem = None;
        vec![Command::OpenHandOff {
            request: self.opening.start(requests),
            path: PathBuf::from(path),
            passphrase: self.passphrase.clone(),
        }]
    }

    /// The opened hand-off, when this was the awaited answer.
    pub(super) fn opened(
        &mut self,
        request: RequestId,
        result: Result<HandOff, HandOffProblem>,
    ) -> Option<HandOff> {
        if !self.opening.settle(request) {
            return None;
        }
        match result {
            Ok(handoff) => {
                self.passphrase = Secret::default();
                self.received = Some(Received {
                    app_name: handoff.app_name.clone(),
                    server: handoff.server.clone(),
                    made_by: handoff.made_by.clone(),
                    expires_at: handoff.expires_at,
                    connection: handoff.connection,
                    provisioning: handoff.provisioning,
                });
                Some(handoff)
            }
            Err(problem) => {
                self.problem = Some(problem);
                None
            }
        }
    }

    pub(super) fn make(&mut self, handoff: HandOff, requests: &mut Requests) -> Vec<Command> {
        if self.making() {
            return Vec::new();
        }
        if self.out_path.trim().is_empty() {
            let home = directories::UserDirs::new()
                .map(|d| d.home_dir().to_path_buf())
                .unwrap_or_default();
            let name: String = handoff
                .app_name
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            self.out_path = home.join(format!("{name}.handoff")).display().to_string();
        }
        self.make_problem = None;
        self.made = None;
        vec![Command::MakeHandOff {
            request: self.making.start(requests),
            path: PathBuf::from(self.out_path.trim()),
            handoff: Box::new(handoff),
        }]
    }

    pub(super) fn made(&mut self, request: RequestId, result: Result<Made, HandOffProblem>) {
        if !self.making.settle(request) {
            return;
        }
        match result {
            Ok(made) => self.made = Some(made),
            Err(problem) => self.make_problem = Some(problem),
        }
    }
}
