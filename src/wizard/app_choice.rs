//! Step 4, second half: choosing the app, from the organisations' apps or by its id or address.

use super::outcomes::ChosenApp;
use super::protocol::{InFlight, RequestId, Requests};
use super::{Command, Problem};
use crate::address::ServerAddress;
use crate::appsemble::{AppChoice, SecurityCheck, check_security};

/// The app list, the typed app address, and the choice.
#[derive(Debug, Default)]
pub struct Apps {
    pub list: Option<Vec<AppChoice>>,
    pub problem: Option<Problem>,
    /// An app id or studio address, typed when the list is not available.
    pub address: String,
    /// Words that narrow a long list (name, organisation or id).
    pub filter: String,
    pub chosen: Option<ChosenApp>,
    request: InFlight,
}

impl Apps {
    pub fn loading(&self) -> bool {
        self.request.busy()
    }

    /// The apps that match the filter: every word must appear in the app's name, its
    /// organisation's name or id, or its number (case does not matter).
    pub fn filtered(&self) -> Vec<&AppChoice> {
        let words: Vec<String> = self
            .filter
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        self.list
            .iter()
            .flatten()
            .filter(|choice| {
                let haystack = format!(
                    "{} {} {} {}",
                    choice.app.name(),
                    choice.organization.display_name(),
                    choice.organization.id,
                    choice.app.id
                )
                .to_lowercase();
                words.iter().all(|w| haystack.contains(w))
            })
            .collect()
    }

    pub(super) fn load_all(&mut self, requests: &mut Requests) -> Vec<Command> {
        vec![Command::LoadApps {
            request: self.request.start(requests),
        }]
    }

    pub(super) fn load_one(&mut self, app_id: u64, requests: &mut Requests) -> Vec<Command> {
        vec![Command::LoadApp {
            request: self.request.start(requests),
            app_id,
        }]
    }

    /// The app with `app_id` from the list, when this account may change it.
    pub(super) fn choice(&self, app_id: u64) -> Option<ChosenApp> {
        let apps = self.list.as_ref()?;
        apps.iter()
            .find(|c| c.app.id == app_id && c.may_change_secrets)
            .map(|c| ChosenApp::from_app(&c.app))
    }

    /// The one app this account may change whose security is ready for Entra's users, when
    /// there is exactly one: nothing to choose.
    fn only_ready(&self) -> Option<ChosenApp> {
        let mut ready = self
            .list
            .iter()
            .flatten()
            .filter(|c| c.may_change_secrets)
            .filter(|c| {
                matches!(
                    check_security(&c.app.definition),
                    SecurityCheck::Ready { .. }
                )
            });
        match (ready.next(), ready.next()) {
            (Some(only), None) => Some(ChosenApp::from_app(&only.app)),
            _ => None,
        }
    }

    /// Reads the typed app id or studio address and loads that app.
    pub(super) fn load_typed(&mut self, requests: &mut Requests) -> Vec<Command> {
        let typed = self.address.trim();
        let app_id = typed
            .parse::<u64>()
            .ok()
            .or_else(|| ServerAddress::parse(typed).ok().and_then(|a| a.app_id));
        match app_id {
            Some(app_id) => {
                self.problem = None;
                self.load_one(app_id, requests)
            }
            None => {
                self.problem = Some(Problem::AppAddressUnreadable);
                Vec::new()
            }
        }
    }

    /// The answer to loading the list. Returns the id of an app to choose again (saved progress).
    pub(super) fn list_loaded(
        &mut self,
        request: RequestId,
        result: Result<Vec<AppChoice>, Problem>,
        saved_app: Option<u64>,
    ) -> Option<ChosenApp> {
        if !self.request.settle(request) {
            return None;
        }
        match result {
            Ok(apps) => {
                self.problem = None;
                self.list = Some(apps);
                if self.chosen.is_some() {
                    return None;
                }
                saved_app
                    .and_then(|id| self.choice(id))
                    .or_else(|| self.only_ready())
            }
            Err(problem) => {
                self.problem = Some(problem);
                None
            }
        }
    }

    /// The answer to loading one app; returns it to be chosen.
    pub(super) fn app_loaded(
        &mut self,
        request: RequestId,
        result: Result<ChosenApp, Problem>,
    ) -> Option<ChosenApp> {
        if !self.request.settle(request) {
            return None;
        }
        match result {
            Ok(app) => {
                self.problem = None;
                Some(app)
            }
            Err(problem) => {
                self.problem = Some(problem);
                None
            }
        }
    }

    pub(super) fn clear(&mut self) {
        self.request.forget();
        self.list = None;
        self.chosen = None;
    }
}
