//! Texts of replacing the token in both places (`rotate`; the window's "Replace the token
//! everywhere").

use super::Explanation;
use crate::enable::EnableError;
use crate::i18n::{Lang, Text};
use crate::rotate::RotateStep;

pub const GAP: Text = Text::new(
    "Entra held the new token this long after the old one stopped working:",
    "Zo lang na het vervallen van het oude token had Entra het nieuwe:",
);
pub const NEW_TOKEN: Text = Text::new(
    "The new Secret Token (Entra does not have it yet):",
    "Het nieuwe Secret Token (Entra heeft het nog niet):",
);
pub const PASTE_IN_ENTRA: Text = Text::new(
    "Paste it in the Entra admin center: the enterprise application > Provisioning > Admin Credentials (new page: Provisioning > the configuration > Bearer authentication) > Secret Token, press Test Connection, then Save. Until then Entra's provisioning fails.",
    "Plak het in het Entra-beheercentrum: de bedrijfstoepassing > Provisioning > Admin Credentials (nieuwe pagina: Provisioning > de configuratie > Bearer-verificatie) > Secret Token, klik op Test Connection en daarna op Save. Tot dan mislukt de inrichting van Entra.",
);

/// The step's name, what it found, and what to do.
pub fn explain_step(step: &RotateStep, server: &str, l: Lang) -> (Text, Explanation) {
    let says = |summary: Text, fix: Text| Explanation {
        summary: summary.in_lang(l).to_string(),
        fix: fix.in_lang(l).to_string(),
    };
    match step {
        RotateStep::AppsembleToken(Ok(())) => (
            Text::new("New token in Appsemble", "Nieuw token in Appsemble"),
            Explanation {
                summary: Text::new(
                    "Appsemble has the new token; the old one no longer works.",
                    "Appsemble heeft het nieuwe token; het oude werkt niet meer.",
                )
                .in_lang(l)
                .to_string(),
                fix: String::new(),
            },
        ),
        RotateStep::AppsembleToken(Err(error)) => {
            let explained = match error {
                EnableError::Appsemble(error) => super::explain_error_in(error, server, l),
                EnableError::SecurityMissing(_) => says(
                    Text::new(
                        "The app has no security definition for Entra's users.",
                        "De app heeft geen beveiligingsdefinitie voor de gebruikers van Entra.",
                    ),
                    Text::new(
                        "Add security.default.role to the app definition, then try again. The old token still works.",
                        "Voeg security.default.role toe aan de app-definitie en probeer het opnieuw. Het oude token werkt nog.",
                    ),
                ),
            };
            (
                Text::new("New token in Appsemble", "Nieuw token in Appsemble"),
                explained,
            )
        }
        RotateStep::EntraSecret(finding) => (
            Text::new("Token saved in Entra", "Token opgeslagen in Entra"),
            super::entra::explain_in(finding, l),
        ),
        RotateStep::EntraCheck(finding) => (
            Text::new(
                "Entra's check of the saved token",
                "Controle door Entra van het opgeslagen token",
            ),
            super::entra::explain_in(finding, l),
        ),
        RotateStep::EntraByHand => (
            Text::new("Token saved in Entra", "Token opgeslagen in Entra"),
            says(
                Text::new(
                    "Not signed in with Microsoft: Entra still has the old token.",
                    "Niet aangemeld bij Microsoft: Entra heeft nog het oude token.",
                ),
                PASTE_IN_ENTRA,
            ),
        ),
        RotateStep::LiveTest(report) => {
            let [(_, connection), _] =
                super::verdict::lines(report.test_connection(), report.provisioning());
            (
                Text::new(
                    "Live test with the new token",
                    "Live test met het nieuwe token",
                ),
                Explanation {
                    summary: connection.to_string(),
                    fix: String::new(),
                },
            )
        }
    }
}
