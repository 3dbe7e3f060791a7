#!/usr/bin/env bash
# Set up (if needed) and start photodedup. No arguments: the desktop app.
# With arguments: the command line, e.g. `bash scripts/run.sh scan ~/Pictures --json -`.
# The set-up (pip install -e, system libraries) runs only when something it depends on
# changed since the last run: pyproject.toml, scripts/setup.sh or the Python version.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
STAMP=.venv/.photodedup-setup
wanted="$(cat pyproject.toml scripts/setup.sh | cksum) $("$PY" -V 2>&1) ${PHOTODEDUP_EXTRAS:-}"
if [ ! -x .venv/bin/photodedup ] || [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$wanted" ]; then
    bash scripts/setup.sh
    printf '%s' "$wanted" > "$STAMP"
fi
exec .venv/bin/photodedup "$@"
