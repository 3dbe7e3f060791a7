"""make_plan / candidates_from_result: the last copy is never planned (G1), doubles (G4)."""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH120

from __future__ import annotations

import os
from pathlib import Path

from photodedup.core.cleanup.plan import (
    LAST_COPY,
    OUT_OF_SCOPE,
    SAME_FILE,
    candidates_from_result,
    make_plan,
)
from photodedup.core.cleanup.trash import home_trash
from photodedup.core.types import (
    Action,
    FileIdentity,
    Group,
    GroupKind,
    ImageInfo,
    Member,
    Photo,
    PhotoFile,
    ScanResult,
)
from tests.core.cleanup.safety_helpers import candidate, write


def _three(tmp_path: Path) -> list[str]:
    return [write(tmp_path / "u" / f"{n}.jpg", n.encode() * (i + 1)) for i, n in enumerate("abc")]


def test_all_marked_group_is_refused_whole(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    plan = make_plan({7: [candidate(a), candidate(b), candidate(c)]})
    assert plan.groups == ()
    assert {r.path for r in plan.refused} == {a, b, c}
    assert all(r.reason == LAST_COPY and r.group_id == 7 for r in plan.refused)


def test_keeper_and_victims_counted(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    plan = make_plan({1: [candidate(a, keep=True), candidate(b), candidate(c)]})
    (group,) = plan.groups
    assert [k.path for k in group.keepers] == [a]
    assert [v.path for v in plan.victims] == [b, c]
    assert plan.file_count == 2
    assert plan.total_bytes == 2 + 3


def test_protected_member_is_a_keeper_whatever_keep_says(tmp_path: Path) -> None:
    a, b, _ = _three(tmp_path)
    plan = make_plan({1: [candidate(a, protected=True), candidate(b)]})
    assert [k.path for k in plan.groups[0].keepers] == [a]
    assert [v.path for v in plan.victims] == [b]


def test_hardlink_of_keeper_is_never_a_victim(tmp_path: Path) -> None:
    a, b, _ = _three(tmp_path)
    link = str(tmp_path / "u" / "a_link.jpg")
    os.link(a, link)
    plan = make_plan({1: [candidate(a, keep=True), candidate(link), candidate(b)]})
    assert [v.path for v in plan.victims] == [b]
    assert [(r.path, r.reason) for r in plan.refused] == [(link, SAME_FILE)]


def test_two_hardlinked_victims_planned_once(tmp_path: Path) -> None:
    a, b, _ = _three(tmp_path)
    link = str(tmp_path / "u" / "b_link.jpg")
    os.link(b, link)
    plan = make_plan({1: [candidate(a, keep=True), candidate(b), candidate(link)]})
    assert [v.path for v in plan.victims] == [b]


def test_path_listed_twice_counts_once(tmp_path: Path) -> None:
    a, b, _ = _three(tmp_path)
    plan = make_plan({1: [candidate(a, keep=True), candidate(b), candidate(b)]})
    assert [v.path for v in plan.victims] == [b]


def test_keeper_inside_trash_does_not_count(tmp_path: Path) -> None:
    kept = write(home_trash() / "files" / "a.jpg", b"x")
    victim = write(tmp_path / "u" / "a.jpg", b"x")
    plan = make_plan({1: [candidate(kept, keep=True), candidate(victim)]})
    assert plan.groups == ()
    assert plan.refused[0].reason == LAST_COPY


def test_victim_inside_a_trash_folder_is_refused(tmp_path: Path) -> None:
    a = write(tmp_path / "u" / "a.jpg", b"x")
    other = write(tmp_path / "usb" / ".Trash-1000" / "files" / "a.jpg", b"x")
    plan = make_plan({1: [candidate(a, keep=True), candidate(other)]})
    assert plan.groups == ()
    assert [(r.path, r.reason) for r in plan.refused] == [(other, OUT_OF_SCOPE)]


def _photo(path: str, protected: bool = False) -> Photo:
    ident = FileIdentity.from_stat(os.lstat(path))
    return Photo(
        PhotoFile(path, ident, os.path.dirname(path), protected), ImageInfo(4, 4, "PNG"), b""
    )


def _result(paths: list[str], protected: int = -1) -> ScanResult:
    photos = [_photo(p, i == protected) for i, p in enumerate(paths)]
    members = (Member(0, 0, Action.KEEP), Member(1, 1, Action.TRASH), Member(2, 1, Action.TRASH))
    return ScanResult(photos=photos, groups=[Group(5, GroupKind.SIMILAR, members, "most pixels")])


def test_candidates_follow_marks(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    cands = candidates_from_result(_result([a, b, c]), marked={c})
    assert [(x.path, x.keep) for x in cands[5]] == [(a, True), (b, True), (c, False)]


def test_keeper_override_is_first_and_kept_even_if_marked(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    cands = candidates_from_result(_result([a, b, c]), marked={a, b, c}, keepers={5: 2})
    assert [(x.path, x.keep) for x in cands[5]] == [(c, True), (a, False), (b, False)]
    assert [v.path for v in make_plan(cands).victims] == [a, b]


def test_override_outside_the_group_is_ignored(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    cands = candidates_from_result(_result([a, b, c]), marked={b}, keepers={5: 99})
    first = cands[5][0]
    assert (first.path, first.keep, first.protected, first.problem) == (a, True, False, "")


def test_all_marked_in_result_refuses_group(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    plan = make_plan(candidates_from_result(_result([a, b, c], protected=-1), marked={a, b, c}))
    assert plan.file_count == 0
    assert len(plan.refused) == 3


def test_protected_flag_carried_from_scan(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    cands = candidates_from_result(_result([a, b, c], protected=1), marked={a, b, c})
    plan = make_plan(cands)
    assert [k.path for k in plan.groups[0].keepers] == [b]
    assert [v.path for v in plan.victims] == [a, c]


def test_file_kept_in_one_group_is_never_a_victim_in_another(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    plan = make_plan(
        {
            1: [candidate(a, keep=True), candidate(b)],
            2: [candidate(b, keep=True), candidate(a), candidate(c)],
        }
    )
    assert [v.path for v in plan.victims] == [c]
    assert {(r.path, r.group_id) for r in plan.refused} == {(b, 1), (a, 2)}


def test_victim_listed_in_two_groups_is_planned_once(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    plan = make_plan(
        {1: [candidate(a, keep=True), candidate(c)], 2: [candidate(b, keep=True), candidate(c)]}
    )
    assert [v.path for v in plan.victims] == [c]


def test_candidates_carry_content_keys(tmp_path: Path) -> None:
    a, b, c = _three(tmp_path)
    result = _result([a, b, c])
    result.photos = [p._replace(content_key=f"k{i}") for i, p in enumerate(result.photos)]
    assert [x.content_key for x in candidates_from_result(result, marked={c})[5]] == [
        "k0",
        "k1",
        "k2",
    ]
