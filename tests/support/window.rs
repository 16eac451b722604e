//! Driving the window in tests: waiting for the worker's answers, and, when a wait times out,
//! leaving behind what the window showed (its visible texts, and a picture when the test build can
//! render) so that a failing kittest says why.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use scim_assistant::ui::WizardApp;

/// Every label and value on screen, one per line, in reading order.
pub fn visible_texts(harness: &Harness<'static, WizardApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter_map(|node| {
            let node = node.accesskit_node();
            let text = [node.label(), node.value()]
                .into_iter()
                .flatten()
                .filter(|t| !t.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" = ");
            (!text.is_empty()).then(|| format!("{:?}: {text}", node.role()))
        })
        .collect()
}

/// Where a timed-out wait leaves its evidence: `target/gui-failures/<what>.{txt,png}`.
fn evidence_path(what: &str) -> PathBuf {
    let name: String = what
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("gui-failures")
        .join(name)
}

/// Writes what the window shows; returns the text file's path.
pub fn save_evidence(harness: &mut Harness<'static, WizardApp>, what: &str) -> PathBuf {
    let base = evidence_path(what);
    let _ = std::fs::create_dir_all(base.parent().unwrap());
    let text = base.with_extension("txt");
    let _ = std::fs::write(&text, visible_texts(harness).join("\n"));
    #[cfg(feature = "snapshots")]
    if let Ok(image) = harness.render() {
        let _ = image.save(base.with_extension("png"));
    }
    text
}

/// Steps the window until `done` holds, letting the worker's network replies arrive; on timeout
/// fails with the window's visible texts and where they (and a picture) were saved.
pub fn step_until(
    harness: &mut Harness<'static, WizardApp>,
    what: &str,
    done: impl Fn(&Harness<'static, WizardApp>) -> bool,
) {
    step_until_within(harness, what, Duration::from_secs(15), done);
}

/// [`step_until`] with its own time limit.
pub fn step_until_within(
    harness: &mut Harness<'static, WizardApp>,
    what: &str,
    limit: Duration,
    done: impl Fn(&Harness<'static, WizardApp>) -> bool,
) {
    let deadline = Instant::now() + limit;
    while !done(harness) {
        if Instant::now() >= deadline {
            let saved = save_evidence(harness, what);
            let shown = visible_texts(harness).join("\n  ");
            panic!(
                "timed out waiting for {what}; the window showed (saved in {}):\n  {shown}",
                saved.display()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.step();
}
