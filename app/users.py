"""Who may use the chat and who may change the record: logins with a role, passwords kept
as argon2id hashes in a login file written by `inspection-qa user add`.

A line of the file is `NAME:ROLE:HASH`. The old format, `user:password` in plain text, is
still read (as a reader, so an old file grants no one the right to change the record) and
`inspection-qa user migrate` hashes it in place.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

READER, EDITOR = "reader", "editor"
ROLES = (READER, EDITOR)
ROLE_HELP = {READER: "ask, browse and export", EDITOR: "also add and remove documents"}
FILE_HEADER = (
    "# inspection-qa logins, one NAME:ROLE:HASH a line (ROLE: reader or editor).\n"
    "# Written by `inspection-qa user add NAME --role ROLE`; edit with that command.\n"
)
_HASHED = "$argon2"


@dataclass(frozen=True)
class Login:
    name: str
    role: str
    secret: str  # an argon2 hash, or for an old plain entry the password itself

    @property
    def hashed(self) -> bool:
        return self.secret.startswith(_HASHED)


class Logins:
    """The logins the chat accepts; empty means no login is asked and the local user edits."""

    def __init__(self, entries: Sequence[Login] = (), source: str = "") -> None:
        self.by_name = {e.name: e for e in entries}  # a later line for a name wins
        self.source = source

    def __bool__(self) -> bool:
        return bool(self.by_name)

    def __len__(self) -> int:
        return len(self.by_name)

    @property
    def plain(self) -> list[str]:
        """Names whose password is kept in plain text (the old format)."""
        return [e.name for e in self.by_name.values() if not e.hashed]

    def check(self, name: str, password: str) -> bool:
        """True when `password` is this login's; Gradio calls it at every login."""
        entry = self.by_name.get(name)
        if entry is None:
            return False
        if not entry.hashed:
            return hmac.compare_digest(entry.secret.encode(), password.encode())
        from argon2 import PasswordHasher
        from argon2.exceptions import Argon2Error

        try:
            return bool(PasswordHasher().verify(entry.secret, password))
        except Argon2Error:
            return False

    def role(self, name: str | None) -> str:
        """The role of a logged-in user; with no logins at all, the local user is an editor."""
        if not self.by_name:
            return EDITOR
        entry = self.by_name.get(name or "")
        return entry.role if entry is not None else READER

    def may_edit(self, name: str | None) -> bool:
        return self.role(name) == EDITOR


def parse_line(line: str, where: str) -> Login | None:
    """One line of a login file (`where` names it in errors); None for blanks and comments."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    name, _, rest = line.partition(":")
    role, sep, secret = rest.partition(":")
    if sep and secret.startswith(_HASHED):
        if role not in ROLES:
            raise ValueError(f"{where}: unknown role '{role}' (use reader or editor)")
        return Login(name, role, secret)
    # the old format, user:password (the password may hold colons)
    if not name or not rest:
        raise ValueError(
            f"{where}: not NAME:ROLE:HASH (write it with: inspection-qa user add NAME --role ROLE)"
        )
    return Login(name, READER, rest)


def read_logins(path: Path | None, env: str | None = None) -> Logins:
    """The login file at `path` (missing: none) plus old-style `user:password` entries from
    the environment (INSPECTION_QA_AUTH, comma-separated; readers)."""
    entries: list[Login] = []
    if path is not None and path.exists():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: cannot read the login file ({exc})") from exc
        for n, line in enumerate(lines, start=1):
            entry = parse_line(line, f"{path}, line {n}")
            if entry is not None:
                entries.append(entry)
    for n, item in enumerate((env or "").split(","), start=1):
        entry = parse_line(item, f"INSPECTION_QA_AUTH, entry {n}")
        if entry is not None:
            entries.append(entry)
    return Logins(entries, str(path) if path is not None else "")


def check_name(name: str) -> str:
    name = name.strip()
    if not name or ":" in name or "," in name or any(c.isspace() for c in name):
        raise ValueError(f"'{name}' cannot be a login name: no spaces, ':' or ','")
    return name


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    if not password:
        raise ValueError("the password is empty")
    return PasswordHasher().hash(password)


def _entries(path: Path) -> list[Login]:
    if not path.exists():
        return []
    return list(read_logins(path).by_name.values())


def _write(path: Path, entries: Sequence[Login]) -> None:
    """Write the file readable by its owner only, replacing it in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(FILE_HEADER)
        f.writelines(f"{e.name}:{e.role}:{e.secret}\n" for e in entries)
    os.replace(tmp, path)


def add_login(path: Path, name: str, role: str, password: str) -> bool:
    """Add or replace `name`; True when it replaced an existing login."""
    if role not in ROLES:
        raise ValueError(f"unknown role '{role}' (use reader or editor)")
    name = check_name(name)
    entries = _entries(path)
    replaced = any(e.name == name for e in entries)
    login = Login(name, role, hash_password(password))
    _write(path, [*(e for e in entries if e.name != name), login])
    return replaced


def remove_login(path: Path, name: str) -> bool:
    entries = _entries(path)
    kept = [e for e in entries if e.name != name]
    if len(kept) == len(entries):
        return False
    _write(path, kept)
    return True


def migrate_logins(path: Path) -> list[str]:
    """Hash every plain `user:password` line of the file in place (they stay readers)."""
    entries = _entries(path)
    plain = [e.name for e in entries if not e.hashed]
    if plain:
        _write(
            path,
            [e if e.hashed else Login(e.name, e.role, hash_password(e.secret)) for e in entries],
        )
    return plain
