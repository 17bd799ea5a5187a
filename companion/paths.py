"""Where Companion keeps things: one explicit call, nothing created at import time."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "COMPANION_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app may write to. Everything lives under ``data_dir``."""

    data_dir: Path
    config_dir: Path
    backups_dir: Path

    @property
    def journal_db(self) -> Path:
        return self.data_dir / "journal.db"

    @property
    def vault_file(self) -> Path:
        return self.data_dir / "journal.vault"

    @property
    def sealed_dir(self) -> Path:
        """Temperatures logged while the journal was locked, sealed to its public key."""
        return self.data_dir / "sealed"

    @property
    def emergency_file(self) -> Path:
        """The emergency information the family chose to show on the locked screen (plain)."""
        return self.data_dir / "emergency.json"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    def ensure(self) -> None:
        """Create the folders, private to this user (0700 on POSIX)."""
        for folder in (self.data_dir, self.config_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Build the paths from ``--data-dir``, then ``COMPANION_DATA_DIR``, then platformdirs.

    With an explicit data folder (portable mode), settings and backups live inside it too, so
    nothing is written anywhere else.
    """
    chosen = data_dir if data_dir is not None else os.environ.get(ENV_DATA_DIR) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config", backups_dir=root / "backups")

    import platformdirs

    dirs = platformdirs.PlatformDirs(appname="Companion", appauthor=False, roaming=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data_dir=data, config_dir=Path(dirs.user_config_dir), backups_dir=data / "backups"
    )


def resource_path(name: str) -> Path:
    """Find a bundled resource file the same way from a checkout, a wheel or a frozen bundle.

    Frozen (PyInstaller): ``<bundle>/resources``. Installed wheel: ``companion/resources``
    inside the package. Source checkout: ``resources/`` (and ``docs/`` for the user guide) next
    to the ``companion`` package.
    """
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidates.append(Path(bundle) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")
    candidates.append(package_dir.parent / "resources")
    candidates.append(package_dir.parent / "docs")  # the user guide, in a source checkout
    for folder in candidates:
        path = folder / name
        if path.exists():
            return path
    raise FileNotFoundError(f"Companion resource not found: {name}")
