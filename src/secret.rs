//! A wrapper that keeps tokens, passwords and client secrets out of logs and output.

use std::fmt;

/// A secret value (SCIM token, password, client secret, access token).
///
/// `Debug` and `Display` print a fixed placeholder, so a secret that ends up in a log line, an error
/// message or a panic is redacted by construction. The only way to read the value is
/// [`Secret::expose`], which makes every place that needs the real value easy to find.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(String);

/// What every redacted secret prints as.
pub const REDACTED: &str = "[redacted]";

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The real value, for the one place that must send it over the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The inner string, for the text field that edits it (the `ui` layer only).
    pub(crate) fn as_mut_string(&mut self) -> &mut String {
        &mut self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The last four characters, which is how support can tell two tokens apart without seeing
    /// either one.
    pub fn last_four(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        let start = chars.len().saturating_sub(4);
        chars[start..].iter().collect()
    }

    /// A masked form for screens and terminal output: dots and the last four characters.
    pub fn masked(&self) -> String {
        if self.0.chars().count() <= 8 {
            return "••••".to_string();
        }
        format!("••••••••{}", self.last_four())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_string())
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let secret = Secret::new("hunter2-very-secret");
        assert_eq!(format!("{secret:?}"), REDACTED);
        assert_eq!(format!("{secret}"), REDACTED);
        #[derive(Debug)]
        #[allow(dead_code)]
        struct Holder {
            token: Secret,
        }
        let holder = format!(
            "{:?}",
            Holder {
                token: secret.clone()
            }
        );
        assert!(!holder.contains("hunter2"), "{holder}");
        assert_eq!(secret.expose(), "hunter2-very-secret");
    }

    #[test]
    fn masking_shows_only_the_last_four_characters() {
        let secret = Secret::new("abcdefghijklmnop");
        assert_eq!(secret.last_four(), "mnop");
        assert_eq!(secret.masked(), "••••••••mnop");
        assert_eq!(Secret::new("short").masked(), "••••");
        assert_eq!(Secret::new("ab").last_four(), "ab");
    }
}
