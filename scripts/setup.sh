#!/usr/bin/env bash
# Installs what building and testing syndicard need, skipping what is there.
#   scripts/setup.sh build     wasm target, wasm-bindgen-cli (pinned), npm tools (wasm-opt)
#   scripts/setup.sh browser   the above, plus Chromium and ChromeDriver, Firefox ESR,
#                              WebKitWebDriver (WebKitGTK's MiniBrowser) and Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"

say() { printf 'setup: %s\n' "$*"; }

# The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen's CLI must match the crate's pinned version exactly.
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none})"
  # Not --locked: the registry lacks one of its locked dependencies.
  cargo install wasm-bindgen-cli --version "$want"
fi

# npm tools: binaryen (a current wasm-opt; Debian's 108 breaks the output),
# playwright-core and axe-core for the page tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  npm ci --no-audit --no-fund
fi

if [ "$what" = browser ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and ChromeDriver"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium chromium-driver
  fi
  # Firefox (driven over WebDriver BiDi) and WebKit (WebKitWebDriver with
  # MiniBrowser, which needs an X display: Xvfb) for tests/engines/.
  if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ]; then
    say "installing Firefox ESR, WebKitWebDriver and Xvfb"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q firefox-esr webkit2gtk-driver xvfb
  fi
fi
