"""``photo`` and ``photos`` end to end through the CLI: set, write out, remove; a
folder matched by uid and name, unmatched and refused files reported; bad files
as one line with exit 2 and the database unchanged."""

from __future__ import annotations

from PIL import Image
from sqlalchemy import select

from briefing_app.cli import run
from briefing_app.db.models import Person, PersonPhoto
from tests.services.photo_images import jpeg_bytes, png_declaring, portrait, write


def _photos(db) -> dict[str, tuple[str, int, int]]:
    with db.session() as s:
        rows = s.execute(
            select(Person.uid, PersonPhoto.format, PersonPhoto.width, PersonPhoto.height).join(
                PersonPhoto, PersonPhoto.person_id == Person.id
            )
        ).all()
    return {uid: (fmt, w, h) for uid, fmt, w, h in rows}


def test_set_write_out_and_remove(demo_db, tmp_path, capsys):
    db = str(demo_db.path)
    image = write(tmp_path / "liu.jpg", jpeg_bytes(portrait((1200, 1500))))
    assert run(["--db", db, "photo", "WOC-DIR", str(image)]) == 0
    assert "Hua LIU: photo set from" in capsys.readouterr().out
    assert _photos(demo_db) == {"WOC-DIR": ("jpeg", 640, 800)}
    out = tmp_path / "back.jpg"
    assert run(["--db", db, "photo", "刘华", "--out", str(out)]) == 0
    assert Image.open(out).size == (640, 800)
    assert run(["--db", db, "photo", "liu hua", "--remove"]) == 0
    assert "photo removed" in capsys.readouterr().out
    assert _photos(demo_db) == {}


def test_bad_file_is_one_line_and_changes_nothing(demo_db, tmp_path, capsys):
    db = str(demo_db.path)
    good = write(tmp_path / "good.jpg", jpeg_bytes(portrait((300, 400))))
    assert run(["--db", db, "photo", "WOC-DIR", str(good)]) == 0
    bomb = write(tmp_path / "bomb.png", png_declaring(60_000, 60_000))
    capsys.readouterr()
    assert run(["--db", db, "photo", "WOC-DIR", str(bomb)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("briefing-app: bomb.png: more than 50 million pixels") and "\n" not in err
    assert _photos(demo_db) == {"WOC-DIR": ("jpeg", 300, 400)}
    assert run(["--db", db, "photo", "Nobody", str(good)]) == 2
    assert 'no person with id, uid or name matching "Nobody"' in capsys.readouterr().err
    assert run(["--db", db, "photo", "WOC-DIR"]) == 2


def test_folder_by_uid_and_names_reports_the_rest(demo_db, tmp_path, capsys):
    folder = tmp_path / "photos"
    folder.mkdir()
    picture = jpeg_bytes(portrait((600, 750)))
    for name in ("WOC-DIR.jpg", "wang_jianguo.JPG", "王毅.png", "谢文.jpeg", "notes.txt"):
        write(folder / name, picture)
    write(folder / "Li.jpg", picture)  # LI Xiaoyan and HE Li: "li" is no one's whole name
    write(folder / "tian tian.png", b"not really a png")
    db = str(demo_db.path)
    assert run(["--db", db, "photos", str(folder), "--dry-run"]) == 0
    assert "3 photo(s) would be set" in capsys.readouterr().out
    assert _photos(demo_db) == {}
    assert run(["--db", db, "photos", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        "3 photo(s) set, 2 file(s) matched no one, 0 matched several people, 1 refused"
    )
    assert "no one matches: 王毅.png" in out and "no one matches: Li.jpg" in out
    assert "refused: tian tian.png: not an image" in out
    assert set(_photos(demo_db)) == {"WOC-DIR", "NPC-FAC-1", "BFA-1"}
