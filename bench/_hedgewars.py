"""Hedgewars's pictures as an unseen corpus (``fresh.py --source hedgewars``, session 29).

Debian's ``hedgewars-data``, which no rule of photodedup was made on: every theme's painted
backdrop (its sky, the hills in front of it, its clouds: one scene), its ground texture in
front and behind (the one behind is the same texture darker: distinct pictures of one
scene), its objects (trees, fruit, statues, a theme of famous paintings; an object's
numbered or recoloured versions, ``plant1``/``plant2``, ``Toothbrush_b``, ``SDSplash``, are
one scene), the maps' terrain paintings, the missions' preview screens (a campaign's
numbered missions on one planet are one scene), the forts, and the national and custom
flags (22x15 pixels, upscaled: flat designs, many of them one layout in other colours,
every flag its own scene). The 32-pixel hats are left out. Scenes were set from the names
before the corpus was first scored.
"""

from __future__ import annotations

import re
from pathlib import Path

from _renders import MIN_SIDE, flatten, upscaled
from _scenes import Pic
from PIL import Image

HEDGEWARS = Path("/usr/share/games/hedgewars/Data")
BLACK = (0, 0, 0)
WHITE = (255, 255, 255)
# A theme's backdrop: the sky (and its left and right ends), the hills, the clouds.
_BACKDROP = re.compile(r"^(SD)?(Sky|Skytrees|horizont|Clouds)[LR]?$")
_LAND = re.compile(r"^Land(Back)?Tex$")
_SKIPPED = re.compile(r"(_mask|^icon(@2x)?|^Border|^Chunk|^Girder|^amGirder)$|^icon")


def hedgewars_originals() -> list[Pic]:
    """The themes' pictures, the maps, the missions' previews, the forts and the flags."""
    return _themes() + _maps() + _missions() + _forts() + _flags()


def _themes() -> list[Pic]:
    out: list[Pic] = []
    for path in sorted((HEDGEWARS / "Themes").glob("*/*.png")):
        theme, stem = path.parent.name, path.stem
        if _SKIPPED.search(stem):
            continue
        if _BACKDROP.match(stem):
            family, scene, background = "hw_backdrop", f"hw_backdrop-{theme}", BLACK
        elif _LAND.match(stem):
            family, scene, background = "hw_land", f"hw_land-{theme}", BLACK
        else:
            family, background = "hw_object", WHITE
            scene = f"hw_object-{theme}-{_base_name(stem)}"
        img = flatten(Image.open(path), background)
        if min(img.size) >= MIN_SIDE:
            out.append(Pic(f"{family}-{theme}-{stem}", family, img, scene))
    return out


def _base_name(stem: str) -> str:
    """A numbered, recoloured or sudden-death version's name as its first version's."""
    stem = re.sub(r"^SD", "", stem)
    stem = re.sub(r"_[a-z]$", "", stem)  # Toothbrush_b, Toothbrush_g
    return re.sub(r"[0-9]+$", "", stem)


def _maps() -> list[Pic]:
    out: list[Pic] = []
    for path in sorted((HEDGEWARS / "Maps").glob("*/map.png")):
        img = flatten(Image.open(path), BLACK)
        pid = f"hw_map-{path.parent.name}"
        out.append(Pic(pid, "hw_map", img, pid))
    return out


def _missions() -> list[Pic]:
    out: list[Pic] = []
    for path in sorted((HEDGEWARS / "Graphics" / "Missions").rglob("*.png")):
        stem = path.stem.replace("@2x", "")
        pid = f"hw_mission-{stem}"
        scene = "hw_mission-" + re.sub(r"(_easy|_hard|_?[0-9]+)$", "", stem)
        out.append(Pic(pid, "hw_mission", flatten(Image.open(path), BLACK), scene))
    return out


def _forts() -> list[Pic]:
    out: list[Pic] = []
    for path in sorted((HEDGEWARS / "Forts").glob("*.png")):
        pid = f"hw_fort-{path.stem}"
        scene = "hw_fort-" + re.sub(r"[LR]$", "", path.stem)
        out.append(Pic(pid, "hw_fort", flatten(Image.open(path), WHITE), scene))
    return out


def _flags() -> list[Pic]:
    out: list[Pic] = []
    for path in sorted((HEDGEWARS / "Graphics" / "Flags").glob("*.png")):
        pid = f"hw_flag-{path.stem}"
        scene = "hw_flag-" + re.sub(r"(_plain|[0-9]+)$", "", path.stem)
        out.append(Pic(pid, "hw_flag", upscaled(flatten(Image.open(path), WHITE)), scene))
    return out
