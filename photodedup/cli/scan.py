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
from photodedup.cli.early import start_decoders
from photodedup.cli.text import core, later, ntr, tr
from photodedup.core.config import ScanOptions
from photodedup.core.types import Action, ErrorKind, GroupKind, ScanResult
from photodedup.core.units import human_bytes

Finish = Callable[[int], int]  # gets the exit status while the result is still alive

# The listing's words for the core's kinds (JSON and CSV keep the English values).
GROUP_KINDS = {
    GroupKind.EXACT: later("exact"),
    GroupKind.SIMILAR: later("similar"),
    GroupKind.SHOTS: later("shots"),
}
ACTIONS = {Action.KEEP: later("keep"), Action.TRASH: later("trash")}
ERROR_KINDS = {
    ErrorKind.EMPTY: later("empty"),
    ErrorKind.TRUNCATED: later("truncated"),
    ErrorKind.UNREADABLE: later("unreadable"),
    ErrorKind.UNSUPPORTED: later("unsupported"),
    ErrorKind.TOO_LARGE: later("too_large"),
    ErrorKind.PERMISSION: later("permission_denied"),
    ErrorKind.VANISHED: later("vanished"),
    ErrorKind.UNSTABLE: later("unstable"),
    ErrorKind.CRASHED: later("decoder_crashed"),
    ErrorKind.TIMEOUT: later("decoder_timeout"),
    ErrorKind.NOT_REGULAR: later("not_a_regular_file"),
    ErrorKind.WARNING: later("warning"),
}


def summary_line(result: ScanResult) -> str:
    """E.g. '18 files: 15 photos in 2 groups, 3 errors (15 decoded, 3 from cache) in 1.2 s'."""
    s = result.stats
    text = tr(
        "{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s",
        files=ntr("%n file", "%n files", s.files_found),
        photos=ntr("%n photo", "%n photos", len(result.photos)),
        groups=ntr("%n group", "%n groups", len(result.groups)),
        errors=ntr("%n error", "%n errors", len(result.errors)),
        decoded=ntr("%n decoded", "%n decoded", s.decoded),
        cached=ntr("%n from cache", "%n from cache", s.from_cache),
        seconds=f"{s.seconds:.1f}",
    )
    return text + (tr(" - cancelled, partial result") if result.cancelled else "")


def print_groups(result: ScanResult, out: TextIO) -> None:
    """Human-readable listing of groups and errors."""
    actions = {action: tr(words) for action, words in ACTIONS.items()}
    width = max(len(words) for words in actions.values())
    for group in result.groups:
        kind = tr(GROUP_KINDS.get(group.kind, group.kind.value))
        reason = core(group.reason)
        print(
            tr("group {id} ({kind}, keeper: {reason})", id=group.id, kind=kind, reason=reason),
            file=out,
        )
        for m in group.members:
            p = result.photos[m.photo]
            size = f"{p.info.width}x{p.info.height}"
            action = actions.get(m.action, m.action.value)
            print(
                f"  {action:<{width}} {size:>11} {human_bytes(p.file.size):>9} "
                f"{p.info.format:<5} d={m.distance:<2} {shown(p.path)}",
                file=out,
            )
    for e in result.errors:
        words = tr(
            "error {kind}: {path}: {message}",
            kind=tr(ERROR_KINDS.get(e.kind, e.kind.value)),
            path=shown(e.path),
            message=core(e.message),
        )
        print(words, file=out)


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
    if not getattr(args, "dask", None):
        start_decoders(options.use_cache)  # before the scan's own imports
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
        return tr("no such folder")
    except OSError as exc:
        return tr("cannot use {error}", error=exc.strerror or exc)
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return ""
    return tr("not a folder or a photo file (a FIFO, socket or device)")


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
    written: list[object] = []  # the JSON document, alive until ``finish`` ends the process
    summary = write_results(args, result, options, kept=written)
    if summary is None:
        return EXIT_PROBLEM
    print(summary_line(result), file=summary)
    return finish(EXIT_OK) if finish is not None else EXIT_OK


def write_results(
    args: argparse.Namespace,
    result: ScanResult,
    options: ScanOptions,
    extra: Mapping[str, object] | None = None,
    kept: list[object] | None = None,
) -> TextIO | None:
    """Write the JSON (with ``extra`` fields) and CSV that ``args`` ask for, or the groups
    as text when neither; where the summary line goes (stderr when a file went to stdout),
    or None when a file could not be written (said on stderr).  ``kept`` gets the JSON
    document: a caller that ends the process with ``exit_now`` spares freeing it (~30 ms
    for 100,000 photos), as it spares freeing the result."""
    from photodedup.core import report

    try:
        if args.json:
            document = {**report.scan_document(result, options), **(extra or {})}
            report.write_json(document, args.json)
            if kept is not None:
                kept.append(document)
        if args.csv:
            report.write_csv(result, args.csv)
    except OSError as exc:
        print("photodedup: " + tr("cannot write the result: {error}", error=exc), file=sys.stderr)
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
