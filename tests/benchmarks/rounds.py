"""Interleaved rounds: how the benchmarks that compare variants take their turns.

The development machine's speed swings by about a third over tens of seconds
(shared cores). Timing all repetitions of one variant, then all of the next,
and dividing their best times compares one variant measured in a fast moment
with another measured in a slow one. So each *round* measures every variant
once, the order changing from round to round (:func:`round_order`), and a
ratio is taken **within each round** (both times from the same few seconds);
the benchmark reports the median of those per-round ratios and their spread
(:class:`Ratio`), beside the best-of figures. Warm-up rounds run first and are
not counted.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


def processor_time() -> float:
    """Processor seconds (user + system) of this process and its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def round_order(names: Sequence[str], round_no: int, last: Sequence[str] = ()) -> list[str]:
    """The order of round ``round_no`` (0-based): ``names`` rotated by one every two
    rounds and reversed in every other round, so that over ``2 * len(names)`` rounds
    each runs first twice and none always runs right after the same other one.

    ``last`` are long variants (tens of seconds) kept out of the middle of the short
    ones, so that the short ones of a round run within a few seconds of each other:
    they go after the short ones in even rounds, before them in odd rounds (and take
    the same turns among themselves)."""
    names, last = list(names), list(last)
    shift = (round_no // 2) % len(names) if names else 0
    order = names[shift:] + names[:shift]
    if round_no % 2:
        order.reverse()
    if not last:
        return order
    long_ones = round_order(last, round_no)
    return long_ones + order if round_no % 2 else order + long_ones


@dataclass
class Sample:
    """One timed call: wall and processor seconds."""

    wall: float
    cpu: float


def timed_call(fn: Callable[[], object]) -> Sample:
    """Wall and processor seconds of ``fn()``; a variant that times itself (the
    start-up benchmark reads them from the child) returns its own :class:`Sample`."""
    start, cpu = time.perf_counter(), processor_time()
    result = fn()
    if isinstance(result, Sample):
        return result
    return Sample(time.perf_counter() - start, processor_time() - cpu)


@dataclass
class Rounds:
    """The samples of each variant, one per counted round, in round order."""

    samples: dict[str, list[Sample]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return min((len(s) for s in self.samples.values()), default=0)

    def walls(self, name: str) -> list[float]:
        return [s.wall for s in self.samples[name]]

    def cpus(self, name: str) -> list[float]:
        return [s.cpu for s in self.samples[name]]

    def ratio(self, top: str, bottom: str) -> Ratio:
        """``top`` / ``bottom``: per round (wall and processor) and best over best."""
        top_s, bottom_s = self.samples[top], self.samples[bottom]
        return Ratio(
            wall=[t.wall / b.wall for t, b in zip(top_s, bottom_s, strict=True)],
            cpu=[t.cpu / b.cpu for t, b in zip(top_s, bottom_s, strict=True)],
            best_wall=min(self.walls(top)) / min(self.walls(bottom)),
            best_cpu=min(self.cpus(top)) / min(self.cpus(bottom)),
        )


def run_rounds(
    variants: dict[str, Callable[[], object]],
    rounds: int,
    warmup: int = 1,
    last: Sequence[str] = (),
    on_round: Callable[[int, dict[str, Sample]], None] | None = None,
    setup: Callable[[str], object] | None = None,
) -> Rounds:
    """Every variant called once per round, in :func:`round_order`'s order (``last``:
    the long ones); ``warmup`` rounds first, not counted, without the long ones (what
    a first call costs more is lost in their tens of seconds, and a warm-up round of
    them would take as long as a counted one). ``on_round(n, samples)`` is told each
    counted round's samples, in the order they ran (progress); ``setup(name)`` runs
    before each call, untimed."""
    short = [name for name in variants if name not in last]
    result = Rounds({name: [] for name in variants})
    for n in range(warmup + rounds):
        this_round = {}
        for name in round_order(short, n, last if n >= warmup else ()):
            if setup is not None:
                setup(name)
            this_round[name] = timed_call(variants[name])
        if n >= warmup:
            for name, sample in this_round.items():
                result.samples[name].append(sample)
            if on_round is not None:
                on_round(n - warmup, this_round)
    return result


@dataclass
class Ratio:
    """Per-round ratios (wall, processor) and the best-of ratios of two variants."""

    wall: list[float]
    cpu: list[float]
    best_wall: float
    best_cpu: float

    def median(self, kind: str = "wall") -> float:
        return statistics.median(getattr(self, kind))

    def spread(self, kind: str = "wall") -> tuple[float, float]:
        values = getattr(self, kind)
        return min(values), max(values)

    def describe(self, kind: str = "wall", digits: int = 2) -> str:
        low, high = self.spread(kind)
        return f"{self.median(kind):.{digits}f}x [{low:.{digits}f}-{high:.{digits}f}]"


def load_average() -> str:
    """The one-minute load average (wall times swing with it; processor times less)."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "unknown"


KIND = {"wall": "wall", "cpu": "processor"}


def ratio_line(
    label: str,
    ratio: Ratio,
    compared: str,
    target: float | None = None,
    at_least: bool = False,
    digits: int = 2,
) -> str:
    """One ratio: the median of the per-round ratios and their spread (min-max), in
    ``compared`` time first (the figure held against ``target``: at most, or
    ``at_least``), then in the other time, then the best-of ratios (best / best)."""
    other = "wall" if compared == "cpu" else "cpu"
    line = (
        f"  {label:<32} {KIND[compared]} {ratio.describe(compared, digits)}, "
        f"{KIND[other]} {ratio.describe(other, digits)}; best-of "
        f"{ratio.best_cpu:.{digits}f}x processor, {ratio.best_wall:.{digits}f}x wall"
    )
    if target is None:
        return line
    value = ratio.median(compared)
    met = value >= target if at_least else value <= target
    return (
        f"{line}\n  {'':<32} target {'>=' if at_least else '<='} {target:g}x, held against "
        f"the {KIND[compared]} median ({value:.{digits}f}x): {'met' if met else 'NOT MET'}"
    )
