"""Which of a question's words a sentence holds: stems alike, and the words that say the
same thing another way (the trade's words for a post, irregular verb forms)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from index.lexical import stems

# The trade's words for the same post or state, as "asked:said instead": who headed or
# was in charge of a visit is its "lead inspector"; the lead member or portfolio holder is
# the "cabinet member for children"; children looked after are children "in care"; who is
# responsible for an action is its "owner" or "lead officer". (Answerable questions refused
# for want of the asked word on the probe records written in session 13, dev halves.)
_SAME_SENSE = (
    "headed:lead charge:lead lead:headed lead:cabinet portfolio:cabinet looked:care "
    "care:looked responsible:owner responsible:lead"
    # a referral at the front door is a "contact" there; what is waiting is "awaiting"
    # (calibration paraphrases written for session 19 on eight probe records; "head:director"
    # answered a dev near miss about an interim head of service with the interim director,
    # and "head:chair" had "who headed the inspection?" answered by a committee's chair)
    " referral:contact waiting:awaiting"
    # a body "handles" what the record says it delivers, provides or runs (two calibration
    # paraphrases, session 20: "which regional agency handles adoptions?")
    " handles:delivers handles:provides handles:runs"
    # a vacant post is a "vacancy" ("how many social worker posts were vacant?": "93
    # vacancies for social workers", dev h02; eight records: dev facts +1, test +1 (i64),
    # nothing else moved)
    " vacant:vacancy vacancy:vacant post:vacancy"
    # a social work case is a child: "how many children's cases did Ofsted ask the council
    # to review?" is answered by "asked the council to review … 21 children" (dev j29;
    # eight records: nothing else moved)
    " case:children"
    # a direction "lifted" is "revoked" (its "revocation"), and the other way round (a
    # hold-out record's dev question, session 32: "when was the direction lifted?")
    " lifted:revoked lifted:revocation revoked:lifted revocation:lifted"
    # a home's or scheme's beds are its "places", and the other way round (a conversation
    # set's dev paraphrase, fc12: "how many beds will the lodgings scheme offer?" had been
    # answered with "bed and breakfast")
    " bed:place place:bed"
    # what "comes into force" "takes effect", and the other way round (a fresh set's dev
    # question, ys05: "when did the improvement notice come into force?")
    " force:effect effect:force"
    # the workforce is its staff: their numbers, vacancies, turnover, recruitment, retention,
    # agency cover and caseloads ("what are the main problems with the social work
    # workforce?" had been briefed with findings on practice and housing, sample record dev
    # hb08)
    " workforce:staff workforce:staffing workforce:vacancy workforce:turnover"
    " workforce:recruitment workforce:retention workforce:agency workforce:caseload"
    # "in work, study or training" is "in education, employment or training" (dev l25,
    # session 36)
    " work:employment study:education"
    # a motion is "moved", as proposed (a probe question of session 36: "who proposed and
    # who seconded the motion?")
    " proposed:moved"
    # a councillor's everyday words: "kids" are children, a "private" school is an
    # "independent" one (a hold-out record's dev paraphrase, session 40: "how many kids with
    # SEND were being sent to private special schools?")
    " kid:children private:independent"
    # ...and more of them, the everyday words for the trade's: youngsters and teenagers are
    # children and young people, a family a (fostering) household, a temporary post an
    # interim or agency one, a poll or questionnaire a survey, quitting leaving, a top-up or
    # bonus a supplement, the boss the director, a job a post. (Session 41, all five sets of
    # the twelve records: dev facts +1, fc02; test +2 on records no pair was taken from,
    # pellbridge zp13 "how many youngsters…", wrenfield fw14 "new foster families"; one
    # near miss of a hold-out's calibration test half answered, ze14, with a plan's aim of
    # "at least 35 new fostering households")
    " youngster:children youngster:young teenager:young teenager:adolescent"
    " family:household household:family temp:agency temporary:interim temporary:agency"
    " questionnaire:survey poll:survey quit:leave quitting:leaving bonus:supplement"
    " topup:supplement boss:director job:post cash:funding"
    # ...a teenager is a child, counted either way ("how many teenagers … were living in
    # children's homes that weren't registered?" is answered by "four children were living in
    # unregistered children's homes"), and an action's owner is who owns it ("who owns the
    # improvement plan action…?"). Session 49, all six sets of the thirteen records: dev
    # facts +2, fp11 and g89, nothing else moved. ("young people" counted as children, and
    # children as young people, lost a near miss on each half: "14 young people were living
    # in accommodation…" for children living far from home, "the Young People's Council" for
    # young people answering its survey)
    " teenager:children owns:owner"
    # ...and pay the trade's supplement, allowance or salary ("how much extra pay a year did
    # Cabinet agree for social workers…?" is answered by "a market supplement of £4,000 a
    # year"; session 45, all six sets of the twelve records: dev facts +2, two conversation
    # paraphrases of two records, fr13 and fw10; nothing else moved, near misses included)
    " pay:supplement pay:allowance pay:salary"
    # ...a questionnaire filled in is a response to it, one fresh out of training newly
    # qualified, a cap a maximum, typing up forms recording and administration (session 45,
    # the same sets: dev facts +2, fb10 and fd13, and fp12 cites its answer among the
    # closest material; test and near misses unchanged)
    " filled:responses filled:completed fresh:newly training:qualified"
    " cap:maximum typing:recording forms:administration"
    # ...and keeping something is its remaining ("what did the chair recommend about keeping
    # the direction?" is answered by "The direction should remain in place until …"; the
    # session-45 hold-out's dev a45; nothing else of the thirteen records moved)
    " keep:remain keeping:remain"
    # His Majesty's Inspector is an inspector, asked either way ("which inspector led the
    # visit?" is answered by "… was led by Sarah Pendry HMI", "which HMI led it?" by "His
    # Majesty's Inspectors Ann Lee and …"; found when a "which inspectors" question's role
    # became what the person must be named in, session 42)
    " inspector:hmi hmi:inspector"
    # ...what is extra is "additional", and the other way round, and money is said as its
    # sum ("how many extra posts was that money meant to pay for?" is answered by "£4.6
    # million for 74 additional full-time equivalent posts", the dev i71 of a hold-out
    # record's follow-ups)
    " extra:additional additional:extra money:million money:pounds"
    # ...and someone leaves a post by retiring ("when did they leave?" is answered by
    # "Andrew Pellow … retired on 30 June 2024": a hold-out record's dev follow-up, g68,
    # session 53; "resigned" too answered a near miss on each half, why a director left,
    # with why colleagues had resigned)
    " leave:retired left:retired"
    # ...and a party by its everyday name: the Tories are the Conservatives ("what did the
    # Tory opposition leader say…?" had been refused, the record never saying "Tory": the
    # marlowfield hold-out's dev conversation fk10, session 58)
    " tory:conservative tories:conservative"
    # ...and homes that foster are fostering "households", the internet a home's "Wi-Fi"
    # ("how many homes were fostering for the council…?" is answered by "212 approved
    # fostering households"; "has anything been done about internet connections for care
    # leavers…?" by "Wi-Fi now installed in all … supported accommodation"). Session 61,
    # all seven sets of the fourteen records: dev facts +2 (conversation paraphrases fp15
    # and fa13), a dev briefing's coverage +0.2 (jb16, homes and placements); nothing else
    # moved, near misses and test halves included. ("enquiry:contact" and "backlog:awaiting"
    # moved no dev question, only a test one, +0.5: not kept.)
    " home:household internet:wifi"
)
# Two words asked together that a sentence says as one: young people who have "left" "care"
# are "care leavers" (dev l25, session 36; "left" alone as "leaver" had a question about
# social workers who left answered with a care leaver's story, fresh test yr20).
_SAID_TOGETHER = {("left", "care"): "leaver"}
# Irregular verb forms the stemmer leaves apart from their verb, as "form:verb", read both
# ways: "who led the visit?" is answered by "the lead inspector". (Only here, where a
# sentence must hold the question's focus: folded into the stems that retrieval uses, the
# common ones, "came", "left", "took", drew off-subject passages, and a probe record's and
# a calderbrook test answer were lost.)
_IRREGULAR_FORMS = (
    "led:lead paid:pay held:hold took:take taken:take chose:choose chosen:choose rose:rise "
    "fell:fall spent:spend wrote:write written:write sold:sell bought:buy began:begin "
    "stood:stand met:meet gave:give given:give overspent:overspend"
)


@lru_cache(maxsize=1)
def _said_instead() -> dict[str, frozenset[str]]:
    """Each stem a question may ask with -> the stems a sentence may give it with."""
    pairs = [pair.split(":") for pair in _SAME_SENSE.split()]
    for pair in _IRREGULAR_FORMS.split():
        form, verb = pair.split(":")
        pairs += [[form, verb], [verb, form]]
    found: dict[str, set[str]] = {}
    for asked, said in pairs:
        found.setdefault(stems(asked)[0], set()).add(stems(said)[0])
    return {k: frozenset(v) for k, v in found.items()}


def said_as(term: str, stems_: frozenset[str] | set[str]) -> bool:
    """Do these stems hold the term, or the trade's other word or verb form for it?"""
    return term in stems_ or not _said_instead().get(term, frozenset()).isdisjoint(stems_)


def known_as(term: str, known: Callable[[str], bool]) -> bool:
    """Does the record use the term, or a word the trade says it with instead?"""
    return known(term) or any(known(t) for t in _said_instead().get(term, ()))


def records_words(query: str, known: Callable[[str], bool]) -> list[str]:
    """The record's words for the asker's words it never uses ("kids": "children", "boss":
    "director"), to search with as well: a passage saying "684 children were in the care
    of …" had ranked fourteenth for "how many kids were in care…?", a blind probe's dev
    question of session 43, as the search held no word of it but "care"."""
    said_for = _said_words()
    found: list[str] = []
    for term in stems(query):
        if known(term):
            continue
        found += [w for w in said_for.get(term, ()) if all(known(t) for t in stems(w))]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1)
def _said_words() -> dict[str, tuple[str, ...]]:
    """Each stem a question may ask with -> the words (as written) a record may say it
    with, from `_SAME_SENSE` (read once, as `_said_instead` reads it for stems)."""
    found: dict[str, list[str]] = {}
    for pair in _SAME_SENSE.split():
        asked, said = pair.split(":")
        found.setdefault(stems(asked)[0], []).append(said)
    return {k: tuple(v) for k, v in found.items()}


def present(focus: set[str], stems_: frozenset[str] | set[str]) -> set[str]:
    """The focus terms among these stems; "leading" asks of a "leader": stems sharing a
    beginning of four letters count, and so does the trade's other word for it."""
    together = {
        word
        for (word, other), said in _SAID_TOGETHER.items()
        if word in focus and other in focus and said in stems_
    }
    return together | {
        t
        for t in focus
        if said_as(t, stems_)
        or any(len(w) >= 4 and len(t) >= 4 and (w.startswith(t) or t.startswith(w)) for w in stems_)
    }


# "education, employment or training (EET)", "personal advisers (PAs)": an abbreviation the
# record defines, after the words whose initials it takes ("and", "or", "of" skipped)
# (or, with a small word's own letter, "Department for Education (DfE)")
_DEFINED = re.compile(
    r"((?:[A-Za-z][\w'’-]*,?\s+){1,8}?)\(([A-Z]{2,6}|[A-Z][a-z]?[A-Z][a-z]?[A-Z]?)s?\)"
)
_SKIPPED = frozenset(("and", "or", "of", "the", "for", "to", "in", "with"))


def defined_abbreviations(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each abbreviation the texts define ("PA"), with the stems of its long form."""
    found: dict[str, frozenset[str]] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            short = m.group(2)
            words = [w.strip(",") for w in m.group(1).split()]
            kept: list[str] = []
            small = not short.isupper()  # its small words are in it
            for word in reversed(words):
                if len(kept) == len(short):
                    break
                if word.lower() in _SKIPPED and kept and not small:
                    continue
                kept.insert(0, word)
            initials = "".join(w[0] for w in kept)
            if initials.lower() == short.lower() and stems(short):
                found[short] = frozenset(stems(" ".join(kept)))
    return found
