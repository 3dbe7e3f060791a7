"""``photodedup ignore list|clear``: the "not a duplicate" list the app keeps.

The desktop app adds to it ("Not a Duplicate"); every scan, here and in the app, keeps
the photos of one entry out of each other's groups.
"""

from __future__ import annotations

import argparse
import datetime
from typing import Any

from photodedup.cli.common import EXIT_OK, EXIT_PROBLEM, shown
from photodedup.cli.text import later, ntr, tr


def add_ignore_parser(sub: Any) -> None:
    """``ignore list`` and ``ignore clear [ID...]``."""
    ignore = sub.add_parser(
        "ignore", help=later("list or clear the photos marked 'not a duplicate'")
    )
    actions = ignore.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help=later("show each entry with its id"))
    clear = actions.add_parser("clear", help=later("forget the entries ID... (default: all)"))
    clear.add_argument("ids", nargs="*", type=int, metavar="ID")


def cmd_ignore(args: argparse.Namespace) -> int:
    """List or clear the "not a duplicate" list."""
    from photodedup.core.store.ignored import IgnoreList, IgnoreListError

    with IgnoreList() as ignored:
        if args.action == "list":
            entries = ignored.entries()
            for entry in entries:
                when = datetime.datetime.fromtimestamp(entry.added).strftime("%Y-%m-%d %H:%M")
                kind = tr("group") if entry.whole_group else tr("pair")
                print(f"{entry.id}\t{when}\t{kind}")
                for path in entry.paths:
                    print(f"\t{shown(path)}")
            if not entries:
                print(tr("Nothing is marked 'not a duplicate'."))
            return EXIT_OK
        known = {e.id for e in ignored.entries()}
        unknown = [n for n in args.ids if n not in known]
        try:
            if args.ids:
                ignored.remove([n for n in args.ids if n in known])
            else:
                ignored.clear()
        except IgnoreListError as exc:
            print("photodedup: " + tr("the list could not be changed: {error}", error=exc))
            return EXIT_PROBLEM
        forgotten = len(args.ids) - len(unknown) if args.ids else len(known)
        print(ntr("%n forgotten", "%n forgotten", forgotten))
        for number in unknown:
            print("photodedup: " + tr("no entry {number}", number=number))
        return EXIT_PROBLEM if unknown else EXIT_OK
