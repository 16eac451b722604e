//! Texts of the first screen: the ways in.

use crate::i18n::Text;

pub const FIRST_TITLE: Text = Text::new(
    "Connect Microsoft Entra ID to an Appsemble app",
    "Microsoft Entra ID koppelen aan een Appsemble-app",
);
pub const FIRST_INTRO: Text = Text::new(
    "People you assign in Entra then get an account in the app by themselves (SCIM provisioning). How would you like to do it?",
    "Mensen die u in Entra toewijst krijgen dan vanzelf een account in de app (SCIM-inrichting). Hoe wilt u het doen?",
);
pub const WAY_EXPRESS: Text = Text::new("Set it up for me", "Regel het voor mij");
pub const WAY_EXPRESS_NOTE: Text = Text::new(
    "You have an Appsemble account for the app and an Entra admin role. Sign in to both, say who gets access, press Connect: the assistant does every step and shows a first person arriving in the app.",
    "U hebt een Appsemble-account voor de app en een beheerdersrol in Entra. Log bij beide in, zeg wie toegang krijgt, druk op Koppelen: de assistent doet elke stap en laat een eerste persoon in de app aankomen.",
);
pub const WAY_GUIDED: Text = Text::new("Guide me step by step", "Leid mij stap voor stap");
pub const WAY_GUIDED_NOTE: Text = Text::new(
    "The nine steps of the written guide, with copy buttons, checks and the option to let the assistant do the Entra steps. For when someone else holds one of the accounts, or you want to see every setting.",
    "De negen stappen van de handleiding, met kopieerknoppen, controles en de keuze om de assistent de Entra-stappen te laten doen. Voor als iemand anders een van de accounts heeft, of als u elke instelling wilt zien.",
);
pub const WAY_PRACTICE_NOTE: Text = Text::new(
    "Try either way first against a pretend Appsemble and a pretend Microsoft, in a second window. No account needed; nothing real is changed.",
    "Probeer eerst een van beide tegen een nagebootste Appsemble en een nagebootste Microsoft, in een tweede venster. Geen account nodig; er verandert niets echts.",
);
pub const OTHER_WAY: Text = Text::new("Choose another way", "Een andere manier kiezen");
