"""``photodedup apply``, ``find`` and ``undo`` (see ``docs/cli.md``)."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import signal
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from photodedup.cli import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    TerminalProgress,
    human_bytes,
    scan_options,
    shown,
)
from photodedup.core.cleanup.plan import TrashPlan
from photodedup.core.progress import CancelToken
from photodedup.core.types import FileIdentity, Photo, PhotoFile, ScanError


def print_plan(plan: TrashPlan) -> None:
    """What a clean-up would trash and keep, and what it refuses."""
    for group in plan.groups:
        keepers = ", ".join(shown(k.path) for k in group.keepers)
        print(f"group {group.group_id}: keep {keepers}")
        for victim in group.victims:
            print(f"  trash {shown(victim.path)}")
    for refusal in plan.refused:
        print(f"refused {shown(refusal.path)}: {refusal.reason}")


@contextlib.contextmanager
def _ctrl_c_cancels(token: CancelToken) -> Iterator[None]:
    """While trashing, Ctrl-C stops before the next file instead of killing the command."""
    try:
        previous = signal.signal(signal.SIGINT, lambda _sig, _frame: token.cancel())
    except ValueError:  # not the main thread: Ctrl-C cannot reach us anyway
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_apply(args: argparse.Namespace) -> int:
    """Trash the ``trash`` members of a (possibly edited) scan result; dry run without --yes.

    The whole document is validated before anything moves (exit 2 if it is invalid).
    """
    from photodedup.core import report
    from photodedup.core.cleanup import execute as actions
    from photodedup.core.cleanup import plan

    try:
        doc = report.read_document(args.result)
    except report.ReportError as exc:
        print(f"photodedup: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if note := report.trust_note(doc):
        print(note)
    trash_plan = plan.make_plan(report.candidates_from_document(doc))
    print_plan(trash_plan)
    size = human_bytes(trash_plan.total_bytes)
    if not args.yes:
        print(
            f"Dry run: would move {trash_plan.file_count} files ({size}) to the trash. "
            "Run again with --yes to do it."
        )
        return EXIT_OK
    token = CancelToken()
    bar = TerminalProgress()
    try:
        with _ctrl_c_cancels(token):
            outcomes = actions.execute(trash_plan, progress=bar, cancel=token)
    finally:
        bar.close()
    for outcome in outcomes:
        reason = f": {outcome.reason}" if outcome.reason else ""
        print(f"{outcome.outcome.value} {shown(outcome.path)}{reason}")
    counts = Counter(o.outcome for o in outcomes)
    print(", ".join(f"{counts[kind]} {kind.value}" for kind in actions.Outcome))
    if token.cancelled:
        moved = counts[actions.Outcome.TRASHED]
        print(
            f"photodedup: interrupted: {moved} file{'s' if moved != 1 else ''} moved to the "
            "trash before stopping (listed above); 'photodedup undo' puts them back",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return EXIT_PROBLEM if counts[actions.Outcome.FAILED] else EXIT_OK


def cmd_undo(_args: argparse.Namespace) -> int:
    """Restore the files of the last clean-up."""
    from photodedup.core.cleanup import journal

    bar = TerminalProgress()
    try:
        outcomes = journal.undo_last(progress=bar)
    finally:
        bar.close()
    if not outcomes:
        print("Nothing to undo.")
        return EXIT_OK
    for outcome in outcomes:
        if outcome.restored:
            print(f"restored {shown(outcome.path)}")
        else:
            print(f"not restored {shown(outcome.path)}: {outcome.reason}")
    failed = sum(not o.restored for o in outcomes)
    print(f"{len(outcomes) - failed} restored, {failed} not restored")
    return EXIT_PROBLEM if failed else EXIT_OK


@dataclass(frozen=True, slots=True)
class Match:
    """A library photo near the query image."""

    photo: Photo
    distance: int


def _fingerprint_query(path: str, args: argparse.Namespace) -> Photo | ScanError:
    """Decode the query image in the isolated pool (it is not added to the cache)."""
    from photodedup.core.decode.pool import DecodePool

    st = os.lstat(path)
    file = PhotoFile(path, FileIdentity.from_stat(st), root=str(Path(path).parent))
    options = dataclasses.replace(scan_options(args, ()), workers=1)  # one file
    with DecodePool(options) as pool:
        return next(iter(pool.process([file])))


def _library(args: argparse.Namespace, bar: TerminalProgress) -> list[Photo]:
    """Photos to search: a fresh scan of ROOTs, else every cached photo still unchanged."""
    from photodedup.core.pipeline import run_scan
    from photodedup.core.store.hashes import HashCache

    if args.roots:
        return run_scan(scan_options(args, args.roots), progress=bar).photos
    with HashCache() as cache:
        cached = cache.all_photos()
    current = [p for p in cached if _unchanged(p.file)]
    if len(current) < len(cached):
        stale = len(cached) - len(current)
        print(
            f"photodedup: {stale} cached photos changed or vanished since they were hashed "
            "and are not searched; give ROOT folders to scan them again",
            file=sys.stderr,
        )
    return current


def _unchanged(file: PhotoFile) -> bool:
    try:
        return FileIdentity.from_stat(os.lstat(file.path)) == file.identity
    except OSError:
        return False


def find_matches(
    query: Photo, library: list[Photo], threshold: int, *, rotations: bool = False
) -> list[Match]:
    """Library photos that are copies of ``query`` (itself excluded), nearest first, by the
    same decision as grouping."""
    from photodedup.core.group.cluster import copies_of

    own = (query.file.identity.dev, query.file.identity.ino)
    others = [p for p in library if (p.file.identity.dev, p.file.identity.ino) != own]
    found = copies_of(query, others, threshold, rotations=rotations)
    return [Match(others[position], distance) for position, distance in found]


def cmd_find(args: argparse.Namespace) -> int:
    """List library photos that are near-duplicates of IMAGE; exit 1 when there are none."""
    missing = [p for p in [args.image, *args.roots] if not Path(p).exists()]
    if missing:
        print(f"photodedup: no such file or folder: {shown(missing[0])}", file=sys.stderr)
        return EXIT_USAGE
    query = _fingerprint_query(str(Path(args.image).absolute()), args)
    if isinstance(query, ScanError):
        print(f"photodedup: cannot read {shown(query.path)}: {query.message}", file=sys.stderr)
        return EXIT_USAGE
    bar = TerminalProgress()
    try:
        library = _library(args, bar)
    finally:
        bar.close()
    matches = find_matches(query, library, args.threshold, rotations=args.rotations)
    if args.json:
        rows = [_match_row(m) for m in matches]
        json.dump({"image": query.path, "threshold": args.threshold, "matches": rows}, sys.stdout)
        print()
    for m in matches if not args.json else ():
        info = m.photo.info
        print(f"d={m.distance:<2} {info.width}x{info.height} {shown(m.photo.path)}")
    if not matches and not args.json:
        print(f"No near-duplicate of {shown(query.path)} among {len(library)} photos.")
    return EXIT_OK if matches else EXIT_PROBLEM


def _match_row(match: Match) -> dict[str, object]:
    p = match.photo
    return {
        "path": p.path,
        "distance": match.distance,
        "width": p.info.width,
        "height": p.info.height,
        "bytes": p.file.size,
        "format": p.info.format,
    }
