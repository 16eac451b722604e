//! The fleet's answer for scripts (`fleet --json`) and people (`fleet --report`): per app the
//! same check ids and statuses as `check --json`, and a summary on top. Every app's token is
//! removed from the text, even where a server echoed it back into a finding.

use std::time::SystemTime;

use serde_json::{Value, json};

use super::{ASSISTANT_VERSION, checks_json, inert, utc_timestamp, verdict_json};
use crate::appsemble::{SecurityCheck, SecurityProblem};
use crate::fleet::{AppHealth, Fleet, Health};
use crate::i18n::lang;
use crate::messages::{fleet as text, report as report_text};
use crate::secret::Secret;

/// What replaces a token wherever it would have appeared.
const REDACTED: &str = "[redacted]";

/// `{"ok", "summary": {…}, "client_credentials", "apps": [{…}]}`.
pub fn json(fleet: &Fleet, server: &str, deadline_seconds: u64) -> Value {
    let summary = fleet.summary();
    let apps: Vec<Value> = fleet
        .apps
        .iter()
        .map(|app| app_json(app, server, deadline_seconds))
        .collect();
    let body = json!({
        "ok": fleet.ok(),
        "summary": {
            "apps": summary.apps,
            "scim_on": summary.scim_on,
            "healthy": summary.healthy,
            "failing": summary.failing,
            "unchecked": summary.unchecked,
        },
        "client_credentials": fleet.client_credentials,
        "apps": apps,
    });
    redacted_json(body, fleet)
}

/// The stable key of an app's state in JSON.
pub fn status_key(health: &Health) -> &'static str {
    match health {
        Health::Healthy => "healthy",
        Health::Failing(_) => "failing",
        Health::TimedOut => "timed-out",
        Health::Off => "off",
        Health::Unchecked(_) => "unchecked",
    }
}

fn security_key(security: &SecurityCheck) -> &'static str {
    match security {
        SecurityCheck::Ready { .. } => "ready",
        SecurityCheck::Hidden => "hidden",
        SecurityCheck::Problem(SecurityProblem::NoSecurity) => "no-security",
        SecurityCheck::Problem(SecurityProblem::NoDefaultRole { .. }) => "no-default-role",
        SecurityCheck::Problem(SecurityProblem::UnknownDefaultRole { .. }) => {
            "unknown-default-role"
        }
    }
}

fn app_json(app: &AppHealth, server: &str, deadline_seconds: u64) -> Value {
    let words = text::explain_in(app, server, deadline_seconds, lang());
    json!({
        "app_id": app.app_id,
        "name": app.name,
        "organization": app.organization.id,
        "organization_name": app.organization.display_name(),
        "scim_enabled": app.scim_enabled,
        "security": security_key(&app.security),
        "users": app.users,
        "ok": app.health.ok(),
        "status": status_key(&app.health),
        "summary": words.summary,
        "fix": words.fix,
        "elapsed_ms": app.elapsed.as_millis() as u64,
        "verdict": app.report.as_ref().map(verdict_json),
        "checks": app.report.as_ref().map(checks_json).unwrap_or_default(),
    })
}

/// The Markdown report: the summary, one row per app, then what to do for each app that needs it.
pub fn markdown(fleet: &Fleet, server: &str, deadline_seconds: u64) -> String {
    let mut out = format!(
        "# {}\n\n| | |\n|---|---|\n| {} | {} |\n| {} | {server} |\n| {} | {ASSISTANT_VERSION} |\n\n**{}**\n\n",
        text::REPORT_TITLE,
        report_text::CHECKED_AT,
        utc_timestamp(SystemTime::now()),
        report_text::SERVER,
        report_text::ASSISTANT,
        text::summary_in(&fleet.summary(), lang()),
    );
    if fleet.client_credentials {
        out.push_str(&format!("{}\n\n", text::ONLY_PUBLIC));
    }
    out.push_str(&format!(
        "| {} | {} | {} | SCIM | {} | {} |\n|---|---|---|---|---|---|\n",
        text::STATUS,
        text::APP,
        text::ORGANIZATION,
        text::USERS,
        text::WHAT
    ));
    for app in &fleet.apps {
        let words = text::explain_in(app, server, deadline_seconds, lang());
        out.push_str(&format!(
            "| {} | {} ({}) | {} | {} | {} | {} |\n",
            text::label_in(&app.health, lang()),
            cell(&app.name),
            app.app_id,
            cell(app.organization.display_name()),
            switch(app.scim_enabled),
            app.users.map(|n| n.to_string()).unwrap_or_default(),
            cell(&words.summary),
        ));
    }
    for app in fleet.apps.iter().filter(|a| !a.health.ok()) {
        let words = text::explain_in(app, server, deadline_seconds, lang());
        out.push_str(&format!(
            "\n## {} ({})\n\n{}\n",
            inert(&app.name),
            app.app_id,
            inert(&words.summary)
        ));
        if !words.fix.is_empty() {
            out.push_str(&format!(
                "\n**{}:** {}\n",
                report_text::FIX,
                inert(&words.fix)
            ));
        }
    }
    redacted(out, fleet)
}

fn switch(enabled: Option<bool>) -> String {
    match enabled {
        Some(true) => "✔".to_string(),
        Some(false) => "–".to_string(),
        None => report_text::UNKNOWN.get().to_string(),
    }
}

/// A server's words in a table cell: inert, and no `|` to break the row.
fn cell(text: &str) -> String {
    inert(text).replace('|', "\\|").replace('\n', " ")
}

fn tokens(fleet: &Fleet) -> impl Iterator<Item = &Secret> {
    fleet.apps.iter().filter_map(|a| a.token.as_ref())
}

fn redacted(mut text: String, fleet: &Fleet) -> String {
    for token in tokens(fleet).filter(|t| !t.is_empty()) {
        text = text.replace(token.expose(), REDACTED);
    }
    text
}

/// Every string in the answer with the tokens taken out (strings, not the serialised text: a
/// token with a quote in it would be escaped there and slip through).
fn redacted_json(value: Value, fleet: &Fleet) -> Value {
    match value {
        Value::String(text) => Value::String(redacted(text, fleet)),
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| redacted_json(v, fleet)).collect())
        }
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k, redacted_json(v, fleet)))
                .collect(),
        ),
        other => other,
    }
}
