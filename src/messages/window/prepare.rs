//! Texts of Step 1, "Before you start".

use crate::i18n::Text;

pub const PREPARE_INTRO: Text = Text::new(
    "This assistant connects Microsoft Entra ID to one Appsemble app, so that people you assign in Entra get an account in the app automatically. This automatic link is called SCIM (Entra calls it provisioning).",
    "Deze assistent koppelt Microsoft Entra ID aan één Appsemble-app, zodat mensen die u in Entra toewijst vanzelf een account in de app krijgen. Deze automatische koppeling heet SCIM (Entra noemt het inrichting, provisioning).",
);
pub const PREPARE_LEAVERS: Text = Text::new(
    "When someone is unassigned or disabled in Entra, Entra marks their account inactive in the app. Appsemble 0.37 stores that mark but does not block their sign-in, so remove leavers in Appsemble as well. Entra deletes an account only about 30 days after the person is deleted in Entra.",
    "Wordt iemand in Entra niet meer toegewezen of uitgeschakeld, dan markeert Entra het account in de app als inactief. Appsemble 0.37 bewaart die markering maar blokkeert het inloggen niet, dus verwijder vertrekkers ook in Appsemble. Entra verwijdert een account pas ongeveer 30 dagen nadat de persoon in Entra is verwijderd.",
);
pub const PREPARE_SIGN_IN: Text = Text::new(
    "Provisioned people get no password: they sign in through the app's SAML sign-in (Appsemble Studio: the app > Secrets > SAML), whose object id claim must carry the same value Entra sends as externalId (objectId, step 7).",
    "Ingerichte mensen krijgen geen wachtwoord: ze loggen in via de SAML-aanmelding van de app (Appsemble Studio: de app > Secrets > SAML), waarvan de object-id-claim dezelfde waarde moet hebben als wat Entra als externalId stuurt (objectId, stap 7).",
);
/// Appsemble's SAML guide (`docs/guide/saml.md` in the Appsemble repository).
pub const SAML_DOCS_URL: &str = "https://appsemble.app/docs/guide/saml";
pub const SAML_DOCS: Text = Text::new("Appsemble's SAML guide", "SAML-handleiding van Appsemble");
pub const PREPARE_NEEDS: Text = Text::new("You need:", "U hebt nodig:");
pub const PREPARE_NEED_ENTRA: Text = Text::new(
    "In Entra: a role that may create enterprise applications (Application Administrator or Cloud Application Administrator).",
    "In Entra: een rol die bedrijfstoepassingen (enterprise applications) mag maken (Application Administrator of Cloud Application Administrator).",
);
pub const PREPARE_NEED_APPSEMBLE: Text = Text::new(
    "In Appsemble: the AppManager, Maintainer or Owner role in the organisation that owns the app.",
    "In Appsemble: de rol AppManager, Maintainer of Owner in de organisatie waar de app bij hoort.",
);
pub const PREPARE_TIME: Text = Text::new(
    "It takes about 15 minutes. After that, Entra sends changes about every 40 minutes.",
    "Het kost ongeveer 15 minuten. Daarna stuurt Entra ongeveer elke 40 minuten de wijzigingen door.",
);
pub const PREPARE_CHANGES: Text = Text::new(
    "What changes: in Appsemble, SCIM is switched on for the app and a secret token is made. Nothing else in the app changes. Your password is never stored.",
    "Wat er verandert: in Appsemble wordt SCIM voor de app aangezet en een geheim token gemaakt. Verder verandert er niets aan de app. Uw wachtwoord wordt nooit opgeslagen.",
);
pub const PRACTICE_BUTTON: Text = Text::new(
    "Practice (nothing real is changed)",
    "Oefenen (er verandert niets echts)",
);
