"""The briefing pack as HTML, for the in-app preview.

Rendered from the same :class:`PackContent` the Word pack is rendered from,
with the pack's own headings (``pack.labels``), so what the user reads in the
workspace is what the director will read in Word. Uses only the HTML/CSS
subset Qt's rich text engine (QTextBrowser) understands. No Qt here.
"""

from __future__ import annotations

import base64
from html import escape

from briefing_app.services.pack.labels import labels
from briefing_app.services.pack.model import (
    Biography,
    EngagementEntry,
    OrganizationSection,
    PackContent,
    TalkingPointEntry,
)

_STYLE = """
body { font-family: sans-serif; }
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 14pt; margin-top: 18px; border-bottom: 1px solid #888; }
h3 { font-size: 12pt; margin-top: 12px; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e8e8e8; text-align: left; }
.marking { color: #a00000; font-weight: bold; text-align: center; }
.muted { color: #666666; }
.draft { color: #a05a00; font-weight: bold; }
"""

#: How the preview names a biography's photo: ``photo:<sha256>``; the view answers
#: it from :func:`preview_photos` (no file, no network, nothing from the HTML itself).
PHOTO_SCHEME = "photo"
#: Width of a photo thumbnail in the preview, in pixels (its height follows its shape).
THUMBNAIL_WIDTH = 72
#: Biographies per preview part, so one part never holds a huge page.
BIOGRAPHY_CHUNK = 50


def _e(text: object) -> str:
    return escape(str(text or ""))


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in texts if t)


def _cell(text: object) -> str:
    """A table cell's text; its line breaks (a bilingual pack's English and Chinese
    lines) as in Word."""
    return _e(text).replace("\n", "<br/>")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _facts(facts: list[tuple[str, str]]) -> str:
    """Label/value rows without rules, empty values left out (the Word pack's facts)."""
    rows = "".join(
        f'<tr><td class="muted">{_e(k)}</td><td>{_cell(v)}</td></tr>' for k, v in facts if v
    )
    return f"<table cellpadding='2'>{rows}</table>"


def _cover(content: PackContent, L: dict[str, str]) -> str:
    """As the Word cover: kicker, title, the meeting's facts, then the document block
    (reference, version with "(DRAFT)" until approved and its date, prepared and cleared
    by). DRAFT is in the page header (``marking_line``), not a headline."""
    c = content.cover
    facts = [(L["date"], c.date), (L["time"], c.time), (L["venue"], c.venue),
             (L["host"], c.host), (L["kind"], c.kind)]  # fmt: skip
    version = c.version + (L["draft_note"] if content.draft else "")
    version += f" · {c.generated}" if c.version and c.generated else ""
    document = [(L["reference"], c.reference), (L["version"], version if c.version else ""),
                (L["prepared_by"], c.prepared_by),
                (L["cleared_by"], c.cleared_by or L["signature_line"])]  # fmt: skip
    subtitle = f'<p class="muted">{_e(c.subtitle)}</p>' if c.subtitle else ""
    briefing_for = (
        f'<p><span class="muted">{_e(L["briefing_for"])}{_e(L["colon"])}</span>'
        f"{_e(c.briefing_for)}</p>"
        if c.briefing_for
        else ""
    )
    return (
        f'<p class="muted">{_e(L["briefing_pack"])}</p>'
        + f"<h1>{_e(c.title)}</h1>{subtitle}{briefing_for}{_facts(facts)}<hr/>{_facts(document)}"
    )


def _glance(content: PackContent, L: dict[str, str]) -> str:
    """The "At a glance" page, from the same ``content.glance`` the Word pack fills in
    (services/pack/glance.py)."""
    g = content.glance
    facts = [(L["when"], g.when), (L["where"], g.where),
             (L["purpose_short"], "\n".join(g.purpose))]  # fmt: skip
    parts = [f"<h2>{_e(L['at_a_glance'])}</h2>", _facts(facts)]
    if g.decisions:
        items = "".join(f"<li>{_e(d)}</li>" for d in g.decisions)
        parts.append(f"<p><b>{_e(L['decisions'])}</b></p><ol>{items}</ol>")
    if g.messages:
        draft = f'<span class="draft">[{_e(L["draft"])}]</span> '
        items = "".join(f"<li>{draft if m.draft else ''}{_e(m.title)}</li>" for m in g.messages)
        parts.append(f"<p><b>{_e(L['top_messages'])}</b></p><ol>{items}</ol>")
    if g.leads:
        rows = [[lead.organization, lead.name, lead.title] for lead in g.leads]
        headers = [L["delegation"], L["led_by"], L["title"]]
        parts.append(f"<p><b>{_e(L['leads'])}</b></p>{_table(headers, rows)}")
    return "".join(parts)


def _seating(content: PackContent, L: dict[str, str]) -> list[tuple[str, str]]:
    """The seating plan's page (the pack's last), when the meeting has one: its heading
    and line (``pack/seating_page.py``), and the chairs the Word pack draws, as a table
    in chair order (names in both scripts, as on the drawing)."""
    from briefing_app.services.pack.seating_page import seating_summary, seating_title

    chart = content.seating
    if chart is None or not chart.seats:
        return []
    title = seating_title(content.language or "en")
    rows = [[str(s.position), s.name, s.organization] for s in chart.seats if s.name]
    headers = ["No." if content.language != "zh" else "座号", L["name"], L["organization"]]
    summary = seating_summary(chart, content.language or "en")
    body = f'<h2>{_e(title)}</h2><p class="muted">{_e(summary)}</p>{_table(headers, rows)}'
    return [(title, body)]


def marking_line(content: PackContent) -> str:
    """The page-header marking of the Word pack: "DRAFT · MARKING" on a draft."""
    parts = [labels(content.language or "en")["draft"]] if content.draft else []
    parts += [content.marking] if content.marking else []
    return " · ".join(parts)


def _point(tp: TalkingPointEntry, L: dict[str, str]) -> str:
    draft = f' <span class="draft">[{_e(L["draft"])}]</span>' if tp.draft else ""
    prios = (
        f'<br/><span class="muted">{_e(", ".join(tp.priorities))}</span>' if tp.priorities else ""
    )
    text = "<br/>".join(_e(t) for t in tp.text if t)
    return f"<li><b>{_e(tp.title)}</b>{draft}{prios}<br/>{text}</li>"


def _points(points: list[TalkingPointEntry], L: dict[str, str]) -> str:
    return "<ol>" + "".join(_point(tp, L) for tp in points) + "</ol>" if points else ""


def _engagement(e: EngagementEntry, L: dict[str, str]) -> str:
    """Date, kind and summary; the follow-ups on their own line (as in Word)."""
    kind = f" {_e(e.kind)}:" if e.kind else ""
    text = f"<li>{_e(e.date)}{kind} {_e(' '.join(e.summary))}"
    if e.follow_ups:
        lines = "<br/>".join(_e(line) for line in e.follow_ups.split("\n"))
        text += f"<br/><i>{_e(L['follow_ups'])}:</i> {lines}"
    return text + "</li>"


def _organization(org: OrganizationSection, L: dict[str, str]) -> str:
    parts = [f"<h3>{_e(org.name)}</h3>"]
    if org.other_names or org.kind:
        parts.append(
            f'<p class="muted">{_e(" · ".join(x for x in (org.other_names, org.kind) if x))}</p>'
        )
    if org.native_name:
        lang = f' lang="{_e(org.native_lang)}"' if org.native_lang else ""
        parts.append(f'<p class="muted" dir="auto"{lang}>{_e(org.native_name)}</p>')
    if org.mandate:
        parts.append(f"<p><b>{_e(L['mandate'])}</b></p>{_paragraphs(org.mandate)}")
    if org.relevance:
        parts.append(f"<p><b>{_e(L['relevance'])}</b></p>{_paragraphs(org.relevance)}")
    if org.representatives:
        people = [[r.name, r.title, r.role, r.rsvp] for r in org.representatives]
        headers = [L["name"], L["title"], L["role"], L["rsvp"]]
        parts.append(f"<p><b>{_e(L['representatives'])}</b></p>{_table(headers, people)}")
    if org.engagements:
        items = "".join(_engagement(e, L) for e in org.engagements)
        parts.append(f"<p><b>{_e(L['engagements'])}</b></p><ul>{items}</ul>")
    if org.talking_points:
        parts.append(f"<p><b>{_e(L['talking_points'])}</b></p>{_points(org.talking_points, L)}")
    return "".join(parts)


#: Participants per preview part, so one part never holds a huge table.
PARTICIPANT_CHUNK = 100


def _participant_parts(content: PackContent, L: dict[str, str]) -> list[tuple[str, str]]:
    rows = [
        [p.organization, p.name, p.native_name, p.title, p.role, p.rsvp]
        for p in content.participants
    ]
    headers = [L["organization"], L["name_latin"], L["name_native"], L["title"], L["role"],
               L["rsvp"]]  # fmt: skip
    note = f'<p class="muted">{_e(L["participants_note"])}</p>'
    return _chunked(L["participants"], rows, PARTICIPANT_CHUNK, note,
                    lambda chunk: _table(headers, chunk))  # fmt: skip


def _chunked(title: str, items: list, size: int, first_note: str, render) -> list[tuple[str, str]]:
    """``items`` as (title, html) parts of at most ``size``, numbered "title 1–50" when
    there is more than one; ``first_note`` under the first part's heading."""
    parts = []
    for start in range(0, len(items), size):
        chunk = items[start : start + size]
        part_title = title
        if len(items) > size:
            part_title = f"{title} {start + 1}–{start + len(chunk)}"
        head = f"<h2>{_e(part_title)}</h2>{first_note if start == 0 else ''}"
        parts.append((part_title, head + render(chunk)))
    return parts


def _biography(b: Biography) -> str:
    """Photo thumbnail (when there is one) beside name, position and bio, as in Word."""
    text = (
        f"<p><b>{_e(b.name)}</b></p>"
        + "".join(f'<p class="muted">{_e(line)}</p>' for line in b.position)
        + _paragraphs(b.text)
    )
    if not b.photo:
        return text
    img = f'<img src="{PHOTO_SCHEME}:{_e(b.photo_sha256)}" width="{THUMBNAIL_WIDTH}"/>'
    return (
        f'<table cellpadding="4"><tr><td valign="top" width="{THUMBNAIL_WIDTH + 8}">{img}</td>'
        f'<td valign="top">{text}</td></tr></table>'
    )


def _biography_parts(content: PackContent, L: dict[str, str]) -> list[tuple[str, str]]:
    """The biographies after the participants (the pack's order), in parts of
    ``BIOGRAPHY_CHUNK``; the line under the heading says whose they are."""
    whose = L["biographies_all" if content.biographies_of == "all" else "biographies_heads"]
    return _chunked(L["biographies"], content.biographies, BIOGRAPHY_CHUNK,
                    f'<p class="muted">{_e(whose)}</p>',
                    lambda chunk: "".join(_biography(b) for b in chunk))  # fmt: skip


def preview_photos(content: PackContent) -> dict[str, bytes]:
    """sha256 -> image bytes (JPEG or PNG, the small copy made for the pack) of each
    biography's photo: what the preview's ``photo:`` images show."""
    return {b.photo_sha256: base64.b64decode(b.photo) for b in content.biographies if b.photo}


def _message_parts(content: PackContent, L: dict[str, str]) -> list[tuple[str, str]]:
    parts = []
    if content.key_messages:
        groups = "".join(
            f"<h3>{_e(g.title or L['other_messages'])}</h3>{_points(g.talking_points, L)}"
            for g in content.key_messages
        )
        parts.append((L["key_messages"], f"<h2>{_e(L['key_messages'])}</h2>{groups}"))
    if content.annex:
        entries = "".join(
            f"<h3>{_e(e.title)}</h3>"
            + (f'<p class="muted">{_e(L["source"])}: {_e(e.source)}</p>' if e.source else "")
            + _paragraphs(e.text)
            for e in content.annex
        )
        parts.append((L["annex"], f"<h2>{_e(L['annex'])}</h2>{entries}"))
    return parts


def preview_parts(content: PackContent) -> list[tuple[str, str]]:
    """The pack as (title, HTML fragment) parts in document order: cover with at a
    glance, purpose and agenda, participants (in chunks), biographies (in chunks), one
    part per organization, key messages, annex, seating plan. A large pack is previewed
    one part at a time."""
    L = labels(content.language or "en")
    first = [_cover(content, L), _glance(content, L)]
    if content.purpose:
        first.append(f"<h2>{_e(L['purpose'])}</h2>{_paragraphs(content.purpose)}")
    if content.agenda:
        rows = [[a.time, a.item, a.speaker, a.notes] for a in content.agenda]
        notes = "备注" if content.language == "zh" else "Notes"
        headers = [L["time"], L["item"], L["speaker"], notes]
        if not any(a.notes for a in content.agenda):  # no empty column
            rows, headers = [r[:3] for r in rows], headers[:3]
        first.append(f"<h2>{_e(L['agenda'])}</h2>" + _table(headers, rows))
    parts = [(content.cover.title or L["briefing_pack"], "".join(first))]
    parts += _participant_parts(content, L)
    parts += _biography_parts(content, L)
    for n, org in enumerate(content.organizations):
        heading = f"<h2>{_e(L['organizations'])}</h2>" if n == 0 else ""
        parts.append((org.name, heading + _organization(org, L)))
    return parts + _message_parts(content, L) + _seating(content, L)


def wrap_html(content: PackContent, body: str) -> str:
    """A complete HTML document around ``body``: the page header's marking (with
    DRAFT) at the top, the footer's marking at the bottom, as in the Word pack."""
    header, footer = marking_line(content), content.marking
    top = f'<p class="marking">{_e(header)}</p>' if header else ""
    bottom = f'<p class="marking">{_e(footer)}</p>' if footer else ""
    return f"<html><head><style>{_STYLE}</style></head><body>{top}{body}{bottom}</body></html>"


def render_preview_html(content: PackContent) -> str:
    """The whole pack as one HTML document."""
    return wrap_html(content, "".join(body for _title, body in preview_parts(content)))
