"""A photo as the app keeps it, and the error a photo that cannot be used raises
(no imaging library here: reading people and their photos needs none)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from briefing_app.errors import UserError


class PhotoError(UserError):
    """An image that cannot be used as a photo; the message names the file."""


@dataclass(frozen=True)
class PreparedPhoto:
    """A re-encoded photo, ready to store: image bytes, format ("jpeg"/"png"), size."""

    data: bytes
    format: str
    width: int
    height: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def mime(self) -> str:
        return f"image/{self.format}"
