//! Words for what "Do it for me" found and did in Entra, in English and Dutch.

use super::{Explanation, per_surface, says};
use crate::graph::{EntraFinding, LogProblem, OnDemand, OnDemandResult, StepId};

pub use super::microsoft::{
    LANDING_REFUSED, LANDING_SIGNED_IN, access_outcome_in, explain_graph_error, explain_sign_in_in,
    manual_registration_in, permission_list_in, permission_use_in,
};
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
        StepId::SavedCredentials => Text::new(
            "Entra's check of what it saved",
            "Controle door Entra van wat het opsloeg",
        ),
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
            per_surface(
                tr!(l; "Run the assistant's test in step 6: it says which problem Entra ran into and how to fix it.", "Voer de test van de assistent in stap 6 uit: die zegt tegen welk probleem Entra aanliep en hoe u het oplost."),
                tr!(l; "Run `scim-assistant check` on the Tenant URL: it says which problem Entra ran into and how to fix it.", "Voer `scim-assistant check` uit op de Tenant-URL: die zegt tegen welk probleem Entra aanliep en hoe u het oplost."),
            ),
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
                per_surface(
                    tr!(l; "Give an email for failure notices so that a quarantined job does not go unnoticed.", "Geef een e-mailadres voor foutmeldingen op, zodat een taak in quarantaine niet onopgemerkt blijft."),
                    tr!(l; "Give a notification email (--notify) so that a quarantined job does not go unnoticed.", "Geef een e-mailadres voor meldingen op (--notify), zodat een taak in quarantaine niet onopgemerkt blijft."),
                )
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
            per_surface(
                tr!(l; "Name the people or groups to assign (step 3 can search for them), or assign them in the enterprise application's Users and groups.", "Noem de mensen of groepen die toegewezen worden (stap 3 kan ze zoeken), of wijs ze toe onder Users and groups van de bedrijfstoepassing."),
                tr!(l; "Name people or groups with --assign (or assign them in the enterprise application's Users and groups).", "Noem mensen of groepen met --assign (of wijs ze toe onder Users and groups van de bedrijfstoepassing)."),
            ),
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
            per_surface(
                tr!(l; "Provision one person first (step 8), then start.", "Richt eerst één persoon in (stap 8) en start daarna."),
                tr!(l; "Provision one person first (`scim-assistant entra provision`), then start (--start).", "Richt eerst één persoon in (`scim-assistant entra provision`) en start daarna (--start)."),
            ),
        ),
        AppNameAmbiguous { candidates } => {
            let ids = candidates.join(", ");
            says(
                tr!(l; "Several enterprise applications have this name ({ids}); none is picked by its name.", "Meerdere bedrijfstoepassingen hebben deze naam ({ids}); er wordt er geen op naam gekozen."),
                tr!(l; "Choose another name, or name the one to use by its id.", "Kies een andere naam, of noem de toepassing die u wilt gebruiken bij haar id."),
            )
        }
        AppNotOurs { id } => says(
            tr!(l; "An enterprise application with this name exists ({id}), but this assistant did not make it and you are not its owner, so it is not given the Secret Token.", "Er bestaat al een bedrijfstoepassing met deze naam ({id}), maar deze assistent heeft haar niet gemaakt en u bent geen eigenaar, dus zij krijgt het geheime token niet."),
            tr!(l; "Choose another name, or ask its owner to add you as an owner and run this again.", "Kies een andere naam, of vraag de eigenaar u als eigenaar toe te voegen en voer dit opnieuw uit."),
        ),
        AppNotFound { id } => says(
            tr!(l; "The enterprise application {id} was not found, or was not made from the non-gallery template.", "De bedrijfstoepassing {id} is niet gevonden, of is niet gemaakt vanuit het sjabloon buiten de galerie."),
            tr!(l; "Check the id (Object ID under Enterprise applications), or leave it out to make a new one.", "Controleer de id (Object ID onder Enterprise applications), of laat hem weg om een nieuwe te maken."),
        ),
        NoScimTemplate => says(
            tr!(l; "This enterprise application offers no SCIM provisioning template.", "Deze bedrijfstoepassing biedt geen sjabloon voor SCIM-inrichting."),
            tr!(l; "Use a non-gallery application (\"Create your own application\") for Appsemble.", "Gebruik voor Appsemble een toepassing buiten de galerie (\"Create your own application\")."),
        ),
        SavedCredentialsWork => says(
            tr!(l; "Entra checked the Tenant URL and token it saved: they work.", "Entra controleerde de opgeslagen Tenant-URL en het token: ze werken."),
            "",
        ),
        SavedCredentialsRefused { detail } => says(
            tr!(l; "Entra saved the Tenant URL and token, but they do not work as saved: {detail}", "Entra sloeg de Tenant-URL en het token op, maar zo opgeslagen werken ze niet: {detail}"),
            tr!(l; "Make a new token in Appsemble and run this again; do not start provisioning before this passes.", "Maak een nieuw token in Appsemble en voer dit opnieuw uit; start de inrichting pas als dit slaagt."),
        ),
        MappingsReadOnly => says(
            tr!(l; "The attribute mappings are marked read-only in Entra, so they were left as they are.", "De kenmerktoewijzingen zijn in Entra alleen-lezen, dus ze zijn gelaten zoals ze waren."),
            tr!(l; "Check them by hand against the list in step 7.", "Controleer ze met de hand aan de hand van de lijst in stap 7."),
        ),
        NameAmbiguous { name, candidates } => {
            let ids = candidates.join(", ");
            says(
                tr!(l; "Several groups are called \"{name}\" ({ids}); none is assigned by its name.", "Meerdere groepen heten \"{name}\" ({ids}); er wordt er geen op naam toegewezen."),
                tr!(l; "Choose the group from the search list, or give its object id.", "Kies de groep uit de zoeklijst, of geef haar object-id."),
            )
        }
        GroupNeedsP1 { name } => says(
            tr!(l; "Entra refused to assign the group \"{name}\": assigning groups needs Entra ID P1 or P2.", "Entra weigerde de groep \"{name}\" toe te wijzen: groepen toewijzen vereist Entra ID P1 of P2."),
            tr!(l; "Assign the people one by one instead, or get Entra ID P1.", "Wijs de mensen in plaats daarvan een voor een toe, of neem Entra ID P1."),
        ),
        AlreadyRunning => says(
            tr!(l; "Provisioning was already running; it was not started again.", "De inrichting liep al; ze is niet opnieuw gestart."),
            "",
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

/// What Appsemble's answer to one provisioned person means, from the reason Entra recorded.
fn explain_scim_answer(reason: &str, l: Lang) -> (String, String) {
    // Entra words the SCIM server's status as `HTTP/500` (on demand) or "HTTP status code 500"
    // (provisioningobjectsummary-list.md's example); neither wording is a contract.
    let said = |code: u16, name: &str| {
        reason.contains(&format!("HTTP/{code}"))
            || reason.contains(&format!("status code {code}"))
            || reason.contains(name)
    };
    if said(500, "InternalServerError") {
        (
            tr!(l; "Appsemble answered 500 (server error): this is the known fault of Appsemble 0.37 as shipped, which cannot create or change SCIM users.", "Appsemble antwoordde 500 (serverfout): dit is de bekende fout van Appsemble 0.37 zoals uitgeleverd, dat geen SCIM-gebruikers kan maken of wijzigen."),
            tr!(l; "Nothing in Entra can fix this: send the report to whoever runs the Appsemble server.", "Niets in Entra kan dit verhelpen: stuur het rapport naar de beheerder van de Appsemble-server."),
        )
    } else if reason.contains("Unknown path") || said(400, "StatusCode: BadRequest") {
        (
            tr!(l; "Appsemble refused an attribute it does not know (400): a mapping that should have been removed is still there.", "Appsemble weigerde een kenmerk dat het niet kent (400): er staat nog een kenmerktoewijzing die weg had gemoeten."),
            per_surface(
                tr!(l; "Run \"Do it for me\" again (step 6) to fix the mappings, or delete the row by hand (step 7).", "Voer \"Doe het voor mij\" opnieuw uit (stap 6) om de kenmerktoewijzingen te herstellen, of verwijder de regel met de hand (stap 7)."),
                tr!(l; "Run `scim-assistant entra connect` again to fix the mappings, or delete the row by hand in Entra.", "Voer `scim-assistant entra connect` opnieuw uit om de kenmerktoewijzingen te herstellen, of verwijder de regel met de hand in Entra."),
            ),
        )
    } else if said(401, "StatusCode: Unauthorized") {
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
    let reason = &outcome.reason;
    match outcome.result {
        OnDemandResult::Success => says(
            tr!(l; "The person was provisioned: Appsemble accepted them.", "De persoon is ingericht: Appsemble heeft hem of haar aangenomen."),
            "",
        ),
        OnDemandResult::UpToDate => says(
            tr!(l; "Already up to date: Appsemble has this person exactly as Entra would send them.", "Al bijgewerkt: Appsemble heeft deze persoon precies zoals Entra hem of haar zou sturen."),
            "",
        ),
        OnDemandResult::NotEntitled => says(
            tr!(l; "Entra does not count the person as assigned to the enterprise application.", "Entra telt de persoon niet als toegewezen aan de bedrijfstoepassing."),
            tr!(l; "Assign the person (with the User role); a new assignment can take a few minutes to count, so try again then.", "Wijs de persoon toe (met de rol User); een nieuwe toewijzing telt soms pas na een paar minuten, probeer het dan opnieuw."),
        ),
        OnDemandResult::Skipped => says(
            tr!(l; "Entra skipped the person: {reason}", "Entra sloeg de persoon over: {reason}"),
            tr!(l; "Open Provisioning logs in the enterprise application for Entra's details.", "Open Provisioning logs in de bedrijfstoepassing voor de details van Entra."),
        ),
        OnDemandResult::Unreadable => says(
            tr!(l; "Entra answered, but not in a form this assistant could read.", "Entra antwoordde, maar niet in een vorm die deze assistent kon lezen."),
            tr!(l; "Open Provision on demand in the enterprise application to see Entra's answer, and send a trace to Appsemble support.", "Open Provision on demand in de bedrijfstoepassing om het antwoord van Entra te zien, en stuur een trace naar Appsemble-support."),
        ),
        OnDemandResult::Failure => {
            let (summary, fix) = explain_scim_answer(reason, l);
            says(summary, fix)
        }
    }
}

/// What the window and the command line show while a fresh assignment settles.
pub fn assignment_settling_in(seconds: u64, l: Lang) -> String {
    tr!(l; "The assignment can take a few minutes to count; trying again in {seconds} s.", "Een toewijzing telt soms pas na een paar minuten; over {seconds} s opnieuw.")
}
