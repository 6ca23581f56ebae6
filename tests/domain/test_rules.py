"""Order of precedence, protocol name formatting and text cleaning."""

from __future__ import annotations

from briefing_app.domain.enums import NameOrder
from briefing_app.domain.names import display_name, latin_name, native_name
from briefing_app.domain.precedence import in_precedence_order, precedence_key
from briefing_app.domain.text import CleanReport, clean, clean_text


def test_precedence_orders_by_org_then_person_then_tie_break():
    people = [
        ("MOFCOM", 8, 2, "Wang"),
        ("NPC", 1, 1, "Zhao"),
        ("MOFCOM", 8, 1, "Li"),
        ("New", None, 1, "Aaa"),
        ("MOFCOM", 8, 1, "Chen"),
    ]
    ordered = in_precedence_order(people, key=lambda p: precedence_key(p[1], p[2], p[3]))
    assert [p[3] for p in ordered] == ["Zhao", "Chen", "Li", "Wang", "Aaa"]


def test_missing_ranks_sort_last():
    assert precedence_key(None) > precedence_key(10_000)
    assert precedence_key(1, None) > precedence_key(1, 99)


def test_latin_names_capitalise_the_family_name():
    assert latin_name("Liu", "Hua", NameOrder.FAMILY_FIRST, "Ms.") == "Ms. LIU Hua"
    assert latin_name("Tang", "Daren", NameOrder.GIVEN_FIRST, "Mr.") == "Mr. Daren TANG"
    assert latin_name("Tang", "", NameOrder.GIVEN_FIRST) == "TANG"


def test_native_names_use_chinese_honorifics():
    assert native_name("刘华", "Ms.") == "刘华女士"
    assert native_name("王明", "") == "王明"
    assert display_name("Liu", "Hua", "family_first", "Ms.", "刘华", "zh") == "刘华女士"
    assert display_name("Liu", "Hua", "family_first", "Ms.", "刘华", "both") == "Ms. LIU Hua (刘华)"
    assert display_name("Liu", "Hua", "family_first", "Ms.", "", "zh") == "Ms. LIU Hua"


def test_clean_removes_what_word_and_excel_cannot_store():
    dirty = "a\x00b\x07c\td\ne\rf\ufffeg\uffffh\ud800i"
    cleaned, removed = clean_text(dirty)
    assert cleaned == "abc\td\ne\rfghi"
    assert removed == 5


def test_clean_report_names_the_place():
    report = CleanReport()
    assert clean("ok", "people[0].bio", report) == "ok"
    assert clean("x\x01y", "people[3].bio", report) == "xy"
    assert clean(None, "people[4].bio", report) is None
    assert report.total == 1
    assert report.lines() == ["people[3].bio: removed 1 character(s) Word/Excel cannot store"]
