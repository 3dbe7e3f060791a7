"""One thread for the numeric libraries, asked for before numpy loads (core/config.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from photodedup.core.decode.numeric import THREAD_ENV, one_numeric_thread


def test_one_thread_unless_the_user_chose_a_number() -> None:
    environ = {"OMP_NUM_THREADS": "4"}
    one_numeric_thread(environ)
    assert environ == {**dict.fromkeys(THREAD_ENV, "1"), "OMP_NUM_THREADS": "4"}
    one_numeric_thread(environ, force=True)  # a decoder worker: one per core already
    assert environ == dict.fromkeys(THREAD_ENV, "1")


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_entry_point_asks_before_numpy_loads() -> None:
    code = """
        import os, sys
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.pop(name, None)
        import photodedup.__main__ as entry
        try:
            entry.main(["--version"])
        except SystemExit:
            pass
        print(os.environ["OPENBLAS_NUM_THREADS"], "numpy" in sys.modules)
    """
    last = _run(code).splitlines()[-1]
    assert last == "1 False"  # set, and numpy (which reads it once) not loaded yet


def test_the_decoder_pool_starts_before_numpy_loads() -> None:
    """Making a pool and starting its fork server imports no numpy: the server's imports
    and the app's own run side by side on two cores (a cold scan's first ~0.1 s)."""
    code = """
        import sys
        from photodedup.core.config import ScanOptions
        from photodedup.core.decode.pool import DecodePool
        pool = DecodePool(ScanOptions())
        print("numpy" in sys.modules, "PIL" in sys.modules)
    """
    assert _run(code) == "False False"
