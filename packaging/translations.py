"""Companion's translation files: update them from the sources, check them, compile them.

The ``.ts`` files in ``resources/translations`` are kept in the repository: Spanish (every
string) and English (only the plurals, so "1 reading" and "2 readings" read right). Qt's own
tools do the work: ``pyside6-lupdate`` reads the Python sources (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) into the ``.ts`` files, and
``pyside6-lrelease`` compiles them to ``.qm`` when the wheel or the bundle is built
(``packaging/hatch_build.py``, ``packaging/companion.spec``). The app only loads ``.qm`` files.

    scripts/translations update    refresh the .ts files, compile, list unfinished Spanish
    scripts/translations check     exit 1 if a .ts file is out of date or Spanish is unfinished
    scripts/translations compile DIR    write the .qm files into DIR
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
#: Language code -> lupdate options. English holds only the plural forms.
LANGUAGES: dict[str, tuple[str, ...]] = {"es": (), "en": ("-pluralonly",)}


def ts_file(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"companion_{language}.ts"


def qm_name(language: str) -> str:
    return f"companion_{language}.qm"


def qt_tool(name: str) -> Path:
    """A Qt tool shipped inside the PySide6 wheel (lupdate, lrelease)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"Qt's {name} was not found in the PySide6 installation")
    return Path(found)


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(
        path
        for path in (root / "companion").rglob("*.py")
        if "migrations" not in path.parts and "__pycache__" not in path.parts
    )


def run_lupdate(ts_folder: Path, root: Path = ROOT, *, drop_obsolete: bool = True) -> str:
    """Bring every ``.ts`` file in ``ts_folder`` up to date with the sources; lupdate's report."""
    report = []
    for language, options in LANGUAGES.items():
        target = ts_file(language, ts_folder)
        args = [str(qt_tool("lupdate")), "-locations", "none", "-target-language", language]
        args += list(options)
        if drop_obsolete:
            args.append("-no-obsolete")
        # Relative paths keep the .ts files the same on every machine.
        args += [str(path.relative_to(root)) for path in sources(root)]
        args += ["-ts", str(target)]
        done = subprocess.run(args, cwd=root, capture_output=True, text=True, check=True)
        report.append(done.stdout + done.stderr)
    return "".join(report)


def compile_qm(out_dir: Path, ts_folder: Path = TS_DIR) -> list[Path]:
    """Compile every ``.ts`` file with ``pyside6-lrelease``; the ``.qm`` paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = out_dir / qm_name(language)
        subprocess.run(
            [
                str(qt_tool("lrelease")),
                "-silent",
                str(ts_file(language, ts_folder)),
                "-qm",
                str(target),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        written.append(target)
    return written


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    state: str  # "", "unfinished", "obsolete", "vanished"
    plural: bool
    translations: tuple[str, ...]


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    state=translation.get("type", ""),
                    plural=message.get("numerus") == "yes",
                    translations=tuple(forms) if forms else (translation.text or "",),
                )
            )
    return found


def problems(ts_folder: Path = TS_DIR) -> list[str]:
    """What lupdate would change in the files, and every Spanish string not finished."""
    found = []
    with tempfile.TemporaryDirectory(prefix="companion-ts-") as work:
        copy = Path(work)
        for language in LANGUAGES:
            shutil.copy2(ts_file(language, ts_folder), ts_file(language, copy))
        run_lupdate(copy, drop_obsolete=False)
        for language in LANGUAGES:
            before = ts_file(language, ts_folder).read_bytes()
            after = ts_file(language, copy).read_bytes()
            if before != after:
                found.append(f"{ts_file(language).name}: out of date with the sources")
            for m in messages(ts_file(language, copy)):
                if m.state in ("unfinished", "obsolete", "vanished") or not all(m.translations):
                    found.append(f"{language} {m.state or 'empty'}: [{m.context}] {m.source!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        print(run_lupdate(TS_DIR), end="")
        for path in compile_qm(TS_DIR):
            print(f"compiled {path.relative_to(ROOT)}")
        left = [m for m in messages(ts_file("es")) if m.state or not all(m.translations)]
        for m in left:
            print(f"unfinished Spanish: [{m.context}] {m.source!r}")
        print(f"{len(left)} Spanish string(s) to translate in {ts_file('es').relative_to(ROOT)}")
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    if command == "compile" and len(argv) == 2:
        for path in compile_qm(Path(argv[1])):
            print(path)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
