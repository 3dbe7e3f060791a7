"""Real photos for the labelled corpus: scikit-image's bundled images and Debian packages.

Whole pictures of Debian's ``opencv-doc`` examples, ``kstars-data`` sky-culture art,
``visp-images-data`` and ``openclipart-png`` (logos) are used as they are; the scene sets
(stereo views, bursts, colour variants) and the composites (small subjects on black,
objects on flat fields) live in ``_scenes.py`` and ``_composites.py``.

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
OPENCV_DATA = Path("/usr/share/doc/opencv-doc/examples/data")
KSTARS = Path("/usr/share/kstars")
VISP = Path("/usr/share/visp-images-data/ViSP-images")
OPENCLIPART = Path("/usr/share/openclipart/png")
# Whole photos and pictures from OpenCV's sample data (scene sets are in _scenes.py).
OPENCV_PHOTOS = [
    "baboon.jpg",
    "board.jpg",
    "building.jpg",
    "butterfly.jpg",
    "cards.png",
    "chicky_512.png",
    "ela_original.jpg",
    "fruits.jpg",
    "home.jpg",
    "messi5.jpg",
    "pic2.png",
    "pic4.png",
    "smarties.png",
    "squirrel_cls.jpg",
    "starry_night.jpg",
    "stuff.jpg",
    "licenseplate_motion.jpg",
    "text_defocus.jpg",
    "apple.jpg",
    "orange.jpg",
    "sudoku.png",
    "notes.png",
    "HappyFish.jpg",
]
OPENCV_LOGOS = ["opencv-logo.png", "LinuxLogo.jpg", "WindowsLogo.jpg"]
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
            return flatten(img)


def flatten(img: Image.Image) -> Image.Image:
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
        return flatten(Image.fromarray(arr, "RGBA"))
    return Image.fromarray(arr).convert("RGB")


def _files(root: Path, pattern: str, min_side: int, max_pixels: int = 0) -> Iterator[Path]:
    for path in sorted(root.glob(pattern)):
        try:
            with Image.open(path) as img:
                small_enough = not max_pixels or img.size[0] * img.size[1] <= max_pixels
                if min(img.size) >= min_side and small_enough:
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


def _named(root: Path, names: list[str], family: str) -> list[Source]:
    return [
        Source(f"{family}-{Path(n).stem.replace('.', '_')}", family, path=root / n)
        for n in names
        if (root / n).is_file()
    ]


def _whole_picture_sources() -> list[Source]:
    """Pictures used whole (never tiled) from opencv-doc, kstars-data, visp, openclipart."""
    out = _named(OPENCV_DATA, OPENCV_PHOTOS, "cv_photo")
    out += _named(OPENCV_DATA, OPENCV_LOGOS, "logo")
    solvay = VISP / "Solvay/Solvay_conference_1927_Version2_2126x1463.jpg"
    out += [Source("cv_photo-solvay", "cv_photo", path=solvay)] if solvay.is_file() else []
    for path in _files(OPENCLIPART, "logos/*.png", 150):
        out.append(Source(f"logo-{path.stem.replace('.', '_')}", "logo", path=path))
    for path in list(_files(OPENCLIPART, "computer/icons/lemon-theme/apps/*.png", 200))[::2]:
        out.append(Source(f"logo-lemon_{path.stem.replace('.', '_')}", "logo", path=path))
    for path in _files(KSTARS / "skycultures", "*/*.png", 256):
        rel = str(path.relative_to(KSTARS / "skycultures").with_suffix(""))
        name = rel.replace("/", "_").replace(".", "_")
        out.append(Source(f"kstars_art-{name}", "kstars_art", path=path))
    return out


def all_sources() -> list[Source]:
    """Every usable source picture, in a stable order."""
    return _skimage_sources() + _package_sources() + _whole_picture_sources()


def missing_sources() -> list[str]:
    """Human instructions for the sources that are not installed."""
    hints = []
    if not _skimage_sources():
        hints.append(".venv/bin/pip install -e '.[bench]'   # scikit-image")
    if not STELLARIUM.is_dir():
        hints.append("apt-get install -y stellarium-data")
    if not (TUXPAINT / "stamps").is_dir():
        hints.append("apt-get install -y tuxpaint-stamps-default")
    if not (TUXPAINT / "templates").is_dir():  # the photo templates (tux_photo)
        hints.append("apt-get install -y --no-install-recommends tuxpaint-data")
    for path, package in (
        (OPENCV_DATA, "opencv-doc"),
        (KSTARS, "kstars-data"),
        (VISP, "visp-images-data"),
        (OPENCLIPART, "openclipart-png"),
    ):
        if not path.is_dir():
            hints.append(f"apt-get install -y --no-install-recommends {package}")
    return hints
