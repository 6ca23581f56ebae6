"""The small world the meeting-workspace tests share: five ranked organizations
with people, priorities, library points and a meeting with a three-item agenda;
and the ``world`` / ``workspace`` fixtures (see ``conftest.py``)."""

from __future__ import annotations

from datetime import datetime, time

from briefing_app.db.models import (
    AgendaItem,
    Meeting,
    Organization,
    Person,
    Priority,
    TalkingPoint,
)


def build_world(db) -> dict:
    """Five ranked organizations with people, priorities, library points, and
    a meeting with a three-item agenda. Returns ids by short name."""
    with db.session() as s, s.begin():
        orgs = {
            "npc": Organization(
                name_en="Foreign Affairs Committee of the NPC",
                acronym="NPC",
                precedence_rank=1,
                name_zh="全国人大外事委员会",
            ),
            "spc": Organization(
                name_en="Supreme People's Court",
                acronym="SPC",
                precedence_rank=2,
                name_zh="最高人民法院",
            ),
            "mofa": Organization(
                name_en="Ministry of Foreign Affairs",
                acronym="MFA",
                precedence_rank=5,
                name_zh="外交部",
            ),
            "cnipa": Organization(
                name_en="China National Intellectual Property Administration",
                acronym="CNIPA",
                precedence_rank=12,
            ),
            "boao": Organization(name_en="Boao Forum for Asia", acronym="BFA", precedence_rank=14),
        }
        s.add_all(orgs.values())
        people = {
            "yang": Person(
                organization=orgs["spc"],
                family_name="Yang",
                given_name="Wanming",
                name_order="family_first",
                honorific="Mr.",
                title_en="Vice President",
                rank=1,
            ),
            "zhou": Person(
                organization=orgs["spc"],
                family_name="Zhou",
                given_name="Qiang",
                name_order="family_first",
                title_en="Judge",
                rank=2,
            ),
            "wang": Person(
                organization=orgs["mofa"],
                family_name="Wang",
                given_name="Lei",
                name_order="family_first",
                title_en="Director-General",
                rank=1,
            ),
            "shen": Person(
                organization=orgs["cnipa"],
                family_name="Shen",
                given_name="Changyu",
                name_order="family_first",
                title_en="Commissioner",
                rank=1,
            ),
        }
        s.add_all(people.values())
        smes = Priority(title="SMEs, women and youth", position=1)
        ip_eco = Priority(title="A balanced global IP ecosystem", position=2)
        s.add_all([smes, ip_eco])
        points = {
            "judicial": TalkingPoint(
                title="Judicial cooperation on IP disputes",
                text_en="WIPO mediation is available to Chinese courts.",
                status="approved",
                targets=[orgs["spc"]],
                priorities=[ip_eco],
            ),
            "draft_court": TalkingPoint(
                title="Court training (idea)",
                text_en="Possible joint training.",
                status="draft",
                targets=[orgs["spc"]],
            ),
            "pct": TalkingPoint(
                title="PCT filings from China",
                text_en="China is the largest PCT user.",
                status="approved",
                targets=[orgs["cnipa"]],
                priorities=[ip_eco],
            ),
            "marrakesh": TalkingPoint(
                title="Marrakesh Treaty ratification",
                text_en="Thank you for ratifying.",
                status="approved",
                targets=[orgs["mofa"]],
            ),
            "gii": TalkingPoint(
                title="Global Innovation Index 2022",
                text_en="The GII is a reference for innovative countries.",
                status="approved",
                priorities=[smes],
            ),
        }
        s.add_all(points.values())
        meeting = Meeting(
            title="Roundtable 2022",
            kind="Roundtable",
            starts_at=datetime(2022, 3, 23, 9, 30),
            timezone="Asia/Shanghai",
            venue="WIPO Office in China",
            city="Beijing",
            objectives="Present the MTSP 2022-2026.",
        )
        meeting.agenda = [
            AgendaItem(position=0, title="Opening", start_time=time(9, 30)),
            AgendaItem(position=1, title="WIPO strategy", speaker="Ms. LIU Hua"),
            AgendaItem(position=2, title="Exchange of views"),
        ]
        s.add(meeting)
        s.flush()
        ids = {k: v.id for k, v in orgs.items()} | {k: v.id for k, v in people.items()}
        ids |= {k: v.id for k, v in points.items()} | {"meeting": meeting.id, "smes": smes.id}
        return ids
