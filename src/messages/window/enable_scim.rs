//! Texts of Step 5, turning SCIM on.

use crate::i18n::Text;

pub const WORKING: Text = Text::new("Working…", "Bezig…");
pub const ENABLE_INTRO: Text = Text::new(
    "One click switches SCIM on for the app and makes the secret token Entra will use.",
    "Eén klik zet SCIM aan voor de app en maakt het geheime token dat Entra gaat gebruiken.",
);
pub const ENABLE_BUTTON: Text = Text::new(
    "Turn on SCIM and create the token",
    "Zet SCIM aan en maak het token",
);
pub const ENABLE_EXISTING: Text = Text::new(
    "This app already has a SCIM token. If Entra is already connected with it, keep it.",
    "Deze app heeft al een SCIM-token. Is Entra er al mee gekoppeld, behoud het dan.",
);
pub const REPLACE_TOKEN: Text = Text::new("Make a new token", "Maak een nieuw token");
pub const REPLACE_WARNING: Text = Text::new(
    "A new token replaces the old one at once: any Entra connection using the old token stops working until you paste the new one there.",
    "Een nieuw token vervangt het oude meteen: een koppeling in Entra met het oude token werkt niet meer tot u het nieuwe daar plakt.",
);
pub const REPLACE_CONFIRM: Text = Text::new("Replace the token", "Vervang het token");
pub const ENABLED_NEW: Text = Text::new(
    "SCIM is on and a new token was made.",
    "SCIM staat aan en er is een nieuw token gemaakt.",
);
pub const ENABLED_KEPT: Text = Text::new(
    "SCIM is on; the current token was kept.",
    "SCIM staat aan; het huidige token is behouden.",
);
pub const ENABLE_NEEDS_APP: Text = Text::new(
    "Choose an app in the previous step first.",
    "Kies eerst een app in de vorige stap.",
);
pub const CLIENT_MAKES_NEW: Text = Text::new(
    "With client credentials the assistant cannot see whether this app already has a token, so it makes a new one, and asks first: a new token ends any Entra connection that uses the old one.",
    "Met client credentials kan de assistent niet zien of deze app al een token heeft, dus maakt hij een nieuw, en vraagt eerst: een nieuw token beëindigt elke koppeling in Entra die het oude gebruikt.",
);
pub const KEEP_TOKEN: Text = Text::new("Keep the current token", "Behoud het huidige token");
