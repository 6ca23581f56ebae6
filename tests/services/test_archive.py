"""Zip bombs are refused before they are decompressed, in every archive the app opens:
a pack given to ``import-comments``, a pack template, an edited participant list."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile

import docx
import pytest

from briefing_app import settings
from briefing_app.cli import run as cli
from briefing_app.services.archive import ArchiveError, checked_copy
from tests.services.review_data import make_meeting
from tests.services.test_participants_support import export_to
from tests.services.test_participants_support import make_meeting as make_list_meeting
from tests.services.zip_bombs import MiB, text_like, with_member, write_zip, zeros


@pytest.fixture
def pack(db, db_path, tmp_path, capsys):
    """A real pack (version 1 of the review meeting) and the CLI arguments to reach it."""
    with db.session() as s, s.begin():
        make_meeting(s)
    base = ["--db", str(db_path)]
    out = tmp_path / "v1.docx"
    assert cli([*base, "pack", "Roundtable", "--out", str(out)]) == 0
    capsys.readouterr()
    return base, out


def peak_memory(fn) -> int:
    """Peak bytes Python allocated while ``fn`` ran (decompressed data would show here)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def one_line_refusal(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1, captured.err
    return captured.err


def test_import_comments_refuses_a_member_over_the_real_limit(pack, tmp_path, capsys):
    """The finding: a small .docx whose document part expands far beyond what any pack
    holds. Built to compress only ~40 times, so the size limit (not the ratio) refuses it."""
    base, real = pack
    over = settings.ARCHIVE_LIMITS.member_bytes // MiB + 1
    bomb = with_member(real, tmp_path / "bomb.docx", text_like("word/document.xml", over))
    assert bomb.stat().st_size < 12 * MiB
    code = {}
    peak = peak_memory(
        lambda: code.setdefault("exit", cli([*base, "import-comments", "Roundtable", str(bomb)]))
    )
    assert code["exit"] == 2
    assert one_line_refusal(capsys) == (
        f"briefing-app: {bomb}: member word/document.xml: refused: it would expand to "
        f"{over * MiB:,} bytes (more than {settings.ARCHIVE_LIMITS.member_bytes:,}; a zip "
        "bomb or not a normal document)\n"
    )
    assert peak < 48 * MiB  # nothing was decompressed


def test_a_member_that_expands_a_thousand_times_is_refused(pack, tmp_path, capsys):
    base, real = pack
    bomb = with_member(real, tmp_path / "bomb.docx", zeros("word/media/image1.png", 40))
    assert cli([*base, "import-comments", "Roundtable", str(bomb)]) == 2
    err = one_line_refusal(capsys)
    assert err.startswith(f"briefing-app: {bomb}: member word/media/image1.png: refused: ")
    assert "it would expand 1,0" in err and f"to {40 * MiB:,} bytes (a zip bomb" in err


def test_a_central_directory_that_lies_about_the_size(pack, tmp_path, capsys):
    """The directory says 20 KB; the data expands to 200 MB. Reading stops at the lie."""
    base, real = pack
    liar = zeros("word/media/image1.png", 200, declared_size=20_000)
    bomb = with_member(real, tmp_path / "liar.docx", liar)
    code = {}
    peak = peak_memory(
        lambda: code.setdefault("exit", cli([*base, "import-comments", "Roundtable", str(bomb)]))
    )
    assert code["exit"] == 2
    err = one_line_refusal(capsys)
    assert err.startswith(f"briefing-app: {bomb}: member word/media/image1.png: refused: ")
    assert "damaged" in err or "declares" in err
    assert peak < 48 * MiB


def test_a_directory_that_declares_more_than_the_data_holds(tmp_path):
    member = zeros("word/document.xml", 1, declared_size=MiB + 10)
    path = write_zip(tmp_path / "short.docx", [member])
    with pytest.raises(ArchiveError, match=r"short.docx: member word/document.xml: refused: it "):
        checked_copy(path)


def test_a_pack_template_bomb_is_refused_naming_the_template(pack, tmp_path, capsys):
    base, real = pack
    bomb = with_member(real, tmp_path / "template.docx", zeros("word/document.xml", 30))
    assert cli([*base, "pack", "Roundtable", "--template", str(bomb), "--out", "x.docx"]) == 2
    err = one_line_refusal(capsys)
    assert err.startswith(
        f"briefing-app: pack template {bomb}: member word/document.xml: refused: it would expand"
    )


def test_a_participant_list_bomb_is_refused(db, db_path, tmp_path, capsys):
    with db.session() as s, s.begin():
        meeting_id = make_list_meeting(s)
    real = export_to(db, meeting_id, tmp_path / "list.xlsx")
    bomb = with_member(real, tmp_path / "bomb.xlsx", zeros("xl/worksheets/sheet1.xml", 30))
    assert cli(["--db", str(db_path), "import-participants", str(meeting_id), str(bomb)]) == 2
    assert one_line_refusal(capsys).startswith(
        "briefing-app: bomb.xlsx: member xl/worksheets/sheet1.xml: refused: it would expand"
    )


def test_a_directory_listing_too_many_files_is_refused_before_it_is_read(pack, tmp_path, capsys):
    """The archive's end record says 60,000 files (over the real 10,000): refused from
    that record alone. (This directory holds the pack's real files, so reading it
    would have gone ahead: the refusal shows it was not read.)"""
    base, real = pack
    data = bytearray(real.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = struct.pack("<HH", 60_000, 60_000)
    bomb = tmp_path / "listing.docx"
    bomb.write_bytes(bytes(data))
    assert cli([*base, "import-comments", "Roundtable", str(bomb)]) == 2
    assert one_line_refusal(capsys).startswith(
        f"briefing-app: {bomb}: refused: its directory lists 60,000 files in "
    )
    assert cli([*base, "pack", "Roundtable", "--template", str(bomb), "--out", "x.docx"]) == 2
    assert "refused: its directory lists 60,000 files" in one_line_refusal(capsys)


def test_member_count_and_total_limits(tmp_path, monkeypatch):
    """Counted from the directory; the real defaults are far above what is cheap to build."""
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in range(6):
            zf.writestr(f"part{n}.xml", b"<a/>" * 2000)
    monkeypatch.setattr(settings, "ARCHIVE_LIMITS", settings.ArchiveLimits(members=5))
    with pytest.raises(ArchiveError, match=r"many.zip: refused: its directory lists 6 files"):
        checked_copy(path)
    monkeypatch.setattr(settings, "ARCHIVE_LIMITS", settings.ArchiveLimits(total_bytes=40_000))
    with pytest.raises(ArchiveError, match=r"would expand to 48,000 bytes together"):
        checked_copy(path)


def test_the_checked_copy_opens_like_the_original(pack):
    _base, real = pack
    copy = checked_copy(real)
    with zipfile.ZipFile(copy) as zf, zipfile.ZipFile(real) as original:
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_STORED}
        assert {i.filename: zf.read(i) for i in zf.infolist()} == {
            i.filename: original.read(i) for i in original.infolist()
        }
    copy.seek(0)
    assert docx.Document(copy).core_properties.version == "1"
