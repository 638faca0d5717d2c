#!/usr/bin/env bash
# make e2e: real-browser tests of `sitegen serve` in headless Chromium (Debian's chromium and
# chromium-driver, driven by selenium). Installs what is missing, then runs e2e/*.py.
set -euo pipefail
cd "$(dirname "$0")/.."

SITEGEN="${SITEGEN:-.build/debug/sitegen}"
VENV="${E2E_VENV:-.build/e2e-venv}"
SELENIUM="selenium==4.51.0"

have() { command -v "$1" >/dev/null 2>&1; }
sudo=""
[[ "$(id -u)" = 0 ]] || sudo="sudo"

pkgs=()
have chromium || pkgs+=(chromium)
have chromedriver || pkgs+=(chromium-driver)
python3 -c 'import ensurepip, venv' 2>/dev/null || pkgs+=(python3-venv)
if ((${#pkgs[@]})); then
  echo "e2e: apt-get install ${pkgs[*]}"
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${pkgs[@]}" >/dev/null
fi
if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c 'import selenium' 2>/dev/null; then
  echo "e2e: creating $VENV with $SELENIUM"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "$SELENIUM"
fi

[[ -x "$SITEGEN" ]] || { echo "e2e: $SITEGEN is missing; run 'swift build --product sitegen'" >&2; exit 1; }
status=0
for test in e2e/*.py; do
  echo "e2e: $test"
  "$VENV/bin/python" "$test" "$SITEGEN" || status=1
done
exit $status
