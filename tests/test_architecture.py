"""The shape of the house: no import circles, folders of a size a newcomer can read, modules
that stay about one idea."""

from __future__ import annotations

from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parents[1] / "companion"
MAX_MODULES_PER_FOLDER = 15
MAX_LINES = 430
#: Modules still past the limit, with the seam to split them along (work to do, not a licence).
KNOWN_LONG: dict[str, str] = {}


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph("companion", cache_dir=None)
    circles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported != module and graph.chain_exists(imported, module):
                circles.append(f"{module} <-> {imported}")
    assert circles == []


def test_no_folder_holds_more_than_fifteen_modules() -> None:
    crowded = {}
    for folder in [PACKAGE, *[p for p in PACKAGE.rglob("*") if p.is_dir()]]:
        if folder.name == "__pycache__":
            continue
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        if len(modules) > MAX_MODULES_PER_FOLDER:
            crowded[str(folder.relative_to(PACKAGE))] = len(modules)
    assert crowded == {}


def test_modules_stay_short() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert set(long) == set(KNOWN_LONG), long
