//! Texts of Step 7, the attribute mappings.

use crate::i18n::Text;

pub const MAPPINGS_GROUPS: Text = Text::new(
    "Open the groups mapping and set Enabled to No. Appsemble has no groups.",
    "Open de toewijzing voor groepen en zet Enabled op No. Appsemble heeft geen groepen.",
);
pub const MAPPINGS_USERS: Text = Text::new(
    "Open the users mapping and change it as below, then Save.",
    "Open de toewijzing voor gebruikers, pas die aan zoals hieronder en klik op Save.",
);
pub const MAPPINGS_NO_FLAG: Text = Text::new(
    "Add nothing to the end of the Tenant URL (no ?aadOptscim062020).",
    "Zet niets achter de Tenant URL (geen ?aadOptscim062020).",
);
pub const DELETE_THESE: Text = Text::new("Delete these rows", "Verwijder deze regels");
pub const CHANGE_THESE: Text = Text::new("Change these rows", "Wijzig deze regels");
pub const KEEP_THESE: Text = Text::new("Keep these rows", "Laat deze regels staan");
pub const MAPPING_ATTRIBUTE: Text = Text::new("Appsemble attribute", "Kenmerk in Appsemble");
