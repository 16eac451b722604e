//! Texts of Step 8, starting provisioning and watching users arrive.

use crate::i18n::Text;

pub const PROVISION_INTRO: Text = Text::new(
    "First, in the enterprise app > Overview > Properties (pencil): set Scope to \"Sync only assigned users and groups\", enter a notification email and tick sending an email when a failure occurs, then Apply. Without that email a quarantined job goes unnoticed. Then press Start provisioning. Older page: Provisioning > Settings (Notification Email, Scope), then Provisioning Status On > Save.",
    "Eerst, in de bedrijfstoepassing > Overview > Properties (potlood): zet Scope op \"Sync only assigned users and groups\", vul een e-mailadres voor meldingen in en vink e-mail bij een fout aan, daarna Apply. Zonder dat adres valt een taak in quarantaine niemand op. Klik dan op Start provisioning. Oudere pagina: Provisioning > Settings (Notification Email, Scope), daarna Provisioning Status On > Save.",
);
pub const PROVISION_CYCLE: Text = Text::new(
    "Entra starts a first cycle soon after, then sends changes about every 40 minutes. To try one person at once, use Provision on demand in the app's menu. If nobody arrives, open Provisioning logs in the app's menu: each failed person is listed with Entra's reason.",
    "Entra begint kort daarna met een eerste ronde en stuurt daarna ongeveer elke 40 minuten de wijzigingen. Om één persoon meteen te proberen, gebruikt u Provision on demand in het menu van de app. Komt er niemand binnen, open dan Provisioning logs (Inrichtingslogboeken) in het menu van de app: daar staat elke mislukte persoon met de reden van Entra.",
);
pub const REHEARSE_FIRST: Text = Text::new(
    "Before you press Start, rehearse the first sync: it creates one labelled test user in the app and removes it again, and shows whether Appsemble can create users at all.",
    "Doe vóór Start de generale repetitie: die maakt één herkenbare testgebruiker in de app en verwijdert hem weer, en laat zien of Appsemble überhaupt gebruikers kan maken.",
);
pub const WATCH_TITLE: Text = Text::new("Users in the app", "Gebruikers in de app");
pub const WATCH_START: Text = Text::new("Watch for users", "Volg binnenkomende gebruikers");
pub const WATCH_STOP: Text = Text::new("Stop watching", "Stop met volgen");
pub const WATCH_ACTIVE: Text = Text::new(
    "Checking every 10 seconds…",
    "Elke 10 seconden controleren…",
);
pub const WATCH_NEEDS_TOKEN: Text = Text::new(
    "Watching needs the Secret Token: make it in step 5, or paste it in step 6.",
    "Voor volgen is het geheime token nodig: maak het in stap 5, of plak het in stap 6.",
);
pub const WATCH_EMPTY: Text = Text::new(
    "No users have arrived yet.",
    "Er zijn nog geen gebruikers binnengekomen.",
);
pub const ACTIVE: Text = Text::new("active", "actief");
pub const INACTIVE: Text = Text::new("inactive", "inactief");
pub fn users_total(total: u64) -> String {
    crate::tr!(crate::i18n::lang(); "{total} user(s) in the app.", "{total} gebruiker(s) in de app.")
}
pub const ENTRA_SIDE: Text = Text::new("In Entra", "Aan de kant van Entra");
pub const PERSON_NOW: Text = Text::new(
    "Person to provision now (sign-in name)",
    "Persoon om nu in te richten (aanmeldnaam)",
);
pub const PROVISION_NOW: Text = Text::new("Provision one person now", "Richt nu één persoon in");
pub const START_IN_ENTRA: Text = Text::new(
    "Start provisioning in Entra",
    "Start de inrichting in Entra",
);
pub const JOB_STATE: Text = Text::new("Provisioning job", "Inrichtingstaak");
pub const QUARANTINED: Text = Text::new("In quarantine because", "In quarantaine omdat");
pub const LAST_CYCLE: Text = Text::new("Last cycle ended", "Laatste ronde eindigde");

/// The last cycle's counts, in words.
pub fn cycle_counts(entitled: u64, exported: u64, escrowed: u64) -> String {
    crate::tr!(crate::i18n::lang(); "Last cycle: {entitled} in scope, {exported} sent to the app, {escrowed} with an error.", "Laatste ronde: {entitled} binnen bereik, {exported} naar de app gestuurd, {escrowed} met een fout.")
}
pub const STOP_WAITING: Text = Text::new("Stop waiting", "Niet meer wachten");
