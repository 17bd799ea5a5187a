"""The last safety net: an error nobody expected is told calmly, never as a traceback.

Known failures become sentences where they happen (``companion.ui.widgets.error_sentences``).
Anything else reaches this hook: the family sees one calm message, and the details written to
standard error and to ``errors.log`` in the data folder are only the error's type and where in
Companion's code it happened (file, line, function): never its message, which could quote
something the family typed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # loaded by the first error, not at start-up
    from PySide6.QtWidgets import QMessageBox

LOG_NAME = "errors.log"
#: The log stops growing past this size (it is for a helper reading it, not an archive).
MAX_LOG_BYTES = 256 * 1024

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def details(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The error's type and its frames, without any message or value."""
    import traceback
    from datetime import UTC, datetime

    lines = [f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} {kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def install(log_folder: Path | None, parent: Callable[[], QWidget | None] = lambda: None) -> Hook:
    """Make :func:`handle` the process's exception hook; returns the hook it replaced."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from companion.ui.widgets.error_sentences import tell_damage

        if QApplication.instance() is not None and tell_damage(exc):
            return  # a damaged journal file met while painting: the damage screen says it
        handle(kind, tb, log_folder, parent())

    sys.excepthook = hook
    return previous


def handle(
    kind: type[BaseException],
    tb: TracebackType | None,
    log_folder: Path | None,
    parent: QWidget | None,
) -> QMessageBox | None:
    text = details(kind, tb)
    sys.stderr.write(text)
    if log_folder is not None:
        _append(log_folder / LOG_NAME, text)
    if QApplication.instance() is None:
        return None
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExceptHook", "Companion"),
        QCoreApplication.translate(
            "ExceptHook",
            "Something went wrong on this screen. What you saved before is kept. If a form "
            "was open, check it before you save again. If this keeps happening, restart "
            "Companion.",
        ),
        parent=parent,
    )
    box.setObjectName("unexpectedError")
    box.open()
    return box


def _append(path: Path, text: str) -> None:
    try:
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            return
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)
        path.chmod(0o600)
    except OSError:  # a full or read-only disk: standard error still has it
        return
