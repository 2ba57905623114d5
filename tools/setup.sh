#!/usr/bin/env bash
# Teema's one set-up script (README): installs everything, then
#   run  – opens the app on the demo project (the default)
#   test – runs the whole test suite headless
# Works on a fresh Debian/Ubuntu machine with Python >= 3.11.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
case "$mode" in run|test) ;; *) echo "usage: tools/setup.sh [run|test]" >&2; exit 2 ;; esac

# System packages: Voikko for Finnish lemmas (spaCy's Finnish pipeline needs
# libvoikko.so.1), the libraries Qt's wheels load, and venv support.
apt_packages=(libvoikko1 voikko-fi python3-venv libegl1 libgl1 libxkbcommon0
              libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
              # Qt's X11 (xcb) platform plugin, needed for a real window on a desktop
              libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
              libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
    if [ "$sudo" = "none" ]; then
      echo "teema setup: please install these Debian packages first (needs root):" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
      echo "teema setup: continuing; Finnish lemmatisation stays off until Voikko is installed." >&2
    else
      echo "teema setup: installing ${missing[*]}"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
  else
    echo "teema setup: not a Debian system; install Voikko (libvoikko + Finnish dictionary) yourself." >&2
  fi
fi

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "teema setup: Python 3.11 or newer is needed ($("$python" --version 2>&1) found)." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[gui,nlp,test]"

if [ "$mode" = "test" ]; then
  export QT_QPA_PLATFORM=offscreen
  exec .venv/bin/python -m pytest -p no:cacheprovider
else
  exec .venv/bin/teema demo
fi
