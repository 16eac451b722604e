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
            FleetOrder::Status => {
                rows.sort_by_cached_key(|a| (urgency(&a.health), natural(&a.name)))
            }
            FleetOrder::Name => rows.sort_by_cached_key(|a| natural(&a.name)),
            FleetOrder::Organization => rows
                .sort_by_cached_key(|a| (natural(a.organization.display_name()), natural(&a.name))),
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

/// One run of a name: digits compare as numbers, so "app 2" comes before "app 10".
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Piece {
    Number(u64),
    Text(String),
}

/// A name as people order it: without regard to case, numbers by their value.
fn natural(name: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = name;
    while let Some(first) = rest.chars().next() {
        let digits = first.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != digits)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        pieces.push(if digits {
            Piece::Number(run.parse().unwrap_or(u64::MAX))
        } else {
            Piece::Text(run.to_lowercase())
        });
        rest = tail;
    }
    pieces
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

#[cfg(test)]
mod tests {
    use super::natural;

    #[test]
    fn names_sort_as_people_read_them() {
        let mut names = [
            "Customer app 10",
            "customer app 2",
            "Customer app 1",
            "Beta",
            "App 9b",
        ];
        names.sort_by_key(|n| natural(n));
        assert_eq!(
            names,
            [
                "App 9b",
                "Beta",
                "Customer app 1",
                "customer app 2",
                "Customer app 10"
            ]
        );
    }
}
