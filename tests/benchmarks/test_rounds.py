"""The benchmarks' interleaved rounds (rounds.py): turn order, counting and ratios.
No timing is asserted: the samples are made by hand or only counted."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.benchmarks.rounds import Ratio, Rounds, Sample, ratio_line, round_order, run_rounds


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_each_round_runs_every_variant_once_and_each_goes_first_as_often(n):
    names = [f"v{i}" for i in range(n)]
    orders = [round_order(names, r) for r in range(2 * n)]
    assert all(sorted(order) == names for order in orders)
    assert Counter(order[0] for order in orders) == {name: 2 for name in names}


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_no_variant_always_runs_right_after_the_same_other(n):
    names = [f"v{i}" for i in range(n)]
    before: dict[str, set] = {name: set() for name in names}
    for r in range(2 * n):
        order = round_order(names, r)
        for previous, name in zip([None, *order], order, strict=False):
            before[name].add(previous)
    assert all(len(seen) >= 2 for seen in before.values()), before


def test_the_long_variants_go_after_the_short_ones_then_before_them():
    short = ["command", "service", "b", "floor"]
    for r in range(8):
        order = round_order(short, r, last=["a"])
        assert sorted(order) == sorted([*short, "a"])
        assert order.index("a") == (0 if r % 2 else 4)
        assert [name for name in order if name != "a"] == round_order(short, r)


def test_warm_up_rounds_run_but_are_not_counted_and_setup_comes_first():
    calls: list[str] = []
    setups: list[str] = []
    seen_rounds: list[tuple[int, list[str]]] = []
    variants = {name: (lambda name=name: calls.append(name)) for name in ("x", "y", "z")}
    rounds = run_rounds(
        variants,
        rounds=3,
        warmup=2,
        setup=setups.append,
        on_round=lambda n, samples: seen_rounds.append((n, list(samples))),
    )
    assert rounds.count == 3
    assert all(len(samples) == 3 for samples in rounds.samples.values())
    assert calls == setups == [name for r in range(5) for name in round_order("xyz", r)]
    assert seen_rounds == [(n, round_order("xyz", n + 2)) for n in range(3)]
    assert all(s.wall >= 0 and s.cpu >= 0 for samples in rounds.samples.values() for s in samples)


def test_the_long_variants_sit_out_the_warm_up():
    calls: list[str] = []
    variants = {name: (lambda name=name: calls.append(name)) for name in ("x", "y", "long")}
    rounds = run_rounds(variants, rounds=2, warmup=1, last=["long"])
    assert calls[:2] == ["x", "y"]  # the warm-up round
    assert calls[2:] == round_order(["x", "y"], 1, ["long"]) + round_order(["x", "y"], 2, ["long"])
    assert {name: len(s) for name, s in rounds.samples.items()} == {"x": 2, "y": 2, "long": 2}


def test_a_ratio_is_taken_within_each_round_not_best_over_best():
    # round 1 was slow for both (4 s vs 4 s), round 2 fast (2 s vs 1 s), round 3 in between
    rounds = Rounds(
        {
            "top": [Sample(4.0, 2.0), Sample(2.0, 1.5), Sample(3.0, 1.2)],
            "bottom": [Sample(4.0, 1.0), Sample(1.0, 1.0), Sample(2.0, 1.0)],
        }
    )
    ratio = rounds.ratio("top", "bottom")
    assert ratio.wall == [1.0, 2.0, 1.5]
    assert ratio.cpu == [2.0, 1.5, 1.2]
    assert ratio.median("wall") == 1.5
    assert ratio.spread("wall") == (1.0, 2.0)
    assert ratio.best_wall == 2.0  # best of top (2 s) over best of bottom (1 s)
    assert ratio.best_cpu == 1.2
    assert ratio.describe("cpu") == "1.50x [1.20-2.00]"


def test_the_ratio_line_says_which_figure_meets_the_target():
    ratio = Ratio(wall=[1.6, 1.7, 1.8], cpu=[1.3, 1.4, 1.6], best_wall=1.55, best_cpu=1.2)
    line = ratio_line("command / (b)", ratio, "cpu", target=1.5)
    assert "processor 1.40x [1.30-1.60], wall 1.70x [1.60-1.80]" in line
    assert "best-of 1.20x processor, 1.55x wall" in line
    assert "held against the processor median (1.40x): met" in line
    held_to_wall = ratio_line("command / (b)", ratio, "wall", target=1.5)
    assert "held against the wall median (1.70x): NOT MET" in held_to_wall
    faster = ratio_line("(a) / command", ratio, "cpu", target=1.5, at_least=True)
    assert "target >= 1.5x" in faster and "NOT MET" in faster
    assert "target" not in ratio_line("service / (b)", ratio, "cpu")


def test_a_variant_that_times_itself_gives_its_own_sample():
    calls = []
    rounds = run_rounds({"app": lambda: calls.append(1) or Sample(0.25, 0.125)}, 2, warmup=1)
    assert len(calls) == 3
    assert [(s.wall, s.cpu) for s in rounds.samples["app"]] == [(0.25, 0.125)] * 2
