"""The record's tabs in headless Chromium on Calderbrook (eval/records/calderbrook, saved web
pages): a record whose timeline has events on one row on the same day and whose
recommendations span several years, which the sample record has not."""

from __future__ import annotations

import re

import pytest
import test_ui_browser as chat_ui
from conftest import REPO_ROOT, run_cli
from test_ui_browser import WAIT_MS, _flat
from test_ui_record_browser import _CHART_AND_BOX, _COVERED_MARKS, _SIDEWAYS

pytestmark = pytest.mark.browser

RECORD = REPO_ROOT / "eval" / "records" / "calderbrook"
browser, page = chat_ui.browser, chat_ui.page


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chat_ui.need_browser()
    root = tmp_path_factory.mktemp("saved-pages")
    index = root / "index"
    built = run_cli("--index", str(index), "ingest", "--quiet", str(RECORD), timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    with chat_ui.serving(index, root) as url:
        yield {"url": url, "index": index, "root": root}


def test_events_on_one_row_and_day_are_all_visible_and_hoverable(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Timeline").click()
    marks = page.locator("#iqa-timeline-chart [role=graphics-symbol][aria-roledescription=point]")
    expect(marks.first).to_be_visible(timeout=WAIT_MS)
    page.wait_for_timeout(500)
    labels = marks.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    # Calderbrook's cabinet met and decided on 13 December 2022: two council marks
    assert sum(label.startswith("13 December 2022: Council") for label in labels) == 2
    assert page.evaluate(_COVERED_MARKS) == [], "marks drawn on top of each other"
    drawn, box = page.evaluate(_CHART_AND_BOX)
    assert box - 4 <= drawn <= box
    assert page.evaluate(_SIDEWAYS) == []
    for i in range(marks.count()):  # each mark answers the pointer with its own name
        if labels[i].startswith("13 December 2022"):
            marks.nth(i).hover(force=True)
            expect(page.locator("#vg-tooltip-element")).to_contain_text(
                labels[i].split(": ", 1)[1], timeout=WAIT_MS)
    chat_ui.shoot(page, "saved-pages-timeline")


def _choose(page, field: str, year: str) -> None:
    page.locator(f"#{field} input").click()
    # the open list's options (the chosen one is ticked: '✓ any year')
    page.locator(f"#{field} li[role=option]").filter(
        has_text=re.compile(rf"(^|\s){re.escape(year)}$")).click()


def _years(page) -> list[int]:
    whose = page.locator("#iqa-recommendations li.iqa-rec a.iqa-pick").all_inner_texts()
    return [int(re.search(r"(\d{4}), to ", _flat(w)).group(1)) for w in whose]


def test_recommendations_filter_by_year(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Recommendations").click()
    items = page.locator("#iqa-recommendations li.iqa-rec")
    expect(items.first).to_be_visible(timeout=WAIT_MS)
    every = _years(page)
    assert {2023, 2024, 2025} <= set(every), every

    _choose(page, "iqa-since", "2024")
    expect(items).not_to_have_count(len(every), timeout=WAIT_MS)
    later = _years(page)
    assert later
    assert min(later) >= 2024
    _choose(page, "iqa-until", "2024")
    expect(items).to_have_count(every.count(2024), timeout=WAIT_MS)
    assert set(_years(page)) == {2024}
    chat_ui.shoot(page, "recommendations-2024")

    _choose(page, "iqa-since", "2025")  # from after to: nothing, and the page says so
    expect(page.locator("#iqa-recommendations")).to_contain_text(
        "No recommendation matches these choices", timeout=WAIT_MS)
    _choose(page, "iqa-since", "any year")
    _choose(page, "iqa-until", "any year")
    expect(items).to_have_count(len(every), timeout=WAIT_MS)

    # only a concern that came back has a heading, its count and dates agreeing
    raised = [_flat(t) for t in page.locator("#iqa-recommendations .iqa-raised").all_inner_texts()]
    assert raised
    assert not [r for r in raised if r.startswith("Raised once")], raised
    assert "Raised 3 times: 25 May 2023 (twice), 3 October 2024" in raised, raised

    # by keyboard: an item takes focus and Enter shows its passages
    items.nth(1).locator("a.iqa-pick").focus()
    page.keyboard.press("Enter")
    panel = page.locator("#iqa-recommendation-passages")
    expect(panel.locator(".iqa-citation").first).to_be_visible(timeout=WAIT_MS)
    assert _flat(panel.locator("h3").inner_text()) == _flat(
        items.nth(1).locator("a.iqa-pick").inner_text())
