//! What the wizard hears when a command's job failed inside this program (it panicked): the
//! answer every awaited command still gets. The match is exhaustive, so a new command cannot
//! forget its answer.

use super::protocol::{Command, Event};
use super::{EnableProblem, Problem};

impl Command {
    /// The event that tells the wizard this command failed inside this program (its job
    /// panicked). `None` for commands nobody waits for.
    pub fn failure(&self) -> Option<Event> {
        let result = Err(Problem::Internal);
        Some(match *self {
            Command::SignIn { request, .. } => Event::SignedIn { request, result },
            Command::ListenForBrowserSignIn { request, .. } => Event::BrowserCredentials {
                request,
                result: Err(Problem::Internal),
            },
            Command::LoadApps { request } => Event::AppsLoaded {
                request,
                result: Err(Problem::Internal),
            },
            Command::SurveyFleet { request } => Event::FleetSurveyed {
                request,
                result: Err(Problem::Internal),
            },
            Command::LoadApp { request, .. } => Event::AppLoaded {
                request,
                result: Err(Problem::Internal),
            },
            Command::ReadScim { request, .. } => Event::ScimRead {
                request,
                result: Err(Problem::Internal),
            },
            Command::Enable { request, .. } => Event::Enabled {
                request,
                result: Err(EnableProblem::Failed(Problem::Internal)),
            },
            Command::Test { request, .. } => Event::Tested {
                request,
                result: Err(Problem::Internal),
            },
            Command::WatchUsers { request, .. } => Event::Users {
                request,
                result: Err(Problem::Internal),
            },
            Command::CheckBoth { request, .. } => Event::BothChecked {
                request,
                result: Err(Problem::Internal),
            },
            Command::Rotate { request, .. } => Event::Rotated {
                request,
                result: Err(Problem::Internal),
            },
            Command::OpenHandOff { request, .. } => Event::HandOffOpened {
                request,
                result: Err(super::outcomes::HandOffProblem::Unreadable),
            },
            Command::MakeHandOff { request, .. } => Event::HandOffMade {
                request,
                result: Err(super::outcomes::HandOffProblem::NotWritten),
            },
            Command::FindScimUser { request, .. } => Event::ScimUserFound {
                request,
                result: Err(Problem::Internal),
            },
            Command::RestoreClientSecret { .. } => Event::ClientSecretRestored(None),
            Command::SearchTenant { request, .. } => Event::TenantSearched {
                request,
                result: Err(Problem::Internal),
            },
            Command::SetUpTenantAccess { request, .. } => Event::TenantAccessSetUp {
                request,
                result: Err(Problem::Internal),
            },
            Command::MicrosoftSignIn { request, .. } => Event::MicrosoftSignedIn {
                request,
                result: Err(Problem::Internal),
            },
            Command::EntraConnect { request, .. } => Event::EntraConnected {
                request,
                result: Err(Problem::Internal),
            },
            Command::EntraActivity { request, .. } => Event::EntraActivity {
                request,
                result: Err(Problem::Internal),
            },
            Command::EntraJobStatus { request, .. } => Event::EntraJobStatus {
                request,
                result: Err(Problem::Internal),
            },
            Command::RememberClient { .. } => Event::ClientRemembered(false),
            Command::SaveTrace { ref path } => Event::TraceSaved {
                path: path.clone(),
                saved: false,
            },
            Command::SaveReport { ref files } => Event::ReportSaved {
                path: files.first().map(|(p, _)| p.clone()).unwrap_or_default(),
                saved: false,
            },
            Command::StopBrowserSignIn
            | Command::CancelTest
            | Command::StopWatchingUsers
            | Command::CancelEntraActivity
            | Command::ForgetMicrosoft
            | Command::CancelEntraConnect
            | Command::Forget => return None,
        })
    }
}
