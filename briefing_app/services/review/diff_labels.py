"""The words of a comparison (:mod:`.diff`) in English or Chinese, from one table.

Headings, area titles, the kind of change ("reworded" / "改写"), field names
and the phrases of a detail ("was for …" / "原用于…") live here, with the
punctuation each language wants. Values taken from the snapshots (names,
titles, RSVP and role words, dates) are already in the pack's language and
are shown as they are; a talking point's status is stored as a code and is
put into words with the pack vocabulary (:func:`..pack.labels.term`).

``language`` is "en" or "zh"; anything else (a bilingual pack's "both")
reads in English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.services.pack.labels import term
from briefing_app.services.review.diff import Change, Comparison, Detail, Place, Segment

_LABELS: dict[str, tuple[str, str]] = {
    "heading": ("Changes from version {old} to version {new}", "第 {old} 版至第 {new} 版的变更"),
    "no_changes": ("No changes to the content.", "内容没有变更。"),
    "no_changes_line": ("{heading}: no changes to the content.", "{heading}：内容没有变更。"),
    "edits": ("Who changed what", "修改记录"),
    "memo_title": ("Changes since version {old}", "第 {old} 版以来的变更"),
    "memo_intro": (
        "{meeting}: briefing pack version {new} compared with version {old}.",
        "{meeting}：简报第 {new} 版与第 {old} 版的对比。",
    ),
    "memo_property": ("{title}: {meeting}", "{title}：{meeting}"),
    "area.meeting": ("Meeting details", "会议信息"),
    "area.agenda": ("Agenda", "议程"),
    "area.participants": ("Participants", "与会者"),
    "area.organizations": ("Organizations", "与会单位"),
    "area.talking_points": ("Talking points", "谈话要点"),
    "kind.added": ("added", "新增"),
    "kind.removed": ("removed", "删除"),
    "kind.reworded": ("reworded", "改写"),
    "kind.changed": ("changed", "修改"),
    # in Chinese the detail names what changed ("出席情况 已邀请 → 已确认"): no need to
    # say it twice
    "kind.rsvp": ("rsvp", "修改"),
    "kind.role": ("role", "修改"),
    "kind.status": ("status", "状态变更"),
    "kind.moved": ("moved", "适用范围变更"),
    "field.title": ("title", "标题"),
    "field.subtitle": ("subtitle", "副标题"),
    "field.kind": ("kind", "会议类型"),
    "field.date": ("date", "日期"),
    "field.time": ("time", "时间"),
    "field.venue": ("venue", "地点"),
    "field.host": ("host", "主办方"),
    "field.briefing_for": ("briefing for", "呈阅对象"),
    "field.marking": ("marking", "密级标识"),
    "field.purpose": ("purpose", "目的和目标"),
    "field.speaker": ("speaker", "发言人"),
    "field.notes": ("notes", "备注"),
    "field.rsvp": ("RSVP", "出席情况"),
    "field.role": ("role", "角色"),
    "field.text": ("text", "正文"),
    "detail.for": ("for {places}", "用于{places}"),
    "detail.was_for": ("was for {places}", "原用于{places}"),
    "detail.now_also_for": ("now also for {places}", "现亦用于{places}"),
    "detail.no_longer_for": ("no longer for {places}", "不再用于{places}"),
    "detail.from_to": ("{old} → {new}", "{old} → {new}"),
    "detail.field": ("{field} {old} → {new}", "{field} {old} → {new}"),
    "detail.was": ("was {who}", "原为{who}"),
    "key_messages_place": ("key messages: {title}", "核心信息（{title}）"),
    "seat": ("seat for {organization}", "{organization}（人选待定）"),
    "person": ("{name} ({organization})", "{name}（{organization}）"),
    "sep.places": (", ", "、"),
    "sep.values": (", ", "，"),
    "sep.details": ("; ", "；"),
    "colon": (": ", "："),
    "where": (" ({part})", "（{part}）"),
    "gap": (" ", ""),
    "quote": ("“{text}”", "“{text}”"),
    "quote_plain": ('"{text}"', "“{text}”"),
}
_EMPTY = "—"  # an empty value, in both languages


def label(key: str, language: str, **values) -> str:
    """The phrase ``key`` in ``language``, its ``{placeholders}`` filled from ``values``."""
    en, zh = _LABELS[key]
    return (zh if language == "zh" else en).format(**values)


def area_title(area: str, language: str) -> str:
    return label(f"area.{area}", language)


def heading(comparison: Comparison, language: str) -> str:
    """ "Changes from version 1 to version 2" / "第 1 版至第 2 版的变更"."""
    return label("heading", language, old=comparison.old_number, new=comparison.new_number)


@dataclass
class Wording:
    """A change in words, in pieces so each output can style them: ``verb`` (bold in
    HTML and Word), ``gap``, the quoted ``subject``, ``tail`` (what follows the
    subject up to the changed words) and the word diff itself."""

    verb: str
    gap: str
    subject: str
    tail: str
    words: list[Segment] = field(default_factory=list)


def describe(change: Change, language: str, *, plain: bool = False) -> Wording:
    """``change`` in ``language``; ``plain`` quotes the subject with ASCII quotes in
    English (plain text output)."""
    language = "zh" if language == "zh" else "en"  # a bilingual pack's memo reads in English
    quote = "quote_plain" if plain else "quote"
    subject = label(quote, language, text=subject_text(change, language))
    detail = detail_text(change, language)
    if change.words:
        where = label("where", language, part=detail) if detail else ""
        tail = where + label("colon", language)
    else:
        tail = label("colon", language) + detail if detail else ""
    verb = label(f"kind.{change.kind}", language)
    return Wording(verb, label("gap", language), subject, tail, change.words)


def subject_text(change: Change, language: str) -> str:
    """What the change is about: a cover field's name, "Name (Organization)", a
    seat of an organization, or the name as the snapshot has it."""
    if change.area == "meeting":
        return label(f"field.{change.subject}", language)
    if change.area == "participants":
        if not change.subject:
            return label("seat", language, organization=change.organization)
        return label("person", language, name=change.subject, organization=change.organization)
    return change.subject


def detail_text(change: Change, language: str) -> str:
    """All the details of ``change`` as one phrase ("" when it has none)."""
    parts = [_detail(d, language) for d in change.details]
    return label("sep.details", language).join(p for p in parts if p)


def _detail(detail: Detail, language: str) -> str:
    kind, values = detail.kind, detail.values
    if kind == "part":
        return label(f"field.{values[0]}", language)
    if kind in ("for", "was_for", "now_also_for", "no_longer_for"):
        return label(f"detail.{kind}", language, places=_places(values, language))
    if kind in ("from_to", "status"):
        old, new = (term(v, language) for v in values) if kind == "status" else values
        return label("detail.from_to", language, old=_value(old), new=_value(new))
    if kind == "field":
        name, old, new = values
        name = label(f"field.{name}", language)
        return label("detail.field", language, field=name, old=_value(old), new=_value(new))
    joined = label("sep.values", language).join(values)
    return label("detail.was", language, who=joined) if kind == "was" else joined


def _places(places: tuple[Place, ...], language: str) -> str:
    names = [
        label("key_messages_place", language, title=p.name) if p.key_messages else p.name
        for p in places
    ]
    return label("sep.places", language).join(names)


def _value(value: str) -> str:
    return value or _EMPTY
