"""Entry point: no arguments (or only folders) opens the GUI, a subcommand runs headless."""

from __future__ import annotations

import sys

from photodedup.core.decode.numeric import one_numeric_thread


def main(argv: list[str] | None = None, *, exit_when_done: bool = False) -> int:
    """Dispatch to the CLI when arguments are given, else start the GUI.

    ``photodedup ~/Pictures``: arguments that are all existing folders (and none of them a
    subcommand's name) open the GUI with those folders added.

    ``exit_when_done``: see :func:`photodedup.cli.dispatch.main` (the console script sets it).
    """
    if getattr(sys, "frozen", False):  # frozen builds re-run this executable for decoder workers
        import multiprocessing  # not imported otherwise: a warm scan starts no worker

        multiprocessing.freeze_support()
    one_numeric_thread()  # before numpy loads: its BLAS threads would only spin
    args = sys.argv[1:] if argv is None else argv
    if args and not opens_gui(args):
        from photodedup.cli.early import start_for_command_line

        start_for_command_line(args)  # before the CLI's imports (~45 ms)
        from photodedup.cli.dispatch import main as cli_main

        return cli_main(args, exit_when_done=exit_when_done)
    from photodedup.gui.app import main as gui_main

    return gui_main(args)


SUBCOMMANDS = frozenset({"scan", "apply", "find", "undo", "cache", "group", "ignore"})


def opens_gui(args: list[str]) -> bool:
    """True when every argument is an existing folder that is not a subcommand's name
    (a folder named ``scan`` in the current directory still runs ``photodedup scan``)."""
    from pathlib import Path

    return bool(args) and all(a not in SUBCOMMANDS and Path(a).is_dir() for a in args)


def run() -> None:
    """The ``photodedup`` console script and ``python -m photodedup``."""
    sys.exit(main(exit_when_done=True))


if __name__ == "__main__":
    run()
