"""Command-line interface over the core (placeholder until the CLI lands)."""

from __future__ import annotations

import argparse

from photodedup import __version__


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(prog="photodedup")
    parser.add_argument("--version", action="version", version=f"photodedup {__version__}")
    parser.parse_args(argv)
    return 0
