#!/usr/bin/env bash
# Build the one-folder PyInstaller app into dist/photodedup/ and smoke-test it (Linux, and
# macOS, where dist/<APP_DISPLAY_NAME>.app is built too; Windows: packaging/build_app.ps1).
#   bash packaging/build_app.sh            # build (reusing PyInstaller's cache) + smoke test
#   CLEAN=1 bash packaging/build_app.sh    # from scratch
#   SKIP_SMOKE=1 bash packaging/build_app.sh
#   PHOTODEDUP_OPENCV=pypi bash packaging/build_app.sh   # with the PyPI OpenCV wheel (+170 MiB)
# The build uses its own virtualenv (build/venv, override with PHOTODEDUP_BUILD_VENV) with
# photodedup's runtime dependencies and PyInstaller (`pip install .[packaging]`), and a
# minimal OpenCV wheel built from the opencv-python-headless sdist on first use (tens of
# minutes; kept in build/opencv/, see packaging/opencv_minimal.py; OPENCV_JOBS: parallel
# compile jobs, default: every core).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${PHOTODEDUP_BUILD_VENV:-build/venv}

if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
fi
OPENCV=${PHOTODEDUP_OPENCV:-minimal}
if [ "$OPENCV" = minimal ]; then
    # Installed before photodedup's dependencies, which it then satisfies (same name and version).
    wheel=$("$VENV/bin/python" packaging/opencv_minimal.py --build-dir build/opencv \
        --jobs "${OPENCV_JOBS:-$(getconf _NPROCESSORS_ONLN)}")
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
        --force-reinstall "$wheel"
elif [ "$OPENCV" = pypi ]; then  # replaced by the PyPI wheel in the next step
    "$VENV/bin/python" -m pip uninstall -q -y opencv-python-headless 2>/dev/null || true
else
    echo "PHOTODEDUP_OPENCV must be 'minimal' or 'pypi', not '$OPENCV'" >&2
    exit 2
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check ".[packaging]"
# Everything photodedup calls in cv2 is there and works (and it is the minimal build).
"$VENV/bin/python" packaging/check_cv2.py $([ "$OPENCV" = minimal ] && echo --minimal)

# Generated assets must be current before they are bundled.
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" packaging/make_icons.py >/dev/null
"$VENV/bin/python" packaging/make_metadata.py --check

clean_flag=()
[ -n "${CLEAN:-}" ] && clean_flag=(--clean)
"$VENV/bin/pyinstaller" --noconfirm "${clean_flag[@]}" --log-level WARN \
    --workpath build/pyinstaller --distpath dist packaging/pyinstaller/photodedup.spec

echo "built: dist/photodedup ($(du -sh dist/photodedup | cut -f1))"
# Package data must be in the bundle where importlib.resources finds it.
for data in photodedup/gui/icons/*.png photodedup/gui/icons/*.svg photodedup/gui/translations/*.qm; do
    [ -f "dist/photodedup/_internal/$data" ] || { echo "missing in the bundle: $data" >&2; exit 1; }
done
# The grouping's C extension (without it the app would fall back to slower numpy loops).
compgen -G "dist/photodedup/_internal/photodedup/core/group/_kernels*" >/dev/null \
    || { echo "missing in the bundle: the C extension photodedup.core.group._kernels" >&2; exit 1; }
BINARY=dist/photodedup/photodedup
if [ "$(uname -s)" = Darwin ]; then  # the .app's own executable is what users run
    APP_NAME=$("$VENV/bin/python" -c "from photodedup import APP_DISPLAY_NAME as n; print(n)")
    BINARY="dist/$APP_NAME.app/Contents/MacOS/photodedup"
    [ -x "$BINARY" ] || { echo "missing: $BINARY" >&2; exit 1; }
    # pyobjc's Foundation moves files to the Trash (hidden import: platform_imports.py).
    for lib in "_objc*.so" "_Foundation*.so"; do
        [ -n "$(find dist/photodedup/_internal -name "$lib" -print -quit)" ] \
            || { echo "missing in the bundle: $lib (pyobjc)" >&2; exit 1; }
    done
fi
if [ -z "${SKIP_SMOKE:-}" ]; then
    "$VENV/bin/python" packaging/smoke_test.py "$BINARY"
fi
