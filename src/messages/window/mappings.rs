//! Texts of Step 7, the attribute mappings.

use crate::i18n::Text;

pub const MAPPINGS_GROUPS: Text = Text::new(
    "Open \"Provision Microsoft Entra ID Groups\", set Enabled to No and press Save. Appsemble's SCIM connection has no groups (assigning a group in step 3 still sends its members).",
    "Open \"Provision Microsoft Entra ID Groups\", zet Enabled op No en klik op Save. De SCIM-koppeling van Appsemble kent geen groepen (een groep toewijzen in stap 3 stuurt de leden nog steeds door).",
);
pub const MAPPINGS_USERS: Text = Text::new(
    "Open \"Provision Microsoft Entra ID Users\". Delete each row below with its Delete link; for externalId press Edit, set Source attribute to objectId and press OK. Then press Save and confirm. Exactly four rows remain: userName, active, name.formatted, externalId (locale and timezone may stay as optional extras).",
    "Open \"Provision Microsoft Entra ID Users\". Verwijder elke regel hieronder met de koppeling Delete; klik bij externalId op Edit, zet Source attribute op objectId en klik op OK. Klik daarna op Save en bevestig. Er blijven precies vier regels over: userName, active, name.formatted, externalId (locale en timezone mogen blijven als extra).",
);
pub const MAPPINGS_NO_FLAG: Text = Text::new(
    "Older page: Provisioning > Mappings, with the same two mappings.",
    "Oudere pagina: Provisioning > Mappings, met dezelfde twee kenmerktoewijzingen.",
);
pub const DELETE_THESE: Text = Text::new("Delete these rows", "Verwijder deze regels");
pub const CHANGE_THESE: Text = Text::new("Change these rows", "Wijzig deze regels");
pub const KEEP_THESE: Text = Text::new("Keep these rows", "Laat deze regels staan");
pub const MAPPING_ATTRIBUTE: Text = Text::new("Appsemble attribute", "Kenmerk in Appsemble");

/// What "Do it for me" did to the user mappings, for step 7.
pub fn mappings_done(before: usize, after: &[String]) -> String {
    let after = after.join(", ");
    crate::tr!(crate::i18n::lang(); "Done for you in Entra: the users mapping had {before} rows; now it has {after}.", "Voor u gedaan in Entra: de kenmerktoewijzing voor gebruikers had {before} regels; nu heeft ze {after}.")
}
pub const MAPPINGS_BY_HAND: Text = Text::new(
    "The same by hand, in the Entra admin center",
    "Hetzelfde met de hand, in het Entra-beheercentrum",
);
