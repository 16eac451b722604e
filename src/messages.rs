//! Every sentence a user reads, in one place, so that a translation only has to touch this file.
//!
//! The core produces typed findings and errors; this module turns each into a one-line summary a
//! non-developer understands and a concrete next step.

use crate::address::{ENTRA_SCIM_FLAG, UrlProblem};
use crate::appsemble::{AppsembleError, NetworkProblem};
use crate::mappings::MappingReason;
use crate::probe::{
    CheckId, DiscoveryClaim, Finding, RehearsalFailure, RehearsalStep, RejectCause, TlsFailure,
};

/// A summary of what happened and what to do about it. `fix` is empty when nothing needs doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    pub summary: String,
    pub fix: String,
}

fn says(summary: impl Into<String>, fix: impl Into<String>) -> Explanation {
    Explanation {
        summary: summary.into(),
        fix: fix.into(),
    }
}

/// A short name for each check, for tables and headings.
pub fn check_name(id: CheckId) -> &'static str {
    match id {
        CheckId::Url => "Tenant URL",
        CheckId::Dns => "Server name",
        CheckId::Connect => "Connection",
        CheckId::Tls => "Secure connection (TLS)",
        CheckId::Auth => "Secret Token",
        CheckId::EntraTestConnection => "Entra's Test Connection",
        CheckId::Health => "Server health",
        CheckId::Groups => "Groups",
        CheckId::Discovery => "Discovery endpoints",
        CheckId::Mappings => "Attribute mappings",
        CheckId::Rehearsal => "Rehearsal of the first sync",
    }
}

/// Summary and fix for one check outcome.
pub fn explain(finding: &Finding) -> Explanation {
    use Finding::*;
    match finding {
        UrlOk => says(
            "The Tenant URL has the form Appsemble and Entra expect.",
            "",
        ),
        UrlLoopbackHttp => says(
            "The Tenant URL uses plain http to this computer. That is fine for a test server.",
            "Entra only connects over https to a server on the internet; use the https address of your Appsemble server in Entra.",
        ),
        UrlProblem { problem, corrected } => explain_url(problem, corrected.as_deref()),
        DnsResolved { host, addresses } => {
            says(format!("{host} was found ({addresses} address(es))."), "")
        }
        DnsIpAddress => says(
            "The Tenant URL uses an IP address, so no name lookup is needed.",
            "",
        ),
        DnsNotFound { host } => says(
            format!("The server name {host} could not be found."),
            "Check the spelling of the server name in the Tenant URL. If it is right, check this computer's internet connection or ask IT whether the name is only known inside another network.",
        ),
        DnsTimeout { host, seconds } => says(
            format!("Looking up {host} took longer than {seconds} s."),
            "Check this computer's internet connection and try again.",
        ),
        Connected { address } => says(format!("The server answered at {address}."), ""),
        ConnectRefused { address } => says(
            format!("Nothing accepts connections at {address}."),
            "Check the address and port in the Tenant URL. If they are right, the Appsemble server is down: try again later or ask whoever runs it.",
        ),
        ConnectTimeout { address, seconds } => says(
            format!("{address} did not answer within {seconds} s."),
            "A firewall may block the connection, or the server is down. Check that the server is reachable from the internet; Entra connects from Microsoft's network, not from yours.",
        ),
        ConnectFailed { address } => says(
            format!("The connection to {address} failed."),
            "Check the address in the Tenant URL and this computer's network connection.",
        ),
        TlsOk => says("The server's certificate is valid and trusted.", ""),
        TlsNotUsed => says("Plain http: there is no certificate to check.", ""),
        Tls { failure, host } => explain_tls(*failure, host),
        TlsTimeout { seconds } => says(
            format!("The secure connection was not set up within {seconds} s."),
            "The server or a proxy in between is not responding. Try again later; if it keeps happening, ask whoever runs the server.",
        ),
        AuthAccepted => says("Appsemble accepted the Secret Token.", ""),
        AuthRejected { cause } => explain_rejection(cause),
        AuthForbidden => says(
            "The server refused access (403) with this token.",
            "Make a new token in this assistant (or in Appsemble Studio under Secrets > SCIM) and paste it into Entra as the Secret Token.",
        ),
        AuthNotReached => says(
            "The token could not be checked, because the request did not reach Appsemble's SCIM endpoint.",
            "Fix the problem reported under Entra's Test Connection first.",
        ),
        TestConnectionPasses => says(
            "Entra's Test Connection will pass: the server answered with an empty SCIM user list.",
            "",
        ),
        EndpointNotFound => says(
            "There is no SCIM endpoint at this address (404).",
            "Check that the Tenant URL points at your Appsemble server itself, for example https://appsemble.app/api/apps/42/scim, and not at the app's own address or another website.",
        ),
        ServerError { status } => says(
            format!("The server had an internal error ({status})."),
            "This is a problem on the server, not in your settings. Try again in a few minutes; if it stays, send the report to Appsemble support.",
        ),
        HtmlPage => says(
            "A web page answered instead of the SCIM endpoint. That happens with a proxy or login portal, or when the URL points at the app's own website.",
            "Use the Tenant URL on the Appsemble server itself (https://<server>/api/apps/<id>/scim). If your network sends traffic through a login portal, test from a network without one.",
        ),
        NotScim { content_type } => says(
            format!(
                "The server answered, but not with a SCIM user list (type: {}).",
                or_unknown(content_type)
            ),
            "Check that the Tenant URL points at your Appsemble server and ends in /api/apps/<id>/scim.",
        ),
        InvalidJson => says(
            "The server's answer claims to be data but cannot be read.",
            "Something between you and Appsemble changes the answer, or the server is broken. Send the report to Appsemble support.",
        ),
        BodyTooLarge { limit_kib } => says(
            format!(
                "The answer was larger than {limit_kib} KiB, which no SCIM user list for this test should be. Reading stopped there."
            ),
            "Check that the Tenant URL points at your Appsemble server's SCIM endpoint and not at a download or another service.",
        ),
        FilterIgnored { total } => says(
            format!(
                "The server returned {total} user(s) for a user that cannot exist, so it ignores Entra's search."
            ),
            "Entra would match the wrong people. Check that the Tenant URL points at Appsemble; if it does, send the report to Appsemble support.",
        ),
        Redirect { location } => says(
            format!(
                "The server sends requests elsewhere (redirect to {}). Entra does not follow redirects, and the token is not sent on.",
                or_unknown(location)
            ),
            "Use the final address in the Tenant URL: start it with https:// and the server's main address.",
        ),
        NoAnswer { seconds } => says(
            format!("The server did not answer within {seconds} s."),
            "The server is overloaded or something in between holds the request. Try again later; Entra gives up after 60 s and retries hours later.",
        ),
        NotAcceptable => says(
            "The server refused the type of answer Entra asks for (406).",
            "Something between you and Appsemble changes the request headers. Test from another network or send the report to Appsemble support.",
        ),
        UnexpectedStatus { status } => says(
            format!("The server answered with status {status}, which Entra does not accept."),
            "Check the Tenant URL; if it is right, send the report to Appsemble support.",
        ),
        RequestFailed => says(
            "The connection broke off before the server answered.",
            "Try again. If it keeps happening, a proxy or firewall may be interfering.",
        ),
        HealthOk { version } => says(
            match version {
                Some(version) => format!("The Appsemble server is healthy (version {version})."),
                None => "The Appsemble server is healthy.".to_string(),
            },
            "",
        ),
        HealthUnhealthy { status } => says(
            format!("The Appsemble server reports a problem with itself ({status})."),
            "Entra's requests will fail until the server is healthy again. Try later, or tell whoever runs the server.",
        ),
        HealthUnknown => says(
            "The server's health could not be read, so it may not be an Appsemble server.",
            "Check that the Tenant URL points at your Appsemble server.",
        ),
        GroupsSupported => says("The server accepts group lookups.", ""),
        GroupsNotSupported => says(
            "Appsemble has no groups endpoint, as expected. Entra must not send groups.",
            "In Entra, open Attribute mapping, choose the groups mapping (\"Provision Microsoft Entra ID Groups\"), set Enabled to No and save.",
        ),
        GroupsUnclear { status } => says(
            format!("The groups endpoint answered {status}."),
            "Switch group provisioning off in Entra (Attribute mapping > groups mapping > Enabled: No).",
        ),
        DiscoveryComplete => says(
            "The SCIM discovery endpoints answer as validators expect.",
            "",
        ),
        DiscoveryGaps {
            missing,
            wrong_claims,
        } => {
            let mut parts = Vec::new();
            if !missing.is_empty() {
                parts.push(format!("{} answer 404", missing.join(", ")));
            }
            for claim in wrong_claims {
                parts.push(match claim {
                    DiscoveryClaim::FilterUnsupported => {
                        "the server claims it cannot filter (it can)".to_string()
                    }
                    DiscoveryClaim::BasicAuthOnly => {
                        "the server claims it wants a password (it wants the token)".to_string()
                    }
                });
            }
            says(
                format!(
                    "Appsemble's self-description is incomplete: {}. Entra does not read these for this kind of app.",
                    parts.join("; ")
                ),
                "Nothing to do for Entra. Microsoft's SCIM Validator will report these as failures; that is expected with Appsemble.",
            )
        }
        MappingsNeedChanges { delete, change } => says(
            format!(
                "Entra's default attribute mappings would make every update fail: {delete} must be deleted and {change} changed."
            ),
            "In Entra, open Attribute mapping > the users mapping, and make it match the list under \"Attribute mappings\" in this assistant (or the report).",
        ),
        RehearsalPasses => says(
            "The rehearsal of Entra's first sync worked: a test user was created, read, deactivated, reactivated and deleted.",
            "",
        ),
        RehearsalNotRequested => says(
            "Not run. The rehearsal creates and deletes a test user in the app.",
            "Run it with --rehearse (or the Rehearse button) to find out whether provisioning will work before you start it.",
        ),
        RehearsalFailed(failure) => explain_rehearsal(failure),
        Skipped { because } => says(
            format!(
                "Not tested, because the check \"{}\" failed.",
                check_name(*because)
            ),
            "",
        ),
    }
}

/// What a rehearsal step does, in words.
pub fn rehearsal_step(step: RehearsalStep) -> &'static str {
    match step {
        RehearsalStep::Lookup => "looking up the user",
        RehearsalStep::Create => "creating the user",
        RehearsalStep::ReadBack => "reading the user back",
        RehearsalStep::Deactivate => "deactivating the user",
        RehearsalStep::Reactivate => "reactivating the user",
        RehearsalStep::Delete => "deleting the user",
    }
}

fn explain_rehearsal(failure: &RehearsalFailure) -> Explanation {
    let status = match failure.status {
        Some(status) => format!("answered {status}"),
        None => "did not answer".to_string(),
    };
    let version = failure
        .server_version
        .as_deref()
        .map(|v| format!(" (Appsemble {v})"))
        .unwrap_or_default();
    let mut summary = if failure.server_side() {
        format!(
            "Provisioning will fail on the Appsemble side: while {}, the server{version} {status} to {}. Nothing in Azure can fix this.",
            rehearsal_step(failure.step),
            failure.request
        )
    } else {
        format!(
            "While {}, the server{version} {status} to {}: {}",
            rehearsal_step(failure.step),
            failure.request,
            or_unknown(&failure.detail)
        )
    };
    if let Some(left) = &failure.leftover {
        let state = if left.deactivated {
            "deactivated"
        } else {
            "still active"
        };
        summary.push_str(&format!(
            " The test user {} (id {}) could not be removed and is {state}.",
            left.user_name, left.id
        ));
    }
    let mut fix = if failure.server_side() {
        "Do not start provisioning yet. Send this report to Appsemble support (or whoever runs the server) so the server can be fixed or upgraded; run the rehearsal again afterwards.".to_string()
    } else {
        "Check the app's security definition and the server's answer above; if it is unclear, send this report to Appsemble support.".to_string()
    };
    if failure.leftover.is_some() {
        fix.push_str(" Remove the test user from the app's members in Appsemble Studio.");
    }
    says(summary, fix)
}

/// Why a mapping row needs attention, in words.
pub fn mapping_reason(reason: MappingReason) -> &'static str {
    match reason {
        MappingReason::Supported => "Appsemble uses it.",
        MappingReason::UnknownToAppsemble => "Appsemble rejects every update that contains it.",
        MappingReason::ManagerCrashes => "Appsemble fails on every update that sets a manager.",
        MappingReason::ExternalIdCase => {
            "mailNickname may contain capitals, which Appsemble cannot search for; objectId is always lower case and also matches what SAML sign-in uses."
        }
    }
}

fn or_unknown(text: &str) -> &str {
    if text.is_empty() { "unknown" } else { text }
}

fn use_instead(corrected: Option<&str>) -> String {
    match corrected {
        Some(url) => format!("Use this Tenant URL instead: {url}"),
        None => "The Tenant URL has the form https://<server>/api/apps/<app id>/scim, for example https://appsemble.app/api/apps/42/scim.".to_string(),
    }
}

fn explain_url(problem: &UrlProblem, corrected: Option<&str>) -> Explanation {
    let fix = use_instead(corrected);
    match problem {
        UrlProblem::Empty => says("No Tenant URL was given.", fix),
        UrlProblem::NotAUrl => says(
            "This is not a complete web address; it must start with https://.",
            fix,
        ),
        UrlProblem::UnsupportedScheme(scheme) => says(
            format!("Addresses starting with {scheme}:// cannot be used."),
            fix,
        ),
        UrlProblem::HttpToPublicHost => says(
            "The Tenant URL starts with http://. Entra only connects over https, and the token would travel unencrypted.",
            fix,
        ),
        UrlProblem::HasQuery { entra_flag: true } => says(
            format!(
                "The Tenant URL ends with ?{ENTRA_SCIM_FLAG}. With that flag Entra sends values Appsemble rejects, so every deactivation would fail."
            ),
            fix,
        ),
        UrlProblem::HasQuery { entra_flag: false } => says(
            "The Tenant URL has something after a question mark, which Appsemble does not expect.",
            fix,
        ),
        UrlProblem::HasFragment => says("The Tenant URL has something after a # sign.", fix),
        UrlProblem::TrailingResource(resource) => says(
            format!(
                "The Tenant URL ends with /{resource}. Entra adds /Users itself, so it would ask for /{resource}/Users."
            ),
            fix,
        ),
        UrlProblem::TrailingSlash => says(
            "The Tenant URL ends with a slash; Appsemble then finds no SCIM endpoint.",
            fix,
        ),
        UrlProblem::UppercaseScim => says(
            "The Tenant URL has SCIM in capitals. Appsemble only accepts the token on lower-case /scim.",
            fix,
        ),
        UrlProblem::AppDomain => says(
            "The Tenant URL uses the app's own address. That address shows the app; the SCIM endpoint is only on the main Appsemble server.",
            fix,
        ),
        UrlProblem::WrongPath => says(
            "This address is not a Tenant URL: it must end in /api/apps/<app id>/scim.",
            fix,
        ),
    }
}

fn explain_tls(failure: TlsFailure, host: &str) -> Explanation {
    match failure {
        TlsFailure::Untrusted => says(
            format!("The certificate of {host} is not trusted by this computer."),
            "If your company inspects internet traffic, ask IT to install its root certificate on this computer. Otherwise the server's certificate is self-made or incomplete: whoever runs the server must install one from a public certificate authority, because Entra only trusts those.",
        ),
        TlsFailure::Expired => says(
            format!("The certificate of {host} has expired (or this computer's clock is wrong)."),
            "Check the date and time on this computer. If they are right, whoever runs the server must renew its certificate; Entra will refuse it too.",
        ),
        TlsFailure::WrongHost => says(
            format!("The certificate is not made out to {host}."),
            "Check the server name in the Tenant URL; use the name the server's certificate is for (for Appsemble's cloud: appsemble.app).",
        ),
        TlsFailure::NotTls => says(
            format!("{host} does not speak https on this port."),
            "Check the port in the Tenant URL, or whether the server only offers http; Entra needs https.",
        ),
        TlsFailure::Other => says(
            format!("The secure connection to {host} could not be set up."),
            "Try again. If it keeps failing, a proxy may be interfering: ask IT, and send the report to Appsemble support.",
        ),
    }
}

fn explain_rejection(cause: &RejectCause) -> Explanation {
    match cause {
        RejectCause::Unknown => says(
            "Appsemble refused the Secret Token (401). It gives the same answer for a wrong token, for SCIM switched off, and for a wrong app id.",
            "Sign in to Appsemble in this assistant so it can find out which, or check in Appsemble Studio under the app's Secrets > SCIM that SCIM is enabled, and copy a fresh token.",
        ),
        RejectCause::WrongToken => says(
            "SCIM is on, but the Secret Token is not the one stored in Appsemble.",
            "Copy the current token from this assistant (or make a new one) and paste it into Entra as the Secret Token.",
        ),
        RejectCause::ScimDisabled => says(
            "SCIM is switched off for this app, so Appsemble refuses every token.",
            "Turn SCIM on in this assistant (or tick Enable SCIM under the app's Secrets > SCIM in Appsemble Studio).",
        ),
        RejectCause::NoTokenStored => says(
            "SCIM is on, but no token was ever made for this app.",
            "Make a token in this assistant, then paste it into Entra as the Secret Token.",
        ),
        RejectCause::AppNotFound => says(
            "There is no app with this id on the server, so Appsemble refuses every token.",
            "Check the number after /apps/ in the Tenant URL; it is the number in the app's address in Appsemble Studio.",
        ),
        RejectCause::CorrectTokenRefused => says(
            "The token is the right one and SCIM is on, yet the request was refused. Something between you and Appsemble removes the token from the request.",
            "Test from a network without a proxy, or ask IT whether a proxy strips the Authorization header.",
        ),
        RejectCause::SignInCannotTell => says(
            "Appsemble refused the Secret Token (401). With client credentials this assistant cannot read the stored token to find out why.",
            "Sign in with your email address and password to find the cause, or make a new token and paste it into Entra.",
        ),
    }
}

/// Summary and fix for a failure while talking to the Appsemble API.
pub fn explain_error(error: &AppsembleError, server: &str) -> Explanation {
    use AppsembleError::*;
    match error {
        Network { problem } => explain_network(*problem, server),
        Redirected { location } => says(
            format!("{server} redirects to {}.", or_unknown(location)),
            "Use the address it redirects to (usually the https:// form) as the server.",
        ),
        WrongEmailOrPassword => says(
            "Appsemble did not accept this email address and password.",
            "Check both and try again. If you sign in to Appsemble with GitHub, GitLab or Google, you have no password: use \"Sign in with your browser\" or client credentials instead.",
        ),
        ClientCredentialsRejected => says(
            "Appsemble did not accept these client credentials.",
            "Check that you copied both parts (id:secret), or make new ones in Appsemble Studio under Settings > Client credentials with the apps:write scope.",
        ),
        ClientCredentialsExpired => says(
            "These client credentials have expired or were revoked.",
            "Make new ones in Appsemble Studio under Settings > Client credentials with the apps:write scope.",
        ),
        ClientCredentialsMissingScope => says(
            "These client credentials may not change apps (the apps:write scope is missing).",
            "Make new client credentials with the apps:write scope in Appsemble Studio under Settings > Client credentials.",
        ),
        SessionExpired => says("The Appsemble session ended.", "Sign in again."),
        NeedsEmailSignIn => says(
            "Client credentials cannot list your apps or read the current token.",
            "Sign in with your email address and password for that, or give the app id directly.",
        ),
        AppNotFound { app_id } => says(
            format!("There is no app {app_id} on {server}."),
            "Check the app id: it is the number after /apps/ in the app's address in Appsemble Studio.",
        ),
        AppHidden { app_id } => says(
            format!("App {app_id} is private and this sign-in may not see it."),
            "Sign in with the email address of a member of the app's organisation.",
        ),
        NotAMember { app_id } => says(
            format!("Your account is not a member of the organisation that owns app {app_id}."),
            "Ask an owner of that organisation to invite you with the AppManager, Maintainer or Owner role.",
        ),
        RoleTooLow { app_id } => says(
            format!("Your role in the organisation of app {app_id} may not change its secrets."),
            "Ask an owner of the organisation to give you the AppManager, Maintainer or Owner role.",
        ),
        UnexpectedAnswer { status, .. } => says(
            format!("{server} gave an answer Appsemble does not give (status {status})."),
            "Check that the server address is your Appsemble server. If it is, try again later or send the report to Appsemble support.",
        ),
        TlsSetup(_) => says(
            "This computer's list of trusted certificates could not be loaded.",
            "Ask IT to check the certificate store of this computer.",
        ),
        Random(_) => says(
            "This computer could not produce a random token.",
            "Try again; if it keeps failing, make the token in Appsemble Studio under Secrets > SCIM.",
        ),
    }
}

fn explain_network(problem: NetworkProblem, server: &str) -> Explanation {
    match problem {
        NetworkProblem::Unreachable => says(
            format!("{server} could not be reached."),
            "Check the server address and this computer's internet connection.",
        ),
        NetworkProblem::Timeout => says(
            format!("{server} did not answer in time."),
            "Try again later; check this computer's internet connection.",
        ),
        NetworkProblem::Certificate => says(
            format!("The certificate of {server} is not trusted by this computer."),
            "If your company inspects internet traffic, ask IT to install its root certificate on this computer.",
        ),
        NetworkProblem::Other => says(
            format!("The connection to {server} broke off."),
            "Try again; if it keeps happening, a proxy or firewall may be interfering.",
        ),
    }
}

/// Texts of the command-line interface that are not findings.
pub mod cli {
    pub const NO_CREDENTIALS: &str = "No Appsemble sign-in found.";
    pub const NO_CREDENTIALS_FIX: &str = "Set APPSEMBLE_EMAIL and APPSEMBLE_PASSWORD, or APPSEMBLE_CLIENT_CREDENTIALS=id:secret, or run `appsemble login` once so the credentials are in this computer's keyring.";
    pub const NO_TOKEN: &str = "No Secret Token to test.";
    pub const NO_TOKEN_FIX: &str = "Put it in the SCIM_TOKEN environment variable, or pass --token-stdin and type it on one line.";
    pub const BAD_CLIENT_CREDENTIALS: &str =
        "APPSEMBLE_CLIENT_CREDENTIALS is not in the form id:secret.";
    pub const BAD_CLIENT_CREDENTIALS_FIX: &str = "Copy both parts, separated by a colon, from Appsemble Studio under Settings > Client credentials.";
    pub const NO_APP_ID: &str = "No app id was given.";
    pub const NO_APP_ID_FIX: &str = "Pass --app with the number after /apps/ in the app's address in Appsemble Studio, or paste the app's studio address as --server.";
    pub const SECURITY_MISSING: &str = "This app cannot take users from SCIM yet: its definition has no default role for new users.";
    pub const SECURITY_FIX_INTRO: &str =
        "Add this to the app definition in Appsemble Studio, save, and run this again:";
    pub const SECURITY_HIDDEN: &str =
        "Warning: this sign-in cannot see the app's security definition, so it was not checked.";
    pub const ENABLED: &str = "SCIM is on.";
    pub const TENANT_URL: &str = "Tenant URL";
    pub const SECRET_TOKEN: &str = "Secret Token";
    pub const TOKEN_NEW: &str = "(new)";
    pub const TOKEN_KEPT: &str = "(kept the existing token)";
    pub const TOKEN_MASKED_HINT: &str = "The token is shown masked. Add --show-token to print it, or --json to hand it to a script.";
    pub const TOKEN_REPLACED_WARNING: &str = "A new token replaced the old one: if Entra already had the old token, paste the new one there and press Test Connection again.";
    pub const NEXT_STEP: &str = "Next: paste both values into Entra (Enterprise app > Provisioning > Admin Credentials) and test them with `scim-assistant check`.";
    pub const ALL_PASSED: &str = "All checks passed.";
    pub const SOME_FAILED: &str =
        "Some checks failed. Fix the first one marked FAIL and run the test again.";
    pub const FIX: &str = "Fix";
    pub const ERROR: &str = "Error";
    pub const REPORT_UNWRITABLE: &str = "could not write the report to";
    pub const STDIN_UNREADABLE: &str = "Could not read the token from standard input.";
    pub const NO_WINDOW_YET: &str =
        "The setup window is not part of this version yet; use the commands below.";
}

/// Texts of the setup window.
pub mod wizard {
    use crate::wizard::Step;

    pub const WINDOW_TITLE: &str = "Appsemble SCIM Setup Assistant";
    pub const NEXT: &str = "Next";
    pub const BACK: &str = "Back";
    pub const CANCEL: &str = "Cancel";
    pub const COPY: &str = "Copy";
    pub const COPIED: &str = "Copied!";
    pub const SHOW: &str = "Show";
    pub const HIDE: &str = "Hide";
    pub const STEP_DONE: &str = "done";
    pub const STEP_CURRENT: &str = "current step";
    pub const STEP_TODO: &str = "to do";
    pub const FIX: &str = "What to do";
    pub const WORKING: &str = "Working…";
    pub const SUGGESTED_NAME_UNKNOWN: &str = "Appsemble - <your app's name>";
    pub const SERVER_FIX: &str =
        "Type the address of your Appsemble server, for example https://appsemble.app.";
    pub const FILL_IN_SIGN_IN: &str = "Fill in both fields to sign in.";
    pub const APP_ADDRESS_UNREADABLE: &str = "No app id found in what you typed.";
    pub const APP_ADDRESS_FIX: &str = "Type the app's number, or paste its address from Appsemble Studio, for example https://appsemble.app/en/apps/42/my-app.";
    pub const BROWSER_FAILED: &str = "The browser sign-in could not be started on this computer.";
    pub const BROWSER_FAILED_FIX: &str = "Use client credentials instead: make them in Appsemble Studio under Settings > Client credentials with the apps:write scope.";
    pub const BROWSER_BAD_ANSWER: &str =
        "Appsemble Studio sent credentials this assistant could not read.";
    pub const NO_WINDOW: &str = "The setup window could not be opened on this computer (no display?). The command-line commands still work: run scim-assistant --help.";

    /// Short step names for the stepper.
    pub fn step_title(step: Step) -> &'static str {
        match step {
            Step::Prepare => "Before you start",
            Step::CreateApp => "Create the app in Entra",
            Step::AssignUsers => "Assign users and groups",
            Step::Appsemble => "Sign in to Appsemble",
            Step::EnableScim => "Turn on SCIM",
            Step::Credentials => "Give Entra the credentials",
            Step::Mappings => "Attribute mappings",
            Step::Provision => "Start and watch",
            Step::Done => "Done",
        }
    }

    pub const PREPARE_INTRO: &str = "This assistant connects Microsoft Entra ID to one Appsemble app, so that people you assign in Entra get an account in the app automatically, and lose access there when they leave.";
    pub const PREPARE_NEEDS: &str = "You need:";
    pub const PREPARE_NEED_ENTRA: &str = "In Entra: a role that may create enterprise applications (Application Administrator or Cloud Application Administrator).";
    pub const PREPARE_NEED_APPSEMBLE: &str = "In Appsemble: the AppManager, Maintainer or Owner role in the organisation that owns the app.";
    pub const PREPARE_TIME: &str =
        "It takes about 15 minutes. Entra then adds users in cycles of about 40 minutes.";
    pub const PREPARE_CHANGES: &str = "What changes: in Appsemble, SCIM is switched on for the app and a secret token is made. Nothing else in the app changes. Your password is never stored.";

    pub const CREATE_INTRO: &str = "Entra sends users to apps it knows as \"enterprise applications\". Make one for this Appsemble app:";
    pub const CREATE_PATH_NEW: &str = "Entra admin center > Entra ID > Enterprise apps > New application > Create your own application";
    pub const CREATE_PATH_OLD: &str = "Older screens: Azure portal > Microsoft Entra ID > Enterprise applications > New application > Create your own application";
    pub const CREATE_NAME: &str = "Name for the app";
    pub const CREATE_CHOICE: &str = "Choose \"Integrate any other application you don't find in the gallery (Non-gallery)\", then Create.";
    pub const CREATE_OPEN: &str = "Open the Entra admin center";
    pub const CREATE_WARNING: &str = "Use an enterprise application, not an app registration: an app registration (made for sign-in with OpenID Connect) has no provisioning.";
    pub const ENTRA_ADMIN_URL: &str = "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview";

    pub const ASSIGN_INTRO: &str =
        "Entra only sends the people assigned to the enterprise application.";
    pub const ASSIGN_PATH: &str =
        "In the new app: Users and groups > Add user/group > choose people or groups > Assign.";
    pub const ASSIGN_GROUPS: &str = "Assigning whole groups needs Entra ID P1 or P2. Only direct members of a group are sent; groups inside groups are not expanded.";
    pub const ASSIGN_TIP: &str =
        "Tip: start with one or two test people; you can add the rest once the first ones arrived.";

    pub const SIGN_IN_INTRO: &str =
        "Sign in to Appsemble so this assistant can switch SCIM on for your app.";
    pub const SERVER: &str = "Appsemble server";
    pub const METHOD_PASSWORD: &str = "Email and password";
    pub const METHOD_CLIENT: &str = "Client credentials";
    pub const METHOD_BROWSER: &str = "Sign in with your browser";
    pub const EMAIL: &str = "Email";
    pub const PASSWORD: &str = "Password";
    pub const CLIENT_ID: &str = "Client id";
    pub const CLIENT_SECRET: &str = "Client secret";
    pub const REMEMBER: &str = "Remember these client credentials in this computer's keyring";
    pub const SIGN_IN: &str = "Sign in";
    pub const SIGN_OUT: &str = "Sign out";
    pub const SIGNED_IN: &str = "Signed in.";
    pub const BROWSER_INTRO: &str = "For accounts that sign in to Appsemble with GitHub, GitLab or Google. Your browser opens Appsemble Studio, which makes client credentials for this assistant and hands them over.";
    pub const BROWSER_START: &str = "Open Appsemble Studio in the browser";
    pub const BROWSER_WAITING: &str =
        "Waiting for Appsemble Studio… If no browser opened, open this address yourself:";
    pub const CLIENT_INTRO: &str = "Make client credentials in Appsemble Studio under Settings > Client credentials, with the apps:write scope. With client credentials the assistant cannot list your apps: give the app below.";
    pub const CHOOSE_APP: &str = "Choose the app";
    pub const APP_ADDRESS: &str = "App id or studio address";
    pub const USE_APP: &str = "Use this app";
    pub const NO_APPS: &str = "Your account is not in any organisation with apps.";
    pub const CHOSEN: &str = "Chosen app";
    pub const SECURITY_MISSING: &str = "This app cannot take users from Entra yet: its definition does not say which role new users get.";
    pub const SECURITY_ADD: &str =
        "Add this to the app definition in Appsemble Studio, save it, and choose the app again:";
    pub const OPEN_STUDIO: &str = "Open the app in Appsemble Studio";
    pub const SECURITY_HIDDEN: &str =
        "This sign-in cannot see the app's definition, so its security was not checked.";
    pub const SECURITY_READY: &str = "New users will get the role";

    pub fn role_too_low(role: &str) -> String {
        format!("Your role here is {role}. Changing secrets needs AppManager, Maintainer or Owner.")
    }

    pub const ENABLE_INTRO: &str =
        "One click switches SCIM on for the app and makes the secret token Entra will use.";
    pub const ENABLE_BUTTON: &str = "Turn on SCIM and create the token";
    pub const ENABLE_EXISTING: &str =
        "This app already has a SCIM token. If Entra is already connected with it, keep it.";
    pub const KEEP_TOKEN: &str = "Keep the current token";
    pub const REPLACE_TOKEN: &str = "Make a new token";
    pub const REPLACE_WARNING: &str = "A new token replaces the old one at once: any Entra connection using the old token stops working until you paste the new one there.";
    pub const REPLACE_CONFIRM: &str = "Replace the token";
    pub const ENABLED_NEW: &str = "SCIM is on and a new token was made.";
    pub const ENABLED_KEPT: &str = "SCIM is on; the current token was kept.";
    pub const ENABLE_NEEDS_APP: &str = "Choose an app in the previous step first.";
    pub const CLIENT_MAKES_NEW: &str =
        "With client credentials the current token cannot be read, so a new one will be made.";

    pub const CREDENTIALS_INTRO: &str = "Paste these two values into Entra.";
    pub const CREDENTIALS_PATH_NEW: &str = "New provisioning page: the enterprise app > Provisioning > New configuration > Tenant URL and Secret Token > Test connection > Create.";
    pub const CREDENTIALS_PATH_OLD: &str = "Older page: the enterprise app > Provisioning > Get started > Provisioning Mode: Automatic > Admin Credentials > Test Connection > Save.";
    pub const TENANT_URL: &str = "Tenant URL";
    pub const SECRET_TOKEN: &str = "Secret Token";
    pub const TOKEN_UNKNOWN: &str = "The token is not kept between runs. Paste the token Entra has to test it, or go back and make a new one.";
    pub const TOKEN_TO_TEST: &str = "Token to test";
    pub const CLIPBOARD_NOTE: &str =
        "The clipboard is emptied 60 seconds after you copy the token, if it still holds it.";
    pub const CLIPBOARD_CLEARED: &str = "The token was removed from the clipboard.";
    pub const CLIPBOARD_UNAVAILABLE: &str =
        "This computer's clipboard is not available: select the text and copy it by hand.";
    pub const TEST_BUTTON: &str = "Test the connection";
    pub const REHEARSE_BUTTON: &str = "Rehearse the first sync";
    pub const REHEARSE_NOTE: &str = "The rehearsal creates a test user in the app, changes it and deletes it again, as Entra will.";
    pub const TESTING: &str = "Testing the connection the way Entra will…";
    pub const TEST_PASSED: &str = "Entra's Test Connection will pass.";
    pub const TEST_FAILED: &str =
        "Entra's Test Connection would fail. Fix the first problem below and test again.";

    pub const MAPPINGS_INTRO: &str = "Entra's default mappings send attributes Appsemble does not accept, which makes every update fail. Before you start, open the enterprise app > Attribute mapping, and:";
    pub const MAPPINGS_GROUPS: &str =
        "Open the groups mapping and set Enabled to No. Appsemble has no groups.";
    pub const MAPPINGS_USERS: &str = "Open the users mapping and change it as below, then Save.";
    pub const MAPPINGS_NO_FLAG: &str =
        "Add nothing to the end of the Tenant URL (no ?aadOptscim062020).";
    pub const DELETE_THESE: &str = "Delete these rows";
    pub const CHANGE_THESE: &str = "Change these rows";
    pub const KEEP_THESE: &str = "Keep these rows";
    pub const MAPPING_ATTRIBUTE: &str = "Appsemble attribute";
    pub const MAPPING_SOURCE: &str = "Entra source";

    pub const PROVISION_INTRO: &str = "Start provisioning in Entra: the enterprise app > Overview > Start provisioning (older page: Provisioning Status On > Save).";
    pub const PROVISION_CYCLE: &str = "Entra runs a first cycle soon after, then one about every 40 minutes. To try one person at once, use Provision on demand in the app's menu.";
    pub const WATCH_TITLE: &str = "Users in the app";
    pub const WATCH_START: &str = "Watch for users";
    pub const WATCH_STOP: &str = "Stop watching";
    pub const WATCH_ACTIVE: &str = "Checking every 10 seconds…";
    pub const WATCH_NEEDS_TOKEN: &str =
        "Watching needs the Secret Token: go back to step 6 and paste or make it.";
    pub const WATCH_EMPTY: &str = "No users have arrived yet.";
    pub const ACTIVE: &str = "active";
    pub const INACTIVE: &str = "inactive";

    pub fn users_total(total: u64) -> String {
        format!("{total} user(s) in the app.")
    }

    pub const DONE_INTRO: &str = "The Appsemble side is ready.";
    pub const DONE_SERVER: &str = "Server";
    pub const DONE_APP: &str = "App";
    pub const DONE_TEST: &str = "Last test";
    pub const DONE_NOT_TESTED: &str = "not run in this session";
    pub const REPORT_PATH: &str = "Report file";
    pub const SAVE_REPORT: &str = "Save report";
    pub const REPORT_SAVED: &str = "Report saved to";
    pub const REPORT_NEEDS_TEST: &str =
        "Run the connection test in step 6 first; the report describes its results.";
}

/// Texts of the support report.
pub mod report {
    pub const TITLE: &str = "Appsemble SCIM diagnostics";
    pub const CHECKED_AT: &str = "Checked at (UTC)";
    pub const TENANT_URL: &str = "Tenant URL";
    pub const SERVER: &str = "Server";
    pub const SERVER_VERSION: &str = "Appsemble version";
    pub const TOKEN: &str = "Secret Token";
    pub const TOKEN_ENDS_IN: &str = "ends in";
    pub const ASSISTANT: &str = "Checked with";
    pub const RESULT: &str = "Result";
    pub const TOOK: &str = "Took";
    pub const PASSED: &str = "passed";
    pub const WARNINGS: &str = "warnings";
    pub const FAILED: &str = "failed";
    pub const UNKNOWN: &str = "unknown";
    pub const FINDINGS: &str = "Findings";
    pub const FIX: &str = "Fix";
    pub const PASS: &str = "PASS";
    pub const WARN: &str = "WARN";
    pub const FAIL: &str = "FAIL";
    pub const SKIP: &str = "SKIP";
    pub const MAPPINGS: &str = "Attribute mappings for Entra";
    pub const MAPPINGS_INTRO: &str = "Entra's default user mappings, and what to do with each before you start provisioning (Entra: the enterprise app > Attribute mapping > the users mapping).";
    pub const MAPPINGS_AFTER: &str = "Also: set the groups mapping to Enabled: No, and add nothing to the end of the Tenant URL.";
    pub const MAPPING_TARGET: &str = "Appsemble attribute";
    pub const MAPPING_SOURCE: &str = "Entra source";
    pub const MAPPING_ACTION: &str = "Do";
    pub const MAPPING_WHY: &str = "Why";
    pub const KEEP: &str = "Keep";
    pub const DELETE: &str = "Delete";
    pub const CHANGE_TO: &str = "Change source to";
    pub const WRITTEN: &str = "Report written to";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::Status;

    #[test]
    fn every_failing_finding_comes_with_a_fix() {
        let samples = [
            Finding::DnsNotFound { host: "x".into() },
            Finding::ConnectRefused {
                address: "x".into(),
            },
            Finding::Tls {
                failure: TlsFailure::Expired,
                host: "x".into(),
            },
            Finding::AuthRejected {
                cause: RejectCause::Unknown,
            },
            Finding::HtmlPage,
            Finding::BodyTooLarge { limit_kib: 1024 },
            Finding::UrlProblem {
                problem: UrlProblem::TrailingSlash,
                corrected: None,
            },
        ];
        for finding in samples {
            assert_eq!(finding.status(), Status::Fail);
            let text = explain(&finding);
            assert!(
                !text.summary.is_empty() && !text.fix.is_empty(),
                "{finding:?}"
            );
        }
    }
}
