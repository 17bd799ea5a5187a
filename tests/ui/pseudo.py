"""A pseudo-translation made at test time: every string marked ⟦…⟧ and about 40% longer.

Rendered under it, any visible text without the marks bypassed ``tr()``, and any text that no
longer fits shows where a longer language (Spanish runs 20-30% longer than English) would be
cut. Built from the Spanish ``.ts`` file's messages and compiled with ``pyside6-lrelease``, the
same tool the build uses.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def translations_tool() -> ModuleType:
    """``packaging/translations.py``, the module the build and ``scripts/translations`` use."""
    name = "companion_translations"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def pseudo(text: str) -> str:
    """``Save`` -> ``⟦Save ~~⟧``: marked, 40% longer, placeholders and markup kept."""
    visible = re.sub(r"<[^>]+>", "", _PLACEHOLDER.sub("", text))
    extra = max(1, round(len(visible) * 0.4) - 2)
    padding = " ".join("~" * min(4, extra - i) for i in range(0, extra, 4))
    return f"{OPEN}{text} {padding}{CLOSE}"


def pseudo_ts(source: Path, target: Path) -> Path:
    """Write a ``.ts`` with every message of ``source`` pseudo-translated."""
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def pseudo_qm(folder: Path) -> Path:
    """Compile the pseudo-translation to ``folder/companion_pseudo.qm``."""
    import subprocess

    tool = translations_tool()
    ts = pseudo_ts(tool.ts_file("es"), folder / "companion_pseudo.ts")
    qm = folder / "companion_pseudo.qm"
    subprocess.run(
        [str(tool.qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm
