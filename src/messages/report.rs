//! Texts of the support report.

use crate::i18n::Text;

pub const TITLE: Text = Text::new("Appsemble SCIM diagnostics", "Appsemble SCIM-diagnose");
pub const CHECKED_AT: Text = Text::new("Checked at (UTC)", "Gecontroleerd op (UTC)");
pub const TENANT_URL: Text = Text::new("Tenant URL", "Tenant-URL");
pub const SERVER: Text = Text::new("Server", "Server");
pub const SERVER_VERSION: Text = Text::new("Appsemble version", "Appsemble-versie");
pub const TOKEN: Text = Text::new("Secret Token", "Geheim token");
pub const TOKEN_ENDS_IN: Text = Text::new("ends in", "eindigt op");
pub const ASSISTANT: Text = Text::new("Checked with", "Gecontroleerd met");
pub const RESULT: Text = Text::new("Result", "Uitkomst");
pub const TOOK: Text = Text::new("Took", "Duur");
pub const PASSED: Text = Text::new("passed", "geslaagd");
pub const WARNINGS: Text = Text::new("warnings", "waarschuwingen");
pub const FAILED: Text = Text::new("failed", "mislukt");
pub const UNKNOWN: Text = Text::new("unknown", "onbekend");
pub const FINDINGS: Text = Text::new("Findings", "Bevindingen");
pub const FIX: Text = Text::new("Fix", "Oplossing");
pub const PASS: Text = Text::new("PASS", "GOED");
pub const WARN: Text = Text::new("WARN", "LET OP");
pub const FAIL: Text = Text::new("FAIL", "FOUT");
pub const SKIP: Text = Text::new("SKIP", "OVERGESLAGEN");
pub const MAPPINGS: Text = Text::new(
    "Attribute mappings for Entra",
    "Kenmerktoewijzingen voor Entra",
);
pub const MAPPINGS_INTRO: Text = Text::new(
    "Entra's default user mappings, and what to do with each before you start provisioning (Entra: the enterprise app > Attribute mapping > the users mapping).",
    "De standaard-kenmerktoewijzingen van Entra voor gebruikers, en wat u met elk ervan doet voordat u provisioning start (Entra: de bedrijfstoepassing > Attribute mapping > de kenmerktoewijzing voor gebruikers).",
);
pub const MAPPINGS_AFTER: Text = Text::new(
    "Also: set the groups mapping to Enabled: No, and add nothing to the end of the Tenant URL.",
    "Verder: zet de kenmerktoewijzing voor groepen op Enabled: No, en zet niets achter de Tenant URL.",
);
pub const MAPPING_TARGET: Text = Text::new("Appsemble attribute", "Kenmerk in Appsemble");
pub const MAPPING_SOURCE: Text = Text::new("Entra source", "Bron in Entra");
pub const MAPPING_ACTION: Text = Text::new("Do", "Doen");
pub const MAPPING_WHY: Text = Text::new("Why", "Waarom");
pub const KEEP: Text = Text::new("Keep", "Laten staan");
pub const DELETE: Text = Text::new("Delete", "Verwijderen");
pub const CHANGE_TO: Text = Text::new("Change source to", "Bron wijzigen in");
pub const WRITTEN: Text = Text::new("Report written to", "Rapport geschreven naar");
