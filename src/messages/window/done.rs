//! Texts of Step 9, the summary and the report.

use crate::i18n::Text;

pub const DONE_READY: Text = Text::new(
    "Ready: Entra's Test Connection should pass and the rehearsal showed that Appsemble can receive users. Start provisioning in Entra (step 8).",
    "Klaar: Verbinding testen in Entra zou moeten slagen en de generale repetitie liet zien dat Appsemble gebruikers kan ontvangen. Start de inrichting in Entra (stap 8).",
);
pub const DONE_UNREHEARSED: Text = Text::new(
    "Entra's Test Connection should pass. Whether Appsemble can receive users is not known yet: rehearse the first sync in step 6 before you start provisioning.",
    "Verbinding testen in Entra zou moeten slagen. Of Appsemble gebruikers kan ontvangen is nog niet bekend: doe de generale repetitie in stap 6 voordat u de inrichting start.",
);
pub const DONE_CANNOT_RECEIVE: Text = Text::new(
    "Not ready: Appsemble cannot receive users yet. Do not start provisioning; save the report below and send it to whoever runs the server.",
    "Niet klaar: Appsemble kan nog geen gebruikers ontvangen. Start de inrichting niet; sla het rapport hieronder op en stuur het naar de beheerder van de server.",
);
pub const DONE_CONNECTION_FAILS: Text = Text::new(
    "Not ready: Entra's Test Connection would fail. Go back to step 6 and fix the first problem.",
    "Niet klaar: Verbinding testen in Entra zou mislukken. Ga terug naar stap 6 en los het eerste probleem op.",
);
pub const DONE_UNTESTED: Text = Text::new(
    "Not tested in this session: run the test in step 6 to know whether everything is ready.",
    "Niet getest in deze sessie: voer de test in stap 6 uit om te weten of alles klaar is.",
);
pub const DONE_SERVER: Text = Text::new("Server", "Server");
pub const DONE_APP: Text = Text::new("App", "App");
pub const REPORT_PATH: Text = Text::new("Report file", "Rapportbestand");
pub const SAVE_REPORT: Text = Text::new("Save report", "Sla rapport op");
pub const REPORT_NEEDS_TEST: Text = Text::new(
    "Run the connection test in step 6 first; the report describes its results.",
    "Voer eerst de verbindingstest in stap 6 uit; het rapport beschrijft de uitkomst daarvan.",
);
pub const REPORT_SAVED: Text = Text::new("Report saved to", "Rapport opgeslagen in");
pub const REPORT_NOT_SAVED: Text = Text::new(
    "Could not save the report at",
    "Kon het rapport niet opslaan in",
);
