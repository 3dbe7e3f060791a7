"""Bad inputs at clean-up time (#22, #23, #27-#31, #39) and those needing their own scan
(#25, #26, #34-#38), on the corpus from ``tests.badinputs``.

Each clean-up runs through the real chain: scan -> candidates_from_result -> make_plan ->
execute, under the audit hook (extended to the corpus folder).
"""

from __future__ import annotations

import errno
import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from photodedup.core import pipeline
from photodedup.core.cleanup import trash
from photodedup.core.cleanup.execute import ActionOutcome, Outcome, execute
from photodedup.core.cleanup.plan import candidates_from_result, make_plan
from photodedup.core.cleanup.trash import home_trash
from photodedup.core.config import ScanOptions
from photodedup.core.discover.walker import discover_all
from photodedup.core.progress import CancelToken, Progress
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import ErrorKind, ScanResult
from tests.badinputs import IS_ROOT, Case
from tests.badinputs_actions import build_action_cases, build_separate_cases
from tests.core.cleanup.safety_helpers import (
    fake_volume,
    no_trash_under,
    trash_names,
    trashinfo_names,
)
from tests.safety_audit import AuditState


@dataclass
class Corpus:
    root: Path
    cases: dict[int, Case]
    result: ScanResult  # one scan over root/scan (the action cases)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    root = tmp_path_factory.mktemp("corpus")
    cases: dict[int, Case] = {}
    build_action_cases(root, cases)
    build_separate_cases(root, cases, many_files=1000)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PHOTODEDUP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        result = run(root / "scan")
    yield Corpus(root, cases, result)
    if other := cases[29].files.get("other_fs_dir"):
        shutil.rmtree(other, ignore_errors=True)


@pytest.fixture(autouse=True)
def audit_corpus(corpus: Corpus, user_files_audit: AuditState) -> None:
    user_files_audit.roots += (os.fsencode(corpus.root),)


def run(*roots: Path | str, **kw: object) -> ScanResult:
    options = ScanOptions(roots=tuple(str(r) for r in roots), use_cache=False, workers=1)
    return pipeline.run_scan(options, **kw)  # type: ignore[arg-type]


def clean_up(result: ScanResult, case: Case, *roles: str) -> list[ActionOutcome]:
    """Mark ``roles`` for the trash in their group and execute the plan."""
    marked = [case.files[r] for r in roles]
    cands = candidates_from_result(result, marked)
    (gid,) = [g for g, members in cands.items() if {c.path for c in members} & set(marked)]
    return execute(make_plan({gid: cands[gid]}))


def test_22_trash_fails_in_readonly_dir(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    case = corpus.cases[22]
    victim = case.files["copy"]
    if IS_ROOT:  # chmod 555 does not stop root: make the move itself fail
        real_rename = os.rename

        def refuse(src: bytes, dst: bytes, *a: object, **k: object) -> None:
            if os.fsencode(src) == os.fsencode(victim):
                raise PermissionError(errno.EACCES, "Permission denied")
            real_rename(src, dst, *a, **k)

        monkeypatch.setattr(os, "rename", refuse)
    else:
        case.folder.chmod(0o555)
    try:
        (outcome,) = clean_up(corpus.result, case, "copy")
    finally:
        case.folder.chmod(0o755)
    assert outcome.outcome is Outcome.FAILED and "errno 13" in outcome.reason
    assert Path(victim).exists() and Path(case.files["original"]).exists()
    assert trashinfo_names() == []  # no orphan .trashinfo


def test_23_readonly_file_is_refused(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    case = corpus.cases[23]
    victim = case.files["copy"]
    if IS_ROOT:  # os.access() says yes to root: emulate the non-root answer
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, mode, **k: (
                False
                if os.fsencode(p) == os.fsencode(victim) and mode == os.W_OK
                else real_access(p, mode, **k)
            ),
        )
    else:
        Path(victim).chmod(0o444)
    (outcome,) = clean_up(corpus.result, case, "copy")
    assert outcome.outcome is Outcome.FAILED
    assert "Permission denied" in outcome.reason and Path(victim).exists()


def test_24_names_trashed_exactly(tmp_path: Path) -> None:
    from tests.badinputs import build_name_cases

    cases: dict[int, Case] = {}
    build_name_cases(tmp_path, cases)
    case = cases[24]
    result = run(case.folder)
    roles = ("ff", "newline", "dash", "percent", "long")
    outcomes = {o.path: o for o in clean_up(result, case, *roles)}
    for role in ("ff", "newline", "dash", "percent"):
        assert outcomes[case.files[role]].outcome is Outcome.TRASHED, role
        assert not os.path.lexists(case.files[role])
    long = outcomes[case.files["long"]]  # 255 bytes + ".trashinfo" cannot be written
    assert long.outcome is Outcome.FAILED and "errno 36" in long.reason
    assert Path(case.files["long"]).exists()
    infos = b"".join(
        (home_trash() / "info" / os.fsdecode(n)).read_bytes() for n in trashinfo_names()
    )
    assert b"/%FF.jpg\n" in infos and b"/line%0Abreak.jpg\n" in infos
    assert b"/100%2525%20%25zz.jpg\n" in infos
    assert sorted(trash_names()) == sorted(
        [b"\xff.jpg", b"line\nbreak.jpg", b"-rf.jpg", b"100%25 %zz.jpg"]
    )


def test_25_file_vanishing_after_listing(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    case = corpus.cases[25]
    real = discover_all

    def list_then_delete(*a: object, **k: object) -> Iterator:
        yield from real(*a, **k)  # type: ignore[arg-type]
        Path(case.files["photo"]).unlink()  # gone before the decoder opens it

    result = run(case.folder, discover=list_then_delete)
    kinds = {e.path: e.kind for e in result.errors}
    assert kinds == {case.files["photo"]: ErrorKind.VANISHED}
    assert [p.path for p in result.photos] == [case.files["other"]]


def test_26_file_rewritten_after_listing(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    case = corpus.cases[26]
    real = discover_all

    def list_then_rewrite(*a: object, **k: object) -> Iterator:
        yield from real(*a, **k)  # type: ignore[arg-type]
        with open(case.files["photo"], "ab") as fh:
            fh.write(b"appended while the scan runs")

    result = run(case.folder, discover=list_then_rewrite)
    assert {e.path: e.kind for e in result.errors} == {case.files["photo"]: ErrorKind.UNSTABLE}


def test_27_victim_modified_after_hashing(corpus: Corpus) -> None:
    case = corpus.cases[27]
    with open(case.files["copy"], "ab") as fh:
        fh.write(b"edited")
    (outcome,) = clean_up(corpus.result, case, "copy")
    assert outcome.outcome is Outcome.CHANGED and "changed since scan" in outcome.reason
    assert Path(case.files["copy"]).exists() and trash_names() == []


@pytest.mark.parametrize("change", ["replace", "symlink", "delete"])
def test_28_keeper_changed_refuses_group(corpus: Corpus, change: str) -> None:
    case = corpus.cases[28]
    keeper, victim = Path(case.files["original"]), Path(case.files["copy"])
    saved = keeper.read_bytes()
    keeper.unlink()
    if change == "replace":
        keeper.write_bytes(saved[:-10] + b"0123456789")
    elif change == "symlink":
        keeper.symlink_to(victim)
    try:
        (outcome,) = clean_up(corpus.result, case, "copy")
    finally:
        keeper.unlink(missing_ok=True)
        keeper.write_bytes(saved)
    assert outcome.outcome is Outcome.SKIPPED and outcome.reason.startswith("keeper changed")
    assert victim.exists() and trash_names() == []


def test_29_other_filesystem(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    case = corpus.cases[29]
    if "other_fs_copy" not in case.files:
        pytest.skip(case.notes[0])
    other_dir = Path(case.files["other_fs_dir"])
    top = Path(os.fsdecode(trash._mount_point(os.fsencode(other_dir / "x"))))
    trash_root = top / f".Trash-{os.getuid()}"
    existed = trash_root.exists()
    result = run(case.folder, other_dir)
    try:
        (outcome,) = clean_up(result, case, "other_fs_copy")
        assert outcome.outcome is Outcome.TRASHED, outcome
        rel = Path(case.files["other_fs_copy"]).relative_to(top)
        name = Path(case.files["other_fs_copy"]).name
        info = (trash_root / "info" / f"{name}.trashinfo").read_text()
        assert f"Path={rel}\n" in info
        assert (trash_root / "files" / name).exists() and trash_names() == []
    finally:  # our test entries on a shared file system; never the user's
        for sub in ("files/copy.jpg", "info/copy.jpg.trashinfo"):
            (trash_root / sub).unlink(missing_ok=True)
        if not existed:
            shutil.rmtree(trash_root, ignore_errors=True)


def test_30_unplugged_before_action(corpus: Corpus) -> None:
    case = corpus.cases[30]
    away = case.folder.with_name("30-unplugged-away")
    case.folder.rename(away)  # the drive disappears
    try:
        (outcome,) = clean_up(corpus.result, case, "copy")
    finally:
        away.rename(case.folder)
    assert outcome.outcome in {Outcome.SKIPPED, Outcome.CHANGED}
    assert "no longer exists" in outcome.reason and trash_names() == []


def test_31_share_without_trash(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    case = corpus.cases[31]
    fake_volume(monkeypatch, case.folder, dev=7)
    no_trash_under(monkeypatch, case.folder)
    (outcome,) = clean_up(corpus.result, case, "copy")
    assert outcome.outcome is Outcome.FAILED and "no usable trash" in outcome.reason
    assert Path(case.files["copy"]).exists()
    assert not list(case.folder.rglob("*.trashinfo"))


def test_34_many_files_cancel_fast(corpus: Corpus) -> None:
    case = corpus.cases[34]
    token = CancelToken()
    cancelled_at: list[float] = []

    def progress(event: Progress) -> None:
        if not cancelled_at and event.done >= 100:
            cancelled_at.append(time.monotonic())
            token.cancel()

    result = run(case.folder, progress=progress, cancel=token)
    assert result.cancelled and cancelled_at
    assert time.monotonic() - cancelled_at[0] < 1.0


def _photos_options(case: Case) -> ScanOptions:
    return ScanOptions(roots=(str(case.folder / "photos"),), workers=1)


def test_35_corrupt_cache_is_set_aside(corpus: Corpus) -> None:
    case = corpus.cases[35]
    random_db = Path(case.files["random"])
    with HashCache(random_db) as cache:
        result = pipeline.run_scan(_photos_options(case), cache=cache)
        assert len(result.photos) == 2 and len(cache) == 2
    for role in ("random", "truncated", "future"):
        cache_path = Path(case.files[role])
        with HashCache(cache_path) as cache:
            assert len(cache) in (0, 2), role  # opening heals: rebuilt (or already rebuilt)
        assert list(case.folder.glob(f"{cache_path.name}.corrupt*")), role


def test_36_unusable_cache_dir(corpus: Corpus) -> None:
    case = corpus.cases[36]
    with HashCache(case.files["cache"]) as cache:
        result = pipeline.run_scan(_photos_options(case), cache=cache)
    assert len(result.photos) == 2 and not result.errors


def test_37_two_scans_share_one_cache(corpus: Corpus, tmp_path: Path) -> None:
    case = corpus.cases[37]
    db = tmp_path / "shared.sqlite3"
    results: list[ScanResult] = []
    failures: list[BaseException] = []

    def scan() -> None:
        try:
            with HashCache(db) as cache:
                results.append(pipeline.run_scan(_photos_options(case), cache=cache))
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=scan) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert failures == [] and len(results) == 2
    assert all(len(r.photos) == 2 and not r.errors for r in results)


def test_38_same_size_and_mtime_rehashed(corpus: Corpus, tmp_path: Path) -> None:
    case = corpus.cases[38]
    photo = Path(case.files["photo"])
    with HashCache(tmp_path / "c.sqlite3") as cache:
        options = ScanOptions(roots=(str(case.folder),), workers=1)
        first = {p.path: p.fingerprint for p in pipeline.run_scan(options, cache=cache).photos}
        st = photo.stat()
        other = Path(case.files["other"]).read_bytes()
        assert len(other) <= st.st_size
        photo.write_bytes(other + b"\0" * (st.st_size - len(other)))  # same size
        os.utime(photo, ns=(st.st_atime_ns, st.st_mtime_ns))  # same mtime; ctime moves
        second = pipeline.run_scan(options, cache=cache)
    assert second.stats.from_cache == 1
    assert {p.path: p.fingerprint for p in second.photos}[str(photo)] != first[str(photo)]


def test_39_thirty_same_names(corpus: Corpus) -> None:
    case = corpus.cases[39]
    roles = [r for r in case.files if r.startswith("copy")]
    outcomes = clean_up(corpus.result, case, *roles)
    assert [o.outcome for o in outcomes] == [Outcome.TRASHED] * 30
    assert len(set(trash_names())) == 30 and len(set(trashinfo_names())) == 30
    assert Path(case.files["keeper"]).exists()
