"""Which of a record's two texts the interface shows: the one in its language.

Records carry English and Chinese texts (organization names, titles of talking
points, priorities, meetings and people) and people a Latin and a native-script
name. A Chinese interface shows the Chinese text wherever the database has one
and the English text where it has none; an English interface the other way
round. Every table, picker and heading of the GUI takes its labels from here
(the services that build them take the interface's ``language``, "en" or "zh",
which ``ui.language.data_language`` gives), so they all agree.
"""

from __future__ import annotations

from briefing_app.domain.names import display_name

LANGUAGES = ("en", "zh")


def in_language(language: str, en: str | None, zh: str | None) -> str:
    """``zh`` in a Chinese interface, else ``en``; the other one when it is empty."""
    first, second = (zh, en) if language == "zh" else (en, zh)
    return (first or "").strip() or (second or "").strip()


def other_language(language: str, en: str | None, zh: str | None) -> str:
    """The text in the language the interface is not in (as stored; may be empty):
    the second name column of a table."""
    return ((en if language == "zh" else zh) or "").strip()


def organization_label(
    language: str, name_en: str | None, name_zh: str | None, acronym: str | None = ""
) -> str:
    """'Ministry of Commerce (MOFCOM)' or '商务部 (MOFCOM)': a picker's entry."""
    name = in_language(language, name_en, name_zh)
    return f"{name} ({acronym})" if acronym and acronym != name else name


def organization_short(
    language: str, name_en: str | None, name_zh: str | None, acronym: str | None = ""
) -> str:
    """Where room is short: the acronym in English ('MOFCOM'), the Chinese name in
    Chinese ('商务部'), the English name when there is nothing else."""
    if language == "zh" and (name_zh or "").strip():
        return name_zh.strip()
    return (acronym or "").strip() or (name_en or "").strip() or (name_zh or "").strip()


def person_name(language: str, person) -> str:
    """A person's name as the interface shows it: 'Ms. LIU Hua' in English, '刘华女士'
    in Chinese where the database has the name in Chinese characters (the Latin form
    otherwise). ``person`` is a Person or anything with the same name fields."""
    return display_name(
        person.family_name,
        person.given_name,
        person.name_order,
        person.honorific,
        person.native_name or "",
        language="zh" if language == "zh" else "en",
        name_zh=getattr(person, "name_zh", "") or "",
    )
