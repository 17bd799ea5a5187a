"""Centers and support lines, each phone number sourced, and the phone-number rules they share.

The entry points load on first use (``companion.directory.load_directory``), so importing the
small modules of this package (``programs``, ``phones``) does not load the directory reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.directory.centers import (
        Center,
        Directory,
        DirectoryError,
        Phone,
        Source,
        import_directory,
        load_directory,
        parse_directory,
    )

__all__ = [
    "Center",
    "Directory",
    "DirectoryError",
    "Phone",
    "Source",
    "import_directory",
    "load_directory",
    "parse_directory",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from companion.directory import centers

        return getattr(centers, name)
    raise AttributeError(name)
