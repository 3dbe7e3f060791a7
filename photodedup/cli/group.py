"""``photodedup group FILE.parquet...``: group fingerprints made elsewhere, without the files.

The grouping half of ``scan``: the fingerprints come from Parquet files (a cluster job,
``photodedup cache export``) instead of decoding, and pairs are decided by the
fingerprints alone.  Output as ``scan``'s (listing, ``--json``, ``--csv``); the JSON says
``"pixels_checked": false``.  Needs ``photodedup[cluster]`` (pyarrow).  See docs/scale.md.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from photodedup.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    add_threshold_option,
    path_map,
)
from photodedup.cli.text import later, ntr, tr

NOTE = later(
    "grouped from fingerprints alone: pairs a scan checks on the pictures were decided by "
    "the fingerprints (pixels not checked)"
)


def add_group_parser(sub: Any) -> None:
    """The ``group`` subcommand."""
    group = sub.add_parser(
        "group",
        help=later("group the fingerprints of Parquet files (no access to the photos needed)"),
    )
    group.add_argument("files", nargs="+", metavar="FILE.parquet")
    group.add_argument(
        "--json", metavar="FILE", help=later("write the result as JSON ('-': stdout)")
    )
    group.add_argument("--csv", metavar="FILE", help=later("write one row per group member"))
    add_threshold_option(group)
    group.add_argument(
        "--rotations", action="store_true", help=later("also find mirrored and turned copies")
    )
    group.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help=later("read paths starting with OLD as starting with NEW (repeatable)"),
    )


def cmd_group(args: argparse.Namespace) -> int:
    """Run ``photodedup group``."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        print(
            "photodedup: " + tr("Parquet needs pyarrow: pip install 'photodedup[cluster]'"),
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    from photodedup.core.config import ScanOptions
    from photodedup.core.group.bulk import group_parquet

    prefixes = path_map(args.map)
    if prefixes is None:
        return EXIT_USAGE
    try:
        bulk = group_parquet(
            args.files, args.threshold, rotations=args.rotations, path_map=prefixes
        )
    except (OSError, ValueError, KeyError) as exc:  # pyarrow's errors are ValueErrors
        print(
            "photodedup: " + tr("cannot read the fingerprints: {error}", error=exc), file=sys.stderr
        )
        return EXIT_PROBLEM
    result = bulk.result
    options = ScanOptions(roots=tuple(bulk.roots), threshold=args.threshold)
    from photodedup.cli.scan import write_results

    extra = {"pixels_checked": bulk.pixels_checked, "fingerprints": bulk.fingerprints}
    summary = write_results(args, result, options, extra)
    if summary is None:
        return EXIT_PROBLEM
    grouped = len(result.photos)
    words = tr(
        "{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}",
        fingerprints=ntr("%n fingerprint", "%n fingerprints", bulk.fingerprints),
        photos=ntr("%n photo", "%n photos", grouped),
        groups=ntr("%n group", "%n groups", len(result.groups)),
        errors=ntr("%n error", "%n errors", len(result.errors)),
        here=ntr(
            "{here} of the %n grouped file found here unchanged",
            "{here} of the %n grouped files found here unchanged",
            grouped,
            here=bulk.here,
        ),
        note=tr(NOTE),
    )
    print(words, file=summary)
    return EXIT_OK
