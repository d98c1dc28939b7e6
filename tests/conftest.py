"""Shared fixtures: the sample record, one embedding model per session, built indexes,
and fixture documents of every supported type, written by the tests themselves.

All document text below is invented for these tests (a fictional "Northfield" council).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "herefordshire"
QUESTIONS_FILE = REPO_ROOT / "eval" / "questions" / "herefordshire.jsonl"
NORTHMERE = REPO_ROOT / "eval" / "records" / "northmere"
# The command line as `python -m app.cli`: the console script's own entry point, so no test
# needs the script on PATH or in the venv (and the registered commands, such as eval, are
# found the same way through the installed package's entry points).
CLI = [sys.executable, "-m", "app.cli"]

# --------------------------------------------------------------------------------------
# Fixture documents (fictional content). Tests import these constants to know what to
# look for, so nothing about the expected text is hard-coded twice.
# --------------------------------------------------------------------------------------
PDF_PAGES = (
    "Northfield Borough Council adopted its new library strategy on 4 March 2024.",
    "The strategy commits Northfield to opening the Riverside reading room every Sunday.",
    "Councillors in Northfield agreed to review the mobile library routes by next spring.",
)
PDF_NAME = "northfield-library-strategy.pdf"

HTML_NAME = "northfield-news.html"
HTML_ARTICLE = (
    "Northfield Borough Council has agreed to keep the Riverside library open for another "
    "five years, after more than two thousand residents signed a petition opposing its closure.",
    "The decision was taken at a meeting of the cabinet on Tuesday evening. Members heard that "
    "visitor numbers had risen by a fifth since the reading room was refurbished last spring, "
    "and that the children's reading club now meets three times a week.",
    "The cabinet member for culture said the library was a lifeline for older residents who "
    "rely on its computers to book appointments and pay bills. She added that volunteers "
    "from the Friends of Riverside group would help staff the Saturday opening hours.",
    "Opposition councillors welcomed the vote but warned that the building needs a new roof "
    "within three years. A report on the cost of the repairs is due before the summer recess.",
)
HTML_BOILERPLATE = {
    "nav": "Skip to navigation Parking permits Bin collection days",
    "cookie": "We use cookies to improve your browsing experience Accept all cookies",
    "footer": "Copyright Northfield Gazette Media Group Terms and privacy",
    "script": "trackVisitorWithPixel",
    "style": "gazette-header-colour",
}

DOCX_NAME = "northfield-parks-briefing.docx"
DOCX_HEADING = "Northfield parks briefing"
DOCX_PARAGRAPHS = (
    "The parks team planted four hundred oak saplings along the Millbrook greenway this winter.",
    "Volunteers from six schools helped with the planting, which was funded by a county grant.",
)
DOCX_TABLE = (("Park", "Trees planted"), ("Millbrook greenway", "400"), ("Castle meadow", "120"))

MD_NAME = "northfield-minutes.md"
MD_SOURCE = """# Northfield planning committee

## Decisions

The committee approved the *revised* plans for the **Harbour Street** development by
seven votes to two.

Objectors said the [design statement](https://example.invalid/design) ignored the
conservation area, and asked for a site visit before any further decision.

- The applicant must plant twelve street trees.
- Construction traffic may not use Mill Lane before nine in the morning.

`Appendix B` lists the conditions in full.
"""
MD_SENTENCES = (
    "The committee approved the revised plans for the Harbour Street development by seven "
    "votes to two.",
    "The applicant must plant twelve street trees.",
)

TXT_NAME = "northfield-ferry-notice.txt"
TXT_TEXT = (
    "Northfield ferry timetable notice\n\n"
    "From the first of June the Northfield ferry will run every forty minutes on weekdays.\n"
    "The last crossing from the harbour will leave at ten past eleven at night.\n\n"
    "Passengers with bicycles should board through the lower deck gate, which opens "
    "five minutes before each departure.\n"
)


def _pdf(pages: tuple[str, ...], path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for sentence in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, sentence)
    pdf.output(str(path))
    return path


def make_image_only_pdf(path: Path) -> Path:
    """A PDF page holding only a drawn rectangle: no text layer at all."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(20, 20, 120, 60, style="F")
    pdf.output(str(path))
    return path


def html_article(variant: str = "") -> tuple[str, ...]:
    """The article paragraphs; `variant` makes them unique (see make_fixture_files)."""
    if not variant:
        return HTML_ARTICLE
    return tuple(f"{p} Reference {variant}-{i}." for i, p in enumerate(HTML_ARTICLE))


def _html(path: Path, variant: str = "") -> Path:
    b = HTML_BOILERPLATE
    paragraphs = "\n".join(f"      <p>{p}</p>" for p in html_article(variant))
    path.write_text(
        f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Riverside library saved | Northfield Gazette</title>
  <style>.{b["style"]} {{ color: #123456; }}</style>
  <script>function {b["script"]}() {{ return "ping"; }}</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent"><p>{b["cookie"]}</p>
    <button>Accept</button></div>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
    <li><a href="/parking">{b["nav"]}</a></li></ul></nav>
  <main>
    <article>
      <h1>Riverside library saved after petition</h1>
{paragraphs}
    </article>
  </main>
  <footer><p>{b["footer"]}</p></footer>
  <script>{b["script"]}(); document.write("tracking");</script>
</body>
</html>
""",
        encoding="utf-8",
    )
    return path


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(DOCX_HEADING, level=1)
    for paragraph in DOCX_PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=len(DOCX_TABLE), cols=len(DOCX_TABLE[0]))
    for r, row in enumerate(DOCX_TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


def make_fixture_files(directory: Path, variant: str = "") -> dict[str, Path]:
    """Create one file of each supported type in `directory`; return them by kind.

    `variant` is woven into the HTML article so its paragraphs are new to this process,
    keeping loader tests independent of what earlier tests fed the HTML extractor
    (trafilatura can keep a process-wide memory of paragraphs; see test_loaders).
    """
    directory.mkdir(parents=True, exist_ok=True)
    md = directory / MD_NAME
    md.write_text(MD_SOURCE, encoding="utf-8")
    txt = directory / TXT_NAME
    txt.write_text(TXT_TEXT, encoding="utf-8")
    return {
        "pdf": _pdf(PDF_PAGES, directory / PDF_NAME),
        "html": _html(directory / HTML_NAME, variant),
        "docx": _docx(directory / DOCX_NAME),
        "md": md,
        "txt": txt,
    }


# --------------------------------------------------------------------------------------
# Paths and data
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    if not (SAMPLE_CORPUS / "sources.csv").is_file():
        pytest.skip(f"sample record not found at {SAMPLE_CORPUS} (expected beside the repo)")
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def eval_questions():
    from eval.run import load_questions

    return load_questions(QUESTIONS_FILE)


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture documents, written once per session (tests must not modify them)."""
    directory = tmp_path_factory.mktemp("fixture-docs")
    make_fixture_files(directory)
    return directory


@pytest.fixture(scope="session")
def fixture_files(fixture_dir: Path) -> dict[str, Path]:
    return {
        "pdf": fixture_dir / PDF_NAME, "html": fixture_dir / HTML_NAME,
        "docx": fixture_dir / DOCX_NAME, "md": fixture_dir / MD_NAME,
        "txt": fixture_dir / TXT_NAME,
    }


# --------------------------------------------------------------------------------------
# Real components
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def embedder():
    """The bundled embedding model, loaded once for the whole session."""
    from index.embeddings import Embedder

    return Embedder()


@pytest.fixture(scope="session")
def make_components(embedder) -> Callable[[Path], object]:
    """Factory: fresh Components over an index in `directory`, sharing the session model."""
    from app.settings import Settings
    from app.wiring import Components

    made = []

    def factory(directory: Path, **settings: object):
        components = Components(Settings(index=directory, **settings))
        components.__dict__["embedder"] = embedder  # Components caches with cached_property
        made.append(components)
        return components

    yield factory
    for components in made:
        if "store" in components.__dict__:
            components.store.close()


@pytest.fixture(scope="session")
def index_folder(make_components) -> Callable[[Path, Path], object]:
    """Factory: Components over a fresh index at `index_dir` of every file in `folder`,
    which must all go in."""
    from index.build import ingest_paths

    def factory(folder: Path, index_dir: Path):
        components = make_components(index_dir)
        report = ingest_paths(components.store, components.embedder, [folder], progress=False)
        failed = [f for f in report.files if f.status == "failed"]
        assert not report.failed, (report.problems, failed)
        components.retriever.reload()
        return components

    return factory


@pytest.fixture
def record_assistant(index_folder, tmp_path: Path) -> Callable[[dict[str, tuple[str, str]]], Any]:
    """Factory: the assistant over a fresh index of a small record the test writes
    (`write_record`'s file -> ("publisher,kind,published", text))."""

    def factory(record: dict[str, tuple[str, str]]) -> Any:
        folder = tmp_path / "record"
        folder.mkdir()
        write_record(folder, record)
        return index_folder(folder, tmp_path / "index").assistant

    return factory


@pytest.fixture(scope="session")
def sample_components(sample_corpus: Path, index_folder, tmp_path_factory):
    """Components over an index of the sample record, built once per session."""
    return index_folder(sample_corpus, tmp_path_factory.mktemp("sample-index"))


def write_record(folder: Path, record: dict[str, tuple[str, str]]) -> Path:
    """A small record written by a test into `folder`: file -> ("publisher,kind,published",
    text), with a sources.csv titling each file by its text's first line."""
    import csv

    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "title", "publisher", "kind", "published", "about"])
        for file, (meta, text) in record.items():
            publisher, kind, published = meta.split(",")
            (folder / file).write_text(text, encoding="utf-8")
            writer.writerow(
                [file, text.splitlines()[0].lstrip("# "), publisher, kind, published, ""]
            )
    return folder


def index_record(record: dict[str, tuple[str, str]], index_folder, tmp_path_factory, name: str):
    """That record written and indexed for real."""
    folder = write_record(tmp_path_factory.mktemp(name), record)
    return index_folder(folder, tmp_path_factory.mktemp(f"{name}-index"))


def document_from(path: Path):
    """A loaded file as the Document ingest would make of it (no manifest)."""
    import hashlib

    from index.build import slugify
    from ingest.loaders import load_file
    from ingest.models import DocMeta, Document

    loaded = load_file(path)
    return Document(
        doc_id=slugify(path.stem), path=str(path),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        meta=DocMeta(title=loaded.title), text=loaded.text, page_starts=loaded.page_starts,
    )


# --------------------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------------------
def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("INSPECTION_QA_INDEX", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def question_path_imports(
    index: Path, heavy: tuple[str, ...], check: str = ""
) -> tuple[list[str], str]:
    """Ask one question of the index in a fresh interpreter: which of `heavy` it imported,
    and what it wrote to stderr. `check` is more Python run on `c` (the Components) first."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.settings import Settings\n"
        "from app.wiring import Components\n"
        f"c = Components(Settings(index=Path({str(index)!r})))\n"
        f"{check}"
        "answer = c.assistant.ask('When does the Riverside reading room open?')\n"
        "assert answer.citations, answer\n"
        f"print(' '.join(m for m in {heavy!r} if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=cli_env(),
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.split(), proc.stderr


def run_cli(*args: str, stdin: str | None = None, timeout: float = 180,
            cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], input=stdin, capture_output=True, text=True, timeout=timeout,
        cwd=cwd, env=cli_env(),
    )


def run_cli_many(commands: dict[str, tuple[list[str], str | None]], timeout: float = 240
                 ) -> dict[str, subprocess.CompletedProcess[str]]:
    """Run several CLI commands at once (each spends most of its time importing torch)."""
    procs = {
        key: (subprocess.Popen(
            [*CLI, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=cli_env(),
        ), stdin)
        for key, (args, stdin) in commands.items()
    }
    results = {}
    for key, (proc, stdin) in procs.items():
        try:
            stdout, stderr = proc.communicate(stdin or "", timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, stderr = proc.communicate()
        results[key] = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
    return results


@pytest.fixture(scope="session")
def cli_sample_index(sample_corpus: Path, tmp_path_factory) -> Path:
    """An index of the sample record built by `inspection-qa ingest` itself."""
    index_dir = tmp_path_factory.mktemp("cli-index") / "index"
    result = run_cli("--index", str(index_dir), "ingest", "--quiet", str(sample_corpus))
    assert result.returncode == 0, result.stdout + result.stderr
    return index_dir


def read_json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def python() -> str:
    return sys.executable


# --------------------------------------------------------------------------------------
# Servers the tests start for real: the chat, llama.cpp's server
# --------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(command: list[str], log_path: Path, ready_url: str, *, what: str,
            env: dict[str, str] | None = None, timeout: float = 90):
    """Start `command` (output to `log_path`), wait until `ready_url` answers 200, yield
    the process, and stop it afterwards; fail with the log's tail if it dies or never
    comes up."""
    log = log_path.open("w")
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                pytest.fail(f"{what} exited with {proc.returncode}: "
                            f"{log_path.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(ready_url, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"{what} not up on {ready_url} within {timeout:.0f} s: "
                            f"{log_path.read_text()[-2000:]}")
            time.sleep(0.5)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
