"""Documents' inferred titles and dates, scored against the hand-written `documents` list
of eval/expected/<record>.json (`{"file", "title", "published"}`; `published: null` means
the document gives no date and should be given none)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.dates import PartialDate

_FOLD = re.compile(r"[\s\"'“”‘’`]+")


def _folded(title: str) -> str:
    """Case, white space and every kind of quote mark folded away."""
    return _FOLD.sub(" ", title.lower()).strip()


def title_matches(expected: str, found: str) -> bool:
    """Equal once folded, or one holds the other (a title with or without its site name)."""
    e, f = _folded(expected), _folded(found)
    return bool(e and f) and (e == f or e in f or f in e)


def date_matches(expected: str | None, found: str) -> bool:
    """The found date equals the expected one at the expected precision; no expected date
    means none should have been found."""
    if not expected:
        return not found
    want, got = PartialDate.parse(expected), PartialDate.parse(found)
    if want is None:
        raise ValueError(f"expected date {expected!r} is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)")
    return got is not None and len(got.iso) >= len(want.iso) and got.iso.startswith(want.iso)


@dataclass(frozen=True)
class DocumentScore:
    expected: int
    titles_right: int
    dates_right: int
    missing: tuple[str, ...]  # expected files the index does not hold
    wrong: tuple[dict, ...]  # {file, title, published, found_title, found_published}


def document_scores(
    expected: Sequence[Mapping], found: Mapping[str, tuple[str, str]]
) -> DocumentScore:
    """Titles and dates right among the expected documents; `found` maps a file name to
    the (title, published) the index gave it. A missing document counts as wrong twice."""
    titles = dates = 0
    missing: list[str] = []
    wrong: list[dict] = []
    for doc in expected:
        got = found.get(doc["file"])
        if got is None:
            missing.append(doc["file"])
            continue
        title_ok = title_matches(doc["title"], got[0])
        date_ok = date_matches(doc.get("published"), got[1])
        titles += title_ok
        dates += date_ok
        if not (title_ok and date_ok):
            wrong.append(
                {
                    "file": doc["file"],
                    "title": doc["title"],
                    "published": doc.get("published"),
                    "found_title": got[0],
                    "found_published": got[1],
                }
            )
    return DocumentScore(len(expected), titles, dates, tuple(missing), tuple(wrong))
