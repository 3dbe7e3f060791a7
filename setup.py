"""Build of the optional C extension ``photodedup.core.group._kernels`` (everything else is
configured in pyproject.toml).

The extension is optional: without a C compiler the install still succeeds and the
numpy fallback runs (photodedup.core.group.native says which one is in use).  The flags
keep float32 arithmetic exactly as written (no contraction into fused multiply-adds, no
fast-math): the verification kernels reproduce numpy's results bit for bit.  The module
records the sha256 of its sources, so a stale build is seen (tests/core/group/test_native.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

GROUP = "photodedup/core/group"
SOURCES = [f"{GROUP}/_kernels.c"]
HEADERS = [f"{GROUP}/_kernels_hamming.h", f"{GROUP}/_kernels_verify.h"]
_UNIX_FLAGS = ["-O3", "-ffp-contract=off", "-fno-math-errno", "-std=c11"]
_MSVC_FLAGS = ["/O2", "/fp:precise"]


def sources_sha256() -> str:
    """sha256 over the extension's C files, as an identifier-safe token (``s`` + hex)."""
    digest = hashlib.sha256()
    for name in [*SOURCES, *HEADERS]:
        digest.update(Path(__file__).parent.joinpath(name).read_bytes())
    return "s" + digest.hexdigest()


class BuildExt(build_ext):
    """build_ext with per-compiler flags (GCC/Clang or MSVC)."""

    def build_extensions(self) -> None:
        flags = _MSVC_FLAGS if self.compiler.compiler_type == "msvc" else _UNIX_FLAGS
        for ext in self.extensions:
            ext.extra_compile_args = [*flags, *ext.extra_compile_args]
        super().build_extensions()


setup(
    ext_modules=[
        Extension(
            "photodedup.core.group._kernels",
            sources=SOURCES,
            depends=HEADERS,
            define_macros=[("KERNELS_SOURCE_SHA256", sources_sha256())],
            optional=True,
        )
    ],
    cmdclass={"build_ext": BuildExt},
)
