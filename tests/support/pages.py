"""Read every page of an encrypted journal file as plain bytes, free pages included.

SQLCipher 4 with a raw key: each 4096-byte page is AES-256-CBC under the key, its IV in the
16 bytes after the data, then a 64-byte HMAC; page 1 starts with a 16-byte salt. A test can
then say "no page holds this" about the bytes on disk, not only about what SQL still shows.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16


def plain_pages(path: Path, key: bytes) -> bytes:
    """Every page of ``path`` decrypted and joined (a WAL must be checkpointed first)."""
    raw = path.read_bytes()
    out = bytearray()
    for start in range(0, len(raw) - PAGE + 1, PAGE):
        page = raw[start : start + PAGE]
        first = SALT if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[first : PAGE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)
