"""Versions of the algorithms whose outputs are stored, kept in a module with no imports
so that a warm rescan reads its caches without loading numpy or Pillow.

* ``ALGO_ID`` (re-exported by :mod:`photodedup.core.fingerprint`): bump whenever fingerprint
  output changes; it is part of the hash cache's key.
* ``GROUPING_VERSION`` (re-exported by :mod:`photodedup.core.group.cluster`): bump when the same
  fingerprints may group differently; it is part of the group memo's key.
"""

ALGO_ID = "pd6-turns-colour-caption"  # pd6: YCbCr, turned keys, colour, caption painted over
GROUPING_VERSION = 4  # 4: hue correlation, grey copies bridge nothing, structure reach +8
