"""scripts/merge_glossary_es.py: later staging files win by id, the result follows English order."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "merge_glossary_es", ROOT / "scripts" / "merge_glossary_es.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


merge_script = _load_script()
ENGLISH_IDS = ["relapse", "refractory", "fever", "port", "anc"]


def entry(term_id: str, text: str = "Texto.") -> dict[str, Any]:
    return {
        "id": term_id,
        "term": f"{term_id} ({text})",
        "aliases": [],
        "summary": text,
        "explanation": text,
    }


def staging(tmp_path: Path, name: str, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / name
    document = {"format": 1, "language": "es", "terms": entries}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def english(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.json"
    path.write_text(json.dumps({"terms": [{"id": i} for i in ENGLISH_IDS]}), encoding="utf-8")
    return path


def run(english: Path, output: Path, *staged: Path) -> int:
    argv = [*map(str, staged), "--english", str(english), "--output", str(output)]
    return int(merge_script.main(argv))


def test_later_files_replace_entries_and_english_order_wins(tmp_path: Path, english: Path) -> None:
    first = staging(tmp_path, "a.json", [entry("port", "old"), entry("relapse")])
    second = staging(tmp_path, "b.json", [entry("fever"), entry("port", "new")])
    output = tmp_path / "glossary.es.json"
    assert run(english, output, first, second) == 0
    merged = json.loads(output.read_text(encoding="utf-8"))
    assert merged["format"] == 1 and merged["language"] == "es"
    assert [t["id"] for t in merged["terms"]] == ["relapse", "fever", "port"]
    assert merged["terms"][2]["summary"] == "new"


def test_the_output_can_be_an_input_so_later_batches_merge_into_it(
    tmp_path: Path, english: Path
) -> None:
    output = staging(tmp_path, "glossary.es.json", [entry("anc"), entry("relapse", "old")])
    fixes = staging(tmp_path, "d.json", [entry("relapse", "fixed"), entry("refractory")])
    assert run(english, output, output, fixes) == 0
    merged = json.loads(output.read_text(encoding="utf-8"))["terms"]
    assert [(t["id"], t["summary"]) for t in merged] == [
        ("relapse", "fixed"),
        ("refractory", "Texto."),
        ("anc", "Texto."),
    ]
    assert list(tmp_path.glob(".*.tmp")) == []


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": 1, "language": "en", "terms": []}, '"language": "es"'),
        ({"format": 1, "language": "es", "terms": [entry("nope")]}, "nope"),
        ({"format": 1, "language": "es", "terms": [entry("port"), entry("port")]}, "twice"),
        ({"format": 1, "language": "es", "terms": [{"id": "port", "term": "x"}]}, "lacks"),
        ({"format": 1, "language": "es", "terms": [{**entry("port"), "x": 1}]}, "unknown"),
    ],
)
def test_a_bad_staging_file_stops_the_merge_and_writes_nothing(
    tmp_path: Path,
    english: Path,
    capsys: pytest.CaptureFixture[str],
    document: dict[str, Any],
    message: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    output = tmp_path / "out.json"
    assert run(english, output, bad) == 2
    assert message in capsys.readouterr().err
    assert not output.exists()


def test_the_merge_says_which_english_words_still_need_spanish(
    tmp_path: Path, english: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    only = staging(tmp_path, "a.json", [entry("fever")])
    assert run(english, tmp_path / "out.json", only) == 0
    assert "4 English entries have no Spanish text yet: relapse, refractory, port, anc" in (
        capsys.readouterr().err
    )


batches = st.lists(
    st.lists(
        st.tuples(st.sampled_from(ENGLISH_IDS), st.text(min_size=1, max_size=5)),
        max_size=6,
        unique_by=lambda pair: pair[0],
    ),
    max_size=4,
)


@given(batches)
def test_merge_is_the_last_word_per_id_in_english_order(
    staged: list[list[tuple[str, str]]],
) -> None:
    expected: dict[str, str] = {}
    for batch in staged:
        expected.update(batch)
    merged = merge_script.merge(
        ENGLISH_IDS, [[entry(term_id, text) for term_id, text in batch] for batch in staged]
    )
    assert [(t["id"], t["summary"]) for t in merged] == [
        (term_id, expected[term_id]) for term_id in ENGLISH_IDS if term_id in expected
    ]
    assert all(list(t) == ["id", "term", "aliases", "summary", "explanation"] for t in merged)


def test_the_shipped_spanish_file_is_what_the_merge_writes(tmp_path: Path) -> None:
    shipped = ROOT / "resources" / "glossary.es.json"
    output = tmp_path / "again.json"
    argv = [str(shipped), "--english", str(ROOT / "resources" / "glossary.json")]
    assert merge_script.main([*argv, "--output", str(output)]) == 0
    assert output.read_bytes() == shipped.read_bytes()
