#!/usr/bin/env bash
# Regenerate resources/translations/*.ts from the GUI and CLI sources (pyside6-lupdate) and compile
# them into photodedup/gui/translations/*.qm (pyside6-lrelease). Extra args: --check, --add <lang>.
# Add a language: run this with --add <lang>, translate
# with .venv/bin/pyside6-linguist, run this again, commit the .ts and .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python packaging/make_translations.py "$@"
