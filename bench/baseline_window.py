"""The start-up baseline: a bare PySide6 program, importing nothing of Companion, showing a
QMainWindow with a line edit and a 1,000-row QListView. Prints the same line as
``companion --measure-startup`` at its first paint, then quits the same way."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QMainWindow, QVBoxLayout, QWidget

_IMPORTED = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since the process started (from /proc on Linux, else since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return (uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED) * 1000.0


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"startup_ms {process_age_ms():.1f}", flush=True)
        QTimer.singleShot(0, self.app.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit())
    rows = QListView()
    rows.setModel(QStringListModel([f"Item {n}" for n in range(1000)], rows))
    layout.addWidget(rows)
    window.setCentralWidget(central)
    window.resize(1200, 800)
    watcher = FirstPaint(app)
    rows.viewport().installEventFilter(watcher)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
