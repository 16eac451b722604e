//! Texts of "Set it up for me", the express path.

use crate::i18n::Text;
use crate::wizard::{Stage, StageStatus};

pub const EXPRESS_TITLE: Text = Text::new("Set it up for me", "Regel het voor mij");
pub const EXPRESS_INTRO: Text = Text::new(
    "Sign in to both, say who gets access, then press Connect. Nothing is changed before you press it.",
    "Log bij beide in, zeg wie toegang krijgt en druk dan op Koppelen. Er verandert niets voordat u erop drukt.",
);
pub const EXPRESS_APPSEMBLE: Text = Text::new(
    "1. Your Appsemble account and the app",
    "1. Uw Appsemble-account en de app",
);
pub const EXPRESS_MICROSOFT: Text = Text::new(
    "2. Your Microsoft account (Entra admin)",
    "2. Uw Microsoft-account (Entra-beheerder)",
);
pub const EXPRESS_WHO: Text = Text::new("3. Who gets access", "3. Wie krijgt toegang");
pub const EXPRESS_CONNECT_TITLE: Text = Text::new("4. Connect", "4. Koppelen");
pub const CHOSEN_PEOPLE: Text = Text::new(
    "People and groups I choose",
    "Mensen en groepen die ik kies",
);
pub const CONNECT: Text = Text::new("Connect", "Koppelen");
pub const CONNECT_NEEDS: Text = Text::new(
    "Connect needs both sign-ins, an app that is ready, and someone to give access.",
    "Koppelen heeft beide aanmeldingen nodig, een app die klaar is, en iemand die toegang krijgt.",
);
pub const CONNECT_DOES: Text = Text::new(
    "Connect turns SCIM on and makes the token, tests the connection as Entra will and rehearses the first sync, then makes and sets up the enterprise application in Entra, gives access, and provisions the first person now. It stops at the first step that fails, with what to do.",
    "Koppelen zet SCIM aan en maakt het token, test de verbinding zoals Entra dat doet en repeteert de eerste synchronisatie, maakt en regelt dan de bedrijfstoepassing in Entra, geeft toegang, en richt de eerste persoon nu in. Het stopt bij de eerste stap die mislukt, met wat u kunt doen.",
);
pub const CONNECT_REPLACE: Text = Text::new(
    "This sign-in cannot read the app's token. If the app already has one that another connection uses, Connect replaces it and that connection stops working until it gets the new one.",
    "Deze aanmelding kan het token van de app niet lezen. Als de app er al een heeft dat een andere koppeling gebruikt, vervangt Koppelen het en werkt die koppeling pas weer met het nieuwe token.",
);
pub const CONNECT_REPLACE_YES: Text = Text::new(
    "Replace the token and connect",
    "Token vervangen en koppelen",
);
pub const CHANGE: Text = Text::new(
    "Change the sign-ins, the app or who gets access",
    "Aanmeldingen, app of wie toegang krijgt wijzigen",
);
pub const STOP: Text = Text::new("Stop", "Stoppen");
pub const BY_HAND: Text = Text::new("Do this step by hand", "Deze stap zelf doen");
pub const NOT_IN_APP: Text = Text::new(
    "Entra says it sent the person, but the app does not list them.",
    "Entra zegt dat het de persoon heeft gestuurd, maar de app kent hem of haar niet.",
);
pub const NOT_IN_APP_FIX: Text = Text::new(
    "Wait a minute and connect again; if they are still missing, check the app's users in Appsemble Studio and save a trace for support.",
    "Wacht een minuut en koppel opnieuw; ontbreekt de persoon dan nog, kijk dan bij de gebruikers van de app in Appsemble Studio en sla een trace op voor support.",
);
pub const START_EVERYONE: Text = Text::new(
    "Start provisioning for everyone else",
    "Inrichting starten voor alle anderen",
);
pub const STARTED: Text = Text::new(
    "Provisioning has started. Entra sends everyone assigned within about 40 minutes, then every change.",
    "De inrichting is gestart. Entra stuurt iedereen die is toegewezen binnen ongeveer 40 minuten, en daarna elke wijziging.",
);
pub const WATCH_IT: Text = Text::new("Watch it in the steps", "Volg het in de stappen");
pub const NOBODY_FIRST: Text = Text::new(
    "Only groups were chosen, so nobody was provisioned first. Start provisioning to send their members.",
    "Er zijn alleen groepen gekozen, dus niemand is als eerste ingericht. Start de inrichting om de leden te sturen.",
);

/// "Alex Wilber (alex@contoso.example) is in Notes."
pub fn arrived(person: &str, app: &str) -> String {
    crate::tr!(crate::i18n::lang(); "{person} is in {app}: the connection works.", "{person} staat in {app}: de koppeling werkt.")
}

/// "Only me (alex@contoso.example), for a first try"; before the Microsoft sign-in, without who.
pub fn only_me(who: Option<&str>) -> String {
    match who {
        Some(who) => {
            crate::tr!(crate::i18n::lang(); "Only me ({who}), for a first try", "Alleen ikzelf ({who}), om het eerst te proberen")
        }
        None => Text::new(
            "Only me, for a first try",
            "Alleen ikzelf, om het eerst te proberen",
        )
        .get()
        .to_string(),
    }
}

/// A stage of Connect, as the list shows it.
pub fn stage_name(stage: Stage, person: Option<&str>) -> String {
    let person = person.unwrap_or("");
    let text = match stage {
        Stage::ScimOn => Text::new(
            "Turn on SCIM and make the token",
            "SCIM aanzetten en het token maken",
        ),
        Stage::Test => Text::new(
            "Test the connection as Entra will, and rehearse the first sync",
            "De verbinding testen zoals Entra dat doet, en de eerste synchronisatie repeteren",
        ),
        Stage::Entra => Text::new(
            "Set up the enterprise application in Entra and give access",
            "De bedrijfstoepassing in Entra regelen en toegang geven",
        ),
        Stage::FirstPerson => {
            return crate::tr!(crate::i18n::lang(); "Provision {person} now", "{person} nu inrichten");
        }
        Stage::ReadBack => {
            return crate::tr!(crate::i18n::lang(); "Find {person} in the app", "{person} in de app terugvinden");
        }
    };
    text.get().to_string()
}

/// A stage's status, in words beside its mark.
pub fn stage_status(status: StageStatus) -> Text {
    match status {
        StageStatus::Waiting => Text::new("to do", "nog te doen"),
        StageStatus::Running => Text::new("now", "nu bezig"),
        StageStatus::Done => Text::new("done", "klaar"),
        StageStatus::Skipped => Text::new("not needed", "niet nodig"),
        StageStatus::Failed => Text::new("failed", "mislukt"),
        StageStatus::Stopped => Text::new("stopped", "gestopt"),
    }
}
