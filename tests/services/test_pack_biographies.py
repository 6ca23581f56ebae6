"""The pack's Biographies: heads of delegation by default (all, or none, on request),
each with its photo 3 cm wide beside the bio, in the pack's language; people
without a photo get their bio at full width, no empty frame; the pictures are in
the .docx reopened by python-docx, sized in EMU as the template says."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from sqlalchemy import select

from briefing_app.cli import run
from briefing_app.db.models import Participant, Person
from briefing_app.services.pack import build_pack_content, generate_pack
from briefing_app.services.photos import prepare_photo
from briefing_app.services.photos.store import set_photo
from tests.services.pack_helpers import toc_page_numbers
from tests.services.photo_images import jpeg_bytes, png_bytes, portrait
from tests.services.test_pack_libreoffice import SOFFICE, _page_starting_line, _pdf_pages

#: Demo heads of delegation given a photo: (uid, width, height of the drawn picture).
PHOTOS = {"NPC-FAC-1": (1200, 1500), "SPC-1": (900, 900), "MFA-1": (600, 900)}
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def add_photos(db, photos=PHOTOS) -> None:
    with db.session() as s, s.begin():
        for uid, size in photos.items():
            person = s.scalar(select(Person).where(Person.uid == uid))
            data = png_bytes(portrait(size, mode="RGBA")) if uid == "MFA-1" else None
            set_photo(s, person, prepare_photo(data or jpeg_bytes(portrait(size)), uid))


def _heads(db) -> list[str]:
    with db.session() as s:
        rows = s.execute(
            select(Person.uid)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.role == "head_of_delegation", Participant.rsvp != "declined")
        ).all()
    return sorted(uid for (uid,) in rows)


def test_heads_by_default_all_or_none_on_request(demo_db):
    add_photos(demo_db)
    with demo_db.session() as s:
        heads = build_pack_content(s, "Roundtable")
        everyone = build_pack_content(s, "Roundtable", bios="all")
        none = build_pack_content(s, "Roundtable", bios="none")
    assert sorted(b.uid for b in heads.biographies) == _heads(demo_db)
    assert heads.biographies_of == "heads" and everyone.biographies_of == "all"
    assert len(everyone.biographies) > len(heads.biographies)
    assert none.biographies == [] and none.biographies_of == ""
    with_photo = {b.uid: b.photo_format for b in heads.biographies if b.photo}
    assert with_photo == {"NPC-FAC-1": "jpeg", "SPC-1": "jpeg", "MFA-1": "png"}
    first = heads.biographies[0]
    assert first.name == "Mr.\xa0WANG Jianguo" and first.text == [
        "Fictional person for demonstration."
    ]
    assert first.position[0].startswith("Deputy Director-General, Office of the Foreign Aff")
    assert "declined" not in {b.uid for b in everyone.biographies}


def test_names_and_positions_follow_the_pack_language(demo_db):
    with demo_db.session() as s:
        zh = build_pack_content(s, "Roundtable", "zh").biographies[0]
        both = build_pack_content(s, "Roundtable", "both").biographies[0]
    (position,) = zh.position
    assert _plain(zh.name).startswith("王建国") and "外事委员会" in position
    assert "，" in position and "Office" not in position
    assert "WANG Jianguo" in _plain(both.name) and "王建国" in _plain(both.name)
    english, chinese = both.position
    assert english.startswith("Deputy Director-General, Office of the Foreign Affairs")
    assert "，全国人民代表大会外事委员会" in chinese


def _plain(text: str) -> str:
    """``text`` without the no-break characters that hold names together."""
    return text.replace("\u2060", "").replace("\xa0", " ")


def _pictures(document) -> list[tuple[int, int]]:
    """(cx, cy) in EMU of every inline picture in the body."""
    return [(int(e.get("cx")), int(e.get("cy"))) for e in document.element.body.iter(f"{WP}extent")]


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_pictures_present_and_sized_beside_the_bios(demo_db, tmp_path, language):
    add_photos(demo_db)
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx", language=language)
    document = docx.Document(pack.path)
    width = Cm(3)
    # Every photo 3 cm wide, its height keeping the shape drawn (1200 x 1500: 5/4; 900 x
    # 900: square; 600 x 900: 3/2), to within the pixel the pack's small copy rounds to.
    pictures = _pictures(document)
    assert [cx for cx, _ in pictures] == [width] * 3
    for (_, cy), ratio in zip(pictures, (5 / 4, 1, 3 / 2), strict=True):
        assert cy == pytest.approx(width * ratio, rel=0.005)
    assert len(document.inline_shapes) == 3
    label = {"en": "Biographies", "zh": "人物简介", "both": "Biographies / 人物简介"}[language]
    assert label in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    # A photo and its text share a table row; bios without a photo are paragraphs.
    rows = [t for t in document.tables if t._tbl.xpath(".//w:drawing")]
    assert len(rows) == 3 and all(len(t.columns) == 2 for t in rows)
    texts = [p.text for p in document.paragraphs]
    bios = {"en": ["Fictional person for demonstration."], "zh": ["用于演示的虚构人物。"]}
    for bio in bios.get(language, bios["en"] + bios["zh"]):
        assert bio in texts  # a bio without a photo, in the pack's language
    names = [t.rows[0].cells[1].paragraphs[0].text for t in rows]
    assert len(names) == 3 and all(names)


def test_a_pack_without_photos_has_no_pictures_and_no_empty_frames(demo_db, tmp_path):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx")
    document = docx.Document(pack.path)
    assert _pictures(document) == []
    assert not [t for t in document.tables if len(t.columns) == 2 and not t.cell(0, 0).text]
    assert sum(p.text == "Fictional person for demonstration." for p in document.paragraphs) == len(
        _heads(demo_db)
    )


def test_cli_bios_option(demo_db, tmp_path, capsys):
    add_photos(demo_db)
    db = str(demo_db.path)
    out = tmp_path / "all.docx"
    assert run(["--db", db, "pack", "Roundtable", "--out", str(out), "--bios", "all"]) == 0
    assert len(docx.Document(out).inline_shapes) == 3
    none = tmp_path / "none.docx"
    assert run(["--db", db, "pack", "Roundtable", "--out", str(none), "--bios", "none"]) == 0
    document = docx.Document(none)
    assert "Biographies" not in [p.text for p in document.paragraphs]
    assert not document.element.body.findall(f".//{qn('w:drawing')}")
    with pytest.raises(SystemExit) as stopped:
        run(["--db", db, "pack", "Roundtable", "--out", str(none), "--bios", "some"])
    assert stopped.value.code == 2 and "invalid choice: 'some'" in capsys.readouterr().err


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_contents_page_numbers_count_the_pictures(demo_db, tmp_path, language):
    """Every participant's biography with a photo (4 cm to 4.5 cm tall, some bios a
    few lines long): the contents' page numbers are still those LibreOffice lays out."""
    with demo_db.session() as s, s.begin():
        for i, person in enumerate(s.scalars(select(Person).order_by(Person.id))):
            size = ((800, 1000), (900, 1200), (1000, 1500))[i % 3]
            set_photo(s, person, prepare_photo(jpeg_bytes(portrait(size)), person.uid))
            person.bio = " ".join(["Served in several posts before the current one."] * (i % 4))
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx", language=language, bios="all")
    pages = _pdf_pages(pack.path, tmp_path)
    entries = toc_page_numbers(docx.Document(pack.path))
    shown = [(title, page) for title, page in entries]
    actual = []
    after = 3
    for title, _page in entries:
        after = _page_starting_line(pages, title, after)
        actual.append((title, after))
    assert shown == actual


def test_people_with_neither_bio_nor_photo_are_left_out(demo_db):
    with demo_db.session() as s, s.begin():
        for person in s.scalars(select(Person)):
            person.bio = person.bio_zh = ""
    add_photos(demo_db, {"SPC-1": (900, 900)})
    with demo_db.session() as s:
        (only,) = build_pack_content(s, "Roundtable").biographies
        assert only.uid == "SPC-1" and only.text == [] and only.photo
        set_photo_none = s.scalar(select(Person).where(Person.uid == "SPC-1"))
        set_photo_none.photo = None
        s.flush()
        assert build_pack_content(s, "Roundtable").biographies == []
        s.rollback()


def test_a_new_photo_is_new_content_the_same_photo_is_not(demo_db, tmp_path):
    from briefing_app.services.review.delivery import generate_version

    def version(name: str, **kw) -> int:
        return generate_version(demo_db, "Roundtable", tmp_path / name, **kw).version.number

    first = version("a.docx")
    assert version("b.docx", language="zh") == first  # the same content in Chinese
    add_photos(demo_db, {"SPC-1": (900, 900)})
    with_photo = version("c.docx")
    assert with_photo == first + 1
    add_photos(demo_db, {"SPC-1": (900, 900)})  # the same picture again
    assert version("d.docx") == with_photo
    assert version("e.docx", bios="all") == with_photo + 1
