"""A read-only or full disk at the window: it opens, says what to do, and the public sections
still work; a lock that cannot tidy up says what was kept."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.journal import DiskFull, ReadOnly
from companion.paths import AppPaths
from companion.ui.gate.unlock_view import UnlockView
from companion.ui.shell.main_window import DIRECTORY, GLOSSARY, JOURNAL, MainWindow
from companion.ui.widgets.session import JournalSession
from tests.support.journals import create_journal

ROOT = Path(__file__).resolve().parents[3]


def test_a_read_only_folder_is_told_and_the_glossary_and_centers_still_work(
    qtbot, paths: AppPaths
) -> None:
    problem = OSError(errno.EROFS, "Read-only file system")
    window = MainWindow(paths, JournalSession(paths), folder_problem=problem)
    qtbot.addWidget(window)
    window.show()
    assert window.folder_notice is not None and window.folder_notice.isVisible()
    said = window.folder_notice.text.text()  # type: ignore[attr-defined]
    assert "cannot write to its folder" in said and "--data-dir" in said
    assert "glossary and the centers work" in said
    assert str(paths.data_dir) in window.folder_notice.folder.text()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.current_glossary() is not None, timeout=10_000)
    window.show_section(GLOSSARY)
    assert window.glossary_view.open_term("relapse")
    window.show_section(DIRECTORY)
    assert window.directory_view.isVisible()


def test_a_full_disk_says_to_free_space(qtbot, paths: AppPaths) -> None:
    problem = OSError(errno.ENOSPC, "No space left on device")
    window = MainWindow(paths, JournalSession(paths), folder_problem=problem)
    qtbot.addWidget(window)
    assert "disk is full" in window.folder_notice.text.text()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "error", [DiskFull("full"), ReadOnly("read-only"), OSError(errno.EROFS, "Read-only")]
)
def test_a_lock_that_cannot_tidy_up_says_what_was_kept(
    qtbot, paths: AppPaths, error: Exception
) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.add_child("Maya")
    real_close = journal.close

    def failing_close() -> None:
        real_close()  # the key is dropped; then the disk refuses the tidying up
        raise error

    journal.close = failing_close  # type: ignore[method-assign]
    session = JournalSession(paths)
    window = MainWindow(paths, session)
    qtbot.addWidget(window)
    window.show()
    window.show_section(JOURNAL)
    session.open_with(journal)
    with qtbot.waitSignal(session.lock_failed) as failed, qtbot.waitSignal(session.locked):
        window.lock_journal()
    assert "Everything you saved is kept" in failed.args[0]
    assert not journal.is_open and session.journal is None
    assert isinstance(window.journal_view.gate, UnlockView)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("saved is kept" in box.text() and box.isVisible() for box in boxes)
    assert failed.args[0] in window.statusBar().currentMessage()


def test_quitting_waits_once_when_the_lock_could_not_tidy_up(qtbot, paths: AppPaths) -> None:
    journal, _code = create_journal(paths.data_dir)
    journal.add_child("Maya")
    real_close = journal.close

    def failing_close() -> None:
        real_close()
        raise DiskFull("full")

    journal.close = failing_close  # type: ignore[method-assign]
    session = JournalSession(paths)
    window = MainWindow(paths, session)
    qtbot.addWidget(window)
    window.show()
    window.show_section(JOURNAL)
    session.open_with(journal)
    assert not window.close()  # the family reads what was kept first
    assert window.isVisible() and session.journal is None
    assert window.close()  # the second time it closes


# ---- the real app on a read-only folder -------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder made read-only by a bind mount (as root); unmounted at teardown."""
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root (mount --bind, remount ro)")
    folder = tmp_path / "ro-data"
    folder.mkdir(mode=0o700)
    (folder / "note-from-before.txt").write_text("kept", encoding="utf-8")
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], check=False)
    if mounted.returncode != 0:
        pytest.skip("this machine does not allow bind mounts")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_the_app_opens_its_window_on_a_read_only_folder(read_only_folder: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    args = ["--data-dir", str(read_only_folder), "--measure-startup"]
    result = subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "startup_ms" in result.stdout  # the window was painted
    assert "cannot use its data folder" in result.stdout
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["note-from-before.txt"]
