#!/usr/bin/env bash
# One-time (idempotent) set-up on a fresh machine: a virtualenv in .venv with photodedup
# and its test tools, plus the few system libraries Qt needs when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
# Every run reinstalls: the editable install rebuilds the C extension of the grouping
# (photodedup/core/group/_kernels*.so, in place) whenever its C files are newer than it.
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test${PHOTODEDUP_EXTRAS:+,$PHOTODEDUP_EXTRAS}]"
.venv/bin/python -c "from photodedup.core.group import native; assert native.COMPILED" 2>/dev/null \
    || echo "setup: the C extension was not built (no C compiler?): numpy fallback" >&2

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
APT_UPDATED=""
apt_install() {
    [ -n "$APT_UPDATED" ] || { $SUDO apt-get update -qq; APT_UPDATED=1; }
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

qt_ok() {
    QT_QPA_PLATFORM=offscreen .venv/bin/python -c \
        "from PySide6.QtWidgets import QApplication; QApplication([])" >/dev/null 2>&1
}
if ! qt_ok; then
    echo "setup: installing system libraries for Qt" >&2
    apt_install libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
        libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
        fonts-dejavu-core
    qt_ok || { echo "setup: Qt still cannot start" >&2; exit 1; }
fi

# Validators for the desktop entry and AppStream metainfo (tests/test_packaging.py).
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
    echo "setup: installing desktop-file-utils and appstream" >&2
    apt_install desktop-file-utils appstream
fi
