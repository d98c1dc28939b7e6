"""The chat in headless Chromium on an empty index, as on a fresh install before anything is
added: every tab says in words that the record is empty and what adds to it."""

from __future__ import annotations

import pytest
import test_ui_browser as chat_ui
from test_ui_browser import WAIT_MS

pytestmark = pytest.mark.browser

browser, page = chat_ui.browser, chat_ui.page


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chat_ui.need_browser()
    root = tmp_path_factory.mktemp("empty")
    with chat_ui.serving(root / "index", root) as url:
        yield {"url": url, "root": root}


def test_an_empty_record_says_so_on_every_tab(page):
    from playwright.sync_api import expect

    expect(page.locator("#iqa-status")).to_contain_text("No documents are indexed yet")
    page.fill("#iqa-question textarea", "Why is the service in intervention?")
    page.click("#iqa-ask")
    bot = page.locator("#iqa-chat [data-testid='bot']").last
    expect(bot).to_contain_text("no documents are in the record yet", timeout=WAIT_MS)
    assert "Sources tab" in bot.inner_text()
    chat_ui.shoot(page, "empty-record-chat", full_page=False)
    says = {
        "Timeline": ("#iqa-timeline", "No dated events were found in the record yet"),
        "Recommendations": ("#iqa-recommendations", "No recommendations were found"),
        "Sources": ("#iqa-sources", "No documents are indexed yet"),
    }
    for tab, (where, words) in says.items():
        page.get_by_role("tab", name=tab).click()
        expect(page.locator(where)).to_contain_text(words, timeout=WAIT_MS)
    expect(page.locator("#iqa-timeline-chart")).to_be_hidden()
