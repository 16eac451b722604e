//! Records the git commit the binary was built from, for `--version` and the window's About line,
//! and (on Windows) embeds the icon and version information in the `.exe`.

fn main() {
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
    println!("cargo:rerun-if-env-changed=SCIM_ASSISTANT_COMMIT");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    let commit = std::env::var("SCIM_ASSISTANT_COMMIT").ok().or_else(|| {
        let output = std::process::Command::new("git")
            .args(["rev-parse", "--short=10", "HEAD"])
            .output()
            .ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
    });
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let full = match commit.filter(|c| !c.is_empty()) {
        Some(commit) => format!("{version} ({commit})"),
        None => version,
    };
    println!("cargo:rustc-env=SCIM_ASSISTANT_VERSION={full}");
    #[cfg(windows)]
    windows_resources();
}

/// The icon and version information Explorer shows for the `.exe`.
#[cfg(windows)]
fn windows_resources() {
    let mut resource = winresource::WindowsResource::new();
    resource.set_icon("assets/icon.ico");
    resource.set("ProductName", "Appsemble SCIM Setup Assistant");
    resource.set("FileDescription", "Appsemble SCIM Setup Assistant");
    resource.set("CompanyName", "Appsemble");
    if let Err(error) = resource.compile() {
        // A release built in CI must not ship without its icon and version information.
        if std::env::var_os("CI").is_some() {
            panic!("Windows resources not embedded: {error}");
        }
        println!("cargo:warning=Windows resources not embedded: {error}");
    }
}
