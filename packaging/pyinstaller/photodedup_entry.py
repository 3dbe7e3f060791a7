"""Entry point of the frozen app: no arguments opens the GUI, a subcommand runs the CLI."""

from __future__ import annotations

import multiprocessing
import sys

from photodedup.__main__ import main

if __name__ == "__main__":
    # Decoder worker processes re-run this executable; freeze_support routes them.
    multiprocessing.freeze_support()
    sys.exit(main())
