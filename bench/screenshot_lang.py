"""Take the main-window screenshot in another language, from a real scan of sample photos.

    PYTHONPATH=. xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python bench/screenshot_lang.py fr

Writes docs/images/main-window-<lang>.png: the window as bench/screenshots.py takes it
(richest group selected, lower-resolution copies marked), with the app's translation for
<lang> installed the way a user with that system locale gets it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import screenshots


def main() -> None:
    """Scan generated photos in the translated window and save its picture."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("lang", help="a shipped language, e.g. fr, de, es, pt_BR, ja")
    parser.add_argument("--photos", type=Path, help="existing sample folder (default: generate)")
    args = parser.parse_args()
    from PySide6.QtCore import QLocale

    from photodedup.gui.app import create_application, install_translators

    QLocale.setDefault(QLocale(args.lang))
    screenshots.OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="photodedup-shots-") as tmp:
        screenshots._isolate(Path(tmp))
        photos = args.photos
        if photos is None:
            from sample_photos import build

            photos = Path(tmp) / "Pictures"
            build(photos, 40)
        app = create_application([sys.argv[0]])
        app.setStyle("Fusion")  # the same look under Xvfb whatever the desktop
        install_translators(app)
        screenshots._results.empty_done = True  # type: ignore[attr-defined]
        screenshots._grab_while_hashing = lambda *_args: None  # keep scanning.png as it is
        window = screenshots._results(photos, screenshots.SIZE)
        out = screenshots.OUT / f"main-window-{args.lang}.png"
        window.grab().save(str(out))  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]
        app.quit()
    screenshots._shrink(out)
    print(f"screenshot written to {out}")


if __name__ == "__main__":
    main()
