//! Texts of Step 9, the summary and the report.

use crate::i18n::Text;

pub const DONE_INTRO: Text = Text::new(
    "The Appsemble side is ready.",
    "De kant van Appsemble is klaar.",
);
pub const DONE_SERVER: Text = Text::new("Server", "Server");
pub const DONE_APP: Text = Text::new("App", "App");
pub const DONE_TEST: Text = Text::new("Last test", "Laatste test");
pub const DONE_NOT_TESTED: Text =
    Text::new("not run in this session", "niet uitgevoerd in deze sessie");
pub const REPORT_PATH: Text = Text::new("Report file", "Rapportbestand");
pub const SAVE_REPORT: Text = Text::new("Save report", "Sla rapport op");
pub const REPORT_NEEDS_TEST: Text = Text::new(
    "Run the connection test in step 6 first; the report describes its results.",
    "Voer eerst de verbindingstest in stap 6 uit; het rapport beschrijft de uitkomst daarvan.",
);
