//! What admins paste, and what the assistant makes of it.

use super::*;

#[test]
fn accepts_host_server_url_and_studio_url() {
    let bare = ServerAddress::parse("appsemble.app").unwrap();
    assert_eq!(bare.origin(), "https://appsemble.app");
    assert_eq!(bare.app_id, None);

    let slash = ServerAddress::parse(" https://appsemble.app/ ").unwrap();
    assert_eq!(slash.origin(), "https://appsemble.app");

    let studio = ServerAddress::parse("https://appsemble.app/en/apps/42/my-app/secrets").unwrap();
    assert_eq!(studio.origin(), "https://appsemble.app");
    assert_eq!(studio.app_id, Some(42));
    assert_eq!(
        studio.tenant_url(42),
        "https://appsemble.app/api/apps/42/scim"
    );

    let local = ServerAddress::parse("http://127.0.0.1:9999/api/apps/7/scim").unwrap();
    assert_eq!(local.origin(), "http://127.0.0.1:9999");
    assert_eq!(local.app_id, Some(7));
    assert_eq!(local.keyring_service(), "appsemble://127.0.0.1:9999");
}

#[test]
fn plain_http_is_refused_except_on_this_computer() {
    for remote in [
        "http://appsemble.app",
        "http://example.com:8080/en/apps/1",
        "HTTP://10.0.0.5",
    ] {
        assert!(
            matches!(
                ServerAddress::parse(remote),
                Err(AddressError::InsecureHttp(_))
            ),
            "{remote}"
        );
    }
    for local in [
        "http://127.0.0.1:9999",
        "http://localhost:8080",
        "http://[::1]:8080",
    ] {
        assert!(ServerAddress::parse(local).is_ok(), "{local}");
    }
    assert!(
        matches!(
            ServerAddress::parse("http://app.localhost"),
            Err(AddressError::InsecureHttp(_))
        ),
        "a *.localhost name may be resolved by the network's DNS"
    );
}

#[test]
fn rejects_what_is_not_a_server() {
    assert_eq!(ServerAddress::parse("  "), Err(AddressError::Empty));
    assert!(matches!(
        ServerAddress::parse("ftp://appsemble.app"),
        Err(AddressError::UnsupportedScheme(s)) if s == "ftp"
    ));
    assert!(matches!(
        ServerAddress::parse("not a url at all"),
        Err(AddressError::NotAUrl(_))
    ));
}

#[test]
fn a_correct_tenant_url_passes() {
    let found = inspect_tenant_url("https://appsemble.app/api/apps/42/scim");
    assert_eq!(found.problem, None);
    let tenant = found.tenant.unwrap();
    assert_eq!(tenant.app_id, 42);
    assert_eq!(
        tenant.resource("Users"),
        "https://appsemble.app/api/apps/42/scim/Users"
    );
    assert!(!found.http_loopback);
}

fn problem_of(input: &str) -> (Option<UrlProblem>, Option<String>) {
    let found = inspect_tenant_url(input);
    (found.problem, found.corrected)
}

#[test]
fn each_wrong_shape_has_its_own_problem_and_a_correction() {
    let fixed = Some("https://appsemble.app/api/apps/42/scim".to_string());
    assert_eq!(
        problem_of("https://appsemble.app/api/apps/42/scim/Users"),
        (
            Some(UrlProblem::TrailingResource("Users".into())),
            fixed.clone()
        )
    );
    assert_eq!(
        problem_of("https://appsemble.app/api/apps/42/scim/"),
        (Some(UrlProblem::TrailingSlash), fixed.clone())
    );
    assert_eq!(
        problem_of("https://appsemble.app/api/apps/42/SCIM"),
        (Some(UrlProblem::UppercaseScim), fixed.clone())
    );
    assert_eq!(
        problem_of("https://appsemble.app/api/apps/42/scim?aadOptscim062020"),
        (
            Some(UrlProblem::HasQuery { entra_flag: true }),
            fixed.clone()
        )
    );
    assert_eq!(
        problem_of("https://appsemble.app/api/apps/42/scim?x=1"),
        (
            Some(UrlProblem::HasQuery { entra_flag: false }),
            fixed.clone()
        )
    );
    assert_eq!(
        problem_of("http://appsemble.app/api/apps/42/scim"),
        (Some(UrlProblem::HttpToPublicHost), fixed.clone())
    );
    assert_eq!(
        problem_of("https://my-app.my-org.appsemble.app/api/apps/42/scim"),
        (Some(UrlProblem::AppDomain), fixed.clone())
    );
    assert_eq!(
        problem_of("https://appsemble.app/en/apps/42/my-app/secrets"),
        (Some(UrlProblem::WrongPath), fixed)
    );
    assert_eq!(
        problem_of("appsemble.app/api/apps/42/scim").0,
        Some(UrlProblem::NotAUrl)
    );
    assert_eq!(problem_of("").0, Some(UrlProblem::Empty));
    assert_eq!(
        problem_of("ftp://appsemble.app/api/apps/42/scim").0,
        Some(UrlProblem::UnsupportedScheme("ftp".into()))
    );
}

#[test]
fn plain_http_to_this_computer_is_allowed_with_a_note() {
    let found = inspect_tenant_url("http://127.0.0.1:8080/api/apps/1/scim");
    assert_eq!(found.problem, None);
    assert!(found.http_loopback);
    assert_eq!(found.tenant.unwrap().port(), 8080);
}
