"""The multiscript meeting (tests/multiscript.py) through the pack in English, Chinese
and both, and the Excel list: every name in its right form with its honorific, no
Chinese honorific after a name in another script, organizations' own names (the
Arabic one laid out right to left), kinds from the office's list, and agenda speakers
that follow the person (issue 11). The order itself: tests/ui/test_one_order.py."""

from __future__ import annotations

import re

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from briefing_app.db.models import Person
from briefing_app.domain.names import plain_name
from briefing_app.services.pack import build_pack_content, generate_pack
from briefing_app.services.participants import export_participants
from briefing_app.services.participants.columns import COLUMNS
from tests.multiscript import EXPECTED_ORDER, ORGANIZATIONS, build_multiscript_meeting

EN = {
    "wang_cn": "Ms. WANG Fang",
    "li_cn": "Mr. LI Wei",
    "kim": "H.E. Mr. KIM Min-jun",
    "park": "Ms. PARK Ji-woo",
    "yamada": "Dr YAMADA Taro",
    "sato": "Ms. SATO Hana",
    "jp seat": "",
    "ivanova": "Ms. Irina IVANOVA",
    "zubov": "Mr. Yury ZUBOV",
    "aboul": "H.E. Mr. Ahmed ABOUL GHEIT",
    "dubois": "Mme Claire DUBOIS",
    "martin": "Prof. Pierre MARTIN",
    "pandit": "Dr Unnat PANDIT",
    "sharma": "Ms. Priya SHARMA",
    "wang_ngo": "Ms. WANG Fang",
}
#: Chinese honorifics only after Chinese-script names (native, or the Chinese form);
#: every other name keeps its Latin form and honorific.
ZH = EN | {
    "wang_cn": "王芳女士",
    "li_cn": "李伟先生",
    "kim": "金民俊先生阁下",
    "yamada": "山田太郎博士",
}
NATIVE = {
    "wang_cn": "王芳",
    "li_cn": "李伟",
    "kim": "김민준 / 金民俊",
    "park": "박지우",
    "yamada": "山田太郎",
    "sato": "佐藤はな",
    "ivanova": "Ирина Иванова",
    "zubov": "Юрий Зубов",
    "aboul": "أحمد أبو الغيط",
    "pandit": "उन्नत पंडित",
    "sharma": "प्रिया शर्मा",
}
BOTH = {k: f"{v}\n{NATIVE[k]}" if k in NATIVE else v for k, v in EN.items()}
#: The participants table's own-script column: Chinese honorifics after Chinese-script
#: names in a Chinese or bilingual pack.
NATIVE_ZH = NATIVE | {
    "wang_cn": "王芳女士",
    "li_cn": "李伟先生",
    "kim": "김민준 / 金民俊先生阁下",
    "yamada": "山田太郎博士",
}
TO_BE_NAMED = {
    "en": "(seat to be named)",
    "zh": "（席位待定）",
    "both": "(seat to be named)\n（席位待定）",
}
CHINESE_HONORIFIC = re.compile("(先生|女士|博士|教授|阁下)$")
HAN_ONLY = re.compile(r"^[\u4e00-\u9fff\u2060]+$")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The three packs and the list, made once from one database."""
    from briefing_app.db.migrate import open_database

    folder = tmp_path_factory.mktemp("multiscript")
    db = open_database(str(folder / "multi.db"))
    world = build_multiscript_meeting(db)
    made = {"world": world, "db": db}
    with db.session() as s:
        for language in ("en", "zh", "both"):
            made[language] = generate_pack(
                s, world["meeting"], folder / f"{language}.docx", language=language
            )
        made["xlsx"] = export_participants(s, world["meeting"], folder / "list.xlsx")
    yield made
    db.dispose()


def _names_in_table(path) -> list[tuple[str, str]]:
    """(Latin name, own-script name) of each person row of the participants table."""
    for table in docx.Document(path).tables:
        if table.rows[0].cells[0].text == "#":
            rows = [r for r in table.rows[1:] if r.cells[0].text.isdigit()]
            return [(plain_name(r.cells[1].text), plain_name(r.cells[2].text)) for r in rows]
    raise AssertionError("no participants table")


@pytest.mark.parametrize(("language", "expected"), [("en", EN), ("zh", ZH), ("both", BOTH)])
def test_every_name_in_its_form_with_its_honorific(outputs, language, expected):
    native = NATIVE if language == "en" else NATIVE_ZH
    # The participants table: the Latin name and the own-script name side by side.
    assert _names_in_table(outputs[language].path) == [
        (EN[key] or TO_BE_NAMED[language], native.get(key, "")) for key in EXPECTED_ORDER
    ]
    # The delegations' tables in the organization sections: the name in the pack's language.
    sections = [
        plain_name(r.name)
        for o in outputs[language].content.organizations
        for r in o.representatives
    ]
    assert sections == [expected[key] for key in EXPECTED_ORDER if key != "jp seat"]


def test_chinese_pack_glues_chinese_honorifics_only_to_chinese_names(outputs):
    latin = re.compile(r"^(H\.E\.|Mr\.|Ms\.|Mme|Dr|Prof\.) ")
    for name, native in _names_in_table(outputs["zh"].path):
        for form in native.split(" / "):
            if CHINESE_HONORIFIC.search(form):
                assert HAN_ONLY.match(form), f"a Chinese honorific after {form!r}"
        # Honorifics are never dropped: every named row has its Latin one.
        assert name == "（席位待定）" or latin.match(name), name


def test_honorifics_are_held_to_the_name(outputs):
    rows = outputs["en"].content.participants
    kim = next(r.name for r in rows if r.uid == "S-kim")
    assert kim.startswith("H.E.\u00a0Mr.\u00a0KIM ")
    wang = next(r for r in outputs["zh"].content.participants if r.uid == "S-wang_cn")
    assert wang.native_name == "王\u2060芳\u2060女\u2060士"  # one unbreakable unit
    assert wang.name == "Ms.\u00a0WANG Fang"


def _org_paragraphs(path) -> dict[str, list]:
    """Paragraph elements under each Heading 2 (organization), by heading text."""
    document = docx.Document(path)
    blocks: dict[str, list] = {}
    current = None
    for p in document.paragraphs:
        if p.style.name == "Heading 2":
            current = p.text
            blocks[current] = []
        elif p.style.name == "Heading 1":
            current = None
        elif current is not None and p.text:
            blocks[current].append(p)
    return blocks


@pytest.mark.parametrize("language", ["en", "zh", "both"])
def test_organizations_show_their_own_name_and_kind(outputs, language):
    blocks = _org_paragraphs(outputs[language].path)
    by_uid = {o.uid: o for o in outputs[language].content.organizations}
    for key, values in ORGANIZATIONS.items():
        section = by_uid[f"ORG-{key}"]
        texts = [p.text for p in blocks[section.name]]
        if values.get("name_native"):
            assert values["name_native"] in texts, (language, key)
    arabic = next(p for p in blocks[by_uid["ORG-arab"].name] if p.text == "جامعة الدول العربية")
    assert arabic._p.pPr.find(qn("w:bidi")) is not None  # laid out right to left
    run = arabic.runs[0]._r.rPr
    assert run.find(qn("w:rtl")) is not None and run.find(qn("w:lang")).get(qn("w:bidi")) == "ar"
    korean = next(p for p in blocks[by_uid["ORG-kr"].name] if p.text == "대한민국 외교부")
    assert korean._p.pPr is None or korean._p.pPr.find(qn("w:bidi")) is None
    kinds = {uid: o.kind for uid, o in by_uid.items()}
    expected = {"en": ("NGO", "International organization"), "zh": ("非政府组织", "国际组织")}
    expected["both"] = ("NGO / 非政府组织", "International organization / 国际组织")
    assert (kinds["ORG-ngo"], kinds["ORG-arab"]) == expected[language]


def test_agenda_speakers_follow_the_person(outputs):
    speakers = {
        lang: [
            a.speaker.replace("\u2060", "").replace("\u00a0", " ")
            for a in outputs[lang].content.agenda
        ]
        for lang in ("en", "zh")
    }
    assert speakers["en"] == [
        "Mr. Jean VALJEAN (moderator)",
        "H.E. Mr. KIM Min-jun, Assistant Minister",
    ]
    assert speakers["zh"] == ["Mr. Jean VALJEAN (moderator)", "金民俊先生阁下，助理部长"]
    db, world = outputs["db"], outputs["world"]
    with db.session() as s, s.begin():
        s.query(Person).filter_by(uid="P-kim").one().title_en = "Vice Minister"
    with db.session() as s:
        content = build_pack_content(s, world["meeting"], "en")
    assert plain_name(content.agenda[1].speaker) == "H.E. Mr. KIM Min-jun, Vice Minister"
    with db.session() as s, s.begin():
        s.query(Person).filter_by(uid="P-kim").one().title_en = "Assistant Minister"


def test_excel_list_keeps_names_as_data_and_lays_arabic_out_right_to_left(outputs):
    sheet = openpyxl.load_workbook(outputs["xlsx"])["Participants"]
    col = {c.key: i for i, c in enumerate(COLUMNS)}
    rows = {r[col["uid"]].value: r for r in sheet.iter_rows(min_row=2) if r[col["uid"]].value}
    aboul = rows["S-aboul"]
    assert aboul[col["honorific"]].value == "H.E. Mr."
    assert (aboul[col["family_name"]].value, aboul[col["given_name"]].value) == (
        "Aboul Gheit",
        "Ahmed",
    )
    for cell in (aboul[col["native_name"]], aboul[col["org_native"]]):
        assert cell.alignment.readingOrder == 2 and cell.alignment.horizontal == "right"
    assert aboul[col["org_native"]].value == "جامعة الدول العربية"
    kim = rows["S-kim"]
    assert kim[col["org_native"]].value == "대한민국 외교부"
    assert kim[col["native_name"]].alignment.readingOrder != 2
    # The delegation order is the list's row order too.
    keys = [uid.removeprefix("S-").replace("-open", " seat") for uid in rows]
    assert keys == EXPECTED_ORDER
