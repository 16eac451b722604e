//! What went wrong, as data. The state machine keeps these typed values and never a sentence:
//! the window words them at draw time, so switching the language re-words every problem on screen.

use crate::address::AddressError;
use crate::appsemble::{AppsembleError, SecurityProblem};
use crate::probe::Finding;

/// A problem a step shows, with what the words need to explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A call to the Appsemble server at `server` failed.
    Api {
        error: AppsembleError,
        server: String,
    },
    /// The typed server address cannot be used for signing in.
    Address(AddressError),
    /// The sign-in form is missing a field.
    SignInIncomplete,
    /// The typed app id or studio address names no app.
    AppAddressUnreadable,
    /// What was pasted is not `id:secret`.
    ClientPairUnreadable,
    /// The browser hand-off could not listen on this computer.
    BrowserUnavailable,
    /// Appsemble Studio did not hand over credentials before the deadline.
    BrowserTimedOut,
    /// Reading the app's SCIM users failed; the finding says how.
    Scim(Finding),
    /// A bug inside the assistant stopped the work (a background job panicked).
    Internal,
    /// Signing in with Microsoft did not work.
    MicrosoftSignIn(crate::graph::MicrosoftSignInError),
    /// No app registration to sign in to Microsoft with.
    NoEntraClientId,
    /// "Do it for me" needs the Microsoft sign-in first.
    MicrosoftSignInNeeded,
    /// A Microsoft Graph call failed.
    Graph(crate::graph::GraphError),
    /// The person to provision is not in the Entra tenant.
    PersonNotInTenant,
}

/// Why turning SCIM on failed: the app's definition, or any other problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnableProblem {
    Security(SecurityProblem),
    Failed(Problem),
}
