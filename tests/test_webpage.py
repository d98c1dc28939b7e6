"""A saved web page's own headline and date, never its navigation's or side lists'.

Every page here is invented: a made-up town, with the furniture saved pages carry (cookie
text, skip links, a logo, menus, breadcrumbs, "Latest news" lists dated in other years).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.manifest import resolve_meta
from ingest.webpage import read_page, restore_headings

BODY = (
    "<p>The council said the findings of the inspection in March 2019 had been taken "
    "seriously, and that a new plan agreed on 12 January 2018 would now be replaced by one "
    "that puts children first. Leaders told councillors that progress would be reported to "
    "the scrutiny committee every quarter until the next visit.</p>\n"
    "<p>Social workers now hold fewer cases, and managers check plans each month.</p>\n"
)
COOKIES = (
    '<div class="cookie-banner"><p>We use cookies to make this site work. Accept all cookies '
    "(updated 4 April 2017)</p><button>Accept</button></div>"
)
SKIP = '<a class="skip-link" href="#main">Skip to main content</a>'
HEADER = (
    '<header class="site-header"><a class="logo" href="/"><img alt="Logo" src="l.png"></a>'
    '<span class="brand">Harlow Vale Borough Council</span>'
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>'
)
CRUMBS = (
    '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li>Home</li><li>News</li>'
    "<li>Agenda item</li></ol></nav>"
)
SIDEBAR = (
    '<aside class="sidebar"><h2>Latest news</h2><ul>'
    "<li>Library reopens <time datetime='2016-08-01'>1 August 2016</time></li>"
    "<li>Published: 2 February 2015 - Bin day changes</li></ul></aside>"
)
RELATED = (
    "<h2>Related stories</h2><ul><li>Council tax set - 5 March 2016</li>"
    "<li>Published: 9 September 2014</li></ul>"
)
FOOTER = "<footer><p>&copy; Harlow Vale Borough Council 2024</p><p>Updated 1 May 2024</p></footer>"


def page(head: str, main: str, chrome: bool = True) -> str:
    """A saved page: `head` inside <head>, `main` inside <main> among the site's furniture."""
    top = COOKIES + SKIP + HEADER + CRUMBS if chrome else ""
    aside = SIDEBAR if chrome else ""
    foot = FOOTER if chrome else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{top}"
        f"<main id='main'>{main}</main>{aside}{foot}</body></html>"
    )


CASES = [
    pytest.param(
        page(
            "<title>Foster carers thanked | Harlow Vale Borough Council</title>",
            "<h1>Foster carers thanked at awards evening</h1>"
            "<p class='meta'>Published: 14 June 2021</p>" + BODY,
        ),
        "Foster carers thanked at awards evening",
        "2021-06-14",
        id="published-line",
    ),
    pytest.param(
        page(
            "<title>Schools told to improve - The Harlow Vale Echo</title>",
            "<article><h1>Schools told to improve</h1>"
            "<div class='byline'>By Priya Nair, Local Democracy Reporter</div>"
            "<div>3rd November 2020, 6:15pm Updated 4th November 2020</div>"
            + BODY
            + RELATED
            + "</article>",
            chrome=False,
        ).replace("<body>", "<body><header><p>The Harlow Vale Echo</p></header>"),
        "Schools told to improve",
        "2020-11-03",
        id="newspaper-dateline-not-its-update",
    ),
    pytest.param(
        page(
            "<title>Youth centre plans | Harlow Vale</title>"
            "<meta property='article:published_time' content='2022-02-08T09:30:00+00:00'>"
            "<meta property='article:modified_time' content='2023-01-01T10:00:00+00:00'>",
            "<h1>Youth centre plans go on show</h1>" + BODY,
        ),
        "Youth centre plans go on show",
        "2022-02-08",
        id="meta-published-time",
    ),
    pytest.param(
        page(
            "<title>Ofsted letter</title>",
            "<article><header><h1>Ofsted letter published</h1>"
            "<time datetime='2019-07-22T08:00'>22 July 2019</time></header>" + BODY + "</article>",
        ),
        "Ofsted letter published",
        "2019-07-22",
        id="time-in-article-header",
    ),
    pytest.param(
        page(
            "<title>Decision - Approval of the youth justice plan | Harlow Vale</title>",
            "<h1>Decision - Approval of the youth justice plan</h1>"
            "<table><tr><th>Decision maker:</th><td>Cabinet</td></tr>"
            "<tr><th>Decision status:</th><td>Approved</td></tr>"
            "<tr><th>Date of decision:</th><td>02/03/2021</td></tr>"
            "<tr><th>Decision published:</th><td>04/03/2021</td></tr>"
            "<tr><th>Effective from:</th><td>12/03/2021</td></tr></table>" + BODY,
        ),
        "Decision - Approval of the youth justice plan",
        "2021-03-04",
        id="decision-published-day-first",
    ),
    pytest.param(
        page(
            "<title>Focused visit letter - Harlow Vale Borough Council</title>",
            "<article><h1>Focused visit to Harlow Vale children's services</h1>"
            "<p>Date of letter: 17 November 2020</p><p>Dear Ms Obi</p>" + BODY + "</article>",
        ),
        "Focused visit to Harlow Vale children's services",
        "2020-11-17",
        id="date-of-letter",
    ),
    pytest.param(
        page(
            "<title>Agenda item - Ofsted focused visit | Harlow Vale</title>",
            "<h1>Agenda item</h1><h2>Ofsted focused visit</h2>"
            "<dl><dt>Meeting</dt><dd>Children's Scrutiny Committee</dd>"
            "<dt>Date of meeting</dt><dd>Wednesday, 9th June, 2021</dd></dl>" + BODY,
        ),
        "Agenda item - Ofsted focused visit",
        "2021-06-09",
        id="generic-h1-meeting-date",
    ),
    pytest.param(
        page(
            "<title>Children's social care | Harlow Vale Borough Council</title>",
            "<h1>Children's social care</h1>" + BODY,
        ),
        "Children's social care",
        "",
        id="no-date-of-its-own",
    ),
    pytest.param(
        page(
            "<title>Help for families - Harlow Vale Borough Council</title>",
            "<div><h2>Help for families</h2>"
            + BODY
            + "<p>Page last updated: 3 October 2022</p></div>",
        ),
        "Help for families",
        "2022-10-03",
        id="no-h1-title-tag-and-last-updated",
    ),
    pytest.param(
        page(
            "<meta property='og:title' content='Care leavers get free bus travel'>"
            "<title>Harlow Vale Borough Council</title>",
            "<div class='intro'><h2>Transport</h2></div>" + BODY,
        ),
        "Care leavers get free bus travel",
        "",
        id="og-title",
    ),
    pytest.param(
        page(
            "<title>Minutes | Harlow Vale</title>",
            "<h1>Minutes of the Cabinet meeting held on Tuesday, 4th May, 2021 at 6.00 pm</h1>"
            "<p>Venue: Town Hall</p>" + BODY,
        ),
        "Minutes of the Cabinet meeting held on Tuesday, 4th May, 2021 at 6.00 pm",
        "2021-05-04",
        id="meeting-date-in-headline",
    ),
    pytest.param(
        page(
            "<title>Budget 2021/22 | Harlow Vale</title>",
            "<h1>Budget 2021/22: what we agreed</h1>" + BODY,
        ),
        "Budget 2021/22: what we agreed",
        "",
        id="period-in-headline-is-no-date",
    ),
    pytest.param(
        page(
            "<title>Care review | Harlow Vale</title>",
            "<h1>Care review</h1><p>Published reports from 2 May 2018 show delay.</p>" + BODY,
        ),
        "Care review",
        "",
        id="sentence-starting-published-is-body",
    ),
    pytest.param(
        page(
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"New director starts", "datePublished": "2023-09-04T07:00:00Z", "itemListElement"'
            ': [{"datePublished": "2012-01-01"}]}</script><title>News</title>',
            "<div class='story'><p class='lead'>" + BODY + "</p></div>",
        ),
        "New director starts",
        "2023-09-04",
        id="json-ld",
    ),
    pytest.param(
        page(
            "<title>Adoption week | Harlow Vale Borough Council</title>",
            "<div><h2 class='page-title'>Adoption week</h2>"
            + BODY
            + "<h2>Most read</h2><ul><li><p>Published: 7 July 2015</p></li></ul></div>",
        )
        .replace('<a class="logo" href="/">', '<h1 class="logo"><a href="/">')
        .replace('src="l.png"></a>', 'src="l.png"></a></h1>'),
        "Adoption week",
        "",
        id="logo-h1-and-most-read-list",
    ),
    pytest.param(
        "<html><head><title>Ofsted visit | Harlow Vale</title></head><body>"
        + COOKIES
        + SKIP
        + HEADER
        + CRUMBS
        + SIDEBAR
        + "<div class='content'><h1>Ofsted visit</h1>"
        "<p>Posted on 19 April 2021</p>" + BODY + "</div>" + FOOTER + "</body></html>",
        "Ofsted visit",
        "2021-04-19",
        id="no-main-sidebar-first",
    ),
]


CASES.append(
    pytest.param(
        "<html><head><title>Fostering news | Harlow Vale</title></head><body>"
        "<form id='aspnetForm'>" + COOKIES + SKIP + HEADER + "<div id='content'>"
        "<h1>Fostering fortnight begins</h1><p>Published: 12 May 2022</p>"
        + BODY
        + "</div>"
        + SIDEBAR
        + FOOTER
        + "</form></body></html>",
        "Fostering fortnight begins",
        "2022-05-12",
        id="whole-page-in-a-form",
    )
)


CASES += [
    pytest.param(
        "<html><head><title>Progress found | Harlow Vale</title></head><body>"
        + COOKIES
        + HEADER
        + "<div class='content'><h1>Inspectors find progress</h1>"
        "<p>Press release — 20 February 2024</p>" + BODY + "</div>"
        "<aside><h2>Latest news</h2><ul><li>Council tax frozen 22 February 2024</li>"
        "<li>Gritters on standby 16 February 2024</li></ul></aside>" + FOOTER + "</body></html>",
        "Inspectors find progress",
        "2024-02-20",
        id="press-release-dateline-beside-a-news-list",
    ),
    pytest.param(
        page(
            "<title>Minutes of Cabinet, Tuesday 12 September 2023 | Harlow Vale</title>",
            "<h1>Minutes of the meeting of the Cabinet</h1>" + BODY,
        ),
        "Minutes of the meeting of the Cabinet",
        "2023-09-12",
        id="meeting-date-only-in-the-page-title",
    ),
    pytest.param(
        page(
            "<title>Minutes | Harlow Vale</title>",
            "<h1>Minutes of the meeting of the Cabinet</h1><p>Held in the Council Chamber, "
            "County Buildings, Harlow, on Tuesday 12 September 2023 at 10.00 am</p>" + BODY,
        ),
        "Minutes of the meeting of the Cabinet",
        "2023-09-12",
        id="held-on-line",
    ),
    pytest.param(
        page(
            "<title>Minutes | Harlow Vale</title>",
            "<h1>Scrutiny Committee - Minutes</h1><p>MINUTES of a meeting of the SCRUTINY "
            "COMMITTEE held in the Council Chamber, County Buildings, Harlow and remotely on "
            "Thursday, 14 March 2024 at 10.00 am.</p>" + BODY,
        ),
        "Scrutiny Committee - Minutes",
        "2024-03-14",
        id="minutes-of-a-meeting-held-on",
    ),
]


CASES += [
    pytest.param(
        page(
            "<title>News | Harlow Vale Gazette</title>",
            "<article><h1>Director to leave</h1><p class='byline'>By Jo Mercer, Chief Reporter "
            "| Published: 03 February 2022 17:42</p>" + BODY + "</article>",
        ),
        "Director to leave",
        "2022-02-03",
        id="published-label-inside-a-byline",
    ),
    pytest.param(
        page(
            "<title>Agenda for Cabinet on Wednesday, 9th February, 2022, 6.00 pm - Harlow Vale "
            "BC</title>",
            "<h1>Agenda and decisions</h1>" + BODY,
        ),
        "Agenda for Cabinet on Wednesday, 9th February, 2022, 6.00 pm",
        "2022-02-09",
        id="page-kind-heading-and-the-meeting-in-the-title",
    ),
    # a report site's provider page: its h1 names only the council the report is about
    pytest.param(
        page(
            "<title>Eastbrook Metropolitan Borough Council - Monitoring visit of LA children's "
            "services - Harlow Vale Borough Council</title>",
            "<h1>Eastbrook Metropolitan Borough Council</h1><p>Published: 17 July 2024</p>" + BODY,
        ),
        "Eastbrook Metropolitan Borough Council - Monitoring visit of LA children's "
        "services",
        "2024-07-17",
        id="heading-names-only-the-council",
    ),
]


@pytest.mark.parametrize(("html", "title", "published"), CASES)
def test_page_title_and_date(html, title, published):
    meta = read_page(html)
    assert (meta.title, meta.published) == (title, published)


def test_undated_page_stays_undated_through_ingest(tmp_path: Path):
    path = tmp_path / "childrens-social-care.html"
    path.write_text(
        page(
            "<title>Children's social care | Harlow Vale</title>",
            "<h1>Children's social care</h1>" + BODY,
        ),
        encoding="utf-8",
    )
    loaded = load_file(path)
    meta, inferred = resolve_meta(
        path, None, loaded.title, loaded.published, loaded.text, loaded.own_date
    )
    # the body's "12 January 2018" is a passing mention, not the page's date
    assert (meta.title, meta.published) == ("Children's social care", "")
    assert "published (unknown)" in inferred


@pytest.mark.parametrize(
    ("head", "chrome", "publisher"),
    [
        # the site's name metadata, as written
        ('<meta property="og:site_name" content="The Vale Courier">', False, "The Vale Courier"),
        # the JSON-LD publisher
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Plan",'
            ' "publisher": {"@type": "Organization", "name": "Vale Courier Media"}}</script>',
            False,
            "Vale Courier Media",
        ),
        # the end of the title, where the page's header names the same site
        (
            "<title>Care plan agreed - Harlow Vale Borough Council</title>",
            True,
            "Harlow Vale Borough Council",
        ),
        # ...or its start ("Site | Section")
        (
            "<title>Harlow Vale Borough Council | News | Local</title>",
            True,
            "Harlow Vale Borough Council",
        ),
        # ...in fewer words, or in capitals standing for words ("Harlow Vale BC")
        ("<title>Care plan agreed | Harlow Vale Council</title>", True, "Harlow Vale Council"),
        ("<title>Care plan agreed - Harlow Vale BC</title>", True, "Harlow Vale BC"),
        # ...or alone
        ("<title>Harlow Vale Borough Council</title>", True, "Harlow Vale Borough Council"),
        # a GOV.UK page's "From:" line names the body behind the shared site
        (
            '<meta property="og:site_name" content="GOV.UK"><title>Direction - GOV.UK</title>',
            False,
            "Department for Education",
        ),
        # a title ending the header does not name is the title's own words
        ("<title>Care plan agreed - a long road</title>", True, ""),
        ("<title>Care plan agreed</title>", False, ""),
    ],
    ids=[
        "og-site-name",
        "json-ld",
        "title-and-header",
        "site-first",
        "fewer-words",
        "abbreviated",
        "title-alone",
        "gov-uk-from",
        "title-dash-only",
        "none",
    ],
)
def test_page_publisher_is_the_name_it_gives_its_own_site(head, chrome, publisher):
    main = "<h1>Care plan agreed</h1>"
    if "GOV.UK" in head:
        main += "<p>From:</p><p>Department for Education</p><p>Published 2 October 2023</p>"
    assert read_page(page(head, main + BODY, chrome=chrome)).publisher == publisher


def test_a_page_publisher_is_used_when_nothing_else_says_who_published(tmp_path: Path):
    path = tmp_path / "care-plan.html"
    path.write_text(
        page('<meta property="og:site_name" content="The Vale Courier">', "<h1>Plan</h1>" + BODY),
        encoding="utf-8",
    )
    loaded = load_file(path)
    meta, inferred = resolve_meta(
        path, None, loaded.title, loaded.published, loaded.text, loaded.own_date, loaded.publisher
    )
    assert meta.publisher == "The Vale Courier"
    assert "publisher" in inferred


# A council minutes page of the kind many democracy sites save: its content a plain <div>,
# each item a numbered <h3>, beside a sidebar with headings of its own.
_ITEMS = [
    (
        "12. Ofsted monitoring visit",
        "The Director introduced the letter on the second monitoring visit, which had looked "
        "at help and protection for children in need across the borough.",
        "Inspectors had found that plans were clearer, but that too many children waited for "
        "their first visit from a social worker.",
    ),
    (
        "13. Budget monitoring",
        "The Head of Finance reported a forecast overspend of £2.1 million on placements for "
        "children in care in the current year, mostly on residential homes out of the area.",
        "Members asked how many placements cost more than five thousand pounds a week, and "
        "the Head of Finance agreed to circulate the figures after the meeting.",
    ),
    (
        "14. Fostering recruitment",
        "The Cabinet Member reported that the recruitment campaign had brought forty "
        "enquiries from households in the borough since it opened in the spring.",
        "Twelve households had begun their assessment, and the service expected the first "
        "approvals to go to the fostering panel before the end of the year.",
    ),
    (
        "15. Work programme",
        "The committee agreed to receive a report on the stability of the workforce, "
        "including the use of agency social workers, at its next meeting in July.",
        "It also asked for a briefing on the experience of care leavers living in supported "
        "accommodation outside the borough, with the views of young people themselves.",
    ),
]
MINUTES = (
    "<html><body>" + SKIP + COOKIES + HEADER + '<div id="mgMain"><div id="mgBody">'
    "<h1>Minutes - Cabinet, 4 May 2021</h1>"
    "<h2>Attendance</h2><p>Present: Councillor Ann Price (Chair), Councillor Tom Hale and "
    "Councillor Rita Moss.</p>"
    + "".join(f"<h3>{h}</h3><p>{a}</p><p>{b}</p>" for h, a, b in _ITEMS)
    + '</div><div id="mgSide"><h2>Meeting information</h2><ul><li>Committee: Cabinet</li>'
    "<li>Venue: Council Chamber, Town Hall</li></ul><h2>Related links</h2><ul><li>"
    '<a href="#">Council tax bands for the coming financial year</a></li></ul></div></div>'
    '<div id="footer"><p><a href="#">Accessibility</a> | <a href="#">Privacy</a></p></div>'
    "</body></html>"
)


def test_minute_item_headings_are_kept_in_order_and_side_headings_are_not(tmp_path: Path):
    page = tmp_path / "minutes.html"
    page.write_text(MINUTES, encoding="utf-8")
    lines = [line for line in load_file(page).text.splitlines() if line.strip()]
    for heading, first, _ in _ITEMS:
        assert lines[lines.index(heading) + 1] == first
    assert lines[lines.index("Attendance") + 1].startswith("Present:")
    assert "Related links" not in lines


def test_headings_extraction_dropped_go_back_before_their_sections():
    # main-text extraction kept the paragraphs but not one heading (as it does on some
    # democracy sites' pages, whatever their size)
    extracted = "\n\n".join(
        ["Present: Councillor Ann Price (Chair), Councillor Tom Hale and Councillor Rita Moss."]
        + [f"{a}\n\n{b}" for _, a, b in _ITEMS]
    )
    lines = [line for line in restore_headings(MINUTES, extracted).splitlines() if line]
    for heading, first, second in _ITEMS:
        at = lines.index(heading)
        assert lines[at + 1 : at + 3] == [first, second]
    assert lines[0] == "Attendance"
    # a side panel's headings stay out: what they head was not extracted
    assert "Meeting information" not in lines
    assert "Related links" not in lines
    assert restore_headings(MINUTES, "Nothing of the page at all.") == "Nothing of the page at all."
