"""The start-up baseline: a bare PySide6 program showing a QMainWindow with a 1,000-item list
and a line edit. Prints the same line as ``companion --measure-startup``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from companion.app import process_age_ms


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
        print(f"startup_ms {process_age_ms(None):.1f}", flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit())
    items = QListWidget()
    items.addItems([f"Item {n}" for n in range(1000)])
    layout.addWidget(items)
    window.setCentralWidget(central)
    window.resize(1200, 800)
    watcher = FirstPaint(app)
    items.viewport().installEventFilter(watcher)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
