"""The user guide (docs/user-guide.md, or docs/user-guide.es.md in Spanish) and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion import __version__
from companion.paths import AppPaths, resource_path
from companion.ui.widgets.typography import scaled_font

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

#: The user guide in each interface language (English for any other).
GUIDES = {"en": "user-guide.md", "es": "user-guide.es.md"}


def user_guide_markdown(language: str | None = None) -> str:
    """The guide in the interface language (``language`` overrides it)."""
    from companion.ui.widgets.language import current_language

    name = GUIDES.get(language or current_language(), GUIDES["en"])
    try:
        return resource_path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return translate(
            "Help", "# User guide\n\nThe user guide could not be found in this installation."
        )


class HelpDialog(QDialog):
    """The user guide, written for parents, readable without a network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Companion user guide"))
        self.resize(820, 700)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("Help", "User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.setFont(scaled_font(self.browser, 1.2))  # read at night, by tired eyes
        self.browser.setMarkdown(user_guide_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def about_text(paths: AppPaths) -> str:
    return (
        translate(
            "Help",
            "<h2>Companion %1</h2>"
            "<p>A calm helper for families whose child has cancer that came back or did not "
            "respond to treatment: a glossary of the words you hear, a private journal, and "
            "a directory of specialist centers.</p>"
            "<p><b>Companion gives information, not medical advice.</b> Always follow your "
            "child's care team. <b>In an emergency, call your care team or emergency services "
            "(911 in the US, 999 or 112 in the UK) right away.</b></p>"
            "<p>Your journal is encrypted and stays on this computer. Companion never uses "
            "the internet.</p>"
            "<p>Your data is kept in:<br><code>%2</code></p>",
        )
        .replace("%1", str(__version__))
        .replace("%2", str(paths.data_dir))
    )


class AboutDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "About Companion"))
        self.label = QLabel(about_text(paths), self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(translate("Help", "About Companion"))
        self.label.setFont(scaled_font(self.label, 1.15))
        self.label.setMinimumWidth(560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
