"""units.human_bytes: decimal units as file managers show them."""

from __future__ import annotations

import pytest

from photodedup.core.units import human_bytes


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 B"),
        (1, "1 B"),
        (999, "999 B"),
        (1000, "1.0 KB"),  # decimal, not 1024
        (1023, "1.0 KB"),
        (1024, "1.0 KB"),
        (1234567, "1.2 MB"),
        (999_949, "999.9 KB"),
        (2_500_000, "2.5 MB"),
        (1_000_000_000, "1.0 GB"),
        (5_000_000_000_000, "5000.0 GB"),  # GB is the largest unit
    ],
)
def test_human_bytes(size: int, text: str) -> None:
    assert human_bytes(size) == text


def test_bytes_have_no_decimals_and_larger_units_one() -> None:
    assert "." not in human_bytes(512)
    for size in (1500, 1_500_000, 1_500_000_000):
        number, _unit = human_bytes(size).split()
        assert number == "1.5"
