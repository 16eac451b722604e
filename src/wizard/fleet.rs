//! "All your SCIM apps": the fleet view's state — the last survey, the filter and the order — and
//! which guided step an app opens at.

use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem, Step};
use crate::appsemble::SecurityCheck;
use crate::fleet::{AppHealth, Failure, Fleet, Health};

/// How the rows are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FleetOrder {
    /// What needs someone first: failing, timed out, not checked, healthy, off.
    #[default]
    Status,
    Name,
    Organization,
}

/// The fleet view: open or not, the survey, and how it is narrowed and ordered.
#[derive(Debug, Default)]
pub struct FleetView {
    pub open: bool,
    pub fleet: Option<Fleet>,
    pub problem: Option<Problem>,
    /// Words that narrow the rows (name, organisation, app id), as in step 4's list.
    pub filter: String,
    /// Only the apps with something to act on.
    pub needs_attention: bool,
    pub order: FleetOrder,
    request: InFlight,
}

impl FleetView {
    pub fn checking(&self) -> bool {
        self.request.busy()
    }

    /// Opens the view; the first time (or after a sign-out) it also starts the survey.
    pub(super) fn show(&mut self, requests: &mut Requests) -> Vec<Command> {
        self.open = true;
        if self.fleet.is_some() || self.checking() {
            return Vec::new();
        }
        self.check_again(requests)
    }

    pub(super) fn check_again(&mut self, requests: &mut Requests) -> Vec<Command> {
        self.problem = None;
        vec![Command::SurveyFleet {
            request: self.request.start(requests),
        }]
    }

    pub(super) fn surveyed(&mut self, request: RequestId, result: Result<Fleet, Problem>) {
        if !self.request.settle(request) {
            return;
        }
        match result {
            Ok(fleet) => self.fleet = Some(fleet),
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// The session ended: nothing surveyed with it stays.
    pub(super) fn clear(&mut self) {
        *self = Self::default();
    }

    /// The apps that match the filter, in the chosen order.
    pub fn rows(&self) -> Vec<&AppHealth> {
        let words: Vec<String> = self
            .filter
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut rows: Vec<&AppHealth> = self
            .fleet
            .iter()
            .flat_map(|f| &f.apps)
            .filter(|app| !self.needs_attention || !app.health.ok())
            .filter(|app| {
                let haystack = format!(
                    "{} {} {} {}",
                    app.name,
                    app.organization.display_name(),
                    app.organization.id,
                    app.app_id
                )
                .to_lowercase();
                words.iter().all(|w| haystack.contains(w))
            })
            .collect();
        match self.order {
            FleetOrder::Status => rows.sort_by_key(|a| (urgency(&a.health), a.name.to_lowercase())),
            FleetOrder::Name => rows.sort_by_key(|a| a.name.to_lowercase()),
            FleetOrder::Organization => rows.sort_by_key(|a| {
                (
                    a.organization.display_name().to_lowercase(),
                    a.name.to_lowercase(),
                )
            }),
        }
        rows
    }

    pub(super) fn app(&self, app_id: u64) -> Option<&AppHealth> {
        self.fleet
            .as_ref()?
            .apps
            .iter()
            .find(|a| a.app_id == app_id)
    }
}

/// Lower needs someone sooner.
fn urgency(health: &Health) -> u8 {
    match health {
        Health::Failing(_) => 0,
        Health::TimedOut => 1,
        Health::Unchecked(_) => 2,
        Health::Healthy => 3,
        Health::Off => 4,
    }
}

/// The guided step where an app's next thing to do is.
pub fn step_for(app: &AppHealth) -> Step {
    let security_missing = matches!(app.security, SecurityCheck::Problem(_));
    match &app.health {
        Health::Failing(Failure::Security) | Health::Unchecked(_) => Step::Appsemble,
        Health::Off if security_missing => Step::Appsemble,
        Health::Off | Health::Failing(Failure::NoToken) => Step::EnableScim,
        Health::Failing(_) | Health::TimedOut => Step::Credentials,
        Health::Healthy => Step::Provision,
    }
}
