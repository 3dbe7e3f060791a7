"""Which implementation runs the grouping's inner loops: the C extension built with the
package (``photodedup/core/group/_kernels.c``, see setup.py) or, where it is absent (an
install without a C compiler), the numpy fallback.  Both give the same results bit for
bit (tests/core/group/test_hamming_kernels.py, test_verify_kernels.py).

``kernels`` is the extension module, or None; :data:`COMPILED` says which.  Setting
``PHOTODEDUP_NUMPY_KERNELS=1`` forces the numpy fallback (to compare or to debug).
"""

from __future__ import annotations

import os
from types import ModuleType


def _load() -> ModuleType | None:
    if os.environ.get("PHOTODEDUP_NUMPY_KERNELS", "") not in {"", "0"}:
        return None
    try:
        from photodedup.core.group import _kernels
    except ImportError:  # built without a C compiler: the numpy fallback runs
        return None
    return _kernels


kernels = _load()
COMPILED = kernels is not None


def describe() -> str:
    """The implementation in use, for logs and ``--version``-style reports."""
    if kernels is None:
        return "numpy"
    return f"C ({kernels.INSTRUCTION_SET})"
