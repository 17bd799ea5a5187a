"""Build a smaller ``libicudata`` for the Linux bundle: Qt's ICU data without what Qt never reads.

The PySide6 wheels ship ICU's whole data library (about 31 MB, most of the bundle's Qt). Qt
uses ICU for collation (QCollator), time-zone names and case mapping; it never uses ICU's legacy
character-set tables, its Thai/Chinese/Japanese word-break dictionaries or transliteration, and
Companion's interface is English. This tool keeps ICU's root data, every non-locale file, and the
locale files of the languages in LANGUAGES, and drops the rest: about 31 MB becomes about 7 MB.
A language that is left out still works: ICU falls back to its root (Unicode default) data.

It reads the data symbol (``icudtNN_dat``) out of the ELF library, filters ICU's "common data"
package (the format ICU's own ``icupkg`` writes: a header, a sorted table of contents, items
aligned to 16 bytes) and links a library with the same soname exporting the same symbol, so
``libicuuc`` loads it unchanged. It needs a C compiler driver (``cc``/``gcc``) for the link step.

Usage: python packaging/icu_slim.py SOURCE-LIBICUDATA DEST-DIR
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Languages whose locale data stays: English first, then the languages most spoken at home by
# families at the centers in resources/centers.json (US, Canada, UK, Ireland, Australia).
LANGUAGES = frozenset(
    {
        "en",
        "es",
        "fr",
        "zh",
        "ar",
        "vi",
        "fil",
        "ko",
        "ru",
        "pt",
        "de",
        "it",
        "pl",
        "hi",
        "ja",
        "ur",
        "pa",
        "bn",
        "fa",
        "tr",
        "uk",
        "el",
        "he",
        "so",
        "ga",
        "cy",
        "nl",
        "yue",
    }
)
# Item kinds Qt never reads: legacy code-page converters, dictionary word-break data for
# Thai/Lao/Khmer/Burmese/CJK (ICU's break iterators work without them, by rules alone),
# transliteration rules.
DROPPED_EXTENSIONS = frozenset({"cnv", "dict"})
DROPPED_TREES = frozenset({"translit"})
# Locale trees Qt has its own data for (QLocale carries CLDR's unit, currency and language
# names, and spells no numbers out): only their root stays, as every lookup's last fallback.
ROOT_ONLY_TREES = frozenset({"unit", "curr", "lang", "rbnf"})
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_|$)")
ALIGNMENT = 16


class IcuDataError(Exception):
    """The input is not the ICU data this tool understands."""


@dataclass(frozen=True)
class Package:
    header: bytes  # ICU's data header (size, magic, UDataInfo, copyright), kept as it was
    items: list[tuple[str, bytes]]  # (full name with the "icudtNNl/" prefix, bytes), sorted


def read_package(data: bytes) -> Package:
    """Parse an ICU common-data package ("CmnD", little-endian); IcuDataError if it is not one."""
    try:
        return _read_package(data)
    except (struct.error, IndexError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise IcuDataError(f"damaged ICU data: {exc}") from None


def _read_package(data: bytes) -> Package:
    if len(data) < 32 or data[2:4] != b"\xda\x27":
        raise IcuDataError("not ICU data (no data header magic)")
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[12:16] != b"CmnD" or data[8] != 0:
        raise IcuDataError("not a little-endian ICU common-data package")
    if not 24 <= header_size <= len(data) - 4:
        raise IcuDataError("the data header size is wrong")
    body = data[header_size:]
    count = struct.unpack_from("<I", body, 0)[0]
    if 4 + 8 * count > len(body):
        raise IcuDataError("the table of contents runs past the end")
    entries = [struct.unpack_from("<II", body, 4 + 8 * i) for i in range(count)]
    offsets = [data_offset for _, data_offset in entries] + [len(body)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        end = body.find(b"\0", name_offset)
        if end < 0 or not 4 + 8 * count <= data_offset <= offsets[i + 1] <= len(body):
            raise IcuDataError(f"item {i} points outside the package")
        items.append((body[name_offset:end].decode("ascii"), body[data_offset : offsets[i + 1]]))
    names = [name for name, _ in items]
    if names != sorted(names, key=lambda n: n.encode("ascii")):
        raise IcuDataError("the table of contents is not sorted")
    return Package(data[:header_size], items)


def write_package(package: Package) -> bytes:
    """The package as bytes: header, table of contents, names, items aligned to 16 bytes."""

    def pad(size: int) -> int:
        return -size % ALIGNMENT

    count = len(package.items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in package.items)
    names_start = 4 + 8 * count
    first_item = names_start + len(names)
    first_item += pad(len(package.header) + first_item)
    toc = [struct.pack("<I", count)]
    blob = []
    name_at, item_at = names_start, first_item
    for name, item in package.items:
        toc.append(struct.pack("<II", name_at, item_at))
        name_at += len(name) + 1
        padded = item + b"\0" * pad(len(item))
        blob.append(padded)
        item_at += len(padded)
    head = b"".join(toc) + names
    head += b"\0" * (first_item - len(head))
    return package.header + head + b"".join(blob)


def keep_item(name: str, languages: frozenset[str] = LANGUAGES) -> bool:
    """True when Companion's bundle keeps ICU item ``name`` ("icudt73l/coll/fr.res")."""
    parts = name.split("/")[1:]
    if not parts:
        return False
    if parts[0] in DROPPED_TREES and len(parts) > 1:
        return False
    base, _, extension = parts[-1].rpartition(".")
    if extension in DROPPED_EXTENSIONS:
        return False
    if extension == "res" and LOCALE_NAME.match(base):
        return parts[0] not in ROOT_ONLY_TREES and base.split("_")[0] in languages
    return True


def slim(package: Package, languages: frozenset[str] = LANGUAGES) -> Package:
    kept = [item for item in package.items if keep_item(item[0], languages)]
    return Package(package.header, kept)


# --- ELF: find the data symbol, and build the replacement library --------------------------


@dataclass(frozen=True)
class DataSymbol:
    name: str
    offset: int  # in the file
    size: int
    soname: str


def find_data_symbol(library: bytes) -> DataSymbol:
    """The exported ``icudtNN_dat`` object in a 64-bit little-endian ELF shared library."""
    try:
        symbol = _find_data_symbol(library)
    except (struct.error, IndexError, ValueError) as exc:
        raise IcuDataError(f"damaged ELF library: {exc}") from None
    if symbol.offset < 0 or symbol.offset + symbol.size > len(library):
        raise IcuDataError("the data symbol points outside the file")
    return symbol


def _find_data_symbol(library: bytes) -> DataSymbol:
    if len(library) < 64 or library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF library")
    shoff = struct.unpack_from("<Q", library, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    dynsym = next((s for s in sections if s[1] == 11), None)  # SHT_DYNSYM
    dynamic = next((s for s in sections if s[1] == 6), None)  # SHT_DYNAMIC
    if dynsym is None or dynamic is None:
        raise IcuDataError("the library has no dynamic symbols")
    strtab = sections[dynsym[6]]

    def string(index: int) -> str:
        start = strtab[4] + index
        return library[start : library.index(b"\0", start)].decode("ascii")

    found = None
    for i in range(dynsym[5] // 24):
        st_name, _info, _other, shndx, value, size = struct.unpack_from(
            "<IBBHQQ", library, dynsym[4] + i * 24
        )
        name = string(st_name)
        if re.fullmatch(r"icudt\d+_dat", name) and shndx != 0:
            section = sections[shndx]
            found = (name, section[4] + value - section[3], size)
    if found is None:
        raise IcuDataError("no icudtNN_dat symbol in the library")
    soname = ""
    for i in range(dynamic[5] // 16):
        tag, value = struct.unpack_from("<qQ", library, dynamic[4] + i * 16)
        if tag == 14:  # DT_SONAME
            soname = string(value)
    if not soname:
        raise IcuDataError("the library has no soname")
    return DataSymbol(found[0], found[1], found[2], soname)


def link_library(data: bytes, symbol: str, soname: str, dest: Path) -> None:
    """Link a shared library exporting ``symbol`` as ``data`` (read-only, 16-byte aligned)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise IcuDataError("a C compiler (cc or gcc) is needed: apt-get install gcc")
    with tempfile.TemporaryDirectory(prefix="companion-icu-") as tmp:
        blob = Path(tmp) / "icudata.bin"
        blob.write_bytes(data)
        source = Path(tmp) / "icudata.S"
        source.write_text(
            "\n".join(
                [
                    '\t.section .rodata,"a"',
                    f"\t.globl {symbol}",
                    f"\t.type {symbol}, @object",
                    f"\t.balign {ALIGNMENT}",
                    f"{symbol}:",
                    f'\t.incbin "{blob}"',
                    f"\t.size {symbol}, . - {symbol}",
                    '\t.section .note.GNU-stack,"",@progbits',
                    "",
                ]
            ),
            encoding="ascii",
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                "-o",
                str(dest),
                str(source),
                f"-Wl,-soname,{soname}",
                "-Wl,-z,noexecstack",
                "-Wl,--hash-style=both",
            ],
            check=True,
        )


def build(source: Path, dest_dir: Path, languages: frozenset[str] = LANGUAGES) -> Path:
    """Write the slim library to ``dest_dir`` under the source's file name; return its path."""
    library = source.read_bytes()
    symbol = find_data_symbol(library)
    package = read_package(library[symbol.offset : symbol.offset + symbol.size])
    slimmed = write_package(slim(package, languages))
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / source.name
    link_library(slimmed, symbol.name, symbol.soname, dest)
    return dest


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, dest_dir = Path(argv[0]), Path(argv[1])
    dest = build(source, dest_dir)
    before, after = source.stat().st_size, dest.stat().st_size
    print(f"{dest}: {after / 1048576:.1f} MB (ICU data was {before / 1048576:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
