"""The briefing set: pack + list (+ PDF copies) in one folder, named after the
meeting, the pack recorded as one pack version; the CLI runs the same service."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime

import openpyxl
import pytest
from docx import Document

from briefing_app.cli import run
from briefing_app.errors import TargetFileError
from briefing_app.services import briefing_set, pdf
from briefing_app.services.review.versions import list_versions

HAS_OFFICE = pdf.find_office() is not None
STEM = "2022-03-23 Roundtable 2022"

pytestmark = pytest.mark.both_backends


def test_file_stem_date_and_safe_short_title():
    when = datetime(2026, 5, 4, 9, 30)
    assert briefing_set.file_stem("Roundtable 2022", when) == "2026-05-04 Roundtable 2022"
    assert briefing_set.file_stem('A/B: "C"? <D>|E*\t', when) == "2026-05-04 A B C D E"
    assert briefing_set.file_stem("  ...  ", None) == "meeting"
    assert briefing_set.file_stem("圆桌会议", None) == "圆桌会议"
    long = briefing_set.file_stem("x" * 200, when)
    assert len(long) == len("2026-05-04 ") + briefing_set.TITLE_CHARS + 1 and long.endswith("…")


@pytest.fixture
def out(tmp_path):
    """The folder the set goes to (the database lives in tmp_path itself)."""
    folder = tmp_path / "set"
    folder.mkdir()
    return folder


def _write(db, folder, **kwargs):
    return briefing_set.write_documents(db, "Roundtable", folder, **kwargs)


def test_pack_and_list_reopen_and_one_version_is_recorded(demo_db, out):
    written = _write(demo_db, out, language="en")
    assert written.pack == out / f"{STEM} - briefing pack.docx"
    assert written.participants == out / f"{STEM} - participants.xlsx"
    text = "\n".join(p.text for p in Document(str(written.pack)).paragraphs)
    assert "Roundtable 2022" in text
    sheet = openpyxl.load_workbook(written.participants).active
    assert sheet.max_row > 10
    with demo_db.session() as s:
        assert [v.number for v in list_versions(s, 1)] == [written.version] == [1]
    again = _write(demo_db, out, language="zh")  # the same content: the same version
    assert again.version == 1 and sorted(os.listdir(out)) == sorted(
        [written.pack.name, written.participants.name]
    )


def test_a_missing_folder_records_nothing(demo_db, tmp_path):
    with pytest.raises(TargetFileError, match="does not exist"):
        _write(demo_db, tmp_path / "nowhere")
    with demo_db.session() as s:
        assert list_versions(s, 1) == []


def test_progress_rises_to_the_end_of_the_documents(demo_db, out):
    seen = []
    _write(demo_db, out, with_pdf=True, progress=lambda d, t, m="": seen.append((d, t)))
    assert all(t == 100 for _d, t in seen)
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[-1] == 60


@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice not installed")
def test_pdf_copies_are_real_pdfs_and_no_temporary_folder_stays(demo_db, out):
    written = briefing_set.add_pdf_copies(_write(demo_db, out))
    assert written.pdf_note == "" and len(written.pdfs) == 2
    for path in written.pdfs:
        assert path.read_bytes()[:5] == b"%PDF-" and path.stat().st_size > 10_000
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written.files)


def test_without_libreoffice_the_set_says_so(demo_db, out, no_office):
    written = _write(demo_db, out)
    result = briefing_set.add_pdf_copies(written)
    assert result.office_missing and result.pdfs == []
    assert "LibreOffice" in result.pdf_note and written.pack.exists()


def _failing_office(tmp_path) -> str:
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    script.chmod(0o755)
    return str(script)


def test_a_failed_conversion_keeps_the_previous_pdf(demo_db, tmp_path, out, monkeypatch):
    written = _write(demo_db, out)
    old = out / f"{STEM} - briefing pack.pdf"
    old.write_bytes(b"%PDF-old")
    monkeypatch.setenv("PATH", str(os.path.dirname(_failing_office(tmp_path))))
    result = briefing_set.add_pdf_copies(written)
    assert not result.office_missing and result.pdfs == []
    assert "could not be loaded" in result.pdf_note and "briefing pack.docx" in result.pdf_note
    assert old.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*(p.name for p in written.files), old.name]
    )


@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice not installed")
def test_cli_briefing_set_in_a_real_process(tmp_path, out):
    db = tmp_path / "cli.db"
    assert run(["--db", str(db), "init", "--demo"]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--db", str(db), "briefing-set", "1",
         "--out", str(out), "--pdf", "--lang", "both"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        f"{STEM} - {what}" for what in
        ("briefing pack.docx", "briefing pack.pdf", "participants.xlsx", "participants.pdf")
    )  # fmt: skip
    assert "pack version 1" in done.stdout
    assert run(["--db", str(db), "versions", "1"]) == 0


def test_cli_without_libreoffice_writes_the_documents_and_exits_2(tmp_path, capsys, no_office):
    db = tmp_path / "cli.db"
    assert run(["--db", str(db), "init", "--demo"]) == 0
    capsys.readouterr()
    assert (
        run(["--db", str(db), "briefing-set", "Roundtable", "--out", str(tmp_path), "--pdf"]) == 2
    )
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "no PDF copies" in err and "LibreOffice" in err
    assert (
        f"{STEM} - briefing pack.docx" in out
        and (tmp_path / f"{STEM} - participants.xlsx").exists()
    )


def test_cli_remembers_no_folder_until_one_is_given(tmp_path, capsys):
    db = tmp_path / "cli.db"
    assert run(["--db", str(db), "init", "--demo"]) == 0
    assert run(["--db", str(db), "briefing-set", "1"]) == 2
    assert "--out DIR" in capsys.readouterr().err


def test_shutil_which_finds_the_office_we_use():
    assert pdf.find_office() == (shutil.which("soffice") or shutil.which("libreoffice"))


@pytest.mark.sqlite_only
def test_cli_briefing_set_chooses_whose_biographies_the_pack_has(demo_db, out, capsys):
    def biographies(bios) -> list[str]:
        argv = ["--db", str(demo_db.path), "briefing-set", "Roundtable", "--out", str(out)]
        assert run([*argv, *(["--bios", bios] if bios else [])]) == 0
        pack = Document(str(out / f"{STEM} - briefing pack.docx"))
        return [p.text for p in pack.paragraphs if p.text.endswith("in order of precedence.")]

    assert biographies(None) == ["Heads of delegation, in order of precedence."]
    assert biographies("all") == ["Participants, in order of precedence."]
    assert biographies("none") == []
    capsys.readouterr()
