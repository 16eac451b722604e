//! Widgets every step shares: the stepper, a value with a Copy button, a finding, a problem box.

use std::ops::Range;

use egui::epaint::text::CharIndex;
use egui::{Color32, RichText, Ui};

use super::{Copied, Feedback, Intent};
use crate::messages::{self, Explanation, window};
use crate::probe::{CheckResult, Status};
use crate::secret::Secret;
use crate::wizard::{Action, Step, Wizard};

/// Lets a password field edit a [`Secret`] in place, so the typed value never sits in a plain
/// `String` that might be logged.
impl egui::TextBuffer for Secret {
    fn is_mutable(&self) -> bool {
        true
    }

    fn as_str(&self) -> &str {
        self.expose()
    }

    fn insert_text(&mut self, text: &str, char_index: CharIndex) -> usize {
        self.as_mut_string().insert_text(text, char_index)
    }

    fn delete_char_range(&mut self, char_range: Range<CharIndex>) {
        self.as_mut_string().delete_char_range(char_range)
    }

    fn type_id(&self) -> std::any::TypeId {
        std::any::TypeId::of::<Self>()
    }
}

/// Lets views pass a translated text wherever egui takes text.
impl From<crate::i18n::Text> for egui::WidgetText {
    fn from(text: crate::i18n::Text) -> Self {
        egui::WidgetText::from(text.get())
    }
}

impl From<crate::i18n::Text> for egui::RichText {
    fn from(text: crate::i18n::Text) -> Self {
        egui::RichText::new(text.get())
    }
}

/// The list of steps: done, current, still to do. Each one can be revisited.
pub fn stepper(ui: &mut Ui, wizard: &Wizard, intents: &mut Vec<Intent>) {
    for step in Step::ALL {
        let current = wizard.step() == step;
        let done = wizard.progress.done.contains(&step);
        let state = match (current, done) {
            (true, _) => window::STEP_CURRENT,
            (false, true) => window::STEP_DONE,
            (false, false) => window::STEP_TODO,
        };
        ui.horizontal(|ui| {
            step_marker(ui, current, done);
            let title = format!("{}. {}", step.index() + 1, window::step_title(step));
            let response = ui.selectable_label(current, title).on_hover_text(state);
            if response.clicked() {
                intents.push(Intent::Wizard(Action::GoTo(step)));
            }
        });
    }
}

/// A dot: filled green when done, filled in the accent colour when current, hollow otherwise.
fn step_marker(ui: &mut Ui, current: bool, done: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    let center = rect.center();
    let painter = ui.painter();
    if current {
        painter.circle_filled(center, 5.0, ui.visuals().selection.bg_fill);
    } else if done {
        painter.circle_filled(center, 5.0, success(ui));
    } else {
        painter.circle_stroke(center, 4.5, ui.visuals().widgets.noninteractive.fg_stroke);
    }
}

/// English or Dutch, each named in its own language.
pub fn language_switch(ui: &mut Ui, intents: &mut Vec<Intent>) {
    ui.horizontal(|ui| {
        for lang in crate::i18n::Lang::ALL {
            let current = crate::i18n::lang() == lang;
            if ui.selectable_label(current, lang.native_name()).clicked() {
                intents.push(Intent::Language(lang));
            }
        }
    });
}

/// Follow the system, light or dark (words, not emoji: the bundled font has no emoji).
pub fn theme_switch(ui: &mut Ui) {
    let current = ui.ctx().options(|o| o.theme_preference);
    ui.horizontal_wrapped(|ui| {
        for (preference, label) in [
            (egui::ThemePreference::System, window::THEME_SYSTEM),
            (egui::ThemePreference::Light, window::THEME_LIGHT),
            (egui::ThemePreference::Dark, window::THEME_DARK),
        ] {
            if ui.selectable_label(current == preference, label).clicked() {
                ui.ctx().set_theme(preference);
            }
        }
    });
}

/// A labelled value with a Copy button and "Copied!" feedback.
/// `copy` builds the intent only when the button is pressed.
pub fn copy_row(
    ui: &mut Ui,
    label: crate::i18n::Text,
    shown: &str,
    what: Copied,
    copy: impl FnOnce() -> Intent,
    feedback: &Feedback,
    intents: &mut Vec<Intent>,
) {
    ui.label(RichText::new(label).strong());
    ui.horizontal_wrapped(|ui| {
        ui.add(egui::Label::new(RichText::new(shown).monospace()).selectable(true));
        if ui.button(format!("{} {label}", window::COPY)).clicked() {
            intents.push(copy());
        }
        if feedback.recently_copied(what) {
            ui.label(RichText::new(window::COPIED).color(success(ui)));
        }
    });
}

pub fn success(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(120, 200, 120)
    } else {
        Color32::from_rgb(20, 120, 40)
    }
}

/// The step's main button: filled, so it stands out from the other choices.
pub fn primary(ui: &Ui, text: impl Into<String>) -> egui::Button<'static> {
    egui::Button::new(RichText::new(text.into()).strong()).fill(ui.visuals().selection.bg_fill)
}

/// The two verdicts of a test (Test Connection; can Appsemble receive users), each on its own
/// line with a mark, a colour and a sentence that says it in words too.
pub fn verdicts(
    ui: &mut Ui,
    connection: crate::probe::ConnectionVerdict,
    provisioning: crate::probe::ProvisioningVerdict,
) {
    use crate::messages::verdict::Tone;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for (tone, sentence) in messages::verdict::lines(connection, provisioning) {
            let color = match tone {
                Tone::Good => success(ui),
                Tone::Bad => ui.visuals().error_fg_color,
                Tone::Unknown => ui.visuals().warn_fg_color,
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tone.icon()).strong().color(color));
                ui.label(RichText::new(sentence).strong().color(color));
            });
        }
    });
}

/// A warning that stops the admin before a step that would fail (steps 7 and 8).
pub fn blocking_banner(ui: &mut Ui, words: crate::i18n::Text) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, ui.visuals().error_fg_color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!("✖ {words}"))
                    .strong()
                    .color(ui.visuals().error_fg_color),
            );
        });
}

pub fn status_badge(ui: &Ui, status: Status) -> RichText {
    badge(ui, status, messages::status_label(status))
}

/// A status mark and colour with words of the caller's choosing (the fleet view's states).
pub fn badge(ui: &Ui, status: Status, words: &str) -> RichText {
    let (icon, color) = match status {
        Status::Pass => ("✔", success(ui)),
        Status::Warn => ("⚠", ui.visuals().warn_fg_color),
        Status::Fail => ("✖", ui.visuals().error_fg_color),
        Status::Skip => ("–", ui.visuals().weak_text_color()),
    };
    RichText::new(format!("{icon} {words}"))
        .strong()
        .color(color)
}

/// One check with its status, summary and, unless it passed, the fix.
pub fn check_row(ui: &mut Ui, check: &CheckResult) {
    let words = messages::explain(&check.finding);
    ui.horizontal_wrapped(|ui| {
        ui.label(status_badge(ui, check.status()));
        ui.label(RichText::new(messages::check_name(check.id)).strong());
    });
    ui.indent(check.id.as_str(), |ui| {
        ui.label(&words.summary);
        if !words.fix.is_empty() && check.status() != Status::Pass {
            ui.label(RichText::new(format!("{}: {}", window::FIX, words.fix)).italics());
        }
    });
}

/// Shown when no browser could be opened: the address to open by hand, with a Copy button.
pub fn unopened_page(ui: &mut Ui, url: &str, feedback: &Feedback, intents: &mut Vec<Intent>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(window::NO_BROWSER).color(ui.visuals().warn_fg_color));
        copy_row(
            ui,
            window::PAGE_ADDRESS,
            url,
            Copied::Url,
            || Intent::Copy {
                what: Copied::Url,
                text: url.to_string(),
            },
            feedback,
            intents,
        );
    });
    ui.add_space(8.0);
}

/// A problem from the state machine, worded now, in the current language.
pub fn show_problem(ui: &mut Ui, problem: &crate::wizard::Problem) {
    self::problem(ui, &messages::explain_problem(problem));
}

/// A problem with its fix, in the error colour.
pub fn problem(ui: &mut Ui, explanation: &Explanation) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(&explanation.summary).color(ui.visuals().error_fg_color));
        if !explanation.fix.is_empty() {
            ui.label(format!("{}: {}", window::FIX, explanation.fix));
        }
    });
}

/// A numbered list of short paragraphs.
pub fn numbered(ui: &mut Ui, lines: &[crate::i18n::Text]) {
    for (i, line) in lines.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}.", i + 1));
            ui.label(*line);
        });
    }
}

/// A labelled single-line text field (the label is its accessible name).
pub fn text_field(
    ui: &mut Ui,
    label: impl Into<egui::WidgetText>,
    value: &mut dyn egui::TextBuffer,
    password: bool,
) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(value)
            .password(password)
            .desired_width(360.0),
    )
    .labelled_by(label.id)
}
