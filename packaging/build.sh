#!/usr/bin/env bash
# Builds the one-folder bundle at dist/companion, writes its manifest (dist/companion.manifest.json:
# sizes and SHA-256 of every file), and checks that it holds exactly the files recorded in
# packaging/bundle-files.txt and fits its size budget (150 MB).
# Usage: packaging/build.sh [--smoke]   (--smoke also runs the frozen app's checks)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -x .venv/bin/pyinstaller ]; then
  scripts/bootstrap.sh test
fi
rm -rf build/pyinstaller dist/companion dist/companion.manifest.json
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/companion.spec
size_mb=$(du -sm dist/companion | cut -f1)
echo "bundle: dist/companion (${size_mb} MB)"
if command -v xz >/dev/null 2>&1; then
  packed_mb=$(tar -C dist -cf - companion | xz -T0 -6 | wc -c | awk '{printf "%d", $1/1048576}')
  echo "bundle packed with xz: ${packed_mb} MB"
fi
# The same files whatever the build machine has installed; a change is made on purpose
# (docs/packaging.md, "Files").
.venv/bin/python packaging/manifest.py dist/companion
if [ "$size_mb" -gt 150 ]; then
  # The budget (docs/packaging.md, "Size"): a new dependency or Qt plugin that breaks it
  # fails the build, so it is noticed and its cost weighed.
  echo "the bundle is ${size_mb} MB, over the 150 MB budget" >&2
  exit 1
fi
if [ "${1:-}" = "--smoke" ]; then
  .venv/bin/python tests/smoke/frozen_smoke.py dist/companion/companion
fi
