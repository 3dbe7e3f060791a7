"""G10: the clean-up process is SIGKILLed mid-way -> no last copy lost, the restarted app
lists the pending entry, and undo brings every trashed file back byte-identical."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from photodedup.core.cleanup.journal import interrupted_files, pending_entries, undo_last
from tests.core.cleanup.safety_helpers import trash_names, trashinfo_names, write

REPO = Path(__file__).resolve().parents[3]

CHILD = textwrap.dedent(
    """
    import json, os, signal, sys
    from photodedup.core.cleanup import trash
    from photodedup.core.cleanup.execute import execute
    from photodedup.core.cleanup.plan import Candidate, make_plan
    from photodedup.core.types import FileIdentity

    paths, kill_at, after_move = json.loads(sys.argv[1])
    real, calls = trash.commit, []

    def dying(path, item, identity=None):
        calls.append(path)
        if len(calls) == kill_at and not after_move:  # claimed and journaled, not moved
            os.kill(os.getpid(), signal.SIGKILL)
        real(path, item, identity)
        if len(calls) == kill_at and after_move:
            os.kill(os.getpid(), signal.SIGKILL)

    trash.commit = dying
    cands = [Candidate(p, FileIdentity.from_stat(os.lstat(p)), i == 0) for i, p in enumerate(paths)]
    execute(make_plan({1: cands}))
    """
)


@pytest.mark.parametrize(("kill_at", "after_move"), [(1, False), (1, True), (3, True), (5, False)])
def test_sigkill_mid_cleanup_then_restart_and_undo(
    tmp_path: Path, kill_at: int, after_move: bool
) -> None:
    paths = [write(tmp_path / "u" / f"d{i}" / "IMG_1.jpg", b"photo %d" % i) for i in range(6)]
    before = {p: Path(p).read_bytes() for p in paths}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps([paths, kill_at, after_move])],
        cwd=REPO, env=os.environ.copy(), check=False, capture_output=True,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert Path(paths[0]).read_bytes() == before[paths[0]]  # the keeper is untouched
    moved = kill_at if after_move else kill_at - 1
    assert len(trash_names()) == moved
    assert len(trashinfo_names()) == moved + (not after_move)  # + the claim of the one moving
    assert [e.path for e in pending_entries()] == [paths[kill_at]]  # listed after restart
    assert interrupted_files() == ([paths[kill_at]] if after_move else [])
    outcomes = undo_last()
    assert sum(o.restored for o in outcomes) == moved
    assert {p: Path(p).read_bytes() for p in paths} == before
    assert trash_names() == [] and trashinfo_names() == []  # defect 7: no orphan stays
