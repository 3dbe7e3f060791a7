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

``--source wesnoth`` builds a third corpus the same way from ``wesnoth-1.16-data`` (session
19): painted character portraits on white (a hooded figure in brown, grey and black robes:
many pictures of one kind; a unit's alternative portrait, ``-2``/``-3``, is a redrawn
picture of one scene) and story landscapes (two of them also shipped with the people
removed or the sun added: distinct pictures of one scene). ``--source freedroid``: the
FreedroidRPG renders on black and its screens. ``--source tux3d`` (session 20): two 3D games'
pictures, a crowd of renders of one kind (Neverball's level shots, Extreme Tux Racer's
course previews and skies) and ground-texture photos. ``--source endless`` (session 23):
Endless Sky's landing photos and its sprites on black (planets, stars, ships, outfits).
``--source supertux`` (session 28): SuperTux's painted backgrounds (skies, hills, forests,
caves and castles, many of one kind; the layers and variants of one backdrop, a dark and a
light cloud, a sea with and without its fade, are one scene) and one frame of each of its
creatures, upscaled, on white. ``--source hedgewars`` (session 29): Hedgewars's themes, maps,
mission previews, forts and flags (``_hedgewars.py``).

    apt-get install -y --no-install-recommends gcompris-qt-data wesnoth-1.16-data \
        freedroidrpg-data neverball-data extremetuxracer-data endless-sky-data supertux-data \
        hedgewars-data
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _hedgewars import HEDGEWARS, hedgewars_originals
from _renders import MIN_SIDE, flatten, upscaled
from _scenes import Pic
from corpus import _choose_edited, distinct_only, write

RCC = Path("/usr/share/gcompris-qt/rcc")
WESNOTH = Path("/usr/share/games/wesnoth/1.16/data/core/images")
DATA = Path(__file__).resolve().parent / "_data"
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


def gcompris_originals() -> list[Pic]:
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
            out.append(Pic(pid, family, flatten(img, background), scene))
    return out


# Portraits that are another one's drawing recoloured or with something added (a zombie of
# a living creature, a rider on it, a flame figure before the flames): one scene with it.
# Found by pHash (<= 14 bits, or mirrored) and checked by eye.
WESNOTH_VARIANT_OF = {
    "undead-zombie-bat": "monsters-bat",
    "undead-zombie-gryphon": "monsters-gryphon",
    "dwarves-gryphon-rider": "monsters-gryphon",
    "undead-zombie-boar": "monsters-woodland_boar",
    "undead-zombie-rider": "undead-zombie-horse",
    "monsters-scuttler": "monsters-scorpion-elder",
    "monsters-fire_ant": "monsters-giant_ant",
    "monsters-fire_wraith_A": "monsters-fire_guardian",
    "nagas-naga-mace_warrior2": "nagas-naga-mace_warrior1",
    "nagas-naga-mace_warrior3": "nagas-naga-mace_warrior1",
    "humans-general": "humans-marshal",
}


def _wesnoth_scene(family: str, name: str) -> str:
    """A portrait's alternatives (``knight-2``) and variants (WESNOTH_VARIANT_OF) and a
    landscape's variants (``bridge_sun``) are one scene with their first picture."""
    if family == "wn_portrait":
        base = re.sub(r"-[0-9]$", "", WESNOTH_VARIANT_OF.get(name, name))
    else:
        base = name.partition("_")[0]
    return f"{family}-{base}"


def wesnoth_originals() -> list[Pic]:
    """Wesnoth's portraits (transparent, put on white) and story landscapes."""
    out: list[Pic] = []
    for family, pattern in (("wn_portrait", "portraits/*/*.png"), ("wn_story", "story/*.jpg")):
        for path in sorted(WESNOTH.glob(pattern)):
            img = Image.open(path)
            img.load()
            if min(img.size) < MIN_SIDE:
                continue
            name = f"{path.parent.name}-{path.stem}".replace("+", "_")
            if family == "wn_story":
                name = path.stem
            pid = f"{family}-{name}"
            scene = _wesnoth_scene(family, name)
            out.append(Pic(pid, family, flatten(img, (255, 255, 255)), scene))
    return out


FREEDROID = Path("/usr/share/freedroidrpg/data/graphics")
DROID_FRAMES = ("portrait_0001.jpg", "portrait_0009.jpg")  # a quarter turn apart: one scene
_SCREEN_VARIANTS = ("_wide", "_shop", "_crafting", "_secure", "Explanation")


def freedroid_originals() -> list[Pic]:
    """FreedroidRPG's droid and character renders on black (two views of each, a quarter
    turn apart, where the turntable frames exist; else its one portrait) and its screens
    (a screen's wide or shop version is one scene with it)."""
    out: list[Pic] = []
    for folder in sorted(p for p in (FREEDROID / "droids").iterdir() if p.is_dir()):
        frames = [folder / f for f in DROID_FRAMES if (folder / f).exists()]
        for path in frames or [folder / "portrait.png"]:
            if not path.exists():
                continue
            img = upscaled(flatten(Image.open(path), (0, 0, 0)))
            pid = f"fd_droid-{folder.name}-{path.stem}"
            out.append(Pic(pid, "fd_droid", img, f"fd_droid-{folder.name}"))
    for path in sorted((FREEDROID / "backgrounds").glob("*.*")):
        img = flatten(Image.open(path), (0, 0, 0))
        out.append(Pic(f"fd_screen-{path.stem}", "fd_screen", img, _screen_scene(path.stem)))
    return out


def _screen_scene(stem: str) -> str:
    """A screen's wide, shop, crafting, secure or explained version is one scene with it."""
    for suffix in _SCREEN_VARIANTS:
        stem = stem.replace(suffix, "")
    return f"fd_screen-{stem}"


NEVERBALL = Path("/usr/share/games/neverball")
ETR = Path("/usr/share/games/etr")


def tux3d_originals() -> list[Pic]:
    """Two 3D games' pictures: Neverball's level shots (a maze floating on one of a few
    skies), Extreme Tux Racer's course previews (Tux sliding down a snowy slope), its four
    skies (three faces each of one mountain panorama: one scene) and its ground textures
    (snow, ice, rock, grass photos)."""
    sets = (
        ("nb_shot", NEVERBALL, "shot-*/*.jpg", True),
        ("etr_preview", ETR, "courses/*/*/preview.png", True),
        ("etr_sky", ETR, "env/etr/*/*H.png", False),
        ("etr_texture", ETR, "terrains/*.png", True),
    )
    out: list[Pic] = []
    for family, root, pattern, small in sets:
        for path in sorted(root.glob(pattern)):
            img = flatten(Image.open(path), (0, 0, 0))
            pid = f"{family}-{path.parent.name}-{path.stem}"
            out.append(Pic(pid, family, upscaled(img) if small else img, _tux3d_scene(pid)))
    return out


def _tux3d_scene(pid: str) -> str:
    """The faces of one Tux Racer sky (``etr_sky-night-leftH``) are one scene; every other
    picture is its own."""
    return pid.rsplit("-", 1)[0] if pid.startswith("etr_sky-") else pid


ENDLESS = Path("/usr/share/games/endless-sky/images")
# (folder, family, upscaled: a small sprite saved larger)
ENDLESS_SETS = (
    ("land", "es_land", False),
    ("scene", "es_scene", False),
    ("planet", "es_planet", True),
    ("star", "es_star", True),
    ("ship", "es_ship", True),
    ("outfit", "es_outfit", True),
)


def endless_originals() -> list[Pic]:
    """Endless Sky's pictures: its landing photos (canyons, cities, seas, fog: many
    photos of one kind) and story scenes, and its sprites on black, upscaled: planets and
    moons (a textured disc on black), stars (a glow in one of 20 colours), ships and
    outfits (small things of one kind)."""
    out: list[Pic] = []
    for folder, family, small in ENDLESS_SETS:
        for path in sorted((ENDLESS / folder).glob("*.*")):
            img = flatten(Image.open(path), (0, 0, 0))
            pid = f"{family}-{path.stem}".replace(" ", "_").replace("+", "_")
            out.append(Pic(pid, family, upscaled(img) if small else img, _endless_scene(pid)))
    return out


def _endless_scene(pid: str) -> str:
    """The stars are one scene (one glow in many colours), a planet is one scene with the
    others of its kind (``es_planet-gas3``: the game's gas giants, some a recolour of
    another), a ship's animation frames and variants (``deep_river_2``, ``barbp``) and a
    star's old rendering (``f5-old``) are one scene with it; every other picture is its own."""
    family, _, name = pid.partition("-")
    if family == "es_star":
        return family
    if family == "es_planet":
        return f"{family}-{re.sub(r'[0-9]+$', '', name)}"
    if family == "es_ship":
        return f"{family}-{re.sub(r'([-_ ]?[0-9]+|p)$', '', name)}"
    return pid


SUPERTUX = Path("/usr/share/games/supertux2/images")
# A creature drawn again in other colours is one scene with it (seen at the corpus's first
# scoring: the poison ivy is the walking leaf, green instead of orange).
SUPERTUX_VARIANT_OF = {"poison_ivy": "walkingleaf"}


def supertux_originals() -> list[Pic]:
    """SuperTux's painted backgrounds (every picture under ``background/``, its folder one
    scene: a backdrop's layers and variants), flattened on black, and the first frame of each
    creature (its own scene unless it is another one recoloured), upscaled, on white."""
    out: list[Pic] = []
    for path in sorted((SUPERTUX / "background").glob("*/*.*")):
        if path.suffix.lower() not in (".png", ".jpg"):
            continue
        img = flatten(Image.open(path), (0, 0, 0))
        if min(img.size) < MIN_SIDE:
            continue
        pid = f"st_backdrop-{path.parent.name}-{path.stem}".replace(" ", "_")
        out.append(Pic(pid, "st_backdrop", img, f"st_backdrop-{path.parent.name}"))
    for folder in sorted(p for p in (SUPERTUX / "creatures").iterdir() if p.is_dir()):
        frames = sorted(folder.glob("*.png"))
        if not frames:
            continue
        img = upscaled(flatten(Image.open(frames[0]), (255, 255, 255)))
        pid = f"st_creature-{folder.name}"
        scene = f"st_creature-{SUPERTUX_VARIANT_OF.get(folder.name, folder.name)}"
        out.append(Pic(pid, "st_creature", img, scene))
    return out


# --source: (the originals, where the packages' files are, what installs them, default --out)
SOURCES = {
    "gcompris": (gcompris_originals, (RCC,), "gcompris-qt-data", DATA / "fresh"),
    "wesnoth": (wesnoth_originals, (WESNOTH,), "wesnoth-1.16-data", DATA / "wesnoth"),
    "freedroid": (freedroid_originals, (FREEDROID,), "freedroidrpg-data", DATA / "freedroid"),
    "tux3d": (
        tux3d_originals,
        (NEVERBALL, ETR),
        "neverball-data extremetuxracer-data",
        DATA / "tux3d",
    ),
    "endless": (endless_originals, (ENDLESS,), "endless-sky-data", DATA / "endless"),
    "supertux": (supertux_originals, (SUPERTUX,), "supertux-data", DATA / "supertux"),
    "hedgewars": (hedgewars_originals, (HEDGEWARS,), "hedgewars-data", DATA / "hedgewars"),
}


def build(
    out_dir: Path, n_edited: int, seed: int, source: str = "gcompris"
) -> dict[str, dict[str, str]]:
    """Write the corpus into ``out_dir`` and return the labels (also in labels.json)."""
    rng = random.Random(seed)
    # Hedgewars's flags: one layout in other colours is another flag.
    pics = distinct_only(SOURCES[source][0](), colour=source == "hedgewars")
    return write(pics, _choose_edited(pics, [], n_edited, rng), out_dir, seed)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", choices=sorted(SOURCES), default="gcompris")
    parser.add_argument("--out", type=Path, help="default: bench/_data/<source> (gcompris: fresh)")
    parser.add_argument("--edited", type=int, default=110, help="originals with edited copies")
    parser.add_argument("--seed", type=int, default=2)
    args = parser.parse_args(argv)
    _, folders, package, default_out = SOURCES[args.source]
    out = args.out or default_out
    if not all(folder.is_dir() for folder in folders):
        print(f"install: apt-get install -y --no-install-recommends {package}")
        return 2
    if out.exists() and any(out.iterdir()):
        print(f"{out} is not empty; remove it first", file=sys.stderr)
        return 2
    labels = build(out, args.edited, args.seed, args.source)
    n_orig = sum(1 for v in labels.values() if v["class"] == "original")
    print(f"wrote {len(labels)} files ({n_orig} originals) to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
