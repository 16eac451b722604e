//! Words for what "Do it for me" found and did in Entra, in English and Dutch.

use super::{Explanation, says};
use crate::graph::{EntraFinding, GraphError, LogProblem, OnDemand, StepId};
use crate::i18n::{Lang, Text};
use crate::tr;

/// A step's name, as the report lists it.
pub fn step_name(id: StepId) -> Text {
    match id {
        StepId::SignIn => Text::new("Sign-in with Microsoft", "Aanmelden bij Microsoft"),
        StepId::App => Text::new("Enterprise application", "Bedrijfstoepassing"),
        StepId::Replication => Text::new("Ready in Entra", "Klaar in Entra"),
        StepId::TestConnection => {
            Text::new("Entra's Test Connection", "Verbinding testen in Entra")
        }
        StepId::Job => Text::new("Provisioning job", "Inrichtingstaak"),
        StepId::Secrets => Text::new("Tenant URL and token", "Tenant-URL en token"),
        StepId::Mappings => Text::new("Attribute mappings", "Kenmerktoewijzingen"),
        StepId::GroupsOff => Text::new("Groups off", "Groepen uit"),
        StepId::Assign => Text::new("Assigned people", "Toegewezen mensen"),
        StepId::Start => Text::new("Start", "Starten"),
    }
}

/// Summary and fix for one step's outcome, in `l`.
pub fn explain_in(finding: &EntraFinding, l: Lang) -> Explanation {
    use EntraFinding::*;
    match finding {
        SignedIn => says(
            tr!(l; "Signed in to Microsoft Graph.", "Aangemeld bij Microsoft Graph."),
            "",
        ),
        AppFound { name } => says(
            tr!(l; "Found the enterprise application \"{name}\"; it is used again, not made twice.", "De bedrijfstoepassing \"{name}\" bestaat al en wordt opnieuw gebruikt, niet dubbel gemaakt."),
            "",
        ),
        AppCreated { name } => says(
            tr!(l; "Created the enterprise application \"{name}\" (non-gallery).", "De bedrijfstoepassing \"{name}\" is gemaakt (niet uit de galerie)."),
            "",
        ),
        Replicated { waits } => says(
            tr!(l; "Entra has the application everywhere ({waits} wait(s) for replication).", "Entra heeft de toepassing overal ({waits} keer gewacht op replicatie)."),
            "",
        ),
        TestConnectionPasses => says(
            tr!(l; "Entra's own Test Connection, run from Microsoft's cloud, passed.", "Verbinding testen van Entra zelf, vanuit de cloud van Microsoft, is geslaagd."),
            "",
        ),
        TestConnectionRefused { detail } => says(
            tr!(l; "Entra's own Test Connection failed: {detail}", "Verbinding testen van Entra zelf is mislukt: {detail}"),
            tr!(l; "Run the assistant's test in step 6 (or `scim-assistant check`): it says which problem Entra ran into and how to fix it.", "Voer de test van de assistent in stap 6 uit (of `scim-assistant check`): die zegt tegen welk probleem Entra aanliep en hoe u het oplost."),
        ),
        TestConnectionUnreachable { host } => says(
            tr!(l; "Entra's Test Connection runs in Microsoft's cloud, which cannot reach {host}: that address is on this computer or a private network.", "Verbinding testen van Entra draait in de cloud van Microsoft, die {host} niet kan bereiken: dat adres staat op deze computer of in een privénetwerk."),
            tr!(l; "Use the Tenant URL of an Appsemble server that is reachable from the internet over https.", "Gebruik de Tenant-URL van een Appsemble-server die vanaf internet via https bereikbaar is."),
        ),
        JobReused { id } => says(
            tr!(l; "Used the existing provisioning job {id}.", "De bestaande inrichtingstaak {id} is gebruikt."),
            "",
        ),
        JobCreated { id } => says(
            tr!(l; "Created the provisioning job {id}.", "De inrichtingstaak {id} is gemaakt."),
            "",
        ),
        SecretsSaved { notify } => {
            let summary = match notify {
                Some(email) => {
                    tr!(l; "Saved the Tenant URL and Secret Token, scope \"assigned users and groups only\", and failure emails to {email}.", "Tenant-URL en geheim token opgeslagen, bereik \"alleen toegewezen gebruikers en groepen\", en foutmeldingen naar {email}.")
                }
                None => {
                    tr!(l; "Saved the Tenant URL and Secret Token, with scope \"assigned users and groups only\".", "Tenant-URL en geheim token opgeslagen, met bereik \"alleen toegewezen gebruikers en groepen\".")
                }
            };
            let fix = if notify.is_none() {
                tr!(l; "Give a notification email (--notify) so that a quarantined job does not go unnoticed.", "Geef een e-mailadres voor meldingen op (--notify), zodat een taak in quarantaine niet onopgemerkt blijft.")
            } else {
                String::new()
            };
            says(summary, fix)
        }
        MappingsFixed(changes) => {
            let (removed, changed) = (changes.removed, changes.changed);
            says(
                tr!(l; "Attribute mappings fixed: {removed} removed and {changed} changed; userName, active, name.formatted and externalId (from objectId) remain.", "Kenmerktoewijzingen hersteld: {removed} verwijderd en {changed} gewijzigd; userName, active, name.formatted en externalId (uit objectId) blijven over."),
                "",
            )
        }
        MappingsAlreadyRight => says(
            tr!(l; "The attribute mappings were already right.", "De kenmerktoewijzingen waren al goed."),
            "",
        ),
        GroupsTurnedOff => says(
            tr!(l; "Group provisioning switched off (Appsemble has no /Groups).", "Inrichting van groepen uitgezet (Appsemble heeft geen /Groups)."),
            "",
        ),
        GroupsAlreadyOff => says(
            tr!(l; "Group provisioning was already off.", "Inrichting van groepen stond al uit."),
            "",
        ),
        Assigned { added, already } => says(
            tr!(l; "Assigned with the \"User\" role: {added} new, {already} already assigned.", "Toegewezen met de rol \"User\": {added} nieuw, {already} waren al toegewezen."),
            "",
        ),
        NobodyToAssign => says(
            tr!(l; "Nobody was assigned, so Entra will send nobody.", "Er is niemand toegewezen, dus Entra stuurt niemand door."),
            tr!(l; "Name people or groups with --assign (or assign them in the enterprise application's Users and groups).", "Noem mensen of groepen met --assign (of wijs ze toe onder Users and groups van de bedrijfstoepassing)."),
        ),
        NotInTenant { name } => says(
            tr!(l; "\"{name}\" is not a user or group in this tenant.", "\"{name}\" is geen gebruiker of groep in deze tenant."),
            tr!(l; "Use a user's sign-in name (name@domain) or a group's exact display name.", "Gebruik de aanmeldnaam van een gebruiker (naam@domein) of de exacte weergavenaam van een groep."),
        ),
        Started => says(
            tr!(l; "Provisioning started; the first cycle runs soon.", "Inrichting gestart; de eerste ronde begint binnenkort."),
            "",
        ),
        StartNotAsked => says(
            tr!(l; "Not started yet.", "Nog niet gestart."),
            tr!(l; "Provision one person first (step 8, or `scim-assistant entra provision`), then start.", "Richt eerst één persoon in (stap 8, of `scim-assistant entra provision`) en start daarna."),
        ),
        GraphFailed(error) => explain_graph_error(error, l),
        Skipped { because } => {
            let step = step_name(*because).in_lang(l);
            says(
                tr!(l; "Not done, because \"{step}\" failed.", "Niet gedaan, omdat \"{step}\" mislukte."),
                "",
            )
        }
    }
}

/// Graph's failures, by HTTP status and code (never by message, graph.md §5).
pub fn explain_graph_error(error: &GraphError, l: Lang) -> Explanation {
    match error {
        GraphError::Network => says(
            tr!(l; "Microsoft Graph could not be reached.", "Microsoft Graph was niet bereikbaar."),
            tr!(l; "Check this computer's internet connection; a company proxy may block graph.microsoft.com.", "Controleer de internetverbinding; een bedrijfsproxy blokkeert misschien graph.microsoft.com."),
        ),
        GraphError::NotJson => says(
            tr!(l; "Microsoft Graph gave an answer this assistant could not read.", "Microsoft Graph gaf een antwoord dat deze assistent niet kon lezen."),
            tr!(l; "Try again; if it keeps happening, do this step by hand in the Entra admin center.", "Probeer het opnieuw; blijft het gebeuren, doe deze stap dan met de hand in het Entra-beheercentrum."),
        ),
        GraphError::Status {
            status,
            code,
            request_id,
            ..
        } => {
            let (summary, fix) = match (*status, code.as_str()) {
                (401, "InvalidAuthenticationToken") => (
                    tr!(l; "The Microsoft sign-in has expired (it lasts about an hour).", "De aanmelding bij Microsoft is verlopen (die duurt ongeveer een uur)."),
                    tr!(l; "Sign in with Microsoft again (step 2), then repeat this.", "Meld u opnieuw aan bij Microsoft (stap 2) en herhaal dit."),
                ),
                (403, "Authorization_RequestDenied") | (401, _) => (
                    tr!(l; "Your account may not change enterprise applications or provisioning.", "Uw account mag bedrijfstoepassingen of inrichting niet wijzigen."),
                    tr!(l; "Sign in with an Application Administrator or Cloud Application Administrator, and consent to the permissions the sign-in asks for.", "Meld u aan met een Application Administrator of Cloud Application Administrator, en geef toestemming voor de rechten waar de aanmelding om vraagt."),
                ),
                (403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant") => (
                    tr!(l; "Reading provisioning logs needs Entra ID P1 or P2.", "Inrichtingslogboeken lezen vereist Entra ID P1 of P2."),
                    tr!(l; "Use the job status instead, or Provision on demand for one person.", "Gebruik in plaats daarvan de taakstatus, of richt één persoon op aanvraag in."),
                ),
                (429 | 503 | 504, _) => (
                    tr!(l; "Microsoft Graph is busy and asked to wait.", "Microsoft Graph is druk en vroeg om te wachten."),
                    tr!(l; "Try again in a minute.", "Probeer het over een minuut opnieuw."),
                ),
                (404, _) => (
                    tr!(l; "Microsoft Graph did not find the object (status 404, {code}).", "Microsoft Graph vond het object niet (status 404, {code})."),
                    tr!(l; "Run it again in a few minutes: a just-created application can take a while to appear everywhere.", "Voer het over een paar minuten opnieuw uit: een net gemaakte toepassing is soms pas na een tijdje overal zichtbaar."),
                ),
                _ => (
                    tr!(l; "Microsoft Graph answered {status} {code}.", "Microsoft Graph antwoordde {status} {code}."),
                    tr!(l; "Try again; if it keeps happening, do this step by hand in the Entra admin center and send request id {request_id} to Microsoft support.", "Probeer het opnieuw; blijft het gebeuren, doe deze stap dan met de hand in het Entra-beheercentrum en stuur request-id {request_id} naar Microsoft-support."),
                ),
            };
            says(summary, fix)
        }
    }
}

/// What Appsemble's answer to one provisioned person means, from the reason Entra recorded.
fn explain_scim_answer(reason: &str, l: Lang) -> (String, String) {
    if reason.contains("HTTP/500") {
        (
            tr!(l; "Appsemble answered 500 (server error): this is the known fault of Appsemble 0.37 as shipped, which cannot create or change SCIM users.", "Appsemble antwoordde 500 (serverfout): dit is de bekende fout van Appsemble 0.37 zoals uitgeleverd, dat geen SCIM-gebruikers kan maken of wijzigen."),
            tr!(l; "Nothing in Entra can fix this: send the report to whoever runs the Appsemble server.", "Niets in Entra kan dit verhelpen: stuur het rapport naar de beheerder van de Appsemble-server."),
        )
    } else if reason.contains("Unknown path") || reason.contains("HTTP/400") {
        (
            tr!(l; "Appsemble refused an attribute it does not know (400): a mapping that should have been removed is still there.", "Appsemble weigerde een kenmerk dat het niet kent (400): er staat nog een kenmerktoewijzing die weg had gemoeten."),
            tr!(l; "Run `scim-assistant entra connect` again to fix the mappings, or delete the row by hand (step 7).", "Voer `scim-assistant entra connect` opnieuw uit om de kenmerktoewijzingen te herstellen, of verwijder de regel met de hand (stap 7)."),
        )
    } else if reason.contains("HTTP/401") {
        (
            tr!(l; "Appsemble refused the Secret Token (401): it was probably replaced in Appsemble.", "Appsemble weigerde het geheime token (401): het is waarschijnlijk in Appsemble vervangen."),
            tr!(l; "Make a new token (step 5) and save it in Entra again (`entra connect` does that).", "Maak een nieuw token (stap 5) en sla het opnieuw op in Entra (`entra connect` doet dat)."),
        )
    } else {
        (
            tr!(l; "Entra could not provision the person: {reason}", "Entra kon de persoon niet inrichten: {reason}"),
            tr!(l; "Open Provisioning logs in the enterprise application for Entra's details.", "Open Provisioning logs in de bedrijfstoepassing voor de details van Entra."),
        )
    }
}

/// One problem from the provisioning logs, for an admin.
pub fn explain_problem_in(problem: &LogProblem, l: Lang) -> Explanation {
    let (summary, fix) = explain_scim_answer(&problem.reason, l);
    says(summary, fix)
}

/// The outcome of provisioning one person on demand.
pub fn explain_on_demand_in(outcome: &OnDemand, l: Lang) -> Explanation {
    match outcome.result.as_str() {
        "Success" => says(
            tr!(l; "The person was provisioned: Appsemble accepted them.", "De persoon is ingericht: Appsemble heeft hem of haar aangenomen."),
            "",
        ),
        "Skipped" => {
            let reason = &outcome.reason;
            says(
                tr!(l; "Entra skipped the person: {reason}", "Entra sloeg de persoon over: {reason}"),
                tr!(l; "Assign the person to the enterprise application (with the User role) and try again.", "Wijs de persoon toe aan de bedrijfstoepassing (met de rol User) en probeer het opnieuw."),
            )
        }
        _ => {
            let (summary, fix) = explain_scim_answer(&outcome.reason, l);
            says(summary, fix)
        }
    }
}

/// The page the browser shows once Microsoft sent it back to this computer.
pub const LANDING_SIGNED_IN: Text = Text::new(
    "<!doctype html><meta charset=utf-8><title>Signed in</title><p>Signed in. You can close this tab and go back to the SCIM assistant.",
    "<!doctype html><meta charset=utf-8><title>Aangemeld</title><p>Aangemeld. U kunt dit tabblad sluiten en teruggaan naar de SCIM-assistent.",
);
pub const LANDING_REFUSED: Text = Text::new(
    "<!doctype html><meta charset=utf-8><title>Not signed in</title><p>Microsoft refused the sign-in. The SCIM assistant says why.",
    "<!doctype html><meta charset=utf-8><title>Niet aangemeld</title><p>Microsoft weigerde de aanmelding. De SCIM-assistent zegt waarom.",
);

/// Why signing in with Microsoft did not work, by its AADSTS code (graph.md §5).
pub fn explain_sign_in_in(error: &crate::graph::MicrosoftSignInError, l: Lang) -> Explanation {
    use crate::graph::MicrosoftSignInError as E;
    match error {
        E::Listen => says(
            tr!(l; "The sign-in could not listen on this computer.", "De aanmelding kon op deze computer niet luisteren."),
            tr!(l; "Set ENTRA_ACCESS_TOKEN to a Graph token instead.", "Zet in plaats daarvan ENTRA_ACCESS_TOKEN op een Graph-token."),
        ),
        E::TimedOut => says(
            tr!(l; "The sign-in was not finished within 10 minutes.", "De aanmelding is niet binnen 10 minuten afgerond."),
            tr!(l; "Start it again and finish it in the browser.", "Start hem opnieuw en rond hem af in de browser."),
        ),
        E::DeviceCodeUnavailable { .. } => says(
            tr!(l; "The device-code sign-in did not work here (many organisations block it, and the app must allow public client flows).", "Aanmelden met een apparaatcode werkte hier niet (veel organisaties blokkeren het, en de app moet public client flows toestaan)."),
            tr!(l; "Use the browser sign-in instead: run the command without --device-code on a computer with a browser.", "Gebruik in plaats daarvan de aanmelding in de browser: voer de opdracht zonder --device-code uit op een computer met een browser."),
        ),
        E::Network => says(
            tr!(l; "Microsoft's sign-in could not be reached.", "De aanmelding van Microsoft was niet bereikbaar."),
            tr!(l; "Check this computer's internet connection.", "Controleer de internetverbinding van deze computer."),
        ),
        E::Refused { code, .. } => {
            let (summary, fix) = match code.as_str() {
                "AADSTS65001" | "AADSTS90094" => (
                    tr!(l; "An administrator must first consent to the permissions this assistant asks for.", "Een beheerder moet eerst toestemming geven voor de rechten waar deze assistent om vraagt."),
                    tr!(l; "Ask a Global Administrator or Cloud Application Administrator to sign in once and tick \"Consent on behalf of your organization\".", "Vraag een Global Administrator of Cloud Application Administrator één keer aan te melden en \"Consent on behalf of your organization\" aan te vinken."),
                ),
                "AADSTS50105" => (
                    tr!(l; "Your account is not assigned to this sign-in app in your tenant.", "Uw account is in uw tenant niet toegewezen aan deze aanmeld-app."),
                    tr!(l; "Ask an administrator to assign you, or to turn off \"Assignment required\" for it.", "Vraag een beheerder u toe te wijzen, of \"Assignment required\" ervoor uit te zetten."),
                ),
                "AADSTS53003" => (
                    tr!(l; "A Conditional Access policy of your organisation blocked the sign-in.", "Een beleid voor voorwaardelijke toegang van uw organisatie blokkeerde de aanmelding."),
                    tr!(l; "Sign in from a compliant device, or ask IT which policy applies.", "Meld u aan vanaf een toegestaan apparaat, of vraag IT welk beleid geldt."),
                ),
                "AADSTS50076" | "AADSTS50079" => (
                    tr!(l; "Multi-factor authentication is needed.", "Meervoudige verificatie is nodig."),
                    tr!(l; "Start the sign-in again and complete the second factor in the browser.", "Start de aanmelding opnieuw en rond de tweede factor af in de browser."),
                ),
                "AADSTS700016" => (
                    tr!(l; "This sign-in app does not exist in your tenant.", "Deze aanmeld-app bestaat niet in uw tenant."),
                    tr!(l; "Use --client-id with an app registration of your own tenant.", "Gebruik --client-id met een app-registratie van uw eigen tenant."),
                ),
                "AADSTS50011" => (
                    tr!(l; "The sign-in app does not allow this computer's redirect address.", "De aanmeld-app staat het terugstuuradres van deze computer niet toe."),
                    tr!(l; "Add http://localhost as a \"Mobile and desktop applications\" redirect URI to the app registration.", "Voeg http://localhost toe als redirect-URI voor \"Mobile and desktop applications\" aan de app-registratie."),
                ),
                _ => (
                    tr!(l; "Microsoft refused the sign-in ({code}).", "Microsoft weigerde de aanmelding ({code})."),
                    tr!(l; "Try again; if it keeps happening, ask IT about {code}.", "Probeer het opnieuw; blijft het gebeuren, vraag IT dan naar {code}."),
                ),
            };
            says(summary, fix)
        }
    }
}
