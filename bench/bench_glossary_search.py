"""Glossary search speed per keystroke, at the real size and at 5,000 generated terms.

Each query is what the search field holds after one more key: a word typed letter by letter,
a word with a typo, an alias. The budget is one frame (16 ms) at the 99th percentile with
5,000 terms. A plain substring scan over the same terms, timed in the same run, is the
baseline the ratio is taken against. Load time (JSON, checks, index) is reported as well.

Run alone: ``python -m bench.bench_glossary_search`` (or ``python bench/bench_glossary_search.py``).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The frozen bundle leaves out rapidfuzz's AVX2 builds (packaging/companion.spec): with this
# flag the search runs on the baseline build the bundle carries, as it does there.
BUNDLED_FLAG = "--bundled-rapidfuzz"
AVX2_MODULES = (
    "rapidfuzz.fuzz_cpp_avx2",
    "rapidfuzz.process_cpp_avx2",
    "rapidfuzz.distance.metrics_cpp_avx2",
    "rapidfuzz.distance._initialize_cpp_avx2",
)
if BUNDLED_FLAG in sys.argv:
    for _name in AVX2_MODULES:
        sys.modules[_name] = None  # type: ignore[assignment]  # import fails: next build is used

from bench.report import print_rows  # noqa: E402 (after the AVX2 switch)
from companion.glossary.terms import CATEGORIES, Glossary, parse_glossary  # noqa: E402 (after the AVX2 switch)
from companion.paths import resource_path  # noqa: E402 (after the AVX2 switch)
from companion.textnorm import fold  # noqa: E402 (after the AVX2 switch)

BUDGET_MS = 16.0
SYNTHETIC = 5_000
_SYLLABLES = (  # noqa: SIM905
    "ab an ar bla bro ca chro cy da de dro en fa ge glo hy in ka la leu li lym ma me mi my "
    "na ne neu no o pa phe pla ra re ro sa se so sta te thro to tra ul va ve xa zo"
).split(" ")
_SUFFIXES = ["oma", "itis", "emia", "ine", "ase", "mab", "nib", "plasty", "scopy", "osis"]
_TAILS = ["therapy", "scan", "test", "syndrome", "count", "cells", "disease", "trial", "line"]
_FILLER = (  # noqa: SIM905
    "the a your child doctors may use this to help find treat check cells blood body team "
    "care it can be is are when after before during some most often short time care plan "
    "test scan ask nurse medicine body part small large new old first next day week"
).split(" ")


def _word(rng: random.Random) -> str:
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
    return stem + rng.choice(_SUFFIXES)


def synthetic_entries(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Entries shaped like the real file: words, aliases, a few sentences of text."""
    rng = random.Random(seed)
    entries: list[dict[str, Any]] = []
    names: set[str] = set()
    while len(entries) < count:
        name = _word(rng).capitalize()
        if rng.random() < 0.5:
            name += " " + rng.choice(_TAILS)
        if name.casefold() in names:
            continue
        names.add(name.casefold())
        abbreviation = "".join(part[0] for part in name.split()).upper() + str(rng.randint(1, 99))
        aliases = [abbreviation, name.replace("e", "ae", 1).lower()]
        if rng.random() < 0.3:
            aliases.append(_word(rng))

        def sentence() -> str:
            words = [rng.choice(_FILLER) for _ in range(rng.randint(6, 12))]
            words.insert(rng.randint(0, len(words)), name.split()[0].lower())  # noqa: B023
            return " ".join(words).capitalize() + "."

        entries.append(
            {
                "id": f"syn-{len(entries)}",
                "term": name,
                "aliases": aliases,
                "summary": sentence(),
                "explanation": " ".join(sentence() for _ in range(rng.randint(2, 5))),
                "category": rng.choice(CATEGORIES),
                "related": [f"syn-{rng.randrange(count)}"],
                "sources": [{"publisher": "Companion", "title": "Generated for the benchmark"}],
                "reviewed": "2026-11-22",
            }
        )
    for position, entry in enumerate(entries):
        if entry["related"] == [entry["id"]]:
            entry["related"] = [f"syn-{(position + 1) % count}"]
    return entries


def keystrokes(glossary: Glossary, rng: random.Random, words: int = 60) -> list[str]:
    """What the search field holds after each key while typing words, typos and aliases."""
    queries: list[str] = []
    picks = rng.sample(glossary.terms, min(words, len(glossary.terms)))
    for position, term in enumerate(picks):
        target = term.term
        if position % 3 == 1 and len(target) > 5:  # a typo: one letter dropped
            cut = rng.randrange(1, len(target) - 1)
            target = target[:cut] + target[cut + 1 :]
        elif position % 3 == 2 and term.aliases:
            target = rng.choice(term.aliases)
        queries += [target[:end] for end in range(1, len(target) + 1)]
    return queries


def _time_ms(search: Callable[[str], object], queries: Sequence[str]) -> list[float]:
    for query in queries[:20]:  # warm caches the way the first few keys of a session do
        search(query)
    timings = []
    for query in queries:
        start = time.perf_counter_ns()
        search(query)
        timings.append((time.perf_counter_ns() - start) / 1e6)
    return timings


def _p(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _substring_scan(glossary: Glossary) -> Callable[[str], object]:
    """Baseline: the obvious loop, casefolded substring over terms and aliases."""
    rows = [(t, [fold(t.term), *(fold(a) for a in t.aliases)]) for t in glossary.terms]

    def scan(query: str) -> list[object]:
        needle = fold(query)
        return [t for t, keys in rows if any(needle in key for key in keys)][:10]

    return scan


def _row(name: str, value: float, unit: str, budget: float | None = None) -> dict[str, Any]:
    ok = True if budget is None else value <= budget
    return {"name": name, "value": round(value, 3), "unit": unit, "budget": budget, "ok": ok}


def run() -> list[dict[str, Any]]:
    """Rows of (name, value, unit, budget, ok) for the benchmark runner."""
    rng = random.Random(11)
    raw = resource_path("glossary.json").read_bytes()
    big_raw = _big_source(raw)
    rows = []
    loaded = []
    for source in (raw, big_raw):
        start = time.perf_counter_ns()
        glossary = parse_glossary(source)
        read = (time.perf_counter_ns() - start) / 1e6
        start = time.perf_counter_ns()
        glossary.prepare()
        index = (time.perf_counter_ns() - start) / 1e6
        rows += [
            _row(f"glossary load: read and check ({len(glossary)} terms)", read, "ms"),
            _row(f"glossary load: search index ({len(glossary)} terms)", index, "ms"),
        ]
        loaded.append(glossary)
    real, big = loaded
    for label, glossary in ((f"{len(real)}", real), (f"{len(big)}", big)):
        queries = keystrokes(glossary, rng)
        ours = _time_ms(glossary.search, queries)
        base = _time_ms(_substring_scan(glossary), queries)
        budget = BUDGET_MS if glossary is big else None
        rows += [
            _row(f"search per keystroke p50 ({label} terms)", _p(ours, 50), "ms"),
            _row(f"search per keystroke p99 ({label} terms)", _p(ours, 99), "ms", budget),
            _row(f"substring scan p99 ({label} terms, baseline)", _p(base, 99), "ms"),
            _row(f"search / baseline p99 ({label} terms)", _p(ours, 99) / _p(base, 99), "x"),
        ]
    rows += _bundled_build_rows(_p(_time_ms(big.search, keystrokes(big, random.Random(5))), 99))
    note = " ".join(["Your child had a bone marrow test and CAR-T was mentioned."] * 30)
    timings = _time_ms(big.find_terms_in, [note] * 50)
    rows.append(
        _row(
            f"find_terms_in p99 ({len(note)} chars, {len(big)} terms)",
            _p(timings, 99),
            "ms",
            BUDGET_MS,
        )
    )
    return rows


def _big_source(raw: bytes) -> str:
    """The real glossary file with the generated terms added."""
    return json.dumps(
        {"format": 1, "terms": json.loads(raw)["terms"] + synthetic_entries(SYNTHETIC)}
    )


def _big_glossary() -> Glossary:
    glossary = parse_glossary(_big_source(resource_path("glossary.json").read_bytes()))
    glossary.prepare()
    return glossary


def _bundled_build_rows(installed_p99: float) -> list[dict[str, Any]]:
    """p99 at 5,000+ terms on the bundle's rapidfuzz build, against the installed one."""
    import subprocess

    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), BUNDLED_FLAG],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    from rapidfuzz import fuzz

    result = json.loads(done.stdout)
    if result["build"].endswith("_avx2"):
        raise RuntimeError("the bundled-build run still used rapidfuzz's AVX2 build")
    terms = result["terms"]
    return [
        _row(
            f"search p99, installed rapidfuzz ({fuzz.ratio.__module__}, {terms} terms)",
            installed_p99,
            "ms",
        ),
        _row(
            f"search p99, bundle's rapidfuzz ({result['build']}, {terms} terms)",
            result["p99"],
            "ms",
            BUDGET_MS,
        ),
        _row("bundle's build / installed build p99", result["p99"] / installed_p99, "x"),
    ]


def _bundled_build_p99() -> dict[str, Any]:
    from rapidfuzz import fuzz

    big = _big_glossary()
    timings = _time_ms(big.search, keystrokes(big, random.Random(5)))
    return {"terms": len(big), "p99": _p(timings, 99), "build": fuzz.ratio.__module__}


def main() -> int:
    if BUNDLED_FLAG in sys.argv:
        print(json.dumps(_bundled_build_p99()))
        return 0
    return print_rows(run())


if __name__ == "__main__":
    raise SystemExit(main())
