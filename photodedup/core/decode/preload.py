"""What the decoder workers' fork server imports once, so that no worker pays for it.

On Linux the workers are forked from ``multiprocessing``'s fork server
(:func:`photodedup.core.decode.context.worker_context`) instead of each starting a fresh
interpreter.  This module, imported there first, sets the thread limits of a worker
(:func:`photodedup.core.decode.numeric.one_numeric_thread`) before numpy loads, then imports what
every worker runs (the decoders' plugins, OpenCV for the structure pictures) and makes one
fingerprint, so that what loads lazily on first use is loaded too.  A worker's own set-up
(priority, memory cap, decoder plugins' threads, warnings) still happens in the worker,
after the fork (:func:`photodedup.core.decode.worker.worker_main`).
"""

from __future__ import annotations

from photodedup.core.decode.numeric import one_numeric_thread

one_numeric_thread(force=True)

import cv2  # noqa: E402, F401
import numpy  # noqa: E402, F401
import pillow_heif  # noqa: E402, F401
from PIL import Image  # noqa: E402

import photodedup.core.decode.image  # noqa: E402, F401
from photodedup.core.fingerprint import fingerprint_image  # noqa: E402

fingerprint_image(Image.new("L", (64, 64)))  # numpy's and imagehash's lazy imports
