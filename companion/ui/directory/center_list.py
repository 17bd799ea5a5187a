"""The list of centers: each row a name and a place, wrapped, never cut short.

QListView asks its delegate for a row's height with a wider width than the text gets when it
is painted, so a name that only just fits on one line is measured as one line and then painted
as two, with the place cut off ("Cook Children's Hematology and Oncology Center…"). Here each
row is measured at the width it is painted at, and measured again when the list is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


class _WrappedRows(QStyledItemDelegate):
    def __init__(self, view: CenterList) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        width = self._view.row_width()
        measured.rect = QRect(0, 0, width, 1)  # a valid rect, or its width is ignored
        hint = super().sizeHint(measured, index)
        return QSize(width, hint.height())


class CenterList(QListWidget):
    """A word-wrapping list whose rows always fit their text at the current width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # The width rows get must not change when the scroll bar comes and goes.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappedRows(self))

    def row_width(self) -> int:
        """The width a row's text is painted in."""
        return max(1, self.viewport().width() - 2 * self.spacing())

    def text_width(self) -> int:
        """The width left for the words once the style's margins are taken off."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return self.row_width() - 2 * (margin + 1)
