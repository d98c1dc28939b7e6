"""Logins with roles: readers ask, browse and export; editors also add and remove documents.
Passwords are argon2 hashes written by `inspection-qa user add`; the real chat refuses a
reader's upload or removal even when its API is called directly, and logs who changed what."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from app.users import EDITOR, READER, Logins, read_logins
from tests.conftest import CLI, cli_env, free_port, run_cli, running

HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g"  # shape only: verifies nothing


@pytest.mark.parametrize(
    ("file_text", "env", "expected"),
    [
        (f"alice:editor:{HASH}\n# comment\n\nbob:reader:{HASH}\n", None,
         [("alice", EDITOR, True), ("bob", READER, True)]),
        ("carol:pw1\ndave:pw:with:colons\n", None,
         [("carol", READER, False), ("dave", READER, False)]),
        (None, "erin:pw3,fay:pw4", [("erin", READER, False), ("fay", READER, False)]),
        (f"alice:editor:{HASH}\n", "erin:pw3", [("alice", EDITOR, True), ("erin", READER, False)]),
        (None, None, []),
    ],
    ids=["hashed", "old-plain-lines-are-readers", "env", "both", "none"],
)
def test_read_logins(tmp_path, file_text, env, expected):
    path = tmp_path / "logins"
    if file_text is not None:
        path.write_text(file_text)
    logins = read_logins(path, env)
    got = [(e.name, e.role, e.hashed) for e in logins.by_name.values()]
    assert got == expected
    assert logins.plain == [name for name, _, hashed in expected if not hashed]


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("alice", "line 2: not NAME:ROLE:HASH"),
        ("alice:", "line 2: not NAME:ROLE:HASH"),
        (f"alice:admin:{HASH}", "line 2: unknown role 'admin'"),
    ],
    ids=["no-colon", "no-password", "unknown-role"],
)
def test_bad_login_lines_name_the_file_and_line(tmp_path, line, says):
    path = tmp_path / "logins"
    path.write_text(f"# header\n{line}\n")
    with pytest.raises(ValueError, match="line 2") as caught:
        read_logins(path)
    assert str(caught.value).startswith(f"{path}, {says}")


def test_without_logins_the_local_user_edits():
    assert Logins().role(None) == EDITOR
    assert Logins().may_edit(None)


def _user(*args: str, password: str | None = None, logins: Path) -> subprocess.CompletedProcess:
    return run_cli("user", *args, "--auth-file", str(logins), stdin=password)


def test_user_add_hashes_the_password_and_keeps_the_file_private(tmp_path):
    logins = tmp_path / "conf" / "logins"
    added = _user("add", "alice", "--role", "editor", password="correct horse\n", logins=logins)
    assert added.returncode == 0, added.stderr
    assert "added alice (editor" in added.stdout
    text = logins.read_text()
    assert "correct horse" not in text
    assert "alice:editor:$argon2id$" in text
    assert stat.S_IMODE(logins.stat().st_mode) == 0o600
    again = _user("add", "alice", "--role", "reader", password="battery\n", logins=logins)
    assert "changed alice (reader" in again.stdout
    read = read_logins(logins)
    assert read.role("alice") == READER
    assert read.check("alice", "battery")
    assert not read.check("alice", "correct horse")
    assert not read.check("nobody", "battery")
    listed = _user("list", logins=logins)
    assert listed.stdout.split() == ["alice", "reader"]
    assert _user("remove", "alice", logins=logins).returncode == 0
    assert not read_logins(logins)
    missing = _user("remove", "alice", logins=logins)
    assert missing.returncode == 1
    assert "no login named alice" in missing.stderr


@pytest.mark.parametrize(
    ("args", "password", "says"),
    [
        (["add", "alice", "--role", "owner"], "pw\n", "invalid choice: 'owner'"),
        (["add", "al ice"], "pw\n", "cannot be a login name"),
        (["add", "alice"], "\n", "the password is empty"),
        (["add"], "pw\n", "give the login name"),
    ],
    ids=["bad-role", "bad-name", "empty-password", "no-name"],
)
def test_user_add_refuses_bad_input_in_one_line(tmp_path, args, password, says):
    logins = tmp_path / "logins"
    result = _user(*args, password=password, logins=logins)
    assert result.returncode == 2
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert not logins.exists()


def test_migrate_hashes_old_plain_lines_in_place(tmp_path):
    logins = tmp_path / "logins"
    logins.write_text("carol:old:pw\n")
    result = _user("migrate", logins=logins)
    assert result.returncode == 0, result.stderr
    assert "hashed 1 plain password(s): carol" in result.stdout
    assert "old:pw" not in logins.read_text()
    migrated = read_logins(logins)
    assert migrated.check("carol", "old:pw")
    assert migrated.role("carol") == READER


def test_cli_has_no_plain_password_flag():
    for command in ("serve", "user"):
        help_text = subprocess.run([*CLI, command, "--help"], capture_output=True, text=True,
                                   env=cli_env()).stdout
        assert "--auth-file" in help_text
        assert "--password" not in help_text


def _post(url: str, data: dict[str, str]) -> int:
    body = urllib.parse.urlencode(data).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture(scope="module")
def served(cli_sample_index: Path, tmp_path_factory):
    """The chat over a copy of the sample index, with an editor, a reader written by
    `user add`, and an old plain `user:password` line (still a login, as a reader)."""
    root = tmp_path_factory.mktemp("roles")
    index = root / "index"
    shutil.copytree(cli_sample_index, index)
    logins = index / "logins"  # the default place: no --auth-file needed
    for name, role, password in (("edna", "editor", "ed-pw"), ("rita", "reader", "rd-pw")):
        result = run_cli("--index", str(index), "user", "add", name, "--role", role,
                         stdin=password + "\n")
        assert result.returncode == 0, result.stderr
    with logins.open("a") as f:
        f.write("olly:old-plain-pw\n")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    command = [*CLI, "--index", str(index), "serve", "--port", str(port)]
    log = root / "serve.log"
    with running(command, log, url, what="chat", env=cli_env(), timeout=90):
        yield {"url": url, "index": index, "root": root, "log": log}


def _client(served, name: str, password: str):
    from gradio_client import Client

    return Client(served["url"], auth=(name, password), verbose=False)


def _sources(index: Path) -> list[str]:
    result = run_cli("--index", str(index), "sources", "--json")
    assert result.returncode == 0, result.stderr
    return [row["doc_id"] for row in json.loads(result.stdout)]


def test_served_chat_requires_login(served):
    base = served["url"].rstrip("/")
    assert _get(f"{base}/config") == 401
    assert _post(f"{base}/login", {"username": "edna", "password": "wrong"}) >= 400
    assert _post(f"{base}/login", {"username": "edna", "password": "ed-pw"}) == 200
    assert _post(f"{base}/login", {"username": "olly", "password": "old-plain-pw"}) == 200
    said = served["log"].read_text()
    assert "olly log in with a password kept in plain text" in said
    assert "inspection-qa user migrate" in said


@pytest.mark.parametrize(("name", "password"), [("rita", "rd-pw"), ("olly", "old-plain-pw")],
                         ids=["reader", "old-plain-login"])
def test_a_reader_cannot_add_or_remove_even_through_the_api(served, tmp_path, name, password):
    from gradio_client import handle_file
    from gradio_client.exceptions import AppError

    before = _sources(served["index"])
    client = _client(served, name, password)
    note = tmp_path / "reader-note.txt"
    note.write_text("A reader's note that must never reach the record.\n")
    with pytest.raises(AppError, match=f"Only editors may add documents; {name} is a reader"):
        client.predict([handle_file(str(note))], api_name="/add_documents")
    with pytest.raises(AppError, match=f"Only editors may remove documents; {name} is a reader"):
        client.predict(before[0], api_name="/remove_document")
    # asking still works for a reader
    chat = client.predict("Why is the service in intervention?", api_name="/ask")
    assert "[1]" in json.dumps(chat)
    assert _sources(served["index"]) == before
    assert not (served["index"] / "uploads" / note.name).exists()


def test_an_editor_adds_and_removes_and_the_log_says_who(served, tmp_path):
    from gradio_client import handle_file

    client = _client(served, "edna", "ed-pw")
    note = tmp_path / "editor-note.txt"
    note.write_text("Northfield's editor added this briefing note about foster carers.\n")
    result = client.predict([handle_file(str(note))], api_name="/add_documents")
    assert "- editor-note.txt: added, 1 passage" in result[0]
    assert "editor-note" in _sources(served["index"])
    removed = client.predict("editor-note", api_name="/remove_document")
    assert "Removed" in removed[0]
    assert "editor-note" not in _sources(served["index"])
    assert not (served["index"] / "uploads" / note.name).exists()

    log = run_cli("--index", str(served["index"]), "log")
    assert log.returncode == 0, log.stderr
    lines = [line for line in log.stdout.splitlines() if "editor-note" in line]
    assert len(lines) == 2, log.stdout
    assert "edna (chat): added editor-note (editor-note.txt)" in lines[0]
    assert "edna (chat): removed editor-note" in lines[1]
    assert "rita" not in log.stdout
    assert "olly" not in log.stdout


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
@pytest.mark.parametrize(("name", "password", "editor"),
                         [("rita", "rd-pw", False), ("edna", "ed-pw", True)],
                         ids=["reader", "editor"])
def test_the_page_shows_add_and_remove_to_editors_only(served, name, password, editor):
    if not CHROMIUM.exists():
        pytest.skip(f"Debian chromium not found at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    expect = sync_api.expect
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            login = context.request.post(served["url"] + "login",
                                         form={"username": name, "password": password})
            assert login.ok, login.status
            page = context.new_page()
            page.goto(served["url"])
            page.wait_for_selector("#iqa-question textarea", timeout=90_000)
            page.get_by_role("tab", name="Sources").click()
            upload, remove = page.locator("#iqa-upload"), page.locator("#iqa-remove")
            note = page.locator("#iqa-reader-note")
            if editor:
                expect(upload).to_be_visible(timeout=30_000)
                expect(remove).to_be_visible()
                expect(note).to_be_hidden()
            else:
                # the note shows once the page has asked who is there; the controls never do
                expect(note).to_contain_text(f"logged in as {name}, a reader", timeout=30_000)
                expect(upload).to_be_hidden()
                expect(remove).to_be_hidden()
                expect(page.get_by_text("Add to index")).to_have_count(0)
            shot = served["root"] / f"sources-{name}.png"
            page.screenshot(path=str(shot), full_page=True)
            print(f"screenshot: {shot}")
        finally:
            browser.close()


def test_command_line_changes_are_logged_under_the_system_login(tmp_path):
    from app.changes import local_user

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "briefing.txt").write_text("Northfield's briefing on foster carers, May 2024.\n")
    index = tmp_path / "index"
    empty = run_cli("--index", str(index), "log")
    assert "No documents have been added or removed" in empty.stdout
    assert run_cli("--index", str(index), "ingest", "--quiet", str(docs)).returncode == 0
    assert run_cli("--index", str(index), "remove", "briefing").returncode == 0
    log = run_cli("--index", str(index), "log", "--json")
    assert log.returncode == 0, log.stderr
    logged = [(c["who"], c["action"], c["doc_id"], c["via"]) for c in json.loads(log.stdout)]
    me = local_user()
    assert logged == [(me, "added", "briefing", "command line"),
                      (me, "removed", "briefing", "command line")]


def test_a_damaged_change_log_is_named_with_its_line(tmp_path):
    (tmp_path / "changes.jsonl").write_text('{"who": "a", "action": "added", "doc_id": "x"}\n'
                                            "not json\n")
    result = run_cli("--index", str(tmp_path), "log")
    assert result.returncode == 2
    assert f"{tmp_path / 'changes.jsonl'}, line 2: not a change record" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_refuses_a_named_login_file_that_is_missing(tmp_path):
    missing = tmp_path / "logins"
    result = run_cli("--index", str(tmp_path / "index"), "serve", "--auth-file", str(missing))
    assert result.returncode == 2
    assert f"{missing}: no such login file" in result.stderr
    assert "inspection-qa user add NAME --role editor" in result.stderr
