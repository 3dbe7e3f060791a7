"""How the unseen corpora (``fresh.py``) turn a package's pictures into originals."""

from __future__ import annotations

from corpus import MAX_LONG_SIDE
from PIL import Image

MIN_SIDE = 96  # smaller pictures (puzzle pieces, icons) are left out
UPSCALE_TO = 480  # long side of the small renders (132x180), as saved at a larger size


def flatten(img: Image.Image, background: tuple[int, int, int] | None) -> Image.Image:
    """RGB on ``background`` where the picture has alpha (None: alpha dropped), at most
    MAX_LONG_SIDE on its long side."""
    if img.mode in ("RGBA", "LA", "P") and background is not None:
        rgba = img.convert("RGBA")
        base = Image.new("RGBA", rgba.size, (*background, 255))
        base.alpha_composite(rgba)
        img = base
    img = img.convert("RGB")
    img.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
    return img


def upscaled(img: Image.Image) -> Image.Image:
    """A small render as saved at UPSCALE_TO on its long side."""
    scale = UPSCALE_TO / max(img.size)
    size = (round(img.width * scale), round(img.height * scale))
    return img.resize(size, Image.Resampling.LANCZOS)
