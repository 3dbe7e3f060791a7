"""A worker entry point that imports nothing itself: it reports what its process had
already imported when it started (tests/core/decode/test_supervisor.py)."""

from __future__ import annotations

import os
import sys
from typing import Any

PROBED = (
    "numpy",
    "PIL.Image",
    "cv2",
    "pillow_heif",
    "photodedup.core.fingerprint",
    "photodedup.core.decode.image",
)


def report_imports(conn: Any, options: Any, memory_limit: int) -> None:
    """Send (the PROBED modules already imported, OPENBLAS_NUM_THREADS), then wait."""
    conn.recv()  # the job
    conn.send(([m for m in PROBED if m in sys.modules], os.environ.get("OPENBLAS_NUM_THREADS")))
    conn.recv()
