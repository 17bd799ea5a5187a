"""The visit summary on paper: no table row split between pages, the header again on each
page, the paper size from the locale, nothing about the child in the file's metadata, and
the same pages on a printer."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from companion.journal import Journal
from companion.journal.records import Child
from companion.ui.journal.reports.visit_summary import write_visit_summary
from companion.ui.widgets.entry_forms import local_text

END = datetime(2025, 6, 1, 12, tzinfo=UTC)
START = END - timedelta(days=91)


def pages_text(pdf: Path) -> list[list[str]]:
    """Each page's lines from poppler's pdftotext (an independent reader), as laid out: the
    first lines of a row's cells share one line."""
    tool = shutil.which("pdftotext")
    assert tool is not None, "install poppler-utils (pdftotext) to run this test"
    out = subprocess.run([tool, "-layout", str(pdf), "-"], check=True, capture_output=True)
    return [
        [" ".join(line.split()) for line in page.splitlines()]
        for page in out.stdout.decode("utf-8").split("\f")
    ]


def busy_visits(journal: Journal, child: Child) -> list[tuple[str, str]]:
    """Sixty visits with notes of different lengths: rows of many heights, pages of rows."""
    made = []
    for n in range(60):
        at = START + timedelta(days=n, hours=n % 5)
        words = "Counts fine, plan unchanged. " * (1 + n % 6)
        journal.add_appointment(
            child.id, at, "UTC", purpose=f"Visit V{n:03d}X", after_notes=words + f"E{n:03d}Z"
        )
        made.append((local_text(at), f"Visit V{n:03d}X"))
    for n in range(40):
        journal.add_symptom(
            child.id,
            "pain",
            4,
            detail=f"spot S{n:03d}Y",
            recorded_at=START + timedelta(hours=9 * n),
        )
    return made


def test_no_row_is_split_and_every_page_repeats_the_header(
    qtbot, journal: Journal, maya: Child, tmp_path: Path
):
    visits = busy_visits(journal, maya)
    pdf = tmp_path / "summary.pdf"
    pages = write_visit_summary(journal, maya.id, START, END, pdf)
    assert pages >= 3
    texts = pages_text(pdf)
    holding = []
    for n, (when, what) in enumerate(visits):
        [(page, line)] = [
            (p, line) for p, lines in enumerate(texts) for line in lines if what in line
        ]
        day = when.split(",")[0]  # "Sun 2 Mar 2025": the first line of the date cell
        assert day in line, (when, what)  # the date starts the row's first line
        assert any(f"E{n:03d}Z" in other for other in texts[page])  # its last line too
        holding.append(page)
    assert len(set(holding)) >= 2  # the table does go on to another page
    for page in set(holding):
        assert any(line.startswith("When What for With, where Notes after") for line in texts[page])
    everything = [line for lines in texts for line in lines]
    for n in range(10, 40):  # the severe table (the latest 30): each date on its first line
        day = local_text(START + timedelta(hours=9 * n)).split(",")[0]
        assert any(f"S{n:03d}Y" in line and day in line for line in everything), n


def test_the_metadata_names_no_child(qtbot, journal: Journal, maya: Child, tmp_path: Path):
    journal.add_symptom(maya.id, "nausea", 3, recorded_at=START + timedelta(days=3))
    pdf = tmp_path / "summary.pdf"
    write_visit_summary(journal, maya.id, START, END, pdf)
    reader = PdfReader(str(pdf))
    metadata = {key: str(value) for key, value in (reader.metadata or {}).items()}
    assert metadata.get("/Title") == "Visit summary"
    assert not any("Maya" in value or "ausea" in value for value in metadata.values())
    xmp = reader.xmp_metadata
    raw = xmp.stream.get_data().decode("utf-8", "replace") if xmp is not None else ""
    assert "Maya" not in raw and "ausea" not in raw
    assert "Maya" in reader.pages[0].extract_text()  # on the page, where it belongs


@pytest.mark.parametrize(
    ("name", "points"),
    [("en_US", (612, 792)), ("en_GB", (595, 842)), ("es_MX", (612, 792)), ("fr_CA", (612, 792))],
)
def test_paper_size_follows_the_locale(
    qtbot, journal: Journal, maya: Child, tmp_path: Path, name: str, points: tuple[int, int]
):
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        pdf = tmp_path / f"{name}.pdf"
        write_visit_summary(journal, maya.id, START, END, pdf)
    finally:
        QLocale.setDefault(before)
    box = PdfReader(str(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def test_the_same_pages_go_to_a_printer(qtbot, journal: Journal, maya: Child, tmp_path: Path):
    from PySide6.QtPrintSupport import QPrinter

    from companion.ui.journal.reports.visit_summary import render_visit_summary

    busy_visits(journal, maya)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = render_visit_summary(journal, maya.id, START, END, printer)
    saved = tmp_path / "saved.pdf"
    assert write_visit_summary(journal, maya.id, START, END, saved) == pages
    assert len(PdfReader(str(printed)).pages) == pages


def test_the_tab_warns_before_saving_and_previews(
    qtbot, page, journal: Journal, maya: Child, tmp_path: Path, monkeypatch
):
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox

    journal.add_appointment(maya.id, datetime.now(UTC) - timedelta(days=3), "UTC", purpose="Clinic")
    page.refresh_children()
    summary = page.summary
    asked: list[str] = []

    def refuse(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    pdf = tmp_path / "visit.pdf"
    assert summary.make_summary(pdf) is None
    assert "PDF file will NOT be encrypted" in asked[0]
    assert not pdf.exists()
    dialog = summary.preview_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    out = tmp_path / "preview.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.paintRequested.emit(printer)
    assert "Clinic" in PdfReader(str(out)).pages[0].extract_text()
