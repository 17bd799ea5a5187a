"""packaging/icu_slim.py: the bundle's smaller ICU data keeps every answer Qt gives for the kept
languages, drops what Qt never reads, and refuses input that is not ICU data."""

from __future__ import annotations

import contextlib
import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.smoke import icu_probe

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_slim", ROOT / "packaging" / "icu_slim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["icu_slim"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


icu_slim = _load_tool()


@pytest.fixture(scope="module")
def wheel_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "the PySide6 wheel ships no ICU data library"
    return found[0]


@pytest.fixture(scope="module")
def full_package(wheel_library: Path):  # type: ignore[no-untyped-def]
    library = wheel_library.read_bytes()
    symbol = icu_slim.find_data_symbol(library)
    return icu_slim.read_package(library[symbol.offset : symbol.offset + symbol.size])


def names(package) -> set[str]:  # type: ignore[no-untyped-def]
    return {name.split("/", 1)[1] for name, _ in package.items}


def test_round_trip_keeps_every_item_byte_for_byte(full_package) -> None:  # type: ignore[no-untyped-def]
    written = icu_slim.write_package(full_package)
    again = icu_slim.read_package(written)
    assert again.header == full_package.header
    assert again.items == full_package.items
    assert len(full_package.items) > 3000


def test_items_are_sorted_and_aligned_to_16_bytes(full_package) -> None:  # type: ignore[no-untyped-def]
    data = icu_slim.write_package(icu_slim.slim(full_package))
    header_size = struct.unpack_from("<H", data, 0)[0]
    count = struct.unpack_from("<I", data, header_size)[0]
    offsets = [struct.unpack_from("<II", data, header_size + 4 + 8 * i)[1] for i in range(count)]
    assert all((header_size + offset) % 16 == 0 for offset in offsets)
    listed = [name for name, _ in icu_slim.read_package(data).items]
    assert listed == sorted(listed, key=str.encode)


def test_slim_drops_what_qt_never_reads(full_package) -> None:  # type: ignore[no-untyped-def]
    slim = icu_slim.slim(full_package)
    kept = names(slim)
    assert not [n for n in kept if n.endswith((".cnv", ".dict")) or n.startswith("translit/")]
    for tree in ("unit", "curr", "lang", "rbnf"):
        assert f"{tree}/root.res" in kept and f"{tree}/en.res" not in kept
    assert {"coll/sv.res", "zone/sv.res", "sv.res"}.isdisjoint(kept)
    size = len(icu_slim.write_package(slim))
    assert size < 8 * 1048576, f"slim ICU data is {size / 1048576:.1f} MB"


def test_slim_keeps_root_shared_data_and_every_kept_language(full_package) -> None:  # type: ignore[no-untyped-def]
    kept = names(icu_slim.slim(full_package))
    before = names(full_package)
    non_locale = {
        n for n in before if not icu_slim.LOCALE_NAME.match(n.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    }
    dropped = {n for n in non_locale if n.endswith((".cnv", ".dict")) or n.startswith("translit/")}
    assert non_locale - dropped <= kept  # root, pool, supplemental data, normalization, ...
    for language in icu_slim.LANGUAGES:
        for tree in ("", "coll/", "zone/", "region/"):
            if f"{tree}{language}.res" in before:
                assert f"{tree}{language}.res" in kept
    assert {"cnvalias.icu", "coll/ucadata.icu", "metaZones.res", "zoneinfo64.res"} <= kept


def test_slim_library_gives_qt_the_same_answers_for_kept_languages(
    wheel_library: Path, tmp_path: Path
) -> None:
    library = icu_slim.build(wheel_library, tmp_path)
    assert library.name == wheel_library.name
    assert library.stat().st_size < wheel_library.stat().st_size / 3
    symbol = icu_slim.find_data_symbol(library.read_bytes())
    assert symbol.soname == wheel_library.name
    languages = sorted(icu_slim.LANGUAGES)
    assert icu_probe.compare(library, languages) == []
    # A language left out falls back to ICU's root order: still by letter, not by code point.
    # (That its order changes also proves the preloaded library is the one answering.)
    swedish = icu_probe.run(["sv"], library)["sv"]["sorted"]
    full_swedish = icu_probe.run(["sv"], None)["sv"]["sorted"]
    assert isinstance(swedish, list) and isinstance(full_swedish, list)
    assert full_swedish.index("\u00e5r") > full_swedish.index("zebra")  # Swedish: å after z
    assert swedish.index("\u00e5r") < swedish.index("b")  # root: å with a
    assert swedish.index("e") < swedish.index("\u00e9") < swedish.index("f")
    assert swedish.index("a") < swedish.index("B")


def test_a_library_that_only_uses_icu_data_is_refused(wheel_library: Path) -> None:
    user = next(wheel_library.parent.glob("libicuuc.so.*"))  # imports icudtNN_dat, defines none
    with pytest.raises(icu_slim.IcuDataError, match="no icudt"):
        icu_slim.find_data_symbol(user.read_bytes())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_garbage_is_refused_cleanly(data: bytes) -> None:
    for parse in (icu_slim.read_package, icu_slim.find_data_symbol):
        with contextlib.suppress(icu_slim.IcuDataError):
            parse(data)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_damaged_packages_are_refused_or_read_whole(data: st.DataObject) -> None:
    package = icu_slim.Package(
        b"\x20\x00\xda\x27" + b"\x14\x00\x00\x00\x00\x00\x02\x00CmnD\x01\x00\x00\x00" + b"\0" * 12,
        [("icudt73l/a.res", b"x" * 16), ("icudt73l/b.icu", b"y" * 32)],
    )
    blob = bytearray(icu_slim.write_package(package))
    assert icu_slim.read_package(bytes(blob)).items == package.items
    for _ in range(data.draw(st.integers(1, 4))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(blob)))
    try:
        parsed = icu_slim.read_package(bytes(blob[:cut]))
    except icu_slim.IcuDataError:
        return
    assert all(name.isascii() for name, _ in parsed.items)
