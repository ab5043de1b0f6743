#!/usr/bin/env bash
# What the browser tests need beyond npm: Chromium from Debian (Playwright's own browser
# download is not used). Installs it when missing and the machine allows it.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "Chromium: $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  echo "Chromium installed: $(/usr/bin/chromium --version)"
else
  echo "Chromium is missing: install it with your package manager or set CHROMIUM_PATH to its binary." >&2
  exit 1
fi
