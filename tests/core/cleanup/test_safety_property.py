"""Must-show 2 (G1): random groups, selections, injected failures -> no group loses its last copy.

Each example builds 1-3 groups of 2-8 tiny files, marks a random selection (sometimes
all), flags random members protected, tampers with random members after the "scan"
(delete, modify, replace by a symlink) and makes send2trash fail on random files in
random ways (error before moving, fake success, error after moving).  After ``execute``:

* every group that had a member on disk still has one (no last copy lost);
* a group whose keeper was tampered with had nothing trashed;
* kept / protected members are never trashed; outcomes tell the truth.
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH107, PTH211

from __future__ import annotations

import errno
import itertools
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from photodedup.core.cleanup import trash
from photodedup.core.cleanup.execute import Outcome, execute
from photodedup.core.cleanup.journal import Journal
from photodedup.core.cleanup.plan import make_plan
from tests.core.cleanup.safety_helpers import candidate, write

TAMPER = ("none", "none", "none", "delete", "modify", "symlink")
FAILURE = ("none", "none", "none", "raise", "fake_success", "raise_after_move")

member = st.tuples(
    st.booleans(),  # marked for the trash
    st.booleans(),  # protected (reference root)
    st.sampled_from(TAMPER),
    st.sampled_from(FAILURE),
)
group = st.tuples(st.lists(member, min_size=2, max_size=8), st.booleans())  # bool: select all
_counter = itertools.count()


def _on_disk(path: str) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def _tamper(path: str, how: str, other: str) -> None:
    if how == "delete":
        os.remove(path)  # the user deletes it between scan and clean-up
    elif how == "modify":
        with open(path, "ab") as fh:
            fh.write(b"edited")
    elif how == "symlink":
        os.remove(path)
        os.symlink(other, path)


def _failing_commit(failures: dict[bytes, str]):
    real = trash.commit

    def fake(path: str, item: trash.TrashedItem, identity: object = None) -> None:
        mode = failures.get(os.fsencode(path), "none")
        if mode == "raise":
            raise OSError(errno.EIO, "Input/output error")
        if mode == "fake_success":
            return
        real(path, item, identity)  # type: ignore[arg-type]
        if mode == "raise_after_move":
            raise OSError("gio: operation failed")

    return fake


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(group, min_size=1, max_size=3))
def test_no_group_ever_loses_its_last_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, groups: list
) -> None:
    base = tmp_path / f"ex{next(_counter)}"
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "share"))
    spec: dict[int, list] = {}
    for gid, (members, select_all) in enumerate(groups):
        spec[gid] = []
        for i, (marked, protected, tamper, failure) in enumerate(members):
            path = write(base / "photos" / f"g{gid}" / f"m{i}" / "IMG_0001.JPG", b"g%d" % gid)
            spec[gid].append((path, marked or select_all, protected, tamper, failure))
    cands = {
        gid: [candidate(p, keep=not marked, protected=prot) for p, marked, prot, _, _ in rows]
        for gid, rows in spec.items()
    }
    plan = make_plan(cands)
    failures: dict[bytes, str] = {}
    for rows in spec.values():
        for path, _, _, tamper, failure in rows:
            _tamper(path, tamper, rows[0][0] if path != rows[0][0] else rows[-1][0])
            failures[os.fsencode(path)] = failure
    on_disk_before = {gid: [p for p, *_ in rows if _on_disk(p)] for gid, rows in spec.items()}
    monkeypatch.setattr(trash, "commit", _failing_commit(failures))

    outcomes = execute(plan, journal=Journal(base / "journal"))

    by_path = {o.path: o for o in outcomes}
    assert len(by_path) == len(outcomes) == plan.file_count
    for gid, rows in spec.items():
        trashed = [p for p, *_ in rows if by_path.get(p) and by_path[p].outcome is Outcome.TRASHED]
        if on_disk_before[gid]:
            assert any(_on_disk(p) for p, *_ in rows), f"group {gid} lost its last copy"
        keepers_tampered = any(
            (not marked or prot) and tamper != "none" for _, marked, prot, tamper, _ in rows
        )
        if keepers_tampered:
            assert trashed == [], f"group {gid}: keeper changed but {trashed} trashed"
        for path, marked, prot, tamper, _ in rows:
            outcome = by_path.get(path)
            if not marked or prot:
                assert outcome is None and (tamper != "none" or _on_disk(path))
            elif outcome is not None and outcome.outcome is Outcome.TRASHED:
                assert tamper == "none" and not os.path.lexists(path)
            elif tamper == "none":
                assert _on_disk(path), f"{path} gone but reported {outcome}"
