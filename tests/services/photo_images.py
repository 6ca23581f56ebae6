"""Images drawn for the photo tests (never photos of real people): a neutral
head-and-shoulders silhouette, files with metadata, bombs and broken files."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw


def portrait(size=(1200, 1500), colour=(70, 110, 150), mode="RGB") -> Image.Image:
    """A plain silhouette on a light background (what a placeholder looks like)."""
    w, h = size
    image = Image.new(mode, size, (235, 232, 225) if mode == "RGB" else (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.55), fill=colour)
    draw.ellipse((w * 0.1, h * 0.6, w * 0.9, h * 1.4), fill=colour)
    return image


def jpeg_bytes(image: Image.Image, **params) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, **params)
    return buffer.getvalue()


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def with_exif(image: Image.Image, orientation: int = 1) -> bytes:
    """A JPEG carrying a camera's metadata: maker, GPS position, orientation."""
    exif = Image.Exif()
    exif[0x010F] = "ExampleCam"  # Make
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0)}  # GPS IFD: latitude
    return jpeg_bytes(image, exif=exif.tobytes())


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares ``width`` x ``height`` pixels (a decompression
    bomb's header; the data is one row)."""
    data = png_bytes(Image.new("L", (1, 1)))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    start = data.index(b"IHDR") - 4
    patched = struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    return data[:start] + patched + data[start + 25 :]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def photo_field(image: Image.Image | None = None) -> dict:
    """A person's ``photo`` in the interchange format: a photo as the app stores it."""
    import base64

    from briefing_app.services.photos import prepare_photo

    photo = prepare_photo(jpeg_bytes(image or portrait((240, 300))), "test")
    return {"format": photo.format, "data": base64.b64encode(photo.data).decode("ascii")}
