"""The words the synthetic bench record is made of: places, people, roles, bodies,
topics and sentence templates in the register of English council and inspection reports.

Changing any list changes every generated record (and so the bench figures), so they are
kept apart from the generator (eval/synthetic.py) that draws on them.
"""

from __future__ import annotations

from ingest.dates import MONTH_NAMES


def _words(text: str) -> list[str]:
    return text.split()


PREFIXES = _words(
    "Ash Brad Cal Dun Elm Fen Glen Hart Kings Lang Mar Nor Oak Pen Ravens Stan Thorn "
    "Wal West Whit Wood Yar Brock Cold Hol Ather Bex Car Dray Hales Ken Mel Rother Sel "
    "Tam Ux"
)
SUFFIXES = _words(
    "bury ford ham ley mere stow wick field ton borough combe dale worth minster holt "
    "chester by thorpe well bridge"
)
FIRST = _words(
    "Alison Andrew Bethan Carol David Eleanor Fiona Gareth Helen Ian Joanna Karen Liam "
    "Margaret Nadia Owen Priya Rachel Simon Tariq Una Victoria William Yasmin Zoe Colin "
    "Deborah Euan Gillian Hamid Imogen Jasper Kelly Martin Niamh Patrick Rosalind "
    "Sunita Trevor Wendy"
)
SURNAMES = _words(
    "Adeyemi Barker Brazil Campbell Davies Edwards Fletcher Gallagher Hughes Iqbal "
    "Jenkins Khan Lloyd Morgan Nash O'Neill Patel Quinn Roberts Singh Thomas Underwood "
    "Vaughan Walsh Young Ashworth Bellamy Chowdhury Doyle Ellison Forsyth Greaves "
    "Hartley Kowalski Lindqvist Mensah Ndlovu Okafor Pemberton Rahman Sutcliffe "
    "Thornbury Whitfield"
)
ROLES = (
    "director of children's services",
    "lead member for children and families",
    "chief executive",
    "principal social worker",
    "head of safeguarding",
    "independent chair of the improvement board",
    "assistant director for corporate parenting",
    "cabinet member for young people",
    "leader of the council",
    "service manager for the front door",
)
BODIES = (
    "Ofsted",
    "the Department for Education",
    "the children's commissioner",
    "the Care Quality Commission",
    "HM Inspectorate of Probation",
    "the local safeguarding children partnership",
    "the Local Government Association",
    "the regional adoption agency",
    "the improvement board",
    "the independent reviewing service",
)
COMMITTEES = (
    "children and young people scrutiny committee",
    "cabinet",
    "corporate parenting board",
    "audit and governance committee",
    "health and wellbeing board",
    "full council",
    "schools forum",
    "improvement board",
)
TOPICS: dict[str, tuple[str, ...]] = {
    "children in need": (
        "assessments of need",
        "child in need plans",
        "statutory visits",
        "step-down to early help",
    ),
    "child protection": (
        "strategy meetings",
        "section 47 enquiries",
        "initial child protection conferences",
        "core group meetings",
    ),
    "care leavers": (
        "pathway plans",
        "contact with personal advisers",
        "suitable accommodation",
        "staying put arrangements",
    ),
    "children in care": (
        "placement stability",
        "permanence planning",
        "reviews by independent reviewing officers",
        "initial health assessments",
    ),
    "fostering": (
        "recruitment of foster carers",
        "connected persons assessments",
        "kinship care support",
        "the fostering panel",
    ),
    "adoption": (
        "matching of children with adopters",
        "early permanence placements",
        "adoption support plans",
        "life story work",
    ),
    "the front door": (
        "the multi-agency safeguarding hub",
        "contacts and referrals",
        "threshold decisions",
        "parental consent",
    ),
    "early help": (
        "family hubs",
        "family support workers",
        "early help assessments",
        "parenting programmes",
    ),
    "special educational needs": (
        "education, health and care plans",
        "annual reviews",
        "tribunal appeals",
        "specialist school placements",
    ),
    "exploitation": (
        "child criminal exploitation",
        "county lines",
        "missing episodes",
        "return home interviews",
    ),
    "the workforce": (
        "agency social workers",
        "caseloads",
        "vacancy rates",
        "newly qualified social workers",
        "supervision",
    ),
    "leadership": (
        "management oversight",
        "quality assurance",
        "performance information",
        "case file audits",
    ),
    "disabled children": (
        "short breaks",
        "direct payments",
        "transition to adult services",
        "the children with disabilities team",
    ),
    "youth justice": (
        "out-of-court disposals",
        "remand decisions",
        "reoffending rates",
        "the youth offending service",
    ),
    "education": (
        "children missing education",
        "elective home education",
        "the virtual school",
        "personal education plans",
    ),
}
JUDGEMENTS = ("inadequate", "requires improvement to be good", "good", "outstanding")
ADJ = (
    "inconsistent",
    "weak",
    "variable",
    "improving",
    "strong",
    "poor",
    "effective",
    "timely",
    "delayed",
    "insufficient",
    "robust",
    "patchy",
    "superficial",
    "thorough",
    "fragile",
    "sustained",
)
CONSEQUENCES = (
    "children experience drift and delay",
    "risks are not always identified quickly enough",
    "some families wait too long for help",
    "plans are not reviewed when circumstances change",
    "the voice of the child is not always heard",
    "managers cannot be sure that practice is improving",
    "too many children move placement",
    "young people do not know who their worker is",
    "partners lack confidence in the council's decisions",
)
RECOMMENDATIONS = (
    "strengthen management oversight of {phrase}",
    "reduce reliance on agency staff and stabilise the workforce",
    "improve the quality and timeliness of {phrase}",
    "ensure that {phrase} are reviewed by a senior manager",
    "develop a sufficiency strategy for {topic}",
    "resolve historic complaints about {topic}",
    "explore a long-term partnership with a neighbouring authority",
    "publish a revised improvement plan for {topic} within three months",
    "make sure that the views of children shape {phrase}",
    "commission an independent review of {phrase}",
)
RESPONSES = (
    "accepted",
    "welcomed",
    "acknowledged",
    "disputed parts of",
    "was disappointed by",
    "recognised",
)
ACTIONS = (
    "appointed an interim head of service",
    "recruited {n} permanent social workers",
    "set aside £{m}m for the improvement plan",
    "commissioned an external audit of {phrase}",
    "created a new team for {topic}",
    "brought in practice leaders from a partner council",
    "reduced average caseloads to {n}",
)
NEWSPAPERS = (
    "Gazette",
    "Courier",
    "Echo",
    "Herald",
    "Chronicle",
    "Advertiser",
    "Observer",
    "Mercury",
)
MONTHS = list(MONTH_NAMES)
PLACE_A = _words("Lower Upper Great Little North South East West Old New St")
PLACE_B = _words(
    "Brockwell Aldhelm Catterick Dunmore Fairholme Greystone Hazelwood Inkpen Juniper "
    "Kettleby Larkfield Moorcroft Netherby Orchardleigh Pilsdon Quarrendon Rushmere "
    "Saltash Tidworth Uffington Vernham Wexcombe Yarnfield"
)

SENTENCES = (
    "Inspectors from {body} found that {phrase} in {topic} were {adj} and judged the service "
    "{judgement}.",
    "In {month} {year} the {committee} heard that {n} children were waiting for {phrase}.",
    "{person}, the {role}, said the council {response} the findings and had {action}.",
    "The report recommends that the council should {recommendation}.",
    "At the monitoring visit on {date}, inspectors noted {adj} progress in {topic}, "
    "particularly in {phrase}.",
    "Spending on {topic} rose from £{m}m in {year} to £{m2}m in {year2}.",
    "{pct}% of {phrase} were completed within {days} working days, against a target of {pct2}%.",
    "{body_cap} issued a statutory direction on {date} requiring the council to {recommendation}.",
    "Members of the {committee} asked why {phrase} had become {adj} since the inspection in "
    "{year}.",
    "{council} was judged {judgement} overall in {year}, with {topic} judged {judgement2}.",
    "According to the report, {phrase} remain {adj} and {consequence}.",
    "Families in {place} told inspectors that {phrase} were {adj}.",
    "The number of children subject to {phrase} fell from {n} to {n2} between {year} and {year2}.",
    "{person} told the {committee} on {date} that {phrase} would be audited every {days} weeks.",
    "Where {phrase} are {adj}, {consequence}.",
    "The {newspaper} reported that {council} had {action}.",
    "Recommendation {n3}: the council should {recommendation}.",
    "Senior leaders have an {adj} understanding of {topic}, but {consequence}.",
    "An improvement notice was issued in {month} {year} after {body} raised concerns about "
    "{phrase}.",
    "The {role} left the authority in {month} {year2}, the {ordinal} change of leadership in "
    "{n3} years.",
)
ORDINALS = _words("second third fourth fifth sixth")
KINDS = ("report", "letter", "minutes", "news", "commissioner")
