//! The messages into and out of the state machine: [`Action`]s from the window, [`Command`]s to
//! the worker, [`Event`]s back from it. Every command the wizard waits for carries a
//! [`RequestId`] that its event echoes, so that a late answer to an old request is recognised and
//! dropped instead of overwriting newer state.

use super::outcomes::{ChosenApp, ScimBefore};
use super::problem::{EnableProblem, Problem};
use crate::address::ServerAddress;
use crate::appsemble::{AppChoice, Credentials};
use crate::diagnostics::CleanUp;
use crate::enable::EnableOutcome;
use crate::probe::TestReport;
use crate::secret::Secret;
use crate::watch::UsersSnapshot;

/// What the Entra side looks like after provisioning one person or starting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntraActivity {
    pub on_demand: Option<crate::graph::OnDemand>,
    pub status: crate::graph::JobStatus,
    /// The provisioning logs' failures, or why they could not be read (no Entra ID P1).
    pub problems: Result<Vec<crate::graph::LogProblem>, crate::graph::GraphError>,
}

/// Names one piece of network work, so that its answer can be matched to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RequestId(u64);

/// Hands out request ids, never the same twice in one run.
#[derive(Debug, Default)]
pub struct Requests(u64);

impl Requests {
    pub fn issue(&mut self) -> RequestId {
        self.0 += 1;
        RequestId(self.0)
    }
}

/// The one request a sub-state waits for, if any.
#[derive(Debug, Default)]
pub struct InFlight(Option<RequestId>);

impl InFlight {
    /// Starts waiting for a new request; an older one is forgotten.
    pub fn start(&mut self, requests: &mut Requests) -> RequestId {
        let id = requests.issue();
        self.0 = Some(id);
        id
    }

    pub fn busy(&self) -> bool {
        self.0.is_some()
    }

    /// True when `request` is the awaited one, which is then no longer awaited.
    pub fn settle(&mut self, request: RequestId) -> bool {
        let awaited = self.0 == Some(request);
        if awaited {
            self.0 = None;
        }
        awaited
    }

    /// True when `request` is the awaited one; it stays awaited (for streams of answers).
    pub fn is(&self, request: RequestId) -> bool {
        self.0 == Some(request)
    }

    pub fn forget(&mut self) {
        self.0 = None;
    }
}

/// A click or key press, as the window reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    GoTo(super::Step),
    Next,
    Back,
    SignIn,
    SignInWithBrowser,
    CancelBrowserSignIn,
    /// Sign in with the `id:secret` pasted from the studio page, when its hand-off did not arrive.
    UsePastedClientCredentials,
    SignOut,
    ChooseApp(u64),
    UseAppAddress,
    EnableScim,
    KeepToken,
    AskReplaceToken,
    CancelReplaceToken,
    ConfirmReplaceToken,
    RunTest,
    Rehearse,
    CancelTest,
    StartWatching,
    StopWatching,
    SignInWithMicrosoft,
    /// Create this tenant's own app registration to sign in with (one bootstrap sign-in).
    SetUpTenantAccess,
    /// "Do it for me": set up provisioning in Entra through Microsoft Graph.
    DoItForMe,
    /// Entra's Provision on demand for the person named in step 8.
    ProvisionOnePerson,
    /// Start provisioning in Entra.
    StartInEntra,
    /// Stop waiting for a fresh assignment to count.
    CancelEntraActivity,
    /// Go ahead with "Set up access" after reading what it will ask for.
    ConfirmTenantAccess,
    CancelTenantAccess,
    /// Forget the Microsoft session (a shared workstation).
    SignOutOfMicrosoft,
    /// Save the Microsoft exchange for support, after a failure.
    SaveTrace,
    /// Stop "Do it for me".
    CancelDoItForMe,
    /// Search the tenant's users and groups for the text typed in step 3.
    SearchTenant,
    /// Add a found user or group to the people "Do it for me" assigns.
    AddToAssign(crate::graph::Principal),
    /// A way in from the first screen (`None`: back to the first screen).
    ChooseWay(Option<super::Way>),
    /// "Set it up for me": run every stage; `replace_token` once the admin agreed to replace a
    /// token this sign-in cannot read.
    Connect {
        replace_token: bool,
    },
    /// Do not replace the token after all.
    CancelConnect,
    /// Stop Connect where it is.
    StopConnect,
    /// Back to the sign-ins and who gets access after Connect ran (its stages are forgotten).
    EditConnect,
    /// Continue by hand on this guided step.
    ByHand(super::Step),
    /// Open the received hand-off file with the typed passphrase.
    OpenHandOff,
    /// Seal this app's Tenant URL and token for the customer's Entra admin.
    MakeHandOff,
    /// "Replace the token everywhere", then its confirmation.
    AskRotate,
    ConfirmRotate,
    CancelRotate,
    /// Step 8: the live test and Entra's own check of its token, in one answer.
    CheckBoth,
    /// "All your SCIM apps" (from step 4), checking them the first time.
    OpenFleet,
    CloseFleet,
    CheckFleetAgain,
    /// Open this app of the fleet view on the guided path, at its next step.
    OpenFromFleet(u64),
}

/// Network and desktop work for the worker. Each carries what it needs, so the worker keeps no
/// wizard state.
#[derive(Debug)]
pub enum Command {
    SignIn {
        request: RequestId,
        server: ServerAddress,
        credentials: Credentials,
    },
    ListenForBrowserSignIn {
        request: RequestId,
        server: ServerAddress,
    },
    StopBrowserSignIn,
    LoadApps {
        request: RequestId,
    },
    LoadApp {
        request: RequestId,
        app_id: u64,
    },
    ReadScim {
        request: RequestId,
        app_id: u64,
    },
    Enable {
        request: RequestId,
        app_id: u64,
        keep_token: bool,
    },
    Test {
        request: RequestId,
        tenant_url: String,
        token: Secret,
        rehearse: bool,
    },
    CancelTest,
    WatchUsers {
        request: RequestId,
        tenant_url: String,
        token: Secret,
    },
    StopWatchingUsers,
    /// Reads and opens a hand-off file (scrypt: about a second).
    OpenHandOff {
        request: RequestId,
        path: std::path::PathBuf,
        passphrase: Secret,
    },
    /// Makes a passphrase, seals the hand-off and writes it owner-only.
    MakeHandOff {
        request: RequestId,
        path: std::path::PathBuf,
        handoff: Box<crate::handoff::HandOff>,
    },
    /// A new token in Appsemble, saved into the enterprise application's job at once.
    Rotate {
        request: RequestId,
        app_id: u64,
        service_principal: String,
        notify: Option<String>,
    },
    CheckBoth {
        request: RequestId,
        tenant_url: String,
        token: Secret,
        /// The enterprise application, when Entra's half can be checked.
        service_principal: Option<String>,
    },
    /// Reads back one person from the app's SCIM users (the express path's last step).
    FindScimUser {
        request: RequestId,
        tenant_url: String,
        token: Secret,
        user_name: String,
    },
    /// Checks every app of the signed-in account's organisations (reads only).
    SurveyFleet {
        request: RequestId,
    },
    RememberClient {
        server: ServerAddress,
        id: String,
        secret: Secret,
    },
    /// Users and groups whose names start with `text`.
    SearchTenant {
        request: RequestId,
        text: String,
    },
    /// Signs in with the bootstrap client and creates the tenant's app registration.
    SetUpTenantAccess {
        request: RequestId,
        /// The app registration made before, reused only after it is checked.
        recorded: Option<String>,
    },
    /// Signs in with Microsoft in the system browser; the worker keeps the Graph token.
    MicrosoftSignIn {
        request: RequestId,
        client_id: String,
        /// Where to sign in: the tenant's id for its own app, `organizations` for the built-in one.
        tenant: String,
    },
    EntraConnect {
        request: RequestId,
        options: crate::graph::ConnectOptions,
    },
    /// Provision one person now (`upn`), or start provisioning (`upn` empty), then read the
    /// job's status and the first problems of its logs.
    EntraActivity {
        request: RequestId,
        service_principal: String,
        job: String,
        provision: Option<String>,
        start: bool,
    },
    /// Reads the job's state and its logs' first problems (step 8's poll).
    EntraJobStatus {
        request: RequestId,
        service_principal: String,
        job: String,
    },
    /// Stops a Provision on demand that waits for an assignment to count.
    CancelEntraActivity,
    /// Drops the Graph client and its tokens.
    ForgetMicrosoft,
    /// Stops "Do it for me" (for example during a long wait for replication).
    CancelEntraConnect,
    /// Writes the Microsoft exchange so far, every secret removed.
    SaveTrace {
        path: std::path::PathBuf,
    },
    /// Writes the support report (Markdown, then JSON) owner-only, off the UI thread.
    SaveReport {
        files: Vec<(std::path::PathBuf, String)>,
    },
    /// Reads the remembered client secret from the OS keyring (which may prompt to unlock).
    RestoreClientSecret {
        server: ServerAddress,
        client_id: String,
    },
    Forget,
}

/// A finished piece of work, as the worker reports it.
#[derive(Debug)]
pub enum Event {
    SignedIn {
        request: RequestId,
        result: Result<(), Problem>,
    },
    BrowserWaiting {
        request: RequestId,
        url: String,
    },
    BrowserCredentials {
        request: RequestId,
        result: Result<(String, Secret), Problem>,
    },
    AppsLoaded {
        request: RequestId,
        result: Result<Vec<AppChoice>, Problem>,
    },
    AppLoaded {
        request: RequestId,
        result: Result<ChosenApp, Problem>,
    },
    ScimRead {
        request: RequestId,
        result: Result<ScimBefore, Problem>,
    },
    Enabled {
        request: RequestId,
        result: Result<EnableOutcome, EnableProblem>,
    },
    Tested {
        request: RequestId,
        result: Result<TestReport, Problem>,
    },
    /// A rehearsal was cancelled after it created its test user; what became of that user.
    TestCancelled(CleanUp),
    Users {
        request: RequestId,
        result: Result<UsersSnapshot, Problem>,
    },
    HandOffOpened {
        request: RequestId,
        result: Result<crate::handoff::HandOff, super::outcomes::HandOffProblem>,
    },
    HandOffMade {
        request: RequestId,
        result: Result<super::outcomes::Made, super::outcomes::HandOffProblem>,
    },
    Rotated {
        request: RequestId,
        result: Result<crate::rotate::RotateReport, Problem>,
    },
    BothChecked {
        request: RequestId,
        result: Result<crate::rotate::BothHalves, Problem>,
    },
    /// The person read back from the app (`None`: not there).
    ScimUserFound {
        request: RequestId,
        result: Result<Option<crate::watch::ScimUserSummary>, Problem>,
    },
    ClientSecretRestored(Option<Secret>),
    MicrosoftSignInWaiting {
        request: RequestId,
        url: String,
    },
    /// Signed in with Microsoft, as this person (`GET /me`).
    MicrosoftSignedIn {
        request: RequestId,
        result: Result<crate::graph::Principal, Problem>,
    },
    TenantSearched {
        request: RequestId,
        result: Result<Vec<crate::graph::Principal>, Problem>,
    },
    /// The app registration "Set up access" created (or reused after checking it).
    TenantAccessSetUp {
        request: RequestId,
        result: Result<crate::graph::TenantAccess, Problem>,
    },
    TraceSaved {
        path: std::path::PathBuf,
        saved: bool,
    },
    /// The report's first file, and whether every file was written.
    ReportSaved {
        path: std::path::PathBuf,
        saved: bool,
    },
    /// "Do it for me" began this step.
    EntraConnectStep {
        request: RequestId,
        step: crate::graph::StepId,
    },
    /// Provision on demand waits this many seconds for a fresh assignment to count.
    EntraWaiting {
        request: RequestId,
        seconds: u64,
    },
    EntraConnected {
        request: RequestId,
        result: Result<crate::graph::ConnectReport, Problem>,
    },
    EntraActivity {
        request: RequestId,
        result: Result<EntraActivity, Problem>,
    },
    EntraJobStatus {
        request: RequestId,
        result: Result<EntraActivity, Problem>,
    },
    FleetSurveyed {
        request: RequestId,
        result: Result<crate::fleet::Fleet, Problem>,
    },
    /// Whether "Remember" could save the client credentials in the keyring.
    ClientRemembered(bool),
}
