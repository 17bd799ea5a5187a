"""The bundle's manifest, and the check that the bundle holds exactly the files on record.

The manifest (``dist/companion.manifest.json``, next to the bundle) gives the size of each
top-level part and the SHA-256 of every file, so a download can be checked file by file and the
size table in docs/packaging.md comes from a build rather than from memory.

``packaging/bundle-files.txt`` records every file the bundle holds. The build fails when the
bundle's files differ from it, showing the difference and the size of anything new: a library
that arrives with a new dependency, or with whatever the build machine has installed, is
noticed and weighed. When the change is meant, record it with ``--update`` and commit the list.

Usage:
  python packaging/manifest.py dist/companion            write the manifest, compare the files
  python packaging/manifest.py dist/companion --update   ... and record the bundle's file list
  python packaging/manifest.py --table dist/companion.manifest.json   the size table (Markdown)
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

RECORDED = Path(__file__).resolve().parent / "bundle-files.txt"
# PyInstaller puts everything but the executable in this folder; its entries are the parts.
CONTENTS = "_internal"
HEADER = (
    "# Every file in the one-folder bundle (dist/companion), links with their targets.\n"
    "# packaging/build.sh fails when the bundle differs. After a change that is meant:\n"
    "#   .venv/bin/python packaging/manifest.py dist/companion --update\n"
)
MB = 1024 * 1024


def listing(bundle: Path) -> list[str]:
    """The bundle's files as sorted relative paths, a symbolic link as ``path -> target``."""
    lines = []
    for path in bundle.rglob("*"):
        name = path.relative_to(bundle).as_posix()
        if path.is_symlink():
            lines.append(f"{name} -> {path.readlink().as_posix()}")
        elif path.is_file():
            lines.append(name)
    return sorted(lines)


def part_of(name: str) -> str:
    """The top-level part a file belongs to: ``companion``, ``_internal/PySide6``, ..."""
    parts = name.split("/")
    return "/".join(parts[:2]) if parts[0] == CONTENTS and len(parts) > 1 else parts[0]


def manifest(bundle: Path) -> dict[str, Any]:
    """Sizes in bytes (of the files' contents; links count nothing) and SHA-256 per file."""
    files: list[dict[str, Any]] = []
    parts: dict[str, dict[str, int]] = {}
    for line in listing(bundle):
        name, arrow, target = line.partition(" -> ")
        part = parts.setdefault(part_of(name), {"bytes": 0, "files": 0})
        part["files"] += 1
        if arrow:
            files.append({"path": name, "link": target})
            continue
        path = bundle / name
        size = path.stat().st_size
        part["bytes"] += size
        files.append({"path": name, "bytes": size, "sha256": _sha256(path)})
    ordered = sorted(parts.items(), key=lambda item: (-item[1]["bytes"], item[0]))
    return {
        "bundle": bundle.name,
        "bytes": sum(part["bytes"] for part in parts.values()),
        "parts": [{"name": name, **sizes} for name, sizes in ordered],
        "files": files,
    }


def read_recorded(path: Path | None = None) -> list[str]:
    path = path or RECORDED
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def write_recorded(lines: list[str], path: Path | None = None) -> None:
    (path or RECORDED).write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")


def difference(recorded: list[str], built: list[str], bundle: Path, shown: int = 20) -> str:
    """Empty if the lists agree; otherwise a diff, and the weight of the new files."""
    if recorded == built:
        return ""
    if not recorded:
        return f"no file list on record ({RECORDED.name} is missing or empty)"
    diff = difflib.unified_diff(
        recorded, built, "packaging/bundle-files.txt", "the bundle built now", lineterm="", n=0
    )
    lines = [line for line in diff if not line.startswith("@@")]
    new = set(built) - set(recorded)
    sizes = sorted(
        ((_size(bundle / line.partition(" -> ")[0]), line) for line in new), reverse=True
    )
    if sizes:
        lines.append(f"{len(sizes)} new files weigh {sum(size for size, _ in sizes) / MB:.2f} MB:")
        lines += [f"  {size / MB:7.2f} MB  {line}" for size, line in sizes[:shown]]
        if len(sizes) > shown:
            lines.append(f"  ... and {len(sizes) - shown} smaller ones")
    return "\n".join(lines)


def size_table(data: dict[str, Any], smallest: int = MB) -> str:
    """Markdown rows for parts of at least ``smallest`` bytes, the rest summed in one row."""
    parts = data["parts"]
    rows = ["| part | files | MB |", "|---|---:|---:|"]
    rest = [part for part in parts if part["bytes"] < smallest]
    for part in parts:
        if part["bytes"] >= smallest:
            rows.append(f"| `{part['name']}` | {part['files']} | {part['bytes'] / MB:.1f} |")
    if rest:
        files = sum(part["files"] for part in rest)
        size = sum(part["bytes"] for part in rest) / MB
        rows.append(
            f"| {len(rest)} smaller parts, each under {smallest / MB:g} MB | {files} | {size:.1f} |"
        )
    total_files = sum(part["files"] for part in parts)
    rows.append(f"| **total** | {total_files} | **{data['bytes'] / MB:.1f}** |")
    return "\n".join(rows)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _size(path: Path) -> int:
    return 0 if path.is_symlink() else path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", help="the one-folder bundle")
    parser.add_argument("--update", action="store_true", help="record the bundle's file list")
    parser.add_argument("--table", type=Path, metavar="MANIFEST", help="print the size table")
    args = parser.parse_args(argv)
    if args.table:
        print(size_table(json.loads(args.table.read_text(encoding="utf-8"))))
        return 0
    if args.bundle is None or not args.bundle.is_dir():
        parser.error("give the bundle's folder, e.g. dist/companion")
    bundle = args.bundle
    data = manifest(bundle)
    target = bundle.with_name(bundle.name + ".manifest.json")
    target.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"manifest: {target} ({len(data['files'])} files)")
    built = listing(bundle)
    if args.update:
        write_recorded(built)
        print(f"recorded {len(built)} files in {RECORDED}")
        return 0
    found = difference(read_recorded(), built, bundle)
    if found:
        print(f"the bundle's files differ from the list on record:\n{found}", file=sys.stderr)
        print(
            "If the change is meant, weigh its size, then record it:\n"
            "  .venv/bin/python packaging/manifest.py dist/companion --update",
            file=sys.stderr,
        )
        return 1
    print(f"files: the {len(built)} on record, no more, no fewer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
