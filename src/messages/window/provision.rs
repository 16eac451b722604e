//! Texts of Step 8, starting provisioning and watching users arrive.

use crate::i18n::Text;

pub const PROVISION_INTRO: Text = Text::new(
    "Start provisioning in Entra: the enterprise app > Overview > Start provisioning (older page: Provisioning Status On > Save).",
    "Start provisioning in Entra: de enterprise-app > Overview > Start provisioning (oudere pagina: Provisioning Status On > Save).",
);
pub const PROVISION_CYCLE: Text = Text::new(
    "Entra runs a first cycle soon after, then one about every 40 minutes. To try one person at once, use Provision on demand in the app's menu.",
    "Entra doet kort daarna een eerste ronde, daarna ongeveer elke 40 minuten. Om één persoon meteen te proberen, gebruikt u Provision on demand in het menu van de app.",
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
    "Watching needs the Secret Token: go back to step 6 and paste or make it.",
    "Volgen vraagt het geheime token: ga terug naar stap 6 en plak of maak het.",
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
