//! How Connect moves through its stages: [`Wizard::enter`] starts a stage's work in the room that
//! does it on the guided path, [`Wizard::outcome`] reads that room once its work answered, and
//! [`Wizard::express_advance`] (after every event) closes the stage and enters the next, or stops.

use super::express::{Audience, Outcome, Stage, StageStatus};
use super::{Action, ChosenApp, Command, Step, Way, Wizard};
use crate::probe::{ConnectionVerdict, ProvisioningVerdict};

impl Wizard {
    /// The first person to provision on demand: the admin ("only me"), else the first person
    /// picked from the search or typed as a sign-in name.
    pub fn express_person(&self) -> Option<String> {
        match self.express.audience {
            Audience::OnlyMe => self.entra.session.me.as_ref().map(|me| me.name.clone()),
            Audience::Chosen => self.entra.search.first_person(&self.entra.setup.assign),
        }
    }

    /// Both sign-ins, a usable app and someone to give access: Connect can run.
    pub fn can_connect(&self) -> bool {
        let someone = match self.express.audience {
            Audience::OnlyMe => self.entra.session.me.is_some(),
            Audience::Chosen => !self.entra.setup.assign.trim().is_empty(),
        };
        self.appsemble_half_ready()
            && self.entra.session.signed_in
            && someone
            && !self.express.running()
    }

    /// Signed in to Appsemble with a usable app chosen, or (the Entra admin's side) a hand-off
    /// opened: its Tenant URL and token stand in for the Appsemble half.
    pub fn appsemble_half_ready(&self) -> bool {
        if self.progress.way == Some(Way::HandOff) {
            return self.handoff.received.is_some() && self.enable.token.is_some();
        }
        self.sign_in.signed_in && self.apps.chosen.as_ref().is_some_and(ChosenApp::usable)
    }

    /// The express path's actions (the others are handled in `Wizard::handle`).
    pub(super) fn handle_express(&mut self, action: Action) -> Vec<Command> {
        match action {
            Action::ChooseWay(way) => {
                self.progress.way = way;
                Vec::new()
            }
            Action::Connect { replace_token } => self.express_connect(replace_token),
            Action::CancelConnect => {
                self.express.confirm_replace = false;
                Vec::new()
            }
            Action::StopConnect => self.stop_connect(),
            Action::EditConnect => {
                self.express.edit();
                Vec::new()
            }
            Action::ByHand(step) => {
                self.progress.way = Some(Way::Guided);
                self.go_to(step)
            }
            _ => Vec::new(),
        }
    }

    /// Connect. A token this sign-in cannot read may be in use elsewhere: replacing it waits for
    /// the admin's word, as on step 5.
    fn express_connect(&mut self, replace_token: bool) -> Vec<Command> {
        if !self.can_connect() {
            return Vec::new();
        }
        let unreadable = self.enable.token.is_none() && !self.can_read_secret();
        if unreadable && !replace_token {
            self.express.confirm_replace = true;
            return Vec::new();
        }
        self.express.begin();
        let mut commands = self.enter(Stage::ScimOn);
        commands.extend(self.express_advance());
        commands
    }

    fn stop_connect(&mut self) -> Vec<Command> {
        let commands = match self.express.at {
            Some(Stage::Test) => self.test.cancel(),
            Some(Stage::Entra) => self.entra.setup.cancel(),
            Some(Stage::FirstPerson) => self.entra.job.cancel(),
            _ => Vec::new(),
        };
        self.express.abandon();
        commands
    }

    /// Closes every stage whose work has answered and starts the next; stops at a failure.
    pub(super) fn express_advance(&mut self) -> Vec<Command> {
        let mut commands = Vec::new();
        while let Some(stage) = self.express.at {
            let status = match self.outcome(stage) {
                Outcome::Pending => break,
                Outcome::Failed => StageStatus::Failed,
                Outcome::Done => StageStatus::Done,
                Outcome::Skipped => StageStatus::Skipped,
            };
            self.express.close(stage, status);
            if let (StageStatus::Done | StageStatus::Skipped, Some(next)) = (status, stage.next()) {
                self.express.at = Some(next);
                commands.extend(self.enter(next));
            }
        }
        if self.express.succeeded() {
            self.progress
                .done
                .extend(Step::ALL.iter().filter(|s| **s != Step::Done));
        }
        commands
    }

    /// Starts a stage's work, clearing what an earlier run of it left, so that its outcome is
    /// this run's.
    fn enter(&mut self, stage: Stage) -> Vec<Command> {
        match stage {
            Stage::ScimOn if self.enable.token.is_some() => Vec::new(),
            Stage::ScimOn => {
                let keep = self.can_read_secret();
                let app = self.apps.chosen.as_ref();
                self.enable.start(app, keep, &mut self.requests)
            }
            Stage::Test => {
                self.test.report = None;
                self.test.provisioning = None;
                self.run_test(true)
            }
            Stage::Entra => {
                self.entra.setup.report = None;
                self.entra.setup.problem = None;
                let assign = match (self.express.audience, &self.entra.session.me) {
                    (Audience::OnlyMe, Some(me)) => vec![me.id.clone()],
                    _ => self.entra.setup.names_to_assign(&self.entra.search),
                };
                let inputs = self.connect_inputs();
                self.entra
                    .setup
                    .connect_assigning(inputs, assign, &mut self.requests)
            }
            Stage::FirstPerson => {
                self.express.person = self.express_person();
                let Some(person) = self.express.person.clone() else {
                    return Vec::new();
                };
                self.entra.job.person = person;
                self.entra.job.activity = None;
                self.entra.job.problem = None;
                self.entra.act(false, &mut self.requests)
            }
            Stage::ReadBack => {
                let (Some(person), Some(tenant_url), Some(token)) = (
                    self.express.person.clone(),
                    self.enable.tenant_url.clone(),
                    self.current_token(),
                ) else {
                    return Vec::new();
                };
                self.express
                    .read_back(tenant_url, token, person, &mut self.requests)
            }
        }
    }

    /// What the stage's room says now.
    fn outcome(&self, stage: Stage) -> Outcome {
        let done_if = |ok: bool| if ok { Outcome::Done } else { Outcome::Failed };
        match stage {
            Stage::ScimOn if self.enable.enabling() => Outcome::Pending,
            Stage::ScimOn => {
                done_if(self.enable.token.is_some() && self.enable.tenant_url.is_some())
            }
            Stage::Test if self.test.running() => Outcome::Pending,
            Stage::Test => done_if(
                self.connection() == Some(ConnectionVerdict::Pass)
                    && self.provisioning() == ProvisioningVerdict::Pass,
            ),
            Stage::Entra if self.entra.setup.connecting() => Outcome::Pending,
            Stage::Entra => done_if(self.entra.setup.report.as_ref().is_some_and(|r| r.ok())),
            Stage::FirstPerson | Stage::ReadBack if self.express.person.is_none() => {
                Outcome::Skipped
            }
            Stage::FirstPerson if self.entra.job.acting() => Outcome::Pending,
            Stage::FirstPerson => done_if(
                self.entra
                    .job
                    .activity
                    .as_ref()
                    .and_then(|a| a.on_demand.as_ref())
                    .is_some_and(|o| o.succeeded()),
            ),
            Stage::ReadBack => self.express.read_back_outcome(),
        }
    }
}
