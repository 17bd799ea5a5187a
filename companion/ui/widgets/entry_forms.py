"""What every journal form shares: a heading, big Save and Cancel, Enter saves, Esc cancels.

The forms are pages shown inside the journal (never modal), so a parent can glance at the
timeline, and they are built for one hand: large targets, "now" as the default time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.accessible import name_combo_editor

if TYPE_CHECKING:
    from companion.journal import Journal

#: Minimum height in pixels of anything a finger or a shaky mouse must hit.
TARGET_HEIGHT = 44


def heading_font(widget: QWidget, scale: float = 1.4) -> QFont:
    """A bold font ``scale`` times the widget's, so headings grow with the text size setting."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


def big_button(
    text: str, accessible: str | None = None, parent: QWidget | None = None
) -> QPushButton:
    """A push button tall enough to hit with a thumb, with an accessible name."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(TARGET_HEIGHT)
    button.setAccessibleName(accessible or text.replace("&", ""))
    return button


def to_utc(moment: QDateTime) -> datetime:
    """A Qt date-time (any zone) as an aware UTC datetime, to the second."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), tz=UTC)


def from_utc(moment: datetime) -> QDateTime:
    """An aware datetime as a Qt date-time in the computer's local zone."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def local_text(moment: datetime, *, with_date: bool = True) -> str:
    """A stored time as the family reads it: local zone, their locale's short format."""
    from PySide6.QtCore import QLocale

    local = from_utc(moment)
    locale = QLocale()
    time_text = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if not with_date:
        return time_text
    date_text = locale.toString(local.date(), "ddd d MMM yyyy")
    return f"{date_text}, {time_text}"


# A form row's words wrap past about this many characters, so a long question (or a longer
# language) leaves the fields their room instead of taking it.
CAPTION_CHARS = 22


class Caption(QLabel):
    """The words in front of a form field: word-wrapped, never asking for more than
    ``CAPTION_CHARS`` characters of width at the current text size."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        most = self.fontMetrics().averageCharWidth() * CAPTION_CHARS
        if hint.width() <= most:
            return hint
        return QSize(most, self.heightForWidth(most))


class EntryForm(QWidget):
    """Base of every journal form. Subclasses build fields, ``validate`` and ``write``.

    ``saved(kind, id)`` fires after the journal stored the entry; ``cancelled`` on Esc or Cancel.
    """

    saved = Signal(str, object)
    cancelled = Signal()
    kind: ClassVar[str] = ""

    def __init__(
        self,
        journal: Journal,
        child_id: str | None = None,
        record: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.child_id = child_id
        self.existing: Any = record
        self.child: QComboBox | None = None
        self._focused_once = False
        self.heading = QLabel(self)
        self.heading.setFont(heading_font(self))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Form heading"))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with this form"))
        self.error.setFont(heading_font(self, 1.0))
        self.error.hide()
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self.form)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)

        self.build()
        # Made after the fields, so Tab runs through the fields, then Cancel, then Save.
        self.hint = QLabel(
            self.tr("Enter saves (Ctrl+Enter inside a notes box). Esc cancels."), self
        )
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        self.cancel_button = big_button(self.tr("Cancel"), None, self)
        self.save_button = big_button(self.tr("&Save"), self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        if record is not None:
            self.load(record)
        self.heading.setText(self.heading_text(record is not None))

    # -- for subclasses -------------------------------------------------------------------------

    def build(self) -> None:
        """Create the fields (``add_row``); called once from the constructor."""

    def load(self, record: Any) -> None:
        """Fill the fields from an existing entry, for editing."""

    def heading_text(self, editing: bool) -> str:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the cursor goes when the form opens."""
        return self.save_button

    def add_child_row(self) -> QComboBox:
        """Which child the entry is for; the row is hidden when there is only one child."""
        combo = QComboBox(self)
        combo.setMinimumHeight(TARGET_HEIGHT)
        children = self.journal.list_children()
        for child in children:
            combo.addItem(child.name, child.id)
        wanted = self.child_id
        if self.existing is not None and getattr(self.existing, "child_id", None):
            wanted = self.existing.child_id
        if wanted is not None and combo.findData(wanted) >= 0:
            combo.setCurrentIndex(combo.findData(wanted))
        self.add_row(self.tr("&Child:"), combo)
        self.set_row_visible(combo, len(children) > 1)
        self.child = combo
        return combo

    def chosen_child(self) -> str:
        if self.child is not None and self.child.currentData() is not None:
            return str(self.child.currentData())
        if self.child_id is None:
            raise LookupError("no child chosen")
        return self.child_id

    def add_row(self, label: str, field: QWidget) -> QLabel:
        """A labelled row; the label's mnemonic and accessible name point at the field."""
        caption = Caption(label, self)
        caption.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        if isinstance(field, QComboBox):
            name_combo_editor(field)
        if field.minimumHeight() < TARGET_HEIGHT and not isinstance(field, QAbstractButton):
            field.setMinimumHeight(TARGET_HEIGHT)
        self.form.addRow(caption, field)
        return caption

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def validate(self) -> tuple[str, QWidget] | None:
        """A plain sentence and the field to fix, or None when the form can be saved."""
        return None

    def write(self) -> object:
        """Store the entry (add or update) and return its id."""
        raise NotImplementedError

    # -- behaviour ------------------------------------------------------------------------------

    def show_error(self, message: str, field: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        """Put the cursor in the first field, its text selected so typing replaces it."""
        field = self.first_field()
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(field, QAbstractSpinBox | QLineEdit):
            field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.focus_first()

    def save(self) -> bool:
        problem = self.validate()
        if problem is not None:
            self.show_error(*problem)
            return False
        try:
            record_id = self.write()
        except Exception as exc:  # every failure becomes a sentence; what was typed stays
            message = self.failure_sentence(exc)
            if message is None:
                raise
            self.show_error(message)
            from companion.ui.widgets.error_sentences import tell_damage

            tell_damage(exc)  # the Journal section shows the way out once the form closes
            return False
        self.error.hide()
        self.saved.emit(self.kind, record_id)
        return True

    def failure_sentence(self, exc: BaseException) -> str | None:
        """What to tell the family when the journal refused to store the entry (None: a bug,
        for the fallback hook). A record's own check (ValueError) means a value is out of
        range. Nothing typed is lost."""
        from companion.ui.widgets.error_sentences import Doing, sentence

        return sentence(exc, Doing.SAVE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.cancelled.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if (
                isinstance(focus, QAbstractButton)
                and not focus.isCheckable()
                and focus is not self.save_button
            ):
                focus.click()  # "Now", "Add question", Cancel: Enter does what the button says
            else:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)
