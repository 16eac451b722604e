//! The sessions the jobs share: the signed-in Appsemble client, the Microsoft Graph client, and the
//! window's trace of the Microsoft exchange.

use std::sync::{Arc, Mutex};

use super::WorkerSetup;
use crate::appsemble::{AppsembleClient, AppsembleError};
use crate::diagnostics::Leftovers;
use crate::graph::{GraphClient, Trace};
use crate::wizard::{Event, Problem};

pub(super) struct WorkerState {
    pub setup: WorkerSetup,
    events: Mutex<std::sync::mpsc::Sender<Event>>,
    client: Mutex<Option<Arc<AppsembleClient>>>,
    graph: Mutex<Option<Arc<GraphClient>>>,
    pub leftovers: Leftovers,
    /// This window's Microsoft exchange, secrets removed, for "Save a trace".
    pub trace: Trace,
}

impl WorkerState {
    pub fn new(
        setup: WorkerSetup,
        events: std::sync::mpsc::Sender<Event>,
        leftovers: Leftovers,
    ) -> Self {
        Self {
            setup,
            events: Mutex::new(events),
            client: Mutex::new(None),
            graph: Mutex::new(None),
            leftovers,
            trace: Trace::default(),
        }
    }

    pub fn reply(&self, event: Event) {
        if let Ok(events) = self.events.lock() {
            let _ = events.send(event);
        }
        (self.setup.notify)();
    }

    pub fn client(&self) -> Result<Arc<AppsembleClient>, Problem> {
        self.client
            .lock()
            .ok()
            .and_then(|c| c.clone())
            .ok_or_else(|| self.problem(AppsembleError::SessionExpired))
    }

    pub fn set_client(&self, client: Option<AppsembleClient>) {
        if let Ok(mut slot) = self.client.lock() {
            *slot = client.map(Arc::new);
        }
    }

    /// The Microsoft session, or the problem that says to sign in first.
    pub fn graph(&self) -> Result<Arc<GraphClient>, Problem> {
        self.graph
            .lock()
            .ok()
            .and_then(|g| g.clone())
            .ok_or(Problem::MicrosoftSignInNeeded)
    }

    pub fn set_graph(&self, graph: Option<GraphClient>) {
        if let Ok(mut slot) = self.graph.lock() {
            *slot = graph.map(Arc::new);
        }
    }

    /// An API failure, with the server it happened on.
    pub fn problem(&self, error: AppsembleError) -> Problem {
        let server = self
            .client
            .lock()
            .ok()
            .and_then(|c| c.as_ref().map(|c| c.server().origin()))
            .unwrap_or_default();
        Problem::Api { error, server }
    }
}
