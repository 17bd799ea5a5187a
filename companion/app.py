"""The one place that wires Companion together: paths, options, QApplication, main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from companion import APP_ID, APP_NAME, __version__
from companion.paths import AppPaths, resolve_paths

FALLBACK_SCREENSHOT_DIR = "companion-screenshots"


def run(options: argparse.Namespace, *, started: float | None = None) -> int:
    """Dispatch on the command-line options; returns the process exit code."""
    if options.self_test:
        from companion.selftest import run_self_test

        return run_self_test()
    language = getattr(options, "lang", None)
    if options.screenshots:
        return run_screenshots(
            Path(options.screenshots),
            language=language,
            size=getattr(options, "size", None),
            text_scale=getattr(options, "text_scale", None),
        )
    if not has_display():
        target = Path.cwd() / FALLBACK_SCREENSHOT_DIR
        print(
            "No display is available here (no DISPLAY or WAYLAND_DISPLAY), so Companion cannot "
            f"open its window.\nInstead it renders every screen to PNG files in: {target}"
        )
        return run_screenshots(target, language=language)
    if options.demo:
        return run_demo(measure_startup=options.measure_startup, started=started, language=language)
    paths = resolve_paths(options.data_dir)
    return run_gui(
        paths, measure_startup=options.measure_startup, started=started, language=language
    )


def has_display() -> bool:
    """True when Qt can show a window: a platform was chosen, or an X/Wayland display exists."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    )


def make_application() -> object:
    """Create (or reuse) the QApplication with the app's identity set once."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setOrganizationName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    from companion.ui.shell.contrast import KeepReadable

    KeepReadable(app)  # type: ignore[arg-type]
    return app


def keep_qt_settings_inside(paths: AppPaths) -> None:
    """Qt's own settings (the file dialog's last folders and sidebar, "QtProject.conf") go to
    Companion's settings folder, not the home folder: with --data-dir nothing is written
    anywhere else, and the folders the family saved exports to stay with the journal."""
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(paths.config_dir))


def settings_for(paths: AppPaths) -> object:
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def run_gui(
    paths: AppPaths,
    *,
    measure_startup: bool = False,
    started: float | None = None,
    demo_journal: object | None = None,
    language: str | None = None,
) -> int:
    """Show the main window and run the event loop.

    Choosing another language ends the event loop with :data:`RESTART`: the window is built
    again in the new language (the journal locks in between, as it does on closing).
    """
    app = make_application()
    keep_qt_settings_inside(paths)
    from companion.ui.shell.single_instance import SingleInstance
    from companion.ui.widgets.language import RESTART, start_language

    problem: OSError | None = None
    try:
        paths.ensure()
    except OSError as exc:
        # The window still opens (the glossary and centers help); it says what to do.
        print(f"Companion cannot use its data folder {paths.data_dir}: {exc.strerror}")
        problem = exc
    instance = SingleInstance(paths.data_dir)
    # A folder nobody can write to cannot hold the lock, nor be written by a second window.
    if problem is None and not instance.acquire():
        print("Companion is already open for this data folder; bringing its window forward.")
        return 0

    from companion.ui.shell import excepthook
    from companion.ui.shell.main_window import MainWindow
    from companion.ui.widgets.session import JournalSession

    windows: list[MainWindow] = []
    excepthook.install(paths.data_dir, lambda: windows[-1] if windows else None)
    while True:
        start_language(settings_for(paths), language)  # type: ignore[arg-type]
        session = JournalSession(paths)
        window = MainWindow(paths, session, demo=demo_journal is not None, folder_problem=problem)
        windows[:] = [window]
        instance.activation_requested.connect(window.bring_to_front)
        if measure_startup:  # first, so the time read is the paint's, not later work's
            window.first_paint.connect(lambda: _report_startup(started, app))
        if problem is None:
            window.first_paint.connect(instance.listen)
        if demo_journal is not None:
            session.open_with(demo_journal)  # type: ignore[arg-type]
            demo_journal = None
        window.show()
        code = int(app.exec())  # type: ignore[attr-defined]
        session.lock()
        instance.activation_requested.disconnect(window.bring_to_front)
        window.hide()
        window.deleteLater()
        if code != RESTART:
            break
        language = None  # the family's new choice, from the settings
    instance.release()
    return code


def _report_startup(started: float | None, app: object) -> None:
    from PySide6.QtCore import QTimer

    print(f"startup_ms {process_age_ms(started):.1f}", flush=True)
    QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]


def process_age_ms(fallback_start: float | None) -> float:
    """Milliseconds since the process started (from /proc on Linux, else since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return (uptime - start_ticks / ticks) * 1000.0
    except (OSError, ValueError, IndexError):
        start = fallback_start if fallback_start is not None else time.perf_counter()
        return (time.perf_counter() - start) * 1000.0


def run_demo(
    *, measure_startup: bool = False, started: float | None = None, language: str | None = None
) -> int:
    """The full app on sample data in a temporary folder that is removed afterwards."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="companion-demo-"))
    try:
        paths = resolve_paths(folder)
        from companion.demo import DEMO_PASSPHRASE, make_demo_journal

        journal = make_demo_journal(paths)
        print(
            f"Demo mode: sample data in {folder} (removed on exit). Passphrase: {DEMO_PASSPHRASE}"
        )
        return run_gui(
            paths,
            measure_startup=measure_startup,
            started=started,
            demo_journal=journal,
            language=language,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_screenshots(
    target: Path,
    *,
    language: str | None = None,
    size: tuple[int, int] | None = None,
    text_scale: int | None = None,
) -> int:
    """Render every main screen with demo data into ``target`` offscreen; print the paths.

    ``size`` (width, height) and ``text_scale`` (percent) show the screens as a small laptop
    or a big text setting does."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from companion.ui.shell.screenshots import WINDOW_SIZE, View, render_all
    from companion.ui.widgets.language import start_language

    make_application()
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="companion-shots-"))
    try:
        paths = resolve_paths(folder)
        keep_qt_settings_inside(paths)
        start_language(settings_for(paths), language)  # type: ignore[arg-type]
        target.mkdir(parents=True, exist_ok=True)
        view = View(size or WINDOW_SIZE, (text_scale or 100) / 100)
        for path in render_all(paths, target, view):
            print(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0
