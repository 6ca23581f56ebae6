"""Errors whose message is meant for the user (shown as is, no traceback)."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a condition the user can fix; the message says what and where."""


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


class ChangedMeanwhileError(UserError):
    """An undo or redo cannot put a record back (or take it out) because the database
    changed since: its place was taken, it is gone, or something else now uses it.
    ``table`` and ``record_id`` name the record."""

    def __init__(self, table: str, record_id, message: str) -> None:
        self.table, self.record_id = table, record_id
        super().__init__(message)


class TargetFileError(UserError):
    """An output file cannot be written (folder not writable, file open elsewhere...)."""
