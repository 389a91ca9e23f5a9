"""Column widths fitted to the grid's width (compliance_client/ui/grid/fit.py): the
arithmetic alone, no widgets."""

from __future__ import annotations

from compliance_client.ui.grid.fit import ColumnNeed, fit_widths, water_fill


def test_everything_fits_and_the_stretch_columns_take_the_rest() -> None:
    needs = [ColumnNeed(30, 40, 50), ColumnNeed(30, 80, 100, stretch=True),
             ColumnNeed(100, 100, 100)]
    widths = fit_widths(400, needs)
    assert sum(widths) == 400  # the row ends at the right edge
    assert widths[0] == 50 and widths[2] == 100  # fixed and non-stretch: their preferred
    assert widths[1] == 250


def test_texts_fit_and_titles_are_cut() -> None:
    needs = [ColumnNeed(20, 40, 120), ColumnNeed(20, 60, 70)]
    widths = fit_widths(150, needs)
    assert sum(widths) == 150
    assert widths[0] >= 40 and widths[1] == 70  # the short title whole, the long one cut
    assert widths[0] == 80


def test_short_texts_stay_whole_when_long_ones_are_cut() -> None:
    # Water-filling: the short column keeps its whole text; the two long ones share the
    # rest evenly (a share in proportion to length would have cut the short one too).
    needs = [ColumnNeed(30, 60, 60), ColumnNeed(30, 300, 300), ColumnNeed(30, 500, 500)]
    widths = fit_widths(400, needs)
    assert sum(widths) == 400
    assert widths[0] == 60
    assert abs(widths[1] - widths[2]) <= 1


def test_weights_give_a_column_more_of_the_width() -> None:
    needs = [ColumnNeed(10, 500, 500, weight=2.0), ColumnNeed(10, 500, 500)]
    widths = fit_widths(300, needs)
    assert sum(widths) == 300
    assert abs(widths[0] - 2 * widths[1]) <= 2


def test_too_narrow_gives_every_column_its_minimum() -> None:
    needs = [ColumnNeed(50, 100, 100), ColumnNeed(70, 100, 100)]
    assert fit_widths(80, needs) == [50, 70]  # the view scrolls sideways


def test_water_fill_adds_up_exactly() -> None:
    for available in range(30, 200, 7):
        widths = water_fill(available, [10, 10, 10], [40, 80, 200], [1.0, 1.3, 0.7])
        assert sum(widths) == available
        assert all(lo <= w <= up for w, lo, up in zip(widths, [10, 10, 10], [40, 80, 200],
                                                       strict=True))
