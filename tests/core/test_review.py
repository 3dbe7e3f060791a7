"""The review's rules (core/review.py), Qt-free, over a real scan of photos made in tmp_path."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from photodedup.core import pipeline
from photodedup.core.cleanup import execute, journal
from photodedup.core.cleanup.execute import Outcome
from photodedup.core.cleanup.restore import RestoreOutcome
from photodedup.core.config import ScanOptions
from photodedup.core.review import USER_KEEPER_REASON, Review, Rule, Stale, looks_like_a_copy
from photodedup.core.types import GroupKind
from tests.photos import Library, build_library


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """Two originals with a resized, a re-compressed and a PNG copy each, and two singles."""
    return build_library(
        tmp_path / "home" / "Pictures",
        originals=2,
        kinds=("resized", "recompressed", "png"),
        singles=2,
        bad=False,
    )


def _review(*roots: Path, reference: tuple[Path, ...] = ()) -> Review:
    options = ScanOptions(
        roots=tuple(map(str, roots)), reference_roots=tuple(map(str, reference)), workers=1
    )
    return Review(pipeline.run_scan(options))


def _paths(review: Review, photos: set[int]) -> set[str]:
    return {review.photo(i).path for i in photos}


def test_keepers_are_never_marked_and_a_chosen_keeper_leads_its_group(library: Library) -> None:
    review = _review(library.root)
    assert len(review.groups) == 2
    group = review.groups[0]
    keeper, copy = group.members[0].photo, group.members[1].photo
    assert not review.can_mark(keeper) and not review.set_marked(keeper, True)
    assert review.set_marked(copy, True) and review.marked == {copy}
    review.set_keeper(copy)  # the marked copy becomes the keeper: it is unmarked
    chosen = review.group(group.id)
    assert chosen is not None and chosen.members[0].photo == copy
    assert chosen.reason == USER_KEEPER_REASON and not review.marked
    assert review.set_marked(keeper, True)  # the former keeper is a copy now
    review.replace_result(review.result)  # a regroup keeps the decisions
    assert review.keepers()[group.id] == copy and review.marked == {keeper}


def test_mark_lower_resolution_marks_the_smaller_copies_once(library: Library) -> None:
    review = _review(library.root)
    assert review.mark_lower_resolution() == 2
    assert {Path(p).name for p in review.marked_paths()} == {
        "photo0_resized.jpg",
        "photo1_resized.jpg",
    }
    assert review.mark_lower_resolution() == 0  # already marked
    assert review.marked_bytes() == sum(review.photo(i).file.size for i in review.marked)


def test_rules_act_on_the_given_groups_and_unmark_groups_undoes_them(library: Library) -> None:
    review = _review(library.root)
    first, second = review.groups
    assert review.mark_by_rule(Rule.ALL_BUT_KEEPER, [first.id]) == len(first.members) - 1
    assert review.marked == {m.photo for m in first.members[1:]}
    assert review.mark_by_rule(Rule.ALL_BUT_KEEPER) == len(second.members) - 1
    review.unmark_groups([first.id])
    assert review.marked == {m.photo for m in second.members[1:]}
    review.clear_marks()
    assert not review.marked


def test_folder_and_name_rules(library: Library) -> None:
    original = library.originals[0]
    shutil.copyfile(original, library.root / "photo0 (1).jpg")  # an exact copy, named like one
    review = _review(library.root)
    copies = str(library.root / "copies")
    in_copies = {
        m.photo
        for g in review.groups
        for m in g.members[1:]
        if str(copies) in review.photo(m.photo).path
    }
    assert len(in_copies) >= 4  # the keepers are the originals or their PNG copies
    assert review.folders_with_copies()[0] == (copies, len(in_copies))
    named = review.picked(Rule.NAMED_LIKE_COPIES)
    assert [Path(review.photo(i).path).name for i in named] == ["photo0 (1).jpg"]
    assert review.mark_by_rule(Rule.IN_FOLDER, folder=copies) == len(in_copies)
    assert review.marked == in_copies
    assert {str(Path(p).parent) for p in review.marked_paths()} == {copies}
    review.clear_marks()
    smaller = review.picked(Rule.SMALLER_FILES)
    assert smaller and all(
        review.photo(i).file.size < review.photo(review.keepers()[review.group_of(i)]).file.size
        for i in smaller
        if review.group_of(i) is not None
    )


def test_names_that_look_like_copies() -> None:
    for name in ("IMG_1 (1).jpg", "IMG_1 copy.jpg", "IMG_1 - Copy (2).jpg", "Copy of IMG_1.jpg"):
        assert looks_like_a_copy(f"/p/{name}"), name
    for name in ("IMG_1-1.jpg", "IMG_1.jpg", "copycat.jpg"):
        assert not looks_like_a_copy(f"/p/{name}"), name


def test_similar_shots_are_never_bulk_marked(library: Library) -> None:
    review = _review(library.root)
    shots = [replace(g, kind=GroupKind.SHOTS) for g in review.result.groups]
    review.replace_result(replace(review.result, groups=shots))
    for rule in Rule:
        assert review.mark_by_rule(rule, folder=str(library.root / "copies")) == 0, rule
    assert review.folders_with_copies() == []
    member = review.groups[0].members[1].photo
    assert review.set_marked(member, True)  # by hand they can be


def test_reference_folders_and_stale_reasons(library: Library, tmp_path: Path) -> None:
    other = tmp_path / "home" / "Other"
    other.mkdir()
    shutil.copyfile(library.originals[0], other / "photo0.jpg")
    review = _review(library.root, other, reference=(other,))
    assert review.stale == Stale.FRESH
    in_other = next(i for i, p in enumerate(review.result.photos) if p.file.root == str(other))
    assert not review.can_mark(in_other)  # scanned as a reference folder
    copies = str(library.root / "copies")
    review.mark_by_rule(Rule.IN_FOLDER, folder=copies)
    review.reference_changed(str(library.root), True)  # ticked after the scan
    assert not review.marked and review.stale == Stale.FOLDERS
    assert review.mark_by_rule(Rule.ALL_BUT_KEEPER) == 0
    review.scan_settings_changed()
    assert review.stale == Stale.SETTINGS
    assert not review.folder_removed(str(tmp_path / "never-scanned"))
    assert review.folder_removed(str(other)) and review.stale == Stale.FOLDERS
    assert all(
        review.photo(m.photo).file.root != str(other) for g in review.groups for m in g.members
    )


def test_trash_plan_follows_the_marks_and_outcomes_are_recorded(library: Library) -> None:
    review = _review(library.root)
    review.mark_lower_resolution()
    marked = review.marked_paths()
    changed = next(p for p in marked if "photo1" in p)
    trash_plan = review.trash_plan()
    assert {c.path for c in trash_plan.victims} == marked
    Path(changed).write_bytes(Path(changed).read_bytes() + b"\0")  # edited after the scan
    outcomes = execute.execute(trash_plan)
    trashed = review.record_trash(outcomes)
    assert [o.path for o in trashed] == [p for p in marked if p != changed]
    index = review.index_of(changed)
    assert index is not None and index in review.marked  # stays listed and marked
    assert review.failures[index][0] is Outcome.CHANGED
    gone = review.index_of(trashed[0].path)
    assert gone is not None and review.group_of(gone) is None
    assert review.size_of(trashed[0].path) > 0 and review.size_of("/nowhere.jpg") == 0

    assert review.record_undo(journal.undo_last()) == 0
    assert review.group_of(gone) is not None and review.stale == Stale.FRESH
    outside = RestoreOutcome("/elsewhere/photo.jpg", restored=True)
    assert review.record_undo([outside, RestoreOutcome(changed, restored=False)]) == 1
    assert (review.stale, review.stale_count) == (Stale.RESTORED, 1)
