//! Texts of Step 1, "Before you start".

use crate::i18n::Text;

pub const PREPARE_INTRO: Text = Text::new(
    "This assistant connects Microsoft Entra ID to one Appsemble app, so that people you assign in Entra get an account in the app automatically, and lose access there when they leave.",
    "Deze assistent koppelt Microsoft Entra ID aan één Appsemble-app, zodat mensen die u in Entra toewijst vanzelf een account in de app krijgen, en daar hun toegang verliezen als ze vertrekken.",
);
pub const PREPARE_NEEDS: Text = Text::new("You need:", "U hebt nodig:");
pub const PREPARE_NEED_ENTRA: Text = Text::new(
    "In Entra: a role that may create enterprise applications (Application Administrator or Cloud Application Administrator).",
    "In Entra: een rol die enterprise-applicaties mag maken (Application Administrator of Cloud Application Administrator).",
);
pub const PREPARE_NEED_APPSEMBLE: Text = Text::new(
    "In Appsemble: the AppManager, Maintainer or Owner role in the organisation that owns the app.",
    "In Appsemble: de rol AppManager, Maintainer of Owner in de organisatie waar de app bij hoort.",
);
pub const PREPARE_TIME: Text = Text::new(
    "It takes about 15 minutes. Entra then adds users in cycles of about 40 minutes.",
    "Het kost ongeveer 15 minuten. Daarna voegt Entra gebruikers toe in rondes van ongeveer 40 minuten.",
);
pub const PREPARE_CHANGES: Text = Text::new(
    "What changes: in Appsemble, SCIM is switched on for the app and a secret token is made. Nothing else in the app changes. Your password is never stored.",
    "Wat er verandert: in Appsemble wordt SCIM voor de app aangezet en een geheim token gemaakt. Verder verandert er niets aan de app. Uw wachtwoord wordt nooit opgeslagen.",
);
