"""Build the labelled near-duplicate corpus from real photos (the images are not committed).

    .venv/bin/python bench/corpus.py [--out bench/_data/corpus2] [--edited 165] [--seed 1]

Originals are real pictures: scikit-image's bundled images; Debian's ``stellarium-data``,
``tuxpaint-stamps-default``, ``tuxpaint-data`` (large ones cut into non-overlapping tiles),
``opencv-doc``, ``kstars-data``, ``visp-images-data`` and ``openclipart-png`` (whole
pictures). Next to them: scene sets of distinct originals that share a ``scene`` (stereo
views, one subject photographed twice, bursts from videos, colour variants of one artwork;
``_scenes.py``), composites of real drawings (small subjects on a dark sky, objects on flat
fields; ``_composites.py``), dark, blurred and shifted renderings of reserved scenes, and
flat fields. Part of the originals get edited copies (``_edits.py``: "must" match: resize,
re-compression, format conversion, EXIF orientation, stripped metadata, 5 % border crop,
brightness/contrast, watermark, caption box; "may" match: mirror, rotations without EXIF,
grayscale, 20 % crop). ``labels.json`` gives each file its original, edit kind, class,
family, scene and split (``tune``/``held`` by a hash of the scene).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import imagehash
import numpy as np
from PIL import Image, ImageFilter, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _composites import composites
from _edits import MAY_EDITS, MUST_EDITS, save_jpeg, taken_at
from _scenes import Pic, scene_sets
from _sources import Source, all_sources, missing_sources

DEFAULT_OUT = Path(__file__).resolve().parent / "_data" / "corpus2"
TILE = (800, 600)
MAX_LONG_SIDE = 1024
TILES_PER_FAMILY_SOURCE = {"landscape": 3, "planet": 4, "tux_photo": 2, "skimage": 1}
FAMILY_CAP = {"clipart": 60, "night_sky": 60, "sky_art": 60, "kstars_art": 40, "logo": 45}
# pHash, dHash, scene, 4x4 RGB means
Hashes = tuple[imagehash.ImageHash, imagehash.ImageHash, str, np.ndarray]
SAME_COLOURS = 16.0  # grey levels: the largest mean difference of two 4x4 RGB means
COMPOSED = {"small_on_black", "on_flat"}
LOW_INFO_STD = 6.0  # grey std (0-255) below which a real tile is "flat", never edited
N_EDITED = 165  # originals with edited copies (at least 3 of every editable family)


def _tiles(img: Image.Image, per_source: int) -> Iterator[Image.Image]:
    w, h = img.size
    tw, th = TILE
    cols, rows = w // tw, h // th
    if cols * rows == 0 or per_source <= 1:
        whole = img.copy()
        whole.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
        yield whole
        return
    cells = [(c, r) for r in range(rows) for c in range(cols)]
    step = max(1, len(cells) // per_source)
    for c, r in cells[::step][:per_source]:
        yield img.crop((c * tw, r * th, (c + 1) * tw, (r + 1) * th))


def _grey_std(img: Image.Image) -> float:
    return float(np.asarray(img.convert("L").resize((64, 64))).std())


def real_originals(sources: list[Source]) -> list[Pic]:
    """Every tile of every source (its own scene), flat ones in family 'flat_real'."""
    out, per_family = [], dict.fromkeys(FAMILY_CAP, 0)
    for src in sources:
        if per_family.get(src.family, 0) >= FAMILY_CAP.get(src.family, 10**9):
            continue
        try:
            img = src.load()
        except OSError as exc:
            print(f"skip {src.id}: {exc}", file=sys.stderr)
            continue
        per_family[src.family] = per_family.get(src.family, 0) + 1
        per_source = TILES_PER_FAMILY_SOURCE.get(src.family, 1)
        for n, tile in enumerate(_tiles(img, per_source)):
            family = src.family if _grey_std(tile) >= LOW_INFO_STD else "flat_real"
            out.append(Pic(f"{src.id}-{n}", family, tile, f"{src.id}-{n}"))
    return out


def _darken(img: Image.Image) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32) / 255.0
    return Image.fromarray((arr**2.2 * 0.35 * 255).astype(np.uint8))


def _shifted(img: Image.Image) -> list[tuple[str, Image.Image]]:
    w, h = img.size
    ww, wh = round(w * 0.7), round(h * 0.7)
    return [
        (f"shift{pct}", img.crop((dx, 0, dx + ww, wh)))
        for pct, dx in ((0, 0), (15, round(ww * 0.15)), (30, round(ww * 0.30)))
    ]


def derived_lookalikes(pool: list[Pic], rng: random.Random) -> tuple[list[Pic], list[str]]:
    """Dark, low-detail and shifted versions of reserved scenes; returns them + ids to edit."""
    scenes = [t for t in pool if t[1] in {"landscape", "planet", "tux_photo", "skimage"}]
    reserved = rng.sample(scenes, min(len(scenes), 45))
    for t in reserved:
        pool.remove(t)
    out, to_edit = [], []
    for n, (oid, _, img, *_) in enumerate(reserved):
        if n % 3 == 0:
            out.append(Pic(f"{oid}-dark", "dark", _darken(img), f"{oid}-dark"))
        elif n % 3 == 1:
            blur = img.filter(ImageFilter.GaussianBlur(25))
            out.append(Pic(f"{oid}-blur", "low_detail", blur, f"{oid}-blur"))
        else:  # overlapping windows of one scene: distinct originals sharing a scene
            for tag, window in _shifted(img):
                out.append(Pic(f"{oid}-{tag}", "shifted", window, f"{oid}-shift"))
            to_edit.append(f"{oid}-shift0")
    return out, to_edit


def flat_fields(rng: random.Random) -> list[Pic]:
    """Solid colours, black lens-cap shots, white, blank screenshots, two-tone frames."""
    out = []
    gen = np.random.default_rng(rng.randrange(2**32))
    for n in range(8):
        colour = np.array([rng.randrange(256) for _ in range(3)], dtype=np.float32)
        noise = gen.normal(0, 1.5, (480, 640, 3))
        arr = np.clip(colour + noise, 0, 255).astype(np.uint8)
        out.append((f"solid{n}", "flat", Image.fromarray(arr)))
    for n in range(5):
        arr = np.clip(gen.normal(3 + n, 2.0, (600, 800, 3)), 0, 255).astype(np.uint8)
        out.append((f"lenscap{n}", "flat", Image.fromarray(arr)))
    out.append(("white0", "flat", Image.new("RGB", (640, 480), (255, 255, 255))))
    out.append(("black0", "flat", Image.new("RGB", (640, 480), (0, 0, 0))))
    for n in range(5):
        shot = Image.new("RGB", (800, 500), (250, 250, 250))
        bar = 20 + 6 * n
        shot.paste((60 + 20 * n, 60, 70), (0, 0, 800, bar))
        out.append((f"screenshot{n}", "flat", shot))
    for n in range(5):
        two = Image.new("RGB", (640, 480), (rng.randrange(256),) * 3)
        two.paste(
            (rng.randrange(256), rng.randrange(256), rng.randrange(256)), (0, 0, 640, 120 + 60 * n)
        )
        out.append((f"twotone{n}", "flat", two))
    return [Pic(oid, family, img, oid) for oid, family, img in out]


def split_of(scene: str) -> str:
    """'tune' or 'held' from a stable hash of the scene (variants never straddle the split)."""
    return "tune" if hashlib.sha256(scene.encode()).digest()[0] % 2 == 0 else "held"


def _label(pic: Pic, kind: str, cls: str) -> dict[str, str]:
    return {
        "original": pic.id,
        "kind": kind,
        "class": cls,
        "family": pic.family,
        "scene": pic.scene,
        "split": split_of(pic.scene),
    }


def _write_original(pic: Pic, out_dir: Path, labels: dict[str, dict[str, str]]) -> None:
    with taken_at(pic.taken):
        path = save_jpeg(pic.img, out_dir / f"{pic.id}__original")
    labels[path.name] = _label(pic, "original", "original")


def _write_copies(pic: Pic, out_dir: Path, labels: dict[str, dict[str, str]]) -> None:
    rng = random.Random(pic.id)
    for cls, edits in (("must", MUST_EDITS), ("may", MAY_EDITS)):
        for kind, edit in edits.items():
            with taken_at(pic.taken):
                path = edit(pic.img, rng, out_dir / f"{pic.id}__{kind}")
            labels[path.name] = _label(pic, kind, cls)


def _copy_of_earlier(pic: Pic, hashes: list[Hashes], colour: bool) -> bool:
    """pHash and dHash within 6 bits of an earlier picture of another scene, as it is or
    mirrored (tuxpaint ships some stamps twice, once mirrored); with ``colour``, and their
    4x4 RGB means at most SAME_COLOURS apart on average."""
    for img in (pic.img, ImageOps.mirror(pic.img)):
        p, d, c = imagehash.phash(img), imagehash.dhash(img), _colours(img)
        for hp, hd, sc, hc in hashes:
            if p - hp > 6 or d - hd > 6 or sc == pic.scene:
                continue
            if not colour or float(np.abs(c - hc).mean()) <= SAME_COLOURS:
                return True
    return False


def _colours(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB").resize((4, 4), Image.Resampling.BOX), dtype=np.float32)


def distinct_only(originals: list[Pic], colour: bool = False) -> list[Pic]:
    """Drop pictures that are copies (or mirror images) of an earlier one of another scene
    (pHash and dHash both within 6 bits: some packages ship the same art twice; with
    ``colour``, only if their colours are alike too: flags of one layout in other colours
    stay) and relabel near-black or flat ones (grey std < LOW_INFO_STD) as 'flat_real' so
    they get no edited copies. Pictures of one scene (colour variants, bursts) are never
    compared with each other, and composites are not compared at all: their grey hashes
    are alike by design."""
    kept: list[Pic] = []
    hashes: list[Hashes] = []
    for pic in originals:
        if pic.family in COMPOSED:  # distinct subjects by construction (see _composites)
            kept.append(pic)
            continue
        if _copy_of_earlier(pic, hashes, colour):
            print(f"  skip {pic.id}: a copy of an earlier source picture", file=sys.stderr)
            continue
        img = pic.img
        hashes.append((imagehash.phash(img), imagehash.dhash(img), pic.scene, _colours(img)))
        low_info = pic.family != "flat" and _grey_std(pic.img) < LOW_INFO_STD
        kept.append(pic._replace(family="flat_real") if low_info else pic)
    return kept


def _choose_edited(
    originals: list[Pic], forced: list[str], n_edited: int, rng: random.Random
) -> set[str]:
    """Which originals get edited copies: the forced ones, then a sample of each family in
    proportion (at least 3 per family) until ``n_edited``."""
    # Shifted windows other than shift0 get no copies: a 20 % crop of one window is also a
    # crop of its neighbour, so its label would be ambiguous.
    no_copies = {"flat", "flat_real", "shifted"}
    ids = {o.id for o in originals if o.family != "flat_real"}  # a flat shift0 gets none
    edited = {f for f in forced if f in ids}
    editable = [o.id for o in originals if o.family not in no_copies and o.id not in edited]
    by_family: dict[str, list[str]] = {}
    for o in originals:
        if o.id in editable:
            by_family.setdefault(o.family, []).append(o.id)
    share = (n_edited - len(edited)) / max(1, len(editable))
    for members in by_family.values():
        want = min(len(members), max(3, round(share * len(members))))
        edited.update(rng.sample(members, want))
    return edited


def build(out_dir: Path, n_edited: int, seed: int) -> dict[str, dict[str, str]]:
    """Write the corpus into ``out_dir`` and return the labels (also in labels.json)."""
    rng = random.Random(seed)
    pool = real_originals(all_sources())
    derived, forced = derived_lookalikes(pool, rng)
    extra = scene_sets() + composites(seed)
    originals = distinct_only(pool + derived + extra) + flat_fields(rng)
    edited = _choose_edited(originals, forced, n_edited, rng)
    return write(originals, edited, out_dir, seed)


def write(
    originals: list[Pic], edited: set[str], out_dir: Path, seed: int
) -> dict[str, dict[str, str]]:
    """Write each original, the copies of the ``edited`` ones and ``labels.json``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    labels: dict[str, dict[str, str]] = {}
    for n, pic in enumerate(originals):
        _write_original(pic, out_dir, labels)
        if pic.id in edited:
            _write_copies(pic, out_dir, labels)
        if n % 50 == 0:
            print(f"  {n}/{len(originals)} originals written", file=sys.stderr)
    doc = {"seed": seed, "must": list(MUST_EDITS), "may": list(MAY_EDITS), "files": labels}
    (out_dir / "labels.json").write_text(json.dumps(doc, indent=1, sort_keys=True))
    return labels


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--edited", type=int, default=N_EDITED, help="originals with edited copies")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    for hint in missing_sources():
        print(f"note: for the full corpus install: {hint}", file=sys.stderr)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} is not empty; remove it first", file=sys.stderr)
        return 2
    labels = build(args.out, args.edited, args.seed)
    n_orig = sum(1 for v in labels.values() if v["class"] == "original")
    print(f"wrote {len(labels)} files ({n_orig} originals) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
