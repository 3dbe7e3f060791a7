"""The command line (``photodedup scan | apply | find | undo``): :mod:`.main` parses and
dispatches, one module per subcommand, :mod:`.common` what they share."""

from __future__ import annotations


def main(argv: list[str] | None = None, *, exit_when_done: bool = False) -> int:
    """Run the command line (see :func:`photodedup.cli.dispatch.main`)."""
    from photodedup.cli.dispatch import main as run

    return run(argv, exit_when_done=exit_when_done)
