"""packaging/elf_deps.py: a library stays in the bundle only if something kept needs it, read
from the ELF files the linker wrote, so a left-out plugin takes its libraries with it."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("elf_deps", ROOT / "packaging" / "elf_deps.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["elf_deps"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


elf_deps = _load_tool()


def _link(work: Path, name: str, needs: list[Path], soname: str | None = None) -> Path:
    """A real shared object made by the system's linker, needing the given libraries."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    assert compiler, "a C compiler is needed (scripts/bootstrap.sh test installs gcc)"
    source = work / f"{name}.c"
    source.write_text(f"int {name.replace('.', '_').replace('-', '_')}(void) {{ return 1; }}\n")
    target = work / name
    command = [compiler, "-shared", "-fPIC", "-nostdlib", "-o", str(target), str(source)]
    if soname:
        command.append(f"-Wl,-soname,{soname}")
    # A library given by path is recorded by its soname, as the real build's libraries are.
    command += ["-Wl,--no-as-needed", *map(str, needs)]
    subprocess.run(command, check=True, capture_output=True)
    return target


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A bundle in miniature: two plugins, one left out, and the libraries they need.

    excluded plugin -> libprivate -> libdeep, libshared
    kept plugin     -> libshared
    extension       -> libreal.so.2 (collected under another file name, found by soname)
    liborphan       (nothing needs it)
    """
    work = tmp_path_factory.mktemp("elf")
    shared = _link(work, "libshared.so.1", [], "libshared.so.1")
    deep = _link(work, "libdeep.so.3", [], "libdeep.so.3")
    private = _link(work, "libprivate.so.1", [deep, shared], "libprivate.so.1")
    alias = _link(work, "libalias.so", [], "libreal.so.2")
    return {
        "libshared.so.1": shared,
        "libdeep.so.3": deep,
        "libprivate.so.1": private,
        "libalias.so": alias,
        "liborphan.so.1": _link(work, "liborphan.so.1", [], "liborphan.so.1"),
        "plugins/excluded.so": _link(work, "excluded.so", [private, shared]),
        "plugins/kept.so": _link(work, "kept.so", [shared]),
        "ext.cpython-311-x86_64-linux-gnu.so": _link(work, "ext.so", [alias]),
    }


def _entries(tree: dict[str, Path]) -> list[tuple[str, str, str]]:
    return [
        (name, str(path), "EXTENSION" if name.startswith("ext.") else "BINARY")
        for name, path in tree.items()
    ]


def _root(entry: tuple[str, str, str]) -> bool:
    name, _source, kind = entry
    return kind == "EXTENSION" or name == "plugins/kept.so"


def test_reads_what_the_linker_wrote(tree: dict[str, Path]) -> None:
    assert elf_deps.read_dynamic(tree["libprivate.so.1"]) == elf_deps.Dynamic(
        "libprivate.so.1", ("libdeep.so.3", "libshared.so.1")
    )
    assert elf_deps.read_dynamic(tree["plugins/excluded.so"]).needed == (
        "libprivate.so.1",
        "libshared.so.1",
    )
    assert elf_deps.read_dynamic(tree["libalias.so"]) == elf_deps.Dynamic("libreal.so.2", ())


def test_matches_readelf_on_the_qt_libraries() -> None:
    import PySide6

    readelf = shutil.which("readelf")
    assert readelf, "binutils' readelf is needed (it comes with gcc: scripts/bootstrap.sh test)"
    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6*.so.6"))
    assert libraries
    for library in libraries[:8]:
        shown = subprocess.run([readelf, "-dW", str(library)], capture_output=True, text=True)
        needed = tuple(
            line.split("[", 1)[1].rstrip("]")
            for line in shown.stdout.splitlines()
            if "(NEEDED)" in line
        )
        dynamic = elf_deps.read_dynamic(library)
        assert dynamic.needed == needed, library.name
        assert dynamic.soname == library.name


def test_a_left_out_plugin_takes_its_private_libraries_and_leaves_shared_ones(
    tree: dict[str, Path],
) -> None:
    kept, dropped = elf_deps.keep_needed(_entries(tree), _root)
    assert [entry[0] for entry in kept] == [
        "libshared.so.1",
        "libalias.so",
        "plugins/kept.so",
        "ext.cpython-311-x86_64-linux-gnu.so",
    ]
    assert sorted(entry[0] for entry in dropped) == [
        "libdeep.so.3",
        "liborphan.so.1",
        "libprivate.so.1",
        "plugins/excluded.so",
    ]


def test_keeping_the_plugin_keeps_its_whole_tree(tree: dict[str, Path]) -> None:
    kept, dropped = elf_deps.keep_needed(
        _entries(tree), lambda entry: _root(entry) or entry[0] == "plugins/excluded.so"
    )
    assert [entry[0] for entry in dropped] == ["liborphan.so.1"]
    assert {"libprivate.so.1", "libdeep.so.3"} <= {entry[0] for entry in kept}


def test_needs_in_a_circle_end() -> None:
    binaries = {
        "a": elf_deps.Dynamic("liba.so", ("libb.so",)),
        "b": elf_deps.Dynamic("libb.so", ("liba.so", "libc.so.6")),
        "c": elf_deps.Dynamic("libc2.so", ()),
    }
    assert elf_deps.closure(["a"], binaries) == {"a", "b"}


def test_links_go_by_what_they_point_at() -> None:
    link = ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")
    assert elf_deps.link_target(link) == "PySide6/Qt/lib/libQt6Core.so.6"
    assert elf_deps.link_target(("a/b/libx.so", "../lib/libx.so.1", "SYMLINK")) == "a/lib/libx.so.1"


def test_what_is_not_elf_is_refused_by_name(tmp_path: Path) -> None:
    script = tmp_path / "launcher.sh"
    script.write_text("#!/bin/sh\nexec true\n" * 8)
    with pytest.raises(elf_deps.ElfError, match=r"launcher\.sh: not an ELF file"):
        elf_deps.read_dynamic(script)


# An ELF writer just large enough for the dynamic section: both classes, both byte orders.
def _elf(needed: list[str], soname: str | None, bits: int, order: str, base: int) -> bytes:
    addr = "Q" if bits == 64 else "I"
    header_size, ph_size = (64, 56) if bits == 64 else (52, 32)
    strings = b"\0"
    offsets: dict[str, int] = {}
    for name in ([soname] if soname else []) + needed:
        if name not in offsets:
            offsets[name] = len(strings)
            strings += name.encode() + b"\0"
    strtab_at = header_size + 2 * ph_size
    dynamic_at = (strtab_at + len(strings) + 7) // 8 * 8
    tags = [(1, offsets[name]) for name in needed]
    tags += [(14, offsets[soname])] if soname else []
    tags += [(5, base + strtab_at), (0, 0)]
    dynamic = b"".join(struct.pack(order + ("qQ" if bits == 64 else "iI"), *tag) for tag in tags)
    size = dynamic_at + len(dynamic)
    ident = b"\x7fELF" + bytes([bits // 32, 1 if order == "<" else 2, 1]) + bytes(9)
    fields = (3, 62, 1, 0, header_size, 0, 0, header_size, ph_size, 2, 0, 0, 0)
    header = ident + struct.pack(order + f"HHI{addr}{addr}{addr}IHHHHHH", *fields)
    if bits == 64:
        load = struct.pack(order + "IIQQQQQQ", 1, 5, 0, base, base, size, size, 4096)
        dyn = struct.pack(
            order + "IIQQQQQQ",
            2,
            6,
            dynamic_at,
            base + dynamic_at,
            0,
            len(dynamic),
            len(dynamic),
            8,
        )
    else:
        load = struct.pack(order + "IIIIIIII", 1, 0, base, base, size, size, 5, 4096)
        dyn = struct.pack(
            order + "IIIIIIII",
            2,
            dynamic_at,
            base + dynamic_at,
            0,
            len(dynamic),
            len(dynamic),
            6,
            8,
        )
    body = header + load + dyn + strings
    return body + bytes(dynamic_at - len(body)) + dynamic


names = st.text(
    st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)), min_size=1, max_size=24
)


@settings(max_examples=300, deadline=None)
@given(
    needed=st.lists(names, max_size=12),
    soname=st.none() | names,
    bits=st.sampled_from([32, 64]),
    order=st.sampled_from(["<", ">"]),
    base=st.integers(0, 2**31),
)
def test_reads_back_what_was_written(
    needed: list[str], soname: str | None, bits: int, order: str, base: int
) -> None:
    data = _elf(needed, soname, bits, order, base)
    assert elf_deps.parse_dynamic(data) == elf_deps.Dynamic(soname, tuple(needed))


@settings(max_examples=500, deadline=None)
@given(
    bits=st.sampled_from([32, 64]),
    order=st.sampled_from(["<", ">"]),
    changes=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.integers(0, 400),
)
def test_damaged_files_give_an_answer_or_elf_error(
    bits: int, order: str, changes: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(_elf(["libQt6Core.so.6", "libc.so.6"], "libx.so.1", bits, order, 0x1000))
    for at, value in changes:
        if at < len(data):
            data[at] = value
    try:
        found = elf_deps.parse_dynamic(bytes(data[: len(data) - cut % len(data)]))
    except elf_deps.ElfError:
        return
    assert isinstance(found, elf_deps.Dynamic)
