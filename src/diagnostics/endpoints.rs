//! The read-only deeper checks: server health and version, groups, and discovery endpoints.

use reqwest::StatusCode;
use serde_json::Value;

use crate::address::{ServerAddress, TenantUrl};
use crate::net::{read_json, scim_get};
use crate::probe::{DiscoveryClaim, Finding, list_total};
use crate::secret::Secret;

/// The OpenAPI document is large on a real server (hundreds of KiB); anything past this is not it.
const API_DOCUMENT_LIMIT: usize = 16 * 1024 * 1024;
const SMALL_LIMIT: usize = 1024 * 1024;

/// `GET /api/health` and the version from `GET /api.json`, at the same time.
pub async fn health(http: &reqwest::Client, server: &ServerAddress) -> (Finding, Option<String>) {
    let (health, document) = tokio::join!(
        http.get(server.endpoint("api/health")).send(),
        http.get(server.endpoint("api.json")).send(),
    );
    let version = match document {
        Ok(response) if response.status().is_success() => read_json(response, API_DOCUMENT_LIMIT)
            .await
            .and_then(|doc| doc.pointer("/info/version")?.as_str().map(str::to_string)),
        _ => None,
    };
    let finding = match health {
        Ok(response) if response.status().is_success() => {
            match read_json(response, SMALL_LIMIT).await {
                Some(body) if body.get("database").is_some() => Finding::HealthOk {
                    version: version.clone(),
                },
                _ => Finding::HealthUnknown,
            }
        }
        Ok(response) if response.status() == StatusCode::SERVICE_UNAVAILABLE => {
            Finding::HealthUnhealthy { status: 503 }
        }
        _ => Finding::HealthUnknown,
    };
    (finding, version)
}

/// What Entra's group probe gets: `/Groups` with a filter that matches nothing.
pub async fn groups(http: &reqwest::Client, tenant: &TenantUrl, token: &Secret) -> Finding {
    let filter = format!("displayName eq \"{}\"", uuid::Uuid::new_v4());
    let request = scim_get(http, tenant.resource("Groups"), token).query(&[
        ("excludedAttributes", "members"),
        ("filter", filter.as_str()),
    ]);
    match request.send().await {
        Ok(response) if response.status() == StatusCode::NOT_FOUND => Finding::GroupsNotSupported,
        Ok(response) if response.status().is_success() => {
            match read_json(response, SMALL_LIMIT)
                .await
                .as_ref()
                .and_then(list_total)
            {
                Some(_) => Finding::GroupsSupported,
                None => Finding::GroupsUnclear { status: 200 },
            }
        }
        Ok(response) => Finding::GroupsUnclear {
            status: response.status().as_u16(),
        },
        Err(_) => Finding::GroupsUnclear { status: 0 },
    }
}

/// The names validators (and RFC 7644) use, which Appsemble only partly serves.
const DISCOVERY_NAMES: [&str; 3] = ["Schemas", "ServiceProviderConfig", "ResourceTypes"];

/// Appsemble's own name for its ServiceProviderConfig (since 0.30).
const APPSEMBLE_SPC: &str = "service-provider-config";

/// Fetches the discovery endpoints at the same time and reports gaps and wrong claims.
pub async fn discovery(http: &reqwest::Client, tenant: &TenantUrl, token: &Secret) -> Finding {
    let fetch = |name: &str| scim_get(http, tenant.resource(name), token).send();
    let (schemas, spc, types, own_spc) = tokio::join!(
        fetch(DISCOVERY_NAMES[0]),
        fetch(DISCOVERY_NAMES[1]),
        fetch(DISCOVERY_NAMES[2]),
        fetch(APPSEMBLE_SPC),
    );
    let answered = |r: &Result<reqwest::Response, reqwest::Error>| {
        r.as_ref().is_ok_and(|r| r.status().is_success())
    };
    let missing: Vec<String> = [&schemas, &spc, &types]
        .iter()
        .zip(DISCOVERY_NAMES)
        .filter(|(result, _)| !answered(result))
        .map(|(_, name)| format!("/{name}"))
        .collect();
    // Judge the claims of whichever ServiceProviderConfig answered.
    let config = match (spc, own_spc) {
        (Ok(r), _) if r.status().is_success() => read_json(r, SMALL_LIMIT).await,
        (_, Ok(r)) if r.status().is_success() => read_json(r, SMALL_LIMIT).await,
        _ => None,
    };
    let wrong_claims = config.as_ref().map(wrong_claims).unwrap_or_default();
    if missing.is_empty() && wrong_claims.is_empty() {
        Finding::DiscoveryComplete
    } else {
        Finding::DiscoveryGaps {
            missing,
            wrong_claims,
        }
    }
}

/// Claims in a ServiceProviderConfig that contradict how the server really behaves.
fn wrong_claims(config: &Value) -> Vec<DiscoveryClaim> {
    let mut claims = Vec::new();
    if config.pointer("/filter/supported") == Some(&Value::Bool(false)) {
        claims.push(DiscoveryClaim::FilterUnsupported);
    }
    let schemes = config
        .get("authenticationSchemes")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mentions_bearer = schemes.iter().any(|scheme| {
        let text = scheme.to_string().to_ascii_lowercase();
        text.contains("bearer")
    });
    if !schemes.is_empty() && !mentions_bearer {
        claims.push(DiscoveryClaim::BasicAuthOnly);
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn appsembles_wrong_claims_are_recognised() {
        let appsemble = json!({"filter": {"supported": false}, "authenticationSchemes": [{"type": "httpbasic", "name": "HTTPBasic"}]});
        assert_eq!(
            wrong_claims(&appsemble),
            vec![
                DiscoveryClaim::FilterUnsupported,
                DiscoveryClaim::BasicAuthOnly
            ]
        );
        let honest = json!({"filter": {"supported": true}, "authenticationSchemes": [{"type": "oauthbearertoken"}]});
        assert!(wrong_claims(&honest).is_empty());
    }
}
