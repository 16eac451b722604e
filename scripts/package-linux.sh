#!/usr/bin/env bash
# Builds the Linux release artifacts and checks them the way an admin's machine would use them:
#   dist/scim-assistant_<version>_amd64.deb  (binary, desktop entry, hicolor icons)
#   dist/scim-assistant-<version>-linux-x86_64.tar.gz  (binary, icon, desktop entry, README)
#   dist/SHA256SUMS
# Needs: cargo-deb (`cargo install cargo-deb --locked --version 3.8.0`), dpkg-deb, objdump,
# desktop-file-validate (Debian: desktop-file-utils). Usage: scripts/package-linux.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
  cargo build --locked --release
fi
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
rm -rf dist && mkdir -p dist

echo "== glibc: the binary must start on Ubuntu 22.04 (GLIBC_2.35) and Debian 12 (2.36)"
highest=$(objdump -T target/release/scim-assistant | grep -o 'GLIBC_2\.[0-9.]*' | sort -Vu | tail -n 1)
echo "needs at most $highest"
if [ "$(printf '%s\nGLIBC_2.35\n' "$highest" | sort -V | tail -n 1)" != "GLIBC_2.35" ]; then
  echo "the binary needs $highest, newer than Ubuntu 22.04's GLIBC_2.35: build on an older system" >&2
  exit 1
fi

echo "== .deb"
cargo deb --no-build --output dist/
deb="dist/scim-assistant_${version}_amd64.deb"
[ -f "$deb" ] || { echo "expected $deb (the name the README gives), found: $(ls dist)"; exit 1; }
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
