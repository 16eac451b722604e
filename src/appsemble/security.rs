//! Checks that an app can take SCIM users at all: Appsemble gives every user it creates through SCIM
//! the role named in `security.default.role`, and refuses to create users when there is none.

use serde_json::Value;

/// What is wrong with an app's security definition, as far as SCIM is concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecurityProblem {
    /// The definition has no `security` section.
    NoSecurity,
    /// There is a `security` section but no `default.role`.
    NoDefaultRole { roles: Vec<String> },
    /// `default.role` names a role that `security.roles` does not define.
    UnknownDefaultRole { role: String, roles: Vec<String> },
}

/// The outcome of looking at an app's definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecurityCheck {
    /// SCIM users will get this role.
    Ready { default_role: String },
    /// SCIM cannot create users until the definition is changed.
    Problem(SecurityProblem),
    /// The server hid the definition from this session (not a member, or a private app).
    Hidden,
}

/// Looks at `definition.security` the way Appsemble's SCIM create handler does.
pub fn check_security(definition: &Value) -> SecurityCheck {
    let Some(security) = definition.get("security").filter(|s| !s.is_null()) else {
        return SecurityCheck::Problem(SecurityProblem::NoSecurity);
    };
    if security.as_object().is_some_and(|o| o.is_empty()) {
        // Appsemble sends `security: {}` in the reduced definition non-members get.
        return SecurityCheck::Hidden;
    }
    let roles: Vec<String> = security
        .get("roles")
        .and_then(Value::as_object)
        .map(|roles| roles.keys().cloned().collect())
        .unwrap_or_default();
    let default_role = security
        .get("default")
        .and_then(|d| d.get("role"))
        .and_then(Value::as_str);
    match default_role {
        None => SecurityCheck::Problem(SecurityProblem::NoDefaultRole { roles }),
        Some(role) if !roles.iter().any(|r| r == role) => {
            SecurityCheck::Problem(SecurityProblem::UnknownDefaultRole {
                role: role.to_string(),
                roles,
            })
        }
        Some(role) => SecurityCheck::Ready {
            default_role: role.to_string(),
        },
    }
}

/// The YAML to add to the app definition so that SCIM can create users. It reuses a role the app
/// already defines where there is one, so the snippet fits the app instead of a generic example.
pub fn yaml_fix(problem: &SecurityProblem) -> String {
    let existing = match problem {
        SecurityProblem::NoSecurity => None,
        SecurityProblem::NoDefaultRole { roles }
        | SecurityProblem::UnknownDefaultRole { roles, .. } => roles.first().cloned(),
    };
    match existing {
        Some(role) => format!("security:\n  default:\n    role: {role}\n    policy: everyone\n"),
        None => "security:\n  default:\n    role: User\n    policy: everyone\n  roles:\n    User:\n      description: A person provisioned from Microsoft Entra ID.\n".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_default_role_that_exists_is_ready() {
        let def = json!({"security": {"default": {"role": "Reader"}, "roles": {"Reader": {}}}});
        assert_eq!(
            check_security(&def),
            SecurityCheck::Ready {
                default_role: "Reader".into()
            }
        );
    }

    #[test]
    fn each_missing_piece_is_named() {
        assert_eq!(
            check_security(&json!({"name": "x"})),
            SecurityCheck::Problem(SecurityProblem::NoSecurity)
        );
        assert_eq!(
            check_security(&json!({"security": {"roles": {"Reader": {}}}})),
            SecurityCheck::Problem(SecurityProblem::NoDefaultRole {
                roles: vec!["Reader".into()]
            })
        );
        assert_eq!(
            check_security(
                &json!({"security": {"default": {"role": "Admin"}, "roles": {"Reader": {}}}})
            ),
            SecurityCheck::Problem(SecurityProblem::UnknownDefaultRole {
                role: "Admin".into(),
                roles: vec!["Reader".into()]
            })
        );
        assert_eq!(
            check_security(&json!({"security": {}})),
            SecurityCheck::Hidden
        );
    }

    #[test]
    fn the_fix_reuses_an_existing_role_and_is_valid_yaml_shape() {
        let fix = yaml_fix(&SecurityProblem::NoDefaultRole {
            roles: vec!["Reader".into()],
        });
        assert!(fix.contains("role: Reader"), "{fix}");
        assert!(!fix.contains("roles:"), "{fix}");
        let fresh = yaml_fix(&SecurityProblem::NoSecurity);
        assert!(
            fresh.contains("role: User") && fresh.contains("roles:\n    User:"),
            "{fresh}"
        );
    }
}
