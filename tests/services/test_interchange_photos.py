"""Photos in the interchange format: carried as base64 and round-tripped byte for
byte; checked like a file on import (bombs, non-images and metadata never get in);
null removes one; files without the key still import."""

from __future__ import annotations

import base64
import copy
import io
import json

import pytest
from PIL import Image
from sqlalchemy import select

from briefing_app.db.models import PersonPhoto
from briefing_app.errors import ValidationError
from briefing_app.services.interchange import export_json, import_data
from tests.services.photo_images import photo_field, png_declaring, portrait, with_exif
from tests.services.test_interchange_roundtrip import full_document


def _import(db, doc):
    with db.session() as s, s.begin():
        return import_data(s, doc, source="data.json")


def _stored(db) -> list[tuple[str, int, int, bytes]]:
    with db.session() as s:
        return [(p.format, p.width, p.height, p.data) for p in s.scalars(select(PersonPhoto))]


def _b64(data: bytes) -> dict:
    return {"format": "jpeg", "data": base64.b64encode(data).decode("ascii")}


def test_photo_round_trips_and_reimport_changes_nothing(db):
    doc = full_document()
    _import(db, doc)
    ((fmt, width, height, data),) = _stored(db)
    assert (fmt, width, height) == ("jpeg", 240, 300)
    assert base64.b64decode(doc["people"][0]["photo"]["data"]) == data
    with db.session() as s:
        exported = json.loads(export_json(s))
    assert exported["people"][0]["photo"] == doc["people"][0]["photo"]
    assert _import(db, doc).updated == {}


def test_file_without_photos_still_imports_and_keeps_the_photo(db):
    doc = full_document()
    _import(db, doc)
    old = copy.deepcopy(doc)
    del old["people"][0]["photo"]
    old["people"][0]["title_en"] = "Deputy Director-General"
    assert _import(db, old).updated["people"] == 1
    assert len(_stored(db)) == 1  # an absent key leaves the photo as it is


def test_null_removes_the_photo(db):
    doc = full_document()
    _import(db, doc)
    doc["people"][0]["photo"] = None
    assert _import(db, doc).updated["people"] == 1
    assert _stored(db) == []
    with db.session() as s:
        assert "photo" not in json.loads(export_json(s))["people"][0]


def test_photo_with_metadata_is_re_encoded_on_import(db):
    doc = full_document()
    doc["people"][0]["photo"] = _b64(with_exif(portrait((1000, 1250))))
    _import(db, doc)
    ((fmt, width, height, data),) = _stored(db)
    assert (fmt, width, height) == ("jpeg", 640, 800)
    assert b"ExampleCam" not in data and not Image.open(io.BytesIO(data)).getexif()


@pytest.mark.parametrize(
    ("photo", "message"),
    [
        ({"format": "jpeg", "data": "not base64!"}, "people[0].photo: data: not base64 text"),
        (_b64(b"GIF89a but not really"), "people[0].photo: image: not "),
        (_b64(png_declaring(50_000, 50_000)), "people[0].photo: image: more than 50 million"),
        ("photo.jpg", "people[0].photo: expected an object"),
        ({**photo_field(), "width": 3}, 'people[0].photo: unknown key "width"'),
    ],
)
def test_bad_photos_are_refused_and_nothing_is_written(db, photo, message):
    doc = full_document()
    doc["people"][0]["photo"] = photo
    with pytest.raises(ValidationError) as caught:
        _import(db, doc)
    assert caught.value.one_line().startswith(f"data.json: {message}")
    with db.session() as s:
        assert json.loads(export_json(s))["people"] == []
