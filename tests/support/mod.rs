#![allow(dead_code)]

pub mod fake_appsemble;
pub mod hostile;

/// A secret value that must never show up in output, logs or errors.
pub const SENTINEL_TOKEN: &str = "SENTINELtokenQx7Vb2Np9Lk4Rt6Wm8Zc1Yd3Hf5";
