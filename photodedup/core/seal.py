"""Seals: what makes a scan result's members checkable by ``photodedup apply``.

Each member of a written result carries a *seal*, an HMAC-SHA256 (truncated to 32 hex
digits) keyed by a per-user secret in photodedup's data folder (``SEAL_KEY``, made 0600 on
first use), over the scan's roots, the group's id and kind, the member's path, identity,
content key, protection and sidecars, NUL-separated.  Only ``action`` may be edited
without breaking it.  The recipe is pinned by a test: seals written by earlier versions
must keep verifying.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from typing import Any

from photodedup.core import paths
from photodedup.core.types import Photo

SEAL_KEY = "result-seal.key"
IDENTITY_FIELDS = ("dev", "ino", "size", "mtime_ns", "ctime_ns")  # FileIdentity's order
_BLOCK = 64  # SHA-256's block size in bytes


def seal_key(*, create: bool) -> bytes | None:
    """The per-user secret that seals results (created 0600 on first use), else None."""
    path = paths.data_dir() / SEAL_KEY
    for _ in range(2):
        try:
            key = path.read_bytes()
            return key if len(key) >= 16 else None
        except FileNotFoundError:
            if not create:
                return None
        except OSError:
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue  # another process made it: read it
        except OSError:
            return None
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(32))
            out.flush()
            os.fsync(out.fileno())
    return None


def _padded_hashes(key: bytes) -> tuple[hashlib._Hash, hashlib._Hash]:
    """SHA-256 states after the inner and the outer padded key of HMAC (RFC 2104), copied
    per seal: the same MAC as ``hmac.new(key, text, "sha256")`` in two C-level copies,
    without the ``hmac`` module's Python wrapper around each (~0.4 us a seal of 35,000)."""
    if len(key) > _BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))
    return inner, outer


class Sealer:
    """HMACs over what the scan listed; only ``action`` stays editable."""

    def __init__(self, key: bytes | None, roots: Any, reference_roots: Any) -> None:
        self.key = key
        self.scope = json.dumps([roots, reference_roots], ensure_ascii=True)
        self._pads = None if key is None else _padded_hashes(key)

    def seal(self, group_id: int, kind: str, member: dict[str, Any]) -> str:
        """The seal of one member of a document ("" without a key)."""
        ident = member["identity"]
        identity = ",".join([str(ident[k]) for k in IDENTITY_FIELDS])
        flag = "1" if member.get("protected") else "0"
        fields = (str(group_id), kind, member["path"], identity, member.get("content_key", ""))
        return self._seal((*fields, flag), member.get("sidecars"))

    def seal_photo(
        self, group_id: int, kind: str, photo: Photo, sidecars: list[dict[str, Any]] | None
    ) -> str:
        """:meth:`seal` of ``photo``'s member in a group, from the scan's own records (a
        100,000-photo library has ~35,000 members: this is most of writing its result)."""
        file = photo.file
        dev, ino, size, mtime_ns, ctime_ns = file.identity  # IDENTITY_FIELDS
        identity = f"{dev},{ino},{size},{mtime_ns},{ctime_ns}"
        flag = "1" if file.protected else "0"
        return self._seal(
            (str(group_id), kind, file.path, identity, photo.content_key, flag), sidecars
        )

    def _seal(self, fields: tuple[str, ...], sidecars: list[dict[str, Any]] | None) -> str:
        """HMAC of the scope and ``fields`` (group id, kind, path, identity, content key,
        protection), then the sidecars, NUL-separated."""
        if self._pads is None:
            return ""
        text = "\0".join((self.scope, *fields))
        if sidecars:  # sealed too: an edited list is not the scan's
            text += "\0" + json.dumps(sidecars, sort_keys=True, ensure_ascii=True)
        inner_pad, outer_pad = self._pads
        inner = inner_pad.copy()
        inner.update(text.encode("utf-8", "surrogateescape"))
        outer = outer_pad.copy()
        outer.update(inner.digest())
        return outer.hexdigest()[:32]

    def verifies(self, group_id: int, kind: str, member: dict[str, Any]) -> bool:
        """True if the member's seal is the one this key gives."""
        return hmac.compare_digest(str(member.get("seal", "")), self.seal(group_id, kind, member))
