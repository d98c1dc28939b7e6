"""Background questions answered as a briefing: points grouped by who said them and when.

"Why is the service in intervention?", "what is the history of the inspections?", "what
were the main problems?", "what has improved?", "what do parents say?" want an overview,
not the three sentences that share most words with the question. A briefing is a heading
line, then quoted sentences (or list items) of the record, each with its `[n]`, grouped
by source and date, oldest first (`assemble.py`). History questions draw on the timeline,
questions about what people say on the voices worked out at ingest, the rest on a deep
pool of passages scored for the kind of point the question wants (`briefer.py`, with the
wording it reads in `cues.py`). No language model.
"""

from app.briefing.assemble import MAX_CHARS, MAX_POINTS
from app.briefing.briefer import Briefer

__all__ = ["MAX_CHARS", "MAX_POINTS", "Briefer"]
