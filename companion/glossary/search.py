"""Search over glossary terms, fast enough to run on every keystroke.

Everything that can be worked out once is worked out when the glossary loads: normalised keys
for each term and alias, sorted lists for prefix look-ups, word indexes for the entry texts and
a phrase table for spotting glossary words in free text. A query then costs a few dictionary
and bisect look-ups plus, only when those find too little, one or two rapidfuzz passes in C.

Ranking, best first: exact term or alias; term or alias starting with the query; a word of a
term or alias starting with the query; typo-tolerant matches; matches in the entry's text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from rapidfuzz import fuzz, process

from companion.textnorm import fold, name_key, squash, word_spans


class Term(Protocol):
    """What search needs of a glossary word (``terms.Term`` fits), so this module needs
    nothing from the loader and the two do not import each other."""

    @property
    def term(self) -> str: ...

    @property
    def aliases(self) -> Sequence[str]: ...

    @property
    def summary(self) -> str: ...

    @property
    def explanation(self) -> str: ...

    @property
    def why_it_matters(self) -> str | None: ...

    @property
    def questions(self) -> Sequence[str]: ...


_PARENS = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
_MAX_PREFIX_WORDS = 400  # a word prefix matching more vocabulary than this is too vague to use
_JOINERS = " -\u2010\u2011"  # what may stand between the words of one name in free text
_ACRONYM = re.compile(r"^[A-Z0-9]{1,5}$")


def _fuzzy_cutoff(length: int) -> float:
    """Short queries need to be nearly right; long ones may carry a couple of slips."""
    if length <= 4:
        return 85.0
    if length <= 7:
        return 80.0
    return 75.0


def _names(term: Term) -> list[tuple[str, bool]]:
    """(name, is_alias) pairs: the term, its parts around brackets, then the aliases."""
    names = [(term.term, False)]
    parts = _PARENS.match(term.term)
    if parts:
        names += [(parts["main"], False), (parts["inner"], True)]
    names += [(alias, True) for alias in term.aliases]
    return names


class SearchIndex:
    """Precomputed keys for one list of terms; results are positions in that list."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self._count = len(terms)
        self._exact: dict[str, list[tuple[int, int]]] = defaultdict(list)  # key -> (rank, term)
        prefix_rows: list[tuple[str, int, int]] = []
        name_words: dict[str, dict[int, int]] = defaultdict(dict)  # word -> term -> key length
        alias_words: dict[str, dict[int, int]] = defaultdict(dict)
        text_words: dict[str, set[int]] = defaultdict(set)
        self._phrases: dict[tuple[str, ...], tuple[int, tuple[str, ...] | None]] = {}
        self._phrase_rank: dict[tuple[str, ...], int] = {}
        self._longest: dict[str, int] = {}

        for index, term in enumerate(terms):
            squashed_term = name_key(term.term)
            for name, is_alias in _names(term):
                key = name_key(name)
                if not key:
                    continue
                # Rank among exact hits: term name, then a term that starts with the query.
                rank = 2 if is_alias and not squashed_term.startswith(key) else int(is_alias)
                if (rank, index) not in self._exact[key]:
                    self._exact[key].append((rank, index))
                prefix_rows.append((key, int(is_alias), index))
                key_words = fold(name).split()
                target = alias_words if is_alias else name_words
                for word in key_words:
                    known = target[word].get(index)
                    target[word][index] = min(known or len(key_words), len(key_words))
                self._add_phrase(name, index, rank)
            body = " ".join(
                [term.summary, term.explanation, term.why_it_matters or "", *term.questions]
            )
            for word in fold(body).split():
                text_words[word].add(index)

        for hits in self._exact.values():
            hits.sort()
        prefix_rows.sort()
        self._prefix_keys = [row[0] for row in prefix_rows]
        self._prefix_terms = [row[2] for row in prefix_rows]
        self._name_words = dict(name_words)
        self._alias_words = dict(alias_words)
        self._vocab = sorted(set(name_words) | set(alias_words))
        # The vocabulary cut to each common typed length, ready for half-typed words.
        self._vocab_cut = {n: [word[:n] for word in self._vocab] for n in range(4, 13)}
        self._word_cache: dict[tuple[str, bool], list[tuple[str, float]]] = {}
        self._text_words = dict(text_words)
        self._text_vocab = sorted(text_words)
        self._fuzzy_keys = list(dict.fromkeys(self._prefix_keys))
        self._fuzzy_terms = {key: [i for _, i in self._exact[key]] for key in self._fuzzy_keys}

    # -- search ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> list[int]:
        key = squash(query)
        if not key or limit <= 0:
            return []
        query_words = fold(query).split()
        found: dict[int, None] = {}  # insertion-ordered set of term positions

        def take(candidates: Iterable[int]) -> bool:
            for index in candidates:
                found.setdefault(index)
                if len(found) >= limit:
                    return True
            return False

        if take(i for _, i in self._exact.get(key, ())):
            return list(found)
        if take(self._prefixed(key, limit)):
            return list(found)
        if take(self._word_prefixed(query_words)):
            return list(found)
        # Typo matching only once the letters typed so far start no name at all: normal typing
        # stays on the cheap paths, and a slip still finds the word.
        if len(key) >= 3 and not found and take(self._fuzzy(key, query_words)):
            return list(found)
        take(self._in_text(query_words))
        return list(found)

    def suggest(self, query: str, limit: int = 3) -> list[int]:
        """Nearest terms whatever the score, for the "Did you mean" line."""
        key = squash(query)
        if not key or not self._fuzzy_keys:
            return []
        hits = process.extract(
            key, self._fuzzy_keys, scorer=fuzz.WRatio, score_cutoff=50, limit=limit * 4
        )
        ordered: dict[int, None] = {}
        for name, _score, _pos in hits:
            for index in self._fuzzy_terms[name]:
                ordered.setdefault(index)
        return list(ordered)[:limit]

    def _prefixed(self, key: str, limit: int) -> list[int]:
        """Terms with a term or alias key starting with ``key``, in key order."""
        start = bisect.bisect_left(self._prefix_keys, key)
        result: dict[int, None] = {}
        for position in range(start, len(self._prefix_keys)):
            if not self._prefix_keys[position].startswith(key):
                break
            result.setdefault(self._prefix_terms[position])
            if len(result) >= limit:
                break
        return list(result)

    def _vocab_range(self, vocab: list[str], prefix: str) -> list[str]:
        start = bisect.bisect_left(vocab, prefix)
        end = bisect.bisect_left(vocab, prefix + "\U0010ffff", lo=start)
        return vocab[start:end] if end - start <= _MAX_PREFIX_WORDS else []

    def _word_prefixed(self, query_words: list[str]) -> list[int]:
        """Terms where every query word starts a word of the term (or, after those, an alias).

        A one-letter word stands for itself ("car t" is CAR T, not "care team").
        """
        if not query_words or (len(query_words) == 1 and len(query_words[0]) < 2):
            return []
        ranked: list[tuple[int, int, int]] = []
        for rank, table in enumerate((self._name_words, self._alias_words)):
            matched: dict[int, int] | None = None
            for word in query_words:
                hits: dict[int, int] = {}
                vocab = [word] if len(word) == 1 else self._vocab_range(self._vocab, word)
                for vocab_word in vocab:
                    for index, size in table.get(vocab_word, {}).items():
                        hits[index] = min(hits.get(index, size), size)
                matched = (
                    hits
                    if matched is None
                    else {i: max(s, matched[i]) for i, s in hits.items() if i in matched}
                )
                if not matched:
                    break
            ranked += [(rank, size, index) for index, size in (matched or {}).items()]
        ranked.sort()
        return [index for _, _, index in ranked]

    def _vocab_cut_to(self, length: int) -> list[str]:
        """The vocabulary cut to ``length`` letters, to catch typos in a half-typed word."""
        cut = self._vocab_cut.get(length)
        if cut is None:
            cut = self._vocab_cut[length] = [word[:length] for word in self._vocab]
        return cut

    def _fuzzy(self, key: str, query_words: list[str]) -> list[int]:
        """Typo-tolerant matches on key words and (for one word) whole keys, best score first."""
        scores: dict[int, float] = {}
        word_scores: dict[int, float] | None = None
        for position, word in enumerate(query_words):
            best: dict[int, float] = {}
            for vocab_word, score in self._word_matches(word, position == len(query_words) - 1):
                for table in (self._name_words, self._alias_words):
                    for index, size in table.get(vocab_word, {}).items():
                        value = score - 2.0 * max(0, size - len(query_words))
                        best[index] = max(best.get(index, 0.0), value)
            if word_scores is None:
                word_scores = best
            else:
                word_scores = {i: min(s, best[i]) for i, s in word_scores.items() if i in best}
            if not word_scores:
                break
        for index, score in (word_scores or {}).items():
            scores[index] = score - 1.0
        if scores and len(query_words) > 1:
            return self._by_score(scores)

        # Whole keys catch slips in spacing too ("bonemarow" for "bone marrow").
        for name, score, _ in process.extract(
            key,
            self._fuzzy_keys,
            scorer=fuzz.ratio,
            score_cutoff=_fuzzy_cutoff(len(key)),
            limit=50,
        ):
            penalty = abs(len(name) - len(key)) / 10
            for index in self._fuzzy_terms[name]:
                scores[index] = max(scores.get(index, 0.0), score - penalty)
        return self._by_score(scores)

    @staticmethod
    def _by_score(scores: dict[int, float]) -> list[int]:
        return [index for index, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0]))]

    def _word_matches(self, word: str, last: bool) -> list[tuple[str, float]]:
        """Vocabulary words close to ``word``; the word being typed may be unfinished.

        For that last word each vocabulary word is compared cut to the typed length, so
        "nurobl" meets "neurob..." (one pass over the vocabulary, not two).
        """
        if len(word) < 4:
            return [(w, 90.0) for w in self._vocab_range(self._vocab, word)]
        cached = self._word_cache.get((word, last))
        if cached is not None:  # typing on after a word: its matches are already known
            return cached
        cutoff = _fuzzy_cutoff(len(word))
        unfinished = last and len(word) < 20
        choices = self._vocab_cut_to(len(word)) if unfinished else self._vocab
        matches: dict[str, float] = {}
        for _, score, position in process.extract(
            word, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=50
        ):
            name = self._vocab[position]
            matches[name] = score - (3.0 if len(name) > len(word) else 0.0)
        if len(self._word_cache) >= 256:
            self._word_cache.clear()
        found = self._word_cache[(word, last)] = list(matches.items())
        return found

    def _in_text(self, query_words: list[str]) -> list[int]:
        """Terms whose texts hold every query word (the last one may be half typed)."""
        words = [w for w in query_words if len(w) >= 3]
        if not words:
            return []
        matched: set[int] | None = None
        for position, word in enumerate(words):
            if position == len(words) - 1 and word == query_words[-1]:  # still being typed
                hits: set[int] = set()
                for vocab_word in self._vocab_range(self._text_vocab, word):
                    hits |= self._text_words[vocab_word]
            else:
                hits = self._text_words.get(word, set())
            matched = hits if matched is None else matched & hits
            if not matched:
                return []
        return sorted(matched or ())

    # -- words in free text --------------------------------------------------------------------

    def _add_phrase(self, name: str, index: int, rank: int) -> None:
        """Register a name for ``find_in``; short capitalised acronyms must match in capitals.

        A phrase two entries share goes to the better claim, ranked as for exact search.
        """
        tokens = [word for _, _, word in word_spans(name)]
        if not tokens or len("".join(tokens)) < 2:
            return
        phrase = tuple(tokens)
        cased = tuple(m.group() for m in re.finditer(r"[^\W_]+", name))
        exact_case = cased if _ACRONYM.match("".join(cased)) and len(cased) == 1 else None
        if phrase in self._phrases and self._phrase_rank[phrase] <= rank:
            return
        self._phrases[phrase] = (index, exact_case)
        self._phrase_rank[phrase] = rank
        self._longest[phrase[0]] = max(self._longest.get(phrase[0], 0), len(phrase))

    def find_in(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, term) for glossary words in ``text``: whole words, longest match wins."""
        spans = list(word_spans(text))
        found: list[tuple[int, int, int]] = []
        position = 0
        while position < len(spans):
            match = self._match_at(text, spans, position)
            if match is None:
                position += 1
                continue
            length, index = match
            found.append((spans[position][0], spans[position + length - 1][1], index))
            position += length
        return found

    def _match_at(
        self, text: str, spans: list[tuple[int, int, str]], position: int
    ) -> tuple[int, int] | None:
        first = spans[position][2]
        longest = max(self._longest.get(first, 0), self._longest.get(first[:-1], 0))
        for length in range(min(longest, len(spans) - position), 0, -1):
            window = spans[position : position + length]
            if any(text[a[1] : b[0]].strip(_JOINERS) for a, b in itertools.pairwise(window)):
                continue
            words = tuple(word for _, _, word in window)
            candidates = [words]
            if len(words[-1]) > 3 and words[-1].endswith("s"):
                candidates.append((*words[:-1], words[-1][:-1]))  # plural
            for phrase in candidates:
                entry = self._phrases.get(phrase)
                if entry is None:
                    continue
                index, exact_case = entry
                if exact_case is not None:
                    raw = tuple(text[start:end] for start, end, _ in window)
                    if raw != exact_case:
                        continue
                return length, index
        return None

    def collisions(self) -> dict[str, list[int]]:
        """Normalised names that more than one term claims."""
        return {
            key: sorted({i for _, i in hits})
            for key, hits in self._exact.items()
            if len({i for _, i in hits}) > 1
        }
