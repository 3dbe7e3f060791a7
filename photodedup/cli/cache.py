"""``photodedup cache export | import``: the hash cache to and from Parquet.

A cluster job (``photodedup scan --dask`` on another machine, or any engine mapping
:func:`photodedup.core.decode.single.fingerprint_record`) writes fingerprints; a desktop
imports them and its next scan reads them from the cache.  Needs ``photodedup[cluster]``
(pyarrow).  See docs/scale.md.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from photodedup.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, path_map, shown
from photodedup.cli.text import later, ntr, tr


def add_cache_parser(sub: Any) -> None:
    """The ``cache`` subcommand and its ``export`` / ``import`` actions."""
    cache = sub.add_parser("cache", help=later("export or import fingerprints as Parquet"))
    actions = cache.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=later("write the cached fingerprints to FILE"))
    export.add_argument("file", metavar="FILE.parquet")
    export.add_argument("roots", nargs="*", metavar="ROOT", help=later("only photos under these"))
    load = actions.add_parser("import", help=later("add the fingerprints of FILEs to the cache"))
    load.add_argument("files", nargs="+", metavar="FILE.parquet")
    load.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help=later(
            "read paths starting with OLD as starting with NEW (repeatable), e.g. "
            "/mnt/archive=/Volumes/archive"
        ),
    )
    load.add_argument(
        "--no-check",
        action="store_true",
        help=later(
            "store each row's own file identity without looking at the file "
            "(default: only files found here with the same size and mtime)"
        ),
    )


def cmd_cache(args: argparse.Namespace) -> int:
    """Run ``photodedup cache export|import``."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        print(
            "photodedup: " + tr("Parquet needs pyarrow: pip install 'photodedup[cluster]'"),
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    from photodedup.core.store import parquet
    from photodedup.core.store.hashes import HashCache

    prefixes = path_map(getattr(args, "map", []))
    if prefixes is None:
        return EXIT_USAGE
    try:
        with HashCache() as cache:
            if args.action == "export":
                photos, failures = parquet.export_cache(cache, args.file, args.roots or None)
                print(
                    tr(
                        "{photos} and {failures} written to {file}",
                        photos=ntr("%n photo", "%n photos", photos),
                        failures=ntr("%n failure", "%n failures", failures),
                        file=shown(args.file),
                    )
                )
                return EXIT_OK
            totals = parquet.ImportCounts()
            for file in args.files:
                counts = parquet.import_records(
                    cache, file, path_map=prefixes, check=not args.no_check
                )
                for name, value in vars(counts).items():
                    setattr(totals, name, getattr(totals, name) + value)
    except OSError as exc:
        print(f"photodedup: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(
        tr(
            "{photos} and {failures} imported; {missing}, {changed}, {skipped}",
            photos=ntr("%n photo", "%n photos", totals.photos),
            failures=ntr("%n failure", "%n failures", totals.failures),
            missing=ntr("%n not found here", "%n not found here", totals.missing),
            changed=ntr("%n changed since", "%n changed since", totals.changed),
            skipped=ntr("%n skipped", "%n skipped", totals.skipped),
        )
    )
    return EXIT_OK
