"""A large synthetic meeting in a real database, for benchmarks (pack, GUI).

``make_large_meeting(session, organizations=400, people_per_org=5,
points_per_org=6)`` adds organizations with English and Chinese names,
ranked people, engagements, priorities, approved talking points aimed at each
organization plus a few general ones and drafts, and a meeting where every
person has a seat. It flushes but does not commit (the caller owns the
transaction) and returns the meeting id. Deterministic for given arguments.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from briefing_app.db.models import (
    AgendaItem,
    Engagement,
    Meeting,
    MeetingTalkingPoint,
    Organization,
    Participant,
    Person,
    Priority,
    TalkingPoint,
)
from briefing_app.domain.enums import NameOrder, OrgKind, ParticipantRole, Rsvp

_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"]
_FAMILY_ZH = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]
_GIVEN = ["Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Tao", "Hua", "Jun", "Li"]
_GIVEN_ZH = ["伟", "芳", "敏", "静", "磊", "燕", "涛", "华", "军", "丽"]
_TOPICS = ["patents", "trademarks", "copyright", "designs", "geographical indications"]
_KINDS = list(OrgKind)
_RSVPS = [Rsvp.CONFIRMED, Rsvp.CONFIRMED, Rsvp.TENTATIVE, Rsvp.INVITED, Rsvp.DECLINED]


def _priorities(session: Session) -> list[Priority]:
    titles = [
        ("Innovation and creativity for everyone", "让创新和创意惠及每个人"),
        ("A balanced global IP ecosystem", "均衡的全球知识产权生态系统"),
        ("SMEs, women and youth", "中小企业、妇女和青年"),
        ("Digital transformation", "数字化转型"),
    ]
    rows = [
        Priority(
            title=en,
            title_zh=zh,
            description=f"Background on {en.lower()}: what the plan commits us to and why.",
            description_zh=f"关于“{zh}”的背景。",
            source="Medium-Term Strategic Plan",
            period="2022-2026",
            position=i,
        )
        for i, (en, zh) in enumerate(titles)
    ]
    session.add_all(rows)
    return rows


def _talking_point(rng: random.Random, n: int, priorities: list[Priority], status="approved"):
    topic = rng.choice(_TOPICS)
    return TalkingPoint(
        title=f"Cooperation on {topic} ({n})",
        title_zh=f"关于{topic}的合作（{n}）",
        text_en=f"We value our cooperation on {topic} and propose a joint seminar in 2022.\n"
        "Second paragraph with practical next steps & follow-up <details>.",
        text_zh=f"我们重视在{topic}方面的合作，建议于2022年共同举办研讨会。",
        status=status,
        priorities=rng.sample(priorities, k=rng.randint(1, 2)),
    )


def _organization(rng: random.Random, i: int) -> Organization:
    org = Organization(
        name_en=f"Agency {i:03d} for {rng.choice(_TOPICS).title()}",
        name_zh=f"第{i}号知识产权机构",
        acronym=f"AG{i:03d}",
        kind=_KINDS[i % len(_KINDS)],
        precedence_rank=i,
        mandate=f"Agency {i} administers {rng.choice(_TOPICS)} policy nationally.",
        relevance="A partner for capacity building and for the Global Innovation Index.",
        country="China",
    )
    for k in range(2):
        org.engagements.append(
            Engagement(
                date=date(2021, 1, 1) + timedelta(days=rng.randint(0, 400)),
                kind=rng.choice(["Visit", "Seminar", "Letter"]),
                summary=f"Exchange {k + 1} on {rng.choice(_TOPICS)}.",
                follow_ups="Send the report." if k == 0 else "",
            )
        )
    return org


def _person(rng: random.Random, org: Organization, rank: int) -> Person:
    f, g = rng.randrange(len(_FAMILY)), rng.randrange(len(_GIVEN))
    return Person(
        organization=org,
        family_name=_FAMILY[f],
        given_name=_GIVEN[g],
        native_name=_FAMILY_ZH[f] + _GIVEN_ZH[g],
        name_order=NameOrder.FAMILY_FIRST,
        honorific=rng.choice(["Mr.", "Ms."]),
        title_en="Director-General" if rank == 1 else "Deputy Director",
        title_zh="司长" if rank == 1 else "副司长",
        rank=rank,
    )


def _meeting() -> Meeting:
    meeting = Meeting(
        title="Synthetic Roundtable",
        title_zh="综合圆桌会议",
        kind="Roundtable",
        starts_at=datetime(2022, 3, 23, 9, 30),
        ends_at=datetime(2022, 3, 23, 12, 0),
        timezone="Asia/Shanghai",
        venue="Conference Room A",
        city="Beijing",
        objectives="Deepen cooperation with government agencies.\nPresent the MTSP.",
        objectives_zh="深化与政府机构的合作。\n介绍中期战略计划。",
        classification="FOR OFFICIAL USE ONLY",
    )
    start = datetime(2022, 3, 23, 9, 30)
    for n, (title, minutes) in enumerate([("Opening", 15), ("Presentation", 30), ("Tour", 90)]):
        meeting.agenda.append(
            AgendaItem(
                position=n,
                start_time=(start + timedelta(minutes=15 * n)).time(),
                duration_minutes=minutes,
                title=title,
                title_zh=["开幕", "介绍", "交流"][n],
                speaker="Host",
            )
        )
    return meeting


def make_large_meeting(
    session: Session,
    organizations: int = 400,
    people_per_org: int = 5,
    points_per_org: int = 6,
    seed: int = 2022,
) -> int:
    """Add a meeting with ``organizations`` participating agencies; return its id."""
    rng = random.Random(seed)
    priorities = _priorities(session)
    meeting = _meeting()
    host = Organization(name_en="Host Office", name_zh="主办办事处", precedence_rank=0)
    chair = _person(rng, host, 1)
    meeting.host, meeting.chair = host, chair
    meeting.participants.append(
        Participant(organization=host, person=chair, role=ParticipantRole.CHAIR, rsvp="confirmed")
    )
    position = 0
    for i in range(1, organizations + 1):
        org = _organization(rng, i)
        for rank in range(1, people_per_org + 1):
            role = ParticipantRole.HEAD_OF_DELEGATION if rank == 1 else ParticipantRole.MEMBER
            meeting.participants.append(
                Participant(
                    organization=org,
                    person=_person(rng, org, rank),
                    role=role,
                    rsvp=_RSVPS[rank % len(_RSVPS)],
                )
            )
        for k in range(points_per_org):
            tp = _talking_point(rng, i * 100 + k, priorities)
            tp.targets.append(org)
            position += 1
            meeting.talking_points.append(
                MeetingTalkingPoint(talking_point=tp, organization=org, position=position)
            )
    for k in range(6):
        status = "draft" if k == 5 else "approved"
        tp = _talking_point(rng, k, priorities, status)
        position += 1
        meeting.talking_points.append(MeetingTalkingPoint(talking_point=tp, position=position))
    session.add(meeting)
    session.flush()
    return meeting.id


def main() -> None:  # pragma: no cover - manual use: build a database file to look at
    import sys

    from briefing_app.db.migrate import open_database

    db = open_database(sys.argv[1])
    with db.session() as s, s.begin():
        print(make_large_meeting(s, organizations=int(sys.argv[2]) if len(sys.argv) > 2 else 400))
    db.dispose()


if __name__ == "__main__":
    main()
