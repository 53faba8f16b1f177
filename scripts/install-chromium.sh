#!/usr/bin/env bash
# Provisions the Chromium that the browser tests drive (Playwright's Java client, never a downloaded browser), and
# the DejaVu fonts (Debian's fonts-dejavu-core) with which meetings-service's tests write Arabic into their PDFs.
# Run by the build before each module's browser or document tests (exec-maven-plugin, see the parent pom) and by
# .ci/run.
#   LIAISON_CHROMIUM            the binary the tests use (default /usr/bin/chromium; -Dliaison.chromium in Maven)
#   LIAISON_CHROMIUM_PROVISION  false: only report, never install
# When the binary is missing it installs Debian's chromium and chromium-driver, as root or through passwordless
# sudo. Where it cannot (no apt, not root), it says so and exits 0: the browser tests then fail at once with one
# line naming the fix, rather than the build stopping here for modules without browser tests.
set -euo pipefail

CHROMIUM="${LIAISON_CHROMIUM:-/usr/bin/chromium}"
FIX="sudo apt-get install --no-install-recommends chromium chromium-driver fonts-dejavu-core (Debian/Ubuntu), or -Dliaison.chromium=PATH to a Chromium or Chrome binary"

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
# The Debian packages still missing: Chromium (only where the default binary is used) and the font.
missing=()
if [ ! -x "$CHROMIUM" ] && [ "$CHROMIUM" = /usr/bin/chromium ]; then
  missing+=(chromium chromium-driver)
fi
[ -f "$FONT" ] || missing+=(fonts-dejavu-core)

if [ -x "$CHROMIUM" ] && [ -f "$FONT" ]; then
  "$CHROMIUM" --version
  exit 0
fi

if [ "${LIAISON_CHROMIUM_PROVISION:-true}" = false ]; then
  echo "WARNING: missing ${missing[*]:-$CHROMIUM} and provisioning is off: the browser or document tests will fail (fix: $FIX)" >&2
  exit 0
fi
if [ ! -x "$CHROMIUM" ] && [ "$CHROMIUM" != /usr/bin/chromium ]; then
  echo "WARNING: $CHROMIUM is missing; only /usr/bin/chromium is installed here: the browser tests will fail (fix: $FIX)" >&2
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "WARNING: missing ${missing[*]} and we are neither root nor allowed sudo: the browser or document tests will fail (fix: $FIX)" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "WARNING: missing ${missing[*]} and there is no apt-get here: the browser or document tests will fail (fix: install Chromium and the DejaVu fonts, and pass -Dliaison.chromium=PATH)" >&2
  exit 0
fi

# One install at a time: the build runs this from several modules, and CI may run two builds on one machine.
exec 9>/tmp/liaison-install-chromium.lock
flock 9 2>/dev/null || true
# Another build may have installed them while this one waited for the lock.
still=()
for package in "${missing[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || still+=("$package")
done
if [ ${#still[@]} -gt 0 ]; then
  echo "installing ${still[*]} (Debian packages) for the browser and document tests ..."
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${still[@]}" >/dev/null
fi
[ ! -x "$CHROMIUM" ] || "$CHROMIUM" --version
