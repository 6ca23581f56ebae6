"""Command line: ``briefing-app [--db PATH|URL] COMMAND``. No widgets here.

Each command lives in ``briefing_app/commands/<name>.py`` and exposes
``register(subparsers)``, which adds its parser with
``set_defaults(handler=fn)``; ``fn(args) -> int`` returns the exit code.
A command that changes the database also sets ``writes=True`` (or a function
of its arguments, e.g. ``lambda a: a.apply``): it then runs under the same
writer lock the desktop app holds, so it never writes under a running app.

Exit codes: 0 success, 2 bad input or usage (one clear line on stderr),
1 unexpected failure (one line on stderr; the traceback goes to the log file).
Every error line is at most ``errors.LINE_LIMIT`` characters (``errors.one_line``);
when a list of problems does not fit, the full list goes to the log file.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import pkgutil
import sys
import traceback
import warnings

from briefing_app import __version__, commands, paths
from briefing_app.db.migrate import DatabaseOpenError
from briefing_app.db.session import DatabaseLocationError
from briefing_app.errors import LINE_LIMIT, UserError, ValidationError, one_line

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
_PREFIX = "briefing-app: "
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as argparse does, plus a hint
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="briefing-app", description="Briefing packs and participant lists.")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $BRIEFING_APP_DB or the file in "
        "your data folder)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def log_file() -> str:
    try:
        return str(paths.log_file())
    except paths.DataFolderError:
        return "the log file (the data folder is not usable)"


def configure_logging() -> None:
    """Warnings and errors of the app's loggers go to the log file of the data folder."""
    root = logging.getLogger("briefing_app")
    target = str(paths.log_file())
    for handler in [h for h in root.handlers if getattr(h, "_briefing_app", False)]:
        if handler.baseFilename == target:
            return
        root.removeHandler(handler)  # the data folder moved (BRIEFING_APP_HOME)
        handler.close()
    handler = logging.FileHandler(target, encoding="utf-8", delay=True)
    handler._briefing_app = True
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def run(argv: list[str] | None = None) -> int:
    try:
        configure_logging()
    except (OSError, paths.DataFolderError):  # no usable data folder: run on without a log
        logging.getLogger("briefing_app").addHandler(logging.NullHandler())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or []), "gui"])
    previous_hook, sys.unraisablehook = sys.unraisablehook, _log_unraisable
    try:
        with warnings.catch_warnings():  # a library's warning goes to the log, not stderr
            warnings.showwarning = _log_warning
            return _dispatch(args)
    except (UserError, DatabaseOpenError, DatabaseLocationError) as exc:
        _print_error(_user_line(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _print_error("interrupted")
        return EXIT_FAILURE
    except Exception as exc:
        _log_unexpected(exc)
        tail = f" (details in {log_file()})"
        text = f"unexpected error: {exc.__class__.__name__}: {exc}"
        _print_error(one_line(text, max(LINE_LIMIT - len(_PREFIX) - len(tail), 60)) + tail)
        return EXIT_FAILURE
    finally:
        gc.collect()  # objects a failure left unclosed are finalized under the hook
        sys.unraisablehook = previous_hook


def _print_error(line: str) -> None:
    print(_PREFIX + line, file=sys.stderr)


def _user_line(exc: Exception) -> str:
    """The one line for a user error; a list of problems that does not fit is logged whole."""
    limit = LINE_LIMIT - len(_PREFIX)
    if not isinstance(exc, ValidationError):
        return exc.one_line(limit) if isinstance(exc, UserError) else one_line(str(exc), limit)
    line = exc.one_line(limit)
    if line.count("more problem(s)") and len(exc.problems) > 1:
        listing = "\n  ".join(exc.problems)
        log.warning("%s: %d problems:\n  %s", exc.source, len(exc.problems), listing)
        line = exc.one_line(limit, f" (all of them in {log_file()})")
    return line


def _dispatch(args: argparse.Namespace) -> int:
    writes = getattr(args, "writes", False)
    if callable(writes):
        writes = writes(args)
    if not writes:
        return int(args.handler(args) or 0)
    from briefing_app.services.lock import command_lock

    with command_lock(args.db):
        return int(args.handler(args) or 0)


def _log_unexpected(exc: BaseException) -> None:
    log.error("unexpected error\n%s", "".join(traceback.format_exception(exc)))


def _log_warning(message, category, filename, lineno, file=None, line=None) -> None:
    log.warning("%s: %s (%s:%s)", category.__name__, message, filename, lineno)


def _log_unraisable(info) -> None:
    """An exception Python cannot raise (e.g. in a ``__del__``, as an unclosed
    ZipFile's on a full disk) goes to the log file, never as a traceback on stderr."""
    exc = info.exc_value
    where = f" in {info.object!r}" if info.object is not None else ""
    trace = "".join(traceback.format_exception(exc)) if exc is not None else ""
    log.warning("exception ignored%s\n%s", where, trace)


def main(argv: list[str] | None = None) -> None:
    sys.exit(run(sys.argv[1:] if argv is None else argv))
