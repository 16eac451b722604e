//! Edits to a provisioning job's synchronization schema (graph.md §3): the User object mapping
//! trimmed to what Appsemble accepts, the Group object mapping switched off. The schema is kept as
//! JSON so that everything this tool does not touch goes back exactly as Graph sent it (the
//! schema is replaced whole with PUT; PATCH answers 404).

use serde_json::{Value, json};

use crate::mappings::{MappingAction, USER_MAPPINGS};

/// What an edit changed; all zero when the schema was already right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MappingChanges {
    pub removed: usize,
    pub changed: usize,
}

impl MappingChanges {
    pub fn any(self) -> bool {
        self.removed + self.changed > 0
    }
}

/// Every object mapping whose `sourceObjectName` is `source` (found by source, never by target:
/// the target's name differs per connector).
/// Rules marked `editable: false` are left alone (synchronizationRule: "`false` if this rule is
/// read-only and should not be changed"). Whatever the schema holds, this never panics: a hostile
/// answer is only read through `get_mut`.
fn object_mappings<'a>(schema: &'a mut Value, source: &str) -> Vec<&'a mut Value> {
    let mut found = Vec::new();
    let rules = schema
        .get_mut("synchronizationRules")
        .and_then(Value::as_array_mut);
    for rule in rules.into_iter().flatten() {
        if rule.get("editable") == Some(&Value::Bool(false)) {
            continue;
        }
        let mappings = rule.get_mut("objectMappings").and_then(Value::as_array_mut);
        for mapping in mappings.into_iter().flatten() {
            if mapping.get("sourceObjectName").and_then(Value::as_str) == Some(source) {
                found.push(mapping);
            }
        }
    }
    found
}

/// Whether a rule that maps users or groups is read-only, so that its mappings stay as they are.
pub fn has_read_only_rule(schema: &Value) -> bool {
    schema["synchronizationRules"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|rule| rule["editable"] == Value::Bool(false))
}

/// The one rule id provisionOnDemand needs (graph.md §7).
pub fn rule_id(schema: &Value) -> Option<String> {
    schema["synchronizationRules"][0]["id"]
        .as_str()
        .map(str::to_string)
}

/// Keeps only the user attributes Appsemble accepts (the Keep and Change rows of
/// [`USER_MAPPINGS`]) and points each Change row at its new source; every other attribute mapping
/// is removed. The matching attribute (userName) stays as it is.
pub fn trim_user_mapping(schema: &mut Value) -> MappingChanges {
    let mut changes = MappingChanges::default();
    for mapping in object_mappings(schema, "User") {
        let Some(attributes) = mapping["attributeMappings"].as_array_mut() else {
            continue;
        };
        let before = attributes.len();
        attributes.retain(|attribute| {
            let target = attribute["targetAttributeName"]
                .as_str()
                .unwrap_or_default();
            USER_MAPPINGS
                .iter()
                .any(|m| m.target == target && m.action != MappingAction::Delete)
        });
        changes.removed += before - attributes.len();
        for attribute in attributes.iter_mut() {
            let target = attribute["targetAttributeName"]
                .as_str()
                .unwrap_or_default();
            let to_source = USER_MAPPINGS.iter().find_map(|m| match m.action {
                MappingAction::Change { to_source } if m.target == target => Some(to_source),
                _ => None,
            });
            if let Some(to_source) = to_source
                && attribute["source"]["name"].as_str() != Some(to_source)
            {
                attribute["source"] = json!({
                    "expression": format!("[{to_source}]"),
                    "name": to_source,
                    "parameters": [],
                    "type": "Attribute",
                });
                changes.changed += 1;
            }
        }
    }
    changes
}

/// Switches the Group object mapping off (the portal's Groups "Enabled = No"). True when it was on.
pub fn disable_groups(schema: &mut Value) -> bool {
    let mut changed = false;
    for mapping in object_mappings(schema, "Group") {
        if mapping["enabled"] != Value::Bool(false) {
            mapping["enabled"] = Value::Bool(false);
            changed = true;
        }
    }
    changed
}

/// The target attributes the User object mapping sends, for reports ("before" and "after").
pub fn user_targets(schema: &Value) -> Vec<String> {
    let mut schema = schema.clone();
    object_mappings(&mut schema, "User")
        .into_iter()
        .flat_map(|m| {
            m["attributeMappings"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|a| a["targetAttributeName"].as_str().map(str::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attribute(target: &str, source: &str, matching: u32) -> Value {
        json!({"targetAttributeName": target, "matchingPriority": matching,
               "source": {"expression": format!("[{source}]"), "name": source, "parameters": [], "type": "Attribute"},
               "flowType": "Always", "flowBehavior": "FlowWhenChanged", "defaultValue": null})
    }

    /// The default `scim` schema's shape (graph.md §3) with the default user rows (entra.md §3.5).
    fn default_schema() -> Value {
        let users: Vec<Value> = USER_MAPPINGS
            .iter()
            .map(|m| attribute(m.target, m.source, u32::from(m.target == "userName")))
            .collect();
        json!({"id": "scim", "version": "1", "directories": [{"name": "kept as it was"}],
        "synchronizationRules": [{"id": "AD2SCIM", "objectMappings": [
            {"enabled": true, "sourceObjectName": "User", "targetObjectName": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "attributeMappings": users, "metadata": []},
            {"enabled": true, "sourceObjectName": "Group", "targetObjectName": "urn:ietf:params:scim:schemas:core:2.0:Group", "attributeMappings": [attribute("displayName", "displayName", 1)], "metadata": []}
        ]}]})
    }

    #[test]
    fn the_default_user_mapping_is_trimmed_to_four_rows_with_external_id_from_object_id() {
        let mut schema = default_schema();
        let changes = trim_user_mapping(&mut schema);
        assert_eq!(
            changes,
            MappingChanges {
                removed: 18,
                changed: 1
            }
        );
        assert_eq!(
            user_targets(&schema),
            ["userName", "active", "name.formatted", "externalId"]
        );
        let users = &schema["synchronizationRules"][0]["objectMappings"][0]["attributeMappings"];
        let external = users
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["targetAttributeName"] == "externalId")
            .unwrap();
        assert_eq!(external["source"]["name"], "objectId");
        assert_eq!(external["source"]["expression"], "[objectId]");
        let user_name = &users[0];
        assert_eq!(
            user_name["matchingPriority"], 1,
            "the matching attribute stays"
        );
        assert_eq!(schema["directories"][0]["name"], "kept as it was");
    }

    #[test]
    fn a_second_edit_changes_nothing_and_groups_go_off_once() {
        let mut schema = default_schema();
        trim_user_mapping(&mut schema);
        assert!(!trim_user_mapping(&mut schema).any());
        assert!(disable_groups(&mut schema));
        assert!(!disable_groups(&mut schema));
        assert_eq!(
            schema["synchronizationRules"][0]["objectMappings"][1]["enabled"],
            false
        );
        assert_eq!(rule_id(&schema).as_deref(), Some("AD2SCIM"));
    }

    #[test]
    fn a_hostile_schema_never_panics_and_a_read_only_rule_is_left_alone() {
        for mut hostile in [
            json!([]),
            json!("x"),
            json!(1),
            json!({"synchronizationRules": [1]}),
            json!({"synchronizationRules": [{"objectMappings": [1, "x", {"sourceObjectName": "User", "attributeMappings": [1]}]}]}),
        ] {
            trim_user_mapping(&mut hostile);
            disable_groups(&mut hostile);
            user_targets(&hostile);
        }
        let mut schema = default_schema();
        schema["synchronizationRules"][0]["editable"] = json!(false);
        let untouched = schema.clone();
        assert!(has_read_only_rule(&schema));
        assert!(!trim_user_mapping(&mut schema).any());
        assert!(!disable_groups(&mut schema));
        assert_eq!(schema, untouched);
    }
}
