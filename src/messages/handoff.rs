//! Texts of the hand-off file, for the command line and the window.

use super::Explanation;
use crate::handoff::OpenError;
use crate::i18n::{Lang, Text};

pub const PASSPHRASE_ENV: &str = "SCIM_ASSISTANT_HANDOFF_PASSPHRASE";

pub const CREATED: Text = Text::new("Hand-off file written:", "Overdrachtsbestand geschreven:");
pub const PASSPHRASE: Text = Text::new(
    "Passphrase (shown once, kept nowhere):",
    "Wachtwoordzin (één keer getoond, nergens bewaard):",
);
pub const VALID_UNTIL: Text = Text::new("Valid until", "Geldig tot");
pub const SEND_APART: Text = Text::new(
    "Send the two apart: the file by mail, the passphrase by phone or another channel. Whoever has both can connect Entra to this app. Making a new token later makes the file useless.",
    "Stuur de twee apart: het bestand per mail, de wachtwoordzin per telefoon of een ander kanaal. Wie beide heeft, kan Entra aan deze app koppelen. Een nieuw token maken maakt het bestand daarna onbruikbaar.",
);
pub const ASK_PASSPHRASE: Text = Text::new(
    "Passphrase of the hand-off file: ",
    "Wachtwoordzin van het overdrachtsbestand: ",
);
pub const BAD_EXPIRES: Text = Text::new(
    "--expires is not a duration of at least one minute.",
    "--expires is geen duur van minstens één minuut.",
);
pub const BAD_EXPIRES_FIX: Text = Text::new(
    "Write it as minutes, hours or days, for example 30m, 12h or 7d.",
    "Schrijf het als minuten, uren of dagen, bijvoorbeeld 30m, 12h of 7d.",
);
pub const NO_PASSPHRASE: Text = Text::new(
    "No passphrase for the hand-off file.",
    "Geen wachtwoordzin voor het overdrachtsbestand.",
);
pub const NO_PASSPHRASE_FIX: Text = Text::new(
    "Type it when asked (in a terminal), or set SCIM_ASSISTANT_HANDOFF_PASSPHRASE.",
    "Typ hem wanneer erom gevraagd wordt (in een terminal), of zet SCIM_ASSISTANT_HANDOFF_PASSPHRASE.",
);
pub const UNREADABLE: Text = Text::new(
    "The hand-off file cannot be read.",
    "Het overdrachtsbestand kan niet worden gelezen.",
);
pub const UNREADABLE_FIX: Text = Text::new(
    "Check the file's name and folder.",
    "Controleer de naam en de map van het bestand.",
);
pub const UNWRITABLE: Text = Text::new(
    "The hand-off file cannot be written:",
    "Het overdrachtsbestand kan niet worden geschreven:",
);
pub const NOT_SEALED: Text = Text::new(
    "The hand-off could not be sealed: this computer's random number generator is not available.",
    "De overdracht kon niet worden verzegeld: de willekeurige-getallengenerator van deze computer is niet beschikbaar.",
);
pub const FROM: Text = Text::new("Hand-off from", "Overdracht van");

/// Why a hand-off file did not open, in one sentence, with the next step.
pub fn explain_open_error(error: &OpenError, lang: Lang) -> Explanation {
    let (summary, fix) = match error {
        OpenError::WrongPassphrase => (
            Text::new(
                "The passphrase does not open this file.",
                "De wachtwoordzin opent dit bestand niet.",
            ),
            Text::new(
                "Check it with the person who sent the file: six words joined by hyphens.",
                "Controleer hem bij wie het bestand stuurde: zes woorden met streepjes ertussen.",
            ),
        ),
        OpenError::Expired { .. } => (
            Text::new(
                "This hand-off file has expired.",
                "Dit overdrachtsbestand is verlopen.",
            ),
            Text::new(
                "Ask the app's owner for a new file.",
                "Vraag de eigenaar van de app om een nieuw bestand.",
            ),
        ),
        OpenError::Damaged => (
            Text::new(
                "This hand-off file is damaged: it was changed or cut off after it was made.",
                "Dit overdrachtsbestand is beschadigd: het is na het maken gewijzigd of afgekapt.",
            ),
            Text::new(
                "Ask the app's owner to send it again, as an attachment.",
                "Vraag de eigenaar van de app het opnieuw te sturen, als bijlage.",
            ),
        ),
        OpenError::NotAHandOff => (
            Text::new(
                "This is not a hand-off file of the SCIM Setup Assistant.",
                "Dit is geen overdrachtsbestand van de SCIM-installatieassistent.",
            ),
            Text::new(
                "Ask the app's owner for the file the assistant made (it starts with -----BEGIN AGE ENCRYPTED FILE-----).",
                "Vraag de eigenaar van de app om het bestand dat de assistent maakte (het begint met -----BEGIN AGE ENCRYPTED FILE-----).",
            ),
        ),
    };
    Explanation {
        summary: summary.in_lang(lang).to_string(),
        fix: fix.in_lang(lang).to_string(),
    }
}
