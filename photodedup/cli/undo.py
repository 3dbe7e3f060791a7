"""``photodedup undo``: restore the files of the last clean-up from the trash."""

from __future__ import annotations

import argparse

from photodedup.cli.common import EXIT_OK, EXIT_PROBLEM, TerminalProgress, shown


def cmd_undo(_args: argparse.Namespace) -> int:
    """Restore the files of the last clean-up."""
    from photodedup.core.cleanup import journal

    bar = TerminalProgress()
    try:
        outcomes = journal.undo_last(progress=bar)
    finally:
        bar.close()
    if not outcomes:
        print("Nothing to undo.")
        return EXIT_OK
    for outcome in outcomes:
        if outcome.restored:
            print(f"restored {shown(outcome.path)}")
        else:
            print(f"not restored {shown(outcome.path)}: {outcome.reason}")
    failed = sum(not o.restored for o in outcomes)
    print(f"{len(outcomes) - failed} restored, {failed} not restored")
    return EXIT_PROBLEM if failed else EXIT_OK
