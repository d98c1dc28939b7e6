"""Site furniture in saved web text: lines that address the reader, not the record.

News pages saved as plain text keep their calls to action ("sign up for our email
alerts", "send a letter to the editor by clicking here", "What are your thoughts?"). HTML
pages lose them to trafilatura; in text there is no markup left to tell, so a sentence
counts as furniture when it speaks to the reader ("you", "your") about reading, sharing or
signing up, which a report, letter or minute does not do.
"""

from __future__ import annotations

import re

from ingest.models import Passage

_READER = re.compile(r"\b(you|your)\b", re.IGNORECASE)
_CALL = re.compile(
    r"\b(sign(ing)?[ -]up|subscrib\w*|click\w*|tap here|follow us|share (this|it)|"
    r"download (our|the) app|newsletters?|inbox|(news|email) alerts?|have your say|"
    r"(sent|delivered) (straight |directly )?to you|"
    r"your (thoughts|views|comments)\b|comment below|letters? to the editor)",
    re.IGNORECASE,
)


def is_furniture(sentence: str) -> bool:
    """Does this sentence speak to the site's reader (sign up, click, have your say)?"""
    return bool(_READER.search(sentence) and _CALL.search(sentence))


def furniture_passage(passage: Passage) -> bool:
    """Is most of this passage (more than half its sentences) furniture?"""
    if not _READER.search(passage.text):  # most passages: one search, at every index load
        return False
    spans = passage.sentences or ((0, len(passage.text)),)
    furniture = sum(1 for start, end in spans if is_furniture(passage.text[start:end]))
    return 2 * furniture > len(spans)
