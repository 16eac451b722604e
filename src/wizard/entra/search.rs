//! Step 3's room: searching the tenant's people and groups, and what was picked (by object id).

use super::super::protocol::{InFlight, RequestId, Requests};
use super::super::{Command, Problem};
use crate::graph::Principal;

#[derive(Debug, Default)]
pub struct TenantSearch {
    /// What the search box holds, and what the last search found.
    pub text: String,
    pub found: Vec<Principal>,
    /// What went wrong searching; drawn on step 3.
    pub problem: Option<Problem>,
    /// People and groups added from the search: assigned by their object ids.
    picked: Vec<Principal>,
    searching: InFlight,
}

impl TenantSearch {
    pub fn searching(&self) -> bool {
        self.searching.busy()
    }

    pub(crate) fn search(&mut self, signed_in: bool, requests: &mut Requests) -> Vec<Command> {
        let text = self.text.trim().to_string();
        if text.is_empty() || !signed_in {
            return Vec::new();
        }
        self.problem = None;
        vec![Command::SearchTenant {
            request: self.searching.start(requests),
            text,
        }]
    }

    pub(crate) fn searched(&mut self, request: RequestId, result: Result<Vec<Principal>, Problem>) {
        if !self.searching.settle(request) {
            return;
        }
        match result {
            Ok(found) => self.found = found,
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// Remembers a found person or group, once; returns its name for the list to assign.
    pub(crate) fn pick(&mut self, principal: Principal) -> String {
        let name = principal.name.clone();
        if !self.picked.iter().any(|p| p.id == principal.id) {
            self.picked.push(principal);
        }
        name
    }

    /// The first person (not a group) in the comma-separated list: one picked from the search,
    /// else a name typed as a sign-in name (it has an `@`).
    pub(crate) fn first_person(&self, list: &str) -> Option<String> {
        names(list).find_map(|name| {
            let picked = self.picked.iter().find(|p| p.name == name);
            match picked {
                Some(p) => (!p.is_group).then(|| p.name.clone()),
                None => name.contains('@').then(|| name.to_string()),
            }
        })
    }

    /// A name from the list as Graph should get it: the object id of the one picked from the
    /// search, else the name as typed.
    pub(crate) fn to_assign(&self, name: &str) -> String {
        self.picked
            .iter()
            .find(|p| p.name == name)
            .map_or_else(|| name.to_string(), |p| p.id.clone())
    }
}

/// The names in a list separated by commas, semicolons or lines.
pub(crate) fn names(list: &str) -> impl Iterator<Item = &str> {
    list.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}
