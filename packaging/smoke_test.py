"""Smoke-test a built photodedup executable (run by packaging/build_app.sh).

Usage: ``python packaging/smoke_test.py dist/photodedup/photodedup``

1. ``--version`` prints the version of this checkout.
2. ``scan <folder> --json <file>`` on a generated folder (an original, a resized PNG copy,
   a re-compressed JPEG copy and an unrelated picture) finds one group holding the copies,
   and a second one holding a scene, its copy cropped by 5 % on each side and its copy
   under a caption box: the captioned copy is grouped by the structure check only (OpenCV's
   keypoint and ECC fits), so a cv2 without one of its functions fails here.
   Skipped with a notice while the CLI has no ``scan`` subcommand.
3. Without arguments the GUI starts offscreen, is still running after a few seconds and
   has written no crash report.

Needs Pillow in the Python running it; the executable runs with QT_QPA_PLATFORM=offscreen
and private config/cache/log dirs.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from photodedup import __version__  # noqa: E402

TIMEOUT = 300
GUI_SECONDS = 8


def make_photos(folder: Path) -> tuple[set[str], str]:
    """Write 3 copies of one picture and 1 unrelated one; return (copy names, other name)."""
    folder.mkdir(parents=True, exist_ok=True)
    original = Image.new("RGB", (640, 480), (30, 90, 160))
    draw = ImageDraw.Draw(original)
    draw.ellipse((100, 80, 380, 360), fill=(240, 200, 40))
    draw.rectangle((400, 200, 600, 440), fill=(20, 140, 60))
    original.save(folder / "original.jpg", quality=95)
    original.resize((320, 240)).save(folder / "resized.png")
    original.save(folder / "recompressed.jpg", quality=40)
    other = Image.new("RGB", (640, 480), (250, 250, 250))
    ImageDraw.Draw(other).polygon([(0, 480), (320, 0), (640, 480)], fill=(120, 20, 20))
    other.save(folder / "unrelated.jpg", quality=90)
    return {"original.jpg", "resized.png", "recompressed.jpg"}, "unrelated.jpg"


def scene(seed: int = 11, size: tuple[int, int] = (800, 600)) -> Image.Image:
    """A deterministic "photo": a gradient under 40 random shapes (many keypoints)."""
    rnd = random.Random(seed)
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    width, height = size
    for y in range(height):
        shade = (40 + y * 150 // height, 90 + y * 60 // height, 200 - y * 150 // height)
        draw.line((0, y, width, y), fill=shade)
    for _ in range(40):
        x0, y0 = rnd.randrange(width - 40), rnd.randrange(height - 40)
        x1, y1 = x0 + rnd.randrange(20, width // 4), y0 + rnd.randrange(20, height // 4)
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        shape = draw.ellipse if rnd.random() < 0.5 else draw.rectangle
        shape((x0, y0, x1, y1), fill=colour)
    return img


def make_structure_photos(folder: Path) -> set[str]:
    """Write a scene, a 5 %-border crop and a captioned copy; return their names.  The
    fingerprints leave the captioned copy undecided: the structure check groups it, with
    OpenCV's fits (tests/test_packaging_opencv.py checks that the scan calls them)."""
    folder.mkdir(parents=True, exist_ok=True)
    img = scene()
    width, height = img.size
    img.save(folder / "scene.jpg", quality=92)
    border = (width // 20, height // 20, width - width // 20, height - height // 20)
    img.crop(border).save(folder / "scene_cropped.jpg", quality=92)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, int(height * 0.82), int(width * 0.45), height), fill=(0, 0, 0))
    draw.text((20, int(height * 0.86)), "Summer 2024 - the lake", fill=(255, 255, 255))
    img.save(folder / "scene_captioned.jpg", quality=92)
    return {"scene.jpg", "scene_cropped.jpg", "scene_captioned.jpg"}


def app_env(home: Path) -> dict[str, str]:
    """Environment for the app: offscreen Qt and private photodedup directories."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for kind in ("CACHE", "DATA", "CONFIG", "LOG"):
        env[f"PHOTODEDUP_{kind}_DIR"] = str(home / kind.lower())
    return env


def run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a command, echo it and its output."""
    print("$", " ".join(cmd), flush=True)
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    print(proc.stdout + proc.stderr, end="", flush=True)
    return proc


def group_names(document: Any) -> list[set[str]]:
    """File names per group in a scan JSON document (tolerant of the exact schema)."""
    groups = document.get("groups", []) if isinstance(document, dict) else document
    result = []
    for group in groups:
        members = group.get("members", []) if isinstance(group, dict) else group
        names = set()
        for member in members:
            path = member.get("path", "") if isinstance(member, dict) else str(member)
            names.add(Path(path).name)
        result.append(names)
    return result


def check_version(binary: str, env: dict[str, str]) -> None:
    """The binary reports this checkout's version; prints how long ``--version`` takes."""
    proc = run([binary, "--version"], env)
    assert proc.returncode == 0, "--version failed"
    assert __version__ in proc.stdout, f"version {__version__} not in {proc.stdout!r}"
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([binary, "--version"], env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    print(f"--version: {sorted(times)[1]:.2f} s (median of 3)", flush=True)


def check_scan(binary: str, env: dict[str, str], work: Path) -> bool:
    """Scan a generated folder; False when the CLI has no scan subcommand yet."""
    if "scan" not in run([binary, "--help"], env).stdout:
        print("NOTICE: the CLI has no 'scan' subcommand yet; scan smoke test skipped")
        return False
    copies, other = make_photos(work / "photos")
    scenes = make_structure_photos(work / "photos")
    out = work / "result.json"
    proc = run([binary, "scan", str(work / "photos"), "--json", str(out)], env)
    assert proc.returncode == 0, f"scan exited with {proc.returncode}"
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document.get("format") == "photodedup-scan", f"not a scan document: {document!r:.200}"
    groups = group_names(document)
    print(f"groups: {groups}")
    assert copies in groups, f"copies {copies} not grouped together"
    assert scenes in groups, f"crop and caption {scenes} not grouped (the structure check)"
    assert all(other not in names for names in groups), f"{other} wrongly grouped"
    return True


def check_gui_starts(binary: str, env: dict[str, str]) -> None:
    """The GUI starts offscreen and keeps running (no missing Qt plugin or import)."""
    print(f"$ {binary}  (GUI, offscreen, {GUI_SECONDS} s)", flush=True)
    proc = subprocess.Popen(
        [binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        output, _ = proc.communicate(timeout=GUI_SECONDS)
    except subprocess.TimeoutExpired:
        proc.terminate()
        output, _ = proc.communicate(timeout=30)
    else:
        raise AssertionError(f"GUI exited early with {proc.returncode}:\n{output}")
    # A crash shows a dialog (so the process stays up) and leaves a report: look for it.
    reports = sorted(Path(env["PHOTODEDUP_LOG_DIR"]).glob("crash-*.txt"))
    if reports:
        raise AssertionError(f"GUI crashed:\n{reports[0].read_text(encoding='utf-8')}")


def main(argv: list[str]) -> int:
    """Run every smoke check against the executable in argv[0]."""
    if len(argv) != 1:
        print(__doc__)
        return 2
    binary = str(Path(argv[0]).resolve())
    with tempfile.TemporaryDirectory(prefix="photodedup-smoke-") as tmp:
        work = Path(tmp)
        os.chdir(work)  # like a user: no checkout in the working directory
        env = app_env(work / "home")
        check_version(binary, env)
        scanned = check_scan(binary, env, work)
        check_gui_starts(binary, env)
    print(f"SMOKE TEST PASSED ({'version, scan, GUI' if scanned else 'version, GUI'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
