"""Emergency information on the locked screen, like a phone's medical ID.

Off until the family turns it on. When on, a small file in the data folder
(``emergency.json``) holds what the family chose to show without the password: each chosen
child's first name, the fever rule, the fever contact's name and number, and what they added
(central line type, allergies). It is written atomically and carries a checksum; a damaged
file is reported as such (EmergencyFileDamaged), never guessed at. It is the one thing
Companion keeps outside the encrypted journal, by necessity: the locked screen has no key.
The choices themselves live in the journal (a setting), and the file is written again from
them whenever they change and each time the journal locks, so it follows renamed children,
a new fever contact or new rules. Turning it off overwrites and deletes the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from companion.journal import fever
from companion.journal.records import CHILD, CONTACT, Child, Contact
from companion.paths import AppPaths
from companion.storage.errors import from_os_error
from companion.translation import QT_TRANSLATE_NOOP, Translate, untranslated

if TYPE_CHECKING:
    from companion.storage.repository import Repository

#: A child not named yet (the same words as in :mod:`companion.journal.locked`).
PLACEHOLDER_CHILD = QT_TRANSLATE_NOOP("Journal", "Your child")
#: The journal setting holding the family's choices.
SETTING = "emergency_info"
MAGIC = "companion-emergency"
FORMAT = 1
MAX_FILE_BYTES = 32 * 1024
#: The longest text the family can add per field (a line on the locked screen).
MAX_TEXT = 200
_CHILD_KEYS = {"id", "name", "central_line", "allergies"}
_CONTACT_KEYS = {"name", "role", "phone"}
_KEYS = {"magic", "format", "children", "rules", "rules_are_default", "contact", "checksum"}


class EmergencyFileDamaged(Exception):
    """The locked screen's emergency file was changed or cut short: it is not shown."""


@dataclass(frozen=True)
class ChildChoice:
    """A child the family chose to show, with what they added."""

    id: str
    central_line: str = ""
    allergies: str = ""

    def __post_init__(self) -> None:
        for name in ("central_line", "allergies"):
            if len(getattr(self, name)) > MAX_TEXT:
                raise ValueError(f"{name} must be at most {MAX_TEXT} characters")


@dataclass(frozen=True)
class EmergencyChoices:
    """On or off, and which children (in the journal's order)."""

    enabled: bool = False
    children: tuple[ChildChoice, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "children": [
                {"id": c.id, "central_line": c.central_line, "allergies": c.allergies}
                for c in self.children
            ],
        }

    @classmethod
    def from_json(cls, value: object) -> EmergencyChoices:
        """Stored choices, or "off" when the setting is missing or not understood."""
        try:
            if not isinstance(value, dict):
                return cls()
            children = tuple(
                ChildChoice(
                    id=str(item["id"]),
                    central_line=str(item.get("central_line", "")),
                    allergies=str(item.get("allergies", "")),
                )
                for item in value.get("children", [])
            )
            return cls(enabled=value.get("enabled") is True, children=children)
        except (TypeError, ValueError, KeyError, AttributeError):
            return cls()


@dataclass(frozen=True)
class ShownChild:
    id: str
    name: str
    central_line: str = ""
    allergies: str = ""


@dataclass(frozen=True)
class EmergencyInfo:
    """What the locked screen shows."""

    children: tuple[ShownChild, ...]
    rules: fever.FeverRules
    rules_are_default: bool
    contact: Contact | None

    def to_bytes(self) -> bytes:
        contact = self.contact
        body: dict[str, Any] = {
            "magic": MAGIC,
            "format": FORMAT,
            "children": [asdict(child) for child in self.children],
            "rules": self.rules.to_dict(),
            "rules_are_default": self.rules_are_default,
            "contact": None
            if contact is None
            else {"name": contact.name, "role": contact.role, "phone": contact.phone},
        }
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return _canonical(body)


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def read_emergency_info(paths: AppPaths) -> EmergencyInfo | None:
    """The locked screen's information, or None when the family has not turned it on.

    EmergencyFileDamaged for anything changed, cut short or unreadable (never a crash)."""
    try:
        with paths.emergency_file.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        raise EmergencyFileDamaged("the emergency file cannot be read") from None
    try:
        return _parse(raw)
    except (ValueError, TypeError, KeyError, RecursionError, UnicodeError, fever.FeverRulesError):
        raise EmergencyFileDamaged("the emergency file is damaged") from None


def _parse(raw: bytes) -> EmergencyInfo:
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError("too large")
    doc = json.loads(raw.decode("ascii"))
    if not isinstance(doc, dict) or set(doc) != _KEYS or doc["magic"] != MAGIC:
        raise ValueError("not an emergency file")
    if doc["format"] != FORMAT:
        raise ValueError("unknown format")
    body = {key: value for key, value in doc.items() if key != "checksum"}
    if doc["checksum"] != hashlib.sha256(_canonical(body)).hexdigest():
        raise ValueError("checksum")
    children = []
    for item in doc["children"]:
        if not isinstance(item, dict) or set(item) != _CHILD_KEYS:
            raise ValueError("child")
        if not all(isinstance(value, str) for value in item.values()):
            raise ValueError("child")
        children.append(ShownChild(**item))
    contact = None
    if doc["contact"] is not None:
        item = doc["contact"]
        if not isinstance(item, dict) or set(item) != _CONTACT_KEYS:
            raise ValueError("contact")
        contact = Contact(
            name=str(item["name"]),
            role=str(item["role"]),
            phone=str(item["phone"]),
            call_for_fever=True,
        )
    if not isinstance(doc["rules_are_default"], bool) or not children:
        raise ValueError("rules")
    rules = fever.FeverRules.from_dict(doc["rules"])
    return EmergencyInfo(tuple(children), rules, doc["rules_are_default"], contact)


def erase_emergency_info(paths: AppPaths) -> None:
    """Overwrite the file with zeros, then delete it (turning the card off)."""
    path = paths.emergency_file
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise from_os_error(exc) from None
    try:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
            try:
                os.write(fd, b"\0" * size)
                os.fsync(fd)
            finally:
                os.close(fd)
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise from_os_error(exc) from None


class Emergency:
    """The journal's part that keeps the locked screen's file in step with the choices."""

    def __init__(
        self,
        paths: AppPaths,
        repo: Callable[[], Repository],
        translate: Callable[[], Translate] = lambda: untranslated,
    ) -> None:
        self._paths = paths
        self._repo = repo
        self._translate = translate

    def choices(self) -> EmergencyChoices:
        return EmergencyChoices.from_json(self._repo().get_setting(SETTING))

    def set_choices(self, choices: EmergencyChoices) -> EmergencyInfo | None:
        """Keep the family's choices and write (or erase) the locked screen's file."""
        self._repo().set_setting(SETTING, choices.to_json())
        return self.refresh()

    def info(self) -> EmergencyInfo | None:
        """What the locked screen would show now (None when off or nobody is chosen)."""
        choices = self.choices()
        if not choices.enabled:
            return None
        repo = self._repo()
        children = {c.id: c for c in repo.list(CHILD, newest_first=False) if isinstance(c, Child)}
        placeholder = self._translate()("Journal", PLACEHOLDER_CHILD)
        shown = tuple(
            ShownChild(
                c.id, _first_name(children[c.id].name, placeholder), c.central_line, c.allergies
            )
            for c in choices.children
            if c.id in children
        )
        if not shown:
            return None
        stored = repo.get_setting(fever.SETTINGS_KEY)
        default = stored in (None, "") or fever.rules_problem(stored)
        found = repo.list(CONTACT, where={"call_for_fever": True}, limit=1)
        contact = next((c for c in found if isinstance(c, Contact)), None)
        return EmergencyInfo(shown, fever.load_rules(stored), default, contact)

    def refresh(self) -> EmergencyInfo | None:
        """Write the file from the journal as it is now, or erase it when the card is off."""
        from companion.storage.atomic import ensure_dir, write_bytes_atomic

        info = self.info()
        if info is None:
            erase_emergency_info(self._paths)
            return None
        ensure_dir(self._paths.data_dir)
        write_bytes_atomic(self._paths.emergency_file, info.to_bytes())
        return info


def _first_name(name: str, placeholder: str) -> str:
    """Only the first name goes on the locked screen ("Your child" stays whole)."""
    parts = name.split()
    return parts[0] if parts and name.strip() != placeholder else name.strip()
