"""``--screenshots``: render every main screen with demo data to PNG files, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from companion.journal.records import Kind
from companion.paths import AppPaths

if TYPE_CHECKING:
    from companion.ui.shell.main_window import MainWindow

WINDOW_SIZE = (1280, 820)


@dataclass(frozen=True)
class View:
    """How the screens are shown: the window size and the text size (1.0 is 100%)."""

    size: tuple[int, int] = WINDOW_SIZE
    text_scale: float = 1.0


def _open(window: MainWindow, view: View) -> None:
    window.set_text_scale(view.text_scale)
    window.setMinimumSize(0, 0)
    window.resize(*view.size)


def settle(ms: int = 50) -> None:
    """Let layouts, deferred loads and first paints run before a picture is taken."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


#: The window size every picture of a main window is taken at (set by render_all).
_SIZE: list[tuple[int, int]] = []


def ready(widget: QWidget) -> None:
    """Settle ``widget`` at the size the pictures are taken at, as it is when saved."""
    settle()
    if _SIZE and widget.inherits("QMainWindow"):
        # A screen shown since the last picture may have asked for more room: ask again.
        widget.setMinimumSize(0, 0)
        widget.resize(*_SIZE[0])
        settle()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    ready(widget)
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark mode, to show the app follows it."""
    from PySide6.QtGui import QColor

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2326",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#15181a",
        QPalette.ColorRole.AlternateBase: "#262b2f",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b3035",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b3035",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#3c4146",
        QPalette.ColorRole.Midlight: "#4a5056",
        QPalette.ColorRole.Dark: "#101214",
        QPalette.ColorRole.Light: "#5f6368",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def render_all(paths: AppPaths, folder: Path, view: View | None = None) -> Iterator[Path]:
    """Yield the path of each PNG as it is written: every main screen, light and dark, and
    the fever card, at ``view``'s window and text size."""
    view = view or View()
    _SIZE[:] = [view.size]
    from companion.demo import make_demo_journal
    from companion.ui.shell.main_window import DIRECTORY, GLOSSARY, JOURNAL, MainWindow
    from companion.ui.widgets.session import JournalSession

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    journal = make_demo_journal(paths)
    session = JournalSession(paths)
    window = MainWindow(paths, session, demo=True)
    session.open_with(journal)
    _open(window, view)
    window.show()
    window.load_glossary()
    window.build_remaining_sections()
    settle(200)
    _open(window, view)  # again, now that every section is built and asks for its room

    glossary = window.glossary_view
    window.show_section(GLOSSARY)
    glossary.open_term("refractory")
    yield save(window, folder, "glossary")
    glossary.focus_search()
    glossary._search.setText("nuroblastoma")
    yield save(window, folder, "glossary-search")
    glossary._search.setText("zzqx")
    yield save(window, folder, "glossary-no-match")
    glossary._search.clear()
    language = glossary.language()
    glossary.set_language("es")
    glossary.open_term("relapse")
    yield save(window, folder, "glossary-es")
    glossary.set_language(language)
    for term_id in ("relapse", "refractory", "mibg-therapy", "car-t-cell-therapy"):
        glossary.add_to_walkthrough(term_id)
    walkthrough = glossary.walkthrough()
    if walkthrough is not None:
        walkthrough.resize(*view.size)
        walkthrough.show()
        yield save(walkthrough, folder, "glossary-walkthrough-list")
        walkthrough.start(1)
        yield save(walkthrough, folder, "glossary-walkthrough")
        walkthrough.close()

    window.show_section(JOURNAL)
    page = window.journal_view.page
    yield save(window, folder, "journal")
    if page is not None:
        yield from _render_fever_card(window, page, folder)
        page.dismiss_fever()
        yield save(window, folder, "journal-timeline")
        for kind in (Kind.SYMPTOM, Kind.TEMPERATURE, Kind.APPOINTMENT, Kind.BLOOD_COUNT):
            form = page.open_form(kind)
            if kind == Kind.APPOINTMENT:
                purpose = getattr(form, "purpose", None)
                if purpose is not None:
                    purpose.setText("Scan results with Dr. Patel")
            yield save(window, folder, f"journal-form-{kind.value}")
            page.close_form()
        tabs = {
            "medicines": "medicines",
            "trends": "trends",
            "counts": "counts",
            "plan": "plan",
            "visits": "visits",
            "summary": "summary",
            "rules": "fever-rules",
            "security": "privacy",
        }
        for attribute, name in tabs.items():
            page.show_tab(getattr(page, attribute))
            yield save(window, folder, f"journal-{name}")
        page.show_tab(page.timeline)
        yield from _render_long_note(window, page, folder)

    window.show_section(DIRECTORY)
    directory = window.directory_view
    directory.tabs.setCurrentIndex(0)
    directory.select_center("mott")
    yield save(window, folder, "centers")
    directory.select_center("chop")
    yield save(window, folder, "centers-old-source")
    window.show_section(GLOSSARY)
    window.glossary_view.open_term("mibg-therapy")
    yield save(window, folder, "glossary-program")
    window.show_centers_offering("MIBG therapy")
    directory.select_center("texas-childrens")
    yield save(window, folder, "centers-program")
    directory.program_filter.setCurrentIndex(0)
    window.show_section(DIRECTORY)
    directory.tabs.setCurrentIndex(1)
    yield save(window, folder, "care-team")
    directory.tabs.setCurrentIndex(0)

    window.show_help()
    window.help_dialog.resize(900, 760)
    yield save(window.help_dialog, folder, "help")
    window.help_dialog.close()
    window.show_about()
    yield save(window.about_dialog, folder, "about")
    window.about_dialog.close()

    original = app.palette()
    app.setPalette(dark_palette())
    for index, name in (
        (GLOSSARY, "glossary-dark"),
        (JOURNAL, "journal-dark"),
        (DIRECTORY, "centers-dark"),
    ):
        window.show_section(index)
        settle(100)
        yield save(window, folder, name)
    app.setPalette(original)

    session.lock()
    window.show_section(JOURNAL)
    yield save(window, folder, "journal-locked")
    from companion.journal import Damaged

    session.report_damage(Damaged("shown for the screenshot"))
    yield save(window, folder, "journal-damaged")
    session.clear_damage()
    window.close()
    yield from _render_first_run(folder, view)
    yield from _render_read_only(paths, folder, view)


def _render_long_note(window: QWidget, page: object, folder: Path) -> Iterator[Path]:
    """A very long note chosen in the timeline: one line in its row, a page and Show all."""
    journal = page.journal  # type: ignore[attr-defined]
    child = journal.list_children()[0]
    line = "Long night on the ward. She slept in short stretches and the pump beeped twice. "
    note = journal.add_note("Overnight, written in pieces\n" + line * 120, child.id)
    timeline = page.timeline  # type: ignore[attr-defined]
    timeline.reload()
    timeline.select_entry(Kind.NOTE, note.id)
    yield save(window, folder, "journal-long-note")
    journal.delete(Kind.NOTE, note.id)
    timeline.reload()


def _render_fever_card(window: QWidget, page: object, folder: Path) -> Iterator[Path]:
    """The "Call your care team now" card after a reading of 38.6 °C taken just now."""
    from datetime import UTC, datetime

    journal = page.journal  # type: ignore[attr-defined]
    child = journal.list_children()[0]
    reading = journal.add_temperature(
        child.id, 38.6, "C", method="mouth", taken_at=datetime.now(UTC)
    )
    page.fever.check(child.id)  # type: ignore[attr-defined]
    yield save(window, folder, "fever-card")
    page.dismiss_fever()  # type: ignore[attr-defined]
    journal.delete(Kind.TEMPERATURE, reading.id)
    page.refresh_all()  # type: ignore[attr-defined]


def _render_read_only(paths: AppPaths, folder: Path, view: View) -> Iterator[Path]:
    """The window when its data folder cannot be written: it opens and says what to do."""
    import errno

    from companion.ui.shell.main_window import MainWindow
    from companion.ui.widgets.session import JournalSession

    problem = OSError(errno.EROFS, "Read-only file system")
    window = MainWindow(paths, JournalSession(paths), folder_problem=problem)
    _open(window, view)
    window.show()
    window.load_glossary()
    window.glossary_view.open_term("relapse")
    settle(200)
    yield save(window, folder, "window-read-only-folder")
    window.close()


def _render_first_run(folder: Path, view: View) -> Iterator[Path]:
    """The journal's first-run setup, in a fresh empty folder."""
    import shutil
    import tempfile

    from companion.paths import resolve_paths
    from companion.ui.shell.main_window import JOURNAL, MainWindow
    from companion.ui.widgets.session import JournalSession

    fresh = Path(tempfile.mkdtemp(prefix="companion-first-run-"))
    try:
        paths = resolve_paths(fresh)
        paths.ensure()
        window = MainWindow(paths, JournalSession(paths))
        _open(window, view)
        window.show()
        window.show_section(JOURNAL)
        settle(300)
        yield save(window, folder, "journal-first-run")
        window.close()
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
