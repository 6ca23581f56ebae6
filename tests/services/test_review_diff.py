"""The snapshot comparison: word diff and every area, on PackContent built by hand."""

from __future__ import annotations

from briefing_app.services.pack.model import (
    AgendaRow,
    MessageGroup,
    OrganizationSection,
    PackContent,
    ParticipantRow,
    TalkingPointEntry,
)
from briefing_app.services.review.diff import (
    compare,
    default_pair,
    format_html,
    format_text,
    word_diff,
    words_text,
)


def _content(**kw) -> PackContent:
    tp_a = TalkingPointEntry(uid="a", title="Trade", text=["IP supports fair trade."])
    base = dict(
        agenda=[AgendaRow(time="09:30", item="Opening", speaker="Director")],
        participants=[ParticipantRow(uid="p1", organization="MOFCOM", name="Ms. LIU Hua",
                                     role="Head of delegation", rsvp="Confirmed")],
        organizations=[OrganizationSection(uid="o1", name="MOFCOM", talking_points=[tp_a])],
        key_messages=[],
    )  # fmt: skip
    base.update(kw)
    return PackContent(**base)


def test_word_diff_marks_only_changed_words_and_shortens_long_context():
    old = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen end"
    new = old.replace("end", "finish")
    text = words_text(word_diff(old, new))
    assert text == "… nine ten eleven twelve thirteen fourteen [-end-] {+finish+}"


def test_identical_content_has_no_changes_even_with_new_date_and_number():
    a, b = _content(), _content()
    b.generated_at, b.pack_version, b.cover.version, b.cover.generated = "x", 2, "2", "today"
    comparison = compare(a.to_dict(), b.to_dict())
    assert comparison.changes == []
    assert format_text(comparison).endswith("no changes to the content.")


def test_every_area_is_compared():
    new_tp = TalkingPointEntry(uid="b", title="Madrid", text=["Use Madrid."])
    b = _content(
        agenda=[AgendaRow(time="10:00", item="Opening", speaker="Director"),
                AgendaRow(time="10:30", item="Lunch")],
        participants=[ParticipantRow(uid="p2", organization="SPC", name="", role="Member")],
        organizations=[OrganizationSection(uid="o2", name="SPC")],
        key_messages=[MessageGroup(uid="g", title="Ecosystem", talking_points=[new_tp])],
    )  # fmt: skip
    b.cover.venue = "Beijing"
    comparison = compare(_content(), b, 1, 2)
    got = [(c.area, c.kind, c.subject) for c in comparison.changes]
    assert got == [
        ("meeting", "changed", "venue"),
        ("agenda", "changed", "Opening"),
        ("agenda", "added", "Lunch"),
        ("participants", "added", "seat for SPC"),
        ("participants", "removed", "Ms. LIU Hua (MOFCOM)"),
        ("organizations", "added", "SPC"),
        ("organizations", "removed", "MOFCOM"),
        ("talking_points", "added", "Madrid"),
        ("talking_points", "removed", "Trade"),
    ]
    assert comparison.changes[1].detail == "time 09:30 → 10:00"
    html = format_html(comparison)
    assert "<h4>Talking points</h4>" in html and "Beijing" in html


def test_moved_talking_point_and_html_word_marks():
    moved = _content()
    tp = moved.organizations[0].talking_points[0]
    tp.text = ["IP supports open trade."]
    moved.organizations.append(OrganizationSection(uid="o2", name="SPC", talking_points=[tp]))
    comparison = compare(_content(), moved)
    assert [(c.kind, c.detail) for c in comparison.changes] == [
        ("added", ""),
        ("reworded", "text"),
        ("moved", "now also for SPC"),
    ]
    html = format_html(comparison)
    assert 'text-decoration:line-through">fair</span>' in html
    assert 'text-decoration:underline">open</span>' in html


def test_default_pair_is_last_approved_against_newest():
    assert default_pair([1, 2, 3], approved=[1]) == (1, 3)
    assert default_pair([1, 2, 3], approved=[]) == (2, 3)
    assert default_pair([1, 2, 3], approved=[3]) == (2, 3)
