"""Column widths that fit the grid's width: pure arithmetic, no Qt (tests/ui/test_grid_fit.py).

Each visible column has three widths, in pixels: ``minimum`` (never narrower: an ID or the
row buttons must stay whole, a text column keeps a few characters), ``content`` (its texts
whole) and ``preferred`` (its texts and its header title whole). :func:`fit_widths` hands out
the available width in that order of need:

1. everything preferred fits: each column gets its preferred width and the rest of the width
   goes to the ``stretch`` columns (the free-text ones), so the row ends at the right edge;
2. else every text fits: each column gets its content width, and the titles get what is
   left, "water-filled" (below; a title cut short still has its tooltip);
3. else every minimum fits: each column gets its minimum and the texts get what is left,
   water-filled (texts cut short are elided; their tooltips carry them);
4. else every column gets its minimum and the view scrolls sideways (a very small window).

Water-filling: every column is widened up to one common width ``level`` (times its
``weight``: the organization's name matters more than a date; within its own lower and
upper bound), ``level`` as high as the width allows. Short texts are then shown whole and
only the longest are cut, at about the same width; a share in proportion to length would
instead starve the short columns to feed the long ones.

In cases 1-3 the widths add up to exactly ``available``, so no column is ever off-screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ColumnNeed:
    """What one column needs, in pixels (normalised: minimum <= content <= preferred)."""

    minimum: int
    content: int
    preferred: int
    stretch: bool = False
    weight: float = 1.0

    def normalised(self) -> ColumnNeed:
        content = max(self.minimum, self.content)
        return ColumnNeed(self.minimum, content, max(content, self.preferred), self.stretch,
                          max(0.1, self.weight))


def _share(extra: int, weights: Sequence[float]) -> list[int]:
    """``extra`` pixels split in proportion to ``weights``, as whole pixels adding up to
    exactly ``extra`` (the largest remainders get the odd pixels)."""
    total = sum(weights)
    if extra <= 0 or total <= 0:
        return [0] * len(weights)
    exact = [extra * w / total for w in weights]
    whole = [int(x) for x in exact]
    left = extra - sum(whole)
    by_remainder = sorted(range(len(exact)), key=lambda i: whole[i] - exact[i])
    for i in by_remainder[:left]:
        whole[i] += 1
    return whole


def water_fill(available: int, lower: Sequence[int], upper: Sequence[int],
               weights: Sequence[float] | None = None) -> list[int]:
    """Widths between ``lower`` and ``upper`` (each) adding up to ``available`` (which must
    lie between their sums): each column gets ``min(max(level * weight, lower), upper)``
    for the highest whole ``level`` that fits; the pixels left over go one at a time to the
    columns still cut at the level, left to right."""
    weight = list(weights) if weights is not None else [1.0] * len(lower)
    bounds = list(zip(lower, upper, weight, strict=True))

    def widths_at(level: int) -> list[int]:
        return [min(max(int(level * w), lo), up) for lo, up, w in bounds]

    low, high = 0, max((int(up / w) + 1 for _lo, up, w in bounds), default=0)
    while low < high:  # the highest level whose widths fit
        middle = (low + high + 1) // 2
        if sum(widths_at(middle)) <= available:
            low = middle
        else:
            high = middle - 1
    widths = widths_at(low)
    left = available - sum(widths)
    cut = [i for i, (lo, up, w) in enumerate(bounds) if lo <= int(low * w) < up]
    while left > 0 and cut:  # as the next level would: a pixel more for each cut column
        for i in list(cut):
            if left <= 0:
                break
            widths[i] += 1
            left -= 1
            if widths[i] >= bounds[i][1]:
                cut.remove(i)
    return widths


def fit_widths(available: int, needs: Sequence[ColumnNeed]) -> list[int]:
    """The width of each column (see the module docstring)."""
    columns = [n.normalised() for n in needs]
    if not columns:
        return []
    minimum = sum(c.minimum for c in columns)
    content = sum(c.content for c in columns)
    preferred = sum(c.preferred for c in columns)
    if preferred <= available:
        weights = [float(c.preferred) if c.stretch else 0.0 for c in columns]
        if not any(weights):
            weights = [float(c.preferred) for c in columns]
        return [c.preferred + s for c, s in
                zip(columns, _share(available - preferred, weights), strict=True)]
    weights = [c.weight for c in columns]
    if content <= available:
        return water_fill(available, [c.content for c in columns],
                          [c.preferred for c in columns], weights)
    if minimum <= available:
        return water_fill(available, [c.minimum for c in columns],
                          [c.content for c in columns], weights)
    return [c.minimum for c in columns]
