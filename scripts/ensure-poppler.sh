#!/usr/bin/env bash
# Makes sure Debian's poppler-utils (pdftotext, pdfinfo) are installed: the report tests read the PDFs
# with them. Installs the package when running as root, else says how.
set -euo pipefail

if command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "ensure-poppler: pdftotext is missing; installing Debian's poppler-utils package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y poppler-utils
  exit 0
fi

cat >&2 <<'MESSAGE'
ensure-poppler: pdftotext is missing, and the report tests need it.
Install it as root, for example:
  sudo apt-get update && sudo apt-get install -y poppler-utils
MESSAGE
exit 1
