"""What a command starts before its own imports: the decoders' fork server, when a scan
will decode everything (no hash cache yet, or none used).

The server's start-up (~0.2 s of imports) is what the first decoder waits for, so it
begins as early as the command line allows.  Light to import: the cache's path (needs
``platformdirs``) and :mod:`photodedup.core.decode.context` (``multiprocessing``).
"""

from __future__ import annotations

from collections.abc import Sequence


def start_decoders(use_cache: bool) -> None:
    """Begin the decoders' start-up now if everything will be decoded (idempotent)."""
    from photodedup.core.paths import cache_db_path

    if not use_cache or not cache_db_path().exists():
        from photodedup.core.decode.context import prepare_workers

        prepare_workers()


def start_for_command_line(args: Sequence[str]) -> None:
    """:func:`start_decoders` for a raw ``photodedup scan ...`` command line, before it is
    parsed (``--dask``: the cluster decodes; other commands: nothing)."""
    if not args or args[0] != "scan":
        return
    if any(a == "--dask" or a.startswith("--dask=") for a in args):
        return
    start_decoders(use_cache="--no-cache" not in args)
