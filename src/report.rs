//! The report an admin attaches to a support ticket: Markdown to read, JSON beside it for tools.
//! It never holds the token, only its last four characters, and never a password.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use crate::diagnostics::server_of;
use crate::mappings::{MappingAction, USER_MAPPINGS, short_target};
use crate::messages::{self, report as text};
use crate::probe::{Status, TestReport};
use crate::secret::Secret;

pub mod fleet;

/// The assistant's own version, so support knows which checks ran.
pub const ASSISTANT_VERSION: &str = concat!("scim-assistant ", env!("SCIM_ASSISTANT_VERSION"));

/// `YYYY-MM-DDTHH:MM:SSZ` for a point in time (UTC).
pub fn utc_timestamp(time: SystemTime) -> String {
    let seconds = time
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn counts(report: &TestReport) -> (usize, usize, usize) {
    let count = |status| {
        report
            .checks
            .iter()
            .filter(|c| c.status() == status)
            .count()
    };
    (
        count(Status::Pass),
        count(Status::Warn),
        count(Status::Fail),
    )
}

/// The Markdown report.
pub fn markdown(report: &TestReport, token: &Secret) -> String {
    let (passed, warned, failed) = counts(report);
    let server = server_of(&report.tenant_url)
        .map(|s| s.origin())
        .unwrap_or_default();
    let version = report
        .server_version
        .as_deref()
        .unwrap_or(text::UNKNOWN.get());
    let mut out = format!("# {}\n\n| | |\n|---|---|\n", text::TITLE);
    for (label, value) in [
        (text::CHECKED_AT, utc_timestamp(report.started_at)),
        (text::TENANT_URL, format!("`{}`", report.tenant_url)),
        (text::SERVER, server),
        (text::SERVER_VERSION, version.to_string()),
        (
            text::TOKEN,
            format!("{} `{}`", text::TOKEN_ENDS_IN, token.last_four()),
        ),
        (text::ASSISTANT, ASSISTANT_VERSION.to_string()),
        (
            text::RESULT,
            format!(
                "{passed} {}, {warned} {}, {failed} {}",
                text::PASSED,
                text::WARNINGS,
                text::FAILED
            ),
        ),
        (text::TOOK, format!("{:.2} s", report.elapsed.as_secs_f64())),
    ] {
        out.push_str(&format!("| {label} | {value} |\n"));
    }
    out.push('\n');
    for (tone, sentence) in
        messages::verdict::lines(report.test_connection(), report.provisioning())
    {
        out.push_str(&format!("**{} {sentence}**\n\n", tone.icon()));
    }
    out.push_str(&format!("## {}\n\n", text::FINDINGS));
    for check in &report.checks {
        let words = messages::explain(&check.finding);
        out.push_str(&format!(
            "### {} — {} (`{}`, {} ms)\n\n{}\n\n",
            crate::messages::status_label(check.status()),
            messages::check_name(check.id),
            check.id.as_str(),
            check.elapsed.as_millis(),
            inert(&words.summary)
        ));
        if !words.fix.is_empty() && check.status() != Status::Pass {
            out.push_str(&format!("**{}:** {}\n\n", text::FIX, inert(&words.fix)));
        }
    }
    out.push_str(&mappings_table());
    out
}

/// Text that may hold a server's words, made inert in Markdown: no link, image or HTML can come
/// from it in the support ticket it is pasted into (security review L8).
pub(crate) fn inert(text: &str) -> String {
    text.replace('[', "\\[")
        .replace(']', "\\]")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The mapping advice as a Markdown table.
pub fn mappings_table() -> String {
    let mut out = format!(
        "## {}\n\n{}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
        text::MAPPINGS,
        text::MAPPINGS_INTRO,
        text::MAPPING_TARGET,
        text::MAPPING_SOURCE,
        text::MAPPING_ACTION,
        text::MAPPING_WHY
    );
    for mapping in &USER_MAPPINGS {
        let action = match mapping.action {
            MappingAction::Keep => text::KEEP.to_string(),
            MappingAction::Delete => text::DELETE.to_string(),
            MappingAction::Change { to_source } => format!("{} `{to_source}`", text::CHANGE_TO),
        };
        out.push_str(&format!(
            "| `{}` | `{}` | {action} | {} |\n",
            short_target(mapping.target),
            mapping.source,
            messages::mapping_reason(mapping.reason)
        ));
    }
    out.push_str(&format!("\n{}\n", text::MAPPINGS_AFTER));
    out
}

/// Each check as `{"id","status","summary","fix","elapsed_ms"}`, the shape scripts rely on.
pub fn checks_json(report: &TestReport) -> Vec<Value> {
    report
        .checks
        .iter()
        .map(|check| {
            let words = messages::explain(&check.finding);
            json!({
                "id": check.id,
                "status": check.status(),
                "summary": words.summary,
                "fix": words.fix,
                "elapsed_ms": check.elapsed.as_millis() as u64,
            })
        })
        .collect()
}

fn action_key(action: MappingAction) -> Value {
    match action {
        MappingAction::Keep => json!({"do": "keep"}),
        MappingAction::Delete => json!({"do": "delete"}),
        MappingAction::Change { to_source } => json!({"do": "change", "source": to_source}),
    }
}

/// `{"test_connection": "pass"|"fail", "provisioning": "pass"|"fail"|"unknown"}`: the two
/// verdicts, kept apart because a server can pass the first and fail the second.
pub fn verdict_json(report: &TestReport) -> Value {
    json!({
        "test_connection": report.test_connection(),
        "provisioning": report.provisioning(),
    })
}

/// The JSON report: the same facts as the Markdown, for tools.
pub fn json(report: &TestReport, token: &Secret) -> Value {
    let checks = checks_json(report);
    let mappings: Vec<Value> = USER_MAPPINGS
        .iter()
        .map(|m| json!({"target": m.target, "source": m.source, "action": action_key(m.action)}))
        .collect();
    json!({
        "ok": report.ok(),
        "checked_at": utc_timestamp(report.started_at),
        "tenant_url": report.tenant_url,
        "server": server_of(&report.tenant_url).map(|s| s.origin()),
        "server_version": report.server_version,
        "token_last_four": token.last_four(),
        "assistant_version": ASSISTANT_VERSION,
        "elapsed_ms": report.elapsed.as_millis() as u64,
        "verdict": verdict_json(report),
        "checks": checks,
        "mappings": mappings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_servers_words_cannot_become_a_link_or_html_in_the_report() {
        let hostile = "see [support](https://evil.example) <img src=x onerror=alert(1)>";
        let made = inert(hostile);
        assert!(!made.contains("[support]("), "{made}");
        assert!(!made.contains("<img"), "{made}");
        assert!(made.contains("support") && made.contains("evil.example"));
    }

    #[test]
    fn timestamps_are_utc_calendar_dates() {
        assert_eq!(utc_timestamp(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let leap_day = UNIX_EPOCH + Duration::from_secs(951_782_400 + 3 * 3600 + 4 * 60 + 5);
        assert_eq!(utc_timestamp(leap_day), "2000-02-29T03:04:05Z");
        let later = UNIX_EPOCH + Duration::from_secs(1_795_910_400);
        assert_eq!(utc_timestamp(later), "2026-11-29T00:00:00Z");
    }
}
