"""The command line end to end: scan -> (edit) -> apply -> undo, find, errors, cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from photodedup import __version__, cli
from photodedup.cli.common import TerminalProgress
from tests.photos import Library, build_library, make_copy, save_jpeg, textured_image

pytestmark = pytest.mark.usefixtures("restore_logging")  # cli.main adds log handlers


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return build_library(tmp_path_factory.mktemp("pristine") / "photos")


@pytest.fixture
def library(pristine: Library, tmp_path: Path) -> Library:
    """A fresh copy of the module's photo folder (tests change it)."""
    root = tmp_path / "photos"
    shutil.copytree(pristine.root, root)

    def moved(p: Path) -> Path:
        return root / p.relative_to(pristine.root)

    return Library(
        root=root,
        originals=[moved(p) for p in pristine.originals],
        copies={moved(o): [moved(c) for c in cs] for o, cs in pristine.copies.items()},
        singles=[moved(p) for p in pristine.singles],
        bad=[moved(p) for p in pristine.bad],
    )


def run(*args: str) -> int:
    """cli.main with one decoder worker (spawning workers is the slow part of these tests)."""
    argv = list(args)
    if argv[0] in ("scan", "find"):
        argv[1:1] = ["--workers", "1"]
    return cli.main(argv)


@pytest.fixture(scope="module")
def shared_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("shared-cache")


@pytest.fixture
def shared(pristine: Library, shared_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """The module's photo folder, read-only, with a cache shared by the tests using it."""
    monkeypatch.setenv("PHOTODEDUP_CACHE_DIR", str(shared_cache_dir))
    return pristine


def _snapshot(root: Path) -> dict[str, tuple[int, int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns, p.stat().st_ino)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _scan(library: Library, out: Path, *extra: str) -> dict[str, Any]:
    assert run("scan", str(library.root), "--json", str(out), *extra) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _trash_files(home: Path) -> list[str]:
    folder = home / ".local/share/Trash/files"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"photodedup {__version__}"


def test_scan_groups_copies_lists_bad_files_and_changes_nothing(
    shared: Library, tmp_path: Path
) -> None:
    before = _snapshot(shared.root)
    doc = _scan(shared, tmp_path / "out.json")
    assert (doc["format"], doc["version"]) == ("photodedup-scan", 2)
    groups = [{m["path"] for m in g["members"]} for g in doc["groups"]]
    expected = [shared.group_of(o) for o in shared.originals]
    assert sorted(groups, key=sorted) == sorted(expected, key=sorted)
    assert {e["path"] for e in doc["errors"]} == {str(p) for p in shared.bad}
    assert {e["kind"] for e in doc["errors"]} == {"empty", "truncated", "unreadable"}
    member = doc["groups"][0]["members"][0]
    assert member["action"] == "keep" and member["distance"] == 0
    assert set(member) >= {"path", "width", "height", "bytes", "format", "protected", "identity"}
    assert doc["stats"]["files_found"] == len(shared.good_files) + 2
    assert doc["roots"] == [str(shared.root)]
    assert _snapshot(shared.root) == before


def test_scan_can_suggest_trash_for_every_lower_resolution_copy(
    shared: Library, tmp_path: Path
) -> None:
    plain = _scan(shared, tmp_path / "plain.json")
    doc = _scan(shared, tmp_path / "lower.json", "--trash-lower-resolution")
    trashed = 0
    for group, before in zip(doc["groups"], plain["groups"], strict=True):
        keeper = group["members"][0]
        assert keeper["action"] == "keep"
        for member, old in zip(group["members"][1:], before["members"][1:], strict=True):
            lower = member["width"] * member["height"] < keeper["width"] * keeper["height"]
            expected = "trash" if lower else old["action"]
            assert member["action"] == expected
            trashed += lower
    assert trashed > 0  # the fixture has half-size copies


def test_second_scan_reads_every_hash_from_the_cache(library: Library, tmp_path: Path) -> None:
    first = _scan(library, tmp_path / "1.json")
    second = _scan(library, tmp_path / "2.json")
    assert first["stats"]["decoded"] == first["stats"]["files_found"] > 0
    assert second["stats"]["decoded"] == 0
    assert second["stats"]["from_cache"] == second["stats"]["files_found"]
    assert second["groups"] == first["groups"]


def test_only_a_first_scan_starts_the_decoders_before_its_own_imports(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photodedup.core.decode import context

    calls: list[str] = []
    real = context.prepare_workers
    monkeypatch.setattr(context, "prepare_workers", lambda: calls.append("early") or real())
    _scan(library, tmp_path / "1.json")  # no hash cache yet: everything will be decoded
    assert calls[:1] == ["early"]
    calls.clear()
    _scan(library, tmp_path / "2.json")  # the cache knows every photo: no decoder at all
    assert calls == []


def test_the_entry_point_starts_the_decoders_only_for_a_scan_that_decodes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photodedup.cli.early import start_for_command_line
    from photodedup.core.decode import context
    from photodedup.core.paths import cache_db_path

    calls: list[int] = []
    monkeypatch.setattr(context, "prepare_workers", lambda: calls.append(1))
    monkeypatch.setenv("PHOTODEDUP_CACHE_DIR", str(tmp_path / "cache"))
    started = {
        args: bool(calls.clear() or start_for_command_line(args.split()) or calls)
        for args in ("scan /p", "scan /p --dask tcp://h:1", "scan --dask=tcp://h:1 /p", "find x /p")
    }
    assert started == {
        "scan /p": True,  # no cache yet: every file will be decoded
        "scan /p --dask tcp://h:1": False,  # the cluster's workers decode
        "scan --dask=tcp://h:1 /p": False,
        "find x /p": False,
    }
    cache_db_path().parent.mkdir(parents=True)
    cache_db_path().write_bytes(b"")  # a cache: a rescan may decode nothing
    calls.clear()
    start_for_command_line(["scan", "/p"])
    assert calls == []
    start_for_command_line(["scan", "/p", "--no-cache"])
    assert calls == [1]


def test_warm_scan_imports_neither_the_decoder_pool_nor_the_clean_up_code(
    shared: Library, tmp_path: Path
) -> None:
    first = _scan(shared, tmp_path / "1.json")  # fills the shared cache if it was empty
    probe = (
        "import sys\n"
        "from photodedup.__main__ import main\n"
        "code = main(sys.argv[1:])\n"
        "lazy = ('multiprocessing', 'photodedup.core.decode.pool', 'photodedup.cli.apply',"
        " 'photodedup.core.cleanup.plan', 'photodedup.core.cleanup.trash',"
        " 'numpy', 'PIL', 'numba', 'dask', 'distributed', 'pyarrow',"
        " 'photodedup.core.decode.cluster', 'photodedup.core.store.parquet')\n"
        "print([m for m in lazy if m in sys.modules])\n"
        "sys.exit(code)\n"
    )
    out = tmp_path / "2.json"
    args = [sys.executable, "-c", probe, "scan", str(shared.root), "--json", str(out)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    second = json.loads(out.read_text(encoding="utf-8"))
    assert second["stats"]["decoded"] == 0
    assert second["groups"] == first["groups"]


def test_the_console_command_exits_at_once_with_its_output_complete(
    shared: Library, tmp_path: Path
) -> None:
    first = _scan(shared, tmp_path / "1.json")
    for dest in (str(tmp_path / "2.json"), "-"):
        args = [sys.executable, "-m", "photodedup", "scan", str(shared.root), "--json", dest]
        done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        text = done.stdout if dest == "-" else Path(dest).read_text(encoding="utf-8")
        assert json.loads(text)["groups"] == first["groups"]  # everything was flushed
        summary = done.stderr if dest == "-" else done.stdout
        assert " groups, " in summary
    usage = subprocess.run(
        [sys.executable, "-m", "photodedup", "scan", str(tmp_path / "missing")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert usage.returncode == 2 and "no such folder" in usage.stderr


def _mark_for_trash(doc: dict[str, Any], count: int) -> list[str]:
    """Edit the document like a user would: mark ``count`` non-keepers of each group."""
    marked = []
    for group in doc["groups"]:
        for member in group["members"][1 : 1 + count]:
            member["action"] = "trash"
            marked.append(member["path"])
    return marked


def test_apply_trashes_exactly_the_marked_members_and_skips_changed_ones(
    library: Library, tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    doc = _scan(library, out)
    marked = _mark_for_trash(doc, 2)
    out.write_text(json.dumps(doc), encoding="utf-8")
    changed = Path(marked[-1])
    with changed.open("ab") as fh:
        fh.write(b"edited after the scan")
    before = _snapshot(library.root)
    capsys.readouterr()

    assert run("apply", str(out)) == 0  # dry run
    dry = capsys.readouterr().out
    assert "Dry run: would move 4 files" in dry
    assert _snapshot(library.root) == before
    assert _trash_files(isolated_dirs) == []

    assert run("apply", str(out), "--yes") == 0
    text = capsys.readouterr().out
    trashed = set(marked) - {str(changed)}
    assert {p for p in before if not Path(p).exists()} == trashed
    assert changed.exists()
    assert sorted(_trash_files(isolated_dirs)) == sorted(Path(p).name for p in trashed)
    assert f"changed {changed}" in text
    assert "3 trashed, 1 changed, 0 failed, 0 skipped" in text

    assert run("undo") == 0
    assert "3 restored, 0 not restored" in capsys.readouterr().out
    assert all(Path(p).exists() for p in trashed)
    assert run("undo") == 0
    assert "Nothing to undo." in capsys.readouterr().out


def test_apply_move_to_moves_the_marked_members_and_undo_brings_them_back(
    library: Library,
    tmp_path: Path,
    isolated_dirs: Path,
    move_destination: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.json"
    doc = _scan(library, out)
    marked = _mark_for_trash(doc, 1)
    out.write_text(json.dumps(doc), encoding="utf-8")
    before = _snapshot(library.root)
    capsys.readouterr()

    assert run("apply", str(out), "--move-to", str(move_destination)) == 0  # dry run
    assert f"would move {len(marked)} files" in capsys.readouterr().out
    assert _snapshot(library.root) == before

    assert run("apply", str(out), "--yes", "--move-to", str(move_destination)) == 0
    text = capsys.readouterr().out
    assert f"{len(marked)} moved, 0 changed, 0 failed, 0 skipped" in text
    assert not any(Path(p).exists() for p in marked)
    assert len(list(move_destination.iterdir())) == len(marked)
    assert _trash_files(isolated_dirs) == []

    assert run("undo") == 0
    assert f"{len(marked)} restored, 0 not restored" in capsys.readouterr().out
    assert _snapshot(library.root) == before
    assert list(move_destination.iterdir()) == []


def test_apply_move_to_refuses_a_reference_or_own_folder(
    library: Library, tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    doc = _scan(library, out)
    _mark_for_trash(doc, 1)
    out.write_text(json.dumps(doc), encoding="utf-8")
    before = _snapshot(library.root)
    trash = isolated_dirs / ".local" / "share" / "Trash"
    trash.mkdir(parents=True, exist_ok=True)
    assert run("apply", str(out), "--yes", "--move-to", str(trash)) == 2
    assert "cannot move there" in capsys.readouterr().err
    assert _snapshot(library.root) == before


def test_apply_never_trashes_a_whole_group(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    doc = _scan(library, out)
    for member in doc["groups"][0]["members"]:
        member["action"] = "trash"
    out.write_text(json.dumps(doc), encoding="utf-8")
    before = _snapshot(library.root)
    assert run("apply", str(out), "--yes") == 0
    assert "refused" in capsys.readouterr().out
    assert _snapshot(library.root) == before


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"format": "other"}), json.dumps({"format": "photodedup-scan"})],
)
def test_apply_rejects_bad_documents(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert run("apply", str(bad), "--yes") == 2
    assert "photodedup:" in capsys.readouterr().err


def test_scan_json_to_stdout_and_csv(
    shared: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "out.csv"
    assert run("scan", str(shared.root), "--json", "-", "--csv", str(csv_path)) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert "photos in 2 groups, 3 errors" in captured.err
    rows = csv_path.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("group,kind,path,width,height,bytes,format,distance,action")
    assert len(rows) == 1 + sum(len(g["members"]) for g in doc["groups"])


def test_scan_prints_groups_for_people(shared: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("scan", str(shared.root), "--threshold", "4") == 0
    out = capsys.readouterr().out
    assert out.count("group ") == 2
    assert "error truncated:" in out
    assert "photos in 2 groups" in out.splitlines()[-1]


def test_scan_unwritable_output_is_reported(
    shared: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("scan", str(shared.root), "--json", str(tmp_path / "no" / "such" / "x.json")) == 1
    assert "cannot write the result" in capsys.readouterr().err


def test_scan_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("scan", str(tmp_path / "missing")) == 2
    assert "no such folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        run("scan", str(tmp_path), "--threshold", "99")
    assert stop.value.code == 2


def test_find_lists_library_copies_nearest_first(
    shared: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = make_copy(textured_image(seed=100), "webp", tmp_path / "query")
    assert run("find", str(query), str(shared.root)) == 0
    lines = capsys.readouterr().out.splitlines()
    found = [line.split(maxsplit=2)[2] for line in lines]
    assert set(found) == shared.group_of(shared.originals[0])
    distances = [int(line.split()[0].removeprefix("d=")) for line in lines]
    assert distances == sorted(distances)

    # Without ROOTs: from the cache the scan above filled.
    assert run("find", str(query), "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert {m["path"] for m in doc["matches"]} == shared.group_of(shared.originals[0])


def test_find_reports_nothing_for_a_new_picture(
    shared: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = make_copy(textured_image(seed=4242), "png", tmp_path / "new")
    assert run("find", str(query), str(shared.root)) == 1
    assert "No near-duplicate" in capsys.readouterr().out


def test_find_skips_stale_cache_entries_and_the_image_itself(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("scan", str(library.root)) == 0
    original = library.originals[0]
    gone = library.copies[original][0]
    os.utime(library.copies[original][1], ns=(1, 1))  # changed since cached: not listed
    gone.rename(gone.with_suffix(".moved"))
    capsys.readouterr()
    assert run("find", str(original)) == 0
    captured = capsys.readouterr()
    assert "2 cached photos changed or vanished" in captured.err
    found = {line.split(maxsplit=2)[2] for line in captured.out.splitlines()}
    assert found == library.group_of(original) - {
        str(original),
        str(gone),
        str(library.copies[original][1]),
    }


def test_find_with_unreadable_image(shared: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("find", str(shared.bad[1])) == 2
    assert "cannot read" in capsys.readouterr().err


class _Tty:
    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_bar_only_on_a_terminal_and_erased_at_the_end() -> None:
    from photodedup.core.progress import Progress

    tty = _Tty()
    bar = TerminalProgress(tty, width=40)  # type: ignore[arg-type]
    bar(Progress("hash", 5, 10, "/photos/" + "x" * 60 + ".jpg"))
    bar(Progress("group", 1, 1))
    line = tty.text.split("\r")[1]
    assert line.startswith("hash 5/10  50% …") and len(line) <= 40
    assert tty.text.split("\r")[2].startswith("group 1/1 100%")
    bar.close()
    assert tty.text.endswith("\r")
    assert tty.text.split("\r")[-2].strip() == ""
    plain = TerminalProgress(__import__("io").StringIO())
    plain(Progress("hash", 1, 2))
    assert plain.stream.getvalue() == ""  # type: ignore[attr-defined]


def test_progress_line_is_redrawn_a_few_times_a_second_not_per_file() -> None:
    from photodedup.core.progress import Progress

    tty = _Tty()
    bar = TerminalProgress(tty, width=40)  # type: ignore[arg-type]
    for done in range(1, 10_001):  # a scan reports every file
        bar(Progress("hash", done, 10_000))
    lines = tty.text.split("\r")[1:]
    assert 2 <= len(lines) < 50  # the first, a few in between, the last
    assert lines[-1].startswith("hash 10000/10000 100%")


def test_interrupt_exits_130(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("photodedup.core.pipeline.run_scan", interrupted)
    assert run("scan", str(tmp_path)) == 130
    assert "interrupted" in capsys.readouterr().err


def test_undecodable_file_name_is_scanned_and_trashed_exactly(
    tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "odd"
    root.mkdir()
    original = save_jpeg(textured_image(seed=11), root / "original.jpg")
    raw = os.fsencode(str(root)) + b"/IMG_\xff.jpg"
    with open(raw, "wb") as fh:
        fh.write(original.read_bytes())
    lookalike = save_jpeg(textured_image(seed=12), root / "IMG_\ufffd.jpg")
    out = tmp_path / "out.json"
    assert run("scan", str(root), "--json", str(out)) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    (group,) = doc["groups"]
    assert {os.fsencode(m["path"]) for m in group["members"]} == {raw, os.fsencode(str(original))}
    for member in group["members"]:
        member["action"] = "trash" if os.fsencode(member["path"]) == raw else "keep"
    out.write_text(json.dumps(doc), encoding="utf-8")
    assert run("apply", str(out), "--yes") == 0
    assert "1 trashed" in capsys.readouterr().out
    assert not os.path.lexists(raw)
    assert original.exists() and lookalike.exists()
    trash_files = isolated_dirs / ".local/share/Trash/files"
    assert [os.fsencode(p.name) for p in trash_files.iterdir()] == [b"IMG_\xff.jpg"]


def test_scan_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    folder = tmp_path / "empty"
    folder.mkdir()
    assert gc.isenabled()
    assert cli.main(["scan", str(folder), "--json", str(tmp_path / "o.json")]) == 0
    assert gc.isenabled()


def test_scan_honours_the_ignore_list_and_ignore_list_clear(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from photodedup.core import pipeline
    from photodedup.core.config import ScanOptions
    from photodedup.core.store.ignored import IgnoreList

    result = pipeline.run_scan(ScanOptions(roots=(str(library.root),), workers=1))
    group = result.groups[0]
    with IgnoreList() as ignored:  # as the app's "Not Duplicates" on a whole group
        ignored.add([result.photos[m.photo].file for m in group.members], whole_group=True)
    hidden = {result.photos[m.photo].path for m in group.members}

    def groups() -> list[set[str]]:
        doc = _scan(library, tmp_path / "out.json")
        return [{m["path"] for m in g["members"]} for g in doc["groups"]]

    assert hidden not in groups()
    assert len(groups()) == len(result.groups) - 1
    capsys.readouterr()
    assert run("ignore", "list") == 0
    listed = capsys.readouterr().out
    assert "\tgroup\n" in listed and all(p in listed for p in hidden)
    assert run("ignore", "clear", "999") == 1
    assert "no entry 999" in capsys.readouterr().out
    assert run("ignore", "clear") == 0
    assert "1 forgotten" in capsys.readouterr().out
    assert hidden in groups()
    assert run("ignore", "list") == 0
    assert "Nothing is marked" in capsys.readouterr().out
