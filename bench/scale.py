"""Archive-scale benchmark: decoding on Dask workers, grouping millions of fingerprints.

    .venv/bin/python -m bench.scale [--photos 200] [--fingerprints 1000000,2000000]
                                    [--only dask,group] [--stages]

* dask: ``photodedup scan --dask local:1`` and ``--dask local:2`` (a LocalCluster of one
  and of two worker processes, start-up included) next to a local scan with one and two
  decoder processes, on the camera-like 12-MP JPEGs of ``bench/speed.py`` (built under
  ``bench/_data/speed`` if missing), empty cache each time, interleaved, best of
  ``--repeat``.
* group: :mod:`bench.speedlib.scale_group` for each of ``--fingerprints`` (fresh process
  each; time of the grouping alone; peak memory while grouping, the peak reset after the
  synthetic fingerprints are made, whose own temporaries are reported apart; with
  ``--stages`` each grouping stage's rise over its start,
  :mod:`bench.speedlib.scale_memory`).

Results are printed and merged into ``bench/out/scale.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from bench.speed import DATA, MB, Report, _fresh_env, _read_all, _say, machine
from bench.speedlib import inputs, measure

OUT = measure.REPO / "bench" / "out" / "scale.json"


def _scan(folder: Path, env: dict[str, str], *extra: str) -> float:
    args = ("scan", str(folder), "--json", os.devnull, *extra)
    return measure.python("photodedup", *args, env=env).seconds


def bench_dask(count: int, repeat: int) -> Report:
    """Throughput of local and Dask scans with one and two worker processes."""
    print(f"dask: {count} camera-like 12-MP JPEGs, cold scans (start-up included)", flush=True)
    files = inputs.make_photos(DATA / f"photos{count}", count)
    folder = files[0].parent
    _read_all(files)
    contenders = {
        "local-1": ("--workers", "1"),
        "local-2": ("--workers", "2"),
        "dask-1": ("--dask", "local:1"),
        "dask-2": ("--dask", "local:2"),
    }
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeat):
        for name, extra in contenders.items():
            with tempfile.TemporaryDirectory() as tmp:
                best[name] = min(best[name], _scan(folder, _fresh_env(Path(tmp)), *extra))
    rates = {name: count / seconds for name, seconds in best.items()}
    for name, extra in contenders.items():
        figures = f"{best[name]:7.2f} s {rates[name]:6.1f} photos/s"
        _say(f"scan {' '.join(extra)}", figures)
    ratios = {
        "dask_2_over_1": rates["dask-2"] / rates["dask-1"],
        "local_2_over_1": rates["local-2"] / rates["local-1"],
        "dask_2_over_local_2": rates["dask-2"] / rates["local-2"],
    }
    _say("dask: 2 workers / 1 worker", f"{ratios['dask_2_over_1']:.2f}x")
    _say("local: 2 decoders / 1 decoder", f"{ratios['local_2_over_1']:.2f}x")
    _say("dask 2 / local 2", f"{ratios['dask_2_over_local_2']:.2f}")
    return {"photos": count, "seconds": best, "photos_per_second": rates, **ratios}


def bench_group(sizes: list[int], stages: bool = False) -> Report:
    """Grouping time and peak memory of N synthetic fingerprints, for each N."""
    out: Report = {}
    for n in sizes:
        print(f"group: {n} synthetic fingerprints (10 % near-copies)", flush=True)
        run = measure.python("bench.speedlib.scale_group", str(n), *(["--stages"] * stages))
        doc = json.loads(run.stdout.strip().splitlines()[-1])
        doc["tree_peak_rss"] = run.peak_rss
        _say("  grouping", f"{doc['seconds']:7.1f} s ({doc['groups']} groups)")
        _say("  fingerprints resident", f"{doc['fingerprints_rss'] / MB:7.0f} MB")
        _say("  peak while grouping", f"{doc['grouping_peak_rss'] / MB:7.0f} MB")
        _say("  peak while generating", f"{doc['generate_peak_rss'] / MB:7.0f} MB")
        for name, figures in doc.get("stages", {}).items():
            rise = (figures["peak"] - figures["start"]) / MB
            _say(f"    {name}", f"+{rise:6.0f} MB over its start (peak {figures['peak'] / MB:.0f})")
        out[str(n)] = doc
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the selected sections and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--fingerprints", default="1000000,2000000")
    parser.add_argument("--only", default="dask,group")
    parser.add_argument(
        "--stages", action="store_true", help="group: each grouping stage's memory too"
    )
    args = parser.parse_args(argv)
    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['date']}")
    report: Report = json.loads(OUT.read_text()) if OUT.exists() else {}
    sections = args.only.split(",")
    if "dask" in sections:
        report["dask"] = {**bench_dask(args.photos, args.repeat), "machine": info}
    if "group" in sections:
        sizes = [int(s) for s in args.fingerprints.split(",")]
        found = bench_group(sizes, args.stages)
        report["group"] = {**report.get("group", {}), **found, "machine": info}  # type: ignore[dict-item]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2))
    print(f"written {OUT.relative_to(measure.REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
