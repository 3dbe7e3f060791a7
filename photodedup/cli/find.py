"""``photodedup find IMAGE [ROOT...]``: is this image already in my library?"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from photodedup.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    TerminalProgress,
    scan_options,
    shown,
)
from photodedup.cli.text import core, ntr, tr
from photodedup.core.group.query import Match, find_matches
from photodedup.core.types import FileIdentity, Photo, PhotoFile, ScanError


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
        words = ntr(
            "%n cached photo changed or vanished since it was hashed and is not searched; "
            "give ROOT folders to scan it again",
            "%n cached photos changed or vanished since they were hashed and are not searched; "
            "give ROOT folders to scan them again",
            stale,
        )
        print("photodedup: " + words, file=sys.stderr)
    return current


def _unchanged(file: PhotoFile) -> bool:
    try:
        return FileIdentity.from_stat(os.lstat(file.path)) == file.identity
    except OSError:
        return False


def cmd_find(args: argparse.Namespace) -> int:
    """List library photos that are near-duplicates of IMAGE; exit 1 when there are none."""
    missing = [p for p in [args.image, *args.roots] if not Path(p).exists()]
    if missing:
        words = tr("no such file or folder: {path}", path=shown(missing[0]))
        print("photodedup: " + words, file=sys.stderr)
        return EXIT_USAGE
    query = _fingerprint_query(str(Path(args.image).absolute()), args)
    if isinstance(query, ScanError):
        words = tr(
            "cannot read {path}: {problem}", path=shown(query.path), problem=core(query.message)
        )
        print("photodedup: " + words, file=sys.stderr)
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
        words = ntr(
            "No near-duplicate of {path} among %n photo.",
            "No near-duplicate of {path} among %n photos.",
            len(library),
            path=shown(query.path),
        )
        print(words)
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
