"""Photos are re-encoded safely: size and pixel limits, bombs and broken files
refused with one line naming the file, metadata dropped, pictures upright, JPEG
unless transparent, at most ``stored_side`` pixels; stored apart from people."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image
from sqlalchemy import select

from briefing_app import settings
from briefing_app.db.models import Person, PersonPhoto
from briefing_app.services.photos import PhotoError, prepare_photo, read_photo
from briefing_app.services.photos.store import (
    find_person,
    get_photo,
    photos_of,
    remove_photo,
    set_photo,
)
from briefing_app.services.record_snapshot import collect
from tests.services.photo_images import (
    jpeg_bytes,
    png_bytes,
    png_declaring,
    portrait,
    with_exif,
    write,
)


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_large_photo_is_shrunk_to_jpeg_without_metadata():
    photo = prepare_photo(with_exif(portrait((1600, 2000))), "camera.jpg")
    assert (photo.format, photo.width, photo.height) == ("jpeg", 640, 800)
    image = _open(photo.data)
    assert image.format == "JPEG" and image.size == (640, 800)
    assert not image.getexif() and "exif" not in image.info
    assert b"ExampleCam" not in photo.data
    assert len(photo.sha256) == 64


def test_exif_orientation_is_applied_before_it_is_dropped():
    # Orientation 6: the camera was turned; the stored picture must stand upright.
    photo = prepare_photo(with_exif(portrait((1000, 600)), orientation=6), "turned.jpg")
    assert (photo.width, photo.height) == (480, 800)


def test_small_photo_keeps_its_size():
    photo = prepare_photo(png_bytes(portrait((300, 400))), "small.png")
    assert (photo.format, photo.width, photo.height) == ("jpeg", 300, 400)


def test_transparent_png_stays_png_but_opaque_alpha_becomes_jpeg():
    cut_out = portrait((400, 500), mode="RGBA")
    assert prepare_photo(png_bytes(cut_out), "cutout.png").format == "png"
    opaque = portrait((400, 500)).convert("RGBA")
    assert prepare_photo(png_bytes(opaque), "opaque.png").format == "jpeg"


def test_palette_and_cmyk_images_are_converted():
    assert prepare_photo(png_bytes(portrait().convert("P")), "p.png").format == "jpeg"
    cmyk = portrait((400, 500)).convert("CMYK")
    assert _open(prepare_photo(jpeg_bytes(cmyk), "cmyk.jpg").data).mode == "RGB"


def test_file_over_the_limit_is_refused_before_reading_it_all(tmp_path, monkeypatch):
    path = write(tmp_path / "huge.jpg", jpeg_bytes(portrait()))
    limits = dataclasses.replace(settings.PHOTO_LIMITS, file_bytes=10_000)
    monkeypatch.setattr(settings, "PHOTO_LIMITS", limits)
    with pytest.raises(PhotoError) as caught:
        read_photo(path)
    message = caught.value.one_line()
    assert message.startswith("huge.jpg: too large (") and "limit 0.0 MB" in message


def test_size_in_message_is_in_megabytes(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(b"\0" * (settings.PHOTO_LIMITS.file_bytes + 300_000))
    with pytest.raises(PhotoError, match=r"^photo.png: too large \(10.3 MB, limit 10.0 MB\)$"):
        read_photo(path)


@pytest.mark.parametrize(("width", "height"), [(100_000, 100_000), (8_000, 7_000)])
def test_decompression_bomb_is_refused(width, height):
    with pytest.raises(PhotoError, match=r"^bomb.png: .*million pixels, refused"):
        prepare_photo(png_declaring(width, height), "bomb.png")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"hello, not an image", "notes.png: not an image"),
        (b"", "notes.png: empty file"),
        (b"%PDF-1.7\n", "notes.png: not an image"),
    ],
)
def test_not_an_image(data, expected):
    with pytest.raises(PhotoError) as caught:
        prepare_photo(data, "notes.png")
    assert caught.value.one_line().startswith(expected)


def test_truncated_image_is_refused():
    data = jpeg_bytes(portrait((900, 900)))
    with pytest.raises(PhotoError, match=r"^cut.jpg: (damaged or incomplete|not a readable)"):
        prepare_photo(data[: len(data) // 3], "cut.jpg")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PhotoError, match="no such file"):
        read_photo(tmp_path / "missing.jpg")
    with pytest.raises(PhotoError, match="is a folder"):
        read_photo(tmp_path)


def test_set_replace_remove_and_cascade(demo_db):
    first = prepare_photo(jpeg_bytes(portrait((500, 600))), "a.jpg")
    second = prepare_photo(png_bytes(portrait((400, 500), mode="RGBA")), "b.png")
    with demo_db.session() as s, s.begin():
        person = find_person(s, "LIU Hua")
        set_photo(s, person, first)
        set_photo(s, person, second)
        person_id = person.id
    with demo_db.session() as s, s.begin():
        stored = get_photo(s, person_id)
        assert stored == second and stored.format == "png"
        assert list(photos_of(s, [person_id, 999_999])) == [person_id]
        # Deleting the person takes the photo with it; an undo's snapshot holds it.
        assert any(t == "person_photos" for t, _ in collect(s, "people", person_id).rows)
        s.delete(s.get(Person, person_id))
    with demo_db.session() as s:
        assert s.scalars(select(PersonPhoto)).all() == []


def test_remove_reports_whether_there_was_one(demo_db):
    with demo_db.session() as s, s.begin():
        person = s.scalars(select(Person)).first()
        assert remove_photo(s, person) is False
        set_photo(s, person, prepare_photo(jpeg_bytes(portrait((50, 60))), "x.jpg"))
        assert remove_photo(s, person) is True


def test_find_person_by_id_uid_and_name(demo_db):
    with demo_db.session() as s:
        liu = find_person(s, "liu hua")
        assert find_person(s, str(liu.id)) is liu
        assert find_person(s, liu.uid.lower()) is liu
        assert find_person(s, "Hua_LIU") is liu
        with pytest.raises(Exception, match="no person"):
            find_person(s, "Nobody Atall")


def test_a_stored_photo_given_again_is_kept_byte_for_byte():
    for image, name in ((portrait((1600, 2000)), "a.jpg"), (portrait(mode="RGBA"), "b.png")):
        data = png_bytes(image) if name.endswith("png") else with_exif(image)
        first = prepare_photo(data, name)
        again = prepare_photo(first.data, name)
        assert again.data == first.data and again.sha256 == first.sha256


@pytest.mark.parametrize("kind", ["exif", "comment", "progressive", "trailer", "png_text"])
def test_small_files_with_anything_but_image_data_are_re_encoded(kind):
    small = portrait((300, 400))
    data = {
        "exif": lambda: with_exif(small),
        "comment": lambda: jpeg_bytes(small, comment=b"secret"),
        "progressive": lambda: jpeg_bytes(small, progressive=True),
        "trailer": lambda: jpeg_bytes(small) + b"PK\x03\x04 a zip after the image",
        "png_text": lambda: _png_with_text(portrait((300, 400), mode="RGBA")),
    }[kind]()
    photo = prepare_photo(data, "x")
    assert photo.data != data and b"secret" not in photo.data and b"PK" not in photo.data
    assert not _open(photo.data).info.get("exif") and "comment" not in _open(photo.data).info


def _png_with_text(image: Image.Image) -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "secret")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()
