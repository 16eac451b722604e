//! Step 8's room: Entra's side of the job. A click (provision one person, start) and the status
//! poll each have their own request: a poll never disables a button or swallows a click, and a
//! click's failure is shown here, on step 8.

use super::super::protocol::{EntraActivity, InFlight, RequestId, Requests};
use super::super::{Command, Problem};

#[derive(Debug, Default)]
pub struct EntraJob {
    /// The person to provision now (sign-in name).
    pub person: String,
    pub activity: Option<EntraActivity>,
    /// Provision on demand waits this many seconds for a fresh assignment to count.
    pub settling: Option<u64>,
    /// What went wrong with the last click; drawn on step 8.
    pub problem: Option<Problem>,
    acting: InFlight,
    polling: InFlight,
}

impl EntraJob {
    pub fn acting(&self) -> bool {
        self.acting.busy()
    }

    pub fn polling(&self) -> bool {
        self.polling.busy()
    }

    /// Provision the named person now (`start` false) or start provisioning (`start` true). A
    /// poll under way is left to finish but its answer is no longer awaited: it is older.
    pub(crate) fn act(
        &mut self,
        start: bool,
        (service_principal, job): (String, String),
        requests: &mut Requests,
    ) -> Vec<Command> {
        let person = self.person.trim().to_string();
        if self.acting() || (!start && person.is_empty()) {
            return Vec::new();
        }
        self.polling.forget();
        self.problem = None;
        vec![Command::EntraActivity {
            request: self.acting.start(requests),
            service_principal,
            job,
            provision: (!start).then_some(person),
            start,
        }]
    }

    /// Reads the job's state and the first problems (step 8 opens, or each users poll); never
    /// while a click is under way, never two at once.
    pub(crate) fn poll(
        &mut self,
        (service_principal, job): (String, String),
        requests: &mut Requests,
    ) -> Vec<Command> {
        if self.acting() || self.polling() {
            return Vec::new();
        }
        vec![Command::EntraJobStatus {
            request: self.polling.start(requests),
            service_principal,
            job,
        }]
    }

    pub(crate) fn acted(&mut self, request: RequestId, result: Result<EntraActivity, Problem>) {
        if !self.acting.settle(request) {
            return;
        }
        self.settling = None;
        match result {
            Ok(activity) => self.activity = Some(activity),
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// A poll's answer keeps the last on-demand outcome on screen; a failed poll is not a
    /// problem of the admin's (the next poll tries again).
    pub(crate) fn polled(&mut self, request: RequestId, result: Result<EntraActivity, Problem>) {
        if !self.polling.settle(request) {
            return;
        }
        if let Ok(mut activity) = result {
            activity.on_demand = self.activity.as_mut().and_then(|a| a.on_demand.take());
            self.activity = Some(activity);
        }
    }

    pub(crate) fn waiting(&mut self, request: RequestId, seconds: u64) {
        if self.acting.is(request) {
            self.settling = Some(seconds);
        }
    }

    /// Stops waiting for an assignment to count; the step can be tried again.
    pub(crate) fn cancel(&mut self) -> Vec<Command> {
        if self.settling.take().is_none() {
            return Vec::new();
        }
        self.acting.forget();
        vec![Command::CancelEntraActivity]
    }

    /// On sign-out: nothing under way is awaited any more.
    pub(crate) fn forget(&mut self) {
        self.acting.forget();
        self.polling.forget();
        self.settling = None;
    }
}
