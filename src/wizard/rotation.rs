//! Replacing the token in both places from the window (steps 6 and 8): asked first, then one job
//! in the worker (`rotate`), whose new token becomes this session's token.

use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem};
use crate::rotate::{BothHalves, RotateReport};
use crate::secret::Secret;

#[derive(Debug, Default)]
pub struct Rotation {
    /// The admin asked and is being asked to confirm: the old token stops working at once.
    pub confirming: bool,
    pub report: Option<RotateReport>,
    /// What kept it from running at all.
    pub problem: Option<Problem>,
    running: InFlight,
}

impl Rotation {
    pub fn running(&self) -> bool {
        self.running.busy()
    }

    pub(super) fn ask(&mut self) {
        self.confirming = !self.running();
    }

    pub(super) fn cancel(&mut self) {
        self.confirming = false;
    }

    pub(super) fn start(
        &mut self,
        app_id: u64,
        service_principal: String,
        notify: Option<String>,
        requests: &mut Requests,
    ) -> Vec<Command> {
        if !self.confirming || self.running() {
            return Vec::new();
        }
        self.confirming = false;
        self.report = None;
        self.problem = None;
        vec![Command::Rotate {
            request: self.running.start(requests),
            app_id,
            service_principal,
            notify,
        }]
    }

    /// The new token, when this was the awaited answer and Appsemble took one.
    pub(super) fn finished(
        &mut self,
        request: RequestId,
        result: Result<RotateReport, Problem>,
    ) -> Option<Secret> {
        if !self.running.settle(request) {
            return None;
        }
        match result {
            Ok(report) => {
                let token = report.new_token.clone();
                self.report = Some(report);
                token
            }
            Err(problem) => {
                self.problem = Some(problem);
                None
            }
        }
    }
}

/// Step 8's "Check both halves now": the live test and Entra's own check, in one answer.
#[derive(Debug, Default)]
pub struct BothCheck {
    pub halves: Option<BothHalves>,
    pub problem: Option<Problem>,
    running: InFlight,
}

impl BothCheck {
    pub fn running(&self) -> bool {
        self.running.busy()
    }

    pub(super) fn start(
        &mut self,
        tenant_url: String,
        token: Secret,
        service_principal: Option<String>,
        requests: &mut Requests,
    ) -> Vec<Command> {
        if self.running() {
            return Vec::new();
        }
        self.problem = None;
        vec![Command::CheckBoth {
            request: self.running.start(requests),
            tenant_url,
            token,
            service_principal,
        }]
    }

    pub(super) fn finished(&mut self, request: RequestId, result: Result<BothHalves, Problem>) {
        if !self.running.settle(request) {
            return;
        }
        match result {
            Ok(halves) => self.halves = Some(halves),
            Err(problem) => self.problem = Some(problem),
        }
    }
}
