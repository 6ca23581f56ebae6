"""Pack content: plain data that survives JSON and renders without the database."""

from __future__ import annotations

import json

import docx
import pytest

from briefing_app.domain.names import plain_name
from briefing_app.errors import UserError
from briefing_app.services.pack import PackContent, build_pack_content, render_pack
from tests.benchmarks.synthetic import make_large_meeting
from tests.services.pack_helpers import headings, org_blocks

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_large_meeting(s, organizations=3, people_per_org=2, points_per_org=2)


def test_content_round_trips_through_json_and_renders_without_database(db, meeting_id, tmp_path):
    with db.session() as s:
        content = build_pack_content(s, meeting_id, language="both", include_drafts=True)
    db.dispose()
    snapshot = json.loads(json.dumps(content.to_dict(), ensure_ascii=False))
    restored = PackContent.from_dict(snapshot)
    assert restored == content
    path = render_pack(restored, tmp_path / "from-snapshot.docx")
    document = docx.Document(path)
    assert list(org_blocks(document)) == [o.name for o in content.organizations]
    assert "Key messages / 核心信息" in headings(document, 1)


def test_content_shape(db, meeting_id):
    with db.session() as s:
        content = build_pack_content(s, meeting_id)
    assert content.cover.title == "Synthetic Roundtable"
    assert content.cover.date == "Wednesday, 23 March 2022"
    assert content.cover.time == "09:30–12:00 (Asia/Shanghai, UTC+08:00)"
    assert content.cover.venue == "Conference Room A, Beijing"
    assert content.cover.briefing_for.endswith("Director-General")
    assert [row.time for row in content.agenda] == ["09:30–09:45", "09:45–10:15", "10:00–11:30"]
    assert content.participants[0].role == "Chair"
    assert content.participants[1].name.split()[1].isupper()  # family name in capitals
    org = content.organizations[1]
    assert [e.date for e in org.engagements] == sorted(
        (e.date for e in org.engagements), reverse=True
    )
    assert all(not tp.draft for tp in org.talking_points)
    assert content.key_messages and content.annex
    assert all(tp.uid for tp in org.talking_points)


def test_chinese_content_uses_native_names(db, meeting_id):
    with db.session() as s:
        content = build_pack_content(s, meeting_id, language="zh")
    assert content.cover.title == "综合圆桌会议"
    row = content.participants[1]
    assert plain_name(row.native_name).endswith(("先生", "女士"))  # the Chinese honorific
    assert plain_name(row.name) in (
        "Mr. " + plain_name(row.name)[4:],
        "Ms. " + plain_name(row.name)[4:],
    )
    assert content.cover.date == "2022年3月23日 星期三"


def test_unknown_language_is_a_user_error(db, meeting_id):
    with db.session() as s, pytest.raises(UserError, match="fr"):
        build_pack_content(s, meeting_id, language="fr")


@pytest.mark.parametrize("zone", ["Asia", "Asia/", "../etc", "Mars/Olympus"])
def test_a_stored_zone_that_is_not_one_is_a_user_error_naming_meeting_and_field(
    db, meeting_id, zone
):
    from briefing_app.db.models import Meeting

    with db.session() as s, s.begin():
        s.get(Meeting, meeting_id).timezone = zone  # stored before zones were checked
    with db.session() as s, pytest.raises(UserError) as info:
        build_pack_content(s, meeting_id)
    message = str(info.value)
    assert message.startswith('meeting "Synthetic Roundtable", timezone: unknown time zone')
    assert f'"{zone}"' in message and "\n" not in message


def test_an_empty_stored_zone_is_shown_as_utc(db, meeting_id):
    from briefing_app.db.models import Meeting

    with db.session() as s, s.begin():
        s.get(Meeting, meeting_id).timezone = ""
    with db.session() as s:
        assert build_pack_content(s, meeting_id).cover.time == "09:30–12:00 (UTC+00:00)"
