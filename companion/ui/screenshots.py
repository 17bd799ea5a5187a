"""``--screenshots``: render every main screen with demo data to PNG files, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from companion.paths import AppPaths

WINDOW_SIZE = (1280, 820)


def settle(ms: int = 50) -> None:
    """Let layouts, deferred loads and first paints run before a picture is taken."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    settle()
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


def render_all(paths: AppPaths, folder: Path) -> Iterator[Path]:
    """Yield the path of each PNG as it is written."""
    from companion.app import make_demo_journal
    from companion.ui.main_window import DIRECTORY, GLOSSARY, JOURNAL, MainWindow
    from companion.ui.session import JournalSession

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    journal = make_demo_journal(paths)
    session = JournalSession(paths)
    window = MainWindow(paths, session, demo=True)
    session.open_with(journal)  # type: ignore[arg-type]
    window.resize(*WINDOW_SIZE)
    window.show()
    window.load_glossary()
    settle(200)

    steps: list[tuple[str, Callable[[], None]]] = [
        (
            "glossary",
            lambda: (window.show_section(GLOSSARY), window.glossary_view.open_term("refractory")),
        ),
        ("journal", lambda: window.show_section(JOURNAL)),
        ("centers", lambda: window.show_section(DIRECTORY)),
    ]
    for name, prepare in steps:
        prepare()
        yield save(window, folder, name)

    window.show_help()
    window.help_dialog.resize(900, 760)
    yield save(window.help_dialog, folder, "help")
    window.help_dialog.close()
    window.show_about()
    yield save(window.about_dialog, folder, "about")
    window.about_dialog.close()

    original = app.palette()
    app.setPalette(dark_palette())
    window.show_section(GLOSSARY)
    settle(100)
    yield save(window, folder, "glossary-dark")
    app.setPalette(original)

    session.lock()
    window.show_section(JOURNAL)
    yield save(window, folder, "journal-locked")
    window.close()
