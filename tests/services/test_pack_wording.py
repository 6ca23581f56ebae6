"""Wording a director reads in the pack: the meeting's kind in the pack's language,
the annex's source line without a repeated period, the cover's generation time
without a Latin comma in Chinese."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefing_app.db.models import Meeting, Priority
from briefing_app.domain.vocabulary import meeting_kind_pair
from briefing_app.services.pack.content import build_pack_content
from briefing_app.services.pack.fmt import format_generated
from briefing_app.services.pack.sections import _source_line


@pytest.mark.parametrize(
    ("kind", "language", "shown"),
    [
        ("Roundtable", "zh", "圆桌会议"),
        ("Roundtable", "both", "Roundtable / 圆桌会议"),
        ("圆桌会议", "en", "Roundtable"),  # typed in the Chinese interface
        (" courtesy call ", "zh", "礼节性拜会"),
        ("Study visit", "zh", "Study visit"),  # the office's own kind: as typed
    ],
)
def test_a_listed_meeting_kind_is_in_the_packs_language(demo_db, kind, language, shown):
    with demo_db.session() as s, s.begin():
        s.query(Meeting).one().kind = kind
    with demo_db.session() as s:
        assert build_pack_content(s, "Roundtable", language).cover.kind == shown


def test_meeting_kind_words_go_both_ways():
    assert meeting_kind_pair("WORKSHOP") == ("Workshop", "研讨班")
    assert meeting_kind_pair("研讨会") == ("Seminar", "研讨会")
    assert meeting_kind_pair("") is None


def test_the_annex_source_names_its_period_once_and_labelled(demo_db):
    assert _source_line("MTSP 2022-2026", "2022-2026", "en") == "MTSP 2022-2026"
    assert _source_line("WIPO, annual", "2022", "en") == "WIPO, annual · Period: 2022"
    assert _source_line("WIPO, annual", "2022", "zh") == "WIPO, annual · 时期：2022"
    assert _source_line("", "ongoing", "en") == "Period: ongoing"
    assert _source_line("WOC", "", "en") == "WOC"
    with demo_db.session() as s:
        annex = build_pack_content(s, "Roundtable", "en").annex
        titles = {p.uid: p.title for p in s.query(Priority)}
    sources = {titles[a.uid]: a.source for a in annex}
    assert sources["WIPO Medium-Term Strategic Plan 2022-2026"] == (
        "WIPO General Assembly, September 2021 · Period: 2022-2026"
    )
    assert sources["SMEs, women and youth benefit from IP"] == "MTSP 2022-2026"


def test_the_generation_time_follows_the_date_as_each_language_writes_it():
    moment = datetime(2026, 12, 7, 14, 32)
    assert format_generated(moment, "en") == "Monday, 7 December 2026, 14:32"
    assert format_generated(moment, "zh") == "2026年12月7日 星期一 14:32"


def test_a_bilingual_agendas_speaker_from_the_people_is_an_english_then_a_chinese_line(demo_db):
    with demo_db.session() as s:
        agenda = build_pack_content(s, "Roundtable", "both").agenda
        zh = build_pack_content(s, "Roundtable", "zh").agenda
    assert agenda[0].speaker == (
        "Ms.\u00a0LIU Hua, Director, WIPO Office in China\n"
        "刘华\u2060女\u2060士，世界知识产权组织中国办事处主任"
    )
    assert zh[0].speaker == agenda[0].speaker.split("\n")[1]  # the Chinese pack's line
    assert agenda[5].speaker == "Heads of delegation, in order of precedence\n各团团长，按礼宾顺序"
