"""The chat with a model configured (scripted server on loopback), in headless Chromium:
tokens stream in as a draft marked unchecked, then the verified answer replaces it, with
its citation panel and the line saying which mode answered and what was kept."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import cli_env
from scripted_llm import Prompt, Reply, ScriptedLLM
from test_ui_browser import CHROMIUM, CHROMIUM_ARGS, WAIT_MS, _flat, need_browser, serving

pytestmark = pytest.mark.browser
INVENTED = "Vacancies fell to 4 in 2024"


def draft_then_answer(p: Prompt) -> Reply:
    # slow enough that the draft is on screen for a few seconds
    return Reply(f"{p.sentence(1)} [1] {INVENTED} [1].", token_delay=0.12)


@pytest.fixture(scope="module")
def llm_chat(cli_sample_index, tmp_path_factory):
    need_browser()
    model = ScriptedLLM(script=draft_then_answer).start()
    root = tmp_path_factory.mktemp("ui-llm")
    index = root / "index"
    shutil.copytree(cli_sample_index, index)
    env = {**cli_env(), "INSPECTION_QA_LLM_URL": model.url,
           "INSPECTION_QA_LLM_MODEL": "scripted-model"}
    try:
        with serving(index, root, env, timeout=90) as url:
            yield url
    finally:
        model.stop()


def test_chat_streams_a_draft_then_shows_the_verified_answer(llm_chat, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(llm_chat)
        page.wait_for_selector("#iqa-question textarea", timeout=WAIT_MS)
        page.fill("#iqa-question textarea", "How many social worker vacancies did "
                                            "Herefordshire have at the end of 2023?")
        page.click("#iqa-ask")
        bots = page.locator("#iqa-chat [data-testid='bot']")
        expect(bots.last).to_contain_text("not yet checked", timeout=WAIT_MS)  # streaming
        expect(bots.last).to_contain_text("answered by: scripted-model", timeout=WAIT_MS)
        answer = _flat(bots.last.inner_text())
        assert "verified: 1 of 2 sentences kept" in answer
        assert INVENTED not in answer
        assert "not yet checked" not in answer
        cited = page.locator("#iqa-citations .iqa-citation")
        expect(cited.first).to_be_visible(timeout=WAIT_MS)
        assert cited.count() == len(set(re.findall(r"\[(\d+)\]", answer))) == 1
        page.screenshot(path=str(tmp_path / "chat-llm.png"), full_page=True)
        browser.close()
