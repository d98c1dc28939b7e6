"""Know the record: the dated events it reports and the recommendations it holds.

Built from the indexed passages, no language model: sentences that date an inspection, a
visit, a report, a direction or a decision become timeline events; sentences that
recommend, require or direct become register entries. Each keeps the citations it rests on.
Counting and listing questions are answered from these.
"""

from app.record.answers import answer_from_record
from app.record.register import Recommendation, recommendations
from app.record.timeline import Event, timeline

__all__ = ["Event", "Recommendation", "answer_from_record", "recommendations", "timeline"]
