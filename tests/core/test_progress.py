"""progress: events, the throttle, cooperative cancellation (plain Python, no Qt)."""

from __future__ import annotations

import threading
import time

import pytest

from photodedup.core import progress
from photodedup.core.progress import (
    STAGE_DISCOVER,
    STAGE_GROUP,
    STAGE_HASH,
    STAGE_RESTORE,
    STAGE_TRASH,
    Cancelled,
    CancelToken,
    Progress,
    ignore_progress,
)


def test_fraction_is_none_until_the_total_is_known() -> None:
    assert Progress(STAGE_DISCOVER, 50).fraction is None
    assert Progress(STAGE_HASH, 0, 0).fraction is None  # nothing to do: no division by 0
    assert Progress(STAGE_HASH, 0, 4).fraction == 0.0
    assert Progress(STAGE_HASH, 1, 4).fraction == 0.25
    assert Progress(STAGE_HASH, 4, 4).fraction == 1.0


def test_fraction_never_exceeds_one() -> None:
    assert Progress(STAGE_HASH, 7, 4).fraction == 1.0


def test_events_are_immutable_values() -> None:
    event = Progress(STAGE_HASH, 1, 2, "/p/a.jpg")
    assert event == Progress(STAGE_HASH, 1, 2, "/p/a.jpg")
    assert Progress(STAGE_HASH, 1).current == ""
    with pytest.raises(AttributeError):
        event.done = 2  # type: ignore[misc]


def test_ignore_progress_accepts_any_event() -> None:
    assert ignore_progress(Progress(STAGE_GROUP, 0)) is None


def test_stage_names_are_distinct() -> None:
    stages = [STAGE_DISCOVER, STAGE_HASH, STAGE_GROUP, STAGE_TRASH, STAGE_RESTORE]
    assert len(set(stages)) == len(stages)


def test_progress_is_throttled_but_keeps_stage_changes_and_final_events() -> None:
    events: list[Progress] = []
    emit = progress.throttled(events.append, interval=60.0)
    for n in range(1000):
        emit(Progress(STAGE_HASH, n, 1000))
    emit(Progress(STAGE_HASH, 1000, 1000))
    emit(Progress("group", 0, 1))
    assert [(e.stage, e.done) for e in events] == [
        (STAGE_HASH, 0),
        (STAGE_HASH, 1000),
        ("group", 0),
    ]


def test_throttle_lets_events_through_again_after_the_interval() -> None:
    events: list[Progress] = []
    emit = progress.throttled(events.append, interval=0.05)
    emit(Progress(STAGE_HASH, 0, 100))
    emit(Progress(STAGE_HASH, 1, 100))  # too soon
    time.sleep(0.08)
    emit(Progress(STAGE_HASH, 2, 100))
    assert [e.done for e in events] == [0, 2]


def test_throttle_passes_unknown_totals_only_on_time_or_stage_change() -> None:
    events: list[Progress] = []
    emit = progress.throttled(events.append, interval=60.0)
    for n in range(50):
        emit(Progress(STAGE_DISCOVER, n))  # total None: never "final"
    emit(Progress(STAGE_HASH, 0, 3))
    emit(Progress(STAGE_DISCOVER, 51))  # back to another stage: passes
    assert [(e.stage, e.done) for e in events] == [
        (STAGE_DISCOVER, 0),
        (STAGE_HASH, 0),
        (STAGE_DISCOVER, 51),
    ]


def test_each_throttle_has_its_own_clock() -> None:
    a: list[Progress] = []
    b: list[Progress] = []
    emit_a = progress.throttled(a.append, interval=60.0)
    emit_b = progress.throttled(b.append, interval=60.0)
    emit_a(Progress(STAGE_HASH, 0, 10))
    emit_b(Progress(STAGE_HASH, 0, 10))
    emit_a(Progress(STAGE_HASH, 1, 10))
    assert (len(a), len(b)) == (1, 1)


def test_cancel_token() -> None:
    token = CancelToken()
    assert not token.cancelled
    token.raise_if_cancelled()  # no-op
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled):
        token.raise_if_cancelled()
    token.cancel()  # idempotent
    assert token.cancelled


def test_cancel_from_another_thread_is_seen() -> None:
    token = CancelToken()
    worker = threading.Thread(target=token.cancel)
    worker.start()
    worker.join(5)
    assert token.cancelled
