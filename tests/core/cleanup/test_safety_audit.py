"""The audit hook itself (G6): it must catch a photodedup frame removing a user file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

PROBE = """
import os
from pathlib import Path
from photodedup.core.cleanup import trash

EVIL = "import os\\nos.remove(target)\\n"
RENAME = "import os\\nos.rename(target, target + '.moved')\\n"

def _as_photodedup(code, target):
    # run code as if it were a photodedup module (a photodedup frame on the stack)
    exec(compile(code, "photodedup/core/evil.py", "exec"),
         {"__name__": "photodedup.core.evil", "target": target})

def _photo(tmp_path):
    p = tmp_path / "user" / "IMG_1.jpg"
    p.parent.mkdir()
    p.write_bytes(b"only copy")
    return str(p)

def test_evil_remove(tmp_path):
    _as_photodedup(EVIL, _photo(tmp_path))

def test_evil_rename(tmp_path):
    _as_photodedup(RENAME, _photo(tmp_path))

def test_trash_is_allowed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    item = trash.send_to_trash(_photo(tmp_path))
    trash.restore(item, str(tmp_path / "user" / "IMG_1.jpg"))

def test_test_setup_may_delete(tmp_path):
    os.remove(_photo(tmp_path))

INTO = "import os\\nos.rename(target, dest)\\n"

def _move_into(target, dest):
    exec(compile(INTO, "photodedup/core/evil.py", "exec"),
         {"__name__": "photodedup.core.evil", "target": target, "dest": dest})

def test_move_into_declared_folder_is_allowed(tmp_path, move_destination):
    _move_into(_photo(tmp_path), str(move_destination / "IMG_1.jpg"))

def test_move_into_undeclared_folder(tmp_path, move_destination):
    other = tmp_path / "other"
    other.mkdir()
    _move_into(_photo(tmp_path), str(other / "IMG_1.jpg"))

def test_last_name_in_declared_folder(tmp_path, move_destination):
    target = _photo(tmp_path)
    os.link(target, move_destination / "IMG_1.jpg")
    _as_photodedup(EVIL, target)  # allowed: the file keeps its name in the folder
    _as_photodedup(EVIL, str(move_destination / "IMG_1.jpg"))  # its last name: caught

def test_own_cache_may_move(tmp_path):
    db = tmp_path / "c.db"
    db.write_bytes(b"x")
    _as_photodedup(RENAME, str(db))
"""


def test_audit_hook_catches_removal_and_rename_of_user_files(tmp_path: Path) -> None:
    probe = tmp_path / "probe" / "test_probe.py"
    probe.parent.mkdir()
    probe.write_text(textwrap.dedent(PROBE))
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.safety_audit", "-q", "-rA", "-p",
         "no:cacheprovider", "-o", "addopts=", str(probe)],
        cwd=REPO, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    text = out.stdout + out.stderr
    errors = sorted(line.split("::")[1].split(" ")[0] for line in text.splitlines()
                    if line.startswith("ERROR ") and "::" in line)  # fmt: skip
    expected = ["test_evil_remove", "test_evil_rename", "test_last_name_in_declared_folder",
                "test_move_into_undeclared_folder"]  # fmt: skip
    assert errors == expected, text
    assert "os.remove: user file" in text and "os.rename: user file" in text
    assert "8 passed, 4 errors" in text, text  # errors at teardown, where the hook reports
