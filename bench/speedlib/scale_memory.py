"""Where grouping's memory goes: resident memory per stage of ``find_clusters_arrays``.

``stage_peaks()`` wraps the grouping stages (index search, candidate merge, verification,
colour checks, decisions, cores and stars) so that a sampling thread (every 5 ms) records,
for each stage, the resident memory when it starts and ends and the peak while it runs
(nested stages count in their callers too).  Used by ``bench.speedlib.scale_group
--stages``; the wrappers stay in place for the rest of the process.
"""

from __future__ import annotations

import functools
import resource
import threading
from collections.abc import Callable
from typing import Any

_SAMPLE_SECONDS = 0.005


def rss() -> int:
    """This process's resident memory, bytes."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


class StagePeaks:
    """Resident memory at the start and end of each stage, and its peak meanwhile."""

    def __init__(self) -> None:
        self.figures: dict[str, dict[str, int]] = {}
        self._open: list[str] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(_SAMPLE_SECONDS):
            now = rss()
            with self._lock:
                for name in self._open:
                    entry = self.figures[name]
                    entry["peak"] = max(entry["peak"], now)

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        """Measure ``owner.attribute`` (a function or method) as stage ``name``."""
        inner: Callable[..., Any] = getattr(owner, attribute)

        @functools.wraps(inner)
        def measured(*args: Any, **kwargs: Any) -> Any:
            start = rss()
            with self._lock:
                entry = self.figures.setdefault(name, {"calls": 0, "start": start, "peak": 0})
                entry["calls"] += 1
                entry["peak"] = max(entry["peak"], start)
                self._open.append(name)
            try:
                return inner(*args, **kwargs)
            finally:
                end = rss()
                with self._lock:
                    self._open.remove(name)
                    entry["end"] = end
                    entry["peak"] = max(entry["peak"], end)

        setattr(owner, attribute, measured)

    def stop(self) -> dict[str, dict[str, int]]:
        """Stop sampling; the figures."""
        self._done.set()
        self._thread.join()
        return self.figures


def stage_peaks() -> StagePeaks:
    """Start measuring the grouping stages."""
    from photodedup.core.group import assemble, candidates, cluster, decide, index

    peaks = StagePeaks()
    for owner, attribute, name in (
        (index.HammingIndex, "pairs_within", "index.pairs_within"),
        (candidates, "plain_pairs", "candidates.plain_pairs"),
        (candidates, "find", "candidates.find"),
        (decide, "pair_distances", "decide.pair_distances"),
        (decide, "colour_agrees", "decide.colour_agrees"),
        (decide, "rich", "decide.rich"),
        (cluster.decide, "edges", "decide.edges"),
        (cluster.grouping, "FarPairs", "assemble.FarPairs"),
        (assemble, "cores", "assemble.cores"),
        (cluster.grouping, "groups", "assemble.groups"),
        (cluster.grouping, "star_groups", "assemble.star_groups"),
    ):
        peaks.wrap(owner, attribute, name)
    return peaks
