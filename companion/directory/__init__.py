"""Centers and support lines, each phone number sourced, and the phone-number rules they share."""

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
