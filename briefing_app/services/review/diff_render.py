"""A :class:`~.diff.Comparison` as plain text (CLI) or simple HTML (the review
view's QTextBrowser), in English or Chinese; the words come from
:mod:`.diff_labels`."""

from __future__ import annotations

import html

from briefing_app.services.history import format_entries
from briefing_app.services.review.diff import Comparison, Segment, gap
from briefing_app.services.review.diff_labels import (
    area_title,
    describe,
    heading,
    label,
)

_WORD_TAGS = {
    "equal": "{}",
    "delete": '<span style="color:#a50021; background:#fbe9eb; '
    'text-decoration:line-through">{}</span>',
    "insert": '<span style="color:#1f6f2e; background:#e6f4ea; '
    'text-decoration:underline">{}</span>',
}


def words_text(segments: list[Segment]) -> str:
    """``…kept [-removed-] {+added+} kept…`` (the notation of ``git diff --word-diff``)."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return " ".join(marks[s.op].format(s.text) for s in segments if s.text)


def words_html(segments: list[Segment]) -> str:
    """The word diff as HTML: removed words struck through, added ones underlined."""
    out, last = "", ""
    for seg in (s for s in segments if s.text):
        out += (gap(last, seg.text) if out else "") + _WORD_TAGS[seg.op].format(
            html.escape(seg.text)
        )
        last = seg.text
    return out


def change_line(change, language: str = "en") -> str:
    """One readable line, e.g. ``reworded "Title" (text): … [-old-] {+new+} …``."""
    w = describe(change, language, plain=True)
    return f"{w.verb}{w.gap}{w.subject}{w.tail}{words_text(w.words)}"


def format_text(comparison: Comparison, language: str = "en") -> str:
    """The comparison as plain text, grouped by area, in ``language`` ("en" or "zh")."""
    head = heading(comparison, language)
    lines = [head if comparison.changes else label("no_changes_line", language, heading=head)]
    for area, changes in comparison.by_area():
        lines.append("")
        lines.append(area_title(area, language) + label("colon", language).rstrip())
        lines += [f"  - {change_line(c, language)}" for c in changes]
    if comparison.edits:
        lines += ["", label("edits", language) + label("colon", language).rstrip()]
        lines += [f"  {line}" for line in format_entries(comparison.edits, language)]
    return "\n".join(lines)


def format_html(comparison: Comparison, language: str = "en") -> str:
    """The comparison as simple HTML (for a QTextBrowser), word changes marked."""
    parts = [f"<h3>{html.escape(heading(comparison, language))}</h3>"]
    if not comparison.changes:
        parts.append(f"<p>{html.escape(label('no_changes', language))}</p>")
    for area, changes in comparison.by_area():
        parts.append(f"<h4>{html.escape(area_title(area, language))}</h4><ul>")
        for c in changes:
            w = describe(c, language)
            text = f"<b>{html.escape(w.verb)}</b>{w.gap}{html.escape(w.subject)}"
            text += html.escape(w.tail) + words_html(w.words)
            parts.append(f"<li>{text}</li>")
        parts.append("</ul>")
    if comparison.edits:
        parts.append(f"<h4>{html.escape(label('edits', language))}</h4><ul>")
        for entry in comparison.edits:
            when = entry.at.strftime("%Y-%m-%d %H:%M")
            details = "".join(f"<br>{html.escape(d)}" for d in entry.details(language))
            head = f"{when} <b>{html.escape(entry.actor)}</b> {html.escape(entry.what(language))}"
            parts.append(f"<li>{head}{details}</li>")
        parts.append("</ul>")
    return "".join(parts)
