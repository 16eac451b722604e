//! The `scim` job's default schema: the shape of graph.md §3 with the default attribute mappings
//! entra.md §3.5 lists for a non-gallery app. Written out here, independently of the assistant's
//! own list, so that the tests compare two readings of the reference rather than one with itself.

use serde_json::{Value, json};

fn attribute(target: &str, source: Value, matching: u32) -> Value {
    json!({"defaultValue": null, "exportMissingReferences": false, "flowBehavior": "FlowWhenChanged",
           "flowType": "Always", "matchingPriority": matching, "targetAttributeName": target,
           "source": source})
}

fn from(name: &str) -> Value {
    json!({"expression": format!("[{name}]"), "name": name, "parameters": [], "type": "Attribute"})
}

fn function(expression: &str, name: &str) -> Value {
    json!({"expression": expression, "name": name, "parameters": [], "type": "Function"})
}

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/// The default schema of a new `scim` job.
pub fn default_scim_schema() -> Value {
    let work = |field: &str| format!("addresses[type eq \"work\"].{field}");
    let mut users = vec![
        attribute("userName", from("userPrincipalName"), 1),
        attribute(
            "active",
            function(
                "Switch([IsSoftDeleted], , \"False\", \"True\", \"True\", \"False\")",
                "Switch",
            ),
            0,
        ),
        attribute("displayName", from("displayName"), 0),
        attribute("title", from("jobTitle"), 0),
        attribute("emails[type eq \"work\"].value", from("mail"), 0),
        attribute("preferredLanguage", from("preferredLanguage"), 0),
        attribute("name.givenName", from("givenName"), 0),
        attribute("name.familyName", from("surname"), 0),
        attribute(
            "name.formatted",
            function("Join(\" \", [givenName], [surname])", "Join"),
            0,
        ),
        attribute(&work("formatted"), from("physicalDeliveryOfficeName"), 0),
        attribute(&work("streetAddress"), from("streetAddress"), 0),
        attribute(&work("locality"), from("city"), 0),
        attribute(&work("region"), from("state"), 0),
        attribute(&work("postalCode"), from("postalCode"), 0),
        attribute(&work("country"), from("country"), 0),
        attribute(
            "phoneNumbers[type eq \"work\"].value",
            from("telephoneNumber"),
            0,
        ),
        attribute("phoneNumbers[type eq \"mobile\"].value", from("mobile"), 0),
        attribute(
            "phoneNumbers[type eq \"fax\"].value",
            from("facsimileTelephoneNumber"),
            0,
        ),
        attribute("externalId", from("mailNickname"), 0),
    ];
    for (field, source) in [
        ("employeeNumber", "employeeId"),
        ("department", "department"),
        ("manager", "manager"),
    ] {
        users.push(attribute(&format!("{ENTERPRISE}:{field}"), from(source), 0));
    }
    let groups = vec![
        attribute("displayName", from("displayName"), 1),
        attribute("externalId", from("objectId"), 0),
        attribute("members", from("members"), 0),
    ];
    json!({
        "id": "scim",
        "version": "2026-11-01T00:00:00Z",
        "directories": [{"id": "AAD", "name": "Azure Active Directory", "objects": []},
                        {"id": "SCIM", "name": "customappsso", "objects": []}],
        "synchronizationRules": [{
            "id": "AD2SCIM",
            "name": "USER_INBOUND_USER",
            "sourceDirectoryName": "Azure Active Directory",
            "targetDirectoryName": "customappsso",
            "editable": true,
            "priority": 1,
            "metadata": [],
            "objectMappings": [
                {"enabled": true, "flowTypes": "Add, Update, Delete", "metadata": [], "name": "Provision Microsoft Entra ID Users",
                 "scope": null, "sourceObjectName": "User", "targetObjectName": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                 "attributeMappings": users},
                {"enabled": true, "flowTypes": "Add, Update, Delete", "metadata": [], "name": "Provision Microsoft Entra ID Groups",
                 "scope": null, "sourceObjectName": "Group", "targetObjectName": "urn:ietf:params:scim:schemas:core:2.0:Group",
                 "attributeMappings": groups}
            ]
        }]
    })
}
