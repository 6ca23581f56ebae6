"""People's photographs: checked, re-encoded images kept in the database
(``person_photos``), set from files, carried by the interchange format and
printed beside biographies in the pack (docs/your-data.md, "Photos").

:mod:`.image` reads and re-encodes image bytes (Pillow; no database);
:mod:`.store` reads and writes the ``person_photos`` table; :mod:`.folder`
matches a folder of image files to people; :mod:`.model` holds the photo and
its error. Pillow is imported only when an image is read or written.
"""

from __future__ import annotations

from typing import Any

from briefing_app.services.photos.model import PhotoError, PreparedPhoto

__all__ = ["PhotoError", "PreparedPhoto", "prepare_photo", "read_photo"]


def __getattr__(name: str) -> Any:
    if name in ("prepare_photo", "read_photo"):
        from briefing_app.services.photos import image

        return getattr(image, name)
    raise AttributeError(name)
