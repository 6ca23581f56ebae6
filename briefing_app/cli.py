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
import importlib.util
import logging
import sys
import traceback
import warnings

from briefing_app import __version__, commands, paths
from briefing_app.db.session import DatabaseLocationError
from briefing_app.errors import LINE_LIMIT, UserError, ValidationError, one_line

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
_PREFIX = "briefing-app: "
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as argparse does, plus a hint
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


class _GuessFailed(Exception):
    pass


class _Guesser(argparse.ArgumentParser):
    def error(self, message: str):  # the full parser will say what is wrong
        raise _GuessFailed(message)


#: Commands whose module is not named after them (``commands/<name with _ for ->.py``).
_MODULE_OF = {"import": "import_data"}


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $BRIEFING_APP_DB, else the database "
        "chosen in the app's Preferences, else the file in your data folder)",
    )


def chosen_command(argv: list[str]) -> str | None:
    """The command ``argv`` names ("gui" when none), or None when it cannot tell (help,
    a mistake): then every command module is imported to build the full parser."""
    guesser = _Guesser(add_help=False)
    _add_options(guesser)
    guesser.add_argument("command", nargs="?", default="gui")
    try:
        known, _rest = guesser.parse_known_args(argv)
    except _GuessFailed:
        return None
    return None if {"-h", "--help", "--version"} & set(argv) else known.command


def command_modules(command: str | None = None) -> list[str]:
    """Modules of ``commands/`` to import for ``command`` (all of them for None, or for a
    name that is no command's module)."""
    module = _MODULE_OF.get(command or "", (command or "").replace("-", "_"))
    named = module.isidentifier() and not module.startswith("_")
    if named and importlib.util.find_spec(f"{commands.__name__}.{module}") is not None:
        return [module]
    import pkgutil  # listing them all: only for --help or a mistake

    return sorted(m.name for m in pkgutil.iter_modules(commands.__path__))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, only that command's module is imported (start-up
    time: a command imports what it needs only when chosen). The full parser otherwise,
    and when the module guessed from ``command`` does not define it."""
    parser = _Parser(prog="briefing-app", description="Briefing packs and participant lists.")
    _add_options(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in command_modules(command):
        importlib.import_module(f"{commands.__name__}.{name}").register(sub)
    if command is not None and command not in sub.choices:
        return build_parser()
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
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(chosen_command(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    previous_hook, sys.unraisablehook = sys.unraisablehook, _log_unraisable
    code = EXIT_FAILURE
    try:
        with warnings.catch_warnings():  # a library's warning goes to the log, not stderr
            warnings.showwarning = _log_warning
            code = _dispatch(args)
            return code
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            return _unexpected(exc)
        _print_error(_user_line(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _print_error("interrupted")
        return EXIT_FAILURE
    finally:
        # What a failure left unclosed (a ZipFile on a full disk) is finalized under the
        # hook. Not after a success, which leaves nothing open: a full collection walks
        # every object of the process (0.06-0.2 s after a large pack).
        if code != EXIT_OK:
            gc.collect()
        sys.unraisablehook = previous_hook


def _user_errors() -> tuple[type[Exception], ...]:
    """Errors whose message is for the user. ``db.migrate`` (SQLAlchemy) is not imported
    for this: a command that did not load it cannot have raised its error."""
    migrate = sys.modules.get("briefing_app.db.migrate")
    opening = (migrate.DatabaseOpenError,) if migrate else ()
    return (UserError, DatabaseLocationError, *opening)


def _unexpected(exc: Exception) -> int:
    _log_unexpected(exc)
    tail = f" (details in {log_file()})"
    text = f"unexpected error: {exc.__class__.__name__}: {exc}"
    _print_error(one_line(text, max(LINE_LIMIT - len(_PREFIX) - len(tail), 60)) + tail)
    return EXIT_FAILURE


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
