"""How people's names are written in protocol documents (rules: docs/names.md).

- Names in Han, Hangul or Kana are family name first, with no comma and no
  space ("王芳", "김민준", "佐藤はな").
- Latin names follow the person's chosen order, the family name in capitals
  where the office does so ("Ms. WANG Fang", "Mme Claire DUBOIS").
- Honorifics and styles are data (``Person.honorific`` holds e.g. "H.E. Mr."),
  read as tokens and combined the way protocol expects: style (H.E.), then a
  rank (Ambassador, Judge, General) or academic title (Prof., Dr) which takes
  the place of Mr./Ms., else the courtesy title: "H.E. Dr Unnat PANDIT".
- In a Chinese document a Chinese honorific follows only a Chinese-script
  name ("王芳女士", "李伟先生阁下"); a name in another script keeps its own
  (Latin) form and honorific, or uses the Chinese form of the name the
  database holds (``Person.name_zh``). An honorific is never dropped.
- ``keep_together`` joins the honorific to the name with no-break characters
  (no-break space; word joiner between Chinese characters) so a line never
  starts with an orphaned honorific.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from briefing_app.domain.enums import NameOrder

NBSP = "\u00a0"
#: U+2060 WORD JOINER: no line break on either side, no width.
WORD_JOINER = "\u2060"
#: U+200E LEFT-TO-RIGHT MARK: ends right-to-left text inside a left-to-right line.
LRM = "\u200e"


class Script(StrEnum):
    NONE = "none"
    LATIN = "latin"
    HAN = "han"
    HANGUL = "hangul"
    KANA = "kana"
    CYRILLIC = "cyrillic"
    GREEK = "greek"
    ARABIC = "arabic"
    HEBREW = "hebrew"
    DEVANAGARI = "devanagari"
    THAI = "thai"
    OTHER = "other"


_FAMILY_FIRST_SCRIPTS = frozenset({Script.HAN, Script.HANGUL, Script.KANA})
_RTL_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW})
#: No character before the Hebrew block (U+0590) is Arabic or Hebrew.
_FIRST_RTL = "\u0590"
#: Every Arabic or Hebrew letter is in one of these blocks (Hebrew to Arabic Extended,
#: the presentation forms, the right-to-left blocks of the supplementary planes): text
#: with none of them is not right to left (a test checks every character).
RIGHT_TO_LEFT_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
#: Unicode character-name prefixes -> script (letters only).
_NAME_PREFIXES = (
    ("CJK ", Script.HAN),
    ("HANGUL", Script.HANGUL),
    ("HIRAGANA", Script.KANA),
    ("KATAKANA", Script.KANA),
    ("LATIN", Script.LATIN),
    ("CYRILLIC", Script.CYRILLIC),
    ("GREEK", Script.GREEK),
    ("ARABIC", Script.ARABIC),
    ("HEBREW", Script.HEBREW),
    ("DEVANAGARI", Script.DEVANAGARI),
    ("THAI", Script.THAI),
)


@lru_cache(maxsize=4096)
def _char_script(ch: str) -> Script | None:
    """A letter's script (None for anything else), from its Unicode name; cached,
    as a pack asks about a few hundred distinct characters a million times."""
    if not (ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")):
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("COMBINING"):
        return None
    for prefix, script in _NAME_PREFIXES:
        if name.startswith(prefix):
            return script
    return Script.OTHER


def script_of(text: str | None) -> Script:
    """The script a name is written in: any Kana makes it Japanese (KANA), any
    Hangul Korean; otherwise the script of most of its letters."""
    counts: dict[Script, int] = {}
    for ch, n in Counter(text or "").items():  # characters in order of first appearance
        script = _char_script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + n
    if not counts:
        return Script.NONE
    for decisive in (Script.KANA, Script.HANGUL):
        if decisive in counts:
            return decisive
    return max(counts, key=counts.__getitem__)


def is_chinese_script(text: str | None) -> bool:
    """True for a name written in Chinese characters only (a Japanese name with Kana is not)."""
    return script_of(text) is Script.HAN


def is_right_to_left(text: str | None) -> bool:
    """True for text written right to left (Arabic, Hebrew)."""
    if not text or max(text) < _FIRST_RTL:  # most text: no need to look at each letter
        return False
    return script_of(text) in _RTL_SCRIPTS


def infer_name_order(family: str | None, given: str | None = "", native: str | None = "") -> str:
    """Family first when the name (or the native-script name) is Han, Hangul or Kana.

    For people who come in from a spreadsheet or JSON file without a name order;
    the result is an ordinary field the user can change.
    """
    for text in (native, family, given):
        if script_of(text) in _FAMILY_FIRST_SCRIPTS:
            return NameOrder.FAMILY_FIRST.value
    return NameOrder.GIVEN_FIRST.value


# -- honorifics and styles --------------------------------------------------------------

#: kind order in a combined honorific; "courtesy" is left out when a rank or academic
#: title is present ("H.E. Dr X", not "H.E. Dr Mr. X").
_KINDS = ("style", "rank", "academic", "courtesy")
#: normalised token -> (kind, English form, Chinese form shown after a Chinese name).
_TOKENS: dict[str, tuple[str, str, str]] = {
    "he": ("style", "H.E.", "阁下"),
    "his excellency": ("style", "H.E.", "阁下"),
    "her excellency": ("style", "H.E.", "阁下"),
    "hrh": ("style", "H.R.H.", "殿下"),
    "hon": ("style", "Hon.", ""),
    "the hon": ("style", "The Hon.", ""),
    "the honourable": ("style", "The Hon.", ""),
    "the honorable": ("style", "The Hon.", ""),
    "rev": ("style", "Rev.", ""),
    "reverend": ("style", "Rev.", ""),
    "amb": ("rank", "Amb.", "大使"),
    "ambassador": ("rank", "Ambassador", "大使"),
    "judge": ("rank", "Judge", "法官"),
    "justice": ("rank", "Justice", "大法官"),
    "gen": ("rank", "Gen.", "将军"),
    "general": ("rank", "General", "将军"),
    "adm": ("rank", "Adm.", "海军上将"),
    "admiral": ("rank", "Admiral", "海军上将"),
    "col": ("rank", "Col.", "上校"),
    "colonel": ("rank", "Colonel", "上校"),
    "prof": ("academic", "Prof.", "教授"),
    "professor": ("academic", "Prof.", "教授"),
    "dr": ("academic", "Dr", "博士"),
    "doctor": ("academic", "Dr", "博士"),
    "mr": ("courtesy", "Mr.", "先生"),
    "m": ("courtesy", "M.", "先生"),
    "ms": ("courtesy", "Ms.", "女士"),
    "mrs": ("courtesy", "Mrs.", "女士"),
    "miss": ("courtesy", "Miss", "女士"),
    "mme": ("courtesy", "Mme", "女士"),
    "mlle": ("courtesy", "Mlle", "女士"),
}
_PHRASES = re.compile(
    r"\b(his excellency|her excellency|the honou?rable|the hon\.?)(?=\s|$)", re.IGNORECASE
)


@dataclass
class Honorific:
    """An honorific read into its parts; ``other`` keeps unknown words as written."""

    parts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)

    def _chosen(self) -> list[tuple[str, str]]:
        kinds = list(_KINDS)
        if self.parts.get("rank") or self.parts.get("academic"):
            kinds.remove("courtesy")
        return [p for kind in kinds for p in self.parts.get(kind, [])]

    @property
    def english(self) -> str:
        """ "H.E. Dr": the parts in protocol order, unknown words after them."""
        return " ".join([en for en, _ in self._chosen()] + self.other)

    @property
    def chinese_suffix(self) -> str:
        """What follows a Chinese name: "女士", "教授", "先生阁下" (one title, then styles)."""
        chosen = self._chosen()
        styles = [zh for p in self.parts.get("style", []) if p in chosen for zh in p[1:] if zh]
        titles = [zh for p in chosen if p not in self.parts.get("style", []) for zh in p[1:] if zh]
        return "".join(titles[:1] + styles)

    @property
    def untranslated(self) -> str:
        """The English words with no Chinese form: kept before a Chinese name."""
        words = [en for en, zh in self._chosen() if not zh]
        return " ".join(words + self.other)


def parse_honorific(text: str | None) -> Honorific:
    """Read "H.E. Mr.", "Prof. Dr", "His Excellency Ambassador" into an :class:`Honorific`."""
    result = Honorific()
    spaced = _PHRASES.sub(lambda m: m.group(0).replace(" ", "_"), (text or "").strip())
    for word in spaced.split():
        key = word.replace("_", " ").replace(".", "").casefold()
        if key in _TOKENS:
            kind, en, zh = _TOKENS[key]
            if (en, zh) not in result.parts.setdefault(kind, []):
                result.parts[kind].append((en, zh))
        else:
            result.other.append(word.replace("_", " "))
    return result


def english_honorific(text: str | None) -> str:
    """The honorific as an English or French document writes it ("H.E. Dr")."""
    return parse_honorific(text).english


# -- names --------------------------------------------------------------------------------


def _joined(*parts: str, keep_together: bool) -> str:
    """Honorific words and the first word of the name, joined (no-break when asked)."""
    words = [w for p in parts for w in p.split(" ") if w]
    if not keep_together or len(words) < 2:
        return " ".join(words)
    honorific_words = len(" ".join(parts[:-1]).split())
    glue = words[: honorific_words + 1]
    return " ".join([NBSP.join(glue), *words[honorific_words + 1 :]])


def latin_name(
    family: str,
    given: str,
    order: NameOrder | str = NameOrder.GIVEN_FIRST,
    honorific: str = "",
    *,
    capitals: bool = True,
    keep_together: bool = False,
) -> str:
    """'Ms. LIU Hua' for family-first names, 'Mr. Daren TANG' otherwise; a name
    written in Han, Hangul or Kana family first with no space ('王芳')."""
    family, given = (family or "").strip(), (given or "").strip()
    title = english_honorific(honorific)
    if script_of(family + given) in _FAMILY_FIRST_SCRIPTS:
        return _joined(title, family + given, keep_together=keep_together)
    family_text = family.upper() if capitals else family
    if NameOrder(order) is NameOrder.FAMILY_FIRST:
        parts = [family_text, given]
    else:
        parts = [given, family_text]
    body = " ".join(p for p in parts if p)
    return _joined(title, body, keep_together=keep_together) if title else body


def chinese_name(name: str, honorific: str = "", *, keep_together: bool = False) -> str:
    """'王芳女士', '李伟先生阁下': a Chinese-script name with its Chinese honorific.

    Words with no Chinese form ('Rev.') stay before the name, never dropped.
    ``keep_together`` puts word joiners between the characters so the honorific
    cannot wrap onto a line of its own.
    """
    parsed = parse_honorific(honorific)
    name, suffix = name.strip(), parsed.chinese_suffix
    if keep_together and suffix:  # the name's last character and the honorific, unbreakable
        body = name[:-1] + WORD_JOINER.join(name[-1:] + suffix)
    else:
        body = name + suffix
    before = parsed.untranslated
    return _joined(before, body, keep_together=keep_together) if before else body


def native_name(native: str, honorific: str = "") -> str:
    """'刘华女士': native-script name with a Chinese honorific where one is known."""
    return chinese_name(native, honorific)


def chinese_form(native: str | None, name_zh: str | None = "", written: str = "") -> str:
    """The person's name in Chinese characters, if the database has one (the
    native-script name, the Chinese form, or the name itself)."""
    for text in (native, name_zh, written):
        if text and is_chinese_script(text):
            return text.strip()
    return ""


def _unbreakable(text: str) -> str:
    """``text`` held on one line: no-break spaces, and word joiners between characters
    of scripts that break anywhere (Han, Kana, Hangul)."""
    out = []
    for i, ch in enumerate(text):
        if i and _FAMILY_FIRST_SCRIPTS & {script_of(ch), script_of(text[i - 1])}:
            out.append(WORD_JOINER)
        out.append(NBSP if ch == " " else ch)
    return "".join(out)


def plain_name(text: str) -> str:
    """``text`` without the no-break joins of ``keep_together`` (for comparing, searching)."""
    return text.replace(NBSP, " ").replace(WORD_JOINER, "").replace(LRM, "")


def other_script_forms(native: str, name_zh: str, latin: str = "") -> list[str]:
    """The person's names not in Latin letters (own script, Chinese form), each once."""
    extras = [t.strip() for t in (native, name_zh) if t and t.strip()]
    extras = [t for i, t in enumerate(extras) if t not in extras[:i] and t not in latin]
    return [t for t in extras if script_of(t) is not Script.LATIN]


def own_script_name(native: str, name_zh: str, honorific: str = "", language: str = "en") -> str:
    """The name in the person's own script (and Chinese form, if different) for the
    column beside the Latin name: '刘华' ('刘华女士' in a Chinese or bilingual
    document, where the Chinese honorific follows a Chinese name), each form held on one
    line (no-break joins), "" when the database has none."""
    forms = []
    for text in other_script_forms(native, name_zh):
        if language != "en" and is_chinese_script(text):
            text = chinese_name(text, honorific)
        text = _unbreakable(text)
        forms.append(text + LRM if is_right_to_left(text) else text)
    return " / ".join(forms)


def display_name(
    family: str,
    given: str,
    order: NameOrder | str,
    honorific: str = "",
    native: str = "",
    language: str = "en",
    name_zh: str = "",
    *,
    capitals: bool = True,
    keep_together: bool = False,
    stacked: bool = False,
) -> str:
    """The name as a document in ``language`` ("en", "zh" or "both") shows it.

    Bilingual: the Latin form with the other forms in brackets, or (``stacked``,
    for table cells) on the next line."""
    latin = latin_name(
        family, given, order, honorific, capitals=capitals, keep_together=keep_together
    )
    if language == "zh":
        chinese = chinese_form(native, name_zh, (family or "") + (given or ""))
        return chinese_name(chinese, honorific, keep_together=keep_together) if chinese else latin
    if language == "both":
        extras = other_script_forms(native, name_zh, latin)
        if not extras:
            return latin
        if stacked:  # a table cell: the other forms on a line of their own, as titles are
            return f"{latin}\n{' / '.join(extras)}"
        # A left-to-right mark after right-to-left text keeps the bracket after it.
        extras = [t + LRM if is_right_to_left(t) else t for t in extras]
        if keep_together:
            extras = [_unbreakable(t) for t in extras]
        return f"{latin} ({' / '.join(extras)})"
    return latin
