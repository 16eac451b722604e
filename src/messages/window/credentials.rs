//! Texts of Step 6, giving Entra the credentials and testing them.

use crate::i18n::Text;

pub const SHOW: Text = Text::new("Show", "Toon");
pub const HIDE: Text = Text::new("Hide", "Verberg");
pub const CREDENTIALS_INTRO: Text = Text::new(
    "Paste these two values into Entra.",
    "Plak deze twee waarden in Entra.",
);
pub const CREDENTIALS_PATH_NEW: Text = Text::new(
    "New provisioning page: in the enterprise app open Provisioning and press New configuration (in some tenants: Connect your application). Choose Bearer authentication if the page asks for an authentication method, paste the Tenant URL and the Secret Token, press Test Connection, then Create.",
    "Nieuwe inrichtingspagina: open in de bedrijfstoepassing Provisioning (Inrichting) en kies New configuration (bij sommige tenants: Connect your application). Kies Bearer-verificatie als de pagina om een verificatiemethode vraagt, plak de Tenant-URL en het geheime token (Secret Token), klik op Test Connection (Verbinding testen) en daarna op Create.",
);
pub const CREDENTIALS_PATH_OLD: Text = Text::new(
    "Older page: the enterprise app > Provisioning > Get started > Provisioning Mode: Automatic > Admin Credentials: Tenant URL and Secret Token > Test Connection > Save.",
    "Oudere pagina: de bedrijfstoepassing > Provisioning > Get started > Provisioning Mode: Automatic > Admin Credentials: Tenant-URL en Secret Token > Test Connection > Save.",
);
pub const TOKEN_UNKNOWN: Text = Text::new(
    "The token is not kept between runs, and Entra never shows a saved Secret Token again. If you still have it (for example in a password manager), paste it to test it; otherwise go back to step 5 and make a new one, and paste that into Entra too.",
    "Het token wordt niet bewaard tussen sessies, en Entra toont een opgeslagen geheim token nooit meer. Hebt u het nog (bijvoorbeeld in een wachtwoordkluis), plak het dan om het te testen; ga anders terug naar stap 5, maak een nieuw en plak dat ook in Entra.",
);
pub const NO_FLAG: Text = Text::new(
    "Paste the Tenant URL exactly as shown, with nothing after it. Microsoft suggests adding ?aadOptscim062020 for some apps: do not, because Entra then sends values Appsemble rejects.",
    "Plak de Tenant-URL precies zoals hier, met niets erachter. Microsoft raadt bij sommige apps aan ?aadOptscim062020 toe te voegen: doe dat niet, want Entra stuurt dan waarden die Appsemble weigert.",
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
    "The rehearsal creates one labelled test user in the app, changes it and removes it again, as Entra will: the only way to learn before Start whether Appsemble can receive users.",
    "De generale repetitie maakt één herkenbare testgebruiker in de app, wijzigt die en verwijdert hem weer, zoals Entra zal doen: de enige manier om vóór Start te weten of Appsemble gebruikers kan ontvangen.",
);
pub const TESTING: Text = Text::new(
    "Testing the connection the way Entra will…",
    "De verbinding wordt getest zoals Entra het doet…",
);
pub const DO_IT_TITLE: Text = Text::new("Do it for me in Entra", "Doe het voor mij in Entra");
pub const DO_IT_ASSIGN: Text = Text::new(
    "People and groups to assign (sign-in names or group names, separated by commas)",
    "Toe te wijzen mensen en groepen (aanmeldnamen of groepsnamen, gescheiden door komma's)",
);
pub const DO_IT_NOTIFY: Text = Text::new(
    "Email for failure notices",
    "E-mailadres voor foutmeldingen",
);
pub const DO_IT_BUTTON: Text = Text::new("Do it for me", "Doe het voor mij");
pub const DO_IT_NEEDS: Text = Text::new(
    "Needs the Microsoft sign-in (step 2) and the token (step 5).",
    "Vereist de aanmelding bij Microsoft (stap 2) en het token (stap 5).",
);
pub const DO_IT_WORKING: Text = Text::new(
    "Setting up provisioning in Entra…",
    "Inrichting in Entra wordt ingesteld…",
);
pub const DO_IT_NOW: Text = Text::new(
    "Setting up provisioning in Entra; now:",
    "Inrichting in Entra wordt ingesteld; nu:",
);
