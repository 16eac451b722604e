//! Texts of Step 6, giving Entra the credentials and testing them.

use crate::i18n::Text;

pub const SHOW: Text = Text::new("Show", "Toon");
pub const HIDE: Text = Text::new("Hide", "Verberg");
pub const CREDENTIALS_INTRO: Text = Text::new(
    "Paste these two values into Entra.",
    "Plak deze twee waarden in Entra.",
);
pub const CREDENTIALS_PATH_NEW: Text = Text::new(
    "New provisioning page: the enterprise app > Provisioning > New configuration > Tenant URL and Secret Token > Test connection > Create.",
    "Nieuwe provisioningpagina: de enterprise-app > Provisioning > New configuration > Tenant URL en Secret Token > Test connection > Create.",
);
pub const CREDENTIALS_PATH_OLD: Text = Text::new(
    "Older page: the enterprise app > Provisioning > Get started > Provisioning Mode: Automatic > Admin Credentials > Test Connection > Save.",
    "Oudere pagina: de enterprise-app > Provisioning > Get started > Provisioning Mode: Automatic > Admin Credentials > Test Connection > Save.",
);
pub const TOKEN_UNKNOWN: Text = Text::new(
    "The token is not kept between runs. Paste the token Entra has to test it, or go back and make a new one.",
    "Het token wordt niet bewaard tussen sessies. Plak het token dat Entra heeft om het te testen, of ga terug en maak een nieuw.",
);
pub const TOKEN_TO_TEST: Text = Text::new("Token to test", "Te testen token");
pub const CLIPBOARD_NOTE: Text = Text::new(
    "The clipboard is emptied 60 seconds after you copy the token, if it still holds it.",
    "Het klembord wordt 60 seconden na het kopiëren van het token leeggemaakt, als het token er dan nog op staat.",
);
pub const TEST_BUTTON: Text = Text::new("Test the connection", "Test de verbinding");
pub const REHEARSE_BUTTON: Text = Text::new(
    "Rehearse the first sync",
    "Generale repetitie van de eerste synchronisatie",
);
pub const REHEARSE_NOTE: Text = Text::new(
    "The rehearsal creates a test user in the app, changes it and deletes it again, as Entra will.",
    "De generale repetitie maakt een testgebruiker in de app, wijzigt die en verwijdert hem weer, zoals Entra zal doen.",
);
pub const TESTING: Text = Text::new(
    "Testing the connection the way Entra will…",
    "De verbinding wordt getest zoals Entra het doet…",
);
