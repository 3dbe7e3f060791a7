"""Single-instance lock, the thread-crossing runner, off-thread EXIF-oriented thumbnails."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from photodedup.core import paths
from photodedup.core.progress import Progress
from photodedup.gui import app
from photodedup.gui.thumbnails import ThumbnailLoader
from photodedup.gui.workers import Runner
from tests.photos import save_jpeg, textured_image


def test_second_instance_is_told_and_exits(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    first = app.instance_lock()
    assert first.tryLock(100)
    assert Path(first.fileName()).parent == paths.data_dir()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    try:
        assert app.main([]) == 1
    finally:
        first.unlock()
    assert shown and "already running" in shown[0]
    assert app.instance_lock().tryLock(100)  # free again once the first one is gone


def test_runner_delivers_on_gui_thread_with_throttled_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}
    events: list[Progress] = []

    def work(progress, cancel) -> int:  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for n in range(10_000):
            progress(Progress("hash", n + 1, 10_000))
        return 42

    def done(value: object) -> None:
        seen["value"] = value
        seen["on_gui_thread"] = QThread.currentThread() is gui_thread

    runner = Runner()
    job = runner.submit(work, on_result=done, on_progress=events.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "value": 42, "on_gui_thread": True}
    assert 1 <= len(events) < 100  # throttled: not one signal per file
    assert events[-1].done == 10_000  # the last event always arrives


def test_runner_reports_errors_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    started = threading.Event()

    def wait_for_cancel(_progress, cancel) -> None:  # type: ignore[no-untyped-def]
        started.set()
        while not cancel.cancelled:
            threading.Event().wait(0.01)
        raise RuntimeError("stopped")

    runner = Runner()
    job = runner.submit(wait_for_cancel, on_error=errors.append)
    assert started.wait(5)
    with qtbot.waitSignal(job.finished, timeout=2000):
        job.cancel()
    assert [str(e) for e in errors] == ["stopped"]
    assert runner.active_jobs() == []


def test_thumbnail_is_decoded_off_thread_and_upright(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = save_jpeg(textured_image(1, (200, 100)), tmp_path / "rotated.jpg", orientation=6)
    loader = ThumbnailLoader()
    assert loader.pixmap(str(path), 64) is None  # not decoded on the GUI thread
    with qtbot.waitSignal(loader.ready, timeout=10_000) as blocker:
        pass
    assert blocker.args == [str(path)]
    pixmap = loader.cached(str(path), 64)
    assert pixmap is not None
    assert (pixmap.width(), pixmap.height()) == (32, 64)  # orientation 6: portrait
    loader.shutdown()


def test_broken_file_thumbnail_fails_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"not an image")
    loader = ThumbnailLoader()
    with qtbot.waitSignal(loader.failed, timeout=10_000):
        loader.request(str(path), 64)
    assert loader.has_failed(str(path), 64)
    assert loader.pixmap(str(path), 64) is None
    assert QApplication.instance() is not None
    loader.shutdown()


def test_emitting_progress_many_times_keeps_python_alive() -> None:
    # PySide6 6.12.0's Signal.emit dropped a reference to True on every call: a long scan
    # (or 10,000 test emits) then crashed the interpreter ("bool_dealloc").  Excluded in
    # pyproject.toml; this guards the Qt the app runs on.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class Relay(QObject):\n"
        "    progress = Signal(object)\n"
        "relay = Relay()\n"
        "relay.progress.connect(lambda event: None)\n"
        "before = sys.getrefcount(True), sys.getrefcount(False)\n"
        "for n in range(50_000):\n"
        "    relay.progress.emit(n)\n"
        "print(sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-400:]
    assert out.stdout.split() == ["0", "0"]
