"""What every subcommand shares: exit codes, paths shown on one line, the terminal
progress line, the scan options and Ctrl-C during a clean-up."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD, ScanOptions
from photodedup.core.discover.walker import normalise_root
from photodedup.core.progress import CancelToken, Progress, throttled
from photodedup.core.types import display_path

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
        self._throttled = throttled(self._draw)  # ~10 lines a second at most

    def __call__(self, event: Progress) -> None:
        if self.enabled:
            self._throttled(event)

    def _draw(self, event: Progress) -> None:
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


def add_threshold_option(parser: argparse.ArgumentParser) -> None:
    """``--threshold N`` (scan, find, group)."""
    parser.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD,
        metavar="N",
        help=f"largest distance between copies (mean of hash and thumbnail distance), "
        f"0-{MAX_THRESHOLD} "
        f"(default {DEFAULT_THRESHOLD})",
    )


def add_scan_options(parser: argparse.ArgumentParser) -> None:
    add_threshold_option(parser)
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


def path_map(items: Sequence[str]) -> list[tuple[str, str]] | None:
    """``--map OLD=NEW`` items as (old, new) prefixes; None (after a message on stderr)
    when one is malformed."""
    pairs = []
    for item in items:
        old, sep, new = item.partition("=")
        if not sep or not old or not new:
            print(f"photodedup: --map wants OLD=NEW, not {shown(item)}", file=sys.stderr)
            return None
        pairs.append((old, new))
    return pairs


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


@contextlib.contextmanager
def ctrl_c_cancels(token: CancelToken) -> Iterator[None]:
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
