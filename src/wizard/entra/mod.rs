//! The Entra half, one room per step: the Microsoft session (step 2), the tenant search (step 3),
//! "Do it for me" (step 6) and the Entra job (step 8). Each has its own problem and its own
//! requests, and its view draws that problem on its own step.

mod job;
mod search;
mod session;
mod setup;

pub use job::EntraJob;
pub use search::TenantSearch;
pub use session::MicrosoftSession;
pub(crate) use setup::ConnectInputs;
pub use setup::EntraSetup;

use super::Command;

#[derive(Debug, Default)]
pub struct EntraState {
    pub session: MicrosoftSession,
    pub search: TenantSearch,
    pub setup: EntraSetup,
    pub job: EntraJob,
    /// Where "Save a trace" writes (empty: `scim-assistant-trace.jsonl` in the home folder).
    pub trace_path: std::path::PathBuf,
    /// Where "Save a trace" wrote, and whether it could.
    pub trace_saved: Option<(std::path::PathBuf, bool)>,
}

impl EntraState {
    /// Something went wrong on the Entra side: a trace helps support (and a first real tenant).
    pub fn trace_worth_saving(&self) -> bool {
        self.session.problem.is_some()
            || self.search.problem.is_some()
            || self.setup.problem.is_some()
            || self.job.problem.is_some()
            || self.setup.report.as_ref().is_some_and(|r| !r.ok())
            || self
                .job
                .activity
                .as_ref()
                .and_then(|a| a.on_demand.as_ref())
                .is_some_and(|o| !o.succeeded())
    }

    pub(super) fn save_trace(&mut self) -> Vec<Command> {
        if self.trace_path.as_os_str().is_empty() {
            let home = directories::UserDirs::new()
                .map(|d| d.home_dir().to_path_buf())
                .unwrap_or_default();
            self.trace_path = home.join("scim-assistant-trace.jsonl");
        }
        vec![Command::SaveTrace {
            path: self.trace_path.clone(),
        }]
    }

    /// Picks a found person or group for "Do it for me", assigned by its object id.
    pub(super) fn add_to_assign(&mut self, principal: crate::graph::Principal) {
        let name = self.search.pick(principal);
        self.setup.add_to_assign(&name);
    }

    /// Forgets the Microsoft session; the reports stay readable. The worker stops "Do it for me"
    /// and the job's work without an answer, so nothing here may still wait for one.
    pub(super) fn sign_out(&mut self) -> Vec<Command> {
        self.job.forget();
        self.setup.forget();
        self.session.sign_out()
    }

    /// Provision one person now, or start.
    pub(super) fn act(&mut self, start: bool, requests: &mut super::Requests) -> Vec<Command> {
        match self.setup.set_up() {
            Some(ids) if self.session.signed_in => self.job.act(start, ids, requests),
            _ => Vec::new(),
        }
    }

    /// Reads Entra's side of the job, when it is set up and the session is there.
    pub(super) fn poll(&mut self, requests: &mut super::Requests) -> Vec<Command> {
        match self.setup.set_up() {
            Some(ids) if self.session.signed_in => self.job.poll(ids, requests),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
