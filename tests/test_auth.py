"""Optional login for the chat: from a file or the environment, never a plain CLI argument."""

from __future__ import annotations

import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from app.settings import read_logins
from tests.conftest import CLI, cli_env


@pytest.mark.parametrize(
    ("file_text", "env", "expected"),
    [
        ("alice:pw1\n# comment\n\nbob:pw:with:colons\n", None,
         [("alice", "pw1"), ("bob", "pw:with:colons")]),
        (None, "carol:pw3,dave:pw4", [("carol", "pw3"), ("dave", "pw4")]),
        ("alice:pw1\n", "carol:pw3", [("alice", "pw1"), ("carol", "pw3")]),
        (None, None, []),
    ],
    ids=["file", "env", "both", "none"],
)
def test_read_logins(tmp_path, file_text, env, expected):
    path = None
    if file_text is not None:
        path = tmp_path / "logins.txt"
        path.write_text(file_text)
    assert read_logins(path, env) == expected


@pytest.mark.parametrize("bad", ["alice", "alice:", ":pw"], ids=["no-colon", "no-pw", "no-user"])
def test_bad_login_entries_are_refused(bad):
    with pytest.raises(ValueError, match="user:password"):
        read_logins(None, bad)


def test_cli_has_no_plain_password_flag():
    help_text = subprocess.run([*CLI, "serve", "--help"], capture_output=True, text=True,
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


def test_served_chat_requires_login(cli_sample_index: Path, tmp_path: Path):
    logins = tmp_path / "logins.txt"
    logins.write_text("alice:s3cret\n")
    port = 7941
    proc = subprocess.Popen(
        [*CLI, "--index", str(cli_sample_index), "serve", "--port", str(port),
         "--auth-file", str(logins)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cli_env(),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                status = _get(f"{base}/config")
                break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail("chat did not start")
        assert status == 401
        assert _post(f"{base}/login", {"username": "alice", "password": "wrong"}) >= 400
        assert _post(f"{base}/login", {"username": "alice", "password": "s3cret"}) == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)
