"""``pack`` and ``participants`` with ``--out FILE.pdf``: real PDFs made by LibreOffice
(contents updated, fonts embedded, the marking on every page); without LibreOffice one
line saying how to get it; any other extension refused."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from briefing_app.cli import run
from briefing_app.db.models import PackVersion
from briefing_app.services import pdf

MARKING = "FOR OFFICIAL USE ONLY"  # the demo meeting's classification
needs_office = pytest.mark.skipif(
    pdf.find_office() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils (pdftotext) are needed",
)


def pages(path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def contents_entries(page: str) -> list[tuple[str, int]]:
    """(title, page number) of each dotted line of a contents page."""
    found = re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", page, re.MULTILINE)
    return [(title, int(number)) for title, number in found]


def first_page_with_line(pages: list[str], title: str, after: int) -> int | None:
    """The first page from ``after`` with a line starting as ``title`` (spaces ignored)."""
    key = "".join(title.split())[:25]
    for number in range(after, len(pages) + 1):
        lines = pages[number - 1].splitlines()
        if any("".join(line.split()).startswith(key) for line in lines):
            return number
    return None


@needs_office
def test_pack_pdf_is_a_pdf_with_contents_right_fonts_embedded_marking_everywhere(
    demo_db, tmp_path, capsys
):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "pack.pdf"
    assert run(["--db", str(demo_db.path), "pack", "Roundtable", "--out", str(out)]) == 0
    assert f"{out}: briefing pack for" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    text = pages(out)
    assert len(text) > 5 and all(MARKING in page for page in text)
    contents = next(i for i, page in enumerate(text) if len(contents_entries(page)) > 5)
    assert contents == 2  # after the cover and the "At a glance" page
    entries = contents_entries(text[contents])
    after = contents + 2
    for title, number in entries:  # each entry's number is the page its heading is on
        actual = first_page_with_line(text, title, after)
        assert actual == number, (title, number, actual)
        after = actual
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # the "emb" column
    assert [p.name for p in out.parent.iterdir()] == ["pack.pdf"]  # no Word file left beside
    with demo_db.session() as s:
        assert s.query(PackVersion).count() == 1


@needs_office
def test_participants_pdf_prints_the_list_with_the_marking(demo_db, tmp_path):
    out = tmp_path / "list.pdf"
    assert run(["--db", str(demo_db.path), "participants", "1", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = pages(out)
    assert text and all(MARKING in page for page in text)
    assert "Dietary/access" in text[0] and "E-mail" not in "".join(text)


@pytest.mark.parametrize("command", ["pack", "participants"])
def test_other_extensions_are_refused(demo_db, tmp_path, capsys, command):
    out = tmp_path / "x.doc"
    assert run(["--db", str(demo_db.path), command, "1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".pdf" in err and not out.exists()


@pytest.mark.parametrize("command", ["pack", "participants"])
def test_without_libreoffice_one_line_says_how_to_get_it(
    demo_db, tmp_path, capsys, no_office, command
):
    out = tmp_path / "x.pdf"
    assert run(["--db", str(demo_db.path), command, "1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "install it" in err and "LibreOffice" in err
    assert not out.exists()
    with demo_db.session() as s:
        assert s.query(PackVersion).count() == 0  # no version number taken


def test_libreoffice_is_found_in_its_usual_install_place(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv(pdf.OFFICE_ENV, raising=False)
    program = tmp_path / "opt" / "soffice"
    program.parent.mkdir()
    program.write_text("")
    monkeypatch.setattr(pdf, "install_places", lambda: [tmp_path / "none", program])
    assert pdf.find_office() == str(program)


def test_the_environment_can_name_the_program(tmp_path, monkeypatch):
    program = tmp_path / "soffice.exe"
    program.write_text("")
    monkeypatch.setenv(pdf.OFFICE_ENV, str(program))
    assert pdf.find_office() == str(program)
