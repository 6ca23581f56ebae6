"""Order of precedence, protocol name formatting and text cleaning."""

from __future__ import annotations

from briefing_app.domain.enums import NameOrder
from briefing_app.domain.names import display_name, latin_name, native_name
from briefing_app.domain.precedence import (
    delegate_order_key,
    in_precedence_order,
    organization_order_key,
    precedence_key,
)
from briefing_app.domain.text import CleanReport, clean, clean_text


def _key(org: tuple, role: str, person_rank, family: str) -> tuple:
    return precedence_key(
        organization_order_key(*org), delegate_order_key(True, role, person_rank, family, "", 0)
    )


def test_delegations_stay_together_heads_first_ties_in_the_users_order():
    mofcom = (8, None, "Ministry of Commerce", 3)
    court = (8, None, "Court", 4)  # same rank, no tie order: by English name
    npc = (1, None, "NPC", 1)
    boao = (8, 1, "Boao Forum", 9)  # same rank, tie order 1: before the two above
    people = [
        (mofcom, "member", 1, "Li"),
        (npc, "member", 1, "Zhao"),
        (mofcom, "head_of_delegation", 2, "Wang"),
        (court, "member", 1, "Chen"),
        (boao, "member", 2, "Aaa"),
        (court, "member", 2, "Bai"),
    ]
    ordered = in_precedence_order(people, key=lambda p: _key(*p))
    assert [p[3] for p in ordered] == ["Zhao", "Aaa", "Chen", "Bai", "Wang", "Li"]


def test_missing_ranks_sort_last():
    assert organization_order_key(None, None, "A", 1) > organization_order_key(10_000, None, "Z", 9)
    assert organization_order_key(1, None, "A", 1) > organization_order_key(1, 5, "Z", 9)
    unranked = delegate_order_key(True, "member", None, "A", "", 1)
    assert unranked > delegate_order_key(True, "member", 99, "Z", "", 2)
    seat = delegate_order_key(False, "head_of_delegation", None, None, None, 1)
    assert seat > unranked


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


def test_control_characters_between_words_become_spaces_and_are_reported():
    report = CleanReport()
    assert clean("Founder\x0b& Chair", "people[1].title_en", report) == "Founder & Chair"
    assert clean("Head\x0cof\x1f\x1eunit", "people[2].title_en", report) == "Head of unit"
    assert clean("Head \x0bof\x0b", "people[3].title_en", report) == "Head of"
    assert clean("a\x01b", "people[4].bio", report) == "ab"  # not a separator: removed
    assert report.total == 7
    assert report.lines() == [
        "people[1].title_en: replaced 1 control character(s) between words with a space",
        "people[2].title_en: removed 1 character(s) Word/Excel cannot store; "
        "replaced 2 control character(s) between words with a space",
        "people[3].title_en: removed 2 character(s) Word/Excel cannot store",
        "people[4].bio: removed 1 character(s) Word/Excel cannot store",
    ]
    merged = CleanReport()
    merged.merge(report)
    assert merged.lines() == report.lines()


def test_no_character_cleaning_changes_is_printable():
    """The pack's TextPicker skips cleaning a printable text (``str.isprintable``): sound
    only while every character cleaning changes is one Python does not call printable."""
    from briefing_app.domain.text import FORBIDDEN

    changed = [chr(c) for c in range(0x110000) if FORBIDDEN.match(chr(c))]
    assert len(changed) > 2000  # controls, U+FFFE/U+FFFF and the surrogates
    assert not any(c.isprintable() for c in changed)
    assert "Liu Hua, 刘华 · Director-General".isprintable()  # most of a pack's texts
