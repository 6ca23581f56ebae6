"""Formatting helpers for pack content: picking a language, dates and times,
splitting stored text into paragraphs, cleaning what Word cannot store."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from briefing_app.domain.text import FORBIDDEN, CleanReport, clean
from briefing_app.domain.timezones import utc_offset_text, zone

_WEEKDAYS_ZH = "一二三四五六日"
#: English names, fixed: strftime's %A/%B follow the process locale, which Qt sets
#: from the system when the app starts (a German desktop would get "Mittwoch").
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class TextPicker:
    """Chooses and cleans text for one pack language, recording what cleaning removed."""

    def __init__(
        self, language: str, report: CleanReport | None = None, *, family_caps: bool = True
    ) -> None:
        self.language = language
        self.report = report if report is not None else CleanReport()
        #: Latin family names in capitals (Settings.family_name_capitals).
        self.family_caps = family_caps

    def clean(self, value: str | None, where: str) -> str:
        if not value:
            return ""
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        # Most text: nothing to clean, nothing to report. A printable text has no character
        # cleaning changes (C0 controls, U+FFFE/U+FFFF, surrogates are not printable: a
        # test checks every character); str.isprintable is twice as fast as the search.
        if value.isprintable() or FORBIDDEN.search(value) is None:
            return value.strip()
        return clean(value, where, self.report).strip()

    def one(self, en: str | None, zh: str | None, where: str, joiner: str = " / ") -> str:
        """A short text (title, name) in the pack language; falls back to what exists."""
        en_text = self.clean(en, where)
        zh_text = self.clean(zh, where + "_zh")
        if self.language == "zh":
            return zh_text or en_text
        if self.language == "both" and zh_text and en_text and zh_text != en_text:
            return f"{en_text}{joiner}{zh_text}"
        return en_text or zh_text

    def paragraphs(self, en: str | None, zh: str | None, where: str) -> list[str]:
        """A long text as paragraphs; "both" gives the English then the Chinese ones."""
        en_paras = split_paragraphs(self.clean(en, where))
        zh_paras = split_paragraphs(self.clean(zh, where + "_zh"))
        if self.language == "zh":
            return zh_paras or en_paras
        if self.language == "both":
            return en_paras + [p for p in zh_paras if p not in en_paras]
        return en_paras or zh_paras


def place_line(
    venue: tuple[str, str],
    city: tuple[str, str],
    language: str,
    separator: str = ", ",
    joiner: str = "\n",
) -> str:
    """Venue and city ((English, Chinese) each) in ``language``: "Conference Room,
    Beijing"; in Chinese the city first, as a Chinese address is written ("北京，…会议室"),
    each part falling back to the English where it has no Chinese (the English order
    when neither has any); "both" gives the English, ``joiner`` (a line break: on one
    line the Chinese broke inside a name), then the Chinese."""
    en = separator.join(part for part in (venue[0] or venue[1], city[0] or city[1]) if part)
    zh = "，".join(part for part in (city[1] or city[0], venue[1] or venue[0]) if part)
    if not (venue[1] or city[1]):
        zh = en
    if language == "zh":
        return zh
    return f"{en}{joiner}{zh}" if language == "both" and en and zh != en else en


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines of ``text``, stripped: each becomes one Word paragraph."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def format_date(day: date, language: str) -> str:
    """'Wednesday, 23 March 2022' / '2022年3月23日 星期三' / both joined, whatever the
    process locale is."""
    en = f"{WEEKDAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    zh = f"{day.year}年{day.month}月{day.day}日 星期{_WEEKDAYS_ZH[day.weekday()]}"
    return {"en": en, "zh": zh}.get(language, f"{en} / {zh}")


def short_date(day: date | None, language: str) -> str:
    """A date in a list ("2014-07-14"); in a Chinese pack as Chinese writes it
    ("2014年7月14日"); a bilingual one keeps the ISO form both languages read."""
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日" if language == "zh" else day.isoformat()


def format_time_range(start: datetime, end: datetime | None, zone_name: str, language: str) -> str:
    """'09:30–12:00 (Asia/Shanghai, UTC+08:00)'; an end on another day shows its date.
    An unknown zone raises UnknownTimeZoneError (a pack never prints a made-up zone)."""
    text = f"{start:%H:%M}"
    if end is not None and end > start:
        text += f"–{end:%H:%M}" if end.date() == start.date() else f" – {end:%Y-%m-%d %H:%M}"
    name = zone_name or "UTC"
    zone(name)
    offset = utc_offset_text(start, name)
    where = f"{name}, {offset}" if name != "UTC" else offset
    return f"{text}（{where.replace(', ', '，')}）" if language == "zh" else f"{text} ({where})"


def format_slot(start: time | None, minutes: int | None) -> str:
    """Agenda time: '09:30–09:45', '09:30', or '' when the item has no time."""
    if start is None:
        return ""
    if not minutes:
        return f"{start:%H:%M}"
    end = datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)
    return f"{start:%H:%M}–{end:%H:%M}"


def format_generated(moment: datetime, language: str) -> str:
    """Generation date and time shown on the cover ("2026年12月7日 星期一 14:32" in Chinese,
    with no Latin comma)."""
    separator = " " if language == "zh" else ", "
    return f"{format_date(moment.date(), language)}{separator}{moment:%H:%M}"
