//! A bare eframe window with the same renderer and options as the assistant, as the baseline for
//! `scripts/bench-gui.sh`: start-up to first frame and memory of an empty window.
//! `cargo build --release --example bare_window && scripts/bench-gui.sh target/release/examples/bare_window`

use std::time::Instant;

fn main() -> eframe::Result {
    let started = Instant::now();
    let mut reported = false;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([980.0, 720.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare", options, move |ui, _frame| {
        ui.label("A bare window.");
        if !reported {
            reported = true;
            eprintln!("first-frame-ms={}", started.elapsed().as_millis());
        }
    })
}
