"""The translation files: up to date with the sources, every Spanish string finished, the
placeholders kept, and compiled by Qt's own lrelease into files the app loads."""

from __future__ import annotations

import ast
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


TRANSLATING = ("tr", "translate", "QT_TRANSLATE_NOOP")


def _called(call: ast.Call) -> str:
    """The name a call reads as: ``tr``, ``translate``, ``QT_TRANSLATE_NOOP``, ..."""
    return str(getattr(call.func, "attr", getattr(call.func, "id", "")))


def _translating(call: ast.Call) -> bool:
    """A call lupdate reads, or the core's ``tr: Translate`` (context first); not
    ``str.translate(table)`` or ``QPainter.translate(x, y)``."""
    name = _called(call)
    if name == "QT_TRANSLATE_NOOP" or (name == "tr" and isinstance(call.func, ast.Attribute)):
        return True
    if name in ("tr", "translate") and isinstance(call.func, ast.Name):
        return True
    return name == "translate" and ast.unparse(call.func) == "QCoreApplication.translate"


def _bare_names(expr: ast.expr) -> set[str]:
    """Names whose value itself becomes the words (``text``, ``str(text)``, ``text or ""``),
    not names used to look marked words up (``NAMES[key]``, ``kind.label``)."""
    if isinstance(expr, ast.Name):
        return {expr.id}
    if isinstance(expr, ast.Attribute | ast.Subscript):
        return set()
    if isinstance(expr, ast.IfExp):  # the test only chooses between words
        return _bare_names(expr.body) | _bare_names(expr.orelse)
    if isinstance(expr, ast.Call):
        return set().union(*(_bare_names(arg) for arg in expr.args))
    return set().union(
        *(_bare_names(child) for child in ast.iter_child_nodes(expr) if isinstance(child, ast.expr))
    )


def hidden_from_lupdate(source: str, where: str = "<source>") -> list[str]:
    """Every place in ``source`` where translated text hides from ``pyside6-lupdate``:

    - a translating call inside an f-string (lupdate skips f-strings);
    - ``translate`` or ``QT_TRANSLATE_NOOP`` with a context that is not a literal string
      (``_T``, ``TR_CONTEXT``): lupdate drops the call;
    - the Qt-free core's ``tr(context, text)`` (its :data:`~companion.translation.Translate`)
      with a literal context: lupdate takes a bare ``tr("Journal", ...)`` for a ``QObject.tr``
      whose words are "Journal". Its context is ``_T``, and its words are marked where they are
      written, ``tr(_T, QT_TRANSLATE_NOOP("Journal", "Open"))``, so a literal there is unread;
    - a module-level function that passes its own parameter to one of them as the context or
      the text (a private ``_tr(text)`` wrapper): lupdate never sees the words its callers give
      it. (A method translating marked data it is handed, ``translate("Program", program)``,
      is the ordinary way to show marked words.)
    """
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _called(inner) in TRANSLATING:
                    found.append(f"{where}:{inner.lineno}: {_called(inner)}() in an f-string")
        if isinstance(node, ast.Call) and _translating(node) and len(node.args) >= 2:
            context, text = node.args[:2]
            literal = isinstance(context, ast.Constant) and isinstance(context.value, str)
            if isinstance(node.func, ast.Name) and _called(node) == "tr":  # the core's Translate
                if literal:
                    found.append(
                        f"{where}:{node.lineno}: tr() takes _T: lupdate misreads a literal"
                    )
                if isinstance(text, ast.Constant):
                    found.append(f"{where}:{node.lineno}: mark the words with QT_TRANSLATE_NOOP")
            elif _called(node) != "tr" and not literal:
                found.append(f"{where}:{node.lineno}: the context must be a literal string")
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            every = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
            params = {a.arg for a in every} - {"self", "cls"}
            for inner in ast.walk(node):
                if not (isinstance(inner, ast.Call) and _translating(inner)):
                    continue
                named = set().union(*(_bare_names(arg) for arg in inner.args[:2]))
                if named & params:
                    found.append(
                        f"{where}:{inner.lineno}: {node.name}() translates its own parameter "
                        f"{sorted(named & params)}: write the call with literal words instead"
                    )
    return found


def test_no_translated_text_hides_where_lupdate_cannot_read_it() -> None:
    """lupdate skips calls inside f-strings, calls with a context it cannot read and words
    that reach ``translate`` through a wrapper: each would leave a string English in every
    language."""
    found = []
    for path in tool.sources():
        found += hidden_from_lupdate(path.read_text(encoding="utf-8"), str(path))
    assert found == []


HIDDEN = """
from PySide6.QtCore import QCoreApplication, QObject
from companion.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
_T = "Counts"
CONTEXT = "Counts"
NAMES = {"anc": QT_TRANSLATE_NOOP(_T, "ANC")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Counts", text)


def _tr_plural(text, n):
    return translate(CONTEXT, text, None, n)


def title(tr) -> str:
    return tr(_T, NAMES["anc"]) + f" {translate('Counts', 'today')}"


def subtitle(tr) -> str:
    return tr("Counts", QT_TRANSLATE_NOOP("Counts", "Blood count")) + tr(_T, "none")
"""

READABLE = """
from PySide6.QtCore import QCoreApplication, QObject
from companion.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
_T = "Counts"
NAMES = {"anc": QT_TRANSLATE_NOOP("Counts", "ANC")}
YES, NO = QT_TRANSLATE_NOOP("Counts", "yes"), QT_TRANSLATE_NOOP("Counts", "no")


class CountWords(QObject):
    def days(self, n: int) -> str:
        return self.tr("%n days", "", n)


def title(name: str, tr) -> str:
    text = translate("Counts", "%1 today").replace("%1", tr(_T, NAMES[name]))
    return text + " (" + CountWords().days(3) + ")"


def yes_no(value: bool, tr) -> str:
    return tr(_T, YES if value else NO) + tr(_T, QT_TRANSLATE_NOOP("Counts", "today"))


class Card(QObject):
    def heading(self, program: str) -> str:
        return translate("Programs", program)


def shifted(painter, text: str) -> str:
    painter.translate(0, 12)
    return text.translate({39: 8217})
"""


def test_the_check_finds_words_hidden_from_lupdate() -> None:
    """Wrappers, contexts in variables and calls inside f-strings are each found; the house
    style (literal contexts and words, ``%1``, plurals through a class's ``tr``) passes."""
    found = hidden_from_lupdate(HIDDEN)
    assert any(":8: the context must be a literal" in line for line in found), found
    assert any("_tr() translates its own parameter ['text']" in line for line in found), found
    assert any(":16:" in line and "context must be a literal" in line for line in found), found
    assert any("_tr_plural() translates its own parameter" in line for line in found), found
    assert any(":20: translate() in an f-string" in line for line in found), found
    assert any(":24: tr() takes _T: lupdate misreads a literal" in line for line in found)
    assert any(":24: mark the words with QT_TRANSLATE_NOOP" in line for line in found), found
    assert len(found) == 7, found
    assert hidden_from_lupdate(READABLE) == []
