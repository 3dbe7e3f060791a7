"""Words the core gives people, in a form a translated interface can take over.

A :class:`Message` *is* the English text (a ``str``: JSON and CSV carry it, comparisons
and logs see it, exactly as before) and also remembers its **template** (the stable id:
English text with ``{name}`` fields) and **arguments**.  The GUI and the command line
translate the template and fill in the arguments in the user's language
(``photodedup/i18n.py``, shared by ``gui/core_text.py`` and ``cli/text.py``); anything else
shows the English.  The core stays free of Qt and of any translation machinery.

Arguments are plain values; a byte count is a :class:`Size`, written as "2.5 MB" in
English and by the command line, in the interface's own units by the GUI.  An argument
may be a Message itself (a clean-up's "changed since scan: {problem}"): it is translated
too.  The system's own words (an OSError's ``strerror``) and paths stay as they are.

    >>> reason = Message("largest file ({size})", size=Size(2_500_000))
    >>> reason, reason.template
    ('largest file (2.5 MB)', 'largest file ({size})')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from photodedup.core.units import human_bytes

__all__ = [
    "SCAN_PROBLEMS",
    "Arg",
    "Message",
    "Size",
    "english",
    "from_data",
    "from_error",
    "recognise",
    "to_data",
]


class Size(int):
    """A number of bytes, shown as a size ("2.5 MB")."""

    __slots__ = ()


Arg = str | int


def english(value: Arg) -> str:
    """An argument as the English text shows it."""
    return human_bytes(value) if isinstance(value, Size) else str(value)


class Message(str):
    """English text that also keeps its template and arguments (see the module doc)."""

    template: str
    args: Mapping[str, Arg]

    def __new__(cls, template: str, /, **args: Arg) -> Message:
        text = template.format_map({k: english(v) for k, v in args.items()}) if args else template
        self = super().__new__(cls, text)
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled by template and arguments
        return (_rebuild, (self.template, dict(self.args)))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {dict(self.args)!r})"


def from_error(exc: BaseException) -> str:
    """What an exception says: the Message it was raised with (a ``ReportError``, a
    ``DestinationError``), else its text as ``str`` gives it."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def _rebuild(template: str, args: dict[str, Arg]) -> Message:
    return Message(template, **args)


Data = str | tuple[str, tuple[tuple[str, str, int | str], ...]]


def to_data(text: str) -> Data:
    """Plain data for storage (``marshal``, JSON): a str stays a str; a Message becomes
    ``(template, ((name, kind, value), ...))`` with kind ``"size"``, ``"int"`` or ``"str"``."""
    if not isinstance(text, Message):
        return str(text)
    kinds = ((k, _kind(v), int(v) if isinstance(v, int) else str(v)) for k, v in text.args.items())
    return text.template, tuple(kinds)


def from_data(data: object) -> str:
    """The text stored by :func:`to_data`; raises TypeError/ValueError on anything else."""
    if type(data) is str:
        return data
    if not isinstance(data, tuple | list) or len(data) != 2 or type(data[0]) is not str:
        raise TypeError("not a stored message")
    args: dict[str, Arg] = {}
    for name, kind, value in data[1]:
        args[str(name)] = _ARG_TYPES[kind](value)
    return Message(data[0], **args)


_ARG_TYPES: dict[str, type[Arg]] = {"size": Size, "int": int, "str": str}


def _kind(value: Arg) -> str:
    if isinstance(value, Size):
        return "size"
    return "int" if isinstance(value, int) else "str"


# What the core itself says about a file a scan could not use (``ScanError.message``,
# written by discover/ and decode/, stored as text by the hash cache and carried across
# processes as text): templates to *recognise* that text by, most specific first.  A
# library's or the OS's own words ("cannot identify image file ...") match none and are
# shown as they are.  tests/core/test_messages.py checks that every fixed message of the
# core is recognised.
SCAN_PROBLEMS = (
    # discover/walker.py
    "root not usable: {error}",
    "cannot list folder: {error}",
    "empty file (0 bytes)",
    "larger than {limit} bytes",
    # decode/files.py, single.py
    "the file changed since it was listed",
    "the file changed while it was read",
    "the file no longer exists",
    "permission denied",
    "not a regular file",
    "{size} bytes is over the {limit} limit",
    "over the {limit} byte limit",
    "the file is empty",
    # decode/image.py, raw.py
    "{width}x{height} is over {limit} pixels",
    "{width}x{height} declared by a {size}-byte file (a decompression bomb)",
    "{format} files are not supported",
    "not a readable image",
    "not enough memory to decode ({error})",
    "not enough memory to decode",
    "not a readable {format} file (no image size)",
    "not a readable {format} file ({error})",
    "damaged {format} file ({error})",
    # decode/supervisor.py, worker.py, pool.py, cluster.py
    "decoder processes fail to start ({error})",
    "the decoder process did not start",
    "the decoder process is gone",
    "the decoder was shut down",
    "the decoder crashed ({signal})",
    "the decoder ran out of memory",
    "the decoder exited unexpectedly (code {code})",
    "decoding took longer than {seconds} s",
    "the cluster could not decode it ({error})",
    "the cluster returned no result for it",
    # warnings (decode/metadata.py, image.py): the photo was used
    "unreadable EXIF, orientation ignored ({error})",
    "damaged EXIF ({error})",
    "invalid EXIF orientation {value} ignored",
    "damaged metadata ({error})",
)


def recognise(text: str, templates: Iterable[str] = SCAN_PROBLEMS) -> str:
    """``text`` as the Message of the first template it reads as (the fields taken from
    the text), else ``text`` itself (a Message already, or words no template makes)."""
    if isinstance(text, Message):
        return text
    for template in templates:
        match = _pattern(template).fullmatch(text)
        if match is not None:
            return Message(template, **match.groupdict())
    return text


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    """A template as a regular expression: its text literally, each ``{field}`` a group."""
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)
