"""A centers file from outside is read as hostile: huge numbers and control or direction-changing
characters are refused with a DirectoryError that quotes none of them."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.directory import DirectoryError, parse_directory
from companion.paths import resource_path

UNSAFE = ["\x00", "\x1b", "\x07", "\x7f", "\u202e", "\u202d", "\u2066", "\u2069", "\n"]


def _data() -> dict[str, Any]:
    return json.loads(resource_path("centers.json").read_text(encoding="utf-8"))


BASE = _data()


@pytest.mark.parametrize("full", [False, True])
def test_a_number_thousands_of_digits_long_is_refused(full: bool) -> None:
    data = copy.deepcopy(BASE)
    data["centers"][0]["phones"][0]["e164"] = "+1" + "9" * 5000
    with pytest.raises(DirectoryError):
        parse_directory(data, full=full)


@pytest.mark.parametrize("full", [False, True])
@given(
    where=st.sampled_from(["name", "label", "note"]),
    bad=st.sampled_from(UNSAFE),
    before=st.text(alphabet="abc ", max_size=5),
)
def test_control_and_direction_characters_are_refused_and_never_quoted(
    full: bool, where: str, bad: str, before: str
) -> None:
    data = copy.deepcopy(BASE)
    center = data["centers"][0]
    text = f"{before}Mott{bad}evil"
    if where == "name":
        center["name"] = text
    elif where == "label":
        center["phones"][0]["label"] = text
    else:
        center["notes"][0] = text
    with pytest.raises(DirectoryError) as raised:
        parse_directory(data, full=full)
    assert f"Mott{bad}evil" not in str(raised.value)
    assert bad == "\n" or bad not in str(raised.value)


def test_the_bundled_file_still_loads() -> None:
    assert parse_directory(copy.deepcopy(BASE), full=True).centers
