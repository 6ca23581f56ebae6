"""Reading an image file safely and re-encoding it as the photo we keep.

An image from outside is refused before it is decoded when the file is larger
than ``settings.PHOTO_LIMITS.file_bytes`` or its header declares more pixels than
``pixels`` (a decompression bomb: a small file that expands to gigabytes).
Only common photo formats are parsed. The picture is turned upright (EXIF
orientation), shrunk to ``stored_side`` pixels on its long side and saved anew
as JPEG, or as PNG when it has transparency: nothing of the original file is
kept (no EXIF, GPS position, camera data, comments or embedded thumbnails).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from briefing_app import settings
from briefing_app.services.photos.clean import is_clean
from briefing_app.services.photos.model import PhotoError, PreparedPhoto

#: Formats Pillow may parse: what cameras, phones and web pages give.
FORMATS = ("JPEG", "PNG", "GIF", "BMP", "WEBP", "TIFF")
#: File name endings the bulk import picks up.
EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff")
_JPEG_QUALITY = 88


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size < 2**30 else f"{size / 2**30:.1f} GB"


def read_photo(path: str | Path) -> PreparedPhoto:
    """The photo in image file ``path``, checked and re-encoded (:func:`prepare_photo`)."""
    path = Path(path)
    limit = settings.PHOTO_LIMITS.file_bytes
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise PhotoError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PhotoError(f"{path}: is a folder, not an image file") from None
    except OSError as exc:
        raise PhotoError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        size = path.stat().st_size
        raise PhotoError(f"{path.name}: too large ({_megabytes(size)}, limit {_megabytes(limit)})")
    return prepare_photo(data, path.name)


def prepare_photo(data: bytes, source: str) -> PreparedPhoto:
    """``data`` (an image file's bytes) checked and re-encoded; ``source`` names it in
    messages ("photo.png: not an image")."""
    limits = settings.PHOTO_LIMITS
    if len(data) > limits.file_bytes:
        raise PhotoError(
            f"{source}: too large ({_megabytes(len(data))}, limit {_megabytes(limits.file_bytes)})"
        )
    if not data:
        raise PhotoError(f"{source}: empty file, not an image")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = _open(data, source)
        try:
            return _as_is(image, data, source) or _reencode(image, source)
        finally:
            image.close()


def _open(data: bytes, source: str) -> Image.Image:
    """The image, its header read but nothing decoded; refused when it declares too
    many pixels."""
    limit = settings.PHOTO_LIMITS.pixels
    try:
        image = Image.open(io.BytesIO(data), formats=FORMATS)
    except UnidentifiedImageError:
        kinds = "JPEG, PNG, GIF, BMP, WebP or TIFF"
        raise PhotoError(f"{source}: not an image (or not {kinds})") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(f"{source}: {_too_many_pixels(limit)}") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise PhotoError(f"{source}: not a readable image ({exc})") from None
    width, height = image.size
    if width * height > limit or width <= 0 or height <= 0:
        image.close()
        raise PhotoError(f"{source}: {width} x {height} pixels; {_too_many_pixels(limit)}")
    return image


_KEPT_MODES = {"JPEG": ("RGB", "L"), "PNG": ("RGB", "RGBA", "L", "LA", "P")}


def _as_is(image: Image.Image, data: bytes, source: str) -> PreparedPhoto | None:
    """``data`` itself when it is already a photo as we store it (small enough, JPEG, or
    PNG with transparency, image data only: :func:`clean.is_clean`), after decoding it
    whole; else None."""
    kind = (image.format or "").lower()
    if image.mode not in _KEPT_MODES.get(image.format or "", ()):
        return None
    if max(image.size) > settings.PHOTO_LIMITS.stored_side or not is_clean(data, kind):
        return None
    try:
        image.load()
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise PhotoError(f"{source}: damaged or incomplete image ({exc})") from None
    if kind == "png" and not _has_transparency(image):
        return None  # an opaque picture is stored as JPEG (a tenth of the size)
    return PreparedPhoto(data, kind, *image.size)


def _too_many_pixels(limit: int) -> str:
    return (
        f"more than {limit / 1e6:g} million pixels, refused (a decompression bomb, or a "
        "scan far larger than a photo needs)"
    )


def _reencode(image: Image.Image, source: str) -> PreparedPhoto:
    """Upright, at most ``stored_side`` pixels, saved anew without metadata."""
    side = settings.PHOTO_LIMITS.stored_side
    try:
        image.seek(0)  # an animated GIF or multi-page TIFF: its first picture
        if image.format == "JPEG":
            image.draft("RGB", (side, side))  # decode at a reduced scale (faster)
        upright = ImageOps.exif_transpose(image)  # a loaded copy, turned upright
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(f"{source}: {_too_many_pixels(settings.PHOTO_LIMITS.pixels)}") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise PhotoError(f"{source}: damaged or incomplete image ({exc})") from None
    return encode(upright, side)


def encode(image: Image.Image, side: int) -> PreparedPhoto:
    """``image`` at most ``side`` pixels on its long side, as PNG when it has visible
    transparency, else as JPEG; no metadata."""
    transparent = _has_transparency(image)
    picture = image.convert("RGBA" if transparent else "RGB")
    picture.info = {}  # Pillow's savers copy a comment or ICC profile found there
    if max(picture.size) > side:
        picture.thumbnail((side, side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if transparent:
        picture.save(buffer, "PNG", optimize=True)
    else:
        picture.save(buffer, "JPEG", quality=_JPEG_QUALITY, optimize=True, progressive=False)
    width, height = picture.size
    return PreparedPhoto(buffer.getvalue(), "png" if transparent else "jpeg", width, height)


def _has_transparency(image: Image.Image) -> bool:
    """Whether some pixel is not fully opaque (an alpha channel that is all opaque,
    as many PNG exports have, does not count)."""
    if (
        image.mode in ("RGBA", "LA", "PA")
        or (image.mode == "P" and "transparency" in image.info)
        or (image.mode in ("RGB", "L") and "transparency" in image.info)
    ):
        alpha = image.convert("RGBA").getchannel("A")
        return alpha.getextrema()[0] < 255
    return False


def pack_copy(data: bytes, side: int | None = None) -> PreparedPhoto:
    """A stored photo made smaller for a pack (``PHOTO_LIMITS.pack_side``): a few dozen
    kilobytes per picture keeps packs and their version snapshots small."""
    side = side or settings.PHOTO_LIMITS.pack_side
    with Image.open(io.BytesIO(data), formats=("JPEG", "PNG")) as image:
        image.draft("RGB", (side, side))
        image.load()
        return encode(image, side)
