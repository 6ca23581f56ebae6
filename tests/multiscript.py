"""A meeting unlike the demo, for protocol fidelity (issue 11): organizations from
several countries with names in seven scripts (Latin, Han, Hangul, Kana, Cyrillic,
Arabic, Devanagari), organizations sharing a precedence rank (one tie ordered by
the user, two by the documented fallback), heads of delegation who are not the
highest-ranked person, two people with the same name, honorifics and styles,
a right-to-left name, organizations' own names in their languages (one right to
left), kinds, agenda speakers linked to a person and as free text, and a seat
still to be named.

``EXPECTED_ORDER`` is the order of precedence the rules (domain/precedence.py,
docs/names.md) give, written out by hand.
"""

from __future__ import annotations

from datetime import datetime

from briefing_app.db.models import AgendaItem, Meeting, Organization, Participant, Person

HEAD = "head_of_delegation"

#: key -> organization fields
ORGANIZATIONS = {
    "cnipa": dict(
        name_en="China National Intellectual Property Administration",
        name_zh="国家知识产权局",
        acronym="CNIPA",
        kind="administration",
        precedence_rank=1,
    ),
    # Rank 2 is a tie the user ordered: Korea before Japan, against the name fallback.
    "kr": dict(
        name_en="Ministry of Foreign Affairs of the Republic of Korea",
        name_zh="大韩民国外交部",
        name_native="대한민국 외교부",
        name_native_lang="ko",
        kind="ministry",
        precedence_rank=2,
        tie_order=1,
    ),
    "jp": dict(
        name_en="Japan Patent Office",
        name_zh="日本特许厅",
        name_native="特許庁",
        name_native_lang="ja",
        precedence_rank=2,
        tie_order=2,
    ),
    # Rank 3 and 4 are ties left to the fallback (English name).
    "arab": dict(
        name_en="League of Arab States",
        name_zh="阿拉伯国家联盟",
        name_native="جامعة الدول العربية",
        name_native_lang="ar",
        kind="international_organisation",
        precedence_rank=3,
    ),
    "ru": dict(
        name_en="Federal Service for Intellectual Property",
        name_native="Федеральная служба по интеллектуальной собственности",
        name_native_lang="ru",
        acronym="Rospatent",
        precedence_rank=3,
    ),
    "in": dict(
        name_en="Indian Patent Office",
        name_native="भारतीय पेटेंट कार्यालय",
        name_native_lang="hi",
        precedence_rank=4,
    ),
    "fr": dict(
        name_en="French National Institute of Industrial Property",
        name_native="Institut national de la propriété industrielle",
        name_native_lang="fr",
        precedence_rank=4,
    ),
    "ngo": dict(name_en="Asia-Pacific Innovation Network", kind="ngo"),
}

#: key -> (organization key, role, person fields)
PEOPLE = {
    "wang_cn": (
        "cnipa",
        HEAD,
        dict(
            family_name="Wang",
            given_name="Fang",
            native_name="王芳",
            name_order="family_first",
            honorific="Ms.",
            title_en="Deputy Commissioner",
            title_zh="副局长",
            rank=2,
        ),
    ),
    "li_cn": (
        "cnipa",
        "member",
        dict(
            family_name="Li",
            given_name="Wei",
            native_name="李伟",
            name_order="family_first",
            honorific="Mr.",
            title_en="Director-General",
            title_zh="司长",
            rank=1,
        ),
    ),
    "kim": (
        "kr",
        HEAD,
        dict(
            family_name="Kim",
            given_name="Min-jun",
            native_name="김민준",
            name_order="family_first",
            name_zh="金民俊",
            honorific="H.E. Mr.",
            title_en="Assistant Minister",
            title_zh="助理部长",
            rank=1,
        ),
    ),
    "park": (
        "kr",
        "member",
        dict(
            family_name="Park",
            given_name="Ji-woo",
            native_name="박지우",
            name_order="family_first",
            honorific="Ms.",
            title_en="Counsellor",
            rank=2,
        ),
    ),
    "yamada": (
        "jp",
        HEAD,
        dict(
            family_name="Yamada",
            given_name="Taro",
            native_name="山田太郎",
            name_order="family_first",
            honorific="Dr",
            title_en="Commissioner",
            rank=1,
        ),
    ),
    "sato": (
        "jp",
        "member",
        dict(
            family_name="Sato",
            given_name="Hana",
            native_name="佐藤はな",
            name_order="family_first",
            honorific="Ms.",
            title_en="Examiner",
            rank=2,
        ),
    ),
    "ivanova": (
        "ru",
        HEAD,
        dict(
            family_name="Ivanova",
            given_name="Irina",
            native_name="Ирина Иванова",
            honorific="Ms.",
            title_en="Deputy Head",
            rank=2,
        ),
    ),
    "zubov": (
        "ru",
        "member",
        dict(
            family_name="Zubov",
            given_name="Yury",
            native_name="Юрий Зубов",
            honorific="Mr.",
            title_en="Head of Unit",
            rank=1,
        ),
    ),
    "aboul": (
        "arab",
        HEAD,
        dict(
            family_name="Aboul Gheit",
            given_name="Ahmed",
            native_name="أحمد أبو الغيط",
            honorific="H.E. Mr.",
            title_en="Secretary-General",
            title_zh="秘书长",
            rank=1,
        ),
    ),
    "dubois": (
        "fr",
        HEAD,
        dict(
            family_name="Dubois",
            given_name="Claire",
            honorific="Mme",
            title_en="Director of International Affairs",
            rank=1,
        ),
    ),
    "martin": (
        "fr",
        "member",
        dict(
            family_name="Martin", given_name="Pierre", honorific="Prof.", title_en="Adviser", rank=2
        ),
    ),
    "pandit": (
        "in",
        HEAD,
        dict(
            family_name="Pandit",
            given_name="Unnat",
            native_name="उन्नत पंडित",
            honorific="Dr",
            title_en="Controller General",
            rank=1,
        ),
    ),
    "sharma": (
        "in",
        "member",
        dict(
            family_name="Sharma",
            given_name="Priya",
            native_name="प्रिया शर्मा",
            honorific="Ms.",
            title_en="Assistant Controller",
            rank=2,
        ),
    ),
    # The same name as wang_cn, in another organization, without a native-script name.
    "wang_ngo": (
        "ngo",
        HEAD,
        dict(
            family_name="Wang",
            given_name="Fang",
            name_order="family_first",
            honorific="Ms.",
            title_en="Founder and Chair",
        ),
    ),
}

#: Seats still to be named, by organization key.
OPEN_SEATS = ("jp",)

EXPECTED_ORDER = [
    "wang_cn",  # head of delegation before the higher-ranked li_cn
    "li_cn",
    "kim",  # rank 2, tie order 1
    "park",
    "yamada",  # rank 2, tie order 2: the delegation follows Korea's whole
    "sato",
    "jp seat",
    "ivanova",  # rank 3: "Federal..." before "League..." by the fallback
    "zubov",
    "aboul",
    "dubois",  # rank 4: "French..." before "Indian..."
    "martin",
    "pandit",
    "sharma",
    "wang_ngo",  # no rank: last
]
EXPECTED_ORGS = ["cnipa", "kr", "jp", "ru", "arab", "fr", "in", "ngo"]


def build_multiscript_meeting(db) -> dict:
    """Write the meeting; returns {"meeting": id, "orgs": {key: Organization fields...}}
    as plain ids and uids: ``org_uid``/``person_uid``/``seat_uid`` by key."""
    with db.session() as s, s.begin():
        orgs = {key: Organization(uid=f"ORG-{key}", **v) for key, v in ORGANIZATIONS.items()}
        meeting = Meeting(
            title="Multiscript IP Dialogue",
            title_zh="多文种知识产权对话",
            starts_at=datetime(2026, 12, 10, 9, 30),
        )
        s.add(meeting)
        meeting.agenda = [
            AgendaItem(uid="A-open", position=0, title="Opening", title_zh="开幕"),
            AgendaItem(uid="A-talk", position=1, title="Keynote", title_zh="主旨发言"),
        ]
        meeting.agenda[0].speaker = "Mr. Jean VALJEAN (moderator)"  # an outsider: free text
        seats: dict[str, Participant] = {}
        for key, (org_key, role, values) in PEOPLE.items():
            person = Person(uid=f"P-{key}", organization=orgs[org_key], **values)
            seats[key] = Participant(
                uid=f"S-{key}", organization=orgs[org_key], person=person, role=role
            )
        meeting.agenda[1].speaker_person = seats["kim"].person  # linked to the person
        for org_key in OPEN_SEATS:
            seats[f"{org_key} seat"] = Participant(
                uid=f"S-{org_key}-open", organization=orgs[org_key]
            )
        # Added in reverse so that insertion order cannot produce the expected order.
        for seat in reversed(list(seats.values())):
            meeting.participants.append(seat)
        s.flush()
        return {
            "meeting": meeting.id,
            "seat_ids": {key: seat.id for key, seat in seats.items()},
            "org_ids": {key: org.id for key, org in orgs.items()},
        }
