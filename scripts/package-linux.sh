#!/usr/bin/env bash
# Builds the Linux release artifacts and checks them the way an admin's machine would use them:
#   dist/scim-assistant_<version>_amd64.deb  (binary, desktop entry, hicolor icons)
#   dist/scim-assistant-<version>-linux-x86_64.tar.gz  (binary, icon, desktop entry, README)
#   dist/SHA256SUMS
# Needs: cargo-deb (`cargo install cargo-deb --locked`), dpkg-deb, desktop-file-validate
# (Debian: desktop-file-utils). Usage: scripts/package-linux.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
  cargo build --locked --release
fi
version=$(cargo metadata --no-deps --format-version 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["packages"][0]["version"])')
rm -rf dist && mkdir -p dist

echo "== .deb"
cargo deb --no-build --output dist/
deb=$(ls dist/*.deb)
dpkg-deb --info "$deb" | sed -n '1,12p'
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/scim-assistant \
            ./usr/share/applications/scim-assistant.desktop \
            ./usr/share/icons/hicolor/256x256/apps/scim-assistant.png \
            ./usr/share/icons/hicolor/scalable/apps/scim-assistant.svg; do
  grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
"$root/usr/bin/scim-assistant" --version | tee /dev/stderr | grep -q "scim-assistant $version"
desktop-file-validate "$root/usr/share/applications/scim-assistant.desktop"
grep -q '^Exec=scim-assistant$' "$root/usr/share/applications/scim-assistant.desktop"

echo "== .tar.gz"
stage="dist/scim-assistant-$version-linux-x86_64"
mkdir -p "$stage"
cp target/release/scim-assistant assets/scim-assistant.desktop assets/icon-256.png README.md "$stage/"
tar -C dist -czf "$stage.tar.gz" "$(basename "$stage")"
rm -rf "$stage"
tar -tzf "$stage.tar.gz"

(cd dist && sha256sum ./*.deb ./*.tar.gz > SHA256SUMS && cat SHA256SUMS)
echo "linux artifacts built and checked"
