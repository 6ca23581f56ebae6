"""The pack's participants table (issue 12): grouped by delegation, the Latin and the
own-script name side by side in every language, columns that fit their text, and no
word cut in two (checked in LibreOffice's PDF)."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from briefing_app.domain.names import plain_name
from briefing_app.services.pack import generate_pack
from briefing_app.services.pack.table_fit import SHORT_TERM, share_widths
from briefing_app.services.pack.text_measure import _CJK, _wrap
from tests.services.pack_helpers import toc_page_numbers
from tests.services.test_pack_libreoffice import SOFFICE, _pdf_pages


def _table(path):
    for table in docx.Document(path).tables:
        if table.rows[0].cells[0].text == "#":
            return table
    raise AssertionError("no participants table")


def _group_rows(table) -> list[str]:
    """The text of the rows made of one cell across the table (the delegations)."""
    groups = []
    for tr in table._tbl.tr_lst:
        cells = tr.tc_lst
        if len(cells) == 1 and cells[0].tcPr.find(qn("w:gridSpan")) is not None:
            groups.append(plain_name("".join(t.text for t in cells[0].iter(qn("w:t")))))
    return groups


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """The demo pack in the three languages, made once."""
    from briefing_app.db.migrate import open_database
    from briefing_app.services.demo import load_demo

    folder = tmp_path_factory.mktemp("table")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_APP_HOME", str(folder / "home"))
        db = open_database(str(folder / "demo.db"))
        with db.session() as s, s.begin():
            load_demo(s)
        made = {}
        with db.session() as s:
            for language in ("en", "zh", "both"):
                out = folder / f"{language}.docx"
                made[language] = generate_pack(s, "Roundtable", out, language=language)
        db.dispose()
    return made


def test_rows_are_grouped_by_delegation_in_order_of_precedence(packs):
    pack = packs["en"]
    table = _table(pack.path)
    delegations = pack.content.delegations()
    assert _group_rows(table) == [d.organization for d in delegations]
    assert len(delegations) == 15 and delegations[0].organization == "WIPO Office in China"
    numbers = [r.cells[0].text for r in table.rows[1:] if r.cells[0].text.isdigit()]
    assert numbers == [str(n) for n in range(1, len(pack.content.participants) + 1)]
    # Every organization is named once, in its group row, not on each person's row.
    header = [c.text for c in table.rows[0].cells]
    assert header == ["#", "Name", "Native script", "Title", "Role", "RSVP"]  # as the list
    shading = table._tbl.tr_lst[1].tc_lst[0].tcPr.find(qn("w:shd"))
    assert shading is not None and shading.get(qn("w:fill")) != "auto"


@pytest.mark.parametrize(
    ("language", "latin", "own"),
    [("en", "Ms. LIU Hua", "刘华"), ("zh", "Ms. LIU Hua", "刘华女士"),
     ("both", "Ms. LIU Hua", "刘华女士")],
)  # fmt: skip
def test_names_in_latin_letters_and_own_script_side_by_side(packs, language, latin, own):
    first = next(r for r in _table(packs[language].path).rows if r.cells[0].text == "1")
    assert plain_name(first.cells[1].text) == latin
    assert plain_name(first.cells[2].text) == own
    with_native = [p for p in packs[language].content.participants if p.native_name]
    assert len(with_native) == len(packs[language].content.participants) - 1  # one seat unnamed


def _column_widths(table) -> list[int]:
    grid = table._tbl.tblGrid.iterchildren(qn("w:gridCol"))
    return [int(col.get(qn("w:w"))) for col in grid]


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_columns_fit_their_text(packs, language):
    table = _table(packs[language].path)
    widths = _column_widths(table)
    assert sum(widths) == 9412  # the template's 16.6 cm
    text_width = widths[3] - 180  # cell margins
    for row in table.rows[1:]:
        if not row.cells[0].text.isdigit():
            continue
        for line in row.cells[3].text.split("\n"):  # English, then Chinese
            lines = _wrap([(line, 190)], text_width)
            assert lines <= (2 if _CJK.search(line) else 4), (line, lines)  # it was six
        for cell, width in zip(row.cells, widths, strict=True):
            for word in plain_name(cell.text).split():  # no word wider than its column
                if _CJK.search(word) and len(word) > SHORT_TERM:
                    continue  # a long Chinese title may wrap, as Chinese text does
                assert _wrap([(word, 190)], width - 180) == 1, (word, width)


def test_share_widths_gives_the_rest_to_the_columns_that_want_it():
    assert share_widths([10, 10], [20, 50], 100) == pytest.approx([100 * 20 / 70, 100 * 50 / 70])
    assert share_widths([10, 20], [20, 60], 60) == pytest.approx(
        [10 + 30 * 10 / 50, 20 + 30 * 40 / 50]
    )
    assert share_widths([40, 80], [50, 90], 60) == pytest.approx([20, 40])


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("language", ["zh", "both"])
def test_no_chinese_name_or_term_is_cut_in_libreoffice(packs, tmp_path, language):
    pack = packs[language]
    pages = _pdf_pages(pack.path, tmp_path)
    entries = dict(toc_page_numbers(docx.Document(pack.path)))
    first = next(page for title, page in entries.items() if title.startswith("Particip")
                 or title.startswith("与会者"))  # fmt: skip
    last = next(page for title, page in entries.items() if "与会单位" in title) - 1
    lines = {line.strip() for page in pages[first - 1 : last] for line in page.splitlines()}
    table = _table(pack.path)
    words = {plain_name(c.text).split("\n")[-1] for c in table.rows[0].cells[1:]}  # headers
    for person in pack.content.participants:
        words |= {plain_name(person.native_name), plain_name(person.role).split("\n")[-1],
                  plain_name(person.rsvp).split("\n")[-1]}  # fmt: skip
    words.discard("")
    cut = [w for w in sorted(words) if not any(w in line for line in lines)]
    assert cut == []
