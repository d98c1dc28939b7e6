"""The chat's scope controls, conversation export and record tabs in headless Chromium,
against `inspection-qa serve` over a copy of the CLI-built sample index (own server)."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
import test_ui_browser as chat_ui
from conftest import run_cli
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


# (a question whose unfiltered answer cites more than one voice, so that the filter shows)
VOICES_QUESTION = "What did the commissioner say about councillors?"


def test_voice_filter_keeps_citations_to_the_chosen_voice(page):
    from playwright.sync_api import expect

    _ask(page, VOICES_QUESTION)
    everyone = _voices(page)
    assert everyone
    assert any(not v.startswith("Voice: Children's commissioner") for v in everyone), everyone
    page.click("#iqa-clear")
    # the cleared chat first: counting its old answer as still there raced the clearing
    expect(page.locator("#iqa-chat [data-testid='bot']")).to_have_count(0, timeout=WAIT_MS)
    _tick(page, "Children's commissioner")
    _ask(page, VOICES_QUESTION)
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
    # no empty file box (it looked like a place to drop files) until there is a pack
    expect(page.locator("#iqa-export-files")).to_be_hidden()
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


# Elements that scroll or clip sideways, ignoring Gradio's 1-pixel measuring boxes.
_SIDEWAYS = """() => {
  const out = [];
  if (document.documentElement.scrollWidth > window.innerWidth) out.push('the page');
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)
        && el.scrollWidth > el.clientWidth + 1)
      out.push(`${el.tagName}#${el.id}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
  }
  return out;
}"""

# Table header cells that are not wholly inside the window and inside every box around them.
_HIDDEN_COLUMNS = """() => {
  const out = [];
  for (const th of document.querySelectorAll('th')) {
    const box = th.getBoundingClientRect();
    if (!box.width) continue;
    let inside = box.left >= 0 && box.right <= window.innerWidth + 0.5;
    for (let up = th.parentElement; up && inside; up = up.parentElement) {
      if (getComputedStyle(up).overflowX === 'visible') continue;
      const outer = up.getBoundingClientRect();
      inside = box.left >= outer.left - 0.5 && box.right <= outer.right + 0.5;
    }
    if (!inside) out.push(th.innerText);
  }
  return out;
}"""

# Words in headings and table headers that the page breaks across lines ("grou/p").
_BROKEN_WORDS = """() => {
  const out = [];
  for (const el of document.querySelectorAll('th, h1, h2, h3, h4, [role=tab]')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = [...range.getClientRects()].filter((b) => b.width > 0)
          .map((b) => Math.round(b.top));
        if (new Set(tops).size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}"""

TABS = {  # tab: what shows once its content has come
    "Chat": "#iqa-question textarea",
    "Timeline": "#iqa-timeline li.iqa-event",
    "Recommendations": "#iqa-recommendations li.iqa-rec",
    "Sources": "#iqa-sources tbody tr",
}


# The chat's label sits above its scrolling messages, not over them (it covered the first
# line once the conversation scrolled).
_LABEL_OVER_MESSAGES = """() => {
  const label = document.querySelector('#iqa-chat label');
  const log = document.querySelector('#iqa-chat [role=log]');
  return label.getBoundingClientRect().bottom > log.getBoundingClientRect().top + 1;
}"""


def test_no_tab_scrolls_sideways_and_no_table_hides_columns(page):
    _ask(page, QUESTION)
    _ask(page, "Why is the service in intervention?")
    page.locator("#iqa-chat [role=log]").evaluate("log => { log.scrollTop = 120; }")
    assert not page.evaluate(_LABEL_OVER_MESSAGES), "the Conversation label covers messages"
    for tab, ready in TABS.items():
        page.get_by_role("tab", name=tab).click()
        page.locator(ready).first.wait_for(timeout=WAIT_MS)
        page.wait_for_timeout(500)  # the chart and the lists settle
        assert page.evaluate(_SIDEWAYS) == [], f"{tab} scrolls sideways"
        assert page.evaluate(_HIDDEN_COLUMNS) == [], f"{tab} hides table columns"
        assert page.evaluate(_BROKEN_WORDS) == [], f"{tab} breaks words in its headings"
        chat_ui.shoot(page, f"tab-{tab.lower()}")


def _panel_passages(page) -> dict[str, str]:
    """Citation number → passage text, as the citation panel shows them now."""
    cited = page.locator("#iqa-citations .iqa-citation")
    out = {}
    for i in range(cited.count()):
        item = cited.nth(i)
        number = re.match(r"\[(\d+)\]", _flat(item.locator(".iqa-source").inner_text()))
        assert number, item.inner_text()
        out[number.group(1)] = _flat(item.locator(".iqa-passage").inner_text())
    return out


def test_clicking_a_citation_of_an_earlier_answer_shows_that_answers_passage(page):
    from playwright.sync_api import expect

    first = _ask(page, QUESTION)
    assert first.locator("a.iqa-cite").count() >= 2, "pick a first question cited twice"
    first_passages = _panel_passages(page)
    assert "2" in first_passages
    _ask(page, "Why is the service in intervention?")
    expect(page.locator("#iqa-citations h3")).to_contain_text("answer 2", timeout=WAIT_MS)
    second_passages = _panel_passages(page)

    first = page.locator("#iqa-chat [data-testid='bot']").first
    first.locator("a.iqa-cite", has_text="[2]").first.click()
    focus = page.locator("#iqa-citations .iqa-focus")
    expect(focus).to_contain_text("[2]", timeout=WAIT_MS)
    expect(page.locator("#iqa-citations h3")).to_contain_text("answer 1")
    assert _flat(focus.locator(".iqa-passage").inner_text()) == first_passages["2"]
    assert _panel_passages(page) == first_passages  # all of that answer's sources are back
    assert focus.locator("mark").count() >= 1  # the cited sentence is highlighted
    assert "Voice:" in focus.inner_text()
    chat_ui.shoot(page, "citation-of-earlier-answer", full_page=False)

    # clicking an answer (not a marker) brings its sources back
    bots = page.locator("#iqa-chat [data-testid='bot']")
    bots.nth(1).get_by_text("quoted from the record").click()
    expect(page.locator("#iqa-citations h3")).to_contain_text("answer 2", timeout=WAIT_MS)
    assert _panel_passages(page) == second_passages
    first.get_by_text("quoted from the record").click()
    expect(page.locator("#iqa-citations h3")).to_contain_text("answer 1", timeout=WAIT_MS)

    # by keyboard: the second answer's [1] takes focus and Enter opens it
    second = page.locator("#iqa-chat [data-testid='bot']").nth(1)
    second.locator("a.iqa-cite", has_text="[1]").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#iqa-citations h3")).to_contain_text("answer 2", timeout=WAIT_MS)
    expect(focus).to_contain_text("[1]")
    assert _flat(focus.locator(".iqa-passage").inner_text()) == second_passages["1"]


@pytest.fixture(scope="module")
def recorded_timeline(cli_sample_index) -> list[dict]:
    """The timeline the CLI works out from the index the server's is a copy of."""
    result = run_cli("--index", str(cli_sample_index), "timeline", "--json")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert events, "the sample record has no timeline"
    return events


# Chart marks whose centres are closer than half a mark: one would hide the other.
_COVERED_MARKS = """() => {
  const marks = [...document.querySelectorAll(
    '#iqa-timeline-chart [role=graphics-symbol][aria-roledescription=point]')];
  const centres = marks.map((m) => { const b = m.getBoundingClientRect();
    return [b.left + b.width / 2, b.top + b.height / 2, m.getAttribute('aria-label')]; });
  const out = [];
  centres.forEach(([x, y, a], i) => centres.slice(i + 1).forEach(([u, v, b]) => {
    if (Math.hypot(x - u, y - v) < 8) out.push(`${a} | ${b}`); }));
  return out;
}"""
_CHART_AND_BOX = """() => [
  document.querySelector('#iqa-timeline-chart .vega-embed svg').getBoundingClientRect().width,
  document.querySelector('#iqa-timeline-chart').getBoundingClientRect().width]"""


def test_timeline_chart_shows_every_event_and_opens_its_passages(page, recorded_timeline):
    from playwright.sync_api import expect

    from ingest.dates import human_date

    page.get_by_role("tab", name="Timeline").click()
    marks = page.locator("#iqa-timeline-chart [role=graphics-symbol][aria-roledescription=point]")
    expect(marks.first).to_be_visible(timeout=WAIT_MS)
    dated = [e for e in recorded_timeline if e["date"]]
    labels = [marks.nth(i).get_attribute("aria-label") or "" for i in range(marks.count())]
    assert sorted(label.split(":")[0] for label in labels) == sorted(
        human_date(e["date"]) for e in dated
    ), labels
    for i in range(marks.count()):
        assert marks.nth(i).is_visible(), labels[i]
    # no mark hides another (events on one row close in time are stacked)
    assert page.evaluate(_COVERED_MARKS) == [], "marks drawn on top of each other"
    # the chart is as wide as its box, at a laptop's width and a wider window's
    for width in (1280, 1400, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        page.wait_for_timeout(500)
        drawn, box = page.evaluate(_CHART_AND_BOX)
        assert box - 4 <= drawn <= box, (width, drawn, box)
        assert page.evaluate(_SIDEWAYS) == [], f"the Timeline scrolls sideways at {width} px"
    legend = page.locator("#iqa-timeline-chart").inner_text() + " ".join(
        page.locator("#iqa-timeline-chart [aria-label]").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label'))"
        )
    )
    for words in ("Inadequate", "Requires improvement", "Good", "Outstanding"):
        assert words in legend, "the legend does not name the judgements in words"

    # hovering names the event; clicking a mark shows its passages beside the list
    last = marks.nth(marks.count() - 1)
    when = labels[-1].split(":")[0]
    last.hover(force=True)
    expect(page.locator("#vg-tooltip-element")).to_contain_text(when, timeout=WAIT_MS)
    last.click(force=True)
    panel = page.locator("#iqa-timeline-passages")
    expect(panel.locator("h3")).to_contain_text(when, timeout=WAIT_MS)
    assert panel.locator(".iqa-citation").count() >= 1

    # the list beneath: every event, readable, no edit boxes, no inner scroll box
    items = page.locator("#iqa-timeline li.iqa-event")
    assert items.count() == len(recorded_timeline)
    listing = page.locator("#iqa-timeline")
    assert listing.locator("input, textarea, [contenteditable=true]").count() == 0
    font = items.first.evaluate("el => getComputedStyle(el).fontFamily").lower()
    assert "mono" not in font, font
    assert listing.evaluate(
        """el => { for (let up = el; up; up = up.parentElement) {
             const s = getComputedStyle(up);
             if (['auto', 'scroll'].includes(s.overflowY) && up.scrollHeight > up.clientHeight + 1
                 && up !== document.scrollingElement && up.tagName !== 'BODY') return up.className;
           } return ''; }"""
    ) == ""
    assert not re.search(r"\*\w[^*]*\*", listing.inner_text()), "markup shown as asterisks"

    # and each item opens its passages too, by keyboard as well as by mouse
    pick = items.nth(0).locator("a.iqa-pick")
    pick.focus()
    page.keyboard.press("Enter")
    expect(panel.locator("h3")).to_contain_text(
        human_date(recorded_timeline[0]["date"]), timeout=WAIT_MS
    )
    chat_ui.shoot(page, "timeline")


def test_recommendations_filter_by_who_and_show_their_passages(page):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Recommendations").click()
    items = page.locator("#iqa-recommendations li.iqa-rec")
    expect(items.first).to_be_visible(timeout=WAIT_MS)
    everyone = items.count()
    raised = page.locator("#iqa-recommendations .iqa-raised").all_inner_texts()
    assert raised
    assert all(re.match(r"Raised (twice|\d+ times): ", r) for r in raised), raised

    choices = page.locator("#iqa-made-by label")
    assert choices.count() >= 2, "the register names fewer than two bodies"
    body = _flat(choices.first.inner_text())
    choices.first.click()
    expect(items).not_to_have_count(everyone, timeout=WAIT_MS)
    whose = [_flat(t) for t in items.locator("a.iqa-pick").all_inner_texts()]
    assert whose
    assert all(w.startswith(body) for w in whose), (body, whose)

    items.first.locator("a.iqa-pick").click()
    panel = page.locator("#iqa-recommendation-passages")
    expect(panel.locator(".iqa-citation").first).to_be_visible(timeout=WAIT_MS)
    assert _flat(panel.locator("h3").inner_text()).startswith(body)
    assert page.locator("#iqa-recommendations input[type=text], #iqa-recommendations textarea"
                        ).count() == 0
    chat_ui.shoot(page, "recommendations")
