"""scripts/run.sh sets up only when something changed (issue #14: 12 s of pip per start)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _fake_checkout(tmp_path: Path) -> Path:
    """A copy of run.sh with a recording setup.sh and a fake installed app."""
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "run.sh", repo / "scripts" / "run.sh")
    (repo / "pyproject.toml").write_text('[project]\nname = "photodedup"\n')
    (repo / "scripts" / "setup.sh").write_text(
        "mkdir -p .venv/bin\n"
        "echo ran >> setup.log\n"
        "printf '#!/bin/sh\\necho app \"$@\"\\n' > .venv/bin/photodedup\n"
        "chmod +x .venv/bin/photodedup\n"
    )
    return repo


def _run(repo: Path) -> str:
    done = subprocess.run(
        ["bash", "scripts/run.sh", "--version"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


def _setups(repo: Path) -> int:
    log = repo / "setup.log"
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_setup_runs_once_then_only_after_a_change(tmp_path: Path) -> None:
    repo = _fake_checkout(tmp_path)
    assert _run(repo).strip() == "app --version"
    assert _setups(repo) == 1
    assert _run(repo).strip() == "app --version"
    assert _setups(repo) == 1  # nothing changed: no pip install
    with (repo / "pyproject.toml").open("a") as f:
        f.write('version = "2"\n')
    _run(repo)
    assert _setups(repo) == 2
    (repo / ".venv" / "bin" / "photodedup").unlink()  # a broken venv is set up again
    _run(repo)
    assert _setups(repo) == 3
