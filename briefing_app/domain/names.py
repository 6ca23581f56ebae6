"""How people's names are written in protocol documents.

Latin family names are written in capitals so the reader knows which part is
the family name ("Ms. LIU Hua", "Mr. Daren TANG"). When the document is in
Chinese and a native-script name exists, it is used as written, followed by
the honorific's Chinese equivalent where there is one ("刘华女士").
"""

from __future__ import annotations

from briefing_app.domain.enums import NameOrder

_ZH_HONORIFICS = {
    "mr.": "先生",
    "mr": "先生",
    "ms.": "女士",
    "ms": "女士",
    "mrs.": "女士",
    "mrs": "女士",
    "dr.": "博士",
    "dr": "博士",
    "prof.": "教授",
    "prof": "教授",
}


def latin_name(
    family: str,
    given: str,
    order: NameOrder | str = NameOrder.GIVEN_FIRST,
    honorific: str = "",
) -> str:
    """'Ms. LIU Hua' for family-first names, 'Mr. Daren TANG' otherwise."""
    family_caps = (family or "").strip().upper()
    given = (given or "").strip()
    if NameOrder(order) is NameOrder.FAMILY_FIRST:
        parts = [family_caps, given]
    else:
        parts = [given, family_caps]
    body = " ".join(p for p in parts if p)
    return f"{honorific.strip()} {body}".strip() if honorific else body


def native_name(native: str, honorific: str = "") -> str:
    """'刘华女士': native-script name with a Chinese honorific where one is known."""
    suffix = _ZH_HONORIFICS.get((honorific or "").strip().lower(), "")
    return f"{native.strip()}{suffix}"


def display_name(
    family: str,
    given: str,
    order: NameOrder | str,
    honorific: str = "",
    native: str = "",
    language: str = "en",
) -> str:
    """The name as a document in ``language`` ("en", "zh" or "both") shows it."""
    latin = latin_name(family, given, order, honorific)
    if not native:
        return latin
    if language == "zh":
        return native_name(native, honorific)
    if language == "both":
        return f"{latin} ({native.strip()})"
    return latin
