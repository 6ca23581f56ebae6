"""What a record's uid may be (docs/interchange.md): 1 to 64 letters or digits of
any script and ``. _ : -``, starting with a letter or digit; no spaces, control
or invisible characters. A uid from outside that does not match is refused,
never cleaned: cleaning "ORG\\x01A" to "ORGA" could silently name another record."""

from __future__ import annotations

import re

UID_PATTERN = re.compile(r"[^\W_][\w.:-]{0,63}")
UID_RULE = "1 to 64 letters, digits and . _ : - (starting with a letter or digit)"


def is_valid_uid(value: object) -> bool:
    return isinstance(value, str) and UID_PATTERN.fullmatch(value) is not None
