"""The real chat in headless Chromium: ask, cite, list sources, upload, no external assets.

The server is `inspection-qa serve` over a copy of the CLI-built sample index, so uploads
made here do not leak into other tests. Tests in this module run in file order: the
Sources tab is checked before anything is uploaded. Pages are 1280x800, a laptop's screen;
screenshots go to test-artifacts/ (git-ignored), and `make screenshot` has the chat's one
written to docs/screenshot.png for the README.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import CLI, REPO_ROOT, cli_env, free_port, running

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
WAIT_MS = 90_000
VIEWPORT = {"width": 1280, "height": 800}
ARTIFACTS = REPO_ROOT / "test-artifacts"  # screenshots a person can look at after a run
# `make screenshot` sets this to docs/screenshot.png: the README's picture of the chat.
SCREENSHOT_ENV = "IQA_SCREENSHOT"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def shoot(page, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot of what the page shows as test-artifacts/NAME.png."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    print(f"screenshot: {path}")
    assert path.stat().st_size > 0
    return path


def need_browser() -> None:
    """Skip unless Debian's chromium and playwright are here."""
    if not CHROMIUM.exists():
        pytest.skip(f"Debian chromium not found at {CHROMIUM} (apt-get install chromium); "
                    "`playwright install` cannot download browsers here")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@contextmanager
def serving(
    index: Path, root: Path, env: dict[str, str] | None = None, timeout: float = 60
) -> Iterator[str]:
    """`inspection-qa serve` on `index` while the block runs (its log in `root`, `env` its
    environment, the tests' by default; ready within `timeout` seconds); its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    command = [*CLI, "--index", str(index), "serve", "--port", str(port)]
    with running(command, root / "serve.log", url, what="server", env=env or cli_env(),
                 timeout=timeout):
        yield url


@pytest.fixture(scope="module")
def server(cli_sample_index, tmp_path_factory):
    need_browser()
    root = tmp_path_factory.mktemp("ui")
    index = root / "index"
    shutil.copytree(cli_sample_index, index)
    with serving(index, root) as url:
        yield {"url": url, "index": index, "root": root}


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server["url"])
    page.wait_for_selector("#iqa-question textarea", timeout=WAIT_MS)
    page.requests = requests  # type: ignore[attr-defined]
    yield page
    external = [u for u in requests
                if urlparse(u).scheme in ("http", "https", "ws", "wss")
                and urlparse(u).hostname not in LOCAL_HOSTS]
    context.close()
    assert not external, f"requests left the machine: {sorted(set(external))[:10]}"


def _ask(page, question: str):
    """Ask in the chat; return the latest assistant message once it carries a marker."""
    from playwright.sync_api import expect

    bots = page.locator("#iqa-chat [data-testid='bot']")
    before = bots.count()
    page.fill("#iqa-question textarea", question)
    page.click("#iqa-ask")
    # this question's own answer: a new message, not an earlier answer's markers
    bot = bots.nth(before)
    expect(bot).to_contain_text(re.compile(r"\[\d+\]"), timeout=WAIT_MS)
    expect(page.locator("#iqa-citations .iqa-citation").first).to_be_visible(timeout=WAIT_MS)
    return bot


def _open_sources(page):
    page.get_by_role("tab", name="Sources").click()
    page.wait_for_selector("#iqa-upload", timeout=WAIT_MS)


def _upload(page, files: list[Path], expect_listed: list[Path] | None = None) -> str:
    """Choose `files` in the upload box, wait for `expect_listed` to show, add them."""
    from playwright.sync_api import expect

    _open_sources(page)
    page.set_input_files("#iqa-upload input[type=file]", [str(f) for f in files])
    # wait until the component shows the uploaded files before adding them
    # (by the row's label: Gradio shows a name as stem and extension apart, 'notes .txt')
    for f in files if expect_listed is None else expect_listed:
        expect(page.locator("#iqa-upload").get_by_label(f.name, exact=True).first
               ).to_be_visible(timeout=WAIT_MS)
    page.click("#iqa-add")
    result = page.locator("#iqa-upload-result")
    expect(result).to_contain_text(
        re.compile(r": (added|updated|unchanged|duplicate), \d+ passage"), timeout=WAIT_MS)
    return result.inner_text()


def test_an_empty_conversation_says_what_to_do(page):
    from playwright.sync_api import expect

    chat = page.locator("#iqa-chat")
    expect(chat).to_contain_text("Ask a question about the inspection record", timeout=WAIT_MS)
    # the question box, its Ask button and the controls over the answers (which voices, as
    # of when, a new conversation, export) are in view without scrolling, at 1280x800
    for where in ("#iqa-question textarea", "#iqa-ask", "#iqa-voices", "#iqa-as-of input",
                  "#iqa-clear", "#iqa-export"):
        box = page.locator(where).first.bounding_box()
        assert box is not None, where
        assert box["y"] + box["height"] <= 800, where
    assert chat.locator("em", has_text="Why is the service in intervention?").count() == 1
    expect(page.locator("#iqa-citations")).to_contain_text("Click a number such as [1]")
    shoot(page, "chat-empty", full_page=False)
    # an empty question is answered with what to do, not ignored
    page.click("#iqa-ask")
    expect(chat.locator("[data-testid='bot']").last).to_contain_text(
        "Type a question in the box", timeout=WAIT_MS)


def test_ask_shows_cited_answer_with_marked_passage(page):
    bot = _ask(page, "How many social worker vacancies did Herefordshire have at the end "
                     "of 2023?")
    answer = _flat(bot.inner_text())
    assert re.search(r"\[1\]", answer)
    marks = page.locator("#iqa-citations .iqa-citation mark")
    assert marks.count() >= 1
    marked = [_flat(marks.nth(i).inner_text()) for i in range(marks.count())]
    assert any(m and m in answer for m in marked), (marked, answer)
    cited = page.locator("#iqa-citations .iqa-citation")
    numbers = set(re.findall(r"\[(\d+)\]", answer))
    assert cited.count() == len(numbers)
    shoot(page, "chat-answer")


def test_screenshot_of_the_chat_answering_with_its_citations(page):
    """The README's picture, from the real app on the sample record (`make screenshot`)."""
    from playwright.sync_api import expect

    bot = _ask(page, "Why is the service in intervention?")
    links = bot.locator("a.iqa-cite")
    assert links.count() >= 1, "the answer's markers are not links"
    links.first.click()
    expect(page.locator("#iqa-citations .iqa-focus")).to_be_visible(timeout=WAIT_MS)
    path = shoot(page, "readme-chat", full_page=False)
    target = os.environ.get(SCREENSHOT_ENV)
    if target:
        shutil.copyfile(path, REPO_ROOT / target)
        print(f"written: {target}")


def test_sources_tab_lists_the_record(page):
    from playwright.sync_api import expect

    _open_sources(page)
    rows = page.locator("#iqa-sources tbody tr")
    expect(rows.first).to_be_visible(timeout=WAIT_MS)
    assert rows.count() == 5
    headers = [_flat(h) for h in page.locator("#iqa-sources th").all_inner_texts()]
    for wanted in ("Kind", "Published", "Publisher", "Passages"):
        assert wanted in headers, headers
    # rules between rows only, no dark grid between the columns
    sides = page.locator("#iqa-sources table, #iqa-sources tr, #iqa-sources td").evaluate_all(
        "els => els.map(e => getComputedStyle(e).borderLeftWidth)")
    assert set(sides) == {"0px"}, set(sides)
    text = page.locator("#iqa-sources").inner_text()
    assert "BBC News" in text
    assert "Hereford Times" in text


@pytest.fixture(scope="module")
def mixed_upload(browser, server, tmp_path_factory):
    """Upload a good .txt and an .exe together, once; what the user was shown."""
    folder = tmp_path_factory.mktemp("upload")
    good = folder / "northfield-allotments-notice.txt"
    good.write_text(
        "Northfield allotment notice\n\n"
        "The Northfield allotment society will open twelve new plots beside the canal "
        "towpath in October, with priority for families on the waiting list.\n",
        encoding="utf-8",
    )
    bad = folder / "setup-wizard.exe"
    bad.write_bytes(b"MZ\x90\x00 not a document")
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server["url"])
    page.wait_for_selector("#iqa-question textarea", timeout=WAIT_MS)
    shown: list[str] = []
    page.on("console", lambda message: shown.append(message.text))
    result = _upload(page, [good, bad], expect_listed=[good])
    shown.append(page.locator("body").inner_text())  # includes any toast still showing
    shoot(page, "upload")
    box = page.locator("#iqa-upload").inner_text()
    context.close()
    return {"good": good, "bad": bad, "result": result, "shown": "\n".join(shown),
            "requests": requests, "box": box}


def test_upload_adds_good_file_and_tells_user_about_bad_one(mixed_upload):
    result, good, bad = mixed_upload["result"], mixed_upload["good"], mixed_upload["bad"]
    assert f"{good.name}: added" in result, result
    assert bad.name in mixed_upload["shown"], "the refused file is never named to the user"
    external = [u for u in mixed_upload["requests"]
                if urlparse(u).scheme in ("http", "https", "ws", "wss")
                and urlparse(u).hostname not in LOCAL_HOSTS]
    assert not external, external


def test_upload_result_names_the_refused_file(mixed_upload):
    result, bad, good = mixed_upload["result"], mixed_upload["bad"], mixed_upload["good"]
    assert f"Not added: {bad.name}: unsupported file type" in _flat(result), result
    assert f"{good.name}: added, 1 passage" in result, result
    assert not re.search(r"[\u2600-\u27bf\U0001F300-\U0001FAFF]", result), "emoji: boxes here"
    # the upload box is emptied, so the same files are not added twice by a second click
    assert good.name not in mixed_upload["box"], mixed_upload["box"]


INJECTION = (
    'Quillmoor lighthouse log <img src=y onerror="window.__pwned=3">\n\n'
    "The Quillmoor lighthouse keeper wrote the odd phrase "
    '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> '
    "in the visitor book on the night of the storm.\n"
)


def test_document_markup_is_shown_as_text_not_run(page, tmp_path):
    from playwright.sync_api import expect

    note = tmp_path / "quillmoor-lighthouse-log.txt"
    note.write_text(INJECTION, encoding="utf-8")
    result = _upload(page, [note])
    assert f"{note.name}: added" in result, result
    # the title (first line, markup included) is listed as text in the Sources table
    table = page.locator("#iqa-sources")
    expect(table).to_contain_text("Quillmoor lighthouse log <img", timeout=WAIT_MS)
    assert table.locator("img[src='y']").count() == 0
    assert page.evaluate("window.__pwned") is None
    page.get_by_role("tab", name="Chat").click()
    _ask(page, "What did the Quillmoor lighthouse keeper write in the visitor book?")
    panel = page.locator("#iqa-citations")
    expect(panel).to_contain_text("<script>", timeout=WAIT_MS)
    assert "onerror=" in panel.inner_text()
    assert "Quillmoor lighthouse log <img" in panel.inner_text()  # title, escaped
    assert panel.locator("script, img").count() == 0
    assert page.locator("#iqa-chat img[src='x'], #iqa-chat script").count() == 0
    assert page.evaluate("window.__pwned") is None
    shoot(page, "injection")


def _choose_to_remove(page, title: str) -> None:
    page.locator("#iqa-remove-choice input").fill(title)
    page.get_by_role("option", name=re.compile(re.escape(title))).first.click()


def test_removing_a_document_asks_first_and_cancel_keeps_it(page, tmp_path):
    from playwright.sync_api import expect

    note = tmp_path / "ashcombe-ferry-timetable.txt"
    note.write_text("Ashcombe ferry timetable\n\nThe Ashcombe ferry leaves the quay at "
                    "seven every morning from April to October.\n", encoding="utf-8")
    assert f"{note.name}: added" in _upload(page, [note])
    table, confirm = page.locator("#iqa-sources"), page.locator("#iqa-remove-confirm")
    expect(table).to_contain_text("Ashcombe ferry timetable", timeout=WAIT_MS)
    expect(confirm).to_be_hidden()
    # a page opened now counts the documents as they are, not as they were at start-up
    documents = page.locator("#iqa-sources tbody tr").count()
    other = page.context.new_page()
    other.goto(page.url)
    expect(other.locator("#iqa-status")).to_contain_text(f"{documents} documents",
                                                        timeout=WAIT_MS)
    other.close()

    # the first click only asks, naming the document; Cancel keeps it
    _choose_to_remove(page, "Ashcombe ferry timetable")
    # dates in words, as everywhere else on the page (not 2024-03-05, not 'undated')
    assert "Ashcombe ferry timetable — date unknown (" in page.locator(
        "#iqa-remove-choice input").input_value()
    page.click("#iqa-remove")
    question = page.locator("#iqa-remove-question")
    expect(question).to_contain_text("Remove Ashcombe ferry timetable", timeout=WAIT_MS)
    expect(page.locator("#iqa-remove-yes")).to_be_visible()
    shoot(page, "remove-asks-first", full_page=False)
    page.click("#iqa-remove-cancel")
    expect(confirm).to_be_hidden(timeout=WAIT_MS)
    expect(page.locator("#iqa-remove-result")).to_contain_text("Nothing was removed")
    expect(table).to_contain_text("Ashcombe ferry timetable")

    # asked again and confirmed, it goes
    page.click("#iqa-remove")
    expect(page.locator("#iqa-remove-yes")).to_be_visible(timeout=WAIT_MS)
    page.click("#iqa-remove-yes")
    expect(page.locator("#iqa-remove-result")).to_contain_text(
        "Removed Ashcombe ferry timetable", timeout=WAIT_MS)
    expect(table).not_to_contain_text("Ashcombe ferry timetable")
    expect(confirm).to_be_hidden()
