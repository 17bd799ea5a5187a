"""Text normalisation for matching what a parent types against glossary words.

Case, accents, hyphens, apostrophes and spacing must not matter: "CAR-T", "car t" and "cart"
are the same search, and "leucémie" finds "leucemie". Kept tiny and Qt-free so the search
index, the journal's word links and the tests all fold text the same way.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

# Apostrophes vanish ("Children's" -> "childrens"); every other non-word character splits words.
_APOSTROPHES = str.maketrans("", "", "'’‘ʼ`´")
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def strip_accents(text: str) -> str:
    """Drop combining marks after compatibility decomposition ("é" -> "e", "ﬁ" -> "fi")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Casefolded, accent-free words separated by single spaces ("CAR T-cell" -> "car t cell")."""
    plain = strip_accents(text).casefold().translate(_APOSTROPHES)
    return _NON_WORD.sub(" ", plain).strip()


def squash(text: str) -> str:
    """``fold`` without spaces, so spacing and hyphens cannot matter ("CAR-T" -> "cart")."""
    return fold(text).replace(" ", "")


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """``squash`` of a glossary name, remembered: the shipped files' names are compared by
    several checks and by both languages. Never for what the family types (kept in memory)."""
    return squash(name)


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    folded = fold(text)
    return folded.split(" ") if folded else []


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word of ``text`` as (start, end, folded word), offsets into the original string.

    A word keeps inner apostrophes ("child's") so a span never ends in the middle of one.
    """
    for match in _WORD.finditer(text):
        folded = squash(match.group())
        if folded:
            yield match.start(), match.end(), folded
