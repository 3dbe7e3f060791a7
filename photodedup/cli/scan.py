"""``photodedup scan``: group near-duplicates, write JSON/CSV; changes nothing."""

from __future__ import annotations

import argparse
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

from photodedup.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    TerminalProgress,
    scan_options,
    shown,
)
from photodedup.core.config import ScanOptions
from photodedup.core.types import ScanResult
from photodedup.core.units import human_bytes

Finish = Callable[[int], int]  # gets the exit status while the result is still alive


def summary_line(result: ScanResult) -> str:
    """E.g. '18 files: 15 photos in 2 groups, 3 errors (15 decoded, 3 from cache) in 1.2 s'."""
    s = result.stats
    text = (
        f"{s.files_found} files: {len(result.photos)} photos in {len(result.groups)} groups, "
        f"{len(result.errors)} errors ({s.decoded} decoded, {s.from_cache} from cache) "
        f"in {s.seconds:.1f} s"
    )
    return text + (" - cancelled, partial result" if result.cancelled else "")


def print_groups(result: ScanResult, out: TextIO) -> None:
    """Human-readable listing of groups and errors."""
    for group in result.groups:
        print(f"group {group.id} ({group.kind.value}, keeper: {group.reason})", file=out)
        for m in group.members:
            p = result.photos[m.photo]
            size = f"{p.info.width}x{p.info.height}"
            print(
                f"  {m.action.value:<5} {size:>11} {human_bytes(p.file.size):>9} "
                f"{p.info.format:<5} d={m.distance:<2} {shown(p.path)}",
                file=out,
            )
    for e in result.errors:
        print(f"error {e.kind.value}: {shown(e.path)}: {e.message}", file=out)


def cmd_scan(args: argparse.Namespace, *, finish: Finish | None = None) -> int:
    """``photodedup scan``: group near-duplicates; writes JSON/CSV; changes nothing.

    ``finish`` gets the exit status of a successful scan once its output is written, while
    the result is alive (the console script ends the process there: freeing ~1 KB a
    photo object by object costs ~0.1 s per 100,000 photos).
    """
    for root in [*args.roots, *args.reference]:
        if problem := _root_problem(root):
            print(f"photodedup: {problem}: {shown(root)}", file=sys.stderr)
            return EXIT_USAGE
    options = scan_options(args, args.roots)
    # The per-photo records are acyclic: the cyclic collector would only walk them again
    # and again (~0.3 s per 100,000 photos); it is back on when the command ends.
    from photodedup.core.pipeline import gc_paused

    with gc_paused():
        return _scan_and_report(args, options, finish)


def _root_problem(root: str) -> str:
    """Why ``root`` cannot be scanned ("" for a folder or a regular file)."""
    try:
        mode = Path(root).stat().st_mode
    except FileNotFoundError:
        return "no such folder"
    except OSError as exc:
        return f"cannot use {exc.strerror or exc}"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return ""
    return "not a folder or a photo file (a FIFO, socket or device)"


def _scan_and_report(args: argparse.Namespace, options: ScanOptions, finish: Finish | None) -> int:
    """Run the scan and write what the options ask for; the exit status."""
    from photodedup.core.pipeline import run_scan

    bar = TerminalProgress()
    try:
        if address := getattr(args, "dask", None):
            result = _cluster_scan(options, bar, address)
        else:
            result = run_scan(options, progress=bar)
    finally:
        bar.close()
    if result is None:
        return EXIT_PROBLEM
    if args.trash_lower_resolution:
        from photodedup.core.group.keepers import suggest_trash_lower_resolution

        result.groups = suggest_trash_lower_resolution(result.photos, result.groups)
    summary = write_results(args, result, options)
    if summary is None:
        return EXIT_PROBLEM
    print(summary_line(result), file=summary)
    return finish(EXIT_OK) if finish is not None else EXIT_OK


def write_results(
    args: argparse.Namespace,
    result: ScanResult,
    options: ScanOptions,
    extra: Mapping[str, object] | None = None,
) -> TextIO | None:
    """Write the JSON (with ``extra`` fields) and CSV that ``args`` ask for, or the groups
    as text when neither; where the summary line goes (stderr when a file went to stdout),
    or None when a file could not be written (said on stderr)."""
    from photodedup.core import report

    try:
        if args.json:
            report.write_json({**report.scan_document(result, options), **(extra or {})}, args.json)
        if args.csv:
            report.write_csv(result, args.csv)
    except OSError as exc:
        print(f"photodedup: cannot write the result: {exc}", file=sys.stderr)
        return None
    if not (args.json or args.csv):
        print_groups(result, sys.stdout)
    return sys.stderr if "-" in (args.json, args.csv) else sys.stdout


def _cluster_scan(options: ScanOptions, bar: TerminalProgress, address: str) -> ScanResult | None:
    """``run_scan`` decoding on the Dask cluster at ``address`` (None: it cannot be used)."""
    from photodedup.core.decode.cluster import ClusterError, dask_decoders
    from photodedup.core.pipeline import run_scan

    try:
        return run_scan(options, progress=bar, decoders=dask_decoders(address))
    except ClusterError as exc:
        bar.close()
        print(f"photodedup: {exc}", file=sys.stderr)
        return None
