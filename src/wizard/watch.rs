//! Step 8: watching users arrive in the app while Entra provisions.

use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem};
use crate::secret::Secret;
use crate::watch::UsersSnapshot;

/// The panel that polls the app's SCIM users.
#[derive(Debug, Default)]
pub struct WatchState {
    pub users: Option<UsersSnapshot>,
    pub problem: Option<Problem>,
    polling: InFlight,
}

impl WatchState {
    pub fn watching(&self) -> bool {
        self.polling.busy()
    }

    pub(super) fn start(
        &mut self,
        tenant_url: Option<String>,
        token: Option<Secret>,
        requests: &mut Requests,
    ) -> Vec<Command> {
        let (Some(tenant_url), Some(token)) = (tenant_url, token) else {
            return Vec::new();
        };
        vec![Command::WatchUsers {
            request: self.polling.start(requests),
            tenant_url,
            token,
        }]
    }

    pub(super) fn stop(&mut self) -> Vec<Command> {
        if !self.watching() {
            return Vec::new();
        }
        self.polling.forget();
        vec![Command::StopWatchingUsers]
    }

    /// One poll's answer; polls of an earlier watch are ignored.
    pub(super) fn polled(&mut self, request: RequestId, result: Result<UsersSnapshot, Problem>) {
        if !self.polling.is(request) {
            return;
        }
        match result {
            Ok(users) => {
                self.problem = None;
                self.users = Some(users);
            }
            Err(problem) => self.problem = Some(problem),
        }
    }
}
