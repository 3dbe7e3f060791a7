"""Scan results as documents: versioned JSON (read back by ``photodedup apply``) and CSV.

Contract:

* ``scan_document(result, options) -> dict`` and ``write_json(doc, dest)``; the format is
  described in ``docs/cli.md`` (``"format": "photodedup-scan", "version": 1``).
* ``write_csv(result, dest)``: one row per group member.
* ``read_document(path) -> dict``: parse and validate (raises ``ReportError``).
* ``candidates_from_document(doc) -> {group id: [plan.Candidate]}``: what a (possibly
  user-edited) document asks for; ``keep`` is ``action != "trash"``.

Paths are the lossless ``str`` form; JSON escapes undecodable bytes as ``\\udcXX``
surrogates (read back exactly), CSV writes the original bytes (surrogateescape).
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import orjson

from photodedup import __version__
from photodedup.core.config import ScanOptions
from photodedup.core.types import Action, FileIdentity, Group, Photo, ScanResult

if TYPE_CHECKING:  # plan (and trash) are only needed by ``apply``, not by ``scan``
    from photodedup.core.plan import Candidate

FORMAT = "photodedup-scan"
VERSION = 1
IDENTITY_FIELDS = ("dev", "ino", "size", "mtime_ns", "ctime_ns")
CSV_COLUMNS = (
    "group",
    "kind",
    "path",
    "width",
    "height",
    "bytes",
    "format",
    "distance",
    "action",
    "protected",
    "reason",
)


_ACTION_TEXT = {action: action.value for action in Action}  # a dict hit, not enum .value


class ReportError(ValueError):
    """A document that is not a valid photodedup scan result."""


def _member(photo: Photo, distance: int, action: Action) -> dict[str, Any]:
    file, info, _, _ = photo  # unpacked: ~20 % faster than attribute reads, per member
    path, identity, _, protected = file
    width, height, fmt, taken, camera = info
    return {
        "path": path,
        "width": width,
        "height": height,
        "bytes": identity.size,
        "format": fmt,
        "distance": distance,
        "action": _ACTION_TEXT[action],
        "protected": protected,
        "taken": taken,
        "camera": camera,
        "identity": dict(zip(IDENTITY_FIELDS, identity, strict=True)),
    }


def _group(result: ScanResult, group: Group) -> dict[str, Any]:
    members = [_member(result.photos[m.photo], m.distance, m.action) for m in group.members]
    return {"id": group.id, "kind": group.kind.value, "reason": group.reason, "members": members}


def scan_document(result: ScanResult, options: ScanOptions) -> dict[str, Any]:
    """The JSON-ready document of one scan."""
    stats = result.stats
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"photodedup {__version__}",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "roots": list(options.roots),
        "reference_roots": list(options.reference_roots),
        "threshold": result.threshold,
        "cancelled": result.cancelled,
        "stats": {
            "files_found": stats.files_found,
            "photos": len(result.photos),
            "groups": len(result.groups),
            "from_cache": stats.from_cache,
            "decoded": stats.decoded,
            "errors": stats.errors,
            "seconds": round(stats.seconds, 3),
        },
        "groups": [_group(result, g) for g in result.groups],
        "errors": [
            {"path": e.path, "kind": e.kind.value, "reason": e.message} for e in result.errors
        ],
    }


@contextlib.contextmanager
def _output(dest: str | Path, newline: str | None = None) -> Iterator[IO[str]]:
    """A text stream to ``dest``; ``"-"`` is stdout (flushed, not closed)."""
    if str(dest) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(dest, "w", encoding="utf-8", errors="surrogateescape", newline=newline) as out:
        yield out


def write_json(doc: dict[str, Any], dest: str | Path) -> None:
    """Write ``doc`` as JSON to a file, or to stdout for ``"-"``: one top-level key per
    line and one group (or error) per line (:func:`dumps_item_per_line`)."""
    text = dumps_item_per_line(doc)
    with _output(dest) as out:
        out.write(text + "\n")


def dumps_item_per_line(doc: dict[str, Any]) -> str:
    """JSON of a document: each top-level value on its key's line, except lists, whose
    items each get a line of their own (readable, greppable, and fast: 7,000 groups of a
    100,000-photo library in ~35 ms with orjson, ~0.18 s with json's C encoder)."""
    lines = []
    for key, value in doc.items():
        head = f"  {_dumps(key)}: "
        if isinstance(value, list) and value:
            items = ",\n".join(["    " + _dumps(v) for v in value])
            lines.append(f"{head}[\n{items}\n  ]")
        else:
            lines.append(head + _dumps(value))
    return "{\n" + ",\n".join(lines) + "\n}" if lines else "{}"


def _dumps(value: Any) -> str:
    """Compact JSON of one value (UTF-8 text); paths that are not valid UTF-8 (``str``
    with lone surrogates, which orjson refuses) go through json as ``\\udcXX`` escapes."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=True)


def csv_rows(result: ScanResult) -> Iterator[dict[str, Any]]:
    """One dict per group member, keys ``CSV_COLUMNS``."""
    for group in result.groups:
        for m in group.members:
            photo = result.photos[m.photo]
            yield {
                "group": group.id,
                "kind": group.kind.value,
                "path": photo.path,
                "width": photo.info.width,
                "height": photo.info.height,
                "bytes": photo.file.size,
                "format": photo.info.format,
                "distance": m.distance,
                "action": m.action.value,
                "protected": int(photo.file.protected),
                "reason": group.reason if m.photo == group.keeper else "",
            }


def write_csv(result: ScanResult, dest: str | Path) -> None:
    """Write one CSV row per group member (header ``CSV_COLUMNS``)."""
    with _output(dest, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_rows(result))


def read_document(path: str | Path) -> dict[str, Any]:
    """Load and validate a scan document (``ReportError`` says what is wrong)."""
    try:
        text = sys.stdin.read() if str(path) == "-" else Path(path).read_text(encoding="utf-8")
        doc = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"cannot read {path}: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ReportError(f"{path} is not a photodedup scan result")
    if doc.get("version") != VERSION:
        raise ReportError(f"{path} has format version {doc.get('version')!r}; expected {VERSION}")
    groups = doc.get("groups")
    if not isinstance(groups, list):
        raise ReportError(f"{path}: 'groups' must be a list")
    for group in groups:
        _check_group(group)
    return doc


def _check_group(group: Any) -> None:
    if not isinstance(group, dict) or not isinstance(group.get("id"), int):
        raise ReportError(f"bad group entry: {str(group)[:80]}")
    members = group.get("members")
    if not isinstance(members, list):
        raise ReportError(f"group {group['id']}: 'members' must be a list")
    for member in members:
        ident = member.get("identity") if isinstance(member, dict) else None
        if (
            not isinstance(ident, dict)
            or not isinstance(member.get("path"), str)
            or member.get("action") not in (Action.KEEP.value, Action.TRASH.value)
            or not all(isinstance(ident.get(k), int) for k in IDENTITY_FIELDS)
        ):
            raise ReportError(f"group {group['id']}: bad member {str(member)[:120]}")


def _under(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots)


def candidates_from_document(doc: dict[str, Any]) -> dict[int, list[Candidate]]:
    """Plan candidates per group id from a validated document.

    A member is protected when the document says so or when it lies under one of the
    document's ``reference_roots`` (an edited ``"protected": false`` does not unprotect).
    """
    from photodedup.core.plan import Candidate

    refs = [r for r in doc.get("reference_roots") or [] if isinstance(r, str)]
    out: dict[int, list[Candidate]] = {}
    for group in doc["groups"]:
        members = out.setdefault(group["id"], [])
        for m in group["members"]:
            identity = FileIdentity(**{k: m["identity"][k] for k in IDENTITY_FIELDS})
            keep = m["action"] != Action.TRASH.value
            protected = bool(m.get("protected", False)) or _under(m["path"], refs)
            members.append(Candidate(m["path"], identity, keep, protected))
    return out
