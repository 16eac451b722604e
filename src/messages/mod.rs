//! Every sentence a user reads, in one place and in two languages (English and Dutch).
//!
//! The core produces typed findings and errors; this module turns each into a one-line summary a
//! non-developer understands and a concrete next step, in the current [`Lang`].

mod check_names;
pub mod cli;
pub mod cli_help;
pub mod entra;
mod errors;
mod findings;
pub mod fleet;
pub mod handoff;
mod microsoft;
pub mod report;
pub mod rotate;
pub mod verdict;
pub mod window;

pub use check_names::check_name;
pub use findings::{explain_in, mapping_reason, rehearsal_step};

use crate::appsemble::AppsembleError;
use crate::i18n::{Lang, lang};
use crate::probe::Finding;

/// Where the words are read: the window never names a command-line flag or environment
/// variable, the command line names them. Set once at start, like the language.
static ON_COMMAND_LINE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The command line calls this before it words anything.
pub fn speak_to_command_line() {
    ON_COMMAND_LINE.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// The window's words, or the command line's (which may name flags and variables).
fn per_surface(window: String, command_line: String) -> String {
    if ON_COMMAND_LINE.load(std::sync::atomic::Ordering::Relaxed) {
        command_line
    } else {
        window
    }
}

/// A summary of what happened and what to do about it. `fix` is empty when nothing needs doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    pub summary: String,
    pub fix: String,
}

fn says(summary: impl Into<String>, fix: impl Into<String>) -> Explanation {
    Explanation {
        summary: summary.into(),
        fix: fix.into(),
    }
}

fn or_unknown(text: &str, l: Lang) -> String {
    if text.is_empty() {
        report::UNKNOWN.in_lang(l).to_string()
    } else {
        text.to_string()
    }
}

/// Summary and fix for a problem a step shows, in the current language. Called at draw time,
/// so a language switch re-words every problem on screen.
pub fn explain_problem(problem: &crate::wizard::Problem) -> Explanation {
    errors::explain_problem_in(problem, lang())
}

/// The same, in a given language.
pub fn explain_problem_in(problem: &crate::wizard::Problem, l: Lang) -> Explanation {
    errors::explain_problem_in(problem, l)
}

/// What happened to the test user of a stopped rehearsal, in the current language.
pub fn clean_up(outcome: &crate::diagnostics::CleanUp) -> Option<Explanation> {
    findings::clean_up_in(outcome, lang())
}

/// The one word for a check's status, in the current language (window, command line, report).
pub fn status_label(status: crate::probe::Status) -> &'static str {
    use crate::probe::Status;
    match status {
        Status::Pass => report::PASS,
        Status::Warn => report::WARN,
        Status::Fail => report::FAIL,
        Status::Skip => report::SKIP,
    }
    .get()
}

/// Summary and fix for one check outcome, in the current language.
pub fn explain(finding: &Finding) -> Explanation {
    explain_in(finding, lang())
}

/// Summary and fix for a failure while talking to the Appsemble API, in the current language.
pub fn explain_error(error: &AppsembleError, server: &str) -> Explanation {
    errors::explain_error_in(error, server, lang())
}

/// Summary and fix for a server address that cannot be used for signing in, in the current
/// language.
pub fn explain_address(error: &crate::address::AddressError) -> Explanation {
    errors::explain_address_in(error, lang())
}

/// The same, in a given language.
pub fn explain_error_in(error: &AppsembleError, server: &str, l: Lang) -> Explanation {
    errors::explain_error_in(error, server, l)
}

#[cfg(test)]
mod tests;
