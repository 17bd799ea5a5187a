"""The command-line options, each run the way a user runs them: as a separate process."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from companion import __version__

ROOT = Path(__file__).resolve().parents[1]


def companion(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=env if env is not None else dict(os.environ),
    )


def files_under(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}


def test_version() -> None:
    result = companion("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Companion {__version__}"


def test_help_lists_every_option() -> None:
    result = companion("--help")
    assert result.returncode == 0
    for option in ("--data-dir", "--version", "--self-test", "--screenshots", "--demo"):
        assert option in result.stdout


def test_self_test_passes_with_one_line_per_check(isolated_home: Path) -> None:
    result = companion("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = (
        "qt",
        "text",
        "glossary",
        "Spanish glossary",
        "directory",
        "calendar",
        "user guide",
        "encrypted store",
        "keyring",
    )
    for check in checks:
        assert any(line.startswith(f"ok   {check}:") for line in lines), result.stdout
    assert lines[-1] == "self-test passed"
    assert not any(isolated_home.rglob("journal.db")), "the throwaway store is not kept"


def test_self_test_names_what_failed(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from companion import selftest

    def broken() -> str:
        raise RuntimeError("resource file missing")

    monkeypatch.setattr(selftest, "CHECKS", [("qt", selftest.check_qt), ("glossary", broken)])
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL glossary: RuntimeError: resource file missing" in out
    assert "self-test FAILED: glossary" in out


def test_text_check_fails_when_sorting_falls_back_to_code_points(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without collation data Qt sorts "A B a b e f \u00e9": the self-test must say so."""
    from PySide6 import QtCore

    from companion import selftest

    class CodePointCollator:
        def __init__(self, _locale: object) -> None:
            pass

        def sortKey(self, text: str) -> str:
            return text

    assert selftest.check_text() == "sorting by language works"
    monkeypatch.setattr(QtCore, "QCollator", CodePointCollator)
    with pytest.raises(RuntimeError, match="code point"):
        selftest.check_text()


def test_data_dir_holds_everything_the_app_writes(tmp_path: Path, isolated_home: Path) -> None:
    before = files_under(isolated_home)
    data = tmp_path / "portable"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = companion("--data-dir", str(data), "--measure-startup", env=env)
    assert result.returncode == 0, result.stderr
    assert "startup_ms" in result.stdout
    assert (data / "config" / "settings.ini").is_file()
    assert data.stat().st_mode & 0o777 == 0o700
    new_in_home = {p for p in files_under(isolated_home) - before if "fontconfig" not in str(p)}
    assert new_in_home == set(), new_in_home


#: The real window, started as ``run`` does; once it shows, a file dialog is opened the way
#: the restore form opens it, then dismissed, and the app quits.
_FILE_DIALOG_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from companion.app import make_application, run_gui
from companion.paths import resolve_paths

make_application()

def dismiss():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            widget.reject()

def use_a_file_dialog():
    QTimer.singleShot(200, dismiss)
    QFileDialog.getOpenFileName(None, "Choose a backup", sys.argv[1])
    QTimer.singleShot(0, QApplication.quit)

QTimer.singleShot(200, use_a_file_dialog)
sys.exit(run_gui(resolve_paths(sys.argv[1])))
"""


def test_a_file_dialog_leaves_no_qt_settings_outside_the_data_dir(
    tmp_path: Path, isolated_home: Path
) -> None:
    before = files_under(isolated_home)
    data = tmp_path / "portable"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", _FILE_DIALOG_SCRIPT, str(data)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (data / "config" / "QtProject.conf").is_file()  # the dialog did save its state
    new_in_home = {p for p in files_under(isolated_home) - before if "fontconfig" not in str(p)}
    assert new_in_home == set(), new_in_home


def test_env_var_sets_the_data_dir(tmp_path: Path, isolated_home: Path) -> None:
    data = tmp_path / "from-env"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMPANION_DATA_DIR=str(data))
    result = companion("--measure-startup", env=env)
    assert result.returncode == 0, result.stderr
    assert (data / "config" / "settings.ini").is_file()


def _assert_pngs(folder: Path, printed: str, names: set[str]) -> None:
    written = {p.stem for p in folder.glob("*.png")}
    assert names <= written, written
    for line in printed.splitlines():
        path = Path(line)
        assert path.is_file() and path.suffix == ".png"
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000, path


def test_screenshots_renders_every_main_screen(tmp_path: Path, isolated_home: Path) -> None:
    """As a small laptop with big text shows them, the fever card among them."""
    out = tmp_path / "shots"
    result = companion(
        "--screenshots", str(out), "--size", "1024x600", "--text-scale", "200", timeout=300
    )
    assert result.returncode == 0, result.stderr
    _assert_pngs(
        out, result.stdout, {"glossary", "journal", "centers", "help", "about", "fever-card"}
    )
    for name in ("fever-card", "journal", "journal-timeline"):
        header = (out / f"{name}.png").read_bytes()[16:24]
        assert struct.unpack(">II", header) == (1024, 600), name
    assert not any(isolated_home.rglob("journal.db")), "demo data is never kept"


@pytest.mark.parametrize(
    "arguments", [["--size", "1024"], ["--size", "10x10"], ["--text-scale", "two hundred"]]
)
def test_screenshot_size_and_text_scale_are_checked(arguments: list[str]) -> None:
    from companion.__main__ import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["--screenshots", "out", *arguments])
    options = build_parser().parse_args(["--size", "1024x600", "--text-scale", "200"])
    assert options.size == (1024, 600) and options.text_scale == 200


def test_no_display_says_so_and_falls_back_to_screenshots(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = companion(cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "companion-screenshots"
    assert "No display is available" in result.stdout
    assert str(folder) in result.stdout
    _assert_pngs(folder, "\n".join(result.stdout.splitlines()[2:]), {"glossary", "journal"})


def test_demo_uses_a_temporary_folder_and_leaves_nothing(isolated_home: Path) -> None:
    before = files_under(isolated_home)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = companion("--demo", "--measure-startup", env=env)
    assert result.returncode == 0, result.stderr
    assert "Demo mode" in result.stdout
    folder = Path(result.stdout.split("sample data in ", 1)[1].split(" (removed", 1)[0])
    assert not folder.exists(), "the demo folder is removed on exit"
    new_in_home = {p for p in files_under(isolated_home) - before if "fontconfig" not in str(p)}
    assert new_in_home == set(), new_in_home


def test_the_self_test_fails_when_a_calendar_would_be_written_wrong(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The calendar check can fail: here the writer stretches every visit by an hour."""
    from dataclasses import replace

    import companion.journal as journal_package
    from companion import selftest

    original = journal_package.appointments_to_ics

    def stretched(appointments, *args, **kwargs):  # type: ignore[no-untyped-def]
        longer = [replace(a, duration_minutes=a.duration_minutes + 60) for a in appointments]
        return original(longer, *args, **kwargs)

    monkeypatch.setattr(journal_package, "appointments_to_ics", stretched, raising=False)
    with pytest.raises(RuntimeError, match="wrong times"):
        selftest.check_calendar()
