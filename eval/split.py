"""Dev and test halves of every question set, fixed once by a hash of the question id.

Changes are tuned by looking at the dev half; the test half says whether they hold on
questions nobody looked at while making them. The hash is the one the lead measured with,
so figures from different checkouts agree.
"""

from __future__ import annotations

import hashlib
from typing import Literal

Half = Literal["dev", "test"]
HALVES: tuple[Half, ...] = ("dev", "test")


def half_of(question_id: str) -> Half:
    """The half ("dev" or "test") a question belongs to, from its id alone."""
    return "dev" if int(hashlib.sha1(question_id.encode()).hexdigest(), 16) % 2 == 0 else "test"
