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

NOTE = (
    "grouped from fingerprints alone: pairs a scan checks on the pictures were decided by "
    "the fingerprints (pixels not checked)"
)


def add_group_parser(sub: Any) -> None:
    """The ``group`` subcommand."""
    group = sub.add_parser(
        "group", help="group the fingerprints of Parquet files (no access to the photos needed)"
    )
    group.add_argument("files", nargs="+", metavar="FILE.parquet")
    group.add_argument("--json", metavar="FILE", help="write the result as JSON ('-': stdout)")
    group.add_argument("--csv", metavar="FILE", help="write one row per group member")
    add_threshold_option(group)
    group.add_argument(
        "--rotations", action="store_true", help="also find mirrored and turned copies"
    )
    group.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help="read paths starting with OLD as starting with NEW (repeatable)",
    )


def cmd_group(args: argparse.Namespace) -> int:
    """Run ``photodedup group``."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        print(
            "photodedup: Parquet needs pyarrow: pip install 'photodedup[cluster]'", file=sys.stderr
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
        print(f"photodedup: cannot read the fingerprints: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    result = bulk.result
    options = ScanOptions(roots=tuple(bulk.roots), threshold=args.threshold)
    from photodedup.cli.scan import write_results

    extra = {"pixels_checked": bulk.pixels_checked, "fingerprints": bulk.fingerprints}
    summary = write_results(args, result, options, extra)
    if summary is None:
        return EXIT_PROBLEM
    grouped = len(result.photos)
    print(
        f"{bulk.fingerprints} fingerprints: {grouped} photos in {len(result.groups)} groups, "
        f"{len(result.errors)} errors; {bulk.here} of the {grouped} grouped files found here "
        f"unchanged; {NOTE}",
        file=summary,
    )
    return EXIT_OK
