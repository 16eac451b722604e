use super::*;
use crate::address::UrlProblem as Shape;
use crate::appsemble::NetworkProblem;
use crate::probe::{
    CheckId, DiscoveryClaim, Leftover, RehearsalFailure, RehearsalStep, RejectCause, Status,
    TlsFailure,
};

/// Words that are the same in both languages, so the same text in both is no omission.
const SAME_IN_BOTH: [&str; 6] = [
    "Server",
    "App",
    "Client credentials",
    "Tenant URL",
    "Status",
    "status",
];

/// Every `.rs` file under `dir` (relative to the crate), with its path.
fn sources_under(dir: &str) -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    let mut pending = vec![root];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                found.push((path.display().to_string(), source));
            }
        }
    }
    found
}

/// Every `Text::new("..", "..")` and `tr!(l; "..", "..")` pair in the message sources.
fn pairs_in_sources() -> Vec<(String, String, String)> {
    let mut pairs = Vec::new();
    let sources = sources_under("src/messages");
    for (file, source) in sources
        .into_iter()
        .filter(|(f, _)| !f.ends_with("tests.rs"))
    {
        for opener in ["Text::new(", "; "] {
            let mut rest = source.as_str();
            while let Some(at) = rest.find(opener) {
                rest = &rest[at + opener.len()..];
                let Some((en, after)) = string_literal(rest.trim_start()) else {
                    continue;
                };
                let after = after.trim_start();
                let Some(after) = after.strip_prefix(',') else {
                    continue;
                };
                let Some((nl, _)) = string_literal(after.trim_start()) else {
                    panic!("{file}: a text without its Dutch version: {en:?}");
                };
                pairs.push((en, nl, file.clone()));
            }
        }
    }
    pairs
}

/// Reads one Rust string literal at the start of `text`.
fn string_literal(text: &str) -> Option<(String, &str)> {
    let body = text.strip_prefix('"')?;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match (escaped, c) {
            (true, _) => escaped = false,
            (false, '\\') => escaped = true,
            (false, '"') => return Some((body[..i].to_string(), &body[i + 1..])),
            _ => {}
        }
    }
    None
}

#[test]
fn every_text_exists_in_english_and_in_dutch() {
    let pairs = pairs_in_sources();
    assert!(pairs.len() > 300, "found only {} texts", pairs.len());
    for (en, nl, file) in pairs {
        assert!(
            !en.trim().is_empty() && !nl.trim().is_empty(),
            "{file}: empty text {en:?} / {nl:?}"
        );
        if !SAME_IN_BOTH.contains(&en.as_str()) {
            assert_ne!(en, nl, "{file}: not translated: {en:?}");
        }
    }
}

#[test]
fn the_window_and_the_command_line_use_no_text_outside_this_module() {
    let mut views = sources_under("src/ui");
    views.extend(sources_under("src/cli"));
    for (file, view) in views {
        for call in [
            "label(\"",
            "button(\"",
            "heading(\"",
            "on_hover_text(\"",
            "Button::new(\"",
            "RichText::new(\"",
            "println!(\"",
        ] {
            // `first-frame-ms=` is read by the benchmark script, not by a person.
            let leak = view.lines().find(|l| {
                l.contains(call)
                    && !l.contains("label(\"\")")
                    && !l.contains("(\"{")
                    && !l.contains("first-frame-ms=")
            });
            assert!(leak.is_none(), "{file}: a text outside messages: {leak:?}");
        }
    }
}

fn samples() -> Vec<Finding> {
    use Finding::*;
    let failure = RehearsalFailure {
        step: RehearsalStep::Create,
        request: "POST /api/apps/1/scim/Users".into(),
        status: Some(500),
        detail: String::new(),
        server_version: Some("0.37.6".into()),
        leftover: Some(Leftover {
            id: "u1".into(),
            user_name: "x@example.invalid".into(),
            deactivated: true,
        }),
    };
    let mut all = vec![
        UrlOk,
        UrlLoopbackHttp,
        DnsResolved {
            host: "h".into(),
            addresses: 1,
        },
        DnsIpAddress,
        DnsNotFound { host: "h".into() },
        DnsTimeout {
            host: "h".into(),
            seconds: 3,
        },
        Connected {
            address: "a".into(),
        },
        ConnectRefused {
            address: "a".into(),
        },
        ConnectTimeout {
            address: "a".into(),
            seconds: 3,
        },
        ConnectFailed {
            address: "a".into(),
        },
        TlsOk,
        TlsNotUsed,
        TlsTimeout { seconds: 3 },
        AuthAccepted,
        AuthForbidden,
        AuthNotReached,
        TestConnectionPasses,
        EndpointNotFound,
        ServerError { status: 500 },
        HtmlPage,
        NotScim {
            content_type: String::new(),
        },
        InvalidJson,
        BodyTooLarge { limit_kib: 1 },
        FilterIgnored { total: 2 },
        Redirect {
            location: "l".into(),
        },
        NoAnswer { seconds: 3 },
        NotAcceptable,
        UnexpectedStatus { status: 418 },
        RequestFailed,
        HealthOk {
            version: Some("1".into()),
        },
        HealthOk { version: None },
        HealthUnhealthy { status: 503 },
        HealthUnknown,
        GroupsSupported,
        GroupsNotSupported,
        GroupsUnclear { status: 500 },
        DiscoveryComplete,
        DiscoveryGaps {
            missing: vec!["/X".into()],
            wrong_claims: vec![
                DiscoveryClaim::FilterUnsupported,
                DiscoveryClaim::BasicAuthOnly,
            ],
        },
        MappingsNeedChanges {
            delete: 18,
            change: 1,
        },
        RehearsalPasses,
        RehearsalNotRequested,
        RehearsalFailed(Box::new(failure.clone())),
        RehearsalFailed(Box::new(RehearsalFailure {
            status: Some(400),
            leftover: None,
            ..failure
        })),
        Skipped {
            because: CheckId::Dns,
        },
    ];
    for failure in [
        TlsFailure::Untrusted,
        TlsFailure::Expired,
        TlsFailure::WrongHost,
        TlsFailure::NotTls,
        TlsFailure::Other,
    ] {
        all.push(Tls {
            failure,
            host: "h".into(),
        });
    }
    for cause in [
        RejectCause::Unknown,
        RejectCause::WrongToken,
        RejectCause::ScimDisabled,
        RejectCause::NoTokenStored,
        RejectCause::AppNotFound,
        RejectCause::CorrectTokenRefused,
        RejectCause::SignInCannotTell,
    ] {
        all.push(AuthRejected { cause });
    }
    for problem in [
        Shape::Empty,
        Shape::NotAUrl,
        Shape::UnsupportedScheme("ftp".into()),
        Shape::HttpToPublicHost,
        Shape::HasQuery { entra_flag: true },
        Shape::HasQuery { entra_flag: false },
        Shape::HasFragment,
        Shape::TrailingResource("Users".into()),
        Shape::TrailingSlash,
        Shape::UppercaseScim,
        Shape::AppDomain,
        Shape::WrongPath,
    ] {
        all.push(UrlProblem {
            problem: problem.clone(),
            corrected: None,
        });
        all.push(UrlProblem {
            problem,
            corrected: Some("https://x/api/apps/1/scim".into()),
        });
    }
    all
}

#[test]
fn every_finding_reads_differently_in_each_language_and_failures_have_a_fix() {
    for finding in samples() {
        let en = explain_in(&finding, Lang::En);
        let nl = explain_in(&finding, Lang::Nl);
        assert!(
            !en.summary.is_empty() && !nl.summary.is_empty(),
            "{finding:?}"
        );
        assert_ne!(en.summary, nl.summary, "{finding:?}");
        assert_eq!(en.fix.is_empty(), nl.fix.is_empty(), "{finding:?}");
        if finding.status() == Status::Fail {
            assert!(!en.fix.is_empty(), "a failure without a fix: {finding:?}");
        }
    }
}

#[test]
fn every_appsemble_error_reads_differently_in_each_language() {
    use crate::appsemble::AppsembleError::*;
    let errors = [
        Network {
            problem: NetworkProblem::Unreachable,
        },
        Network {
            problem: NetworkProblem::Timeout,
        },
        Network {
            problem: NetworkProblem::Certificate,
        },
        Network {
            problem: NetworkProblem::Other,
        },
        Redirected {
            location: "x".into(),
        },
        WrongEmailOrPassword,
        ClientCredentialsRejected,
        ClientCredentialsExpired,
        ClientCredentialsMissingScope,
        SessionExpired,
        NeedsEmailSignIn,
        AppNotFound { app_id: 1 },
        AppHidden { app_id: 1 },
        NotAMember { app_id: 1 },
        RoleTooLow { app_id: 1 },
        UnexpectedAnswer {
            status: 500,
            detail: String::new(),
        },
    ];
    for error in errors {
        let en = explain_error_in(&error, "https://s", Lang::En);
        let nl = explain_error_in(&error, "https://s", Lang::Nl);
        assert_ne!(en.summary, nl.summary, "{error:?}");
        assert!(!en.fix.is_empty() && !nl.fix.is_empty(), "{error:?}");
    }
}

#[test]
fn the_window_never_names_a_flag_or_an_environment_variable() {
    use crate::graph::{EntraFinding, GraphError, MappingChanges, MicrosoftSignInError, StepId};
    let findings = [
        EntraFinding::TestConnectionRefused { detail: "x".into() },
        EntraFinding::SecretsSaved { notify: None },
        EntraFinding::NobodyToAssign,
        EntraFinding::StartNotAsked,
        EntraFinding::MappingsFixed(MappingChanges::default()),
        EntraFinding::AppNotOurs { id: "1".into() },
        EntraFinding::GraphFailed(GraphError::Network),
        EntraFinding::Skipped {
            because: StepId::App,
        },
    ];
    let sign_in = [
        MicrosoftSignInError::Listen,
        MicrosoftSignInError::DeviceCodeUnavailable {
            detail: String::new(),
        },
        MicrosoftSignInError::Refused {
            code: "AADSTS700016".into(),
            description: String::new(),
        },
        MicrosoftSignInError::Refused {
            code: "AADSTS50194".into(),
            description: String::new(),
        },
    ];
    let problem = crate::graph::LogProblem {
        user: "ada".into(),
        action: "update".into(),
        error_code: String::new(),
        reason: "HTTP/400 Unknown path".into(),
    };
    for l in [Lang::En, Lang::Nl] {
        let mut words: Vec<Explanation> = findings
            .iter()
            .map(|f| super::entra::explain_in(f, l))
            .collect();
        words.extend(
            sign_in
                .iter()
                .map(|e| super::entra::explain_sign_in_in(e, l)),
        );
        words.push(super::entra::explain_problem_in(&problem, l));
        words.push(super::explain_in(
            &crate::probe::Finding::RehearsalNotRequested,
            l,
        ));
        for said in words {
            let text = format!("{} {}", said.summary, said.fix);
            for flag in ["--", "ENTRA_", "SCIM_TOKEN", "`scim-assistant"] {
                assert!(!text.contains(flag), "{flag} in the window: {text}");
            }
        }
    }
}
