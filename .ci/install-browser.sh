#!/usr/bin/env bash
# The browser the page tests drive (src/test/java/th/phakee/web/): Debian's Chromium, its driver, and Thai fonts
# (without them Thai renders as boxes in screenshots). Installs only what is missing; safe to run again.
set -euo pipefail
missing=()
for pkg in chromium chromium-driver fonts-thai-tlwg; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-browser: chromium, chromium-driver and fonts-thai-tlwg are installed"
  exit 0
fi
echo "install-browser: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
