//! Texts of the hand-off in the window: making one (step 6, Done) and opening one.

use crate::i18n::Text;

pub const WAY_HANDOFF: Text = Text::new(
    "I received a hand-off file",
    "Ik heb een overdrachtsbestand ontvangen",
);
pub const WAY_HANDOFF_NOTE: Text = Text::new(
    "The app's owner sent you a file and, separately, a passphrase. You need no Appsemble account: the file holds the Tenant URL and token, and the assistant connects Entra with them.",
    "De eigenaar van de app stuurde u een bestand en, apart, een wachtwoordzin. U hebt geen Appsemble-account nodig: het bestand bevat de Tenant-URL en het token, en de assistent koppelt Entra daarmee.",
);
pub const HANDOFF_SECTION: Text = Text::new("1. The hand-off file", "1. Het overdrachtsbestand");
pub const HANDOFF_FILE: Text = Text::new(
    "Hand-off file (type its path, or drop it on this window)",
    "Overdrachtsbestand (typ het pad, of sleep het op dit venster)",
);
pub const HANDOFF_PASSPHRASE: Text = Text::new("Passphrase", "Wachtwoordzin");
pub const HANDOFF_OPEN: Text = Text::new("Open", "Openen");
pub const HANDOFF_OPENING: Text = Text::new("Opening…", "Bezig met openen…");
pub const HANDOFF_UNREADABLE: Text = Text::new(
    "That file cannot be read: check its name and folder.",
    "Dat bestand kan niet worden gelezen: controleer de naam en de map.",
);
pub const HANDOFF_BY_HAND: Text = Text::new(
    "Copy the Tenant URL and token by hand instead",
    "Tenant-URL en token toch zelf kopiëren",
);
pub const HANDOFF_MAKE_TITLE: Text = Text::new(
    "Someone else is the Entra admin?",
    "Is iemand anders de Entra-beheerder?",
);
pub const HANDOFF_MAKE_NOTE: Text = Text::new(
    "Make a hand-off file for them: it holds the Tenant URL, the token and this test's verdicts, sealed with a passphrase shown once. It opens for 7 days.",
    "Maak een overdrachtsbestand voor hen: het bevat de Tenant-URL, het token en de uitkomst van deze test, verzegeld met een wachtwoordzin die één keer getoond wordt. Het opent 7 dagen lang.",
);
pub const HANDOFF_OUT: Text = Text::new("Save the file as", "Bestand opslaan als");
pub const HANDOFF_MAKE: Text = Text::new("Make a hand-off file", "Overdrachtsbestand maken");
pub const HANDOFF_MADE: Text = Text::new("Written:", "Geschreven:");
pub const HANDOFF_NOT_MADE: Text = Text::new(
    "The hand-off file could not be written there; choose another place.",
    "Het overdrachtsbestand kon daar niet worden geschreven; kies een andere plek.",
);

/// "From owner@example.com: Notes on https://appsemble.app, valid until …"
pub fn received_from(made_by: &str, app: &str, server: &str, until: &str) -> String {
    crate::tr!(crate::i18n::lang(); "From {made_by}: {app} on {server}, valid until {until}.", "Van {made_by}: {app} op {server}, geldig tot {until}.")
}

/// The owner's verdicts, as the file carries them.
pub fn received_verdicts(connection: Option<bool>, provisioning: Option<bool>) -> String {
    let said = |v: Option<bool>| match v {
        Some(true) => Text::new("yes", "ja"),
        Some(false) => Text::new("no", "nee"),
        None => Text::new("not tested", "niet getest"),
    };
    let (c, p) = (said(connection).get(), said(provisioning).get());
    crate::tr!(crate::i18n::lang(); "The owner's test: Test Connection would pass: {c}. Appsemble can receive users: {p}.", "De test van de eigenaar: Test Connection zou slagen: {c}. Appsemble kan gebruikers ontvangen: {p}.")
}

pub const ROTATE_TITLE: Text = Text::new(
    "A new token, in Appsemble and Entra at once",
    "Een nieuw token, in Appsemble en Entra tegelijk",
);
pub const ROTATE_BUTTON: Text = Text::new("Replace the token everywhere", "Token overal vervangen");
pub const ROTATE_NOTE: Text = Text::new(
    "Makes a new token in Appsemble and saves it in Entra at once, then checks both. Appsemble keeps one token per app, so the old one stops working the moment the new one is made.",
    "Maakt een nieuw token in Appsemble en slaat het meteen op in Entra, en controleert daarna beide. Appsemble bewaart één token per app, dus het oude werkt niet meer zodra het nieuwe gemaakt is.",
);
pub const ROTATE_CONFIRM: Text = Text::new(
    "Replace the token now? Anything else that uses the old token stops working.",
    "Het token nu vervangen? Alles wat het oude token nog gebruikt, werkt dan niet meer.",
);
pub const ROTATE_YES: Text = Text::new("Replace the token now", "Token nu vervangen");

/// "Entra had the new token 53.0 ms after the old one stopped working."
pub fn rotation_gap(gap: std::time::Duration) -> String {
    let ms = format!("{:.1}", gap.as_secs_f64() * 1000.0);
    crate::tr!(crate::i18n::lang(); "Entra had the new token {ms} ms after the old one stopped working.", "Entra had het nieuwe token {ms} ms nadat het oude niet meer werkte.")
}
pub const CHECK_BOTH: Text = Text::new("Check both halves now", "Beide helften nu controleren");
pub const CHECK_BOTH_NOTE: Text = Text::new(
    "The token Appsemble has, tested as Entra tests it, and — signed in with Microsoft — Entra's own check of the token its provisioning job holds.",
    "Het token dat Appsemble heeft, getest zoals Entra test, en — aangemeld bij Microsoft — de eigen controle door Entra van het token in de inrichtingstaak.",
);
pub const ENTRA_HOLDS: Text = Text::new("The token Entra holds:", "Het token dat Entra heeft:");
pub const BOTH_HEALTHY: Text = Text::new("Both halves work.", "Beide helften werken.");
pub const BOTH_NOT_HEALTHY: Text = Text::new(
    "Something needs your attention (see below).",
    "Er vraagt iets uw aandacht (zie hieronder).",
);
