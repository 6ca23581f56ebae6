"""Building the per-organization sections, key messages and annex of a pack.

Helpers of :mod:`briefing_app.services.pack.content`; they receive rows the
content builder already loaded (in order of precedence) and return plain
model objects.
"""

from __future__ import annotations

from functools import lru_cache

from briefing_app.db.models import (
    Engagement,
    MeetingTalkingPoint,
    Organization,
    Participant,
    Person,
    Priority,
    TalkingPoint,
)
from briefing_app.domain.enums import TalkingPointStatus
from briefing_app.domain.names import display_name
from briefing_app.services.pack.fmt import TextPicker, short_date
from briefing_app.services.pack.labels import labels, pick_pair, term
from briefing_app.services.pack.model import (
    AnnexEntry,
    EngagementEntry,
    MessageGroup,
    OrganizationSection,
    Representative,
    TalkingPointEntry,
)


def talking_point_entry(
    tp: TalkingPoint, priorities: list[Priority], pick: TextPicker
) -> TalkingPointEntry:
    """One talking point in the pack language; a draft is flagged so it is marked DRAFT.
    ``priorities``: those it serves, in priority order."""
    where = f"talking_points[{tp.uid}]"
    status = str(tp.status)
    return TalkingPointEntry(
        uid=tp.uid,
        title=pick.one(tp.title, tp.title_zh, where + ".title"),
        text=pick.paragraphs(tp.text_en, tp.text_zh, where + ".text"),
        status=status,
        draft=status == TalkingPointStatus.DRAFT.value,
        priorities=[
            pick.one(p.title, p.title_zh, f"priorities[{p.uid}].title") for p in priorities
        ],
    )


def _names_line(org: Organization, pick: TextPicker) -> str:
    """The organization's other names (the language not in the heading, acronym)."""
    others = []
    if pick.language == "en" and org.name_zh:
        others.append(pick.clean(org.name_zh, f"organizations[{org.uid}].name_zh"))
    if pick.language == "zh" and org.name_zh:
        others.append(pick.clean(org.name_en, f"organizations[{org.uid}].name"))
    if org.acronym:
        others.append(pick.clean(org.acronym, f"organizations[{org.uid}].acronym"))
    return " · ".join(o for o in others if o)


def _engagement(e: Engagement, pick: TextPicker) -> EngagementEntry:
    where = f"engagements[{e.uid}]"
    return EngagementEntry(
        uid=e.uid,
        date=short_date(e.date, pick.language),
        kind=pick.one(e.kind, e.kind_zh, where + ".kind"),
        summary=pick.paragraphs(e.summary, e.summary_zh, where + ".summary"),
        # Bilingual: the English line, then the Chinese one (a line break in Word).
        follow_ups=pick.one(e.follow_ups, e.follow_ups_zh, where + ".follow_ups", "\n"),
    )


def kind_label(key: str, kinds: dict[str, tuple[str, str]], language: str) -> str:
    """The label of an organization kind in the pack's language (the office's list,
    else the built-in words, else the key)."""
    if key in kinds:
        en, zh = kinds[key]
        return pick_pair(en, zh or en, language)
    return term(key, language)


def person_name(
    person: Person,
    pick: TextPicker,
    stacked: bool = False,
    latin: bool = False,
    language: str | None = None,
) -> str:
    """The person's name as the pack's language writes it (protocol rules, docs/names.md),
    its honorific held to the name by no-break characters; ``stacked``: in a table
    cell, a bilingual pack's other forms of the name on a line of their own; ``latin``:
    the Latin form only, whatever the language (the participants table shows the own
    script in a column beside it); ``language``: write it as a pack in that language
    would ("both": with the name in its own script)."""
    where = f"people[{person.uid}]"
    language = "en" if latin else (language or pick.language)
    return _display_name(
        pick.clean(person.family_name, where + ".family_name"),
        pick.clean(person.given_name, where + ".given_name"),
        person.name_order,
        pick.clean(person.honorific, where + ".honorific"),
        pick.clean(person.native_name, where + ".native_name"),
        language,
        pick.clean(person.name_zh, where + ".name_zh"),
        pick.family_caps,
        stacked and language == "both",  # only a bilingual name is stacked
    )


@lru_cache(maxsize=16384)
def _display_name(
    family: str,
    given: str,
    order: str,
    honorific: str,
    native: str,
    language: str,
    name_zh: str,
    capitals: bool,
    stacked: bool,
) -> str:
    """``display_name`` kept together, remembered: a pack asks for the same names in
    several places and in two languages (its own and "both" for its identity)."""
    return display_name(
        family, given, order, honorific, native, language, name_zh,
        capitals=capitals, keep_together=True, stacked=stacked,
    )  # fmt: skip


def _representative(p: Participant, pick: TextPicker) -> Representative:
    person = p.person
    where = f"people[{person.uid}]"
    return Representative(
        uid=person.uid,
        name=person_name(person, pick, stacked=True),
        title=pick.one(person.title_en, person.title_zh, where + ".title", "\n"),
        role=term(p.role, pick.language, "\n"),
        rsvp=term(p.rsvp, pick.language, "\n"),
    )


def organization_section(
    org: Organization,
    participants: list[Participant],
    chosen: list[MeetingTalkingPoint],
    served: dict[int, list[Priority]],
    pick: TextPicker,
    kinds: dict[str, tuple[str, str]] | None = None,
) -> OrganizationSection:
    """The section for ``org``: profile, engagements (most recent first), its people
    at the meeting (``participants``: this organization's seats, in order of
    precedence) and the talking points chosen for it (``chosen``, in order);
    ``served``: priorities by talking point id; ``kinds``: the office's kind labels."""
    where = f"organizations[{org.uid}]"
    engagements = sorted(org.engagements, key=lambda e: (e.date is not None, e.date), reverse=True)
    return OrganizationSection(
        uid=org.uid,
        name=pick.one(org.name_en, org.name_zh, where + ".name"),
        other_names=_names_line(org, pick),
        native_name=pick.clean(org.name_native, where + ".name_native"),
        native_lang=pick.clean(org.name_native_lang, where + ".name_native_lang"),
        kind=kind_label(org.kind, kinds or {}, pick.language),
        mandate=pick.paragraphs(org.mandate, org.mandate_zh, where + ".mandate"),
        relevance=pick.paragraphs(org.relevance, org.relevance_zh, where + ".relevance"),
        engagements=[_engagement(e, pick) for e in engagements],
        representatives=[_representative(p, pick) for p in participants if p.person is not None],
        talking_points=[
            talking_point_entry(row.talking_point, served.get(row.talking_point_id, []), pick)
            for row in chosen
        ],
    )


def key_messages(
    chosen: list[MeetingTalkingPoint], served: dict[int, list[Priority]], pick: TextPicker
) -> list[MessageGroup]:
    """General talking points (aimed at no organization) under the first priority they
    serve, priorities in their order; those serving none come last. ``served``:
    priorities by talking point id, in order."""
    groups: dict[int | None, tuple[Priority | None, list[TalkingPointEntry]]] = {}
    for row in chosen:
        if row.organization_id is not None:
            continue
        priorities = served.get(row.talking_point_id, [])
        first = priorities[0] if priorities else None
        key = first.id if first else None
        entry = talking_point_entry(row.talking_point, priorities, pick)
        groups.setdefault(key, (first, []))[1].append(entry)
    ordered = sorted(
        groups.values(), key=lambda g: (g[0] is None, (g[0].position, g[0].id) if g[0] else ())
    )
    result = []
    for priority, entries in ordered:
        if priority is None:
            title = labels(pick.language)["other_messages"]
            result.append(MessageGroup(uid="", title=title, talking_points=entries))
            continue
        title = pick.one(priority.title, priority.title_zh, f"priorities[{priority.uid}].title")
        for entry in entries:  # the group heading already names the first priority
            entry.priorities = [t for t in entry.priorities if t != title]
        result.append(MessageGroup(uid=priority.uid, title=title, talking_points=entries))
    return result


def _source_line(source: str, period: str, language: str) -> str:
    """ "WIPO General Assembly, September 2021 · Period: 2022-2026": the period labelled,
    and left out when the source already names it ("MTSP 2022-2026")."""
    if not period or period.casefold() in source.casefold():
        return source
    L = labels(language)
    labelled = f"{L['period']}{L['colon']}{period}"
    return f"{source} · {labelled}" if source else labelled


def _sources(p: Priority, pick: TextPicker, where: str) -> str:
    """The annex's source line in the pack's language; a bilingual pack with Chinese
    ones: the English line, then the Chinese line ("2021年9月… · 时期：2022-2026")."""
    source = pick.one(p.source, p.source_zh, where + ".source")
    period = pick.one(p.period, p.period_zh, where + ".period")
    if pick.language != "both" or not (p.source_zh or p.period_zh):
        return _source_line(source, period, pick.language)
    quiet = [TextPicker(language) for language in ("en", "zh")]  # cleaning reported above
    lines = [
        _source_line(q.one(p.source, p.source_zh, ""), q.one(p.period, p.period_zh, ""), q.language)
        for q in quiet
    ]
    return lines[0] if lines[0] == lines[1] else "\n".join(lines)


def annex(priorities: list[Priority], pick: TextPicker) -> list[AnnexEntry]:
    """Background on each priority the pack's talking points serve."""
    entries = []
    for p in priorities:
        where = f"priorities[{p.uid}]"
        source = _sources(p, pick, where)
        text = pick.paragraphs(p.description, p.description_zh, where + ".description")
        if text or source:
            entries.append(
                AnnexEntry(
                    uid=p.uid,
                    title=pick.one(p.title, p.title_zh, where + ".title"),
                    source=source,
                    text=text,
                )
            )
    return entries
