"""What one exchange did, for the screens and for scripts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Refusal:
    """A file that was not applied, and why, in words for the family."""

    device: str
    file: str
    reason: str


@dataclass
class SyncReport:
    """What one exchange did: rows written out and applied, and what it refused."""

    written: int = 0
    applied: int = 0
    files_applied: int = 0
    refused: list[Refusal] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    removed_here: bool = False
