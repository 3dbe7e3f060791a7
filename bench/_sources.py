"""Real photos for the labelled corpus: scikit-image's bundled images and Debian packages.

Every source is optional: the corpus is built from whatever is installed, and
:func:`missing_sources` says what to install for the full corpus.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

Image.MAX_IMAGE_PIXELS = None  # trusted, packaged inputs (planet maps are huge)

STELLARIUM = Path("/usr/share/stellarium")
TUXPAINT = Path("/usr/share/tuxpaint")
# "cat" is the same photo as "chelsea"; binary/synthetic ones are left out.
SKIMAGE_NAMES = [
    "astronaut",
    "brick",
    "camera",
    "chelsea",
    "clock",
    "coffee",
    "coins",
    "colorwheel",
    "grass",
    "gravel",
    "hubble_deep_field",
    "immunohistochemistry",
    "moon",
    "retina",
    "rocket",
    "stereo_motorcycle",
]


@dataclass(frozen=True)
class Source:
    """One real picture: a stable id, a family (kind of picture) and its loader."""

    id: str
    family: str
    path: Path | None = None
    skimage_name: str = ""

    def load(self) -> Image.Image:
        """The picture as RGB (transparent parts composited over white)."""
        if self.skimage_name:
            return _skimage_rgb(self.skimage_name)
        assert self.path is not None
        with Image.open(self.path) as img:
            img.draft("RGB", (2048, 2048))
            return _flatten(img)


def _flatten(img: Image.Image) -> Image.Image:
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("RGB")


def _skimage_rgb(name: str) -> Image.Image:
    import skimage.data

    data = getattr(skimage.data, name)()
    arr = np.asarray(data[0] if isinstance(data, tuple) else data)  # stereo pair: left view
    if arr.ndim == 3 and arr.shape[2] == 4:
        return _flatten(Image.fromarray(arr, "RGBA"))
    return Image.fromarray(arr).convert("RGB")


def _files(root: Path, pattern: str, min_side: int) -> Iterator[Path]:
    for path in sorted(root.glob(pattern)):
        try:
            with Image.open(path) as img:
                if min(img.size) >= min_side:
                    yield path
        except OSError:
            continue


def _skimage_sources() -> list[Source]:
    try:
        import skimage.data  # noqa: F401
    except ImportError:
        return []
    return [Source(f"skimage-{n}", "skimage", skimage_name=n) for n in SKIMAGE_NAMES]


def _package_sources() -> list[Source]:
    families = [
        (STELLARIUM / "landscapes", "*/*.png", 512, "landscape"),
        (STELLARIUM / "textures", "*.[pj][np]g", 1000, "planet"),
        (STELLARIUM / "nebulae", "default/*.png", 300, "night_sky"),
        (STELLARIUM / "skycultures", "*/*.[pj][np]g", 500, "sky_art"),
        (TUXPAINT / "templates", "*.[pj][np]g", 300, "tux_photo"),
        (TUXPAINT / "stamps", "**/*.png", 300, "clipart"),
    ]
    out = []
    for root, pattern, min_side, family in families:
        for path in _files(root, pattern, min_side):
            rel = path.relative_to(root).with_suffix("")
            name = str(rel).replace("/", "_").replace(".", "_")  # no dots: suffixes follow
            out.append(Source(f"{family}-{name}", family, path=path))
    return out


def all_sources() -> list[Source]:
    """Every usable source picture, in a stable order."""
    return _skimage_sources() + _package_sources()


def missing_sources() -> list[str]:
    """Human instructions for the sources that are not installed."""
    hints = []
    if not _skimage_sources():
        hints.append(".venv/bin/pip install -e '.[bench]'   # scikit-image")
    if not STELLARIUM.is_dir():
        hints.append("apt-get install -y stellarium-data")
    if not TUXPAINT.is_dir():
        hints.append("apt-get install -y tuxpaint-stamps-default")
    return hints
