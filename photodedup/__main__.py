"""Entry point: no arguments opens the GUI, a subcommand runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None, *, exit_when_done: bool = False) -> int:
    """Dispatch to the CLI when arguments are given, else start the GUI.

    ``exit_when_done``: see :func:`photodedup.cli.dispatch.main` (the console script sets it).
    """
    if getattr(sys, "frozen", False):  # frozen builds re-run this executable for decoder workers
        import multiprocessing  # not imported otherwise: a warm scan starts no worker

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    if args:
        from photodedup.cli.dispatch import main as cli_main

        return cli_main(args, exit_when_done=exit_when_done)
    from photodedup.gui.app import main as gui_main

    return gui_main([])


def run() -> None:
    """The ``photodedup`` console script and ``python -m photodedup``."""
    sys.exit(main(exit_when_done=True))


if __name__ == "__main__":
    run()
