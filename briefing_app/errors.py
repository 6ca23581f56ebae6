"""Errors whose message is meant for the user (shown as is, no traceback), and
:func:`one_line`, the form in which the CLI prints any message: one line of at
most :data:`LINE_LIMIT` characters, long values shortened with an ellipsis."""

from __future__ import annotations

import re

#: The longest error line the CLI prints (including "briefing-app: ").
LINE_LIMIT = 300
_VALUE_LIMIT = 60  # a quoted value in a message
_WORD_LIMIT = 160  # anything else without spaces (a path, a run of characters)
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_QUOTED = re.compile(r'["“]([^"”]{' + str(_VALUE_LIMIT + 1) + r',})["”]')
_WORD = re.compile(r"\S{" + str(_WORD_LIMIT + 1) + ",}")


def shorten(text: str, limit: int = _VALUE_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, ending in "…" when it was cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def one_line(text: str, limit: int = LINE_LIMIT) -> str:
    """``text`` as one line of at most ``limit`` characters: line breaks become "; "
    (after a colon, a space), control characters spaces, long quoted values and
    long runs without spaces are shortened, and the whole is cut with "…"."""
    parts = [part.strip() for part in text.splitlines()]
    joined = ""
    for part in filter(None, parts):
        joined += ("" if not joined else " " if joined.endswith(":") else "; ") + part
    joined = _BREAKS.sub(" ", joined)
    joined = _QUOTED.sub(lambda m: f'"{shorten(m[1])}"', joined)
    joined = _WORD.sub(lambda m: shorten(m[0], _WORD_LIMIT), joined)
    return shorten(re.sub(r" {2,}", " ", joined), limit)


class Problem(str):
    """A message for the user that carries a stable ``code`` and the values in it.

    It is the English text (what the CLI prints, logs and tests read), made
    from ``template`` and ``params``; the GUI shows its own translation of
    ``code`` with the same ``params`` (``ui/views/problem_text.py``) instead of
    matching the English. ``Problem("not_a_number", '"{value}" is not a whole
    number', value="12x")``.
    """

    code: str
    params: dict

    def __new__(cls, code: str, template: str, **params) -> Problem:
        problem = super().__new__(cls, template.format(**params))
        problem.code, problem.params = code, params
        return problem

    def __reduce__(self):  # a str subclass with attributes: keep them across processes
        return (_problem, (self.code, str(self), self.params))


def _problem(code: str, text: str, params: dict) -> Problem:
    problem = Problem(code, "{text}", text=text)
    problem.params = params
    return problem


class UserError(Exception):
    """Bad input or a condition the user can fix; the message says what and where.

    ``code`` (stable, "" for none) and ``params`` let the GUI show its own
    translated text for the kinds of error it knows (``ui/views/problem_text.
    error_text``); the CLI prints the English message.
    """

    code: str = ""
    params: dict = {}

    def one_line(self, limit: int = LINE_LIMIT) -> str:
        """The message as one line of at most ``limit`` characters (see :func:`one_line`)."""
        return one_line(str(self), limit)


class NotFoundError(UserError):
    """A record the user named does not exist (or the name is ambiguous)."""


class ValidationError(UserError):
    """Input failed validation; ``problems`` lists every problem found (e.g.
    ``people[12].organization: unknown organization "MOFCOMM"``)."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        head = f"{source}: " if source else ""
        shown = self.problems[:20]
        more = len(self.problems) - len(shown)
        text = head + ("; ".join(shown) if len(shown) == 1 else "\n  " + "\n  ".join(shown))
        if more > 0:
            text += f"\n  … and {more} more problem(s)"
        super().__init__(text)

    def one_line(self, limit: int = LINE_LIMIT, more_hint: str = "") -> str:
        """The source and as many problems as fit in one line, then how many more
        (``more_hint`` says where the full list is)."""
        head = f"{one_line(self.source, limit // 2)}: " if self.source else ""
        shown: list[str] = []
        for i, problem in enumerate(self.problems):
            rest = len(self.problems) - i - 1
            tail = f"; and {rest} more problem(s){more_hint}" if rest else ""
            candidate = head + "; ".join([*shown, one_line(problem, limit)]) + tail
            if len(candidate) > limit and shown:
                break
            shown.append(one_line(problem, limit))
        rest = len(self.problems) - len(shown)
        tail = f"; and {rest} more problem(s){more_hint}" if rest else ""
        body = "; ".join(shown)
        return head + shorten(body, max(limit - len(head) - len(tail), 20)) + tail


class ChangedMeanwhileError(UserError):
    """An undo or redo cannot put a record back (or take it out) because the database
    changed since: its place was taken, it is gone, or something else now uses it.
    ``table`` and ``record_id`` name the record."""

    code = "changed_meanwhile"

    def __init__(self, table: str, record_id, message: str) -> None:
        self.table, self.record_id = table, record_id
        self.params = {"table": table, "record_id": record_id}
        super().__init__(message)


class TargetFileError(UserError):
    """An output file cannot be written (folder not writable, file open elsewhere...)."""
