"""Names by script and by document language (domain/names.py, docs/names.md)."""

from __future__ import annotations

import pytest

from briefing_app.domain.names import (
    NBSP,
    WORD_JOINER,
    Script,
    display_name,
    english_honorific,
    infer_name_order,
    is_right_to_left,
    plain_name,
    script_of,
)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("王芳", Script.HAN),
        ("山田太郎", Script.HAN),
        ("佐藤はな", Script.KANA),
        ("김민준", Script.HANGUL),
        ("Ирина Иванова", Script.CYRILLIC),
        ("أحمد أبو الغيط", Script.ARABIC),
        ("उन्नत पंडित", Script.DEVANAGARI),
        ("Claire Dubois-Müller", Script.LATIN),
        ("", Script.NONE),
    ],
)
def test_script_of_a_name(text, script):
    assert script_of(text) is script


def test_right_to_left():
    assert is_right_to_left("جامعة الدول العربية")
    assert is_right_to_left("אוניברסיטת תל אביב")
    assert is_right_to_left("جامعة الدول العربية (王芳)")  # mostly Arabic letters
    assert not is_right_to_left("League of Arab States")
    assert not is_right_to_left("Mr. Wang Fang جامعة")  # mostly Latin letters, some Arabic
    assert not is_right_to_left("中华人民共和国 جامعة")
    assert not is_right_to_left("")


def test_every_right_to_left_letter_is_in_the_right_to_left_blocks():
    """The pack skips its right-to-left pass when no character is in these blocks."""
    from briefing_app.domain.names import _RTL_SCRIPTS, RIGHT_TO_LEFT_BLOCKS, _char_script

    script = _char_script.__wrapped__  # not the cache: a million characters
    outside = [
        hex(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000
        and not RIGHT_TO_LEFT_BLOCKS.match(chr(code))
        and script(chr(code)) in _RTL_SCRIPTS
    ]
    assert outside == []
    assert not RIGHT_TO_LEFT_BLOCKS.search("Mr. Wang Fang 王芳 Müller — ·")


def test_script_of_mixed_text_counts_letters_and_ties_go_to_the_first_script():
    assert script_of("Ab Бв") is Script.LATIN
    assert script_of("Бв Ab") is Script.CYRILLIC
    assert script_of("A Бвг A A") is Script.LATIN  # 3 Latin letters against 3 Cyrillic
    assert script_of("王 Abc 王王王") is Script.HAN
    assert script_of("12 - ()") is Script.NONE


def test_name_order_inferred_from_the_script():
    assert infer_name_order("王", "芳") == "family_first"
    assert infer_name_order("Zhao", "Lei", "赵磊") == "family_first"
    assert infer_name_order("Kim", "Min-jun", "김민준") == "family_first"
    assert infer_name_order("Sato", "Hana", "佐藤はな") == "family_first"
    assert infer_name_order("Ivanova", "Irina", "Ирина Иванова") == "given_first"
    assert infer_name_order("Dubois", "Claire") == "given_first"


@pytest.mark.parametrize(
    ("written", "combined"),
    [
        ("H.E. Mr.", "H.E. Mr."),
        ("Mr. H.E.", "H.E. Mr."),
        ("H.E. Dr Mr.", "H.E. Dr"),  # the academic title takes the place of Mr.
        ("his excellency dr.", "H.E. Dr"),
        ("Prof. Dr", "Prof. Dr"),
        ("Judge Ms.", "Judge"),
        ("Mme", "Mme"),
        ("Rev. Canon", "Rev. Canon"),  # unknown words kept, never dropped
    ],
)
def test_honorifics_and_styles_combine_the_protocol_way(written, combined):
    assert english_honorific(written) == combined


def _zh(*args, **kw) -> str:
    return plain_name(display_name(*args, language="zh", keep_together=True, **kw))


def test_chinese_document_chinese_honorific_only_after_a_chinese_name():
    assert _zh("Wang", "Fang", "family_first", "Ms.", "王芳") == "王芳女士"
    assert _zh("Li", "Wei", "family_first", "H.E. Mr.", "李伟") == "李伟先生阁下"
    assert _zh("Yamada", "Taro", "family_first", "Dr", "山田太郎") == "山田太郎博士"
    assert _zh("王", "芳", "given_first", "Ms.") == "王芳女士"  # the name itself is Chinese
    # Other scripts keep their own (Latin) form and honorific, never dropped.
    assert _zh("Sato", "Hana", "family_first", "Ms.", "佐藤はな") == "Ms. SATO Hana"
    assert _zh("Kim", "Min-jun", "family_first", "H.E. Mr.", "김민준") == "H.E. Mr. KIM Min-jun"
    assert _zh("Pandit", "Unnat", "given_first", "H.E. Dr", "उन्नत पंडित") == "H.E. Dr Unnat PANDIT"
    assert _zh("Dubois", "Claire", "given_first", "Mme") == "Mme Claire DUBOIS"
    # ... or the Chinese form the database holds.
    kim = _zh("Kim", "Min-jun", "family_first", "H.E. Mr.", "김민준", name_zh="金民俊")
    assert kim == "金民俊先生阁下"
    assert _zh("Li", "Wei", "family_first", "Rev. Dr", "李伟") == "Rev. 李伟博士"


def test_english_and_bilingual_forms():
    def en(*a, **k):
        return display_name(*a, language="en", **k)

    assert en("Kim", "Min-jun", "family_first", "H.E. Mr.", "김민준") == "H.E. Mr. KIM Min-jun"
    assert en("Dubois", "Claire", "given_first", "Mme", capitals=False) == "Mme Claire Dubois"
    assert en("王", "芳", "family_first", "Ms.") == "Ms. 王芳"  # Han: no space, no comma
    both = display_name("Aboul Gheit", "Ahmed", "given_first", "H.E. Mr.", "أحمد أبو الغيط", "both")
    # A left-to-right mark ends the Arabic so the closing bracket stays after it.
    assert both == "H.E. Mr. Ahmed ABOUL GHEIT (أحمد أبو الغيط\u200e)"
    assert plain_name(both) == "H.E. Mr. Ahmed ABOUL GHEIT (أحمد أبو الغيط)"
    assert display_name("Kim", "M", "family_first", "", "김민준", "both", "金民俊").endswith(
        "(김민준 / 金民俊)"
    )


def test_keep_together_never_leaves_an_honorific_alone_on_a_line():
    latin = display_name("Pandit", "Unnat", "given_first", "H.E. Dr", keep_together=True)
    assert latin == f"H.E.{NBSP}Dr{NBSP}Unnat PANDIT"
    chinese = display_name("Wang", "Fang", "family_first", "Ms.", "王芳", "zh", keep_together=True)
    assert chinese == f"王芳{WORD_JOINER}女{WORD_JOINER}士"


def test_bilingual_native_forms_are_not_split_across_lines():
    wang = display_name("Wang", "Fang", "family_first", "Ms.", "王芳", "both", keep_together=True)
    assert wang == f"Ms.{NBSP}WANG Fang (王{WORD_JOINER}芳)"
    arabic = "أحمد أبو الغيط"
    aboul = display_name("Gheit", "A", "given_first", "", arabic, "both", keep_together=True)
    assert aboul.endswith(f"({arabic.replace(' ', NBSP)}\u200e)")
