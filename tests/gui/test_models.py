"""Item models: Qt's model tester, batched loading of 10,000 groups, marks through setData."""

from __future__ import annotations

import functools
import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView

from photodedup.core.cleanup.execute import ActionOutcome, Outcome
from photodedup.core.cleanup.restore import RestoreOutcome
from photodedup.core.fingerprint import fingerprint_image
from photodedup.core.review import Review
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
from photodedup.gui.formatting import taken_minutes
from photodedup.gui.models.cluster_model import (
    BATCH_SIZE,
    ClusterModel,
    GroupIdRole,
    MarkedCountRole,
)
from photodedup.gui.models.member_model import (
    TAKEN_COLUMN,
    IsKeeperRole,
    MemberModel,
    PhotoIndexRole,
    ShortTextRole,
)
from tests.photos import textured_image

LOAD_LIMIT_S = 0.5


@functools.cache
def _fingerprint() -> bytes:
    """A real fingerprint (whatever the hashing format is), shared by the fake photos."""
    return fingerprint_image(textured_image(7, (64, 48))).to_bytes()


def _photo(n: int, width: int, protected: bool = False) -> Photo:
    identity = FileIdentity(1, n + 1, 1000 + n, n, n)
    file = PhotoFile(f"/photos/img{n:05d}.jpg", identity, "/photos", protected)
    return Photo(file, ImageInfo(width, width * 3 // 4, "JPEG"), _fingerprint())


def synthetic_review(groups: int, protected_copies: bool = False) -> Review:
    """``groups`` groups of a keeper (800 px wide) and a smaller copy (400 px)."""
    photos: list[Photo] = []
    built: list[Group] = []
    for g in range(groups):
        photos += [_photo(2 * g, 800), _photo(2 * g + 1, 400, protected_copies)]
        members = (Member(2 * g, 0, Action.KEEP), Member(2 * g + 1, 3, Action.TRASH))
        built.append(Group(g, GroupKind.SIMILAR, members, "most pixels"))
    return Review(ScanResult(photos=photos, groups=built, threshold=10))


def test_cluster_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ClusterModel()
    model.set_review(synthetic_review(450))
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_member_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    review = synthetic_review(3)
    model = MemberModel(review.set_marked)
    model.set_group(review, 1)
    qtmodeltester.check(model)


def test_ten_thousand_groups_load_in_batches(qtbot) -> None:  # type: ignore[no-untyped-def]
    review = synthetic_review(10_000)
    model = ClusterModel()
    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(300, 600)
    view.show()
    started = time.monotonic()
    model.set_review(review)
    qtbot.wait(1)
    assert time.monotonic() - started < LOAD_LIMIT_S
    assert model.rowCount() < 10_000  # only what was asked for so far
    assert model.rowCount() % BATCH_SIZE == 0
    view.scrollToBottom()
    assert model.canFetchMore(QModelIndex())
    started = time.monotonic()
    row = model.row_of_group(9_999)
    assert row == 9_999
    assert model.rowCount() == 10_000
    assert model.index(9_999).data(GroupIdRole) == 9_999
    assert time.monotonic() - started < LOAD_LIMIT_S


def test_marking_through_the_member_model(qtbot) -> None:  # type: ignore[no-untyped-def]
    review = synthetic_review(2)
    cluster = ClusterModel()
    cluster.set_review(review)
    model = MemberModel(review.set_marked)
    model.set_group(review, 0)
    keeper, copy = model.index(0, 0), model.index(1, 0)
    assert keeper.data(IsKeeperRole) and not copy.data(IsKeeperRole)
    assert not keeper.flags() & Qt.ItemFlag.ItemIsUserCheckable  # a keeper is never marked
    assert not model.setData(keeper, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(copy, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert review.marked == {copy.data(PhotoIndexRole)}
    assert cluster.index(0).data(MarkedCountRole) == 1
    assert model.index(1, 1).data() == "400 × 300 (0.1 MP)"
    assert model.index(1, 1).data(ShortTextRole) == "400 × 300"  # for a narrow card
    assert model.index(1, 2).data(ShortTextRole) == model.index(1, 2).data()


def test_the_date_taken_has_a_short_form_without_seconds() -> None:
    review = synthetic_review(1)
    keeper = review.result.photos[0]
    dated = keeper.info._replace(taken="2024-01-15 10:20:05")
    review.result.photos[0] = keeper._replace(info=dated)
    model = MemberModel(review.set_marked)
    model.set_group(review, 0)
    assert model.index(0, TAKEN_COLUMN).data() == "2024-01-15 10:20:05"
    assert model.index(0, TAKEN_COLUMN).data(ShortTextRole) == "2024-01-15 10:20"
    assert model.index(1, TAKEN_COLUMN).data(ShortTextRole) == "—"  # undated: as it is
    assert taken_minutes("2024:01") == "2024:01"  # not a date of ours: left alone


def test_reference_copies_cannot_be_marked() -> None:
    review = synthetic_review(5, protected_copies=True)
    assert review.mark_lower_resolution() == 0
    assert not review.set_marked(1, True)
    plain = synthetic_review(5)
    assert plain.mark_lower_resolution() == 5
    assert plain.marked == {1, 3, 5, 7, 9}


def test_chosen_keeper_survives_regroup_and_trashed_leave() -> None:
    review = synthetic_review(3)
    review.set_marked(1, True)
    review.set_keeper(1)  # the smaller copy becomes the keeper: it is unmarked
    assert review.group(0).members[0].photo == 1
    assert 1 not in review.marked
    review.replace_result(review.result)
    assert review.group(0).members[0].photo == 1
    review.record_trash([ActionOutcome(review.photo(0).path, 0, Outcome.TRASHED)])
    assert review.group(0) is None  # one photo left: no longer a group
    review.record_undo([RestoreOutcome(review.photo(0).path, restored=True)])
    assert review.group(0) is not None
