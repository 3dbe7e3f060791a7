"""An event-loop stall probe: how late a 10 ms QTimer fires on the GUI thread.

Used by ``bench/gui_stall.py`` (must-show 3) and ``test_responsiveness.py``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

PROBE_MS = 10


@dataclass
class StallProbe:
    """Records how late each 10 ms tick of a QTimer fires (the event-loop delay)."""

    samples: list[float] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    stage: str = "start"
    _last: float = 0.0
    _last_cpu: float = 0.0
    _origin: float = 0.0

    def start(self) -> object:
        """Start probing; returns the QTimer (keep a reference)."""
        from PySide6.QtCore import Qt, QTimer

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(PROBE_MS)
        timer.timeout.connect(self._tick)
        self._last = self._origin = time.perf_counter()
        self._last_cpu = time.thread_time()
        timer.start()
        return timer

    def _tick(self) -> None:
        now = time.perf_counter()
        self.samples.append(max(0.0, (now - self._last) * 1000 - PROBE_MS))
        self.times.append(now - self._origin)
        self.stages.append(self.stage)
        cpu = time.thread_time()
        self.cpu.append((cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def worst_moments(self, count: int = 5) -> list[tuple[float, str, float]]:
        """The ``count`` longest stalls as (seconds since start, stage, ms)."""
        rows = zip(self.times, self.stages, self.samples, strict=True)
        worst = sorted(rows, key=lambda row: -row[2])[:count]
        return [(round(t, 2), stage, round(ms, 1)) for t, stage, ms in worst]

    def reset(self) -> None:
        """Forget the samples so far."""
        self.samples.clear()
        self.times.clear()
        self.stages.clear()
        self.cpu.clear()

    def worst(self) -> float:
        """The longest stall, in ms."""
        return max(self.samples, default=0.0)

    def worst_cpu(self) -> float:
        """Most CPU time the GUI thread itself spent between two ticks, in ms.

        Unlike the wall-clock stall this does not count waiting for a CPU or for the GIL,
        so it measures the GUI's own blocking work whatever the machine's load.
        """
        return max(self.cpu, default=0.0)

    def percentile(self, share: float) -> float:
        """The stall not exceeded by ``share`` of the samples, in ms."""
        if not self.samples:
            return 0.0
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
