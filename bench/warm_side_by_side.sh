#!/usr/bin/env bash
# Warm rescans of one library by two source trees, alternately, on one shared hash cache.
#   bash bench/warm_side_by_side.sh OLD_TREE NEW_TREE LIBRARY [ROUNDS]
# The cache (and the other photodedup dirs) live in $WARM_DIR (default /tmp/warm); fill it
# first with one scan of LIBRARY by NEW_TREE.  Prints wall seconds per run, start-up and
# JSON output included.  Python runs with -P: ``-m`` would otherwise put the current
# folder first on sys.path, and run from a source tree both runs would be that tree.
set -euo pipefail
old=$(realpath "$1") new=$(realpath "$2") lib=$(realpath "$3") rounds=${4:-5}
dir=${WARM_DIR:-/tmp/warm}
python=${PYTHON:-$(dirname "$0")/../.venv/bin/python}
export PHOTODEDUP_CACHE_DIR=$dir/cache PHOTODEDUP_DATA_DIR=$dir/data
export PHOTODEDUP_CONFIG_DIR=$dir/config PHOTODEDUP_LOG_DIR=$dir/log
run() {
  local start end
  start=$(date +%s.%N)
  PYTHONPATH="$1" "$python" -P -m photodedup scan "$lib" --json "$dir/out.json" >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}
for _ in $(seq "$rounds"); do
  echo "new $(run "$new") old $(run "$old")"
done
