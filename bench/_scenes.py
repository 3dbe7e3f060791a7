"""Scene sets: distinct originals that show the same scene (they share a ``scene`` label).

* ``stereo``: the two views of a stereo pair (OpenCV's aloe and calibration pairs,
  scikit-image's motorcycle);
* ``views``: one subject photographed twice (OpenCV's box / box in scene, graffiti and
  Leuven viewpoints, aerial pair, Suzanne renders);
* ``burst``: real independent captures seconds apart: optical-flow frame pairs and frames
  of the videos that ``opencv-doc`` and ``visp-images-data`` ship.  Each frame carries the
  capture instant a camera's burst would write (EXIF DateTimeOriginal + SubSecTimeOriginal:
  the frame's time in its video from a fixed start), and so do the copies that keep EXIF;
* ``colour_variant``: one artwork in several colours (hue-rotated and tinted versions of
  ``openclipart-png`` drawings).

None of these is a copy of another: a pair across one set is a different photo (it may
appear as "similar shots", never as copies).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from _sources import OPENCLIPART, OPENCV_DATA, VISP, flatten
from PIL import Image, ImageOps


class Pic(NamedTuple):
    """One original: id, family, pixels, the scene it shows and when it was taken
    (seconds from BURST_START; None: no capture instant in its EXIF)."""

    id: str
    family: str
    img: Image.Image
    scene: str
    taken: float | None = None


STEREO = [("aloeL.jpg", "aloeR.jpg")] + [
    (f"left{n:02d}.jpg", f"right{n:02d}.jpg") for n in (1, 4, 7, 9, 12, 14)
]
VIEWS = [
    ("box.png", "box_in_scene.png"),
    ("graf1.png", "graf3.png"),
    ("leuvenA.jpg", "leuvenB.jpg"),
    ("aero1.jpg", "aero3.jpg"),
    ("Blender_Suzanne1.jpg", "Blender_Suzanne2.jpg"),
]
FLOW_PAIRS = [("basketball1.png", "basketball2.png"), ("rubberwhale1.png", "rubberwhale2.png")]
# video, number of scenes taken, seconds between the shots of one scene
VIDEOS = [("vtest.avi", 8, 1.0), ("Megamind.avi", 4, 0.5), ("tree.avi", 3, 1.0)]
VISP_SEQUENCES = [("cube", "image.*.pgm", 3, 8), ("mbt/cube", "image*.pgm", 3, 12)]
COLOUR_DIRS = ["animals", "food/fruit", "plants", "transportation", "buildings"]
N_COLOUR_ARTWORKS = 24


def _open(path: Path) -> Image.Image:
    with Image.open(path) as img:
        return flatten(img)


def _pairs(
    pairs: list[tuple[str, str]], family: str, frame_s: float | None = None
) -> Iterator[Pic]:
    """Two pictures per scene (taken ``frame_s`` apart, when given)."""
    for p, (a, b) in enumerate(pairs):
        if not ((OPENCV_DATA / a).is_file() and (OPENCV_DATA / b).is_file()):
            continue
        scene = f"{family}-{Path(a).stem}"
        for n, name in enumerate((a, b)):
            taken = None if frame_s is None else 600.0 * p + n * frame_s
            yield Pic(f"{scene}-{n}", family, _open(OPENCV_DATA / name), scene, taken)


def _motorcycle() -> Iterator[Pic]:
    try:
        import skimage.data

        left, right, _ = skimage.data.stereo_motorcycle()
    except (ImportError, ValueError, OSError):
        return
    for n, view in enumerate((left, right)):
        yield Pic(
            f"stereo-motorcycle-{n}",
            "stereo",
            Image.fromarray(view).convert("RGB"),
            "stereo-motorcycle",
        )


def _decodable_frames(cv2: Any, path: Path) -> int:
    cap, count = cv2.VideoCapture(str(path)), 0
    while cap.grab():
        count += 1
    cap.release()
    return count


def _video_frames(
    path: Path, n_scenes: int, gap_s: float
) -> Iterator[tuple[int, int, float, Image.Image]]:
    """(scene, frame 0/1, seconds into the video, pixels) of the chosen frames."""
    try:
        import cv2
    except ImportError:  # opencv-python-headless: the bench extra
        return
    count = _decodable_frames(cv2, path)  # the header's count can be wrong (tree.avi)
    cap = cv2.VideoCapture(str(path))
    fps = cap.get(cv2.CAP_PROP_FPS) or 10.0
    gap = max(1, round(gap_s * fps))
    wanted = {}
    for s in range(n_scenes):
        start = (s + 1) * (count - gap) // (n_scenes + 1)
        wanted.update({start: (s, 0), start + gap: (s, 1)})
    frame_no = 0  # read in order: seeking is not reliable in every codec (tree.avi)
    while wanted and frame_no <= max(wanted):
        ok, frame = cap.read()
        if not ok:
            break
        if frame_no in wanted:
            s, k = wanted.pop(frame_no)
            picture = Image.fromarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
            yield s, k, frame_no / fps, picture
        frame_no += 1
    cap.release()


def _bursts() -> Iterator[Pic]:
    """Burst frames, each with its time: a video's frames at their time in the video (one
    hour apart per video), optical-flow pairs 0.1 s apart, cube frames at 30 per second."""
    yield from _pairs(FLOW_PAIRS, "burst", frame_s=0.1)
    for v, (name, n_scenes, gap) in enumerate(VIDEOS):
        if (OPENCV_DATA / name).is_file():
            stem = Path(name).stem.lower()
            for s, k, t, img in _video_frames(OPENCV_DATA / name, n_scenes, gap):
                taken = 3600.0 * (v + 1) + t
                yield Pic(f"burst-{stem}{s}-{k}", "burst", img, f"burst-{stem}", taken)
    for q, (folder, pattern, n_scenes, gap) in enumerate(VISP_SEQUENCES):
        frames = sorted((VISP / folder).glob(pattern))
        stem = folder.replace("/", "_")
        for s in range(n_scenes if len(frames) > gap * 2 else 0):
            start = (s + 1) * (len(frames) - gap) // (n_scenes + 1)
            for k, at in enumerate((start, start + gap)):
                taken = 3600.0 * (len(VIDEOS) + q + 1) + at / 30.0
                pic = _open(frames[at])
                yield Pic(f"burst-{stem}{s}-{k}", "burst", pic, f"burst-{stem}", taken)


def artworks() -> list[Path]:
    found: list[Path] = []
    for sub in COLOUR_DIRS:
        for path in sorted((OPENCLIPART / sub).glob("*.png")):
            with Image.open(path) as img:
                if (
                    min(img.size) >= 300
                    and img.size[0] * img.size[1] <= 4_000_000
                    and img.mode in ("RGBA", "P")
                ):
                    found.append(path)
    step = max(1, len(found) // N_COLOUR_ARTWORKS)
    return found[::step][:N_COLOUR_ARTWORKS]


def hue_rotated(img: Image.Image, turn: float) -> Image.Image:
    """``img`` with every hue turned by ``turn`` of a full circle (saturation, value kept)."""
    h, s, v = img.convert("HSV").split()
    shift = round(turn * 256) % 256
    h = h.point(lambda x: (x + shift) % 256)
    return Image.merge("HSV", (h, s, v)).convert("RGB")


def tinted(
    img: Image.Image, dark: tuple[int, int, int], light: tuple[int, int, int]
) -> Image.Image:
    """The grey levels of ``img`` mapped from ``dark`` to ``light`` (a duotone recolouring)."""
    return ImageOps.colorize(img.convert("L"), dark, light)


def _colour_variants() -> Iterator[Pic]:
    for n, path in enumerate(artworks()):
        img = _open(path)
        img.thumbnail((1024, 1024), Image.Resampling.LANCZOS)
        scene = f"colour_variant-{path.stem.replace('.', '_')}"
        if n % 3 == 2:  # duotones: navy vs teal vs wine
            variants = [
                tinted(img, d, (250, 250, 245))
                for d in ((20, 30, 90), (10, 100, 100), (110, 20, 40))
            ]
        else:
            variants = [img, hue_rotated(img, 1 / 3), hue_rotated(img, 2 / 3)]
        if float(np.asarray(variants[0].convert("HSV"))[..., 1].mean()) < 20 and n % 3 != 2:
            variants = [
                tinted(img, d, (250, 250, 245))
                for d in ((20, 30, 90), (10, 100, 100), (110, 20, 40))
            ]
        for k, variant in enumerate(variants):
            yield Pic(f"{scene}-{k}", "colour_variant", variant, scene)


def scene_sets() -> list[Pic]:
    """Every scene set that the installed packages allow, in a stable order."""
    out = list(_pairs(STEREO, "stereo")) + list(_motorcycle())
    out += list(_pairs(VIEWS, "views")) + list(_bursts()) + list(_colour_variants())
    return out
