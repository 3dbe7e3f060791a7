"""photodedup: find near-duplicate photos and clean them up safely."""

__version__ = "0.1.0"
APP_ID = "io.github.photodedup.PhotoDedup"
APP_NAME = "photodedup"
APP_DISPLAY_NAME = "Photo Dedup"
ORG_NAME = "photodedup"

__all__ = ["APP_DISPLAY_NAME", "APP_ID", "APP_NAME", "ORG_NAME", "__version__"]
