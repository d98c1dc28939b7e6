"""Who added or removed which document, and when: one JSON line per change, kept in the
index folder beside the record it describes; `inspection-qa log` prints it."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

LOG_NAME = "changes.jsonl"
_WRITE = threading.Lock()  # appends from the chat's worker threads stay whole lines


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Change:
    who: str
    action: str  # added | updated | removed
    doc_id: str
    name: str = ""  # the file name or title, as the person saw it
    via: str = "command line"  # or "chat"
    when: str = field(default_factory=_now)

    def line(self) -> str:
        """'2026-12-01 20:41 UTC  alice (chat): added ofsted-2018 (report.pdf)'."""
        when = dt.datetime.fromisoformat(self.when).strftime("%Y-%m-%d %H:%M UTC")
        named = f" ({self.name})" if self.name and self.name != self.doc_id else ""
        return f"{when}  {self.who} ({self.via}): {self.action} {self.doc_id}{named}"


def local_user() -> str:
    """Who is at the command line (or the chat without logins)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (some containers)
        return "local user"


def log_path(index_dir: Path) -> Path:
    return index_dir / LOG_NAME


def record(index_dir: Path, changes: list[Change]) -> None:
    """Append `changes` to the index's log."""
    if not changes:
        return
    index_dir.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(asdict(c), ensure_ascii=False) + "\n" for c in changes)
    with _WRITE, log_path(index_dir).open("a", encoding="utf-8") as f:
        f.write(text)


def read(index_dir: Path) -> list[Change]:
    """Every change logged for this index, oldest first."""
    path = log_path(index_dir)
    if not path.exists():
        return []
    changes = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            changes.append(Change(**json.loads(line)))
        except (json.JSONDecodeError, TypeError) as exc:
            raise ValueError(f"{path}, line {n}: not a change record ({exc})") from exc
    return changes
