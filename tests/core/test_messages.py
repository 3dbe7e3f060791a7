"""messages.Message: the English text, plus a template and arguments a GUI translates."""

from __future__ import annotations

import marshal
import pickle

import orjson
import pytest

from photodedup.core.messages import Message, Size, english, from_data, to_data


def test_a_message_is_its_english_text() -> None:
    reason = Message("most pixels ({width}×{height})", width=4032, height=3024)
    assert reason == "most pixels (4032×3024)" and isinstance(reason, str)
    assert f"keeper: {reason}" == "keeper: most pixels (4032×3024)"
    assert orjson.loads(orjson.dumps({"reason": reason})) == {"reason": reason}
    assert (reason.template, dict(reason.args)) == (
        "most pixels ({width}×{height})",
        {"width": 4032, "height": 3024},
    )
    assert Message("shortest path") == "shortest path" and not Message("shortest path").args


def test_a_size_argument_is_written_as_a_size() -> None:
    assert Message("largest file ({size})", size=Size(2_500_000)) == "largest file (2.5 MB)"
    assert english(Size(999)) == "999 B" and english(999) == "999"


def test_pickled_by_template_and_arguments_even_with_braces_in_them() -> None:
    reason = Message("shared with a file that stays ({path})", path="/p/{odd}.CR3")
    back = pickle.loads(pickle.dumps(reason))
    assert back == "shared with a file that stays (/p/{odd}.CR3)"
    assert isinstance(back, Message) and back.template == reason.template
    assert back.args == {"path": "/p/{odd}.CR3"}


def test_stored_as_plain_data_and_read_back() -> None:
    reason = Message("largest file ({size}) at {day}", size=Size(1500), day="2001-09-09")
    data = marshal.loads(marshal.dumps(to_data(reason)))
    back = from_data(data)
    assert back == reason == "largest file (1.5 KB) at 2001-09-09"
    assert isinstance(back, Message) and type(back.args["size"]) is Size
    assert to_data("plain words") == "plain words" and from_data("plain words") == "plain words"
    assert type(from_data("plain words")) is str


@pytest.mark.parametrize("bad", [None, 3, ("t",), (1, ()), ("t {x}", (("x", "size", "a"),))])
def test_damaged_data_raises(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        from_data(bad)
