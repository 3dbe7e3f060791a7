"""``photodedup undo``: restore the files of the last clean-up from the trash."""

from __future__ import annotations

import argparse

from photodedup.cli.common import EXIT_OK, EXIT_PROBLEM, TerminalProgress, shown
from photodedup.cli.text import core, ntr, tr


def cmd_undo(_args: argparse.Namespace) -> int:
    """Restore the files of the last clean-up."""
    from photodedup.core.cleanup import journal

    bar = TerminalProgress()
    try:
        outcomes = journal.undo_last(progress=bar)
    finally:
        bar.close()
    if not outcomes:
        print(tr("Nothing to undo."))
        return EXIT_OK
    for outcome in outcomes:
        if outcome.restored:
            print(tr("restored {path}", path=shown(outcome.path)))
        else:
            path, reason = shown(outcome.path), core(outcome.reason)
            print(tr("not restored {path}: {reason}", path=path, reason=reason))
    failed = sum(not o.restored for o in outcomes)
    restored = ntr("%n restored", "%n restored", len(outcomes) - failed)
    not_restored = ntr("%n not restored", "%n not restored", failed)
    print(tr("{restored}, {not_restored}", restored=restored, not_restored=not_restored))
    return EXIT_PROBLEM if failed else EXIT_OK
