"""Whether image bytes are already what we store: a baseline JPEG or a PNG made of
image data only (no EXIF, XMP, ICC profile, comments, text chunks or anything after
the end of the image). Such a file is kept byte for byte, so a photo exported and
imported again is the same photo (same sha256), not a copy re-encoded once more."""

from __future__ import annotations

import struct

#: JPEG markers that carry image data or tables (APP0 is the JFIF header); APP1..15
#: (EXIF, XMP, ICC, Photoshop...) and COM (comments) are metadata.
_JPEG_KEPT = {0xE0, 0xDB, 0xC4, 0xDD, 0xC0, 0xC1}  # baseline and extended frames only
_JFIF_LENGTH = 16  # a JFIF header without an embedded thumbnail
_JPEG_SOS, _JPEG_EOI = 0xDA, b"\xff\xd9"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG chunks of image data only: header, palette, transparency, data, end.
_PNG_KEPT = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}


def is_clean(data: bytes, kind: str) -> bool:
    """Whether ``data`` (a ``kind`` "jpeg" or "png" file) holds nothing but the image."""
    if kind == "jpeg":
        return _clean_jpeg(data)
    if kind == "png":
        return _clean_png(data)
    return False


def _clean_jpeg(data: bytes) -> bool:
    if not data.startswith(b"\xff\xd8") or not data.endswith(_JPEG_EOI):
        return False
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker not in _JPEG_KEPT and marker != _JPEG_SOS:
            return False
        if marker == _JPEG_SOS:  # entropy-coded data up to the end: one scan, baseline
            return data.count(b"\xff\xda") == 1
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker == 0xE0 and (length != _JFIF_LENGTH or data[pos + 4 : pos + 9] != b"JFIF\0"):
            return False
        pos += 2 + length
    return False


def _clean_png(data: bytes) -> bool:
    if not data.startswith(_PNG_SIGNATURE):
        return False
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind not in _PNG_KEPT:
            return False
        pos += 12 + length
        if kind == b"IEND":
            return pos == len(data)
    return False
