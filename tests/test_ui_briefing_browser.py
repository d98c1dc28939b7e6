"""A briefing in the chat, in headless Chromium: its further points wait behind the "More
points" control until asked for, against `inspection-qa serve` over a copy of the CLI-built
sample index (own server)."""

from __future__ import annotations

import re

import pytest
import test_ui_browser as chat_ui
from test_ui_browser import WAIT_MS, _ask, _flat, shoot

pytestmark = pytest.mark.browser

# The chat module's fixtures, shared by name: a server (own copy of the index) per module.
server, browser, page = chat_ui.server, chat_ui.browser, chat_ui.page

# A background question: the sample record has more points for it than a briefing shows.
QUESTION = "Why is the service in intervention?"


def test_more_points_open_on_request_and_name_their_sources(page):
    from playwright.sync_api import expect

    bot = _ask(page, QUESTION)
    control = bot.locator("details")
    expect(control).to_have_count(1, timeout=WAIT_MS)
    summary = control.locator("summary")
    match = re.fullmatch(r"More points \((\d+)\)", _flat(summary.inner_text()))
    assert match, summary.inner_text()
    count = int(match.group(1))
    assert count >= 1
    items = control.locator("li")
    # closed until asked for: the briefing itself stays short
    assert control.get_attribute("open") is None
    expect(items.first).to_be_hidden()
    summary.click()
    expect(items.first).to_be_visible(timeout=WAIT_MS)
    assert items.count() == count
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", _flat(bot.inner_text()).split("More")[0])}
    further = []
    for i in range(count):
        text = _flat(items.nth(i).inner_text())
        # each further point is quoted with who said it, and numbered on after the points
        # above, so its passage opens as theirs do
        assert text.endswith(")"), text
        assert " (" in text, text
        further += [int(n) for n in re.findall(r"\[(\d+)\]", text)]
    assert further == list(range(len(cited) + 1, len(cited) + count + 1)), (cited, further)
    items.first.locator("a.iqa-cite").click()
    focus = page.locator("#iqa-citations .iqa-focus")
    expect(focus).to_contain_text(f"[{further[0]}]", timeout=WAIT_MS)
    shoot(page, "chat-briefing-more-points")
