"""Composites of real drawings: small subjects on a dark field, objects on a flat field.

The subjects are ``openclipart-png`` drawings (and the deep-sky and planet symbols of
``kstars-data``), each used once; the field is a dark sky with faint noise and a few
stars, or a flat paper/studio colour.  Every picture is a distinct original: the set is
there to be many pictures of one kind ("a small blob in the middle", "a thing on a plain
background") that must never be grouped.
"""

from __future__ import annotations

import random
from pathlib import Path

import imagehash
import numpy as np
from _scenes import Pic, artworks
from _sources import KSTARS, OPENCLIPART, flatten
from PIL import Image

SUBJECT_DIRS = [
    "animals",
    "food",
    "tools",
    "electronics",
    "containers",
    "office",
    "plants",
    "recreation",
    "science",
    "transportation",
]
N_SMALL_ON_BLACK = 80
N_ON_FLAT = 70
FRAME = (800, 600)
FLAT_COLOURS = [
    (255, 255, 255),
    (238, 238, 238),
    (245, 240, 225),
    (220, 232, 245),
    (200, 200, 200),
    (250, 235, 235),
]


def _subjects() -> list[Path]:
    """Drawings with transparency, 200 px or more, not huge, in a stable order."""
    found = []
    for sub in SUBJECT_DIRS:
        for path in sorted((OPENCLIPART / sub).glob("**/*.png")):
            with Image.open(path) as img:
                ok = img.mode in ("RGBA", "LA") and min(img.size) >= 200
                if ok and img.size[0] * img.size[1] <= 4_000_000:
                    found.append(path)
    return found


def _distinct(paths: list[Path]) -> list[Path]:
    """Drop drawings that are copies of an earlier one (pHash and dHash within 4 bits)."""
    kept, seen = [], []
    for path in paths:
        with Image.open(path) as img:
            img.thumbnail((256, 256))
            flat = flatten(img)
        h = (imagehash.phash(flat), imagehash.dhash(flat))
        if not any(h[0] - p <= 4 and h[1] - d <= 4 for p, d in seen):
            seen.append(h)
            kept.append(path)
    return kept


def _rgba(path: Path) -> Image.Image:
    with Image.open(path) as img:
        return img.convert("RGBA")


def _sky(rng: random.Random) -> Image.Image:
    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.clip(gen.normal(rng.uniform(4, 14), 2.5, (FRAME[1], FRAME[0], 3)), 0, 255)
    for _ in range(rng.randrange(0, 25)):  # faint stars
        y, x = rng.randrange(FRAME[1]), rng.randrange(FRAME[0])
        arr[max(0, y - 1) : y + 1, max(0, x - 1) : x + 1] = rng.uniform(60, 220)
    return Image.fromarray(arr.astype(np.uint8))


def _place(
    field: Image.Image, subject: Image.Image, share: float, rng: random.Random
) -> Image.Image:
    """``subject`` scaled to ``share`` of the field's height, pasted near the centre."""
    w, h = field.size
    scale = share * h / max(subject.size)
    sub = subject.resize(
        (max(1, round(subject.size[0] * scale)), max(1, round(subject.size[1] * scale))),
        Image.Resampling.LANCZOS,
    )
    x = (w - sub.size[0]) // 2 + round(rng.uniform(-0.12, 0.12) * w)
    y = (h - sub.size[1]) // 2 + round(rng.uniform(-0.12, 0.12) * h)
    out = field.convert("RGBA")
    out.alpha_composite(sub, (max(0, x), max(0, y)))
    return out.convert("RGB")


def _brightened(subject: Image.Image) -> Image.Image:
    """Dark line art lifted so that it shows on black (like a lit object on a night sky)."""
    arr = np.asarray(subject, dtype=np.float32)
    rgb = arr[..., :3]
    if rgb[arr[..., 3] > 0].mean() < 90:
        arr[..., :3] = 255 - rgb
    return Image.fromarray(arr.astype(np.uint8), "RGBA")


def _kstars_symbols() -> list[Path]:
    paths = sorted((KSTARS / "textures").glob("*.png"))
    skip = {"defaultflag", "obslistsymbol", "star"}
    # every third moon phase (neighbouring phases are 10 degrees apart)
    return [
        p
        for p in paths
        if p.stem not in skip and not (p.stem.startswith("moon") and int(p.stem[4:]) % 3)
    ]


def composites(seed: int = 1) -> list[Pic]:
    """Small subjects on a dark sky and objects on flat fields (distinct originals)."""
    rng = random.Random(seed)
    recoloured = set(artworks())  # drawings of the colour-variant sets are not reused here
    subjects = [p for p in _subjects() if p not in recoloured]
    rng.shuffle(subjects)
    subjects = _distinct(subjects[: 2 * (N_SMALL_ON_BLACK + N_ON_FLAT)])
    dark = _kstars_symbols() + subjects[:N_SMALL_ON_BLACK]
    flat = subjects[N_SMALL_ON_BLACK : N_SMALL_ON_BLACK + N_ON_FLAT]
    out = []
    for path in dark[: N_SMALL_ON_BLACK + 10]:
        sub = _brightened(_rgba(path))
        img = _place(_sky(rng), sub, rng.uniform(0.08, 0.25), rng)
        oid = f"small_on_black-{path.parent.name}_{path.stem.replace('.', '_')}"
        # kstars' moon phases: one subject on different nights (distinct photos, one scene)
        scene = "small_on_black-moon" if path.stem.startswith("moon") else oid
        out.append(Pic(oid, "small_on_black", img, scene))
    for path in flat:
        field = Image.new("RGB", FRAME, rng.choice(FLAT_COLOURS))
        img = _place(field, _rgba(path), rng.uniform(0.4, 0.75), rng)
        oid = f"on_flat-{path.parent.name}_{path.stem.replace('.', '_')}"
        out.append(Pic(oid, "on_flat", img, oid))
    return out
