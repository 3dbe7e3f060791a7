"""The accuracy benchmark's fingerprint cache is usable from any folder (bench/accuracy.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from accuracy import _rebased

from photodedup.core.types import FileIdentity, ImageInfo, Photo, PhotoFile


def test_cached_paths_are_rebased_onto_the_corpus_folder_given_now(tmp_path: Path) -> None:
    """A cache made from the main tree holds ``bench/_data/c/a.jpg``; a run from another
    tree (``--corpus /abs/.../c``) could not open that file again, and the structure check
    then lost every PNG, WebP and HEIC copy it had to decode itself."""
    old = "bench/_data/c/a.jpg"
    file = PhotoFile(old, FileIdentity(1, 2, 3, 4, 5), "bench/_data/c")
    photo = Photo(file, ImageInfo(8, 8, "JPEG"), b"fingerprint", "key")
    photos, thumbs = _rebased(tmp_path, [photo], {old: b"thumb"})
    new = str(tmp_path / "a.jpg")
    assert photos[0].file.path == new
    assert photos[0]._replace(file=file) == photo  # nothing else changed
    assert thumbs == {new: b"thumb"}
