"""A row that becomes a column when its items do not fit side by side.

For a few things that belong on one line when there is room (a label and its choice, "Back"
and the Previous/Next buttons): in a longer language, at a big text size or in a narrow
window they stack instead of squeezing their words.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QLayoutItem, QWidget

ROW = QBoxLayout.Direction.LeftToRight
COLUMN = QBoxLayout.Direction.TopToBottom


class RowOrColumn(QBoxLayout):
    """A box layout laid out left to right while every item fits at its preferred width,
    else top to bottom, each item then as wide as the layout (a wrapping label wraps).

    With ``squeeze``, the items may shrink to their minimum width before they stack (for
    columns of a page that reflow themselves, rather than a label and its field)."""

    def __init__(self, parent: QWidget | None = None, *, squeeze: bool = False) -> None:
        super().__init__(ROW, parent)
        self.squeeze = squeeze

    def _items(self) -> list[QLayoutItem]:
        found = []
        for index in range(self.count()):
            item = self.itemAt(index)
            widget = item.widget() if item is not None else None
            if item is not None and (widget is None or not widget.isHidden()):
                found.append(item)
        return found

    def row_width(self) -> int:
        """The width every item needs side by side, margins and spacing included."""
        items = self._items()
        margins = self.contentsMargins()
        spacing = max(0, self.spacing()) * max(0, len(items) - 1)
        widths = sum(
            (item.minimumSize() if self.squeeze else item.sizeHint()).width()
            for item in items
            if not item.spacerItem()
        )
        return widths + spacing + margins.left() + margins.right()

    def fits_in_row(self, width: int) -> bool:
        return width >= self.row_width()

    def setGeometry(self, rect: QRect) -> None:
        direction = ROW if self.fits_in_row(rect.width()) else COLUMN
        if self.direction() != direction:
            self.setDirection(direction)
        super().setGeometry(rect)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        row = self.fits_in_row(width)
        if (self.direction() == ROW) == row:  # laid out that way already: Qt knows best
            exact = super().heightForWidth(width)
            if exact >= 0:
                return exact
        margins = self.contentsMargins()
        items = [item for item in self._items() if not item.spacerItem()]
        inner = width - margins.left() - margins.right()

        def tall(item: QLayoutItem, room: int) -> int:
            if item.hasHeightForWidth():
                return item.heightForWidth(room)
            return item.sizeHint().height()

        if row:
            height = max((tall(item, item.sizeHint().width()) for item in items), default=0)
        else:
            spacing = max(0, self.spacing()) * max(0, len(items) - 1)
            height = sum(tall(item, inner) for item in items) + spacing
        return height + margins.top() + margins.bottom()

    def minimumSize(self) -> QSize:
        """Never wider than its widest item needs (it becomes a column instead)."""
        margins = self.contentsMargins()
        items = [item for item in self._items() if not item.spacerItem()]
        width = max((item.minimumSize().width() for item in items), default=0)
        heights = [item.minimumSize().height() for item in items]
        if self.direction() == COLUMN:
            height = sum(heights) + max(0, self.spacing()) * max(0, len(items) - 1)
        else:
            height = max(heights, default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )


def title_and_actions(parent: QWidget, title: QWidget, *actions: QWidget) -> RowOrColumn:
    """A page's heading with its buttons to the right; the buttons go below the heading
    when both do not fit a line, and wrap onto more rows as needed."""
    from companion.ui.widgets.fit.flow_layout import FlowLayout

    holder = QWidget(parent)
    flow = FlowLayout(holder)
    for action in actions:
        flow.addWidget(action)
    row = RowOrColumn()
    row.addWidget(title, 1)
    row.addWidget(holder)
    return row
