"""``briefing-app gui`` (also the default with no command): open the desktop app."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window offscreen, save, exit"
    )
    p.add_argument("--view", metavar="NAME", help="view to show first (e.g. meetings)")
    p.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE.json",
        help="offer to import this data file (as File > Import Data... does: checked, "
        "then applied if you agree); what opening a .json with the app runs",
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.app import run_gui  # Qt is imported only when the GUI is wanted

    return run_gui(
        db_location=args.db,
        screenshot=args.screenshot,
        view=args.view,
        import_file=args.import_file,
    )
