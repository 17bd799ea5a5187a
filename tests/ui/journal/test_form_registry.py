"""Every kind of entry has its form on the journal page, or a stated reason for having none."""

from __future__ import annotations

import pytest

from companion.journal.records import Kind
from companion.ui.journal.forms.registry import FORMS, WITHOUT_FORM, form_class, quick_add
from companion.ui.journal.journal_page import JournalPage
from companion.ui.widgets.entry_forms import EntryForm


def test_every_kind_has_a_form_or_a_reason() -> None:
    assert set(FORMS) | set(WITHOUT_FORM) == set(Kind)
    assert not set(FORMS) & set(WITHOUT_FORM)
    assert all(reason.strip() for reason in WITHOUT_FORM.values())


@pytest.mark.parametrize("kind", list(FORMS))
def test_each_form_is_an_entry_form_for_its_kind(kind: Kind) -> None:
    cls = form_class(kind)
    assert issubclass(cls, EntryForm)
    assert cls.kind == kind


def test_the_page_offers_the_quick_add_kinds_with_their_shortcuts(qtbot, page: JournalPage):  # type: ignore[no-untyped-def]
    offered = quick_add()
    assert list(page.add_buttons) == [entry.kind for entry in offered]
    shortcuts = [entry.shortcut for entry in offered]
    assert len(set(shortcuts)) == len(shortcuts) and all(shortcuts)
    for entry in offered:
        button = page.add_buttons[entry.kind]
        assert button.text() == entry.button_text()
        button.click()
        assert page.form is not None and page.form.kind == entry.kind
        page.close_form()
