# ruff: noqa
"""Generator for the fictional "Marlowfield" record.

Written by a helper session that saw neither the project's code nor its
question sets. Everything in this record is invented: Marlowfield Borough
Council, its people, places, neighbouring councils, police force, health
bodies, children, figures and events. Any resemblance to real bodies or
people is accidental.

Run:  python eval/recordgen/marlowfield.py
Writes every document into eval/records/marlowfield/.
"""

import html
import os
import textwrap

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "records", "marlowfield"))


def out(name):
    os.makedirs(OUT, exist_ok=True)
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(textwrap.dedent(text).lstrip("\n"))


def write_docx(name, blocks, core_title=None):
    """blocks: list of (kind, payload). kinds: title, h1, h2, p, b (bullet),
    n (numbered, payload already carries its number), table (rows), small."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind in ("p", "n"):
            doc.add_paragraph(payload)
        elif kind == "b":
            doc.add_paragraph(payload, style="List Bullet")
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(payload)
            r.font.size = Pt(9)
        elif kind == "table":
            rows = payload
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for para in t.cell(i, j).paragraphs:
                            for r in para.runs:
                                r.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    if core_title:
        doc.core_properties.title = core_title
    doc.save(out(name))


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# 1. Ofsted ILACS inspection report, March 2019 (docx)
# ---------------------------------------------------------------------------
def ofsted_2019():
    B = []
    B.append(("title", "Marlowfield Borough Council"))
    B.append(("p", "Inspection of children's social care services"))
    B.append(("p", "Inspection dates: 4 March 2019 to 15 March 2019"))
    B.append(("p", "Lead inspector: Rachel Dunmore, Her Majesty's Inspector"))
    B.append(("table", [
        ["Judgement", "Grade"],
        ["The impact of leaders on social work practice with children and families", "Inadequate"],
        ["The experiences and progress of children who need help and protection", "Inadequate"],
        ["The experiences and progress of children in care and care leavers", "Requires improvement to be good"],
        ["Overall effectiveness", "Inadequate"],
    ]))
    B.append(("p",
        "Services for children in Marlowfield have deteriorated since the last inspection in October 2015, "
        "when they were judged to require improvement to be good. Senior leaders and elected members did not "
        "have an accurate understanding of the quality of frontline practice, and the improvement plan agreed "
        "after the 2015 inspection was not implemented with enough urgency. Too many children who need help "
        "and protection experience delay, and some children are left in situations of unassessed risk for too long."))
    B.append(("p",
        "The director of children's services, in post since 2016, and the lead member for children and families, "
        "Councillor Rosalind Vey, accepted the findings of this inspection during the feedback meeting. "
        "Children in care and care leavers receive a better service than children in need of help and protection, "
        "although this service also requires improvement."))
    B.append(("h1", "What needs to improve"))
    for t in [
        "The timeliness and quality of decision-making in the multi-agency safeguarding hub (MASH), including the consistent application of thresholds.",
        "The quality of assessments and plans for children in need of help and protection, so that risks are clearly identified and actions are specific and measurable.",
        "Management oversight and supervision of frontline practice at all levels.",
        "The response to children who go missing from home or care, including the timeliness and quality of return home interviews.",
        "The stability of the social work workforce and the size of social workers' caseloads.",
        "The quality of pathway plans for care leavers.",
        "The accuracy and use of performance information by senior leaders and elected members.",
    ]:
        B.append(("b", t))
    B.append(("h1", "The experiences and progress of children who need help and protection: inadequate"))
    paras = [
        "Contacts about children's welfare are not responded to quickly enough. At the start of the inspection, 212 contacts were awaiting a decision in the MASH, some of them for more than three weeks. Thresholds are not consistently understood or applied, and partner agencies told inspectors that they were unsure what would happen when they made a referral.",
        "Inspectors identified nine children whose circumstances had not been properly assessed and referred their cases back to senior managers for immediate action. Senior managers responded appropriately to these referrals during the inspection.",
        "Strategy discussions are not always held when they should be, and police and health professionals are not routinely involved. When strategy discussions do take place, the reasons for decisions are not clearly recorded.",
        "The quality of assessments is too variable. Many assessments describe family circumstances but do not analyse risk, and the child's own views and experiences are often missing. Only 61% of assessments in the year before the inspection were completed within 45 working days.",
        "Child protection plans are too often generic and do not set out what needs to change for the child. Core groups do not consistently review progress, and some children remain subject to plans for too long without their circumstances improving.",
        "Children who go missing from home are not always offered a return home interview, and when interviews are completed the information is not used to understand risks to the child or to other children. Leaders do not have a clear picture of how many children in the borough are at risk of criminal exploitation.",
        "Disabled children receive a timely and sensitive service from the children with disabilities team, which is a strength.",
    ]
    n = 1
    for p in paras:
        B.append(("n", f"{n}. {p}")); n += 1
    B.append(("h1", "The experiences and progress of children in care and care leavers: requires improvement to be good"))
    paras = [
        "Decisions for children to come into care are mostly appropriate, although for some children these decisions are made too late. The number of children in care has risen to 468, from 412 two years ago.",
        "Most children in care live in stable homes and are visited regularly by their social workers. However, too many children experience frequent changes of social worker, and some children told inspectors that they had had five or more social workers in two years.",
        "Too many children live at a distance from Marlowfield. The council has too few in-house foster carers and relies heavily on independent fostering agencies and residential homes outside the borough.",
        "The virtual school is effective in supporting children's education, and most children in care attend school regularly.",
        "Care leavers are mostly in touch with the council, but pathway plans are often out of date and do not address care leavers' needs for housing and emotional support. Personal advisers' caseloads are too high.",
        "The children in care council is active and enthusiastic, and its members have influenced the pledge to children in care. Their views are not yet routinely heard by senior leaders.",
    ]
    for p in paras:
        B.append(("n", f"{n}. {p}")); n += 1
    B.append(("h1", "The impact of leaders on social work practice with children and families: inadequate"))
    paras = [
        "Senior leaders have not acted quickly enough to address the weaknesses identified at the last inspection. Their self-evaluation overstated the quality of practice and did not identify the serious weaknesses found by inspectors in the MASH and in the assessment teams.",
        "Performance information is not accurate or reliable. Managers were unable to tell inspectors with confidence how many children were subject to child protection plans on the first day of the inspection.",
        "The social work workforce is unstable. At the time of the inspection, 38% of social workers were agency staff. Average caseloads are 27 children, and some social workers in the assessment teams were responsible for as many as 40 children.",
        "Management oversight is not effective. Supervision is irregular and does not challenge drift. Team managers are working hard but are overwhelmed by the volume of work.",
        "The council has committed additional funding to children's services, but children's services overspent by £4.1 million in 2018-19, mainly on external placements and agency staff.",
        "The chief executive and leader of the council have now recognised the scale of the challenge. Scrutiny of children's services by elected members has not been sufficiently challenging, and members told inspectors that they had relied on reports that were too positive.",
        "Partnership working through the local safeguarding children board is developing, but the board has not been effective in holding agencies to account for the quality of their work with children at risk of exploitation.",
    ]
    for p in paras:
        B.append(("n", f"{n}. {p}")); n += 1
    B.append(("small", "Ofsted has a duty to inspect local authority children's services under the Education and Inspections Act 2006. This report is published on 26 April 2019. Reference: ILACS-MBC-2019."))
    write_docx("2019-04-ofsted-inspection-report.docx", B, core_title="Marlowfield Borough Council: Inspection of children's social care services")


# ---------------------------------------------------------------------------
# 2. First monitoring visit letter, October 2019 (html)
# ---------------------------------------------------------------------------
def monitoring_1():
    paras = [
        "This letter summarises the findings of the monitoring visit to Marlowfield Borough Council children's services on 24 and 25 September 2019. This was the first monitoring visit since the local authority was judged inadequate in March 2019. The inspectors were Martin Hale, Her Majesty's Inspector, and Priya Desai, Her Majesty's Inspector.",
        "Following the inspection, the Secretary of State appointed Malcolm Treadwell as children's services commissioner in May 2019. His report, published in August 2019, recommended that the council should retain control of its children's services, supported by a partner in practice arrangement with Calvington Borough Council. The council has appointed an interim director of children's services, who took up post in June 2019.",
    ]
    areas = "Inspectors reviewed the progress made in the multi-agency safeguarding hub (MASH) and in the assessment teams, including the application of thresholds, strategy discussions and the timeliness of assessments."
    findings = [
        "Leaders have taken decisive action to reduce the backlog in the MASH. The number of contacts awaiting a decision has fallen from 212 at the time of the inspection to 18 on the first day of this visit, and none had been waiting for longer than 24 hours.",
        "Thresholds are now applied more consistently. A detective sergeant from Wendmoor Police now sits in the MASH three days a week, and health colleagues contribute to daily safeguarding meetings. Partner agencies told inspectors that they now receive feedback on the outcome of their referrals.",
        "Strategy discussions are now held promptly for most children, and the police attend. However, health professionals are still not consistently included, and the rationale for decisions is not always recorded.",
        "The quality of assessments remains too variable. Some assessments seen by inspectors were thorough and child-centred, but others did not analyse the impact of neglect or domestic abuse on children. Assessment timeliness is improving slowly.",
        "Caseloads in the assessment teams have reduced, but remain high for some social workers. Agency staff still make up around 35% of the workforce, and children continue to experience changes of social worker.",
        "Leaders have improved the accuracy of performance information. A new weekly performance report is now used by managers, and the interim director of children's services reports monthly to the newly established improvement board, chaired independently by Sandra Kilbride.",
    ]
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paras)
    flist = "".join(f"<li>{esc(p)}</li>\n" for p in findings)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Monitoring visit to Marlowfield children's services - letter</title>
<style>body{{font-family:Arial,sans-serif;max-width:760px;margin:2em auto;line-height:1.5}} .addr{{margin-bottom:1.5em}} .sig{{margin-top:2em}}</style></head>
<body>
<header><p><strong>Ofsted</strong><br>Piccadilly Gate<br>Store Street<br>Manchester M1 2WD</p></header>
<p class="date">17 October 2019</p>
<div class="addr"><p>Anita Coombe<br>Interim Director of Children's Services<br>Marlowfield Borough Council<br>Civic Centre, Quay Street<br>Marlowfield MF1 2AB</p></div>
<p>Dear Ms Coombe</p>
<h1>Monitoring visit to Marlowfield children's services</h1>
{body}
<h2>Areas covered by the visit</h2>
<p>{esc(areas)}</p>
<h2>Overview</h2>
<p>Since the inspection, leaders have made a determined start on improving services. Progress is evident in the MASH, but there is much more to do to improve the quality of assessments and the stability of the workforce.</p>
<h2>Findings and evaluation of progress</h2>
<ul>
{flist}</ul>
<p>Ofsted will continue to monitor the progress being made by the local authority. This letter will be published on the Ofsted website.</p>
<div class="sig"><p>Yours sincerely</p><p>Martin Hale<br>Her Majesty's Inspector</p></div>
</body></html>
"""
    with open(out("2019-10-ofsted-monitoring-visit-1.html"), "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------------------
# 3. Third monitoring visit letter, August 2021 (txt)
# ---------------------------------------------------------------------------
def monitoring_3():
    write_text("2021-08-ofsted-monitoring-visit-3.txt", """
    Ofsted
    Piccadilly Gate
    Store Street
    Manchester M1 2WD

    19 August 2021

    Dr Farida Okonjo
    Director of Children's Services
    Marlowfield Borough Council
    Civic Centre, Quay Street
    Marlowfield MF1 2AB

    Dear Dr Okonjo

    Monitoring visit to Marlowfield children's services

    This letter summarises the findings of the monitoring visit to Marlowfield
    children's services on 13 and 14 July 2021. This was the third monitoring
    visit since the local authority was judged inadequate in March 2019. The
    previous visits took place in September 2019 and February 2020. A visit
    planned for May 2020 did not take place because of the COVID-19 pandemic;
    Ofsted carried out a focused visit in December 2020 instead. The inspectors
    were Joanne Blakeley, Her Majesty's Inspector, and Martin Hale, Her
    Majesty's Inspector.

    Areas covered by the visit

    Inspectors reviewed the progress made for children in care and care leavers,
    including the quality of care planning, placement stability and
    sufficiency, and the support provided by personal advisers.

    Headline findings

    Since the last monitoring visit, there has been a change of leadership. The
    director of children's services took up post in October 2020, and a new
    lead member for children and families, Councillor Imran Siddall, was
    appointed after the local elections in May 2021. The senior leadership team
    is now stable, and leaders have a realistic understanding of the strengths
    and weaknesses of practice.

    Workforce stability has improved. The proportion of agency social workers
    has fallen to 22.8%, and average caseloads are now 18 children per social
    worker. Most children in care told inspectors that they know their social
    worker and see them regularly.

    Timeliness of assessments has improved, with 84% completed within 45
    working days in the last quarter.

    Findings and evaluation of progress

    1. Children come into care when they need to, and decisions are made in a
       timely way. Care plans are clearer than at the time of the inspection,
       and most reflect children's wishes and feelings.

    2. Placement sufficiency remains a significant challenge. Thirty-one
       per cent of children in care live outside the borough, and some children
       live more than 20 miles away from their families and schools. The
       council's fostering recruitment campaign, launched in March 2021, has
       not yet increased the number of in-house foster carers.

    3. Independent reviewing officers now challenge drift more effectively and
       use the dispute resolution process when plans are not progressing.

    4. Care leavers are better supported than they were. Pathway plans are
       mostly up to date, although some lack detail about how care leavers
       will be supported with their emotional health. Personal advisers'
       caseloads remain high, at an average of 28 young people each.

    5. From April 2022, care leavers living in the borough will be exempt from
       council tax until they are 25, following a decision by cabinet in
       June 2021.

    6. The partner in practice arrangement with Calvington Borough Council
       has been valued by managers, particularly in developing a new practice
       model. The Department for Education adviser, Malcolm Treadwell, who was
       previously the children's services commissioner, continues to provide
       support and challenge.

    Ofsted will continue to monitor the progress being made by the local
    authority. This letter will be published on the Ofsted website.

    Yours sincerely

    Joanne Blakeley
    Her Majesty's Inspector
    """)


# ---------------------------------------------------------------------------
# 4. Joint targeted area inspection letter, August 2023 (html)
# ---------------------------------------------------------------------------
def jtai_2023():
    strengths = [
        "Marlowfield Youth Justice Service is a real strength. Practitioners know the children they work with well and build trusting relationships with them. Children told inspectors that their youth justice workers 'stick with you'.",
        "Designated safeguarding leads in secondary schools are knowledgeable about exploitation and make appropriate referrals. The education inclusion team has reduced the number of permanent exclusions, from 41 in 2021-22 to 26 in 2022-23.",
        "Wendmoor Police's Operation Kestrel is effective in disrupting adults who exploit children. Since it began in 2022, officers have used child abduction warning notices and closure orders to protect children at several addresses in Kelderby and Sturrow.",
        "Health navigators based in the emergency department at Marlowfield General Hospital identify young people who attend with injuries caused by violence and offer them support. More than 70% of young people offered this support take it up.",
        "Probation practitioners working with young adults who have moved from youth justice services understand the risks these young people face and work closely with the youth justice service during transition.",
    ]
    afi = [
        "The quality and timeliness of the multi-agency response at the front door for children at risk of criminal exploitation. Too many referrals about these children are treated as requests for information rather than as child protection concerns.",
        "The use of the National Referral Mechanism (NRM). Referrals are not always made when children are identified as potential victims of trafficking, and some are made months after the concern is first raised.",
        "The offer and quality of return home interviews. In the quarter before the inspection, only 47% of children reported missing were offered a return home interview within 72 hours.",
        "The sharing of information across local authority and police force borders, particularly with Calvington Borough Council and Calvington and Eastwold Constabulary, when Marlowfield children are found or arrested outside the borough.",
        "The oversight by strategic leaders of the partnership's exploitation strategy, which has not been updated since 2020 and does not include clear measures of impact.",
        "The stability of the adolescent safeguarding team, where agency staffing had risen to 41% at the time of the inspection.",
    ]
    s_html = "".join(f"<li>{esc(x)}</li>\n" for x in strengths)
    a_html = "".join(f"<li>{esc(x)}</li>\n" for x in afi)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Joint targeted area inspection of the multi-agency response to serious youth violence in Marlowfield</title>
<style>body{{font-family:Arial,sans-serif;max-width:800px;margin:2em auto;line-height:1.5}} .logos span{{margin-right:1.5em;font-weight:bold}}</style></head>
<body>
<div class="logos"><span>Ofsted</span><span>Care Quality Commission</span><span>HMICFRS</span><span>HM Inspectorate of Probation</span></div>
<p>10 August 2023</p>
<p>Dr Farida Okonjo, Director of Children's Services, Marlowfield Borough Council<br>
Andrea Whitcombe, Chief Executive, Marlowfield Borough Council<br>
Mark Ellison, Chief Constable, Wendmoor Police<br>
Rebecca Aldous, Chief Executive, NHS Wendmoor Integrated Care Board<br>
Colin Stannard, Head of Wendmoor Probation Delivery Unit<br>
Keith Barraclough, Independent Scrutineer, Marlowfield Safeguarding Children Partnership</p>
<h1>Joint targeted area inspection of the multi-agency response to serious youth violence in Marlowfield</h1>
<p>This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to serious youth violence in Marlowfield. This inspection took place from 12 to 16 June 2023. It was carried out by inspectors from Ofsted, the Care Quality Commission (CQC), His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) and His Majesty's Inspectorate of Probation (HMI Probation). This was the first JTAI in Marlowfield.</p>
<p>Inspectors evaluated the effectiveness of the multi-agency partnership in identifying, assessing and responding to children who are at risk of, or involved in, serious youth violence, including criminal exploitation. Inspectors looked in depth at the experiences of 14 children.</p>
<h2>Headline findings</h2>
<p>Children in Marlowfield who are at risk of serious youth violence receive a mixed response from the partnership. There are examples of strong, relationship-based work, particularly by the youth justice service and by the police's disruption activity. However, the response at the front door to children at risk of criminal exploitation is not consistently effective, and some children are not protected quickly enough.</p>
<p>The local authority's children's services were judged to require improvement to be good in November 2022, having previously been judged inadequate. Since then, some of the progress made at the front door has not been sustained, in part because of an increase in agency staffing and a rise in demand. Leaders were already aware of some of these weaknesses before the inspection.</p>
<p>Inspectors are aware of the death of a child in Marlowfield in February 2023, which is the subject of a local child safeguarding practice review. Inspectors did not consider that child's case as part of this inspection.</p>
<h2>What needs to improve?</h2>
<ul>
{a_html}</ul>
<h2>Strengths</h2>
<ul>
{s_html}</ul>
<h2>Case study: highly effective practice</h2>
<p>One child, who had been excluded from school and was going missing regularly, was supported by a youth justice worker who stayed with him through two court appearances and a move to live with his grandmother. The worker persuaded the school to readmit him on a full timetable. He is now attending a college course in motor vehicle maintenance.</p>
<h2>Next steps</h2>
<p>The local authority should prepare a written statement of proposed action in response to this letter. This is a joint responsibility with the police, the integrated care board and the probation service. The statement should be sent to Ofsted by 23 November 2023.</p>
<p>Yours sincerely</p>
<table>
<tr><td>Karen Ashworth<br>National Director, Regulation and Social Care, Ofsted</td>
<td>Daniel Reeve<br>Deputy Chief Inspector, Care Quality Commission</td></tr>
<tr><td>Andrew Feltham<br>His Majesty's Inspector of Constabulary</td>
<td>Louise Carradine<br>Deputy Chief Inspector, HM Inspectorate of Probation</td></tr>
</table>
</body></html>
"""
    with open(out("2023-08-jtai-serious-youth-violence.html"), "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------------------
# 5. Peer challenge report, March 2024 (docx)
# ---------------------------------------------------------------------------
def peer_challenge_2024():
    B = []
    B.append(("title", "Children's Services Peer Challenge: Marlowfield Borough Council"))
    B.append(("p", "Adolescent safeguarding and the front door"))
    B.append(("p", "On-site: 5 to 8 February 2024. Feedback report issued: 22 March 2024."))
    B.append(("p", "Facilitated by the Local Government Association. This is a sector-led peer challenge and not an inspection. The findings are those of the peer team and are offered in the spirit of a critical friend."))
    B.append(("h1", "1. Background and scope"))
    B.append(("p", "Marlowfield Borough Council invited the peer team to look at its response to adolescents at risk of harm outside the home, following the joint targeted area inspection (JTAI) in June 2023 and the death of a 15-year-old boy in February 2023. The council was judged inadequate by Ofsted in 2019 and requires improvement to be good in November 2022. The director of children's services, Dr Farida Okonjo, asked the peer team to answer three questions:"))
    for t in [
        "Is the front door now consistently identifying and responding to children at risk of criminal exploitation?",
        "Are the partnership's arrangements for missing children, return home interviews and the National Referral Mechanism fit for purpose?",
        "What more does the council need to do to stabilise the workforce in adolescent safeguarding?",
    ]:
        B.append(("b", t))
    B.append(("p", "The peer team spent four days in Marlowfield. It read 32 case files, held 41 meetings and spoke to more than 120 people, including 19 young people, foster carers, social workers, police officers, headteachers, health staff and elected members."))
    B.append(("h1", "2. Key messages"))
    for t in [
        "Marlowfield knows itself well. Leaders were open with the peer team about what went wrong in 2022 and 2023, and the self-assessment matched what the team found.",
        "There is strong political and corporate support for children's services. The leader of the council, Councillor David Arkwright, and the lead member, Councillor Imran Siddall, were clear that children's services remain the council's first priority.",
        "The front door has improved since the JTAI, but the response to exploitation still depends too much on individual practitioners rather than on a shared multi-agency pathway.",
        "Return home interviews are still commissioned from a voluntary sector provider under a contract that does not set out clear expectations for timeliness or information sharing.",
        "The overall workforce picture is improving, with around 17% of social workers now employed through agencies, but the adolescent safeguarding team remains fragile.",
        "The council's finances remain under pressure: children's services overspent by £4.8m in 2022/23, and the peer team heard concerns that investment in early help could be at risk.",
    ]:
        B.append(("b", t))
    B.append(("h1", "3. Strengths"))
    for t in [
        "Practitioners in the MASH are confident, well supported and proud of their work. One told the peer team: 'Two years ago I would have left. Now I would not work anywhere else.'",
        "The youth justice service is highly regarded by partners and by young people.",
        "The Kelderby Youth Hub provides a safe, trusted space for young people in one of the borough's most deprived wards.",
        "Young people who spoke to the peer team described their social workers as 'actually listening' and valued being able to text them.",
        "Senior leaders in the police and the integrated care board are committed to the partnership and attend the MSCP executive consistently.",
    ]:
        B.append(("b", t))
    B.append(("h1", "4. Areas for consideration"))
    for t in [
        "Information about children from Marlowfield who are found or arrested in Calvington and East Wendling still does not reliably reach the MASH. There is no written protocol.",
        "The language used in some case records, such as 'making choices' or 'putting himself at risk', suggests that some professionals do not yet see exploited children as victims.",
        "Children on reduced timetables are not tracked centrally, and the council could not tell the peer team how many there were.",
        "Elected members do not receive regular information about exploitation, and scrutiny has focused more on overall performance measures than on the experiences of adolescents.",
        "The out-of-hours service is thinly staffed, with two social workers covering the whole borough overnight.",
    ]:
        B.append(("b", t))
    B.append(("h1", "5. Key recommendations"))
    B.append(("table", [
        ["No.", "Recommendation", "Lead", "By when"],
        ["1", "Create a single multi-agency pathway for adolescents at risk of exploitation, with a daily exploitation triage meeting in the MASH attended by police, health and education.", "Director of Children's Services with Wendmoor Police", "September 2024"],
        ["2", "Agree and sign a written cross-border information sharing protocol with Calvington and East Wendling and both police forces.", "MSCP executive", "June 2024"],
        ["3", "Bring return home interviews in house and aim for at least 85% of missing children to be offered an interview within 72 hours.", "Assistant Director, Safeguarding", "December 2024"],
        ["4", "Reduce agency staffing in the adolescent safeguarding team to below 20%.", "Director of Children's Services and Head of HR", "March 2025"],
        ["5", "Provide a quarterly exploitation dashboard to the Children and Young People Scrutiny Committee.", "Cabinet Member for Children and Families", "From April 2024"],
        ["6", "Create a central register of children on reduced timetables, reviewed at least every six weeks.", "Director of Education and Inclusion", "September 2024"],
    ]))
    B.append(("h1", "6. Next steps"))
    B.append(("p", "The peer team would welcome the opportunity to return in 12 months to review progress. The LGA's principal adviser for the region, Martin Ogundipe, will remain in contact with the council to discuss further support."))
    B.append(("h1", "Annex: the peer team"))
    for t in [
        "Jane Morcombe, former Director of Children's Services, Harbridge Council (lead peer)",
        "Councillor Ruth Allingham, Cabinet Member for Children, Dunholme Metropolitan Borough Council (member peer)",
        "Sam Okafor, Assistant Director, Safeguarding, Redmarsh City Council",
        "Detective Superintendent Helen Brack, public protection lead (police peer)",
        "Lucy Tennant, Peer Challenge Manager, Local Government Association",
    ]:
        B.append(("b", t))
    write_docx("2024-03-peer-challenge-adolescent-safeguarding.docx", B, core_title="Children's Services Peer Challenge: Marlowfield Borough Council")


# ---------------------------------------------------------------------------
# 6. Child safeguarding practice review: Child M, May 2024 (pdf, fpdf2)
# ---------------------------------------------------------------------------
CSPR_HEADER = "Marlowfield Safeguarding Children Partnership  |  Child Safeguarding Practice Review: Child M"

CSPR_SECTIONS = [
    ("1", "Introduction", [
        "This review concerns Child M, a 15-year-old boy who died on 11 February 2023 after being stabbed in a street in Kelderby, Marlowfield. He is referred to as Child M throughout this report to protect the privacy of his family. His mother has been consulted about this report and agreed to its publication.",
        "The Marlowfield Safeguarding Children Partnership (MSCP) held a rapid review on 2 March 2023. On 9 March 2023 the safeguarding partners decided to commission a local child safeguarding practice review, and notified the national Child Safeguarding Practice Review Panel of that decision. The Panel agreed that a local review was appropriate.",
        "The MSCP commissioned Dr Alison Threlfall, an independent social work consultant with no connection to any agency in Marlowfield, as the independent reviewer. She was supported by a review panel of senior managers from the agencies involved, chaired by the MSCP's independent scrutineer, Keith Barraclough.",
        "The review covers the period from September 2020, when M started at Kelderby Academy, to his death in February 2023. Agencies were asked to provide information about any significant earlier events.",
        "The purpose of a child safeguarding practice review is not to apportion blame. It is to identify improvements that should be made to safeguard and promote the welfare of children. The review has been conducted in line with Working Together to Safeguard Children.",
        "Criminal proceedings relating to M's death concluded in January 2024, when a 17-year-old was convicted of manslaughter. Publication of this review was delayed until after those proceedings ended, and until the partnership had considered the reviewer's final report in April 2024.",
    ]),
    ("2", "Methodology and family involvement", [
        "The review used a systems approach. Each agency provided a chronology and a short analysis of its involvement. The reviewer then held two practitioner learning events, in September and November 2023, attended by 34 practitioners and managers, and conducted individual conversations with 11 practitioners.",
        "Agencies contributing to the review were: Marlowfield Borough Council children's social care, early help and education services; Kelderby Academy; the Marlowfield Learning Centre (the borough's pupil referral unit); Wendmoor Police; Calvington and Eastwold Constabulary; NHS Wendmoor Integrated Care Board; Marlowfield and Sturrow Hospitals NHS Trust; the Kelderby Youth Hub; and Pathways Missing Service, the voluntary organisation then commissioned to provide return home interviews.",
        "The reviewer met M's mother twice and spoke to his older sister by telephone. M's mother said that she wanted the review to tell the truth about what happened and to make sure that 'no other mum gets a phone call like the one I got'. Her views are included throughout this report. M's father did not take part.",
        "The reviewer was not able to speak to any of M's friends, but did meet a group of four young people at the Kelderby Youth Hub who spoke about what it is like to grow up in Kelderby.",
        "The review was delayed for five months while criminal proceedings were under way, in line with guidance from the police and the Crown Prosecution Service about contact with witnesses.",
    ]),
    ("3", "Child M", [
        "M was of white British and Caribbean heritage. He lived with his mother and his older sister in Kelderby. His mother describes him as funny, loyal and kind, a boy who loved football, grime music and his grandmother's cooking. He played for a local youth football team until he was 13 and wanted to be a mechanic.",
        "M's teachers at primary school remember him as bright and sociable. His mother said that things changed when he moved to secondary school and began spending time with older boys from the estate. She asked for help several times and felt that she was 'blamed for not keeping him in'.",
        "M had a diagnosis of attention deficit hyperactivity disorder, made in 2019. He stopped taking his medication in 2021 and there was no further contact with the child and adolescent mental health service after a missed appointment in October 2021.",
        "M was never a child in care. He was known to children's social care as a child in need from May 2022 until his death, and he was the subject of a child protection plan for eleven weeks in 2022, under the category of physical abuse, which ended in October 2022.",
    ]),
    ("4", "Summary of key events", [
        "September 2020 to June 2021. M started at Kelderby Academy in Year 8 after a managed move from another school. He received four fixed-term exclusions between January and May 2021. On 18 June 2021 he was permanently excluded after bringing a knife into school. He told staff he carried it 'for protection'. The school made a referral to the MASH, which was recorded as a request for advice and closed.",
        "September 2021. M started at the Marlowfield Learning Centre on a reduced timetable of 10 hours a week. This timetable was intended to last six weeks. It was still in place at the time of his death, 17 months later.",
        "October 2021 to February 2023. M was reported missing from home on 14 occasions. Return home interviews were offered on seven occasions and completed on three. The information from the completed interviews was not shared with his school or with the police.",
        "January 2022. The Marlowfield Learning Centre referred M to the MASH after he arrived with a new phone and expensive clothing and said he had been 'working'. A child and family assessment was completed. It concluded that M's mother was 'struggling with boundaries' and the case was stepped down to early help in March 2022.",
        "May 2022. Wendmoor Police found M in a flat in Sturrow with two adults known to be involved in drug supply. He had £600 in cash and two phones. A strategy discussion was held, and M was assessed as a child in need. The plan focused on M's mother's supervision of him at home.",
        "July 2022. M was assaulted and arrived home with facial injuries. He would not say who had hurt him. A child protection conference was held and M was made the subject of a child protection plan under the category of physical abuse.",
        "August 2022. M was arrested in Calvington on suspicion of possession of Class A drugs with intent to supply. Calvington and Eastwold Constabulary informed Wendmoor Police, but Marlowfield children's services were not told of the arrest until 19 days later, when M's mother mentioned it to his social worker.",
        "October 2022. The child protection plan ended. The conference chair recorded that M was 'making positive choices' because he had not been missing for six weeks. M remained a child in need.",
        "November 2022. A referral to the National Referral Mechanism (NRM) was made, three months after M's arrest in Calvington. In the same month M attended the emergency department at Marlowfield General Hospital with a deep cut to his hand. He said he had cut it on a fence. The hospital did not share this attendance with children's services. A positive reasonable grounds decision was made under the NRM in December 2022.",
        "January 2023. A contextual safeguarding meeting discussed moving M to live with his aunt in East Wendling, away from the people who were exploiting him. M and his mother agreed. The move did not happen because no agency took responsibility for arranging it.",
        "Between January 2022 and February 2023, M had five social workers. Three of them were agency social workers. His mother said: 'Every time he started to trust someone, they left.'",
        "6 February 2023. A youth worker at the Kelderby Youth Hub was shown threats made against M on social media. She emailed the information to a generic children's services safeguarding inbox at 5.40pm. The inbox was not monitored out of hours or at weekends. The email was read on 13 February 2023, two days after M died.",
        "11 February 2023. M was stabbed in Kelderby shortly after 9pm. He died in hospital later that night.",
    ]),
    ("5", "Analysis", [
        "The reviewer found many examples of professionals who cared about M and worked hard to help him. His youth worker at the Kelderby Youth Hub and one of his teachers at the Marlowfield Learning Centre were described by his mother as 'the only ones who really got him'. However, the overall response of the system to M was not effective in protecting him from the risks he faced outside his home.",
        "From at least January 2022, there were clear signs that M was being criminally exploited: unexplained money and phones, going missing, association with adults involved in drug supply, and an arrest in another area. These signs were recorded but were not brought together and analysed as a whole. Each new incident was responded to as a separate event.",
        "The assessments and plans for M focused mainly on his mother's ability to keep him at home. The risks to M came from outside the family, from the people who were exploiting him and from rival groups. Traditional child protection processes, which are designed to address risks from parents and carers, were not well suited to the risks he faced.",
        "The language used about M in records often placed responsibility on him. He was described as 'making choices', 'putting himself at risk' and 'not engaging'. His mother felt that this language also placed the responsibility on her. Practitioners at the learning events recognised that this language can reduce the sense of urgency and make it harder to see a child as a victim.",
        "The reduced timetable meant that M had no structured activity for most of each school day. Practitioners agreed that this increased his exposure to the people who were exploiting him. Nobody outside the Learning Centre knew that the timetable had lasted so long, because reduced timetables were not reported to or tracked by the local authority.",
        "The failure to share information about M's arrest in Calvington was a significant missed opportunity. Had children's services known promptly, a strategy discussion could have been held, an NRM referral made and a safety plan considered in August 2022. There was no agreed process for sharing information about children arrested across force boundaries.",
        "M's contact with the emergency department in November 2022 was not shared because the hospital's safeguarding triage did not identify him as known to children's services. The health navigator service, which now identifies such young people, did not start until 2023.",
        "The changes of social worker made it very difficult for M to build a relationship with anyone in children's services. At the time, the adolescent safeguarding team had a high level of agency staff and several vacancies. The reviewer heard that social workers in that team each had between 20 and 24 children.",
        "The plan to move M to live with his aunt in East Wendling was the most promising protective action considered for him. It failed because the meeting did not identify who would lead the move, and because it would have involved a different local authority. No agency escalated the delay.",
        "The use of a generic inbox for urgent safeguarding information was unsafe. The youth worker did what she had been told to do. She assumed that sending the email meant that someone would act on it.",
        "The reviewer considered whether M's death was predictable or preventable. It is not possible to say that any single action would have prevented M's death. But the reviewer concludes that the system missed several opportunities to reduce the risks he faced.",
    ]),
    ("6", "Findings", [
        "Finding 1: Exploitation was not recognised as exploitation. Professionals saw the signs of M's exploitation but too often interpreted them as behaviour or lifestyle choices. This delayed a protective response and the NRM referral.",
        "Finding 2: The missing children process did not help to protect M. Return home interviews were offered on only half of the occasions he went missing and completed on three. The information gathered was not shared or analysed.",
        "Finding 3: Information did not cross borders. There was no agreed process for police forces and local authorities to share information when a child from one area is arrested, found or harmed in another. The 19-day delay in August 2022 was not unusual.",
        "Finding 4: Education was not used as a protective factor. The permanent exclusion and the long-term reduced timetable removed structure and supervision from M's day. The local authority had no oversight of how long the reduced timetable lasted.",
        "Finding 5: M did not have a trusted relationship with a professional in children's services. Workforce instability in the adolescent safeguarding team meant that M had five social workers in 13 months.",
        "Finding 6: Urgent information was sent to places where nobody was looking. The generic inbox was not monitored out of hours. Partner agencies did not know how to raise urgent concerns outside office hours.",
        "Finding 7: Plans that depended on more than one agency or area were not owned. The proposed move to East Wendling did not happen because nobody was responsible for it and there was no escalation.",
    ]),
    ("7", "Recommendations", [
        "The reviewer makes the following recommendations. Each recommendation is addressed to the agency or agencies best placed to act on it.",
        "Recommendation 1 (MSCP): The MSCP should agree a written cross-border information sharing protocol with the Calvington and East Wendling safeguarding partnerships and both police forces within six months of publication of this review.",
        "Recommendation 2 (Marlowfield Borough Council): Children's services should ensure that every child reported missing is offered a return home interview within 72 hours, and should report performance on this measure to the MSCP every quarter.",
        "Recommendation 3 (Marlowfield Borough Council and all partners): Agencies should audit the language used in records about children at risk of exploitation, and provide training so that practitioners describe these children as victims rather than as 'making choices'.",
        "Recommendation 4 (Wendmoor Police): Wendmoor Police should ensure that Marlowfield children's services are told within 24 hours when a Marlowfield child is arrested, detained or found in another police force area.",
        "Recommendation 5 (Marlowfield Borough Council and Wendmoor Police): NRM referrals should be made within 10 working days of a professional identifying that a child may be a victim of trafficking or modern slavery.",
        "Recommendation 6 (Marlowfield Borough Council education services and schools): The local authority should keep a register of all children on reduced timetables, review each one at least every six weeks, and report numbers to the MSCP.",
        "Recommendation 7 (NHS Wendmoor Integrated Care Board): The ICB should ensure that emergency department attendances by children with injuries that may have been caused by violence are shared with the MASH.",
        "Recommendation 8 (Marlowfield Borough Council): Children's services should replace generic inboxes for safeguarding concerns with a monitored single point of contact available 24 hours a day.",
        "Recommendation 9 (MSCP): The MSCP should adopt a contextual safeguarding approach across the partnership, including child protection conferences that can address risks outside the home.",
        "Recommendation 10 (MSCP): The MSCP should write to the national Child Safeguarding Practice Review Panel to share the learning from this review about cross-border information sharing.",
    ]),
    ("8", "Partnership response", [
        "The safeguarding partners thank Dr Threlfall for a thorough and honest review, and thank M's mother and sister for their courage in contributing to it. We are deeply sorry that the system did not do more to protect M.",
        "The safeguarding partners accept all ten recommendations in full. An action plan has been agreed by the MSCP executive, and progress will be reported to the executive every quarter and summarised in the partnership's annual report.",
        "Some changes have already been made. Since September 2023, children's services have had a single duty line for professionals, staffed 24 hours a day, which has replaced the generic inbox. Return home interviews will be brought in house from October 2024. A register of children on reduced timetables has been created and will be fully in place by September 2024.",
        "Many of the findings of this review are consistent with the findings of the joint targeted area inspection carried out in June 2023 and of the peer challenge in February 2024. The partnership's response to those reviews and to this one will be brought together in a single exploitation improvement plan.",
        "The cross-border protocol is the most important change, and the hardest. The Director of Children's Services has written to her counterparts in Calvington and East Wendling, and a first draft has been shared with both police forces.",
        "Signed on behalf of the safeguarding partners: Dr Farida Okonjo, Director of Children's Services, Marlowfield Borough Council; Detective Chief Superintendent Lorraine Haskett, Wendmoor Police; Dr Neil Sowerby, Chief Nursing Officer, NHS Wendmoor Integrated Care Board.",
    ]),
    ("9", "Glossary", [
        "CSPR: child safeguarding practice review. A review of a serious child safeguarding case, carried out by the local safeguarding partners.",
        "MASH: multi-agency safeguarding hub. The team that receives and decides on referrals about children's welfare.",
        "MSCP: Marlowfield Safeguarding Children Partnership. The local authority, police and integrated care board working together as the three safeguarding partners.",
        "NRM: National Referral Mechanism. The framework for identifying victims of human trafficking or modern slavery and ensuring they receive support.",
        "Return home interview: a conversation offered to a child after they return from a missing episode, to understand why they went missing and what happened while they were away.",
        "Contextual safeguarding: an approach to safeguarding that responds to the risks young people face in places and relationships outside the family, such as peer groups, schools and neighbourhoods.",
        "Reduced timetable: an arrangement where a pupil attends school for less than the full school day. Government guidance says that these should be used only in exceptional circumstances and for a limited time.",
    ]),
    ("A", "Appendix A: Terms of reference", [
        "The review was asked to consider: how well agencies identified and responded to the risk of criminal exploitation; how well information was shared between agencies and across borders; the effectiveness of the response to M's missing episodes; the impact of M's education arrangements on his safety; and how well M's voice and his mother's voice were heard.",
        "The review was not asked to consider the circumstances of the offence that led to M's death, which were a matter for the criminal courts and the coroner.",
        "The reviewer was asked to report to the MSCP executive by January 2024. This deadline was extended to April 2024 because of the criminal proceedings.",
    ]),
]


CSPR_SECTIONS.insert(0, ("1", "Executive summary", [
    "Child M was a 15-year-old boy who lived in Kelderby with his mother and sister. He died on 11 February 2023 after being stabbed. In the 17 months before his death he had been permanently excluded from school, reported missing 14 times and arrested in another police force area. Professionals from at least nine agencies knew him.",
    "This review found that the signs that M was being criminally exploited were recorded by many professionals but were not brought together. Too often M's behaviour was described as a choice. Information about his arrest in Calvington took 19 days to reach Marlowfield children's services, and information about threats to his life, sent five days before he died, was not read until after his death.",
    "The review makes seven findings and ten recommendations, addressed to the MSCP, Marlowfield Borough Council, Wendmoor Police and NHS Wendmoor Integrated Care Board. The safeguarding partners have accepted all of the recommendations.",
    "The reviewer wishes to thank M's mother, who said at their first meeting: 'He was a child. I need you to write that down. He was a child.'",
]))
CSPR_SECTIONS[:] = [
    (num if num == "A" else str(i), title, paras)
    for i, (num, title, paras) in enumerate(CSPR_SECTIONS, 1)
]


class CSPR(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, CSPR_HEADER, align="C")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}   |   Published May 2024   |   OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


def _cspr_render(pages):
    pdf = CSPR(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    # cover
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.ln(40)
    pdf.multi_cell(0, 11, "Marlowfield Safeguarding Children Partnership", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, "Child Safeguarding Practice Review: Child M", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, "Independent reviewer: Dr Alison Threlfall", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, "Published: 15 May 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 6, "This report is published in anonymised form. Please do not attempt to identify the child or his family.", align="C", new_x="LMARGIN", new_y="NEXT")
    # contents
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "Contents")
    pdf.ln(14)
    pdf.set_font("Helvetica", "", 11)
    for num, title, _ in CSPR_SECTIONS:
        label = title if num == "A" else f"{num}. {title}"
        pdf.cell(140, 8, label)
        pdf.cell(0, 8, str(pages.get(num, "")), align="R")
        pdf.ln(8)
    found = {}
    for num, title, paras in CSPR_SECTIONS:
        pdf.add_page()
        found[num] = pdf.page_no()
        pdf.set_font("Helvetica", "B", 14)
        label = title if num == "A" else f"{num}. {title}"
        pdf.multi_cell(0, 9, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for i, p in enumerate(paras, 1):
            pdf.set_font("Helvetica", "", 11)
            pnum = f"{num}.{i}"
            pdf.multi_cell(0, 6.2, f"{pnum}  {p}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
    return pdf, found


def cspr_child_m():
    _, pages = _cspr_render({})
    pdf, pages2 = _cspr_render(pages)
    assert pages == pages2
    pdf.output(out("2024-05-mscp-practice-review-child-m.pdf"))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# 7. Coroner's Regulation 28 report, October 2024 (txt)
# ---------------------------------------------------------------------------
def pfd_2024():
    write_text("2024-10-coroner-regulation-28-report.txt", """
    REGULATION 28: REPORT TO PREVENT FUTURE DEATHS

    NOTE: This form is to be used after an inquest.

    REGULATION 28 REPORT TO PREVENT FUTURE DEATHS

    THIS REPORT IS BEING SENT TO:

    1. Andrea Whitcombe, Chief Executive, Marlowfield Borough Council
    2. Mark Ellison, Chief Constable, Wendmoor Police

    1  CORONER

    I am Catherine Ashdown, Area Coroner for the coroner area of Wendmoor.

    2  CORONER'S LEGAL POWERS

    I make this report under paragraph 7, Schedule 5, of the Coroners and
    Justice Act 2009 and regulations 28 and 29 of the Coroners (Investigations)
    Regulations 2013.

    3  INVESTIGATION and INQUEST

    On 16 February 2023 I commenced an investigation into the death of Mason
    Tavener, aged 15. The investigation concluded at the end of the inquest on
    19 September 2024. The conclusion of the inquest was unlawful killing. The
    medical cause of death was 1a haemorrhage due to 1b stab wound to the
    chest.

    4  CIRCUMSTANCES OF THE DEATH

    Mason was stabbed in Ravel Street, Kelderby, on the evening of 11 February
    2023 and died at Marlowfield General Hospital later that night. At the time
    of his death he was known to Marlowfield Borough Council children's
    services as a child in need and had been identified, through the National
    Referral Mechanism, as a potential victim of criminal exploitation.

    Five days before his death, information about threats made against Mason
    on social media was sent by a youth worker to a children's services email
    inbox that was not monitored out of hours. The email was not read until
    after his death. I heard evidence that in August 2022 Mason had been
    arrested in Calvington and that Marlowfield children's services did not
    learn of this for 19 days.

    The death has been the subject of a child safeguarding practice review by
    the Marlowfield Safeguarding Children Partnership, published in May 2024,
    in which Mason is referred to as Child M. I have had regard to that review
    and to the evidence of the council and the police about the changes made
    since.

    5  CORONER'S CONCERNS

    During the course of the inquest the evidence revealed matters giving rise
    to concern. In my opinion there is a risk that future deaths will occur
    unless action is taken. In the circumstances it is my statutory duty to
    report to you.

    The MATTERS OF CONCERN are as follows.

    (1) More than eighteen months after Mason's death, there is still no
        signed protocol between Marlowfield Borough Council, Calvington Borough
        Council, East Wendling County Council and their police forces for
        sharing information when a child from one area is arrested or found in
        another. I was told that a draft exists. I was not told when it will be
        agreed.

    (2) The council told me that the generic safeguarding inbox has been
        replaced by a 24-hour duty line. However, I heard that the out-of-hours
        social work service is staffed by two social workers overnight for the
        whole borough, and that on the night of 3 August 2024 calls to the duty
        line waited for more than 40 minutes to be answered.

    (3) I heard that return home interviews are now offered to most children
        who go missing, but that the information gathered is still not
        routinely shared with the police or with the child's school.

    (4) The council could not tell me how many children in the borough were
        on reduced school timetables at the time of the inquest, or for how
        long. A register was said to be in development.

    (5) Wendmoor Police accepted that there was no written instruction to
        officers to inform children's services within 24 hours when a child
        is arrested in another force area. The force told me that guidance was
        being drafted.

    6  ACTION SHOULD BE TAKEN

    In my opinion action should be taken to prevent future deaths and I
    believe you and/or your organisation have the power to take such action.

    7  YOUR RESPONSE

    You are under a duty to respond to this report within 56 days of the date
    of this report, namely by 28 November 2024. I, the coroner, may extend the
    period.

    Your response must contain details of action taken or proposed to be
    taken, setting out the timetable for action. Otherwise you must explain
    why no action is proposed.

    8  COPIES and PUBLICATION

    I have sent a copy of my report to the Chief Coroner and to the following
    Interested Persons: Mason's mother, Mrs Denise Tavener; the Marlowfield
    Safeguarding Children Partnership; NHS Wendmoor Integrated Care Board. I
    have also sent a copy to Calvington Borough Council, to Calvington and
    Eastwold Constabulary, and to the Secretary of State for Education, who
    may find it useful or of interest.

    I am also under a duty to send the Chief Coroner a copy of your response.

    The Chief Coroner may publish either or both in a complete or redacted or
    summary form. He may send a copy of this report to any person who he
    believes may find it useful or of interest.

    9  Dated: 3 October 2024

    Catherine Ashdown
    Area Coroner for Wendmoor
    """)


# ---------------------------------------------------------------------------
# 8. Council response to the Regulation 28 report, November 2024 (eml)
# ---------------------------------------------------------------------------
def pfd_response_2024():
    write_text("2024-11-council-response-to-coroner.eml", """
    From: Farida Okonjo <farida.okonjo@marlowfield.gov.uk>
    To: Wendmoor Coroner's Office <coroners.office@wendmoor-coroner.gov.uk>
    Cc: Andrea Whitcombe <chief.executive@marlowfield.gov.uk>, Cllr Imran Siddall <imran.siddall@marlowfield.gov.uk>
    Date: Wed, 27 Nov 2024 16:12:04 +0000
    Subject: Response to Regulation 28 report - Mason Tavener (your ref WC-2023-0219)
    Message-ID: <20241127161204.4471@marlowfield.gov.uk>
    MIME-Version: 1.0
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: 7bit

    Dear Ms Ashdown

    Regulation 28 report to prevent future deaths: Mason Tavener

    I write on behalf of Marlowfield Borough Council, at the request of our
    Chief Executive, Andrea Whitcombe, in response to your report dated
    3 October 2024. I would first like to say again how sorry we are for
    Mason's death, and to thank Mrs Tavener for the dignity she has shown
    throughout the inquest.

    I respond to each of your matters of concern in turn.

    Concern 1: cross-border information sharing protocol

    The Wendmoor and Calvington Cross-Border Information Sharing Protocol
    for children at risk of exploitation was signed on 18 November 2024 by
    Marlowfield Borough Council, Calvington Borough Council, East Wendling
    County Council, Wendmoor Police and Calvington and Eastwold Constabulary.
    It requires the force that arrests or finds a child to notify the home
    local authority's duty line within 24 hours. Compliance will be audited
    by the Marlowfield Safeguarding Children Partnership every six months,
    with the first audit in May 2025. A copy of the protocol is attached.

    Concern 2: out-of-hours staffing

    From 6 January 2025, the out-of-hours service will be staffed by four
    social workers on Friday and Saturday nights and three on other nights,
    increased from two. The additional cost of £310,000 a year has been
    approved by the council's Section 151 officer. We have investigated the
    delay on 3 August 2024, which was caused by a telephony fault, and weekly
    test calls are now made to the duty line out of hours.

    Concern 3: sharing information from return home interviews

    Return home interviews were brought in house on 1 October 2024. Since
    September 2024, a daily exploitation triage meeting in the multi-agency
    safeguarding hub, attended by Wendmoor Police, health and education,
    reviews every return home interview completed in the previous 24 hours.
    In the quarter to September 2024, 85% of children reported missing were
    offered a return home interview within 72 hours.

    Concern 4: reduced timetables

    A central register of children on reduced timetables has been in place
    since September 2024. On 31 October 2024 there were 64 children on
    reduced timetables in Marlowfield, of whom 9 had been on a reduced
    timetable for more than six weeks. Each of those 9 children's
    arrangements has now been reviewed by the Director of Education and
    Inclusion. The register is reported monthly to the MSCP.

    Concern 5: notification of arrests in other force areas

    This concern is addressed to Wendmoor Police, who will respond
    separately. I understand that the protocol described under Concern 1 is
    now reflected in a force instruction issued on 20 November 2024.

    The council's Children and Young People Scrutiny Committee considered
    your report on 14 November 2024 and will receive a progress update in
    March 2025.

    I am happy for this response to be published.

    Yours sincerely

    Dr Farida Okonjo
    Director of Children's Services
    Marlowfield Borough Council
    Civic Centre, Quay Street, Marlowfield MF1 2AB
    """)


# ---------------------------------------------------------------------------
# 9. Scrutiny committee minutes, 14 November 2024 (html)
# ---------------------------------------------------------------------------
def scrutiny_2024():
    items = [
        ("31", "Apologies for absence", [
            "Apologies for absence were received from Councillor Linda Maycock.",
        ]),
        ("32", "Declarations of interest", [
            "Councillor Sunita Baines declared a non-pecuniary interest in minute 37 as an approved foster carer for Marlowfield Borough Council. She remained in the meeting and took part in the discussion.",
            "Councillor Gary Holroyd declared a non-pecuniary interest as an employee of NHS Wendmoor Integrated Care Board.",
        ]),
        ("33", "Minutes of the previous meeting", [
            "RESOLVED that the minutes of the meeting held on 19 September 2024 be approved as a correct record and signed by the Chair.",
        ]),
        ("34", "Questions from members of the public", [
            "Mrs Donna Keeling, a parent from Sturrow, asked how many children in the borough were currently on reduced school timetables and what the council was doing to make sure that no child stayed on one for months.",
            "In reply, Councillor Imran Siddall, Cabinet Member for Children and Families, said that a central register had been set up in September 2024, that every arrangement lasting more than six weeks would be reviewed, and that the figures would be reported to the committee once they had been checked.",
            "Mr Alan Tibbs, chair of the Marlowfield Foster Carers Association, asked when fostering allowances would be increased, noting that carers in Calvington were paid more for the same children. Councillor Siddall replied that a report on fostering allowances would go to Cabinet in February 2025 and that he expected it to recommend a significant increase.",
        ]),
        ("35", "Regulation 28 report to prevent future deaths: update", [
            "The Director of Children's Services, Dr Farida Okonjo, introduced a report on the Regulation 28 report issued by the Area Coroner for Wendmoor on 3 October 2024 following the inquest into the death of Mason Tavener. She said that the council's formal response was due by 28 November 2024 and summarised the actions taken, including the signing of a cross-border protocol, which was expected the following week, and proposals to increase out-of-hours staffing.",
            "Councillor Janet Ellery asked whether the council's response would be published in full. The Director confirmed that it would, subject to the Chief Coroner's publication process.",
            "Councillor Peter Bastow said that it was 'shameful' that it had taken a coroner's report to get a protocol signed, more than a year and a half after Mason's death. The Cabinet Member said that he shared the frustration, but that the protocol required the agreement of five organisations in three council areas.",
            "RESOLVED that (1) the report be noted; (2) the committee receive a progress update on each of the coroner's matters of concern at its meeting in March 2025; and (3) the Chair write to the Chief Constable of Wendmoor Police asking for a copy of the force's response to the coroner.",
        ]),
        ("36", "Children's services performance report: quarter 2, 2024/25", [
            "Claire Denholm, Assistant Director, Safeguarding, presented the performance report for the quarter ending 30 September 2024. The report showed that 13.5% of social workers were employed through agencies, that the average caseload was 15.5 children, and that 85% of children reported missing had been offered a return home interview within 72 hours, up from 47% in the quarter before the joint targeted area inspection.",
            "Councillor Peter Bastow challenged the agency figure. He said that his group's own count, which included agency team managers and vacancies covered by agency staff, suggested that 19% of social work posts were filled by agency workers, 'nearly one in five'. The Assistant Director explained that the 13.5% figure followed the Department for Education's definition, which counted full-time equivalent social workers only.",
            "Gareth Pughe, branch secretary of Marlowfield UNISON, addressed the committee at the invitation of the Chair. He said: 'Caseloads are better than they have been in a decade, and our members know that. But colleagues in the adolescent safeguarding team are still carrying 20 children or more, and they are the ones dealing with the most dangerous situations.'",
            "Councillor Janet Ellery asked why the number of children in care remained higher than in 2019. The Director said that the number had fallen for six consecutive quarters and stood at 455 at the end of September 2024.",
            "RESOLVED that (1) the performance report be noted; (2) future reports include caseloads for each team, including the adolescent safeguarding team; and (3) the exploitation dashboard recommended by the peer challenge be added to the quarterly report from quarter 3.",
        ]),
        ("37", "Pre-decision scrutiny: fostering allowances and sufficiency", [
            "The Assistant Director, Children in Care, Mark Ryland, outlined the proposals that would be considered by Cabinet in February 2025, including an increase in fostering allowances and the purchase of two children's homes in the borough.",
            "Members supported the direction of travel. Councillor Tom Fairbrother said that the council 'cannot keep paying six thousand pounds a week for a child to live in a home a hundred miles away'.",
            "RESOLVED to recommend to Cabinet that fostering allowances be increased by at least 10% from April 2025 and that foster carers be consulted on the new payment structure.",
        ]),
        ("38", "Work programme 2024/25", [
            "RESOLVED that the work programme be agreed, with the addition of an item on the coroner's matters of concern in March 2025 and an item on care leavers' housing in January 2025.",
        ]),
    ]
    body = []
    for num, title, paras in items:
        body.append(f'<h3 class="minute">{num}. {esc(title)}</h3>')
        for p in paras:
            body.append(f"<p>{esc(p)}</p>")
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Minutes - Children and Young People Scrutiny Committee - 14 November 2024</title>
<style>body{{font-family:Verdana,sans-serif;max-width:820px;margin:1.5em auto;font-size:14px}} nav a{{margin-right:1em}} .mgHeader{{border-bottom:2px solid #036}}</style></head>
<body>
<nav><a href="/">Home</a> <a href="/mgCalendarMonthView">Meetings calendar</a> <a href="/mgListCommittees">Committees</a> <a href="/mgMemberIndex">Councillors</a></nav>
<div class="mgHeader"><p>Marlowfield Borough Council</p>
<h1>Children and Young People Scrutiny Committee</h1>
<h2>Minutes of the meeting held on Thursday 14 November 2024 at 6.00 pm in the Council Chamber, Civic Centre, Quay Street, Marlowfield</h2></div>
<p><strong>Present:</strong> Councillor Helen Otway (Chair); Councillors Sunita Baines, Peter Bastow, Janet Ellery, Tom Fairbrother and Gary Holroyd.</p>
<p><strong>Co-opted members:</strong> Revd Andrew Pellow (Church of England diocese representative) and Mrs Kathleen Dyer (parent governor representative).</p>
<p><strong>Also in attendance:</strong> Councillor Imran Siddall (Cabinet Member for Children and Families); Dr Farida Okonjo (Director of Children's Services); Claire Denholm (Assistant Director, Safeguarding); Mark Ryland (Assistant Director, Children in Care); Naomi Fisk (Democratic Services Officer).</p>
{chr(10).join(body)}
<p>The meeting closed at 8.41 pm.</p>
<p>Chair: ........................................</p>
<footer><p>Marlowfield Borough Council, Civic Centre, Quay Street, Marlowfield MF1 2AB. These minutes are subject to approval at the next meeting of the committee.</p></footer>
</body></html>
"""
    with open(out("2024-11-scrutiny-committee-minutes.html"), "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------------------
# 10. Cabinet report, 11 February 2025 (docx)
# ---------------------------------------------------------------------------
def cabinet_2025():
    B = []
    B.append(("p", "MARLOWFIELD BOROUGH COUNCIL"))
    B.append(("title", "Report to Cabinet"))
    B.append(("table", [
        ["Date of meeting", "11 February 2025"],
        ["Title", "Fostering Marlowfield: investment in family-based care and children's homes"],
        ["Report of", "Director of Children's Services"],
        ["Cabinet Member", "Councillor Imran Siddall, Cabinet Member for Children and Families"],
        ["Key decision", "Yes"],
        ["Wards affected", "All wards"],
        ["Exempt information", "None"],
        ["Contact officer", "Mark Ryland, Assistant Director, Children in Care"],
    ]))
    B.append(("h1", "1. Purpose of the report"))
    B.append(("p", "1.1 This report asks Cabinet to approve a three-year programme of investment to increase the number of children in care who live with foster families in or near Marlowfield, and to reduce the council's reliance on costly residential placements outside the borough."))
    B.append(("h1", "2. Recommendations"))
    B.append(("p", "2.1 Cabinet is recommended to:"))
    B.append(("p", "(a) approve net revenue investment of £2.35 million over the three financial years 2025/26 to 2027/28, as set out in the financial implications in section 6;"))
    B.append(("p", "(b) approve an increase of 12% in all fostering allowances and fees for Marlowfield foster carers from 1 April 2025;"))
    B.append(("p", "(c) delegate authority to the Director of Children's Services, in consultation with the Cabinet Member for Children and Families and the Section 151 officer, to acquire, refurbish and register two three-bedroom children's homes within the borough, funded from the capital programme up to a maximum of £1.1 million."))
    B.append(("h1", "3. Reasons for the recommendations"))
    B.append(("p", "3.1 Since Ofsted judged children's services inadequate in 2019, the council has made sustained progress, and services were judged to require improvement to be good in November 2022. The most significant remaining weakness, identified by Ofsted, by the 2024 peer challenge and by children themselves, is the shortage of local homes for children in care."))
    B.append(("p", "3.2 At 31 December 2024, 451 children were in care. Of these, 38% lived with foster carers provided by independent fostering agencies and 27 lived in residential homes outside the borough. The average weekly cost of an external residential placement is now £6,480, compared with £520 for an in-house foster placement."))
    B.append(("p", "3.3 The number of in-house fostering households has not grown as quickly as needed. The council approved 27 new fostering households in 2023/24 and 26 between April and December 2024, but 19 households left fostering in 2023/24, mostly through retirement. Marlowfield's allowances are lower than those paid by Calvington Borough Council and by most independent fostering agencies."))
    B.append(("h1", "4. Background"))
    B.append(("p", "4.1 Children's services overspent by £4.8 million in 2022/23 and by £2.9 million in 2023/24. The forecast overspend for 2024/25, reported to Cabinet in January 2025, is £1.6 million. The main pressure in each year has been the cost of external placements."))
    B.append(("p", "4.2 In November 2024 the Children and Young People Scrutiny Committee recommended that fostering allowances be increased by at least 10% from April 2025. The Marlowfield Foster Carers Association was consulted in December 2024 and supports the proposals."))
    B.append(("p", "4.3 Young people from the Children in Care Council told officers that living close to friends, school and family was the thing that mattered most to them. One said: 'When you move miles away you lose everything at once.'"))
    B.append(("h1", "5. Options considered"))
    B.append(("b", "Option 1: do nothing. Rejected, because external placement costs would continue to rise and children would continue to live far from home."))
    B.append(("b", "Option 2: increase allowances only. Rejected, because it would not address the shortage of local residential places for children with the most complex needs."))
    B.append(("b", "Option 3 (recommended): a combined programme of fostering investment and two in-borough children's homes."))
    B.append(("h1", "6. Financial implications"))
    B.append(("p", "6.1 The table below sets out the revenue costs and avoided costs of the programme. Figures are at 2025/26 prices."))
    B.append(("table", [
        ["Item", "2025/26", "2026/27", "2027/28", "Total"],
        ["Fostering allowance and fee uplift (12%)", "£610,000", "£625,000", "£640,000", "£1,875,000"],
        ["Recruitment, marketing and four supervising social workers", "£290,000", "£245,000", "£245,000", "£780,000"],
        ["Children's homes: net revenue running costs", "£180,000", "£720,000", "£740,000", "£1,640,000"],
        ["Less: avoided external placement costs", "(£330,000)", "(£740,000)", "(£875,000)", "(£1,945,000)"],
        ["Net revenue investment", "£750,000", "£850,000", "£750,000", "£2,350,000"],
    ]))
    B.append(("p", "6.2 The capital cost of acquiring and refurbishing the two homes is estimated at £1.1 million and will be met from the existing capital programme. The first home is expected to open in autumn 2025 and the second in spring 2026."))
    B.append(("p", "6.3 Comments of the Section 151 officer: the investment is affordable within the medium-term financial plan, but the avoided costs depend on the council achieving its target of 45 new fostering households a year by 2026/27. If recruitment does not improve, the net cost of the programme could rise by up to £0.9 million over three years."))
    B.append(("h1", "7. Legal implications"))
    B.append(("p", "7.1 The council has a duty under section 22G of the Children Act 1989 to take steps to secure, so far as reasonably practicable, sufficient accommodation within its area to meet the needs of the children it looks after. The children's homes will need to be registered with Ofsted before they open."))
    B.append(("h1", "8. Risks"))
    B.append(("b", "Foster carer recruitment does not reach the target. Mitigation: a regional marketing campaign with Calvington, quarterly reporting to the Corporate Parenting Panel."))
    B.append(("b", "Delay in registering the children's homes with Ofsted. Mitigation: early engagement with the regulator and recruitment of registered managers from April 2025."))
    B.append(("b", "Local opposition to the location of children's homes. Mitigation: engagement with ward councillors before purchase."))
    B.append(("h1", "9. Equality implications"))
    B.append(("p", "9.1 An equality impact assessment has been completed. Children from Black and mixed heritage backgrounds are over-represented among children placed at a distance from Marlowfield, and the proposals are expected to have a positive impact on them."))
    B.append(("small", "Background papers: Children and Young People Scrutiny Committee minutes, 14 November 2024; Children's Services Peer Challenge report, March 2024; Sufficiency Strategy 2023-2026."))
    write_docx("2025-02-cabinet-report-fostering-investment.docx", B, core_title="Report to Cabinet: Fostering Marlowfield")


# ---------------------------------------------------------------------------
# 11. FOI response, May 2025 (docx)
# ---------------------------------------------------------------------------
def foi_2025():
    B = []
    B.append(("p", "Marlowfield Borough Council - Information Governance Team"))
    B.append(("title", "Freedom of Information Act 2000: response to your request"))
    B.append(("table", [
        ["Our reference", "FOI-2025-0412"],
        ["Date request received", "22 April 2025"],
        ["Date of response", "20 May 2025"],
        ["Service area", "Children's Services"],
    ]))
    B.append(("h1", "Your request"))
    B.append(("p", "\"Please provide, for each year from 2019 to 2025: (1) the number of children in care on 31 March; (2) the percentage of children's social workers who were agency staff on 31 March; (3) the average caseload of children's social workers on 31 March; (4) the number of new fostering households approved by the council in each financial year; and (5) how much the council spent on agency social workers in each financial year.\""))
    B.append(("h1", "Our response"))
    B.append(("p", "The council holds the information you have requested. Our answers to parts (1) to (4) are given in Table 1 below."))
    B.append(("p", "Table 1: Children's social care workforce and children in care, 2019 to 2025"))
    B.append(("table", [
        ["Year (31 March)", "Children in care", "Agency social workers (%)", "Average caseload", "New fostering households approved (financial year ending)"],
        ["2019", "468", "38.1", "27.4", "19"],
        ["2020", "497", "31.0", "22.1", "21"],
        ["2021", "486", "24.3", "19.0", "24"],
        ["2022", "471", "18.6", "16.8", "26"],
        ["2023", "489", "22.4", "19.2", "18"],
        ["2024", "462", "15.2", "16.1", "27"],
        ["2025", "448", "11.3", "14.9", "34"],
    ]))
    B.append(("p", "Notes to Table 1:"))
    for t in [
        "Agency percentages are full-time equivalent (FTE) agency social workers as a proportion of all FTE social workers in post, as reported to the Department for Education in the annual children's social work workforce return.",
        "Average caseload is the number of open cases held by social workers divided by the number of FTE social workers holding cases.",
        "Figures for 2025 are provisional and may change when the Department for Education publishes validated data.",
        "In 2024/25 the council approved 34 new fostering households, the highest number in any year covered by this request.",
    ]:
        B.append(("b", t))
    B.append(("p", "Part (5): the council spent the following amounts on agency social workers: 2018/19, £8.2 million; 2019/20, £7.6 million; 2020/21, £6.1 million; 2021/22, £4.9 million; 2022/23, £5.4 million; 2023/24, £3.8 million; 2024/25, £2.7 million (provisional)."))
    B.append(("p", "Some of this information is already published by the Department for Education. Under section 21 of the Act, information that is reasonably accessible to you by other means is exempt from disclosure; we have nevertheless provided it here for convenience."))
    B.append(("h1", "Your right to ask for a review"))
    B.append(("p", "If you are not satisfied with this response, you may ask for an internal review by writing to the Information Governance Team, Marlowfield Borough Council, Civic Centre, Quay Street, Marlowfield MF1 2AB, or by email to foi@marlowfield.gov.uk, within 40 working days of the date of this response. If you remain dissatisfied after the review, you may complain to the Information Commissioner's Office."))
    B.append(("p", "Yours sincerely"))
    B.append(("p", "Information Governance Officer, on behalf of Marlowfield Borough Council"))
    write_docx("2025-05-foi-response-social-workers-and-children-in-care.docx", B, core_title="FOI-2025-0412 response")


# ---------------------------------------------------------------------------
# 12. Performance scorecard (xlsx)
# ---------------------------------------------------------------------------
QUARTERS = [f"{y}/{str(y + 1)[2:]} Q{q}" for y in range(2019, 2026) for q in (1, 2, 3, 4)][:26]
PERIOD_END = []
for y in range(2019, 2026):
    PERIOD_END += [f"30/06/{y}", f"30/09/{y}", f"31/12/{y}", f"31/03/{y + 1}"]
PERIOD_END = PERIOD_END[:26]

MEASURES = {
    "Referrals received": [1012, 968, 1044, 981, 874, 951, 1003, 967, 1020, 1048, 1066, 1031, 1089, 1121, 1140, 1102, 1065, 1018, 1002, 987, 979, 962, 955, 948, 941, 936],
    "Re-referrals within 12 months (%)": [27, 26, 25, 24, 23, 22, 22, 21, 20, 20, 19, 19, 20, 21, 22, 23, 21, 20, 19, 18, 18, 17, 17, 16, 16, 15],
    "Assessments completed within 45 working days (%)": [63, 68, 70, 72, 74, 78, 81, 83, 84, 86, 87, 88, 86, 83, 80, 81, 84, 86, 88, 89, 90, 91, 91, 92, 93, 92],
    "Children subject to a child protection plan": [389, 372, 350, 336, 341, 330, 318, 305, 298, 290, 286, 279, 284, 297, 310, 318, 306, 291, 280, 272, 268, 263, 259, 254, 250, 247],
    "Children in care (end of quarter)": [474, 483, 490, 497, 501, 495, 490, 486, 482, 478, 475, 471, 474, 480, 486, 489, 484, 476, 469, 462, 459, 455, 451, 448, 445, 441],
    "Average social worker caseload": [26.1, 24.8, 23.0, 22.1, 21.4, 20.6, 19.8, 19.0, 18.4, 17.9, 17.2, 16.8, 17.5, 18.3, 18.9, 19.2, 18.6, 17.6, 16.8, 16.1, 15.8, 15.5, 15.2, 14.9, 14.7, 14.6],
    "Agency social workers (% of FTE)": [37.5, 35.8, 33.2, 31.0, 29.4, 27.9, 25.6, 24.3, 22.8, 21.0, 19.9, 18.6, 19.4, 20.7, 21.9, 22.4, 20.8, 18.9, 17.0, 15.2, 14.6, 13.5, 12.4, 11.3, 10.8, 10.2],
    "Return home interviews offered within 72 hours (%)": [48, 52, 55, 58, 60, 63, 66, 68, 70, 69, 66, 61, 55, 52, 41, 47, 52, 67, 74, 79, 82, 85, 86, 88, 89, 90],
    "Care leavers aged 19-21 in education, employment or training (%)": [46, 47, 45, 48, 44, 43, 47, 50, 52, 53, 55, 54, 53, 52, 52, 55, 57, 58, 60, 61, 61, 62, 63, 64, 64, 65],
}


def scorecard():
    wb = Workbook()
    ws = wb.active
    ws.title = "Quarterly measures"
    ws["A1"] = "Marlowfield Borough Council - Children's Services Performance Scorecard"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Source: Performance and Intelligence Team. Last updated: 14 October 2025. Figures for the latest quarter are provisional."
    headers = ["Quarter", "Period end"] + list(MEASURES)
    ws.append([])
    ws.append(headers)
    for c in ws[4]:
        c.font = Font(bold=True)
    for i, q in enumerate(QUARTERS):
        ws.append([q, PERIOD_END[i]] + [MEASURES[m][i] for m in MEASURES])
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 12

    ws2 = wb.create_sheet("Annual finance")
    ws2.append(["Children's services revenue outturn against budget"])
    ws2["A1"].font = Font(bold=True)
    ws2.append(["Financial year", "Net budget (£m)", "Outturn (£m)", "Overspend (£m)", "Comment"])
    for c in ws2[2]:
        c.font = Font(bold=True)
    rows = [
        ["2018/19", 61.2, 65.3, 4.1, "Year of the inadequate judgement; agency and external placement pressures"],
        ["2019/20", 66.0, 72.3, 6.3, "Improvement plan costs; MASH backlog clearance team"],
        ["2020/21", 70.4, 75.6, 5.2, "COVID-19 pressures partly offset by grant"],
        ["2021/22", 74.9, 78.3, 3.4, "Agency conversion programme"],
        ["2022/23", 77.8, 82.6, 4.8, "Rise in children in care and residential costs"],
        ["2023/24", 83.5, 86.4, 2.9, ""],
        ["2024/25", 88.1, 89.5, 1.4, "Final outturn (forecast at February 2025 was 1.6)"],
    ]
    for r in rows:
        ws2.append(r)

    ws3 = wb.create_sheet("Notes")
    notes = [
        "Notes",
        "1. Agency social workers are measured as full-time equivalent agency staff as a percentage of all FTE social workers in post (DfE definition).",
        "2. Q1 2020/21 figures were revalidated in October 2020 after a data migration to the new case management system.",
        "3. Return home interviews were provided by Pathways Missing Service until 30 September 2024 and by the council's in-house team from 1 October 2024.",
        "4. The joint targeted area inspection took place from 12 to 16 June 2023.",
        "5. Children in care figures exclude children in short breaks placements.",
    ]
    for n in notes:
        ws3.append([n])
    ws3["A1"].font = Font(bold=True)
    ws3.column_dimensions["A"].width = 120
    wb.save(out("2025-10-performance-scorecard.xlsx"))


# ---------------------------------------------------------------------------
# 13. Improvement board slide deck, September 2020 (pptx)
# ---------------------------------------------------------------------------
def slides_2020():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)

    def title_slide(title, sub):
        s = prs.slides.add_slide(prs.slide_layouts[0])
        s.shapes.title.text = title
        s.placeholders[1].text = sub
        return s

    def bullets(title, items, notes=None):
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = items[0]
        for it in items[1:]:
            p = tf.add_paragraph()
            p.text = it
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = PPt(20)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
        return s

    title_slide("Marlowfield Children's Services Improvement Board",
                "Progress report, 22 September 2020\nAnita Coombe, Interim Director of Children's Services")
    bullets("Where we started", [
        "Ofsted inspection March 2019: overall effectiveness inadequate",
        "Commissioner's report August 2019: services to stay with the council",
        "Getting to Good improvement plan agreed by Cabinet in July 2019",
        "Partner in practice: Calvington Borough Council",
    ], notes="Remind the board that the second monitoring visit in February 2020 found progress in the MASH had been sustained.")
    bullets("Getting to Good plan: progress", [
        "58 actions in total",
        "42 actions complete",
        "11 actions on track",
        "5 actions delayed, mainly because of COVID-19 (care leavers' accommodation, training programme)",
    ])
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Key performance: quarter 1 2020/21"
    rows = [
        ("Measure", "Q1 2020/21", "Q1 2019/20"),
        ("Assessments completed within 45 working days", "77%", "63%"),
        ("Agency social workers", "29%", "37.5%"),
        ("Average caseload", "21.4", "26.1"),
        ("Children subject to a child protection plan", "341", "389"),
        ("Children in care", "501", "474"),
        ("Return home interviews offered within 72 hours", "60%", "48%"),
    ]
    tbl = s.shapes.add_table(len(rows), 3, Inches(0.8), Inches(1.6), Inches(11.5), Inches(4.5)).table
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            tbl.cell(i, j).text = val
    s.notes_slide.notes_text_frame.text = "Q1 figures are provisional. Assessment timeliness continued to improve during lockdown because contacts fell in April and May."
    bullets("COVID-19: keeping children safe", [
        "96% of children with a child protection plan seen at least every four weeks during lockdown",
        "Virtual contact used for children in care where safe, with their agreement",
        "Referrals fell by 31% in April 2020 and have now returned to normal levels",
        "Staff welfare: weekly check-ins, laptops and phones for all social workers",
    ])
    bullets("Workforce", [
        "23 newly qualified social workers joined the Marlowfield Social Work Academy in 2019/20",
        "14 agency social workers converted to permanent contracts since January 2020",
        "Market supplement of £3,000 for experienced social workers in the assessment teams",
        "Target: agency staff below 20% by March 2022",
    ])
    bullets("Risks", [
        "Budget: children's services forecast overspend of £5.6m in 2020/21",
        "Rising number of children in care, now above 500",
        "Shortage of in-house foster carers",
        "Possible second wave of COVID-19 this winter",
    ], notes="The Section 151 officer has asked for a savings plan for external placements by November.")
    bullets("Leadership transition", [
        "Dr Farida Okonjo joins as permanent Director of Children's Services on 5 October 2020",
        "Anita Coombe leaves Marlowfield on 30 September 2020",
        "Malcolm Treadwell continues as DfE adviser",
        "Independent chair of the board: Sandra Kilbride",
    ])
    bullets("Asks of the board", [
        "Note progress against the Getting to Good plan",
        "Agree revised dates for the 5 delayed actions",
        "Support a bid to the council's budget for 2021/22 for a fostering recruitment campaign",
    ])
    prs.save(out("2020-09-improvement-board-slides.pptx"))


# ---------------------------------------------------------------------------
# 14. News article saved from a website, December 2025 (html)
# ---------------------------------------------------------------------------
def news_2025():
    article = [
        "Children's services in Marlowfield have been rated good by Ofsted, six years after inspectors found children were being left at risk and the council was placed under the supervision of a government commissioner.",
        "Inspectors who visited the borough from 6 to 17 October 2025 judged the service good in every area: help and protection, children in care and care leavers, and the impact of leaders. The report was published on Thursday.",
        "In March 2019 the same service was rated inadequate, with inspectors finding more than 200 referrals waiting for a decision and nearly four in ten social workers employed through agencies. It improved to requires improvement in November 2022.",
        "The report says social workers now \"know their children well\" and that caseloads are \"manageable\". It praises the council's response to children at risk of exploitation, which was criticised in a joint inspection in 2023 and in a review of the death of 15-year-old Mason Tavener, who was stabbed in Kelderby in February 2023.",
        "Council leader David Arkwright said: \"Six years ago this council let children down. I want to thank every social worker, foster carer and partner who has helped turn this around. Good is not the finish line.\"",
        "Dr Farida Okonjo, who has been director of children's services since October 2020, said the judgement belonged to frontline staff. \"Our agency rate is the lowest it has been in more than a decade, and that means children keep the same social worker,\" she said.",
        "But the Conservative opposition leader, Cllr Janet Ellery, said residents should remember the cost of the turnaround. \"Figures obtained by the Courier show the department overspent by £5.3m in 2022/23 alone. Taxpayers have paid a heavy price for years of failure,\" she said.",
        "Mason's mother, Denise Tavener, said she was glad other families would get a better service but that the rating \"doesn't bring my son back\". She said the cross-border protocol signed in November 2024 after a coroner's report was \"the one thing I fought for\".",
        "Gareth Pughe, branch secretary of Marlowfield UNISON, said the result was \"a tribute to social workers who stayed when it would have been easier to leave\".",
        "Lynne Carraway, MP for Marlowfield and Sturrow, who raised the case of Mason Tavener in Parliament, welcomed the report. In a written question in March 2024 she had asked the Secretary of State for Education \"what assessment her Department has made of the adequacy of arrangements for sharing safeguarding information about children across police force boundaries\".",
        "Ofsted said the council should still improve the quality of pathway plans for older care leavers and the consistency of supervision records.",
    ]
    art = "".join(f"<p>{esc(p)}</p>\n" for p in article)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Marlowfield children's services rated good by Ofsted six years after inadequate verdict | Marlowfield Courier</title>
<meta name="description" content="Ofsted rates Marlowfield children's services good">
<style>body{{font-family:Georgia,serif;margin:0}} .wrap{{display:flex;max-width:1100px;margin:auto}} main{{flex:3;padding:1em}} aside{{flex:1;padding:1em;background:#f4f4f4}} #cookie{{background:#222;color:#fff;padding:1em}}</style>
</head>
<body>
<div id="cookie" class="cookie-banner"><p>We use cookies to give you the best experience on our website, to personalise ads and to analyse our traffic. By clicking "Accept all" you agree to our use of cookies. <a href="/cookie-policy">Cookie policy</a></p><button>Accept all</button> <button>Manage preferences</button></div>
<header><div class="masthead">Marlowfield Courier</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/property">Property</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/announcements">Announcements</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<div class="breadcrumbs"><a href="/news">News</a> &gt; <a href="/news/local-news">Local News</a></div>
</header>
<div class="wrap">
<main>
<article>
<h1>Marlowfield children's services rated good by Ofsted six years after inadequate verdict</h1>
<p class="standfirst">Inspectors praise "manageable" caseloads and a transformed response to exploitation, but opposition warns of the cost</p>
<p class="byline">By Priya Hallam, Local Democracy Reporting Service</p>
<p class="dateline"><time datetime="2025-12-05T06:00">06:00, Friday 5 December 2025</time> | Updated 09:42</p>
<p><strong>MARLOWFIELD:</strong></p>
{art}
<p class="share">Share this article: Facebook | X | WhatsApp | Email</p>
</article>
<section class="comments">
<h2>Comments (4)</h2>
<div class="comment"><p class="who">SturrowDad72 - 5 December 2025, 08:14</p><p>Well done to the social workers. My family had help from them last year and they were brilliant.</p></div>
<div class="comment"><p class="who">Ken_from_Pennock - 5 December 2025, 09:03</p><p>Good? Tell that to the families who waited months. And who is paying for all this, us council tax payers.</p></div>
<div class="comment"><p class="who">FosterMumMF - 5 December 2025, 10:27</p><p>As a foster carer I can say things are very different to 2019. We actually get phone calls back now. The allowance rise in April helped too.</p></div>
<div class="comment"><p class="who">J.Barlow - 5 December 2025, 12:50</p><p>RIP Mason. It should never have taken a boy dying to get the police and council talking to each other.</p></div>
</section>
</main>
<aside>
<section class="most-read"><h2>Most read</h2><ol>
<li><a href="/news/sturrow-bypass-overnight-closures">Sturrow bypass to close for six weeks of overnight roadworks</a> <span>3 December 2025</span></li>
<li><a href="/news/pennock-green-bakery-award">Pennock Green bakery crowned best in the region</a> <span>4 December 2025</span></li>
<li><a href="/news/kelderby-warehouse-fire-charge">Man charged after Kelderby warehouse fire</a> <span>1 December 2025</span></li>
<li><a href="/news/council-tax-rise-warning">Council tax could rise 4.99% in April, warns finance chief</a> <span>28 November 2025</span></li>
<li><a href="/sport/marlowfield-town-fa-cup">Marlowfield Town knocked out of FA Trophy on penalties</a> <span>30 November 2025</span></li>
</ol></section>
<section class="related"><h2>Related stories</h2><ul>
<li><a href="/news/coroner-warns-council-kelderby-teenager">Coroner warns council and police after death of Kelderby teenager</a> <span>4 October 2024</span></li>
<li><a href="/news/inspectors-weak-response-youth-violence">Inspectors find "weak" response to youth violence at Marlowfield front door</a> <span>11 August 2023</span></li>
<li><a href="/news/childrens-services-out-of-inadequate">Children's services no longer inadequate, says Ofsted</a> <span>13 January 2023</span></li>
<li><a href="/news/damning-ofsted-report-children-at-risk">Damning Ofsted report finds children left at risk in Marlowfield</a> <span>26 April 2019</span></li>
</ul></section>
<section class="advert"><p>Advertisement</p></section>
</aside>
</div>
<footer><p>Marlowfield Courier, part of Wendmoor Media Group. &copy; 2025. All rights reserved. <a href="/privacy">Privacy notice</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a></p></footer>
</body>
</html>
"""
    with open(out("2025-12-courier-ofsted-good.html"), "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------------------
# 15. Local radio interview transcript, January 2026 (txt)
# ---------------------------------------------------------------------------
def radio_2026():
    write_text("2026-01-wendmoor-radio-fostering-interview.txt", """
    WENDMOOR RADIO - THE MORNING SHOW WITH DAN MERCER
    Transcript of broadcast segment: fostering in Marlowfield
    Broadcast: Wednesday 14 January 2026, 08:10-08:32
    Transcribed for the station's accessibility archive. Minor hesitations removed.

    [00:00:04] PRESENTER: It's ten past eight, you're listening to the Morning Show on Wendmoor Radio. Now, Marlowfield council says it needs more foster carers, and it's been spending money to find them. Last month Ofsted rated the borough's children's services good, which is a long way from where they were in 2019. With me in the studio is Councillor Imran Siddall, the cabinet member for children and families at Marlowfield, and Bev Lindqvist, who has been a foster carer in Sturrow for twelve years. Good morning to you both.

    [00:00:31] CLLR SIDDALL: Good morning, Dan.

    [00:00:32] BEV LINDQVIST: Morning.

    [00:00:34] PRESENTER: Councillor, let's start with the numbers. How many new foster families did you actually find last year?

    [00:00:40] CLLR SIDDALL: We approved 41 new fostering households in the last financial year, which is the most we've ever approved in a single year. Five years ago it was about twenty. So the campaign is working, the allowance increase is working, and we want to go further. Our target is 45 a year.

    [00:01:02] PRESENTER: But you're losing carers too, aren't you?

    [00:01:05] CLLR SIDDALL: We are. A lot of our carers came into fostering in the nineteen-nineties and they're retiring, and that's completely understandable. That's why we put the allowances up by 12% last April, so that we're not losing people to the agencies.

    [00:01:21] PRESENTER: Bev, you've been doing this a long time. Has it changed?

    [00:01:25] BEV LINDQVIST: Honestly, yes. When I started, in 2013, I had one lad who had six social workers in two years. Six. You'd just get used to one and they'd be gone. The agency ones, some of them were lovely, but they weren't there long enough to know him. Now the little girl I've got has had the same social worker for nearly three years. That makes a massive difference to a child.

    [00:01:51] PRESENTER: How many children have you looked after?

    [00:01:53] BEV LINDQVIST: Thirty-one, over the twelve years. Some for a weekend, some for years. My eldest is twenty-four now and she still comes round for Sunday dinner.

    [00:02:05] PRESENTER: And the money. Is 12% enough?

    [00:02:09] BEV LINDQVIST: It helped. I'm not going to pretend it didn't. But it's not about the money for most of us. What makes people give up is feeling like nobody's listening. When a child's struggling at two in the morning, you need someone to pick up the phone.

    [00:02:26] PRESENTER: Councillor, is anybody picking up the phone at two in the morning?

    [00:02:30] CLLR SIDDALL: Yes. Since last January we've doubled the out-of-hours team at weekends, and foster carers also have their own support line through the fostering service. I'd be the first to say that we learned some of those lessons in the hardest possible way.

    [00:02:47] PRESENTER: You're talking about Mason Tavener.

    [00:02:49] CLLR SIDDALL: I am. Mason's death in 2023 and what the coroner told us in 2024 changed how this council works. We signed a protocol with Calvington and the police forces so that if a Marlowfield child is picked up somewhere else, we know within a day. That should have been in place long before.

    [00:03:12] PRESENTER: Let's take a text. This is from Gemma in Kelderby. She says: "We looked into fostering but were told we'd need a spare bedroom and we rent a two-bed flat. Is there anything for people like us?" Councillor?

    [00:03:25] CLLR SIDDALL: Gemma, please do get in touch. You do need a spare bedroom for most fostering, but there are other ways to help, like supported lodgings for care leavers and short breaks for disabled children, and we'd love to talk to you.

    [00:03:41] PRESENTER: What about children's homes? You said last year you'd open two in the borough.

    [00:03:45] CLLR SIDDALL: The first one opened in Pennock Green in November, and it's home to three young people who would otherwise be living a long way from Marlowfield. The second is being refurbished and should open in the spring.

    [00:04:00] PRESENTER: And costs? Every council in the country is struggling with children's services budgets.

    [00:04:05] CLLR SIDDALL: We are too. But every child we bring back from an out-of-area placement saves money as well as being better for the child. We've gone from overspending by six million pounds a year to around one and a half million. I want that to be zero.

    [00:04:21] PRESENTER: Bev, last word. What would you say to someone thinking about it?

    [00:04:25] BEV LINDQVIST: Do it. Ring them, go to one of the coffee mornings. It's the hardest thing I've ever done and the best thing I've ever done. And you don't have to be perfect. The kids just need someone who'll stick around.

    [00:04:40] PRESENTER: Bev Lindqvist and Councillor Imran Siddall, thank you both. The number for Fostering Marlowfield is on our website. It's coming up to quarter past eight; the travel news is next.

    [END OF SEGMENT]
    """)


# ---------------------------------------------------------------------------
# 16. Care-experienced young people's blog post, February 2026 (md)
# ---------------------------------------------------------------------------
def blog_2026():
    write_text("2026-02-children-in-care-council-blog.md", """
    # What "good" looks like from where we sit

    *Posted on the Our Voice Marlowfield blog, 10 February 2026, by Kayla (19) and Jordan (17), members of the Marlowfield Children in Care Council*

    In December, Ofsted said Marlowfield's children's services are good. Lots of adults have been very happy about that, and we get why. But we thought people should hear what it feels like from our side.

    ## What has changed

    Jordan came into care in 2018. By the time Ofsted called the council inadequate in 2019, he had had seven social workers in three years. "I stopped telling them stuff," he says. "What's the point if they're leaving?" He has had the same social worker since 2022. She came to his Year 11 prom photos. That sounds small but it isn't.

    Kayla left care at 18. She says the best things have been:

    - not having to pay council tax until she is 25 (this started in April 2022 and we campaigned for it)
    - The Landing, the care leavers' hub on Quay Street that opened in 2023, where you can do your washing, get food and see your personal adviser without an appointment
    - being asked to help interview the new Assistant Director in 2024, and actually being listened to

    ## What still needs to change

    Ofsted said pathway plans for older care leavers still need to get better. We agree. Some of us have had three different personal advisers since we turned 18, and every time you start again. A personal adviser has loads of young people to look after, and you can tell.

    We also want:

    1. free bus travel for all care leavers up to 25, not just those in education
    2. more homes in Marlowfield, so nobody has to move 80 miles away from their friends like one of our members did last year
    3. councillors to come to the Children in Care Council, not just invite us to theirs

    ## A word about Mason

    Some of us knew Mason. He wasn't in care, but he went to the Youth Hub in Kelderby like a lot of us. When people talk about "good" we think about him too. The adults say the system has changed since he died. We hope so. We will keep asking.

    ## Get involved

    The Children in Care Council meets every second Tuesday at The Landing, 5pm to 7pm. There is pizza. Cllr Siddall, who chairs the Corporate Parenting Panel, has promised to come in March. We will let you know if he does.
    """)


# ---------------------------------------------------------------------------
# README and sources.csv
# ---------------------------------------------------------------------------
README = """
# Marlowfield: a fictional record of a council's children's services

Everything in this record is invented: Marlowfield Borough Council, its towns
(Marlowfield, Sturrow, Kelderby, Pennock Green), its neighbours (Calvington
Borough Council, East Wendling County Council), Wendmoor Police, Calvington and
Eastwold Constabulary, NHS Wendmoor Integrated Care Board, every person, child,
figure, date and quotation. It was written by a helper session, from scratch,
to test house styles and genres (practice review, joint inspection, peer
challenge, coroner's report, FOI response, radio transcript, saved news page,
minutes, cabinet report, spreadsheet, slide deck, blog). Any resemblance to
real bodies or people is accidental.

## The story in brief

- October 2015: Ofsted judges children's services requires improvement to be good.
- 4-15 March 2019: Ofsted inspection; overall effectiveness inadequate (report published 26 April 2019). 38% agency social workers, average caseload 27, 212 contacts awaiting decision in the MASH.
- May 2019: DfE appoints Malcolm Treadwell as children's services commissioner; the permanent director leaves. June 2019: Anita Coombe becomes interim director.
- August 2019: commissioner recommends the council keeps its services, with Calvington Borough Council as partner in practice. Improvement board chaired by Sandra Kilbride.
- September 2019 and February 2020: first and second monitoring visits.
- 22 September 2020: improvement board progress report (slides). 5 October 2020: Dr Farida Okonjo becomes permanent director.
- December 2020: Ofsted focused visit. May 2021: Cllr Imran Siddall replaces Cllr Rosalind Vey as lead member. July 2021: third monitoring visit.
- November 2022: Ofsted re-inspection; requires improvement to be good.
- 11 February 2023: Child M (Mason Tavener, 15) is fatally stabbed in Kelderby. May 2023: Cllr David Arkwright becomes council leader.
- 12-16 June 2023: joint targeted area inspection of serious youth violence; front door response to exploitation weak; agency staffing in the adolescent team 41% (letter 10 August 2023).
- 5-8 February 2024: LGA-facilitated peer challenge (report 22 March 2024).
- 15 May 2024: MSCP publishes the Child M practice review (10 recommendations).
- 19 September 2024: inquest concludes (unlawful killing); 3 October 2024: coroner's Regulation 28 report.
- 14 November 2024: scrutiny committee discusses the coroner's report and performance; 18 November 2024: cross-border protocol signed; 27 November 2024: council responds to the coroner.
- 11 February 2025: Cabinet asked to approve £2.35m fostering and children's homes investment.
- 20 May 2025: FOI response with yearly figures 2019-2025.
- 6-17 October 2025: Ofsted inspection; good in every judgement (reported 5 December 2025).
- 14 January 2026: radio interview on fostering; 10 February 2026: Children in Care Council blog post.

## Documents

- 2019-04-ofsted-inspection-report.docx - Ofsted inspection of children's social care services (inadequate)
- 2019-10-ofsted-monitoring-visit-1.html - first monitoring visit letter
- 2020-09-improvement-board-slides.pptx - improvement board progress report slides
- 2021-08-ofsted-monitoring-visit-3.txt - third monitoring visit letter
- 2023-08-jtai-serious-youth-violence.html - joint targeted area inspection letter
- 2024-03-peer-challenge-adolescent-safeguarding.docx - LGA-facilitated peer challenge report
- 2024-05-mscp-practice-review-child-m.pdf - child safeguarding practice review, Child M
- 2024-10-coroner-regulation-28-report.txt - coroner's prevention of future deaths report
- 2024-11-council-response-to-coroner.eml - council's response to the coroner
- 2024-11-scrutiny-committee-minutes.html - Children and Young People Scrutiny Committee minutes
- 2025-02-cabinet-report-fostering-investment.docx - cabinet report on fostering and children's homes
- 2025-05-foi-response-social-workers-and-children-in-care.docx - FOI response with yearly table
- 2025-10-performance-scorecard.xlsx - quarterly performance scorecard 2019/20 to 2025/26
- 2025-12-courier-ofsted-good.html - news article saved from the Marlowfield Courier website
- 2026-01-wendmoor-radio-fostering-interview.txt - local radio interview transcript
- 2026-02-children-in-care-council-blog.md - care-experienced young people's blog post

sources.csv lists only twelve of the sixteen documents; the saved news page,
the radio transcript, the slide deck and the blog post are deliberately left out.
"""

SOURCES = [
    ("2019-04-ofsted-inspection-report.docx", "Marlowfield Borough Council: Inspection of children's social care services", "Ofsted", "inspection report", "2019-04-26", "ILACS inspection, March 2019: inadequate"),
    ("2019-10-ofsted-monitoring-visit-1.html", "Monitoring visit to Marlowfield children's services", "Ofsted", "monitoring letter", "2019-10-17", "First monitoring visit, MASH and assessment"),
    ("2021-08-ofsted-monitoring-visit-3.txt", "Monitoring visit to Marlowfield children's services", "Ofsted", "monitoring letter", "2021-08-19", "Third monitoring visit, children in care and care leavers"),
    ("2023-08-jtai-serious-youth-violence.html", "Joint targeted area inspection of the multi-agency response to serious youth violence in Marlowfield", "Ofsted, CQC, HMICFRS, HMI Probation", "joint inspection letter", "2023-08-10", "JTAI, June 2023"),
    ("2024-03-peer-challenge-adolescent-safeguarding.docx", "Children's Services Peer Challenge: Marlowfield Borough Council", "Local Government Association", "peer challenge report", "2024-03-22", "Adolescent safeguarding and the front door"),
    ("2024-05-mscp-practice-review-child-m.pdf", "Child Safeguarding Practice Review: Child M", "Marlowfield Safeguarding Children Partnership", "practice review", "2024-05-15", "Death of a 15-year-old boy in Kelderby, February 2023"),
    ("2024-10-coroner-regulation-28-report.txt", "Regulation 28 report to prevent future deaths: Mason Tavener", "Area Coroner for Wendmoor", "prevention of future deaths report", "2024-10-03", "Coroner's matters of concern"),
    ("2024-11-council-response-to-coroner.eml", "Response to Regulation 28 report - Mason Tavener", "Marlowfield Borough Council", "letter", "2024-11-27", "Council response to the coroner"),
    ("2024-11-scrutiny-committee-minutes.html", "Children and Young People Scrutiny Committee minutes, 14 November 2024", "Marlowfield Borough Council", "minutes", "2024-11-14", "Coroner's report update; Q2 performance; fostering pre-decision scrutiny"),
    ("2025-02-cabinet-report-fostering-investment.docx", "Fostering Marlowfield: investment in family-based care and children's homes", "Marlowfield Borough Council", "cabinet report", "2025-02-11", "Fostering allowances and two children's homes"),
    ("2025-05-foi-response-social-workers-and-children-in-care.docx", "FOI-2025-0412: social workers and children in care 2019-2025", "Marlowfield Borough Council", "FOI response", "2025-05-20", "Yearly children in care, agency and caseload figures"),
    ("2025-10-performance-scorecard.xlsx", "Children's Services Performance Scorecard", "Marlowfield Borough Council", "spreadsheet", "2025-10-14", "Quarterly measures 2019/20 to 2025/26"),
]


def readme_and_sources():
    write_text("README.md", README)
    import csv
    with open(out("sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "title", "publisher", "kind", "published", "about"])
        for r in SOURCES:
            w.writerow(r)


def main():
    ofsted_2019()
    monitoring_1()
    monitoring_3()
    jtai_2023()
    peer_challenge_2024()
    pages = cspr_child_m()
    pfd_2024()
    pfd_response_2024()
    scrutiny_2024()
    cabinet_2025()
    foi_2025()
    scorecard()
    slides_2020()
    news_2025()
    radio_2026()
    blog_2026()
    readme_and_sources()
    print(f"wrote {len(os.listdir(OUT))} files to {OUT}; practice review has {pages} pages")


if __name__ == "__main__":
    main()
