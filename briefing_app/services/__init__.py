"""Use cases shared by the CLI and the GUI. Services take a Session and never
commit: the caller owns the transaction (``with session.begin():``)."""
