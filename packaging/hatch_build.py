"""Hatch build hook: compile the translations with ``pyside6-lrelease`` into every build.

A wheel gets ``companion/resources/translations/*.qm``. An editable install (``uv sync`` in a
checkout, which ``scripts/bootstrap.sh`` runs) compiles them into ``resources/translations``
next to the ``.ts`` files, where a checkout reads its resources; ``[tool.uv] cache-keys``
rebuilds it whenever a ``.ts`` file changes. The app never compiles anything itself.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _translations(root: str) -> Any:
    spec = importlib.util.spec_from_file_location(
        "companion_translations", Path(root) / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        translations = _translations(self.root)
        if version == "editable":
            translations.compile_qm(translations.TS_DIR)
            return
        self._out = tempfile.TemporaryDirectory(prefix="companion-qm-")
        for path in translations.compile_qm(Path(self._out.name)):
            build_data["force_include"][str(path)] = f"companion/resources/translations/{path.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
