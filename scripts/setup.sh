#!/usr/bin/env bash
# One-time (idempotent) set-up on a fresh machine: a virtualenv in .venv with photodedup
# and its test tools, plus the few system libraries Qt needs when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test${PHOTODEDUP_EXTRAS:+,$PHOTODEDUP_EXTRAS}]"

qt_ok() {
    QT_QPA_PLATFORM=offscreen .venv/bin/python -c \
        "from PySide6.QtWidgets import QApplication; QApplication([])" >/dev/null 2>&1
}
if ! qt_ok; then
    echo "setup: installing system libraries for Qt" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
        libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
        fonts-dejavu-core >/dev/null
    qt_ok || { echo "setup: Qt still cannot start" >&2; exit 1; }
fi
