"""Command line: ``photodedup scan | apply | find | undo | cache | group | ignore`` over the
core.

See ``docs/cli.md`` for usage, the JSON format and exit codes.  Output for people goes
to stdout, progress and warnings to stderr (the progress bar only on a terminal).
Each subcommand lives in its own module, imported only when it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from photodedup import __version__
from photodedup.cli.cache import add_cache_parser
from photodedup.cli.common import EXIT_INTERRUPTED, EXIT_PROBLEM, add_scan_options
from photodedup.cli.group import add_group_parser
from photodedup.cli.ignore import add_ignore_parser
from photodedup.cli.text import Parser, later, tr


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of every subcommand."""
    parser = Parser(
        prog="photodedup", description=later("Find near-duplicate photos and clean them up safely.")
    )
    parser.add_argument("--version", action="version", version=f"photodedup {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    scan = sub.add_parser("scan", help=later("find groups of near-duplicate photos"))
    scan.add_argument("roots", nargs="+", metavar="ROOT")
    scan.add_argument(
        "--json", metavar="FILE", help=later("write the result as JSON ('-': stdout)")
    )
    scan.add_argument("--csv", metavar="FILE", help=later("write one row per group member"))
    scan.add_argument(
        "--trash-lower-resolution",
        action="store_true",
        help=later(
            "suggest 'trash' for every copy with fewer pixels than its keeper "
            "(default: only byte-identical copies)"
        ),
    )
    add_scan_options(scan)
    scan.add_argument(
        "--dask",
        metavar="ADDRESS",
        help=later(
            "decode on a Dask cluster: a scheduler address (tcp://HOST:8786) or local[:N] "
            "(needs photodedup[cluster]; files at the same paths on every worker)"
        ),
    )
    apply = sub.add_parser("apply", help=later("trash the members marked 'trash' in a scan result"))
    apply.add_argument("result", metavar="RESULT.json")
    apply.add_argument("--yes", action="store_true", help=later("really do it (default: dry run)"))
    apply.add_argument(
        "--move-to",
        metavar="DIR",
        help=later(
            "move the files into DIR (same drive) instead of the trash; undo brings them back"
        ),
    )
    find = sub.add_parser(
        "find", help=later("list library photos that are near-duplicates of IMAGE")
    )
    find.add_argument("image", metavar="IMAGE")
    find.add_argument("roots", nargs="*", metavar="ROOT", help=later("scan these first"))
    find.add_argument("--json", action="store_true", help=later("print the matches as JSON"))
    add_scan_options(find)
    sub.add_parser("undo", help=later("restore the files of the last clean-up from the trash"))
    add_cache_parser(sub)
    add_group_parser(sub)
    add_ignore_parser(sub)
    return parser


def _setup_logging() -> None:
    from photodedup.logs import setup_logging

    try:
        setup_logging()
    except OSError:
        logging.basicConfig(level=logging.WARNING, format="photodedup: %(message)s")


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """``apply``, ``cache``, ``find``, ``group``, ``ignore`` or ``undo``, imported when it
    runs."""
    if name == "apply":
        from photodedup.cli.apply import cmd_apply

        return cmd_apply
    if name == "cache":
        from photodedup.cli.cache import cmd_cache

        return cmd_cache
    if name == "group":
        from photodedup.cli.group import cmd_group

        return cmd_group
    if name == "ignore":
        from photodedup.cli.ignore import cmd_ignore

        return cmd_ignore
    if name == "find":
        from photodedup.cli.find import cmd_find

        return cmd_find
    from photodedup.cli.undo import cmd_undo

    return cmd_undo


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
    _setup_logging()
    try:
        if args.command == "scan":
            from photodedup.cli.scan import cmd_scan

            return cmd_scan(args, finish=exit_now if exit_when_done else None)
        return _command(args.command)(args)
    except KeyboardInterrupt:
        with contextlib.suppress(OSError):
            print("\nphotodedup: " + tr("interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `photodedup scan DIR | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEM
