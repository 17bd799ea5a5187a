"""The translation files: up to date with the sources, every Spanish string finished, the
placeholders kept, and compiled by Qt's own lrelease into files the app loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.pseudo import translations_tool

tool = translations_tool()
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&\w")


def test_lupdate_finds_nothing_new_unfinished_or_obsolete() -> None:
    """pyside6-lupdate, run over the sources into a copy of the .ts files, changes nothing."""
    assert tool.problems() == []


def test_the_check_fails_when_a_source_string_is_new(tmp_path: Path) -> None:
    for language in tool.LANGUAGES:
        shutil.copy2(tool.ts_file(language), tool.ts_file(language, tmp_path))
    es = tool.ts_file("es", tmp_path)
    text = es.read_text(encoding="utf-8")
    es.write_text(text.replace("<source>Glossary</source>", "<source>Glossary!</source>", 1))
    found = tool.problems(tmp_path)
    assert any("out of date" in line for line in found)
    assert any("'Glossary'" in line and "unfinished" in line for line in found)


def test_every_spanish_translation_keeps_its_placeholders() -> None:
    messages = tool.messages(tool.ts_file("es"))
    assert len(messages) > 800
    for m in messages:
        wanted = set(PLACEHOLDER.findall(m.source))
        for form in m.translations:
            assert form.strip(), m
            assert set(PLACEHOLDER.findall(form)) == wanted, (m.source, form)
            # A keyboard mnemonic ("&File") stays a mnemonic ("&Archivo").
            if MNEMONIC.search(m.source):
                assert MNEMONIC.search(form), (m.source, form)


def test_sources_use_one_placeholder_style() -> None:
    """Qt's %1 and %n everywhere: no {name} placeholders in a translatable string."""
    for m in tool.messages(tool.ts_file("es")):
        assert not re.search(r"\{\w*\}", m.source), m.source


def test_english_plurals_have_a_singular() -> None:
    plurals = [m for m in tool.messages(tool.ts_file("en")) if m.plural]
    assert len(plurals) >= 10
    for m in plurals:
        one, many = m.translations
        assert one != many and "(s)" not in one + many, m


@pytest.mark.parametrize("language", ["es", "en"])
def test_lrelease_compiles_files_the_app_loads(tmp_path: Path, language: str) -> None:
    (qm,) = [p for p in tool.compile_qm(tmp_path) if p.name == tool.qm_name(language)]
    translator = QTranslator()
    assert translator.load(str(qm))
    if language == "es":
        assert translator.translate("MainWindow", "&File") == "&Archivo"
        assert translator.translate("FeverCard", "Call your care team now") == (
            "Llame ahora a su equipo de atención"
        )
    assert translator.translate("WordCount", "%n words", "", 1).startswith("%n ")
    plural = translator.translate("WordCount", "%n words", "", 1)
    assert plural in ("%n word", "%n palabra")


def test_the_checkout_has_compiled_files_as_new_as_the_sources() -> None:
    """``scripts/bootstrap.sh`` (the editable install's build hook) compiled them."""
    for language in tool.LANGUAGES:
        qm = tool.TS_DIR / tool.qm_name(language)
        assert qm.exists(), "run scripts/bootstrap.sh (or scripts/translations update)"
        assert qm.stat().st_mtime >= tool.ts_file(language).stat().st_mtime


@pytest.mark.slow
def test_the_wheel_carries_compiled_translations(tmp_path: Path) -> None:
    """``uv build --wheel`` runs the build hook: the wheel installs ready .qm files (and the
    Spanish user guide), which load."""
    uv = tool.ROOT / ".cache" / "tools" / "bin" / "uv"
    if not uv.exists():
        pytest.skip("uv is installed by scripts/bootstrap.sh")
    subprocess.run(
        [str(uv), "build", "--wheel", "--quiet", "--out-dir", str(tmp_path)],
        cwd=tool.ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("companion-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "companion/resources/user-guide.es.md" in names
        for language in tool.LANGUAGES:
            name = f"companion/resources/translations/{tool.qm_name(language)}"
            assert name in names
            target = tmp_path / tool.qm_name(language)
            target.write_bytes(archive.read(name))
            assert QTranslator().load(str(target))


def test_no_translated_text_hides_where_lupdate_cannot_read_it() -> None:
    """lupdate skips calls inside f-strings and calls with a context it cannot read: each
    would leave a string English in every language."""
    import ast

    calls = ("tr", "translate", "QT_TRANSLATE_NOOP")
    for path in tool.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call):
                        name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                        assert name not in calls, f"{path}:{inner.lineno}: {name}() in an f-string"
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                    context, text = node.args[:2]
                    if isinstance(text, ast.Constant):
                        assert isinstance(context, ast.Constant), (
                            f"{path}:{node.lineno}: the context must be a literal string"
                        )
