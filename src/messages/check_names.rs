//! The short name of each check, for tables, headings and the command line.

use crate::i18n::Text;
use crate::probe::CheckId;

/// A short name for each check, for tables and headings.
pub fn check_name(id: CheckId) -> Text {
    match id {
        CheckId::Url => Text::new("Tenant URL", "Tenant URL"),
        CheckId::Dns => Text::new("Server name", "Servernaam"),
        CheckId::Connect => Text::new("Connection", "Verbinding"),
        CheckId::Tls => Text::new("Secure connection (TLS)", "Beveiligde verbinding (TLS)"),
        CheckId::Auth => Text::new("Secret Token", "Secret Token (geheim token)"),
        CheckId::EntraTestConnection => Text::new(
            "Entra's Test Connection",
            "Verbinding testen in Entra (Test Connection)",
        ),
        CheckId::Health => Text::new("Server health", "Gezondheid van de server"),
        CheckId::Groups => Text::new("Groups", "Groepen"),
        CheckId::Discovery => Text::new("Discovery endpoints", "Discovery-endpoints"),
        CheckId::Mappings => Text::new("Attribute mappings", "Kenmerktoewijzingen"),
        CheckId::Rehearsal => Text::new(
            "Rehearsal of the first sync",
            "Generale repetitie van de eerste synchronisatie",
        ),
    }
}
