#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, never a downloaded browser. `make test` and
# .ci/run call this first: it installs Debian's package when Chromium is missing and it
# can (as root, or with sudo that needs no password), and otherwise stops saying how.
set -euo pipefail
chromium="${BRIEFINGS_CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

how="install it with: sudo apt-get install chromium (Debian, Ubuntu: the 'chromium' package), then run make test again;
  make test-fast runs every test that needs neither MkDocs nor a browser"
stop() { printf 'make test: %s is missing: the browser tests (tests/browser) need it.\n  %s\n  %s\n' "$chromium" "$1" "$how" >&2; exit 1; }

[ "$chromium" = /usr/bin/chromium ] || stop "BRIEFINGS_CHROMIUM points at it; install a Chromium there or unset it."
command -v apt-get >/dev/null || stop "This system has no apt-get to install Debian's package."
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  stop "Installing it needs root, and sudo is missing or asks for a password."
fi
echo "make test: installing Debian's chromium for the browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q && $sudo apt-get install -y -q chromium || stop "apt-get install chromium failed (see above)."
[ -x "$chromium" ] || stop "apt-get installed chromium, but not at $chromium."
