"""The recovery code, shown once after setup: print it or save it, then prove it was kept.

The family confirms once, by typing the code's last group (which shows they have it in
front of them), so nobody clicks past the one thing that opens the journal when the password
is forgotten.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from companion.ui.gate.gate_widgets import body_label, gate_button, page_layout
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.typography import monospace_font, scaled_font

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def grouped_code(code: str) -> str:
    """The recovery code in two lines of four groups, as shown and printed."""
    groups = code.split("-")
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class RecoveryCodePage(QWidget):
    """Shows the code given to ``show_code``; emits ``confirmed`` once the family kept it.

    The code is forgotten here as soon as it is confirmed.
    """

    confirmed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._code = ""
        self.code_label = QLabel(self)
        self.code_label.setFont(monospace_font(self, 1.9))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setStyleSheet(
            "QLabel#recoveryCode { border: 2px solid palette(mid); border-radius: 8px; "
            "padding: 14px 20px; background: palette(base); color: palette(text); }"
        )
        self.print_button = gate_button(self.tr("Print…"), self.tr("Print the recovery code"), self)
        self.print_button.clicked.connect(self.print_code)
        self.save_button = gate_button(
            self.tr("Save to a file…"), self.tr("Save the recovery code to a file"), self
        )
        self.save_button.clicked.connect(self.choose_save_file)
        self.last_group = QLineEdit(self)
        self.last_group.setAccessibleName(self.tr("Last group of the recovery code"))
        self.last_group.setMaxLength(9)
        self.last_group.setFont(monospace_font(self, 1.4))
        self.last_group.setMinimumHeight(TARGET_HEIGHT)
        self.last_group.setMaximumWidth(180)
        self.last_group.textChanged.connect(self._update)
        self.last_group.returnPressed.connect(self.confirm)
        self.check_hint = body_label("", self)
        self.check_hint.setAccessibleName(self.tr("Recovery code check"))
        self.code_message = body_label("", self)
        self.code_message.setAccessibleName(self.tr("Message"))
        self.finish_button = gate_button(self.tr("Open my journal"), parent=self)
        self.finish_button.setDefault(True)
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.confirm)
        group_label = body_label(
            self.tr(
                "Once you have printed or saved it, type its last group of four (bottom "
                "right) to show you have it:"
            ),
            self,
        )
        group_label.setFont(scaled_font(self, 1.1, bold=True))
        group_label.setBuddy(self.last_group)

        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.last_group)
        check_row.addWidget(self.check_hint, 1)
        finish_row = QHBoxLayout()
        finish_row.addStretch(1)
        finish_row.addWidget(self.finish_button)

        layout = page_layout(self, self.tr("Keep your recovery code"))
        layout.addWidget(
            body_label(
                self.tr(
                    "If you forget the password for the journal, or this computer stops "
                    "opening it by itself, this code opens the journal. It is shown only "
                    "this once."
                ),
                self,
            )
        )
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            body_label(
                self.tr(
                    "Print it or save it, and keep it somewhere safe, such as with your child's "
                    "medical papers. Anyone who has it can open the journal on this computer."
                ),
                self,
            )
        )
        layout.addLayout(actions)
        layout.addWidget(self.code_message)
        layout.addSpacing(6)
        layout.addWidget(group_label)
        layout.addLayout(check_row)
        layout.addLayout(finish_row)
        layout.addStretch(1)

    @property
    def code(self) -> str:
        """The code while this page shows it; empty once the family has moved on."""
        return self._code

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(grouped_code(code))
        self._update()
        self.last_group.setFocus()

    def _group_ok(self) -> bool:
        if not self._code:
            return False
        typed = "".join(ch for ch in self.last_group.text().upper() if ch.isalnum())
        return typed == self._code.split("-")[-1]

    def _update(self) -> None:
        typed = self.last_group.text().strip()
        ok = self._group_ok()
        if not typed:
            self.check_hint.setText("")
        elif ok:
            self.check_hint.setText(self.tr("That matches."))
        elif len("".join(ch for ch in typed if ch.isalnum())) >= 4:
            self.check_hint.setText(
                self.tr("That is not the last group. Look at the bottom right of the code.")
            )
        else:
            self.check_hint.setText("")
        self.finish_button.setEnabled(ok)

    def confirm(self) -> None:
        """The family kept the code: forget it here and say so; otherwise say what is missing."""
        if not self.finish_button.isEnabled():
            if not self.last_group.text().strip():
                self.check_hint.setText(
                    self.tr("Please type the last group of four once you have kept the code.")
                )
            return
        self._code = ""
        self.code_label.clear()
        self.last_group.clear()
        self.confirmed.emit()

    # ---- printing and saving ----------------------------------------------------------

    def recovery_text(self) -> str:
        """The plain-text sheet saved to a .txt file."""
        return "\n".join(
            [
                self.tr("Companion journal recovery code"),
                "",
                self._code,
                "",
                self.tr(
                    "This code opens your Companion journal if you forget the password for it."
                ),
                self.tr("Keep it somewhere safe. Anyone who has it can open the journal."),
                self.tr("Made on %1.").replace("%1", str(date.today().isoformat())),
                "",
            ]
        )

    def recovery_document(self) -> QTextDocument:
        """The printed sheet (also used for PDF): title, the big code, what it is for."""
        from html import escape

        code_html = escape(grouped_code(self._code)).replace("\n", "<br>")
        title = escape(self.tr("Companion journal recovery code"))
        purpose = escape(
            self.tr("This code opens your Companion journal if you forget the password for it.")
        )
        keep = escape(
            self.tr(
                "Keep it somewhere safe, such as with your child's medical papers. Anyone "
                "who has it can open the journal."
            )
        )
        made = escape(self.tr("Made on %1.").replace("%1", str(date.today().isoformat())))
        html = (
            f"<h1>{title}</h1>"
            "<p style='font-family: monospace; font-size: 26pt; font-weight: bold'>"
            f"{code_html}</p>"
            f"<p style='font-size: 13pt'>{purpose}</p>"
            f"<p style='font-size: 13pt'>{keep}</p>"
            f"<p>{made}</p>"
        )
        document = QTextDocument()
        document.setHtml(html)
        return document

    def render_to(self, printer: QPrinter) -> None:
        document = self.recovery_document()
        document.setPageSize(QSizeF(printer.pageRect(printer.Unit.Point).size()))
        document.print_(printer)

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.render_to(printer)
            self.code_message.setText(self.tr("Sent to the printer."))

    def choose_save_file(self) -> None:
        suggested = str(Path.home() / self.tr("Companion recovery code.pdf"))
        name, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery code"),
            suggested,
            self.tr("PDF file (*.pdf);;Text file (*.txt)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt" if "txt" in chosen_filter else ".pdf")
        self.save_code(path)

    def save_code(self, path: Path) -> bool:
        """Write the code to ``path`` (.pdf or text), readable by this user only."""
        try:
            if path.suffix.lower() == ".pdf":
                self._save_pdf(path)
            else:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(self.recovery_text())
        except OSError:
            self.code_message.setText(
                self.tr("The file could not be saved there. Please choose another place.")
            )
            return False
        self.code_message.setText(self.tr("Saved as %1.").replace("%1", path.name))
        return True

    def _save_pdf(self, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrinter

        path.touch(mode=0o600, exist_ok=True)
        path.chmod(0o600)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.render_to(printer)
        if not path.exists() or path.stat().st_size == 0:
            raise OSError("the PDF was not written")
