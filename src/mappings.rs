//! Entra's default attribute mappings for a non-gallery app, compared with what Appsemble accepts.
//!
//! Appsemble's SCIM PATCH handler accepts six attribute paths (plus a manager path that crashes it);
//! any other path makes the whole update fail with 400 (appsemble-api.md §4.5, §7). Entra's default
//! mappings send many more (entra.md §3.5), so every update would fail until they are trimmed.

/// What to do with one mapping in Entra's Attribute mapping page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingAction {
    /// Appsemble takes it as it is.
    Keep,
    /// Appsemble rejects it: delete the row.
    Delete,
    /// Appsemble takes the attribute, but the source must change.
    Change { to_source: &'static str },
}

/// One row of Entra's default user mappings: target (`customappsso` attribute) ← source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mapping {
    pub target: &'static str,
    pub source: &'static str,
    pub action: MappingAction,
    /// Why, in a few words (kept short; the full texts live in `messages`).
    pub reason: MappingReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingReason {
    /// Appsemble stores and uses it.
    Supported,
    /// Appsemble answers 400 `Unknown path` to every update that contains it.
    UnknownToAppsemble,
    /// Appsemble 0.37 answers 500 to any update that sets a manager.
    ManagerCrashes,
    /// mailNickname can contain capitals, which Appsemble's externalId filter never finds, so
    /// Entra would try to create the user again and get 409; objectId is a lower-case GUID.
    ExternalIdCase,
}

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

use MappingAction::{Delete, Keep};
use MappingReason::{Supported, UnknownToAppsemble};

const fn row(
    target: &'static str,
    source: &'static str,
    action: MappingAction,
    reason: MappingReason,
) -> Mapping {
    Mapping {
        target,
        source,
        action,
        reason,
    }
}

/// Entra's default user mappings for a non-gallery SCIM app, with what to do about each.
pub const USER_MAPPINGS: [Mapping; 22] = [
    row("userName", "userPrincipalName", Keep, Supported),
    row(
        "active",
        "Switch([IsSoftDeleted], , \"False\", \"True\", \"True\", \"False\")",
        Keep,
        Supported,
    ),
    row(
        "name.formatted",
        "Join(\" \", [givenName], [surname])",
        Keep,
        Supported,
    ),
    row(
        "externalId",
        "mailNickname",
        MappingAction::Change {
            to_source: "objectId",
        },
        MappingReason::ExternalIdCase,
    ),
    row("displayName", "displayName", Delete, UnknownToAppsemble),
    row("title", "jobTitle", Delete, UnknownToAppsemble),
    row(
        "emails[type eq \"work\"].value",
        "mail",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "preferredLanguage",
        "preferredLanguage",
        Delete,
        UnknownToAppsemble,
    ),
    row("name.givenName", "givenName", Delete, UnknownToAppsemble),
    row("name.familyName", "surname", Delete, UnknownToAppsemble),
    row(
        "addresses[type eq \"work\"].formatted",
        "physicalDeliveryOfficeName",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "addresses[type eq \"work\"].streetAddress",
        "streetAddress",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "addresses[type eq \"work\"].locality",
        "city",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "addresses[type eq \"work\"].region",
        "state",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "addresses[type eq \"work\"].postalCode",
        "postalCode",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "addresses[type eq \"work\"].country",
        "country",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "phoneNumbers[type eq \"work\"].value",
        "telephoneNumber",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "phoneNumbers[type eq \"mobile\"].value",
        "mobile",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "phoneNumbers[type eq \"fax\"].value",
        "facsimileTelephoneNumber",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
        "employeeId",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
        "department",
        Delete,
        UnknownToAppsemble,
    ),
    row(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
        "manager",
        Delete,
        MappingReason::ManagerCrashes,
    ),
];

/// The attribute paths Appsemble's PATCH handler accepts (compared case-insensitively), without
/// the manager path, which it accepts but then fails on.
pub const APPSEMBLE_PATCH_PATHS: [&str; 6] = [
    "userName",
    "active",
    "externalId",
    "name.formatted",
    "locale",
    "timezone",
];

/// Whether Appsemble accepts `target` in a PATCH without failing.
pub fn appsemble_accepts(target: &str) -> bool {
    APPSEMBLE_PATCH_PATHS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(target))
}

/// The rows that need `action`, in the order Entra lists them.
pub fn rows_to(action: fn(&MappingAction) -> bool) -> Vec<&'static Mapping> {
    USER_MAPPINGS.iter().filter(|m| action(&m.action)).collect()
}

/// The enterprise extension's schema id, for shortening long targets on screen.
pub fn short_target(target: &str) -> &str {
    target
        .strip_prefix(ENTERPRISE)
        .map(|rest| rest.trim_start_matches(':'))
        .unwrap_or(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advice_agrees_with_what_appsemble_accepts() {
        for mapping in USER_MAPPINGS {
            let accepted = appsemble_accepts(mapping.target);
            match mapping.action {
                MappingAction::Delete => assert!(!accepted, "{mapping:?}"),
                MappingAction::Keep | MappingAction::Change { .. } => {
                    assert!(accepted, "{mapping:?}")
                }
            }
        }
    }

    #[test]
    fn the_lists_cover_every_default_row_once() {
        let keep = rows_to(|a| *a == MappingAction::Keep).len();
        let delete = rows_to(|a| *a == MappingAction::Delete).len();
        let change = rows_to(|a| matches!(a, MappingAction::Change { .. })).len();
        assert_eq!((keep, delete, change), (3, 18, 1));
        assert_eq!(keep + delete + change, USER_MAPPINGS.len());
        assert_eq!(short_target(USER_MAPPINGS[21].target), "manager");
    }
}
