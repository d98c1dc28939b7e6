"""The evaluation's data files: one JSON object a line (.jsonl), blank lines skipped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def read_jsonl(path: Path, make: Callable[[dict[str, Any]], T], what: str) -> list[T]:
    """`make` applied to each line's object, in order. A line that is not JSON, or that
    `make` cannot read (a missing field, a value of the wrong kind), stops the reading with
    the file's name, the line's number and what it should have been."""
    out = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name} line {line_no}: not JSON ({exc.msg})") from exc
        try:
            out.append(make(obj))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path.name} line {line_no}: not {what} ({exc})") from exc
    return out
