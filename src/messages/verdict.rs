//! The two verdicts, worded: will Entra's Test Connection pass, and can Appsemble receive users.
//! The window, the command line and the report all say them the same way.

use crate::i18n::{Lang, Text};
use crate::probe::{ConnectionVerdict, ProvisioningVerdict};

/// Good, bad, or not known yet: decides the icon and the colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Unknown,
}

impl Tone {
    /// A mark that says the tone without colour (for screen readers and colour-blind readers the
    /// sentence says it too).
    pub fn icon(self) -> &'static str {
        match self {
            Tone::Good => "✔",
            Tone::Bad => "✖",
            Tone::Unknown => "–",
        }
    }
}

const CONNECTION_PASS: Text = Text::new(
    "Entra's Test Connection should pass.",
    "Verbinding testen (Test Connection) in Entra zou moeten slagen.",
);
const CONNECTION_FAIL: Text = Text::new(
    "Entra's Test Connection would fail. Fix the first problem below and test again.",
    "Verbinding testen (Test Connection) in Entra zou mislukken. Los het eerste probleem hieronder op en test opnieuw.",
);
const PROVISIONING_PASS: Text = Text::new(
    "Appsemble can receive users: the rehearsal created, changed and removed a test user.",
    "Appsemble kan gebruikers ontvangen: de generale repetitie heeft een testgebruiker gemaakt, gewijzigd en verwijderd.",
);
const PROVISIONING_FAIL: Text = Text::new(
    "Appsemble cannot receive users: the rehearsal failed (see below). Do not start provisioning yet; send the report to whoever runs the server.",
    "Appsemble kan geen gebruikers ontvangen: de generale repetitie mislukte (zie hieronder). Start de inrichting nog niet; stuur het rapport naar de beheerder van de server.",
);
const PROVISIONING_UNKNOWN: Text = Text::new(
    "Whether Appsemble can receive users is not known yet: rehearse the first sync to find out.",
    "Of Appsemble gebruikers kan ontvangen is nog niet bekend: doe de generale repetitie om het te weten.",
);

/// The Test Connection verdict, in `l`.
pub fn connection_in(verdict: ConnectionVerdict, l: Lang) -> (Tone, &'static str) {
    match verdict {
        ConnectionVerdict::Pass => (Tone::Good, CONNECTION_PASS.in_lang(l)),
        ConnectionVerdict::Fail => (Tone::Bad, CONNECTION_FAIL.in_lang(l)),
    }
}

/// The provisioning verdict, in `l`.
pub fn provisioning_in(verdict: ProvisioningVerdict, l: Lang) -> (Tone, &'static str) {
    match verdict {
        ProvisioningVerdict::Pass => (Tone::Good, PROVISIONING_PASS.in_lang(l)),
        ProvisioningVerdict::Fail => (Tone::Bad, PROVISIONING_FAIL.in_lang(l)),
        ProvisioningVerdict::Unknown => (Tone::Unknown, PROVISIONING_UNKNOWN.in_lang(l)),
    }
}

/// Both verdicts as two lines (tone, sentence), in the current language.
pub fn lines(
    connection: ConnectionVerdict,
    provisioning: ProvisioningVerdict,
) -> [(Tone, &'static str); 2] {
    let l = crate::i18n::lang();
    [
        connection_in(connection, l),
        provisioning_in(provisioning, l),
    ]
}
