#!/usr/bin/env bash
# Sets up a fresh machine: Debian's Chromium, Firefox ESR and unzip (when run as root and missing),
# then the project's npm dependencies from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" fonts-noto-core >/dev/null
  else
    echo "Missing ${need[*]}: install them (sudo apt-get install ${need[*]}) and run this again." >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
