//! A record of the Microsoft sign-in and Graph exchange (method, path, status, bodies) for the
//! first real tenants, so that support can turn a real run into a test fixture. Every token,
//! secret, code and verifier is removed twice over: by the fields that carry them, and by value
//! for every secret the run knows (the Graph token, the SCIM token). Headers are never recorded.

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::secret::Secret;

/// Fields whose value is always a credential, in JSON answers and in sign-in forms.
const SECRET_FIELDS: [&str; 11] = [
    "access_token",
    "refresh_token",
    "id_token",
    "code",
    "code_verifier",
    "client_secret",
    "device_code",
    "user_code",
    "password",
    "assertion",
    "client_assertion",
];
/// Bodies are kept up to this many characters.
const BODY_LIMIT: usize = 64 * 1024;
const REDACTED: &str = "[redacted]";

#[derive(Default)]
struct Recorded {
    entries: Vec<Value>,
    secrets: Vec<Secret>,
}

/// Shared by the sign-in and the Graph client of one run; cheap to clone.
#[derive(Clone, Default)]
pub struct Trace(Arc<Mutex<Recorded>>);

impl std::fmt::Debug for Trace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Trace")
    }
}

impl Trace {
    /// A value that must never appear in the trace, wherever it turns up.
    pub fn hide(&self, secret: &Secret) {
        if let Ok(mut recorded) = self.0.lock()
            && !secret.expose().is_empty()
        {
            recorded.secrets.push(secret.clone());
        }
    }

    /// One exchange. `path` is the address without scheme and host.
    pub fn record(&self, method: &str, path: &str, status: u16, request: &[u8], response: &[u8]) {
        let entry = json!({
            "method": method,
            "path": path,
            "status": status,
            "request": redacted_body(request),
            "response": redacted_body(response),
        });
        if let Ok(mut recorded) = self.0.lock() {
            recorded.entries.push(entry);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.lock().map(|r| r.entries.is_empty()).unwrap_or(true)
    }

    /// The trace as JSON lines, every known secret replaced.
    pub fn to_json_lines(&self) -> String {
        let Ok(recorded) = self.0.lock() else {
            return String::new();
        };
        let mut text = String::new();
        for entry in &recorded.entries {
            text.push_str(&entry.to_string());
            text.push('\n');
        }
        for secret in &recorded.secrets {
            let value = secret.expose();
            let encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
            let in_json = Value::from(value).to_string();
            let in_json = in_json.trim_matches('"');
            for form in [value, encoded.as_str(), in_json] {
                text = text.replace(form, REDACTED);
            }
        }
        text
    }

    /// Writes the trace where only this user can read it.
    pub fn save(&self, path: &std::path::Path) -> std::io::Result<()> {
        crate::platform::write_private(path, self.to_json_lines().as_bytes())
    }
}

/// A body as JSON with its secret fields replaced, or a sign-in form with its secret fields
/// replaced, or else text without control characters; cut to [`BODY_LIMIT`].
fn redacted_body(body: &[u8]) -> Value {
    if body.is_empty() {
        return Value::Null;
    }
    if let Ok(mut json) = serde_json::from_slice::<Value>(body) {
        redact_json(&mut json);
        return json;
    }
    let text = String::from_utf8_lossy(body);
    let looks_like_form = text.contains('=') && !text.contains(char::is_whitespace);
    let text = if looks_like_form {
        let pairs = url::form_urlencoded::parse(text.as_bytes()).map(|(k, v)| {
            let secret = SECRET_FIELDS.contains(&k.as_ref());
            (
                k.into_owned(),
                if secret {
                    REDACTED.into()
                } else {
                    v.into_owned()
                },
            )
        });
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    } else {
        text.into_owned()
    };
    Value::String(crate::net::printable(&text, BODY_LIMIT))
}

/// Replaces secret fields and the value of a `SecretToken` credential pair, at any depth.
fn redact_json(value: &mut Value) {
    match value {
        Value::Object(object) => {
            let is_token_pair = object.get("key").and_then(Value::as_str) == Some("SecretToken");
            for (key, field) in object.iter_mut() {
                // `code` is a secret in a sign-in form, but Graph's error code in JSON.
                let name = key.to_ascii_lowercase();
                let secret = (SECRET_FIELDS.contains(&name.as_str()) && name != "code")
                    || (is_token_pair && key == "value");
                if secret {
                    *field = Value::from(REDACTED);
                } else {
                    redact_json(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_removed_by_field_and_by_value() {
        let trace = Trace::default();
        trace.hide(&Secret::new("SENTINEL-graph-token"));
        trace.record(
            "POST",
            "/organizations/oauth2/v2.0/token",
            200,
            b"grant_type=authorization_code&code=SENTINEL-code&code_verifier=SENTINEL-verifier&client_id=abc",
            br#"{"access_token":"SENTINEL-graph-token","refresh_token":"SENTINEL-refresh","id_token":"x"}"#,
        );
        trace.record(
            "PUT",
            "/v1.0/servicePrincipals/1/synchronization/secrets",
            204,
            br#"{"value":[{"key":"SecretToken","value":"SENTINEL-scim"},{"key":"BaseAddress","value":"https://a"}]}"#,
            b"",
        );
        trace.record(
            "GET",
            "/v1.0/me",
            500,
            b"",
            b"oops \x1b]52;c;SENTINEL-graph-token\x07",
        );
        let text = trace.to_json_lines();
        assert!(!text.contains("SENTINEL"), "{text}");
        assert!(!text.contains('\u{1b}'), "no terminal escapes");
        assert!(text.contains("client_id=abc") && text.contains("https://a"));
        assert_eq!(text.lines().count(), 3);
    }
}
