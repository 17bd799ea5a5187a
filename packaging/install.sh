#!/usr/bin/env bash
# Installs the built bundle (dist/companion) with its menu entry, icons and metainfo.
#   packaging/install.sh --user            into ~/.local (no root needed)
#   packaging/install.sh --prefix /usr/local   system-wide (as root)
#   packaging/install.sh --uninstall --user|--prefix DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app_id=org.companionapp.Companion
prefix=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --user) prefix="$HOME/.local" ;;
    --prefix) prefix="$2"; shift ;;
    --uninstall) uninstall=1 ;;
    *) echo "usage: $0 [--uninstall] --user | --prefix DIR" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$prefix" ] || { echo "usage: $0 [--uninstall] --user | --prefix DIR" >&2; exit 2; }

lib="$prefix/lib/companion"
bin="$prefix/bin/companion"
apps="$prefix/share/applications/$app_id.desktop"
meta="$prefix/share/metainfo/$app_id.metainfo.xml"
icon="$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
symbolic="$prefix/share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"

if [ "$uninstall" = 1 ]; then
  rm -rf "$lib"
  rm -f "$bin" "$apps" "$meta" "$icon" "$symbolic"
  echo "Companion removed from $prefix (your journal and settings are kept)."
  exit 0
fi

[ -x "$root/dist/companion/companion" ] || { echo "build first: packaging/build.sh" >&2; exit 1; }
mkdir -p "$prefix/lib" "$prefix/bin" "$(dirname "$apps")" "$(dirname "$meta")" \
  "$(dirname "$icon")" "$(dirname "$symbolic")"
rm -rf "$lib"
cp -a "$root/dist/companion" "$lib"
ln -sf "$lib/companion" "$bin"
sed "s#^Exec=companion#Exec=$bin#" "$root/packaging/linux/$app_id.desktop" > "$apps"
cp "$root/packaging/linux/$app_id.metainfo.xml" "$meta"
cp "$root/packaging/icons/$app_id.svg" "$icon"
cp "$root/packaging/icons/$app_id-symbolic.svg" "$symbolic"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$apps")" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "Companion installed in $prefix: run 'companion' or find it in your menu."
