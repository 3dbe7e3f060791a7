"""Types of the C extension built from _kernels.c (see group/native.py)."""

from typing_extensions import Buffer

INSTRUCTION_SET: str
SOURCE_SHA256: str  # 's' + sha256 of the C sources it was built from

def brute_pairs(keys: Buffer, radius: int, rows: Buffer) -> bytearray: ...
def join_buckets(
    sorted_keys: Buffer,
    sorted_ids: Buffer,
    starts: Buffer,
    buckets: Buffer,
    flips: Buffer,
    radius: int,
    prev_shifts: Buffer,
    prev_masks: Buffer,
    prev_radii: Buffer,
) -> bytearray: ...
def photo_data(
    thumbs: Buffer,
    left: Buffer,
    w0: Buffer,
    w1: Buffer,
    norm: Buffer,
    targets: Buffer,
    profiles: Buffer,
) -> None: ...
def pair_losses(
    thumbs: Buffer,
    norm: Buffer,
    targets: Buffer,
    profiles: Buffer,
    a: Buffer,
    b: Buffer,
    left: Buffer,
    w0: Buffer,
    w1: Buffer,
    limits: Buffer,
    out: Buffer,
) -> None: ...
def warp(
    src: Buffer, wr: int, wc: int, left: Buffer, w0: Buffer, w1: Buffer, out: Buffer
) -> None: ...
def chunk_starts(a: Buffer, b: Buffer, n: int, max_photos: int) -> bytearray: ...
