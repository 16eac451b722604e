//! The wizard's steps, in the order of the guide. This enum is the one list of steps.

use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Step {
    #[default]
    Prepare,
    CreateApp,
    AssignUsers,
    Appsemble,
    EnableScim,
    Credentials,
    Mappings,
    Provision,
    Done,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Prepare,
        Step::CreateApp,
        Step::AssignUsers,
        Step::Appsemble,
        Step::EnableScim,
        Step::Credentials,
        Step::Mappings,
        Step::Provision,
        Step::Done,
    ];

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}
