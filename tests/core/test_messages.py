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


# Messages of the core that are another program's words with a prefix at most: shown as
# they are (the exception's or the library's text is the point).
PASS_THROUGH = {"Q: Q"}  # "{fmt}: {message}" (LibRaw), "{type}: {exc}" (unexpected errors)


def _message_samples() -> set[str]:
    """The fixed messages of every ``DecodeError(kind, ...)`` / ``ScanError(..., kind, ...)``
    and ``message = ...`` the core writes, each field of an f-string filled with "Q"."""
    import ast
    from pathlib import Path

    samples = set()
    core = Path(__file__).resolve().parents[2] / "photodedup" / "core"
    for path in core.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            value: ast.expr | None = None
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {
                "DecodeError",
                "ScanError",
            }:
                value = node.args[-1] if node.args else None
            elif isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "message":
                value = node.value
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Metadata":
                notes = [k.value for k in node.keywords if k.arg == "notes"]
                value = notes[0].elts[0] if notes and isinstance(notes[0], ast.Tuple) else None
            elif isinstance(node, ast.GeneratorExp | ast.Tuple):  # notes = (f"damaged ...",)
                elts = [node.elt] if isinstance(node, ast.GeneratorExp) else node.elts
                value = next((e for e in elts if isinstance(e, ast.JoinedStr)), None)
                words = ast.unparse(value) if value is not None else ""
                if "EXIF" not in words and "metadata" not in words:
                    value = None  # only the decoder's warnings (notes) are messages
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                samples.add(value.value)
            elif isinstance(value, ast.JoinedStr):
                samples.add(
                    "".join(
                        str(v.value) if isinstance(v, ast.Constant) else "Q" for v in value.values
                    )
                )
    return samples


def test_every_fixed_scan_problem_of_the_core_is_recognised() -> None:
    from photodedup.core.decode.supervisor import OOM_EXIT_CODE, death_message, timeout_message
    from photodedup.core.messages import SCAN_PROBLEMS, recognise

    samples = _message_samples()
    found = {
        "the file is empty",
        "empty file (0 bytes)",
        "QxQ is over Q pixels",
        "damaged EXIF (Q)",
    }
    assert found <= samples, sorted(samples)
    assert len(samples) >= 25, sorted(samples)
    samples |= {death_message(-9), death_message(OOM_EXIT_CODE), death_message(3)}
    samples.add(timeout_message(2.5))
    unknown = [s for s in sorted(samples - PASS_THROUGH) if not isinstance(recognise(s), Message)]
    assert not unknown, f"add templates for these to SCAN_PROBLEMS: {unknown}"
    assert len(set(SCAN_PROBLEMS)) == len(SCAN_PROBLEMS)


def test_recognised_text_keeps_its_words_and_fields() -> None:
    from photodedup.core.messages import recognise

    text = "not a readable NEF file (LibRaw: unsupported {odd} file)"
    found = recognise(text)
    assert found == text and isinstance(found, Message)
    assert found.template == "not a readable {format} file ({error})"
    assert found.args == {"format": "NEF", "error": "LibRaw: unsupported {odd} file"}
    assert recognise("not enough memory to decode").template == "not enough memory to decode"
    words = "cannot identify image file '/p/a.jpg'"
    assert recognise(words) == words and not isinstance(recognise(words), Message)


def test_an_exception_gives_the_message_it_was_raised_with() -> None:
    from photodedup.core.messages import from_error

    words = Message("{path} is not a photodedup scan result", path="/r.json")
    assert from_error(ValueError(words)) is words
    assert (
        from_error(OSError(2, "No such file or directory")) == "[Errno 2] No such file or directory"
    )
    nested = Message("changed since scan: {problem}", problem=Message("no longer exists"))
    assert from_data(to_data(nested)) == nested == "changed since scan: no longer exists"
