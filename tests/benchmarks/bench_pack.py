"""Benchmark: the whole ``pack`` command on a 400-organization meeting, against
(a) the same content written with python-docx's plain API (add_paragraph /
add_table with styles by name, as most code does) and (b) docxtpl rendering
the same template from a ready-made context (no database, no post-processing).

Run: ``.venv/bin/python -m tests.benchmarks.bench_pack [--orgs 400] [--rounds 5]``.
Targets: at least 10x faster than (a); at most 1.5x the time of (b); at most 2.5x
its floor: the same document.xml made by plain string formatting from the rows'
texts and zipped with the same parts (``pack_floor.py``; taken from the real pack
once, byte-identical to it).

How it measures (``rounds.py``): the machine's speed swings by about a third over
tens of seconds, so the variants are not timed one block after another. Each
round times every variant once (the command, the service, (b), the floor, then
(a), which takes tens of seconds, before or after the short ones), the order
changing from round to round; a warm-up round of the short ones runs first and
is not counted (before it, one untimed command makes the pack the floor is planned
from and leaves the template's compiled code in its cache, as a user's second pack
finds it). Each ratio is taken within each round and the median of those
per-round ratios, in processor time (this process and its children: the steadier
figure on a shared, busy machine), is what is held against the target; its
spread (min-max), the same in wall time and the best-of ratios (best / best) are
printed beside it, with the load average before and after.

It also prints what filling the template in a child process with limits costs
(``services/limited_run.py``): the render step in the child vs in this process,
as wall time and as processor time of both processes (steadier on a busy machine),
in rounds as well.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import docx
from docxtpl import DocxTemplate

from briefing_app.cli import run as cli
from briefing_app.db.migrate import open_database
from briefing_app.paths import default_pack_template
from briefing_app.services.pack import PackContent, build_pack_content, generate_pack
from briefing_app.services.pack.labels import labels
from briefing_app.services.pack.render import pack_context
from tests.benchmarks.pack_floor import build_floor, check_floor, plan_floor
from tests.benchmarks.rounds import (
    Rounds,
    Sample,
    load_average,
    processor_time,
    ratio_line,
    run_rounds,
)
from tests.benchmarks.synthetic import make_large_meeting

COMMAND = "briefing-app pack command (+ records a pack version)"
FLOOR = "floor: same document.xml by string formatting, zipped"
SERVICE = "generate_pack service (DB + content + render + save)"
A, B = "(a) python-docx plain API", "(b) docxtpl, ready-made context"
COMPARED = "cpu"  # the per-round ratios' median in processor time meets the targets
SHORT = {COMMAND: "command", SERVICE: "service", B: "(b)", FLOOR: "floor", A: "(a)"}


def show_round(n: int, samples: dict[str, Sample]) -> None:
    """One counted round as it ends: its order and wall (processor) seconds."""
    times = ", ".join(f"{SHORT[k]} {s.wall:.2f} ({s.cpu:.2f})" for k, s in samples.items())
    print(f"  round {n + 1}: {times}", flush=True)


def print_times(rounds: Rounds) -> None:
    """Each variant's times over the counted rounds: best and median wall, best
    processor time (this process and its children), every round's wall time."""
    for label in rounds.samples:
        walls, cpus = rounds.walls(label), rounds.cpus(label)
        runs = ", ".join(f"{t:.2f}" for t in walls)
        print(f"  {label:<54} best {min(walls):6.2f} s  median {statistics.median(walls):6.2f} s  "
              f"processor {min(cpus):5.2f} s  (rounds: {runs})")  # fmt: skip


def _table(document, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers), style="Table Grid")
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text


def _talking_points(document, points, L) -> None:
    for n, tp in enumerate(points, 1):
        mark = f"[{L['draft']}] " if tp.draft else ""
        document.add_paragraph(f"{n}. {mark}{tp.title}", style="Pack Entry")
        for para in tp.text:
            document.add_paragraph(para, style="Pack Indented")


def _organization(document, org, L) -> None:
    document.add_heading(org.name, level=2)
    document.add_paragraph(f"{org.other_names} · {org.kind}", style="Pack Meta")
    for key in ("mandate", "relevance"):
        document.add_paragraph(L[key], style="Pack Label")
        for para in getattr(org, key):
            document.add_paragraph(para, style="Normal")
    document.add_paragraph(L["representatives"], style="Pack Label")
    _table(
        document,
        [L["name"], L["title"], L["role"], L["rsvp"]],
        [[r.name, r.title, r.role, r.rsvp] for r in org.representatives],
    )
    document.add_paragraph(L["engagements"], style="Pack Label")
    for e in org.engagements:
        document.add_paragraph(f"{e.date} — {e.kind}", style="Pack Entry")
        for para in e.summary:
            document.add_paragraph(para, style="Pack Indented")
    document.add_paragraph(L["talking_points"], style="Pack Label")
    _talking_points(document, org.talking_points, L)


def python_docx_plain(content: PackContent, template: Path, out: Path) -> None:
    """Baseline (a): the same content, paragraph by paragraph, styles by name."""
    document = docx.Document(str(template))
    body = document.element.body
    for child in list(body)[:-1]:  # keep the section properties, drop the template text
        body.remove(child)
    L = labels(content.language)
    document.add_paragraph(content.cover.title, style="Title")
    document.add_heading(L["purpose"], level=1)
    for para in content.purpose:
        document.add_paragraph(para, style="Normal")
    document.add_heading(L["agenda"], level=1)
    _table(document, [L["time"], L["item"], L["speaker"]],
           [[a.time, a.item, a.speaker] for a in content.agenda])  # fmt: skip
    document.add_heading(L["participants"], level=1)
    _table(
        document,
        ["#", L["organization"], L["name"], L["title"], L["role"], L["rsvp"]],
        [[str(n), p.organization, p.name, p.title, p.role, p.rsvp]
         for n, p in enumerate(content.participants, 1)],
    )  # fmt: skip
    document.add_heading(L["organizations"], level=1)
    for org in content.organizations:
        _organization(document, org, L)
    document.add_heading(L["key_messages"], level=1)
    for group in content.key_messages:
        document.add_heading(group.title, level=2)
        _talking_points(document, group.talking_points, L)
    document.save(out)


def docxtpl_only(context: dict, template: Path, out: Path) -> None:
    """Baseline (b): docxtpl filling the same template from a ready-made context."""
    tpl = DocxTemplate(template)
    tpl.render(context, autoescape=True)
    tpl.save(out)


def child_overhead(content: PackContent, rounds: int) -> None:
    """The render step (fill, post-process, save to bytes) in a limited child process
    and in this process, in rounds (turns as above); the template loaded untimed."""
    from briefing_app.services import limited_run
    from briefing_app.services.pack.render import render_document
    from briefing_app.services.pack.template import load_template

    child, own = "in a limited child", "in this process"
    loaded = {}

    def setup(name: str) -> None:
        limited_run.CAN_FORK = name == child
        loaded["template"] = load_template(None)

    def render() -> None:
        render_document(content, loaded["template"])

    try:
        seen = run_rounds({child: render, own: render}, rounds, warmup=0, setup=setup)
    finally:
        limited_run.CAN_FORK = hasattr(os, "fork")
    walls = [c - o for c, o in zip(seen.walls(child), seen.walls(own), strict=True)]
    cpus = [c - o for c, o in zip(seen.cpus(child), seen.cpus(own), strict=True)]
    print(f"  render step in a limited child process: best {min(seen.walls(child)):.2f} s wall, "
          f"{min(seen.cpus(child)):.2f} s processor; in this process: "
          f"{min(seen.walls(own)):.2f} s, {min(seen.cpus(own)):.2f} s")  # fmt: skip
    print(f"  child process overhead, median of {rounds} rounds' differences: "
          f"{statistics.median(walls):+.2f} s wall, {statistics.median(cpus):+.2f} s processor "
          f"(spread {min(cpus):+.2f} to {max(cpus):+.2f} s processor)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5, help="counted rounds (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="rounds not counted (default 1)")
    parser.add_argument("--child-rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-pack-"))
    db_file = work / "bench.db"
    db = open_database(str(db_file))
    start = time.perf_counter()
    with db.session() as s, s.begin():
        meeting_id = make_large_meeting(s, organizations=args.orgs)
    print(f"synthetic meeting: {args.orgs} organizations, 5 people and 6 talking points each "
          f"({time.perf_counter() - start:.1f} s to create) in {db_file}")  # fmt: skip
    start, cpu = time.perf_counter(), processor_time()
    with db.session() as s:
        content = build_pack_content(s, meeting_id)
    db.dispose()
    wall, cpu = time.perf_counter() - start, processor_time() - cpu
    print(f"reading the rows (build_pack_content, not in the floor): "
          f"{wall:.2f} s wall, {cpu:.2f} s processor")  # fmt: skip
    template = default_pack_template()
    context = pack_context(content)
    print(f"pack: {len(content.participants)} participants, "
          f"{len(content.talking_point_uids())} talking points")  # fmt: skip

    def service() -> None:
        service_db = open_database(str(db_file))
        with service_db.session() as s:
            generate_pack(s, meeting_id, work / "service.docx")
        service_db.dispose()

    def command() -> None:
        cli(["--db", str(db_file), "pack", str(meeting_id), "--out", str(work / "pack.docx")])

    command()  # untimed: the real pack the floor is planned from
    plan = plan_floor(work / "pack.docx")  # shapes, texts, parts
    check_floor(plan)
    print(f"floor plan: {len(plan.items)} paragraphs and table markup in "
          f"{len(plan.shapes)} shapes, {plan.texts} texts, {len(plan.reference):,} bytes "
          "of document.xml (the floor's is byte-identical)")  # fmt: skip
    variants = {
        COMMAND: command,
        SERVICE: service,
        B: lambda: docxtpl_only(context, template, work / "b.docx"),
        FLOOR: lambda: build_floor(plan, work / "floor.docx"),
        A: lambda: python_docx_plain(content, template, work / "a.docx"),
    }
    load_before = load_average()
    print(f"{args.rounds} rounds after {args.warmup} warm-up, wall (processor) seconds "
          f"(machine load {load_before}):")  # fmt: skip
    rounds = run_rounds(variants, args.rounds, args.warmup, last=[A], on_round=show_round)
    load_after = load_average()
    print_times(rounds)
    if args.child_rounds:
        child_overhead(content, args.child_rounds)
    print(f"machine load {load_before} before the rounds, {load_after} after; processor time: this "
          "process and its children")  # fmt: skip
    print(f"ratios over {rounds.count} rounds: the median of the per-round ratios "
          "[min-max], in processor time (held against the target) and wall time; then "
          "best-of (best / best)")  # fmt: skip
    for label, ratio, target, at_least, digits in (
        ("command / floor", rounds.ratio(COMMAND, FLOOR), 2.5, False, 1),
        ("(a) python-docx / command", rounds.ratio(A, COMMAND), 10, True, 1),
        ("command / (b) docxtpl alone", rounds.ratio(COMMAND, B), 1.5, False, 2),
        ("service / (b) docxtpl alone", rounds.ratio(SERVICE, B), None, False, 2),
        ("(a) python-docx / service", rounds.ratio(A, SERVICE), None, False, 1),
    ):
        print(ratio_line(label, ratio, COMPARED, target, at_least, digits))


if __name__ == "__main__":
    main()
