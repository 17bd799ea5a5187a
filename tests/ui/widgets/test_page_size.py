"""One paper-size rule for every printout, from the locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from companion.ui.widgets.page_size import page_size_for


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US", QPageSize.PageSizeId.Letter),
        ("en_GB", QPageSize.PageSizeId.A4),
        ("es_MX", QPageSize.PageSizeId.Letter),
        ("es_ES", QPageSize.PageSizeId.A4),
        ("fr_CA", QPageSize.PageSizeId.Letter),
    ],
)
def test_paper_from_the_locale(name: str, paper: QPageSize.PageSizeId) -> None:
    assert page_size_for(QLocale(name)).id() == paper


def test_the_visit_summary_uses_the_rule() -> None:
    from companion.ui.journal.reports import visit_summary

    assert visit_summary.page_size_for is page_size_for
