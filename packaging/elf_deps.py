"""Which shared libraries a Linux bundle needs, from the ELF files themselves.

PyInstaller collects every library that any collected binary needs, before the spec drops the
Qt plugins Companion has no use for. So a dropped plugin's libraries (the GTK theme plugin's
GTK, for one) stayed in, and what stayed depended on what the build machine had installed.
Here a library stays only if something that stays needs it: the closure of the ``DT_NEEDED``
entries of the kept binaries, each name resolved by soname against the collected binaries.
A dropped plugin takes with it every library that only it needed, on any machine.

Standard library only: the dynamic section is read with ``struct``, no ``readelf`` needed.
"""

from __future__ import annotations

import posixpath
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

PT_LOAD = 1
PT_DYNAMIC = 2
DT_NULL = 0
DT_NEEDED = 1
DT_STRTAB = 5
DT_SONAME = 14

# A PyInstaller TOC entry: (name in the bundle, source path or link target, kind).
Entry = tuple[str, str, str]


class ElfError(ValueError):
    """The bytes are not an ELF file, or its dynamic section points outside the file."""


@dataclass(frozen=True)
class Dynamic:
    """What the dynamic loader reads from a shared object: its own name and what it needs."""

    soname: str | None
    needed: tuple[str, ...]


@dataclass(frozen=True)
class _Layout:
    phoff: str  # struct format of e_phoff
    phoff_at: int
    phentsize_at: int  # e_phnum follows it
    phdr: str  # p_type, p_offset, p_vaddr, p_filesz, as read from one program header
    dyn: str  # d_tag, d_val


_LAYOUTS = {
    1: _Layout("I", 0x1C, 0x2A, "III4xI", "iI"),  # ELFCLASS32
    2: _Layout("Q", 0x20, 0x36, "I4xQQ8xQ", "qQ"),  # ELFCLASS64
}


def parse_dynamic(data: bytes) -> Dynamic:
    """The soname and ``DT_NEEDED`` names of the ELF file in ``data`` (none if it is static)."""
    if len(data) < 0x40 or data[:4] != b"\x7fELF":
        raise ElfError("not an ELF file")
    layout = _LAYOUTS.get(data[4])
    order = {1: "<", 2: ">"}.get(data[5])
    if layout is None or order is None:
        raise ElfError(f"unknown ELF class {data[4]} or byte order {data[5]}")
    (phoff,) = _unpack(data, order + layout.phoff, layout.phoff_at)
    phentsize, phnum = _unpack(data, order + "HH", layout.phentsize_at)
    if phentsize < struct.calcsize(order + layout.phdr):
        raise ElfError("program headers too small")
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic: tuple[int, int] | None = None  # (offset, filesz)
    for index in range(phnum):
        kind, offset, vaddr, filesz = _unpack(data, order + layout.phdr, phoff + index * phentsize)
        if kind == PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif kind == PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return Dynamic(None, ())

    entry_size = struct.calcsize(order + layout.dyn)
    needed: list[int] = []
    soname: int | None = None
    strtab: int | None = None
    offset, filesz = dynamic
    for at in range(offset, offset + filesz - entry_size + 1, entry_size):
        tag, value = _unpack(data, order + layout.dyn, at)
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            needed.append(value)
        elif tag == DT_SONAME:
            soname = value
        elif tag == DT_STRTAB:
            strtab = value
    if not needed and soname is None:
        return Dynamic(None, ())
    if strtab is None:
        raise ElfError("a dynamic section with names but no string table")
    table = _file_offset(strtab, loads)
    return Dynamic(
        None if soname is None else _string(data, table + soname),
        tuple(_string(data, table + name) for name in needed),
    )


def read_dynamic(path: Path) -> Dynamic:
    """``parse_dynamic`` of a file, with the file's name in the error."""
    try:
        return parse_dynamic(Path(path).read_bytes())
    except ElfError as error:
        raise ElfError(f"{path}: {error}") from None


def closure(roots: Iterable[str], binaries: Mapping[str, Dynamic]) -> set[str]:
    """The roots and every binary they need, directly or through each other.

    ``binaries`` maps a name in the bundle to its dynamic section. A needed name is resolved
    the way the loader finds it in the bundle: a binary whose file name or soname is that name.
    Names no collected binary provides (the C library, for one, which PyInstaller never
    collects) are the system's business and are skipped.
    """
    providers: dict[str, list[str]] = {}
    for name, dynamic in binaries.items():
        for provided in {posixpath.basename(name), dynamic.soname}:
            if provided:
                providers.setdefault(provided, []).append(name)
    kept: set[str] = set()
    todo = [root for root in roots if root in binaries]
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        kept.add(name)
        for needed in binaries[name].needed:
            todo.extend(providers.get(needed, ()))
    return kept


def keep_needed(
    binaries: list[Entry],
    is_root: Callable[[Entry], bool],
    read: Callable[[Path], Dynamic] = read_dynamic,
) -> tuple[list[Entry], list[Entry]]:
    """Split PyInstaller's binaries into (kept, dropped): the roots and what they need.

    ``is_root`` says which entries stay for their own sake (the interpreter, extension modules,
    kept plugins); every other entry stays only if a root needs it. Order is preserved.
    """
    by_name = {entry[0].replace("\\", "/"): entry for entry in binaries}
    dynamics = {name: read(Path(entry[1])) for name, entry in by_name.items()}
    roots = [name for name, entry in by_name.items() if is_root(entry)]
    kept = closure(roots, dynamics)
    return (
        [entry for entry in binaries if entry[0].replace("\\", "/") in kept],
        [entry for entry in binaries if entry[0].replace("\\", "/") not in kept],
    )


def link_target(entry: Entry) -> str:
    """The bundle name a SYMLINK entry points at (its target is relative to the link)."""
    name, target, _kind = entry
    name = name.replace("\\", "/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(name), target.replace("\\", "/")))


def _unpack(data: bytes, fmt: str, offset: int) -> tuple[int, ...]:
    if offset < 0 or offset + struct.calcsize(fmt) > len(data):
        raise ElfError("a header points outside the file")
    return struct.unpack_from(fmt, data, offset)


def _file_offset(vaddr: int, loads: list[tuple[int, int, int]]) -> int:
    for start, offset, filesz in loads:
        if start <= vaddr < start + filesz:
            return offset + vaddr - start
    raise ElfError("the string table is in no loaded segment")


def _string(data: bytes, offset: int) -> str:
    end = data.find(b"\0", offset)
    if offset >= len(data) or end < 0:
        raise ElfError("a name points outside the file")
    return data[offset:end].decode("utf-8", "surrogateescape")
