"""The pack opens in LibreOffice: a headless conversion to PDF succeeds and shows
the contents filled in and the Chinese text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from briefing_app.services.pack import generate_pack
from tests.benchmarks.synthetic import make_large_meeting

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed; install it with "
    "`sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils` "
    "(Debian/Ubuntu) to run this test",
)


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
