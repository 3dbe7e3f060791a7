#!/usr/bin/env bash
# Set up (if needed) and run every check CI runs: lint, the import contracts (Qt-free core,
# stage layers), the core's types, the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
