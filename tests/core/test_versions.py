"""versions: import-free home of ALGO_ID, GROUPING_VERSION and STRUCTURE_VERSION, all part of
stored keys."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from photodedup.core import fingerprint, versions
from photodedup.core.group import cluster
from photodedup.core.store import hashes, memo, verdicts
from photodedup.core.store.hashes import HashCache
from photodedup.core.store.memo import GroupMemo, memo_key
from photodedup.core.types import FileIdentity, ImageInfo, Photo, PhotoFile


def test_the_module_imports_nothing() -> None:
    tree = ast.parse(Path(versions.__file__).read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert imports == []


def test_importing_it_loads_neither_numpy_nor_pillow() -> None:
    code = (
        "import sys; import photodedup.core.versions as v; "
        "print(v.ALGO_ID); "
        "print(sorted(m for m in ('numpy', 'PIL', 'numba') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    assert out == [versions.ALGO_ID, "[]"]


def test_values_are_re_exported_unchanged() -> None:
    assert fingerprint.ALGO_ID is versions.ALGO_ID
    assert cluster.GROUPING_VERSION is versions.GROUPING_VERSION
    assert verdicts.STRUCTURE_VERSION is versions.STRUCTURE_VERSION
    assert isinstance(versions.ALGO_ID, str) and versions.ALGO_ID
    assert isinstance(versions.GROUPING_VERSION, int) and versions.GROUPING_VERSION > 0


def _file(tmp_path: Path) -> PhotoFile:
    path = tmp_path / "lib" / "a.jpg"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"0123456789")
    return PhotoFile(str(path), FileIdentity.from_stat(path.lstat()), str(path.parent))


def test_a_new_algo_id_misses_the_hash_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _file(tmp_path)
    photo = Photo(file, ImageInfo(4, 3, "JPEG"), b"fp" * 10, "ck")
    with HashCache(tmp_path / "c.db") as cache:
        cache.store_many([photo])
        assert cache.lookup(file) == photo
        monkeypatch.setattr(hashes, "ALGO_ID", versions.ALGO_ID + "-next")
        assert cache.lookup(file) is None
        monkeypatch.setattr(hashes, "ALGO_ID", versions.ALGO_ID)
        assert cache.lookup(file) == photo


def test_a_new_algo_id_or_grouping_version_misses_the_group_memo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = [Photo(_file(tmp_path), ImageInfo(4, 3, "JPEG"), b"fp", "")]
    base = memo_key(photos, 10, ("pixels",))
    GroupMemo(tmp_path / "g.db").put(base, [])
    monkeypatch.setattr(memo, "GROUPING_VERSION", versions.GROUPING_VERSION + 1)
    assert memo_key(photos, 10, ("pixels",)) != base
    monkeypatch.setattr(memo, "GROUPING_VERSION", versions.GROUPING_VERSION)
    monkeypatch.setattr(memo, "ALGO_ID", versions.ALGO_ID + "-next")
    assert memo_key(photos, 10, ("pixels",)) != base
    monkeypatch.setattr(memo, "ALGO_ID", versions.ALGO_ID)
    assert memo_key(photos, 10, ("pixels",)) == base
    assert GroupMemo(tmp_path / "g.db").get(base) == []
