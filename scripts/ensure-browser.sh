#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are present for the browser tests.
# Run by the Maven build before the tests; installs them with apt-get when run as root.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get -qq update >/dev/null 2>&1 || true
  apt-get -qq install -y --no-install-recommends chromium chromium-driver >/dev/null
  exit 0
fi
echo "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver:" >&2
echo "  sudo apt-get install -y chromium chromium-driver" >&2
