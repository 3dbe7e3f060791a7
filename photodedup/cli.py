"""Command line: ``photodedup scan | apply | find | undo`` over the Qt-free core.

See ``docs/cli.md`` for usage, the JSON format and exit codes.  Output for people goes
to stdout, progress and warnings to stderr (the progress bar only on a terminal).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from photodedup import __version__
from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD, ScanOptions
from photodedup.core.discover.walker import normalise_root
from photodedup.core.progress import Progress
from photodedup.core.types import ScanResult, display_path
from photodedup.core.units import human_bytes

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def shown(path: str) -> str:
    """A path for a line of output: quoted with escapes when it holds a newline, a tab or
    another control character (one file, one line), else as it is (undecodable bytes
    shown as U+FFFD)."""
    text = display_path(path)
    if text.startswith('"') or any(ch < " " or "\x7f" <= ch <= "\x9f" for ch in text):
        return json.dumps(text, ensure_ascii=False)
    return text


class TerminalProgress:
    """A one-line progress display on a terminal stream (a no-op elsewhere)."""

    def __init__(self, stream: TextIO | None = None, width: int = 100) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.width = width
        self.shown = 0

    def __call__(self, event: Progress) -> None:
        if not self.enabled:
            return
        count = f"{event.done}/{event.total}" if event.total else f"{event.done}"
        pct = f" {100 * event.done // event.total:3d}%" if event.total else ""
        label = f"{event.stage} {count}{pct} "
        room = max(0, self.width - len(label))
        current = display_path(event.current)
        tail = current if len(current) <= room else "…" + current[-(room - 1) :] if room else ""
        line = (label + tail).ljust(self.shown)
        self.shown = len(label + tail)
        self.stream.write("\r" + line)
        self.stream.flush()

    def close(self) -> None:
        """Erase the progress line."""
        if self.enabled and self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


def _threshold(text: str) -> int:
    value = int(text)
    if not 0 <= value <= MAX_THRESHOLD:
        raise argparse.ArgumentTypeError(f"must be between 0 and {MAX_THRESHOLD}")
    return value


def _add_scan_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD,
        metavar="N",
        help=f"largest distance between copies (mean of hash and thumbnail distance), "
        f"0-{MAX_THRESHOLD} "
        f"(default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--reference",
        action="append",
        default=[],
        metavar="DIR",
        help="also scan DIR, but never trash its files (repeatable)",
    )
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="GLOB", help="skip matching paths"
    )
    parser.add_argument("--min-size", type=int, default=1, metavar="BYTES")
    parser.add_argument("--workers", type=int, default=0, help="decoder processes (0: per core)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    parser.add_argument(
        "--rotations",
        action="store_true",
        help="also find mirrored and 90/180/270-degree turned copies (no EXIF tag)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="photodedup", description="Find near-duplicate photos and clean them up safely."
    )
    parser.add_argument("--version", action="version", version=f"photodedup {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    scan = sub.add_parser("scan", help="find groups of near-duplicate photos")
    scan.add_argument("roots", nargs="+", metavar="ROOT")
    scan.add_argument("--json", metavar="FILE", help="write the result as JSON ('-': stdout)")
    scan.add_argument("--csv", metavar="FILE", help="write one row per group member")
    scan.add_argument(
        "--trash-lower-resolution",
        action="store_true",
        help="suggest 'trash' for every copy with fewer pixels than its keeper "
        "(default: only byte-identical copies)",
    )
    _add_scan_options(scan)
    apply = sub.add_parser("apply", help="trash the members marked 'trash' in a scan result")
    apply.add_argument("result", metavar="RESULT.json")
    apply.add_argument("--yes", action="store_true", help="really do it (default: dry run)")
    find = sub.add_parser("find", help="list library photos that are near-duplicates of IMAGE")
    find.add_argument("image", metavar="IMAGE")
    find.add_argument("roots", nargs="*", metavar="ROOT", help="scan these first")
    find.add_argument("--json", action="store_true", help="print the matches as JSON")
    _add_scan_options(find)
    sub.add_parser("undo", help="restore the files of the last clean-up from the trash")
    return parser


def scan_options(args: argparse.Namespace, roots: Sequence[str]) -> ScanOptions:
    """ScanOptions from parsed command-line arguments."""
    return ScanOptions(
        roots=tuple(normalise_root(r) for r in roots),
        reference_roots=tuple(normalise_root(r) for r in args.reference),
        excludes=tuple(args.exclude),
        min_size=max(1, args.min_size),
        threshold=args.threshold,
        workers=max(0, args.workers),
        use_cache=not args.no_cache,
        rotations=args.rotations,
    )


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


def cmd_scan(args: argparse.Namespace) -> int:
    """``photodedup scan``: group near-duplicates; writes JSON/CSV; changes nothing."""
    for root in [*args.roots, *args.reference]:
        if problem := _root_problem(root):
            print(f"photodedup: {problem}: {shown(root)}", file=sys.stderr)
            return EXIT_USAGE
    options = scan_options(args, args.roots)
    # The per-photo records are acyclic: the cyclic collector would only walk them again
    # and again (~0.3 s per 100,000 photos); it is back on when the command ends.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _scan_and_report(args, options)
    finally:
        if was_enabled:
            gc.enable()


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


def _scan_and_report(args: argparse.Namespace, options: ScanOptions) -> int:
    """Run the scan and write what the options ask for; the exit status."""
    from photodedup.core import report
    from photodedup.core.pipeline import run_scan

    bar = TerminalProgress()
    try:
        result = run_scan(options, progress=bar)
    finally:
        bar.close()
    if args.trash_lower_resolution:
        from photodedup.core.group.keepers import suggest_trash_lower_resolution

        result.groups = suggest_trash_lower_resolution(result.photos, result.groups)
    try:
        if args.json:
            report.write_json(report.scan_document(result, options), args.json)
        if args.csv:
            report.write_csv(result, args.csv)
    except OSError as exc:
        print(f"photodedup: cannot write the result: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    to_stdout = "-" in (args.json, args.csv)
    if not (args.json or args.csv):
        print_groups(result, sys.stdout)
    print(summary_line(result), file=sys.stderr if to_stdout else sys.stdout)
    if args.exit_when_done:  # before ``result`` (~1 KB a photo) is freed object by object
        exit_now(EXIT_OK)
    return EXIT_OK


def _setup_logging() -> None:
    from photodedup.logs import setup_logging

    try:
        setup_logging()
    except OSError:
        logging.basicConfig(level=logging.WARNING, format="photodedup: %(message)s")


def _action(args: argparse.Namespace) -> int:
    """``apply``, ``find`` and ``undo`` (imported on demand: ``scan`` does not need them)."""
    from photodedup import cli_actions

    handlers = {
        "apply": cli_actions.cmd_apply,
        "find": cli_actions.cmd_find,
        "undo": cli_actions.cmd_undo,
    }
    return handlers[args.command](args)


def exit_now(code: int) -> NoReturn:
    """End the process at once: flush the output and the logs, skip the interpreter's
    tear-down (freeing a large scan's records one by one: ~0.1 s per 100,000 photos)."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None, *, exit_when_done: bool = False) -> int:
    """Run the command line; returns the exit code.

    ``exit_when_done`` (the console script): a successful ``scan`` ends the process with
    :func:`exit_now` once its output is written, instead of returning.
    """
    args = build_parser().parse_args(argv)
    args.exit_when_done = exit_when_done
    _setup_logging()
    commands = {"scan": cmd_scan, "apply": _action, "find": _action, "undo": _action}
    try:
        return commands[args.command](args)
    except KeyboardInterrupt:
        with contextlib.suppress(OSError):
            print("\nphotodedup: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `photodedup scan DIR | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEM
