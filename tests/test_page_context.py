"""page_context.py computes what pages show; these check the pieces the golden pages
exercise only in part (both sides of the trends, one side, neither)."""

from __future__ import annotations

from generator.entities import Entity, Trend
from generator.kinds import ORGANIZATION, PERSON
from generator.page_context import month_grid, trend_tables


def _trend(name: str, recent: int, before: int) -> Trend:
    return Trend(Entity(kind=PERSON if recent > before else ORGANIZATION, id=name, name=name), recent, before)


def test_trend_tables_put_rising_and_falling_side_by_side_padding_the_shorter():
    up = [_trend("a", 3, 1), _trend("b", 2, 1)]
    down = [_trend("c", 0, 4)]
    [table] = trend_tables({30: {"rising": up, "falling": down}})
    assert table.headers == ["Rising, last 30 days", "Falling, last 30 days"]
    assert table.rows == [[up[0], down[0]], [up[1], None]]
    assert (table.rose, table.fell) == (True, True)


def test_trend_tables_leave_out_an_empty_side_and_say_so():
    up = [_trend("a", 3, 1)]
    only_up, nothing = trend_tables({30: {"rising": up, "falling": []}, 90: {"rising": [], "falling": []}})
    assert only_up.headers == ["Rising, last 30 days"]
    assert only_up.rows == [[up[0]]]
    assert (only_up.rose, only_up.fell) == (True, False)
    assert (nothing.headers, nothing.rows, nothing.rose, nothing.fell) == ([], [], False, False)


def test_month_grid_counts_each_month_links_its_page_and_totals_the_year():
    articles = {2017: {5: ["x", "y"], 0: ["z"]}, 2016: {12: ["w"]}}
    rows = month_grid(articles, no_month=True)  # type: ignore[arg-type]
    assert [row.year for row in rows] == [2017, 2016]
    assert rows[0].cells[4] == (2, "articles/archive/2017-05/index.md")
    assert rows[0].cells[12] == (1, "articles/archive/2017/index.md")
    assert [cell for cell in rows[0].cells if cell] == [rows[0].cells[4], rows[0].cells[12]]
    assert rows[0].total == 3 and rows[1].total == 1
    assert len(month_grid(articles, no_month=False)[0].cells) == 12  # type: ignore[arg-type]
