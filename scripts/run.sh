#!/usr/bin/env bash
# Set up (if needed) and start photodedup. No arguments: the desktop app.
# With arguments: the command line, e.g. `bash scripts/run.sh scan ~/Pictures --json -`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/photodedup "$@"
