"""People's photographs: checked, re-encoded images kept in the database
(``person_photos``), set from files, carried by the interchange format and
printed beside biographies in the pack (docs/your-data.md, "Photos").

:mod:`.image` reads and re-encodes image bytes (no database); :mod:`.store`
reads and writes the ``person_photos`` table; :mod:`.folder` matches a folder
of image files to people.
"""

from briefing_app.services.photos.image import PhotoError, PreparedPhoto, prepare_photo, read_photo

__all__ = ["PhotoError", "PreparedPhoto", "prepare_photo", "read_photo"]
