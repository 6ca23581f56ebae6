"""Errors and problems carry a stable code and their values; the text stays English
for the command line (one line), and a Problem survives the trip to a child process."""

from __future__ import annotations

import pickle

import pytest

from briefing_app.errors import ChangedMeanwhileError, Problem, UserError
from briefing_app.services import library


def test_a_problem_is_its_english_text_with_a_code_and_values():
    problem = Problem("not_a_date", '"{value}" is not a date (YYYY-MM-DD)', value="31.2.")
    assert problem == '"31.2." is not a date (YYYY-MM-DD)'
    assert (problem.code, problem.params) == ("not_a_date", {"value": "31.2."})
    again = pickle.loads(pickle.dumps(problem))
    assert (again, again.code, again.params) == (problem, problem.code, problem.params)


def test_errors_have_codes_and_plain_ones_none():
    assert UserError("x").code == "" and UserError("x").params == {}
    gone = ChangedMeanwhileError("people", 3, "gone")
    assert (gone.code, gone.params) == ("changed_meanwhile", {"table": "people", "record_id": 3})


def test_library_problems_carry_codes(session):
    with pytest.raises(library.FieldErrors) as caught:
        library.validate(session, "person", {"family_name": "", "rank": "x", "organization_id": 9})
    codes = {name: problem.code for name, problem in caught.value.fields.items()}
    assert codes == {
        "family_name": "required",
        "rank": "not_whole_number",
        "organization_id": "missing_organization",
    }


def test_the_cli_prints_the_english_line(tmp_path, capsys):
    from briefing_app.cli import run

    db = str(tmp_path / "x.db")
    assert (
        run(
            [
                "--db",
                db,
                "new-meeting",
                "--title",
                "T",
                "--start",
                "2026-03-29 02:30",
                "--tz",
                "Europe/Zurich",
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2026-03-29 02:30 does not exist in Europe/Zurich" in err
