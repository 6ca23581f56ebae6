"""The seat boxes' text size: the largest at which every box's wrapped lines fit."""

from __future__ import annotations

from briefing_app.services.seating.drawing import Line
from briefing_app.services.seating.text_fit import PT_PER_CM, fitting_size, wrapped_lines


def test_names_wrap_at_spaces_and_chinese_breaks_anywhere():
    assert wrapped_lines("Mr. WANG Jianguo", 8, 200) == 1
    assert wrapped_lines("Mr. WANG Jianguo", 8, 40) == 2  # "Mr. WANG" / "Jianguo"
    assert wrapped_lines("Mr. WANG Jianguo", 8, 34) == 3  # "Mr." / "WANG" / "Jianguo"
    assert wrapped_lines("全国人民代表大会外事委员会", 8, 8 * 5.5) == 3  # 13 characters, 5 a line


def test_the_size_shrinks_only_as_far_as_the_longest_box_needs():
    short = (Line("1", 0.85), Line("Ms. LIU Hua", 1.0, True), Line("WOC", 0.85))
    long = (Line("2", 0.85), Line("Mr. WANG Jianguo", 1.0, True),
            Line("全国人民代表大会外事委员会", 0.85))  # fmt: skip
    roomy = fitting_size([short], 3.6, 2.0)
    assert roomy == 9.0
    both = fitting_size([short, long], 2.0, 1.4)
    assert 4.5 <= both < fitting_size([short], 2.0, 1.4)
    # at the size chosen, the long box's lines fit its height
    room = 2.0 * PT_PER_CM - 0.16 * PT_PER_CM
    height = sum(wrapped_lines(x.text, x.size_pt * both, room, x.bold) * x.size_pt * both * 1.5
                 for x in long)  # fmt: skip
    assert height <= 1.4 * PT_PER_CM - 0.16 * PT_PER_CM
    assert fitting_size([long], 0.5, 0.5) == 4.5  # never below 4.5 points
