//! "Set it up for me": the express path's own state. Its Connect runs the same work as the guided
//! steps, one stage after the other, and stops at the first stage that fails; what each stage did
//! stays in the rooms of the guided steps (`enable`, `test`, `entra`), where the way by hand
//! takes over. The order is the table in [`Stage::ALL`]; `express_routes` moves through it.

use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem, Step};
use crate::secret::Secret;
use crate::watch::ScimUserSummary;

/// Who gets access on the express path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Audience {
    /// The admin who signed in with Microsoft: a first try that touches nobody else.
    #[default]
    OnlyMe,
    /// The people and groups chosen with the tenant search.
    Chosen,
}

/// The stages of Connect, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// SCIM on, and the token (kept when it can be read, made otherwise).
    ScimOn,
    /// The live test as Entra runs it, and the rehearsal of the first sync.
    Test,
    /// The enterprise application, credentials, mappings, groups off, assignment ("Do it for me").
    Entra,
    /// Entra's Provision on demand of the first person.
    FirstPerson,
    /// That person read back from the app over SCIM.
    ReadBack,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::ScimOn,
        Stage::Test,
        Stage::Entra,
        Stage::FirstPerson,
        Stage::ReadBack,
    ];

    pub fn next(self) -> Option<Stage> {
        let at = Stage::ALL.iter().position(|s| *s == self)?;
        Stage::ALL.get(at + 1).copied()
    }

    /// The guided step where this stage is done by hand.
    pub fn by_hand(self) -> Step {
        match self {
            Stage::ScimOn => Step::EnableScim,
            Stage::Test => Step::Credentials,
            Stage::Entra => Step::CreateApp,
            Stage::FirstPerson | Stage::ReadBack => Step::Provision,
        }
    }
}

/// Where a stage stands, for the list Connect shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageStatus {
    Waiting,
    Running,
    Done,
    /// Not needed this time (nobody to provision on demand: only groups were chosen).
    Skipped,
    Failed,
    /// The admin stopped Connect here, or signed out of what it needed.
    Stopped,
}

/// What a stage's room says after its work answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    Pending,
    Done,
    Skipped,
    Failed,
}

#[derive(Debug, Default)]
pub struct Express {
    pub audience: Audience,
    /// Connect would replace a token that may be in use (a sign-in that cannot read it) and
    /// waits for the admin to say so.
    pub confirm_replace: bool,
    /// The stage under way.
    pub at: Option<Stage>,
    /// The stages that finished, in order, with how.
    pub finished: Vec<(Stage, StageStatus)>,
    /// The person provisioned first (sign-in name), and as the app lists them.
    pub person: Option<String>,
    pub found: Option<ScimUserSummary>,
    /// Reading the person back failed, or found nobody (`None` inside: not in the app).
    pub read_back_problem: Option<Option<Problem>>,
    reading: InFlight,
}

impl Express {
    pub fn running(&self) -> bool {
        self.at.is_some()
    }

    pub fn status(&self, stage: Stage) -> StageStatus {
        if self.at == Some(stage) {
            return StageStatus::Running;
        }
        self.finished
            .iter()
            .find(|(s, _)| *s == stage)
            .map_or(StageStatus::Waiting, |(_, status)| *status)
    }

    /// The stage that stopped Connect, when one did.
    pub fn failed(&self) -> Option<Stage> {
        self.finished
            .iter()
            .find(|(_, status)| *status == StageStatus::Failed)
            .map(|(stage, _)| *stage)
    }

    /// Every stage ran and the person is in the app (or there was nobody to provision first).
    pub fn succeeded(&self) -> bool {
        !self.running()
            && self.finished.iter().any(|(s, status)| {
                *s == Stage::ReadBack && matches!(status, StageStatus::Done | StageStatus::Skipped)
            })
    }

    /// A new Connect: nothing of the last one counts.
    pub(super) fn begin(&mut self) {
        self.confirm_replace = false;
        self.finished.clear();
        self.person = None;
        self.found = None;
        self.read_back_problem = None;
        self.reading.forget();
        self.at = Some(Stage::ScimOn);
    }

    /// After a run, back to the choices: its stages no longer show.
    pub(super) fn edit(&mut self) {
        if !self.running() {
            self.finished.clear();
        }
    }

    pub(super) fn close(&mut self, stage: Stage, status: StageStatus) {
        self.finished.push((stage, status));
        self.at = None;
    }

    /// Connect was stopped, or a sign-out took what it needs: it ends where it is.
    pub(super) fn abandon(&mut self) {
        if let Some(stage) = self.at.take() {
            self.finished.push((stage, StageStatus::Stopped));
        }
        self.reading.forget();
    }

    pub(super) fn read_back(
        &mut self,
        tenant_url: String,
        token: Secret,
        user_name: String,
        requests: &mut Requests,
    ) -> Vec<Command> {
        vec![Command::FindScimUser {
            request: self.reading.start(requests),
            tenant_url,
            token,
            user_name,
        }]
    }

    /// True when this was the awaited answer.
    pub(super) fn read(
        &mut self,
        request: RequestId,
        result: Result<Option<ScimUserSummary>, Problem>,
    ) -> bool {
        if !self.reading.settle(request) {
            return false;
        }
        match result {
            Ok(Some(user)) => self.found = Some(user),
            Ok(None) => self.read_back_problem = Some(None),
            Err(problem) => self.read_back_problem = Some(Some(problem)),
        }
        true
    }

    pub(super) fn read_back_outcome(&self) -> Outcome {
        match (self.reading.busy(), &self.found, &self.read_back_problem) {
            (true, _, _) => Outcome::Pending,
            (false, Some(_), _) => Outcome::Done,
            _ => Outcome::Failed,
        }
    }
}
