"""The chat's scope controls, conversation export and record tabs in headless Chromium,
against `inspection-qa serve` over a copy of the CLI-built sample index (own server)."""

from __future__ import annotations

import re
import zipfile

import pytest
import test_ui_browser as chat_ui
from test_ui_browser import WAIT_MS, _ask, _flat

pytestmark = pytest.mark.browser

# The chat module's fixtures, shared by name: a server (own copy of the index) per module.
server, browser, page = chat_ui.server, chat_ui.browser, chat_ui.page

QUESTION = "What did the commissioner say about progress in Herefordshire?"


def _voices(page) -> list[str]:
    cited = page.locator("#iqa-citations .iqa-voice")
    return [_flat(cited.nth(i).inner_text()) for i in range(cited.count())]


def _tick(page, label: str) -> None:
    page.locator("#iqa-voices").get_by_label(label, exact=True).check()


def test_voice_filter_keeps_citations_to_the_chosen_voice(page):
    _ask(page, QUESTION)
    everyone = _voices(page)
    assert everyone
    assert any(not v.startswith("Voice: Children's commissioner") for v in everyone), everyone
    page.click("#iqa-clear")
    _tick(page, "Children's commissioner")
    _ask(page, QUESTION)
    chosen = _voices(page)
    assert chosen
    assert all(v.startswith("Voice: Children's commissioner") for v in chosen), chosen


def test_invalid_as_of_is_explained_in_the_chat(page):
    from playwright.sync_api import expect

    page.fill("#iqa-as-of textarea, #iqa-as-of input", "2023-13")
    page.fill("#iqa-question textarea", QUESTION)
    page.click("#iqa-ask")
    bot = page.locator("#iqa-chat [data-testid='bot']").last
    expect(bot).to_contain_text("is not a date", timeout=WAIT_MS)
    assert "YYYY-MM" in bot.inner_text()
    assert page.locator("#iqa-question textarea").input_value() == QUESTION  # kept to fix


def test_export_downloads_the_conversation_as_word_with_footnotes(page, tmp_path):
    import docx
    from playwright.sync_api import expect

    questions = [QUESTION, "Why is the service in intervention?"]
    for question in questions:
        _ask(page, question)
    page.click("#iqa-export")
    row = page.locator("#iqa-export-files tr").filter(has_text=".docx").first
    link = row.locator("a[href$='.docx']")
    expect(link).to_be_visible(timeout=WAIT_MS)
    with page.expect_download(timeout=WAIT_MS) as download_info:
        link.click()
    path = tmp_path / "conversation.docx"
    download_info.value.save_as(path)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    for i, question in enumerate(questions, start=1):
        assert f"{i}. {question}" in paragraphs
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
        notes = z.read("word/footnotes.xml").decode()
    refs = set(re.findall(r'<w:footnoteReference w:id="(\d+)"', body))
    assert refs
    assert refs == set(re.findall(r'<w:footnote w:id="(\d+)"', notes))


@pytest.mark.parametrize(
    ("tab", "table", "panel"),
    [
        ("Timeline", "#iqa-timeline", "#iqa-timeline-passages"),
        ("Recommendations", "#iqa-recommendations", "#iqa-recommendation-passages"),
    ],
    ids=["timeline", "recommendations"],
)
def test_record_tab_lists_items_and_shows_their_passages(page, tmp_path, tab, table, panel):
    from playwright.sync_api import expect

    page.get_by_role("tab", name=tab).click()
    rows = page.locator(f"{table} [role=row]:has([role=gridcell])")
    expect(
        rows.first, f"app.record listed nothing in the {tab} tab on the sample record"
    ).to_be_visible(timeout=15_000)
    count = rows.count()
    last = rows.nth(count - 1)
    cells = last.locator("[role=gridcell]")
    first_cell = _flat(cells.nth(0).inner_text())
    cells.nth(3).click()
    shown = page.locator(f"{panel} .iqa-citation")
    expect(shown.first).to_be_visible(timeout=WAIT_MS)
    assert page.locator(f"{panel} blockquote.iqa-passage").first.inner_text().strip()
    heading = _flat(page.locator(f"{panel} h3").inner_text())
    assert first_cell in heading, (first_cell, heading)
    assert page.locator(f"{panel} script, {panel} img").count() == 0
    shot = tmp_path / f"{tab.lower()}.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot} ({count} rows)")
