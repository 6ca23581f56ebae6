"""The demo roundtable: loads once (idempotent) and matches the article it is
modelled on (../shared/seed/roundtable-2022.txt)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from briefing_app.db.base import Base
from briefing_app.db.models import Engagement, Meeting, Organization, Person, TalkingPoint
from briefing_app.services.demo import load_demo
from briefing_app.services.meetings import find_meeting, ordered_participants

ARTICLE_ORDER = [
    "Foreign Affairs Committee of the National People's Congress",
    "Supreme People's Court",
    "Supreme People's Procuratorate",
    "Publicity Department of the CPC Central Committee",
    "Ministry of Foreign Affairs",
    "Ministry of Science and Technology",
    "Ministry of Industry and Information Technology",
    "Ministry of Commerce",
    "Ministry of Culture and Tourism",
    "General Administration of Customs",
    "State Administration for Market Regulation",
    "Cyberspace Administration of China",
    "China National Intellectual Property Administration",
    "Boao Forum for Asia",
]

pytestmark = pytest.mark.both_backends


def _counts(db) -> dict[str, int]:
    with db.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }


def test_load_demo_twice_duplicates_nothing(db):
    with db.session() as s, s.begin():
        assert load_demo(s) is True
    first = _counts(db)
    with db.session() as s, s.begin():
        assert load_demo(s) is False
    assert _counts(db) == first
    assert first["organizations"] == 16 and first["meetings"] == 1


def test_invited_organizations_in_the_articles_order(demo_db):
    with demo_db.session() as s:
        ranked = s.scalars(
            select(Organization)
            .where(Organization.precedence_rank >= 1)
            .order_by(Organization.precedence_rank)
        ).all()
        assert [o.name_en for o in ranked] == ARTICLE_ORDER
        assert [o.precedence_rank for o in ranked] == list(range(1, 15))
        assert all(o.name_zh and o.acronym and o.mandate and o.relevance for o in ranked)
        assert all(o.country == "China" for o in ranked)
        woc = s.scalar(select(Organization).where(Organization.uid == "WOC"))
        assert woc.precedence_rank == 0 and woc.parent.acronym == "WIPO"
        assert woc.name_zh == "世界知识产权组织中国办事处"


def test_meeting_as_in_the_article(demo_db):
    with demo_db.session() as s:
        m = find_meeting(s, "Roundtable 2022")
        assert (m.starts_at.date().isoformat(), m.city, m.timezone) == (
            "2022-03-23",
            "Beijing",
            "Asia/Shanghai",
        )
        assert m.host.acronym == "WOC" and m.chair.native_name == "刘华"
        assert m.chair.name_order == "family_first" and m.status == "held"
        assert "圆桌会议" in m.title_zh and m.classification
        participants = ordered_participants(s, m.id)
        assert participants[0].person.native_name == "刘华"
        assert participants[0].role == "host"
        rsvps = {p.rsvp for p in participants}
        assert {"attended", "declined"} <= rsvps
        assert any(p.person is None for p in participants)  # a seat still to be named
        orgs = {p.organization.uid for p in participants}
        assert len(orgs - {"WOC"}) == 14
        assert len(m.agenda) >= 6 and all(a.start_time for a in m.agenda)
        general = [t for t in m.talking_points if t.organization is None]
        assert general and len(m.talking_points) > len(general)


def test_people_are_fictional_except_public_office_holders(demo_db):
    with demo_db.session() as s:
        people = s.scalars(select(Person)).all()
        for p in people:
            assert p.email.endswith("@example.org"), p.email
            assert re.fullmatch(r"\+86 10 5555 01\d\d", p.phone), p.phone
            public = p.uid in {"WOC-DIR", "WIPO-DG"}
            assert public or p.bio == "Fictional person for demonstration."
        per_org = {}
        for p in people:
            per_org.setdefault(p.organization.uid, []).append(p)
        for org in ("NPC-FAC", "SPC", "MOFCOM", "CNIPA", "BFA"):
            assert 1 <= len(per_org[org]) <= 3
        assert any(p.needs for p in people)


def test_talking_points_and_priorities(demo_db):
    with demo_db.session() as s:
        points = s.scalars(select(TalkingPoint)).all()
        assert len(points) >= 15
        assert {p.status for p in points} == {"draft", "approved", "retired"}
        assert all(p.text_en and p.text_zh for p in points)
        adr = next(p for p in points if p.uid == "TP-ADR-COURTS")
        assert [o.acronym for o in adr.targets] == ["SPC"]
        assert adr.priorities[0].title.startswith("Alternative dispute resolution")
        assert s.scalar(select(func.count()).select_from(Meeting)) == 1


def test_every_demo_organization_has_chinese_mandate_and_relevance(demo_db):
    cjk = re.compile(r"[\u4e00-\u9fff]")
    with demo_db.session() as s:
        orgs = s.scalars(select(Organization)).all()
        assert len(orgs) == 16
        for org in orgs:
            assert cjk.search(org.mandate_zh), org.acronym
            assert cjk.search(org.relevance_zh), org.acronym
            assert not re.search(r"[A-Za-z]{4,}", org.mandate_zh), org.acronym


def test_every_demo_engagement_has_its_kind_and_follow_ups_in_chinese(demo_db):
    cjk = re.compile(r"[\u4e00-\u9fff]")
    with demo_db.session() as s:
        engagements = s.scalars(select(Engagement)).all()
        assert len(engagements) == 9
        for e in engagements:
            assert cjk.search(e.kind_zh), e.uid
            assert bool(e.follow_ups_zh) == bool(e.follow_ups), e.uid
            assert not e.follow_ups_zh or cjk.search(e.follow_ups_zh), e.uid
