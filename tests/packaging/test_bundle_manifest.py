"""packaging/manifest.py: the manifest's sizes and checksums are the files' own, and a file that
appears in or disappears from the bundle fails the check with a diff that names it."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("manifest", ROOT / "packaging" / "manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_manifest"] = module
    spec.loader.exec_module(module)
    return module


manifest = _load_tool()


@pytest.fixture(autouse=True)
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The list on record, away from the repository's own packaging/bundle-files.txt."""
    path = tmp_path / "bundle-files.txt"
    monkeypatch.setattr(manifest, "RECORDED", path)
    return path


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A one-folder bundle in miniature: the executable, a package, libraries and a link."""
    root = tmp_path / "dist" / "companion"
    (root / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (root / "companion").write_bytes(b"\x7fELF" + bytes(3000))
    (root / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(bytes(5000))
    (root / "_internal" / "PySide6" / "QtCore.abi3.so").write_bytes(b"core" * 100)
    (root / "_internal" / "libz.so.1").write_bytes(b"z" * 700)
    (root / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    return root


def test_lists_files_and_links_with_their_targets(bundle: Path) -> None:
    assert manifest.listing(bundle) == [
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/PySide6/QtCore.abi3.so",
        "_internal/libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/libz.so.1",
        "companion",
    ]


def test_manifest_sizes_parts_and_checksums_every_file(bundle: Path) -> None:
    data = manifest.manifest(bundle)
    assert data["bytes"] == 3004 + 5000 + 400 + 700
    assert data["parts"] == [
        {"name": "_internal/PySide6", "bytes": 5400, "files": 2},
        {"name": "companion", "bytes": 3004, "files": 1},
        {"name": "_internal/libz.so.1", "bytes": 700, "files": 1},
        {"name": "_internal/libQt6Core.so.6", "bytes": 0, "files": 1},
    ]
    for entry in data["files"]:
        path = bundle / entry["path"]
        if "link" in entry:
            assert path.is_symlink() and entry["link"] == str(path.readlink())
        else:
            assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
            assert entry["bytes"] == path.stat().st_size


def test_the_command_writes_the_manifest_next_to_the_bundle(
    bundle: Path, recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert manifest.main([str(bundle), "--update"]) == 0
    assert manifest.read_recorded() == manifest.listing(bundle) == manifest.read_recorded(recorded)
    assert manifest.main([str(bundle)]) == 0
    written = json.loads((bundle.parent / "companion.manifest.json").read_text())
    assert [entry["path"] for entry in written["files"]] == [
        line.partition(" -> ")[0] for line in manifest.listing(bundle)
    ]
    assert "no more, no fewer" in capsys.readouterr().out


def test_a_new_library_fails_the_check_with_its_name_and_size(
    bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest.write_recorded(manifest.listing(bundle))
    (bundle / "_internal" / "libgtk-3.so.0").write_bytes(bytes(3 * 1024 * 1024))
    assert manifest.main([str(bundle)]) == 1
    error = capsys.readouterr().err
    assert "+_internal/libgtk-3.so.0" in error
    assert "3.00 MB  _internal/libgtk-3.so.0" in error
    assert "--update" in error


def test_a_missing_file_or_a_moved_link_fails_the_check(bundle: Path) -> None:
    recorded = manifest.listing(bundle)
    (bundle / "_internal" / "libz.so.1").unlink()
    link = bundle / "_internal" / "libQt6Core.so.6"
    link.unlink()
    link.symlink_to("elsewhere/libQt6Core.so.6")
    found = manifest.difference(recorded, manifest.listing(bundle), bundle)
    assert "-_internal/libz.so.1" in found.splitlines()
    assert "-_internal/libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6" in found.splitlines()
    assert "+_internal/libQt6Core.so.6 -> elsewhere/libQt6Core.so.6" in found.splitlines()
    assert manifest.difference(recorded, recorded, bundle) == ""


def test_the_recorded_list_reads_back_without_its_header(tmp_path: Path, recorded: Path) -> None:
    manifest.write_recorded(["a", "b -> a"])
    assert recorded.read_text().startswith("#")
    assert manifest.read_recorded() == ["a", "b -> a"]
    assert manifest.difference([], ["a"], tmp_path).startswith("no file list on record")


def test_the_size_table_shows_big_parts_and_sums_the_rest() -> None:
    mb = 1024 * 1024
    data = {
        "bytes": 71 * mb,
        "parts": [
            {"name": "_internal/PySide6", "bytes": 63 * mb, "files": 41},
            {"name": "companion", "bytes": 7 * mb + mb // 2, "files": 1},
            {"name": "_internal/libz.so.1", "bytes": mb // 4, "files": 1},
            {"name": "_internal/tzdata", "bytes": mb // 4, "files": 600},
        ],
    }
    assert manifest.size_table(data).splitlines() == [
        "| part | files | MB |",
        "|---|---:|---:|",
        "| `_internal/PySide6` | 41 | 63.0 |",
        "| `companion` | 1 | 7.5 |",
        "| 2 smaller parts, each under 1 MB | 601 | 0.5 |",
        "| **total** | 643 | **71.0** |",
    ]
