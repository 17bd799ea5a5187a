"""Ask Qt what ICU's data says (collation, time-zone names), with or without a given data library.

``compare(library)`` runs this file twice in fresh interpreters: once on the PySide6 wheel's own
ICU data, once with ``library`` preloaded in its place (same soname, so libicuuc binds to it),
and returns how the answers differ for each language the slim data keeps.

Run directly it prints the answers as JSON: icu_probe.py LANG [LANG ...]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Words whose order depends on the language: accents, digraphs, letters some alphabets put after
# z, dotted and dotless i, and a few letters of other scripts.
WORDS = [
    "b",
    "A",
    "a",
    "B",
    "\u00e9",
    "e",
    "f",
    "cote",
    "c\u00f4te",
    "cot\u00e9",
    "\u00e7a",
    "ch",
    "ci",
    "ll",
    "lu",
    "\u00f1u",
    "nube",
    "oso",
    "\u00f6l",
    "\u00f8l",
    "\u00e5r",
    "\u00e6r",
    "zebra",
    "\u00fcber",
    "stra\u00dfe",
    "strasse",
    "\u0131",
    "i",
    "\u0130",
    "\u010d",
    "\u015f",
    "\u011f",
    "\u4e2d",
    "\u56fd",
    "\u4eba",
    "\uac00",
    "\ub098",
    "\u0628",
    "\u0627",
    "\u0431",
    "\u0430",
    "\u05d1",
    "\u05d0",
    "\u0915",
    "\u0916",
    "\u3042",
    "\u30a2",
    "\u00fe",
    "y",
    "w",
    "v",
]
ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "America/Toronto"]


def answers(languages: list[str]) -> dict[str, dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QCollator, QLocale, QTimeZone

    result: dict[str, dict[str, object]] = {}
    for language in languages:
        locale = QLocale(language)
        collator = QCollator(locale)
        names = []
        for zone in ZONES:
            tz = QTimeZone(QByteArray(zone.encode()))
            for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName):
                names.append(tz.displayName(QTimeZone.TimeType.StandardTime, kind, locale))
        result[language] = {
            "sorted": sorted(WORDS, key=collator.sortKey),
            "zones": names,
            "upper": locale.toUpper("istanbul stra\u00dfe \u03ac\u03bb\u03c6\u03b1"),
        }
    return result


def run(languages: list[str], preload: Path | None) -> dict[str, dict[str, object]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("LD_PRELOAD", None)
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run(
        [sys.executable, __file__, *languages],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"icu_probe failed ({done.returncode}): {done.stderr}")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def compare(library: Path, languages: list[str]) -> list[str]:
    """Each difference between the wheel's ICU data and ``library``, for ``languages``."""
    full, slim = run(languages, None), run(languages, library)
    return [
        f"{language} {key}: {full[language][key]} != {slim[language][key]}"
        for language in languages
        for key in full[language]
        if full[language][key] != slim[language][key]
    ]


if __name__ == "__main__":
    json.dump(answers(sys.argv[1:]), sys.stdout, ensure_ascii=False)
