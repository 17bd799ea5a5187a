#!/usr/bin/env bash
# Installs what Companion needs on a fresh Debian-like machine, then leaves a ready .venv:
#   - the Debian libraries Qt needs (as root; otherwise prints the exact apt command),
#   - uv (in .cache/tools), and the locked Python packages (uv sync --frozen).
# Usage: scripts/bootstrap.sh [app|test]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

# Offscreen Qt, fonts, and what a real X11 window needs.
pkgs=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
      fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
      libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
      libxcb-xkb1 libx11-xcb1)
if [ "$mode" = test ]; then
  # A real window under Xvfb, driving it, and checking PDFs as images; a C compiler links the
  # bundle's slim ICU data library (packaging/icu_slim.py). GTK 3, as on most Linux desktops:
  # the bundle is always built on the machine where the most libraries could leak into it, and
  # packaging/bundle-files.txt shows that none do.
  pkgs+=(xvfb xauth xdotool x11-apps poppler-utils imagemagick desktop-file-utils appstream gcc
         libgtk-3-0)
  # What a screen reader sees (tests/smoke/atspi_smoke.py): the accessibility bus and registry,
  # a session bus to run them on, and Debian's AT-SPI client for /usr/bin/python3.
  pkgs+=(at-spi2-core dbus-bin gir1.2-atspi-2.0 python3-pyatspi)
  # Two real Syncthing daemons keep two journals in step (tests/smoke/syncthing_pair.py).
  pkgs+=(syncthing)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "Installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "Companion needs these Debian packages. Please run:" >&2
      echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

python="$(command -v python3.11 || command -v python3 || true)"
if [ -z "$python" ]; then
  echo "Companion needs Python 3.11 or newer (python3 was not found)." >&2
  exit 1
fi
"$python" - <<'PY' || { echo "Companion needs Python 3.11 or newer." >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

tools=.cache/tools
if [ ! -x "$tools/bin/uv" ]; then
  if ! "$python" -m venv "$tools" >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      rm -rf "$tools"
      apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
      "$python" -m venv "$tools"
    else
      echo "Please install the venv module: sudo apt-get install -y python3-venv" >&2
      exit 1
    fi
  fi
  "$tools/bin/python" -m pip install --quiet --disable-pip-version-check "uv>=0.5,<1"
fi

export UV_PYTHON_DOWNLOADS=never
# Installed apps start from compiled bytecode; so does this environment.
export UV_COMPILE_BYTECODE=1
if [ "$mode" = test ] || [ -x .venv/bin/pytest ]; then
  # Also when ./scripts/test set this environment up before: uv removes groups left out of a
  # sync even with --inexact, so running the app would take the test tools away.
  "$tools/bin/uv" sync --quiet --frozen --python "$python" --group dev --group packaging
else
  "$tools/bin/uv" sync --quiet --frozen --python "$python" --no-dev
fi
