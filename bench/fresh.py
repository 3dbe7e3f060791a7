"""Build a second labelled corpus from a package no session tuned on: GCompris's pictures.

    .venv/bin/python bench/fresh.py [--out bench/_data/fresh] [--edited 110] [--seed 2]

``bench/corpus.py``'s corpus has been looked at for many sessions: its held half is kept
aside from tuning, but its *kinds* of pictures are known. This one is built from Debian's
``gcompris-qt-data`` (the educational suite's activity pictures, shipped as Qt resource
bundles and read here with PySide6), which no rule of photodedup was made on: photos of
animals, tools, fishes, monuments, dams and instruments (several photos of one kind: four
hammers, six fishes on reefs), objects drawn on white, the planets on black, two hands in
eight poses, a paint pot drawn in eleven paints and four frames of one cartoon that differ
only by a moved rocket (two scenes of distinct pictures that must not be called copies).
The same edits as the main corpus (``_edits.py``) and the same ``labels.json``, so
``bench/accuracy.py --corpus bench/_data/fresh`` scores it; both of its halves are unseen,
read its ``all`` row.

    apt-get install -y --no-install-recommends gcompris-qt-data
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _scenes import Pic
from corpus import MAX_LONG_SIDE, _choose_edited, distinct_only, write

RCC = Path("/usr/share/gcompris-qt/rcc")
DEFAULT_OUT = Path(__file__).resolve().parent / "_data" / "fresh"
ACTIVITIES = ":/gcompris/src/activities/"
# (folder under ACTIVITIES, family, background for transparent pixels or None, one scene)
FOLDERS: tuple[tuple[str, str, tuple[int, int, int] | None, bool], ...] = (
    ("lang/resource/words_sample", "gc_drawing", (255, 255, 255), False),
    ("solar_system/resource", "gc_planet", (0, 0, 0), False),
    ("leftright/resource", "gc_hand", (255, 255, 255), False),
    ("chronos/resource/images", "gc_frames", (255, 255, 255), True),
    ("erase/resource", "gc_photo", None, False),
    ("categorization/resource/images/tools", "gc_tool", None, False),
    ("categorization/resource/images/fishes", "gc_fish", None, False),
    ("categorization/resource/images/monuments", "gc_monument", None, False),
    ("categorization/resource/images/renewable", "gc_photo", None, False),
    ("categorization/resource/images/others", "gc_object", None, False),
    ("explore_world_animals/resource/animals", "gc_photo", None, False),
    ("explore_farm_animals/resource/animals", "gc_photo", None, False),
    ("explore_monuments/resource", "gc_monument", None, False),
    ("explore_world_music/resource/music", "gc_photo", None, False),
    ("details/resource/image", "gc_photo", None, False),  # its *_background pictures only
)
MIN_SIDE = 96  # smaller pictures (puzzle pieces, icons) are left out
# One drawing in several colours (a paint pot in each paint): distinct pictures of one scene.
PAINT_POTS = frozenset(
    {
        "black",
        "blue",
        "brown",
        "gray",
        "green",
        "mauve",
        "orange-color",
        "pink",
        "red",
        "white",
        "yellow",
    }
)


def _resources() -> dict[str, bytes]:
    """Every WebP/JPEG/PNG in GCompris's resource bundles, by resource path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDirIterator, QFile, QIODevice, QResource

    for bundle in sorted(RCC.glob("*.rcc")):
        QResource.registerResource(str(bundle))
    found: dict[str, bytes] = {}
    walk = QDirIterator(ACTIVITIES, QDirIterator.IteratorFlag.Subdirectories)
    while walk.hasNext():
        path = walk.next()
        if walk.fileInfo().isFile() and path.lower().endswith((".webp", ".jpg", ".png")):
            handle = QFile(path)
            if handle.open(QIODevice.OpenModeFlag.ReadOnly):
                found[path] = bytes(handle.readAll().data())
                handle.close()
    return found


def _flatten(img: Image.Image, background: tuple[int, int, int] | None) -> Image.Image:
    if img.mode in ("RGBA", "LA", "P") and background is not None:
        rgba = img.convert("RGBA")
        base = Image.new("RGBA", rgba.size, (*background, 255))
        base.alpha_composite(rgba)
        img = base
    img = img.convert("RGB")
    img.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
    return img


def originals() -> list[Pic]:
    """The pictures of FOLDERS (each its own scene unless its folder is one scene)."""
    import io

    found = _resources()
    out: list[Pic] = []
    for folder, family, background, one_scene in FOLDERS:
        prefix = ACTIVITIES + folder + "/"
        for path in sorted(p for p in found if p.startswith(prefix)):
            name = path[len(prefix) :].rsplit(".", 1)[0].replace("/", "-")
            if folder.startswith("details") and "background" not in name:
                continue
            img = Image.open(io.BytesIO(found[path]))
            img.load()
            if min(img.size) < MIN_SIDE:
                continue
            pid = f"{family}-{folder.split('/')[0]}-{name}"
            scene = f"{family}-{folder}" if one_scene else pid
            if folder.startswith("lang/") and name in PAINT_POTS:
                scene = f"{family}-paint_pots"
            out.append(Pic(pid, family, _flatten(img, background), scene))
    return out


def build(out_dir: Path, n_edited: int, seed: int) -> dict[str, dict[str, str]]:
    """Write the corpus into ``out_dir`` and return the labels (also in labels.json)."""
    rng = random.Random(seed)
    pics = distinct_only(originals())
    return write(pics, _choose_edited(pics, [], n_edited, rng), out_dir, seed)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--edited", type=int, default=110, help="originals with edited copies")
    parser.add_argument("--seed", type=int, default=2)
    args = parser.parse_args(argv)
    if not RCC.is_dir():
        print("install: apt-get install -y --no-install-recommends gcompris-qt-data")
        return 2
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} is not empty; remove it first", file=sys.stderr)
        return 2
    labels = build(args.out, args.edited, args.seed)
    n_orig = sum(1 for v in labels.values() if v["class"] == "original")
    print(f"wrote {len(labels)} files ({n_orig} originals) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
