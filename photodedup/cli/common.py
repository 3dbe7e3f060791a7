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

from photodedup import i18n
from photodedup.cli.text import later, tr
from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD, ScanOptions
from photodedup.core.discover.walker import normalise_root
from photodedup.core.progress import (
    STAGE_DISCOVER,
    STAGE_GROUP,
    STAGE_HASH,
    STAGE_RESTORE,
    STAGE_TRASH,
    CancelToken,
    Progress,
    throttled,
)
from photodedup.core.types import display_path
from photodedup.i18n import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PROGRESS = "progress"  # the translations' context of the progress line's stage names
STAGES = {
    STAGE_DISCOVER: QT_TRANSLATE_NOOP("progress", "discover"),
    STAGE_HASH: QT_TRANSLATE_NOOP("progress", "hash"),
    STAGE_GROUP: QT_TRANSLATE_NOOP("progress", "group"),
    STAGE_TRASH: QT_TRANSLATE_NOOP("progress", "trash"),
    STAGE_RESTORE: QT_TRANSLATE_NOOP("progress", "restore"),
}


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
        label = f"{self._stage(event.stage)} {count}{pct} "
        room = max(0, self.width - len(label))
        current = display_path(event.current)
        tail = current if len(current) <= room else "…" + current[-(room - 1) :] if room else ""
        line = (label + tail).ljust(self.shown)
        self.shown = len(label + tail)
        self.stream.write("\r" + line)
        self.stream.flush()

    def _stage(self, stage: str) -> str:
        """The stage's name in the user's language (English until a translation is asked)."""
        return i18n.for_environment().text(PROGRESS, STAGES.get(stage, stage)) or stage

    def close(self) -> None:
        """Erase the progress line."""
        if self.enabled and self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


def _threshold(text: str) -> int:
    value = int(text)
    if not 0 <= value <= MAX_THRESHOLD:
        raise argparse.ArgumentTypeError(
            tr("must be between 0 and {maximum}", maximum=MAX_THRESHOLD)
        )
    return value


def add_threshold_option(parser: argparse.ArgumentParser) -> None:
    """``--threshold N`` (scan, find, group)."""
    parser.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD,
        metavar="N",
        help=later(
            "largest distance between copies (mean of hash and thumbnail distance), "
            "0-{maximum} (default {default})",
            maximum=MAX_THRESHOLD,
            default=DEFAULT_THRESHOLD,
        ),
    )


def add_scan_options(parser: argparse.ArgumentParser) -> None:
    add_threshold_option(parser)
    parser.add_argument(
        "--reference",
        action="append",
        default=[],
        metavar="DIR",
        help=later("also scan DIR, but never trash its files (repeatable)"),
    )
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="GLOB", help=later("skip matching paths")
    )
    parser.add_argument(
        "--min-size", type=int, default=1, metavar="BYTES", help=later("skip smaller files")
    )
    parser.add_argument(
        "--workers", type=int, default=0, help=later("decoder processes (0: per core)")
    )
    parser.add_argument(
        "--no-cache", action="store_true", help=later("neither read nor write the cache")
    )
    parser.add_argument(
        "--rotations",
        action="store_true",
        help=later("also find mirrored and 90/180/270-degree turned copies (no EXIF tag)"),
    )


def path_map(items: Sequence[str]) -> list[tuple[str, str]] | None:
    """``--map OLD=NEW`` items as (old, new) prefixes; None (after a message on stderr)
    when one is malformed."""
    pairs = []
    for item in items:
        old, sep, new = item.partition("=")
        if not sep or not old or not new:
            print(
                "photodedup: " + tr("--map wants OLD=NEW, not {item}", item=shown(item)),
                file=sys.stderr,
            )
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
