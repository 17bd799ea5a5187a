""" "Since you last looked": what the other caregivers' computers added or changed (doses,
temperatures and fevers, questions, visits), shown once after unlock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from companion.journal import kinds
from companion.journal.records import DoseGiven, Kind, Medicine
from companion.ui.gate.gate_widgets import BODY_SCALE
from companion.ui.widgets.entry_forms import heading_font, local_text
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.journal.sync.sharing import News


def news_lines(journal: Journal, news: list[News]) -> list[str]:
    """One line per entry still there: who, what, and when it arrived."""
    tr = QCoreApplication.translate
    records = {}
    for kind in {item.kind for item in news}:
        records[kind] = journal.get_many(kind, [i.entry_id for i in news if i.kind == kind])
    doses = [r for r in records.get(Kind.DOSE, {}).values() if isinstance(r, DoseGiven)]
    medicines = journal.get_many(Kind.MEDICINE, {d.medicine_id for d in doses})
    names = kinds.Names({m.id: m.name for m in medicines.values() if isinstance(m, Medicine)})
    lines = []
    for item in news:
        record = records[item.kind].get(item.entry_id)
        if record is None:
            continue
        title, _detail = kinds.title_and_detail(item.kind, record, names, tr)
        line = (
            QCoreApplication.translate("NewsDialog", "%1: %2 (%3)")
            .replace("%1", item.by)
            .replace("%2", f"{kinds.label(item.kind, tr)} · {title}")
            .replace("%3", local_text(item.at))
        )
        lines.append(line)
    return lines


class NewsDialog(QDialog):
    """The list; closing it marks everything as seen."""

    def __init__(self, journal: Journal, lines: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Since you last looked"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Since you last looked"), self)
        heading.setFont(heading_font(self, 1.3))
        layout.addWidget(heading)
        intro = QLabel(
            self.tr("%n new or changed entries from the other computers:", "", len(lines)), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("New or changed entries"))
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setFont(scaled_font(self, BODY_SCALE))
        intro.setFont(scaled_font(self, BODY_SCALE))
        self.items.addItems(lines)
        layout.addWidget(self.items, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)  # fits a 1024x600 screen
        self.finished.connect(lambda _result: self._seen())

    def _seen(self) -> None:
        try:
            self.journal.mark_looked()
        except Exception:  # locked meanwhile: the list shows again next time
            return


def show_news(journal: Journal, news: list[News], parent: QWidget | None) -> NewsDialog | None:
    """Open the list (not modal: the family can keep working), or mark nothing new."""
    lines = news_lines(journal, news)
    if not lines:
        journal.mark_looked()
        return None
    dialog = NewsDialog(journal, lines, parent)
    dialog.show()
    return dialog
