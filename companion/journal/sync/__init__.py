"""Keeping the journal in step between the family's computers through a folder they share
(Syncthing, a network folder, a USB stick): Companion itself only reads and writes files
there, encrypted, authenticated and signed. docs/sync.md has the design."""
