"""Versions of the algorithms whose outputs are stored, kept in a module with no imports
so that a warm rescan reads its caches without loading numpy or Pillow.

* ``ALGO_ID`` (re-exported by :mod:`photodedup.core.fingerprint`): bump whenever fingerprint
  output changes; it is part of the hash cache's key.
* ``GROUPING_VERSION`` (re-exported by :mod:`photodedup.core.group.cluster`): bump when the same
  fingerprints may group differently; it is part of the group memo's key.
* ``STRUCTURE_VERSION`` (re-exported by :mod:`photodedup.core.store.verdicts`): bump when
  :mod:`photodedup.core.group.structure` judges pairs differently; it is part of the verdict
  store's key.
"""

ALGO_ID = "pd9-caption-aspect"  # pd6: YCbCr, turned keys, colour, caption; pd7: + capture
# instant; pd8: caption boxes found by their band of rows, across the corner; pd9: a caption
# box's shape judged in the picture's proportions, not the square grid's (wide pictures)
GROUPING_VERSION = 29  # 4: hue, grey bridges nothing, reach +8; 5: capture instants, grey owners;
# 6: structure check both ways round, two-pass scale, nearly empty thumbnails; pruning by conflicts;
# 7: hue where both pictures are coloured, grey owners within 0.25 grey levels;
# 8: caption boxes (and so the structure verdicts) widened past the corner's edge;
# 9: sparse pictures (star fields) paired all with all and decided by their points; rich
# pairs beyond EASY_REACH checked; faint opposite hues differ; 10: structure verdicts on luma,
# whole-picture copies join before partial ones (assemble.SHARE_BITS), small subjects whose
# summed hues run against each other differ; 11: faint tints that point two ways differ;
# 12: a unit measured far from more of a group on the pictures than vouch for it leaves;
# 13: the structure verdicts' intensity fits stop after 30 steps; 14: turned copies of sparse
# pictures need their points to fit under some turn; 15: a vivid and a pale picture differ;
# 16: a drawing recoloured in part (aligned chroma residual) is no copy; 17: rich pairs at the
# candidate radius's edge, and turned pairs, are checked on the pictures, whose subject is also
# measured against each row's (or column's) background; 18: a brightened copy whose light
# tones were clipped to white is measured against the line through its unclipped tones;
# 19: pairs whose hashes are at most 8 apart are checked on the pictures whatever their
# thumbnails say (a border crop of a logo: hash 8, thumbnails 30), unless two captures
# 20: copies cover at least 0.60 of each other, not 0.55 (a disc scaled onto another disc);
# 21: thumbnail verdicts are final up to 1 apart, not 12 (the pictures' texture decides);
# 22: pictures that differ in a part (a frame of an animation, a burst shot) are apart;
# 23: rich pairs are copies by the fingerprint alone up to 2 apart, not 8 (retouched versions)
# 24: a check's held pictures are not pushed out mid-batch (pairs judged without them);
# textures that correlate below 0.6, not 0.5, are two pictures (planets lit alike)
# 25: thumbnails are a sure copy only both ways round; a fit scaled over 4x shows no scene;
# 26: keypoints are looked for outside a caption box
# 27: pictures 1.5x as bright as each other are apart (a painting dark and light), and rich
# pairs that bright apart are checked on the pictures
# 28: banded pictures (bands, a gradient: few informative hash bits) pair all with all by
# their thumbnails and are checked on the pictures; a band recoloured parts them
# 29: a banded picture also pairs with one whose few informative bits come with mostly one
# plain field (its brightened or captioned copy; two such pictures still never pair)
STRUCTURE_VERSION = 18  # 2: both ways round, two-pass scale, nearly empty thumbnails, wider
# caption box; 3: caption box widened past the corner's edge; 4: a copy lies inside the other;
# 5: the larger picture is luma (Y), the decoder workers' own (core/fingerprint/picture.py);
# 6: intensity fits (ECC) stop after 30 steps (the oscillating ones ran 60 for nothing);
# 7: a turn other than the one the keys found is taken for whole pictures only;
# 8: a caption box the strict search misses (its text rows dark at 64 px, the subject's bright
# parts in the corner) is looked for as the fingerprint does; 9: the subject is also measured
# against each row's (or column's) median (a graded sky is background); 10: and the pictures
# against the line through one's unclipped tones (a brightened pale picture on white);
# 11: pictures alike in the large whose textures differ are apart (group/texture.py);
# 12: and pictures that differ in a part (group/change.py); 13: a pair's pictures are
# held while it is judged (a full cache let them go, and the thumbnails' verdict stood);
# textures that correlate below 0.6, not 0.5, differ (gas giants whose bands agree in the
# large), and a fit that cannot compare them is tried the other way round; 14: a thumbnail
# verdict is a sure copy only if it is one both ways round, and a keypoint fit scaled more
# than 4x either way (~0: every match squeezed onto one point) counts no inliers; 15: keypoints
# are looked for outside an app's caption box (its text drew most of them); 16: pictures
# 1.5x as bright as each other (trimmed means of the thumbnails, or of the pictures without
# them) are apart: a painting dark and light; 17: a picture that is its lines' background
# (a flag's bands, a plain sky) has no subject for the graded measure; 18: a picture is its
# lines when each line is one level (a thin stripe is a line, not a subject), and a pair is
# fitted by its profiles when either picture is its lines (the other's profile: its medians)
