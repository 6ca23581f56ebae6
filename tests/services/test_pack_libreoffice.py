"""The pack opens in LibreOffice: a headless conversion to PDF succeeds and shows
the contents filled in and the Chinese text."""

from __future__ import annotations

import os
import shutil
import subprocess

import docx
import pytest

from briefing_app.services.pack import generate_pack
from briefing_app.services.pack.labels import labels
from tests.benchmarks.synthetic import make_large_meeting
from tests.services.pack_helpers import template_with_a_page_per_profile, toc_page_numbers

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
    <family>Calibri</family><prefer><family>{calibri}</family></prefer>
  </alias>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
</fontconfig>
"""


def _pdf_pages(docx_path, tmp_path, calibri: str = "DejaVu Sans") -> list[str]:
    """Convert with LibreOffice headless, showing Calibri as ``calibri``; the text of
    each PDF page."""
    profile = tmp_path / "lo-profile"
    fonts_conf = tmp_path / "fonts.conf"
    fonts_conf.write_text(_FONTS_CONF.format(calibri=calibri), encoding="utf-8")
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


def _squeezed(text: str) -> str:
    """Without spaces and hyphens (pdftotext drops some hyphens of "2022-2026")."""
    return "".join(text.split()).replace("-", "")


def _page_starting_line(pages: list[str], title: str, after: int) -> int | None:
    """1-based number of the first page from ``after`` with a line starting ``title``."""
    key = _squeezed(title)
    for number in range(after, len(pages) + 1):
        lines = (_squeezed(line) for line in pages[number - 1].splitlines())
        # The heading's line, or its first line when it wraps; not a line of text that
        # merely begins with the same words ("国家知识产权局由…").
        if any(line and key.startswith(line) and len(line) >= min(len(key), 8) for line in lines):
            return number
    return None


def _contents_page(pages: list[str], heading: str) -> int:
    """1-based number of the page whose first line is the contents' heading."""
    key = "".join(heading.split())
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        if len(lines) > 1 and "".join(lines[1].split()) == key:  # after the header line
            return number
    raise AssertionError(f"no page starts with {heading!r}")


@pytest.mark.parametrize(
    ("language", "page_per_profile"),
    [("en", False), ("zh", False), ("both", False), ("en", True)],
)
def test_contents_page_numbers_match_libreoffice_layout(
    demo_db, tmp_path, language, page_per_profile
):
    """Profiles flow (the shipped template), or each starts a page (an office's)."""
    template = template_with_a_page_per_profile(tmp_path) if page_per_profile else None
    with demo_db.session() as s:
        pack = generate_pack(
            s, "Roundtable", tmp_path / f"{language}.docx", language=language, template=template
        )
    pages = _pdf_pages(pack.path, tmp_path)
    entries = toc_page_numbers(docx.Document(pack.path))
    assert entries
    contents = _contents_page(pages, labels(language)["contents"])
    shown = "".join("".join(pages[contents - 1 : entries[0][1] - 1]).split())
    after = contents + 1  # the contents pages list every title too
    for title, page in entries:
        actual = _page_starting_line(pages, title, after)
        assert actual == page, (title, page, actual)
        assert "".join(title.split())[:8] in shown  # the contents page lists it
        after = actual


@pytest.mark.parametrize("calibri", ["DejaVu Sans", "Noto Sans"])
@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_the_contents_last_page_never_holds_a_lone_entry(demo_db, tmp_path, language, calibri):
    """With Noto Sans for Calibri (as look-at-docs' LibreOffice shows it), the bilingual
    demo's contents ran one line over its page: the last entry stood alone on the next.
    Its last part (the annex and its entries) now moves together, whatever the font."""
    found = subprocess.run(["fc-list", calibri], capture_output=True, text=True).stdout
    if calibri not in found:
        pytest.skip(f"font {calibri} not installed (Debian: fonts-noto-core, fonts-dejavu-core)")
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / f"{language}.docx", language=language)
    pages = _pdf_pages(pack.path, tmp_path, calibri)
    entries = toc_page_numbers(docx.Document(pack.path))
    first = _contents_page(pages, labels(language)["contents"])
    last = entries[0][1] - 1  # the page before the first entry's heading
    listed = [
        [title for title, _page in entries if _squeezed(title)[:8] in _squeezed(pages[n - 1])]
        for n in range(first, last + 1)
    ]
    assert sum(len(on_page) for on_page in listed) >= len(entries)
    assert all(len(on_page) >= 3 for on_page in listed), listed


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
    pages = text.split("\f")
    contents_page = pages[_contents_page(pages, "Contents / 目录") - 1]
    assert "Participants / 与会者" in contents_page  # the contents field shows its entries
    assert "综合圆桌会议" in text
    assert "Page 1 of" in text
