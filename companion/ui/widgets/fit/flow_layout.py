"""A layout that lays its items out in rows and wraps to the next row when a row is full.

For rows of buttons that must never clip: at a big text size, in a longer language or in a
narrow window the buttons move down a row instead of cutting their words. ``grid`` lines
them up in columns instead, as many as fit, each row filled edge to edge: for a set of
choices that reads as one block.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, *, grid: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._grid = grid
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() + self._spacing for item in self._visible())
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [
            item
            for item in self._items
            if item.widget() is None or not item.widget().isHidden()  # type: ignore[union-attr]
        ]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        if self._grid:
            return self._arrange_cells(area, move=move) - rect.y() + margins.bottom()
        x, y, row_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x = area.x()
                y += row_height + self._spacing
                row_height = 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()

    def _arrange_cells(self, area: QRect, *, move: bool) -> int:
        """A grid with as many columns as fit, each as wide as its widest item, the room
        left over shared out; returns the bottom edge."""
        items = self._visible()
        if not items:
            return area.y()
        widths = self._column_widths(items, area.width())
        columns = len(widths)
        y = area.y()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            height = max(item.sizeHint().height() for item in row)
            if move:
                x = area.x()
                for item, width in zip(row, widths, strict=False):
                    item.setGeometry(QRect(x, y, width, height))
                    x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing

    def _column_widths(self, items: list[QLayoutItem], room: int) -> list[int]:
        hints = [item.sizeHint().width() for item in items]
        for columns in range(len(items), 0, -1):
            widths = [max(hints[i::columns]) for i in range(columns)]
            spare = room - sum(widths) - (columns - 1) * self._spacing
            if spare >= 0 or columns == 1:
                share, rest = divmod(max(0, spare), columns)
                grown = [w + share + (1 if i < rest else 0) for i, w in enumerate(widths)]
                return grown if spare >= 0 else [room]
        return [room]
