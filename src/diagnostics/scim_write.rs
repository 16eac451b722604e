//! What the rehearsal and the clean-up of its leftovers both send when they change a SCIM user:
//! the media type, and Entra's own PATCH of `active` (entra.md §3.3: the string `"False"`).

use serde_json::{Value, json};

pub(super) const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
pub(super) const SCIM_JSON: &str = "application/scim+json";

/// Entra's deactivation (and re-activation) of a user, as it sends it.
pub(super) fn active_patch(active: bool) -> Value {
    let value = if active { "True" } else { "False" };
    json!({
        "schemas": [PATCH_OP],
        "Operations": [{"op": "Replace", "path": "active", "value": value}]
    })
}
