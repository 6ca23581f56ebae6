"""The pack opens in LibreOffice: a headless conversion to PDF succeeds and shows
the contents filled in and the Chinese text."""

from __future__ import annotations

import os
import shutil
import subprocess

import docx
import pytest

from briefing_app.services.pack import generate_pack
from tests.benchmarks.synthetic import make_large_meeting
from tests.services.pack_helpers import toc_page_numbers

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed; install it with "
    "`sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils` "
    "(Debian/Ubuntu) to run this test",
)


# The estimator's widths are DejaVu Sans's, which LibreOffice shows for Calibri on a
# Debian machine without Carlito. Other fonts installed on the machine (Noto Sans, say)
# can win fontconfig's fallback for Calibri; this rule, read before the system's,
# keeps the layout the one the estimator models, whatever else is installed.
_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <alias binding="strong">
    <family>Calibri</family><prefer><family>DejaVu Sans</family></prefer>
  </alias>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
</fontconfig>
"""


def _pdf_pages(docx_path, tmp_path) -> list[str]:
    """Convert with LibreOffice headless; the text of each PDF page."""
    profile = tmp_path / "lo-profile"
    fonts_conf = tmp_path / "fonts.conf"
    fonts_conf.write_text(_FONTS_CONF, encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf)}
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    pdf = tmp_path / f"{docx_path.stem}.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) missing: converted, text not checked")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def _page_starting_line(pages: list[str], title: str, after: int) -> int | None:
    """1-based number of the first page from ``after`` with a line starting ``title``."""
    key = "".join(title.split())[:25]
    for number in range(after, len(pages) + 1):
        lines = pages[number - 1].splitlines()
        if any(line.replace(" ", "").startswith(key) for line in lines):
            return number
    return None


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_contents_page_numbers_match_libreoffice_layout(demo_db, tmp_path, language):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / f"{language}.docx", language=language)
    pages = _pdf_pages(pack.path, tmp_path)
    entries = toc_page_numbers(docx.Document(pack.path))
    assert entries
    contents_pages = pages[1 : entries[0][1] - 1]  # from page 2 to before the first entry
    shown = "".join("".join(contents_pages).split())
    after = 3
    for title, page in entries:
        actual = _page_starting_line(pages, title, after)
        assert actual == page, (title, page, actual)
        assert "".join(title.split())[:8] in shown  # the contents page lists it
        after = actual


def test_libreoffice_converts_the_pack(db, tmp_path):
    with db.session() as s, s.begin():
        meeting_id = make_large_meeting(s, organizations=3, people_per_org=2, points_per_org=2)
    with db.session() as s:
        pack = generate_pack(s, meeting_id, tmp_path / "pack.docx", language="both")
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(pack.path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "pack.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) missing: converted, text not checked")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    contents_page = text.split("\f")[1]
    assert "Participants / 与会者" in contents_page  # the contents field shows its entries
    assert "综合圆桌会议" in text
    assert "Page 1 of" in text
