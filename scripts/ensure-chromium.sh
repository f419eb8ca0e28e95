#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (playwright-core drives /usr/bin/chromium;
# Playwright's own browser download is not used). Installs it when running as root, else says how.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium
  exit 0
fi

cat >&2 <<'MESSAGE'
ensure-chromium: /usr/bin/chromium is missing, and the browser tests need it.
Install it as root, for example:
  sudo apt-get update && sudo apt-get install -y chromium
MESSAGE
exit 1
