#!/usr/bin/env python3
# ruff: noqa
"""Generator for the fictional Afoncoed record (written in session 45 by a helper session that saw neither the project's code nor its question sets).

Afoncoed County Borough Council is an invented Welsh council. Every person,
place, body-holder and figure in these documents is made up. The record
follows its children's services from a Care Inspectorate Wales (CIW)
inspection that found serious concerns in 2022, through a Welsh Government
direction and an Improvement Board, to a 2025 inspection that found progress
and the stepping down of the intervention in early 2026.

Run from the repository root:
    /work/main/.venv/bin/python eval/recordgen/afoncoed.py
It writes fourteen files and sources.csv into eval/records/afoncoed/.
"""
import csv
import os
from email.message import EmailMessage

from fpdf import FPDF
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "records", "afoncoed"))


def latin(text):
    """Core PDF fonts are latin-1 only."""
    table = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
             "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " "}
    for a, b in table.items():
        text = text.replace(a, b)
    return text


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------

class CIWReport(FPDF):
    def __init__(self, running_title):
        super().__init__(format="A4")
        self.running_title = running_title
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, margin=24)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, latin(self.running_title), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(0)
        self.set_draw_color(150, 150, 150)
        self.line(24, self.get_y(), 186, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def pdf_heading(pdf, text, size=14):
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 8, latin(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def pdf_para(pdf, text, size=11, h=6.8):
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, h, latin(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def render_report(pdf, sections, counter):
    """sections: list of (heading, [paragraph or ('list', [...])], new_page)."""
    for heading, paras, new_page in sections:
        if new_page:
            pdf.add_page()
        pdf_heading(pdf, heading)
        for p in paras:
            if isinstance(p, tuple) and p[0] == "plain":
                pdf_para(pdf, p[1])
            elif isinstance(p, tuple) and p[0] == "sub":
                pdf_heading(pdf, p[1], size=12)
            elif isinstance(p, tuple) and p[0] == "list":
                for item in p[1]:
                    pdf_para(pdf, item)
            else:
                counter[0] += 1
                pdf_para(pdf, f"{counter[0]}. {p}")


# ---------------------------------------------------------------------------
# 1. CIW performance evaluation inspection, July 2022 (long PDF)
# ---------------------------------------------------------------------------

CIW22_SECTIONS = [
    ("About this inspection", [
        "Care Inspectorate Wales (CIW) inspects local authority social services on behalf of the Welsh Ministers. This performance evaluation inspection (PEI) examined how well Afoncoed County Borough Council is discharging its duties under the Social Services and Well-being (Wales) Act 2014 (the 2014 Act) in respect of children and their families.",
        "Our inspection fieldwork took place between 16 and 20 May 2022. Before the fieldwork we analysed performance information, read the local authority's self-evaluation and reviewed 62 case records. During the fieldwork week we spoke with 41 children, young people, parents and carers, and with 87 staff and partners. We also tracked 14 children's journeys in detail.",
        "We structured our findings around the four principles of the 2014 Act: people - voice and control; prevention; well-being; and partnerships and integration. We also report on the workforce and on leadership, governance and resources, because these underpin everything else.",
        "This is the first full inspection of children's services in Afoncoed since May 2019, when we found services that were generally safe, with areas for improvement in the stability of the workforce. In November 2020, during the pandemic, CIW carried out an assurance check which found that children were safe but highlighted growing pressure on staff.",
        "Where we identify serious concerns we are required to tell the Welsh Ministers. On 27 May 2022 we wrote to the Chief Executive and to the Director of Social Services setting out serious concerns about the local authority's front door and the safety of children awaiting a response. We shared that letter with Welsh Government officials on the same day.",
        "We thank the children, families, carers, staff and partner agencies who gave their time to the inspection. We are especially grateful to members of Llais Ni, the local authority's group for care-experienced young people, who helped us design the questions we asked children.",
    ], True),
    ("Summary", [
        "Children's services in Afoncoed are under severe and sustained pressure. Demand has risen, the workforce is unstable and the local authority's ability to keep children safe has been weakened. Too many children are not receiving a timely or effective service, and senior leaders did not have an accurate understanding of the quality of practice until shortly before our inspection.",
        "We identified serious concerns in three areas: the Information, Advice and Assistance (IAA) service, where at the start of our fieldwork 412 contacts were awaiting screening, some for as long as 19 working days; the timeliness and quality of strategy discussions when a child may be at risk of significant harm; and the number of children looked after and children on the child protection register who did not have an allocated social worker.",
        "We also found that 9 children were living in placements that were not registered with CIW at the time of our inspection. We recognise that the local authority has worked hard to find these children somewhere to live. However, placing children in unregistered settings is unlawful unless the setting is exempt, and it exposes children to the risk of poor care.",
        "The workforce is not stable. At 31 March 2022, 41% of social workers in post in children's services were employed through agencies, and the vacancy rate for qualified social worker posts was 32%. The average caseload in the safeguarding and care planning teams was 27 children, with some workers holding more than 35.",
        "Despite these pressures we saw much that is positive. Staff are committed to children and families and many go well beyond what is expected of them. The Disabled Children's Team provides a consistently good service. Early help delivered through the Families First programme is valued by families. Foster carers are dedicated, and Llais Ni gives care-experienced young people a strong and confident voice.",
        "Leaders have acknowledged the scale of the challenge. Since our letter of 27 May 2022 the local authority has taken immediate action, including deploying additional managers to the IAA service and reviewing every unallocated case. The Cabinet has agreed a one-off investment of £1.2 million to recruit additional staff. It is too early to judge whether these actions will lead to sustained improvement.",
        "Children's services overspent by £3.1 million in 2021/22 against a net budget of £36.4 million. The main causes were the cost of placements, particularly residential and unregistered placements, and agency staffing. The net budget for 2022/23 has been set at £38.2 million.",
        "We have set out twelve areas for improvement below. The local authority must send CIW an action plan addressing them within six weeks of the publication of this report. Because of the seriousness of our findings we will carry out improvement checks to monitor progress, and we have informed the Welsh Ministers of our concerns.",
    ], True),
    ("Areas for improvement", [
        ("plain", "The local authority must address the following areas for improvement. We will report on progress against each of them in our improvement checks and at our next inspection."),
        ("list", [
            "Area for improvement 1: All contacts received by the IAA service must be screened, and a decision made, within one working day, and the backlog of unscreened contacts must be cleared.",
            "Area for improvement 2: Strategy discussions must be held promptly, with police and health present, whenever there is reasonable cause to suspect that a child is at risk of significant harm.",
            "Area for improvement 3: Every child looked after and every child on the child protection register must have an allocated, qualified social worker.",
            "Area for improvement 4: Caseloads must be reduced to a level that allows social workers to carry out meaningful direct work. The local authority should set, and monitor, a caseload standard.",
            "Area for improvement 5: The local authority must reduce its reliance on agency social workers and develop a sustainable workforce strategy.",
            "Area for improvement 6: The local authority must end the placement of children in unregistered settings and develop a placement sufficiency strategy, including in-house residential provision.",
            "Area for improvement 7: Statutory visits to children looked after, and reviews of care and support plans, must take place within required timescales.",
            "Area for improvement 8: Care and support plans must be outcome-focused, reflect what matters to the child and be reviewed in line with the Code of Practice.",
            "Area for improvement 9: Supervision must be regular and reflective, and management oversight of key decisions must be recorded.",
            "Area for improvement 10: The quality assurance framework must be strengthened so that senior leaders and elected members have an accurate picture of practice.",
            "Area for improvement 11: Support for foster carers, including kinship carers, should be improved, including timely visits from supervising social workers and access to training and respite.",
            "Area for improvement 12: Corporate parenting arrangements should be strengthened so that children looked after and care leavers can influence the services they receive.",
        ]),
    ], True),
    ("Context: Afoncoed and its children", [
        "Afoncoed is a county borough in south Wales with a population of around 128,000, including approximately 27,900 children and young people under 18. The main towns are Pontafon, where the council's civic centre, Ty Afon, is based, Cwmderwen, Trefelin, Glyncoed and Abernant. Parts of the borough are among the most deprived communities in Wales.",
        "At 31 March 2022 there were 398 children looked after by the local authority, a rate of 143 per 10,000 children, compared with a Wales average of 115. At 31 March 2019 the figure was 312. There were 212 children on the child protection register, a rate of 76 per 10,000.",
        "The IAA service received 9,870 contacts in 2021/22, an increase of 22% on 2019/20. Around half of all contacts were public protection notifications from South Wales Valleys Police.",
        "Children's services sit within the Social Services Directorate, led by the statutory Director of Social Services, Alun Bevan, who has been in post since 2015. The Head of Children's Services, Rhodri Vaughan-Thomas, was appointed in January 2020. The Cabinet Member for Social Care, Councillor Gwyn Parry, took on the portfolio after the local government elections in May 2022.",
        "Multi-agency safeguarding arrangements are overseen by the Bro Afon Regional Safeguarding Board, which covers Afoncoed and the neighbouring Penrhos County Borough Council. In November 2021 the Safeguarding Board published a Child Practice Review concerning Child T, which identified weaknesses in information sharing between agencies at the point of referral. Several of the issues identified in that review were still evident during our inspection.",
        "Health and social care integration is overseen by a separate body, the Bro Afon Regional Partnership Board, which brings together the two local authorities, Afon Valleys University Health Board and the third sector. The Regional Partnership Board funds several early help and emotional well-being services for children.",
    ], True),
    ("People - voice and control", [
        "Most children we spoke to could name their social worker, but many had experienced frequent changes. Members of Llais Ni told us that some of them had had five or more social workers in a single year. One young person said: \"Every time I get a new one I have to tell my story again. In the end I stopped bothering.\"",
        "The quality of direct work with children was variable. Where social workers had manageable caseloads we saw thoughtful, creative work that helped children understand their situation and their plans. Where caseloads were high, visits were often brief and focused on tasks rather than on the child.",
        "Care and support plans were too often generic and did not reflect the \"what matters\" conversations required by the 2014 Act. Of the 62 records we reviewed, only 27 had an up-to-date care and support plan that clearly reflected the child's own views.",
        "The active offer of services in Welsh was made in most of the cases we reviewed, and Welsh-speaking families told us they were able to communicate in their language of choice.",
        "The active offer of advocacy was not made consistently. Take-up of the independent professional advocacy service fell to 38% of eligible children in 2021/22. Children who had used an advocate spoke highly of the service.",
        "Independent Reviewing Officers (IROs) are experienced and committed, but only 67% of reviews of care and support plans for children looked after took place within timescales in 2021/22. IROs raised 41 formal escalations during the year; too many took months to resolve.",
        "Parents we spoke to gave a mixed picture. Several said that they had not been told what was expected of them or how decisions had been made. Others praised individual social workers who had been honest and supportive.",
    ], True),
    ("Prevention", [
        "Early help services delivered through Families First and Flying Start are well regarded by families and partners. The Team Around the Family service has helped many families avoid the need for statutory intervention. However, waiting lists for parenting support had grown to 14 weeks in Cwmderwen and Glyncoed.",
        "The IAA service is the single point of contact for anyone worried about a child. It is based at Ty Afon in Pontafon. At the time of our inspection five of the nine social worker posts in the IAA team were filled by agency staff, and two team managers had left in the previous six months.",
        "At the start of our fieldwork on 16 May 2022, 412 contacts were awaiting screening. The oldest had waited 19 working days. We reviewed a sample of these contacts and found two where children may have been left at risk of harm; we asked the local authority to take immediate action in both cases, and it did so.",
        "The local authority does not have a co-located multi-agency front door. Police and health colleagues are based elsewhere and information is exchanged largely by email. This was also highlighted in the Child T review in November 2021.",
        "Following our letter of 27 May 2022 the local authority deployed three additional team managers to the IAA service and introduced a daily screening meeting. It has told us that the backlog of unscreened contacts was cleared by 10 June 2022. We have not yet verified this and will do so at our first improvement check.",
        "Thresholds were not consistently understood. Partners, particularly schools, told us they were unclear why some referrals were accepted and others were not. Feedback to referrers was rare.",
    ], True),
    ("Well-being and safeguarding", [
        "In the three months from January to March 2022 only 58% of strategy discussions were held within the timescale set out in the Wales Safeguarding Procedures. Police were present at most strategy discussions, but health professionals attended fewer than half.",
        "The quality of section 47 enquiries was variable. In the better examples, social workers saw children alone, spoke to all relevant professionals and recorded a clear analysis of risk. In weaker examples, enquiries relied on information from a single source and the rationale for decisions was not recorded. Initial child protection conferences were held within timescales in 79% of cases.",
        "At the start of our fieldwork, 48 children looked after and 17 children on the child protection register did not have an allocated social worker. Their cases were held by team managers, who could not give them the attention they needed.",
        "Only 61% of statutory visits to children looked after took place within timescales in 2021/22. Some children had not been seen by a social worker for more than three months.",
        "The multi-agency exploitation panel is working well. Police, health, education and youth services share information effectively about children at risk of criminal and sexual exploitation, and we saw examples of well-coordinated disruption activity.",
        "Arrangements for children who go missing from home or care are inconsistent. Return home interviews were offered to 64% of children in 2021/22 and completed with fewer than half.",
    ], True),
    ("Assessment and care planning", [
        "The timeliness of assessments has fallen. In 2021/22, 69% of assessments of children's needs for care and support were completed within 42 working days, compared with 88% in 2019/20. Delays were greatest in the safeguarding teams in Cwmderwen and Glyncoed, where vacancies were highest.",
        "The best assessments we read were analytical, drew on information from partners and were written in language that families could understand. Too many, however, described events without analysing what they meant for the child, and several did not record the views of fathers or of the child.",
        "Children in need of care and support who were not looked after or on the child protection register received the least attention. Some care and support plans for these children had not been reviewed for more than a year, and we saw examples of cases closed without a clear record of whether the child's needs had been met.",
        "Management oversight was evident on most files at key decision points, such as the start of section 47 enquiries, but was often limited to a brief endorsement of the social worker's recommendation without recorded reasoning.",
        "Child protection plans were generally clear about the risks to children, but core group meetings were not always held regularly and partners told us that minutes were often circulated late. Children were removed from the child protection register when risks had reduced, but the reasons for this were not always recorded.",
    ], True),
    ("Adolescents at risk and youth justice", [
        "The Afoncoed Youth Justice Service works closely with children's services, and we saw good joint work with older children at risk of exploitation. The number of first-time entrants to the youth justice system has fallen steadily since 2019.",
        "Older children entering care in crisis were the group most likely to be placed in unregistered settings or a long way from home. Of the 9 children in unregistered placements at the time of our inspection, 7 were aged 14 or over.",
        "The edge of care service, Camu Ymlaen, had helped 46 families to stay together in 2021/22. It is highly valued by partners but has only four practitioners and could not meet demand.",
    ], True),
    ("Progress since the 2019 inspection", [
        "Our inspection in May 2019 identified three areas for improvement: the stability of the workforce, the timeliness of assessments, and the consistency of management oversight. The local authority's self-evaluation stated that all three had been addressed by March 2020.",
        "We found that progress had not been sustained. The timeliness of assessments improved during 2019/20, when 88% of assessments were completed within 42 working days, but fell to 69% in 2021/22. The stability of the workforce has deteriorated significantly since 2019, when 18% of social workers were agency staff.",
        "Our assurance check in November 2020 noted that the local authority had responded well to the early months of the pandemic, keeping in touch with vulnerable children by video and telephone. It also noted that staff sickness absence had risen and that several experienced team managers had left. Those warning signs were not acted on with sufficient urgency.",
        "Leaders told us that the pandemic, followed by a sharp rise in demand in 2021, had overwhelmed the improvements made after 2019. We accept that these were exceptional pressures, but other local authorities facing similar pressures have maintained a safer service.",
    ], True),
    ("Well-being: health, education and emotional well-being", [
        "Most children looked after are registered with a GP and dentist, and 84% had an up-to-date health assessment at 31 March 2022. The looked after children nursing team is highly regarded by foster carers.",
        "Access to emotional well-being and mental health support is a significant gap. Children looked after waited an average of 21 weeks for a first appointment with specialist child and adolescent mental health services in 2021/22. The in-house therapeutic service, Cwtch, has a waiting list of 37 children.",
        "The virtual school for children looked after provides good support, and personal education plans were in place for 91% of school-age children looked after. However, 17% of children looked after of secondary age were persistently absent from school in 2021/22, and eight were on reduced timetables at the time of our inspection.",
        "Young carers are identified and supported well through a commissioned service run by a local charity, which supported 312 young carers in 2021/22.",
        "The Disabled Children's Team is a strength. Assessments are timely and thorough, and parents of disabled children told us that social workers understood their children's needs and listened to them. Transition planning for disabled young people moving to adult services starts at 14 and is well coordinated.",
    ], True),
    ("What children, families and carers told us", [
        "We spoke with 41 children, young people, parents and carers during the inspection and received 37 responses to our survey of foster carers.",
        "Children valued social workers who were honest with them, who explained decisions and who kept their promises. What they disliked most was changes of worker, and being told that someone would visit and then waiting weeks for them to come.",
        "A parent whose child was subject to a child protection plan told us: \"My first social worker was brilliant. Then she left and I had three more in six months. Nobody read the file. I felt like we were starting again every time.\"",
        "Of the 37 foster carers who responded to our survey, 22 said they did not receive enough support from the local authority and 15 said they had considered giving up fostering in the last year. Foster carers consistently praised the training offer but said that out-of-hours support was weak.",
        "Care-experienced young people in Llais Ni told us they wanted elected members to spend time with them, not just to read reports about them. They have produced a pledge setting out what they expect of the council as a corporate parent, which the Cabinet had not yet formally adopted at the time of our inspection.",
    ], True),
    ("Children looked after and placements", [
        "The number of children looked after has risen by more than a quarter since 2019, from 312 at 31 March 2019 to 398 at 31 March 2022. The increase reflects both more children entering care and fewer leaving through reunification, special guardianship or adoption.",
        "The local authority had 142 in-house fostering households at 31 March 2022. Because there are not enough in-house carers, 28% of fostered children were placed with independent fostering agencies, often outside the borough.",
        "The local authority does not run any residential children's homes of its own. At 31 March 2022, 31 children were living in residential care, 19 of them outside Afoncoed.",
        "At the time of our inspection 9 children were living in placements that were not registered with CIW. The longest had been in place since September 2021. The most expensive of these arrangements cost more than £16,500 per week. Each placement had been approved by the Director of Social Services, but CIW had not been notified consistently, and the local authority could not show us how it was checking the quality of care.",
        "The placement sufficiency strategy dates from 2018 and is out of date. It does not reflect the current pattern of need or the Welsh Government's commitment to eliminate profit from the care of children looked after.",
        "94 children were living with family and friends carers. Kinship carers told us they had waited too long for their assessments and for financial support.",
        "The Afoncoed Foster Carers' Association told us that visits from supervising social workers had been missed, that respite was hard to obtain and that some carers had considered resigning. Several carers told us they felt valued by individual workers but not by the organisation.",
        "Permanence planning is not timely for all children. We saw examples of drift for children placed with parents under the Placement of Children with Parents Regulations and for children who could have been considered for special guardianship.",
    ], True),
    ("Care leavers", [
        "At 31 March 2022, 118 young people aged 16 to 25 were receiving leaving care support. Personal advisers were held in high regard by the young people we met, but their caseloads averaged 28.",
        "14 care leavers did not have an up-to-date pathway plan. Six care leavers were placed in bed and breakfast accommodation during 2021/22, which is not acceptable.",
        "23 young people were living with their former foster carers under When I'm Ready arrangements. Young people eligible for the Welsh Government's basic income pilot for care leavers had been well supported to take part.",
        "Members of Llais Ni told us that the council's Corporate Parenting Board rarely listened to them. The Board met only twice in 2021/22.",
    ], True),
    ("Workforce", [
        "At 31 March 2022, 41% of social workers in post in children's services were agency staff. The vacancy rate for qualified social worker posts was 32% and staff turnover in 2021/22 was 24%. Agency spending in 2021/22 was £6.2 million.",
        "The average caseload in the safeguarding and care planning teams was 27 children. Some social workers were holding more than 35 children. The local authority does not have a caseload standard.",
        "64 staff responded to our survey. 71% said their workload was unmanageable and 58% said they were thinking of leaving within the next year.",
        "Only 52% of social workers had received supervision in line with the local authority's own policy in the previous quarter. Supervision records focused on case management and rarely included reflection or support for the worker's well-being.",
        "Newly qualified social workers are supported through the consolidation programme, and those we met valued it. However, some were being allocated complex child protection work too early in their careers.",
        "Afoncoed does not pay a recruitment or retention supplement to social workers, and staff told us that neighbouring authorities pay more. Trade union representatives told us that morale was low and that concerns they had raised in 2021 about workload had not been acted upon.",
    ], True),
    ("Leadership, governance and resources", [
        "Senior leaders are committed and visible, but their understanding of practice relied too heavily on performance data that was incomplete. The quality assurance framework is not embedded: of 40 case file audits planned for 2021/22, only 11 were completed.",
        "The Social Care and Well-being Scrutiny Committee received regular performance reports, but these did not highlight the key risks we identified. Elected members told us they had not understood the scale of the problems until the local authority's self-evaluation was shared with them in April 2022.",
        "The Director's annual report for 2021/22 did not reflect the scale of the challenges facing children's services. Risks relating to workforce and placements were on the corporate risk register but had not been escalated.",
        "Children's services overspent by £3.1 million in 2021/22. The council's general fund reserve stood at £14.6 million at 31 March 2022. The Cabinet's one-off investment of £1.2 million is welcome, but it does not address the underlying gap between the budget and the cost of meeting need.",
        "Leaders have begun to put in place a clearer improvement programme, overseen by a Children's Improvement Programme Board chaired by the Chief Executive, Dr Iwan Pugh. The programme was set up in June 2022 and it is too early to assess its impact.",
    ], True),
    ("Partnerships and integration", [
        "Relationships with South Wales Valleys Police are constructive at a senior level, but operational arrangements at the front door are not integrated. Police colleagues told us they were frustrated by delays in arranging strategy discussions.",
        "Afon Valleys University Health Board has strong safeguarding leadership, but health attendance at strategy discussions and child protection conferences is inconsistent. Access to child and adolescent mental health services remains difficult for children looked after.",
        "Schools value the support of the education safeguarding team and of the virtual school for children looked after. Headteachers told us that the lack of feedback from the IAA service undermined their confidence in the referral process.",
        "The Bro Afon Regional Safeguarding Board has an accurate understanding of the pressures on children's services in Afoncoed and has commissioned a multi-agency audit of strategy discussions. Its findings are due later in 2022.",
    ], True),
    ("Next steps", [
        "The local authority must send CIW an action plan within six weeks of the publication of this report. The action plan should set out how it will address each area for improvement, with clear timescales and measures of success.",
        "We will carry out a first improvement check within 12 to 18 months of publication. We may also carry out further checks, and we will share our findings with the Welsh Ministers.",
        "We have notified the Welsh Ministers of our serious concerns. It is for the Welsh Ministers to decide whether to use their powers of intervention.",
    ], True),
    ("Appendix A: How we carried out this inspection", [
        ("plain", "Our inspection team comprised a lead inspector, four inspectors and a peer inspector from another Welsh local authority. A senior inspector from Estyn joined us for two days to consider the education of children looked after."),
        ("plain", "Before the fieldwork we considered the local authority's self-evaluation, its performance data for 2019/20 to 2021/22, its policies and procedures, and the findings of our assurance check of November 2020. We reviewed 62 case records selected at random from across the service and tracked 14 children's journeys."),
        ("plain", "During the fieldwork we held focus groups with social workers, team managers, IROs, personal advisers, foster carers and partner agencies. We met the Leader of the Council, the Chief Executive, the Cabinet Member for Social Care, the Chair of the Social Care and Well-being Scrutiny Committee, the Director of Social Services and the Head of Children's Services."),
        ("plain", "We held a session with members of Llais Ni and received 64 responses to our staff survey and 37 responses to our survey of foster carers."),
    ], True),
    ("Appendix B: The local authority's immediate response", [
        ("plain", "The local authority shared the following account of the action it had taken between our letter of 27 May 2022 and the publication of this report. We have not yet verified all of these actions."),
        ("list", [
            "30 May 2022: three additional team managers deployed to the IAA service and a daily screening meeting introduced.",
            "6 June 2022: review of every child looked after and every child on the child protection register without an allocated social worker completed by senior managers.",
            "10 June 2022: backlog of unscreened contacts reported as cleared.",
            "15 June 2022: Children's Improvement Programme Board, chaired by the Chief Executive, established.",
            "22 June 2022: Cabinet agreed one-off investment of £1.2 million for additional social workers and managers.",
            "1 July 2022: weekly report on strategy discussion timeliness introduced for the Director of Social Services.",
        ]),
    ], True),
    ("Appendix C: Key data", [
        ("list", [
            "Population aged under 18: approximately 27,900",
            "Contacts to the IAA service, 2021/22: 9,870",
            "Contacts awaiting screening, 16 May 2022: 412",
            "Strategy discussions within timescale, January to March 2022: 58%",
            "Children on the child protection register, 31 March 2022: 212",
            "Children looked after, 31 March 2022: 398 (143 per 10,000)",
            "Children in unregistered placements at the time of inspection: 9",
            "Statutory visits within timescale, 2021/22: 61%",
            "Reviews of care and support plans within timescale, 2021/22: 67%",
            "Agency social workers, 31 March 2022: 41%",
            "Social worker vacancy rate, 31 March 2022: 32%",
            "Average caseload, safeguarding and care planning teams: 27",
            "Children's services overspend, 2021/22: £3.1 million",
            "In-house fostering households, 31 March 2022: 142",
            "Care leavers receiving support, 31 March 2022: 118",
        ]),
    ], True),
    ("Appendix D: Glossary", [
        ("list", [
            "IAA: Information, Advice and Assistance. The local authority's front door for children's services.",
            "Strategy discussion: a multi-agency discussion, required by the Wales Safeguarding Procedures, held when there is reasonable cause to suspect a child is suffering or likely to suffer significant harm.",
            "Section 47 enquiry: an enquiry under section 47 of the Children Act 1989 to decide whether action is needed to safeguard a child.",
            "Unregistered placement: a setting providing care and accommodation to a child that is not registered with CIW as a care home service.",
            "IRO: Independent Reviewing Officer, who chairs reviews of the care and support plans of children looked after.",
            "When I'm Ready: arrangements that allow a young person to remain with their former foster carers after the age of 18.",
            "Corporate Parenting Board: the council's body of elected members and officers responsible for overseeing the council's duties as a corporate parent.",
            "Regional Safeguarding Board: the statutory multi-agency board for safeguarding children and adults, established under Part 7 of the 2014 Act.",
            "Regional Partnership Board: the statutory board established under Part 9 of the 2014 Act to drive the integration of health and social care.",
        ]),
    ], True),
]


def make_ciw_2022(path):
    pdf = CIWReport("Care Inspectorate Wales | Performance Evaluation Inspection: Afoncoed County Borough Council | July 2022")
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, "Care Inspectorate Wales", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, "Arolygiaeth Gofal Cymru", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 10, "Performance Evaluation Inspection of Children's Services", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 16)
    pdf.multi_cell(0, 9, "Afoncoed County Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, "Inspection fieldwork: 16 - 20 May 2022", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, "Date of publication: 14 July 2022", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 5, latin("This report is also available in Welsh. We welcome correspondence in Welsh and will respond in Welsh without delay. \u00a9 Crown copyright 2022."), new_x="LMARGIN", new_y="NEXT")
    # contents
    pdf.add_page()
    pdf_heading(pdf, "Contents")
    pdf.set_font("Helvetica", "", 11)
    for i, (h, _, _) in enumerate(CIW22_SECTIONS, 1):
        pdf.multi_cell(0, 7, latin(f"{i}. {h}"), new_x="LMARGIN", new_y="NEXT")
    counter = [0]
    render_report(pdf, CIW22_SECTIONS, counter)
    pdf.output(path)
    return pdf.page_no()


# ---------------------------------------------------------------------------
# 2. Welsh Government direction letter, January 2023 (DOCX)
# ---------------------------------------------------------------------------

def make_wg_direction(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Llywodraeth Cymru / Welsh Government"
    sec.footer.paragraphs[0].text = "Bae Caerdydd / Cardiff Bay. Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh."
    p = d.add_paragraph()
    r = p.add_run("Rhian Gwilym AS/MS\nY Dirprwy Weinidog Gwasanaethau Cymdeithasol\nDeputy Minister for Social Services")
    r.bold = True
    d.add_paragraph("Our ref: MA/RG/0117/23")
    d.add_paragraph("16 January 2023")
    d.add_paragraph("Councillor Meinir Howells, Leader, Afoncoed County Borough Council\nDr Iwan Pugh, Chief Executive, Afoncoed County Borough Council\nTy Afon, Heol y Parc, Pontafon")
    d.add_paragraph("Dear Councillor Howells and Dr Pugh,")
    d.add_heading("Direction under section 29 of the Local Government (Wales) Measure 2009: children's services in Afoncoed", level=2)
    paras = [
        "I am writing to confirm that I have today issued a direction to Afoncoed County Borough Council under section 29 of the Local Government (Wales) Measure 2009 in relation to the council's children's services functions under the Social Services and Well-being (Wales) Act 2014. A copy of the direction is enclosed.",
        "You will recall the sequence of events that has led to this decision. Care Inspectorate Wales (CIW) wrote to the council on 27 May 2022 setting out serious concerns about the safety of children awaiting a response from the council's front door. CIW's performance evaluation inspection report, published on 14 July 2022, confirmed those concerns and identified twelve areas for improvement. On 3 October 2022 I issued a warning notice setting out the Welsh Ministers' concerns and inviting the council to make representations. The council responded on 28 October 2022, and my officials met the Leader, the Chief Executive and the Acting Director of Social Services on 6 December 2022.",
        "I acknowledge the action the council has taken since May 2022, including clearing the backlog of unscreened contacts and its additional investment of £1.2 million. I also recognise the commitment of the council's staff. However, I am not satisfied that the council has the capacity, on its own, to secure the sustained improvement that children in Afoncoed need. The number of children in unregistered placements has risen to 14, the proportion of agency social workers remains above 40%, and the council has not yet made a permanent appointment to the post of statutory Director of Social Services following the retirement of Alun Bevan at the end of September 2022.",
        "The direction requires the council to do the following.",
    ]
    for t in paras[:-1]:
        d.add_paragraph(t)
    d.add_paragraph(paras[-1])
    reqs = [
        "To co-operate fully with an Improvement Board, chaired by an independent chair appointed by the Welsh Ministers, and to give the chair access to any records, staff and meetings the chair considers necessary.",
        "To submit to the Welsh Ministers, within 12 weeks of the date of the direction, an improvement plan agreed by the Improvement Board, addressing each of CIW's areas for improvement.",
        "To make a permanent appointment to the post of statutory Director of Social Services no later than 30 June 2023.",
        "To place a child in an unregistered setting only with the personal approval of the Director of Social Services, to report every such placement to CIW and to the Improvement Board each month, and to end the use of unregistered placements by 31 March 2024.",
        "To adopt a workforce strategy that reduces the proportion of agency social workers in children's services to below 25% by 31 March 2025.",
        "To provide quarterly progress reports to the Welsh Ministers through the Improvement Board.",
    ]
    for i, t in enumerate(reqs, 1):
        d.add_paragraph(f"({i}) {t}")
    more = [
        "I have appointed Dr Helen Marsden as the independent chair of the Improvement Board with effect from today. Dr Marsden was previously Director of Social Services at Caerwern County Council and brings extensive experience of improvement in children's services. The Improvement Board will include the Leader, the Chief Executive, the Director of Social Services, the Cabinet Member for Social Care and the Head of Children's Services, together with senior representatives of South Wales Valleys Police, Afon Valleys University Health Board and the Bro Afon Regional Safeguarding Board. CIW and my officials will attend as observers. The Improvement Board will meet at least every six weeks.",
        "I note that the council has established its own Children's Improvement Programme Board, chaired by the Chief Executive, to manage delivery of its improvement programme. That arrangement is welcome, but it does not replace the Improvement Board, which will provide independent challenge and report to me.",
        "I expect the Improvement Board to focus on outcomes for children rather than on process. In particular, I have asked Dr Marsden to pay close attention to the voices of children and young people, including through Llais Ni, and to the experience of front-line staff. I have also asked her to report to me directly if she considers that progress is at risk.",
        "To support the council, the Welsh Government will make available improvement support funding of up to £1.5 million across 2023/24 and 2024/25, subject to grant conditions that my officials will share with you.",
        "The direction will remain in force until it is revoked. I will review it no later than twelve months from today, taking account of the Improvement Board's reports and of the findings of CIW's improvement checks. I should make clear that I would consider further action, including the use of additional powers under the 2009 Measure, if the council does not make sufficient progress.",
        "I am copying this letter to the Acting Director of Social Services, Sian Morgan-Rees, to the Chief Inspector of CIW and to the Auditor General for Wales.",
        "Yours sincerely,",
        "Rhian Gwilym AS/MS\nY Dirprwy Weinidog Gwasanaethau Cymdeithasol\nDeputy Minister for Social Services",
    ]
    for t in more:
        d.add_paragraph(t)
    d.add_heading("Annex: summary of requirements and deadlines", level=3)
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Requirement"
    table.rows[0].cells[1].text = "Deadline"
    for a, b in [
        ("Improvement plan agreed by the Improvement Board", "Within 12 weeks (by 10 April 2023)"),
        ("Permanent Director of Social Services appointed", "30 June 2023"),
        ("End use of unregistered placements", "31 March 2024"),
        ("Agency social workers below 25%", "31 March 2025"),
        ("Progress reports to the Welsh Ministers", "Quarterly"),
        ("Review of the direction", "By 16 January 2024"),
    ]:
        row = table.add_row().cells
        row[0].text = a
        row[1].text = b
    d.save(path)


# ---------------------------------------------------------------------------
# 3. Unison statement, March 2023 (TXT)
# ---------------------------------------------------------------------------

UNISON_2023 = """UNISON CYMRU - AFONCOED LOCAL GOVERNMENT BRANCH

STATEMENT ON THE CHILDREN'S SERVICES WORKFORCE

Issued: 9 March 2023

Our members in Afoncoed children's services are at breaking point.

Last month the branch surveyed members working in children's services. 96 members replied. 83% told us their caseload was not safe. Most social workers in the safeguarding and care planning teams told us they hold between 25 and 30 children. Many said they routinely work evenings and weekends just to keep up with visits and paperwork.

The council's own figures show that 46% of social workers in children's services are now employed through agencies. That is almost half. Agency colleagues work hard and we do not blame them, but a service cannot be stable when the people in it change every few months. Children tell us the same thing: they are tired of repeating their story to a new worker.

We welcome the appointment of an independent chair to the Improvement Board set up by the Welsh Government in January. We have written to Dr Helen Marsden asking to meet her, and we hope the Board will hear directly from the people who do the job.

Unison is calling on Afoncoed County Borough Council to:

1. Introduce a recruitment and retention supplement of £3,000 a year for permanent social workers in children's services, so that Afoncoed can compete with neighbouring councils.

2. Adopt a caseload cap of no more than 18 children per social worker, with a clear plan and timetable to reach it.

3. Guarantee protected time for supervision every four weeks.

4. Give the recognised trade unions a seat on the council's Children's Improvement Programme Board, so that the workforce has a voice in the improvement plan.

5. End hot-desking for front-line child protection teams at Ty Afon and restore team bases.

6. Review mileage rates, which have not changed since 2019.

We want to work with the council to get this right. We have asked the acting Director of Social Services, Sian Morgan-Rees, for an urgent meeting and she has agreed to meet us later this month.

But our members cannot wait. If there is no meaningful progress by the summer, we have not ruled out an indicative ballot for industrial action.

Dai Roberts
Branch Secretary
Unison Cymru Afoncoed Local Government Branch

Media enquiries: branch office, Ty Afon, Pontafon
"""


# ---------------------------------------------------------------------------
# 4. CIW improvement check letter, December 2023 (PDF)
# ---------------------------------------------------------------------------

CIW23_SECTIONS = [
    ("Improvement check: children's services, Afoncoed County Borough Council", [
        ("plain", "Date: 7 December 2023"),
        ("plain", "To: Marc Treharne, Director of Social Services, Afoncoed County Borough Council"),
        ("plain", "Copied to: Dr Iwan Pugh, Chief Executive; Dr Helen Marsden, Independent Chair, Afoncoed Improvement Board; Welsh Government"),
        ("plain", "Dear Mr Treharne,"),
        "This letter sets out the findings of the improvement check carried out by Care Inspectorate Wales (CIW) in Afoncoed County Borough Council between 16 and 19 October 2023. The purpose of the check was to evaluate progress against the twelve areas for improvement identified in our performance evaluation inspection report published in July 2022.",
        "During the check we reviewed 30 case records, spoke with 26 staff and managers and met partners from South Wales Valleys Police and Afon Valleys University Health Board. We also met members of Llais Ni and representatives of the Afoncoed Foster Carers' Association.",
    ], False),
    ("Summary", [
        "There has been some positive progress since our inspection, particularly at the front door, and leaders now have a much more accurate understanding of practice. However, the pace of improvement in other areas needs to increase. Serious concerns remain in relation to workforce stability and the sufficiency of placements for children looked after.",
        "The appointment of a permanent Director of Social Services, who took up post on 1 May 2023, has brought greater stability to senior leadership. We acknowledge the work of the Acting Director of Social Services between October 2022 and April 2023 in stabilising the service during a difficult period.",
    ], False),
    ("Findings", [
        ("sub", "The front door"),
        "The local authority launched its Integrated Front Door at Ty Afon on 3 July 2023. Police and health staff are now co-located with the IAA team, and information is shared in real time. In September 2023, 96% of contacts were screened within one working day and there was no backlog. We consider that area for improvement 1 in our July 2022 report has been met.",
        "In July to September 2023, 84% of strategy discussions were held within timescales, compared with 58% at the time of our inspection. Health attendance has improved but remains inconsistent.",
        ("sub", "Allocation, caseloads and the workforce"),
        "At the time of our check, 11 children looked after did not have an allocated social worker, compared with 48 at the time of our inspection. All children on the child protection register were allocated.",
        "The average caseload in the safeguarding and care planning teams has fallen to 23, but this remains well above the local authority's new caseload standard of 18.",
        "At the end of September 2023, 40% of social workers were agency staff, down from 46% at the end of March 2023. The first cohort of 14 social workers recruited from South Africa and Zimbabwe through the Croeso international recruitment scheme arrived in September 2023 and were completing their induction during our visit. The local authority has also introduced a retention payment of £2,500 a year for permanent social workers.",
        ("sub", "Children looked after and placements"),
        "There were 421 children looked after at 31 March 2023 and 414 at 30 September 2023. The number of children in unregistered placements reached 14 in January 2023. At the time of our check it had fallen to 7, but the local authority does not yet have sufficient alternatives. Its first in-house children's home, Ty Derwen in Cwmderwen, is not expected to open until late 2024.",
        "Care leavers continue to receive good support from personal advisers. All care leavers now have an up-to-date pathway plan, and no care leaver was placed in bed and breakfast accommodation between April and September 2023.",
        "The Afoncoed Foster Carers' Association told us that communication with the service had improved, and welcomed the council's commitment to review fostering allowances during 2023/24.",
        ("sub", "Leadership and resources"),
        "The Improvement Board, chaired by the independent chair appointed by the Welsh Ministers, has met regularly since February 2023. The improvement plan was submitted to the Welsh Ministers on 6 April 2023. The council's own Children's Improvement Programme Board oversees delivery of the plan.",
        "The quality assurance framework has been redesigned and the completion of case file audits has improved: 36 of the 40 audits planned for April to September 2023 were completed. However, the audits we reviewed showed that the quality of care and support plans remains variable, and learning from audits is not yet consistently shared with staff.",
        "Children's services overspent by £6.8 million in 2022/23. The council has added £4.5 million of budget growth for 2023/24 and created a Children's Services Improvement Reserve of £3.0 million.",
    ], False),
    ("Next steps", [
        "We will carry out a further improvement check in summer 2024, focusing on workforce stability, the allocation of children looked after, the quality of care and support plans and the use of unregistered placements.",
        ("plain", "Yours sincerely,"),
        ("plain", "Llinos Barrington, Head of Local Authority Inspection, Care Inspectorate Wales"),
    ], False),
]


def make_ciw_2023(path):
    pdf = CIWReport("Care Inspectorate Wales | Improvement check letter: Afoncoed County Borough Council | December 2023")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, "Care Inspectorate Wales / Arolygiaeth Gofal Cymru", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 6, "Welsh Government Office, Merthyr Tydfil. www.careinspectorate.wales (fictional record)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    counter = [0]
    render_report(pdf, CIW23_SECTIONS, counter)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 5. Local newspaper story, February 2024 (HTML with comments)
# ---------------------------------------------------------------------------

ARGUS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Children's services boss to quit as care overspend tops £5m | Afoncoed Argus</title>
<meta name="description" content="Local news from Pontafon, Cwmderwen, Trefelin, Glyncoed and Abernant">
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By clicking "Accept all" you agree to the storing of cookies on your device.</p>
  <button>Accept all</button> <button>Manage preferences</button>
</div>
<header>
  <div class="masthead"><a href="/">Afoncoed Argus</a> &middot; Your valleys, your news</div>
  <nav>
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/whats-on">What's On</a></li>
      <li><a href="/property">Property</a></li>
      <li><a href="/jobs">Jobs</a></li>
      <li><a href="/announcements">Announcements</a></li>
      <li><a href="/subscribe">Subscribe</a></li>
    </ul>
  </nav>
</header>
<main>
<article>
  <p class="breadcrumb"><a href="/news">News</a> &gt; <a href="/news/local-government">Local government</a></p>
  <h1>Children's services boss to quit as care overspend tops £5m</h1>
  <p class="byline">By Carys Mostyn, Local Democracy Reporting Service</p>
  <p class="dateline">Thursday 8 February 2024, 6.00am</p>
  <p><strong>The head of Afoncoed's troubled children's services is to leave the council at the end of the month, as new figures show the department heading for an overspend of more than £5 million this year.</strong></p>
  <p>Rhodri Vaughan-Thomas, who has been Head of Children's Services since January 2020, will leave on 29 February to take up a senior post with a council in the north-west of England.</p>
  <p>The council said interim arrangements would be confirmed "shortly" and that recruitment to the permanent post would begin in the spring.</p>
  <p>His departure comes a year after the Welsh Government took the unusual step of directing the council to improve its services for children, following a damning report by Care Inspectorate Wales (CIW) in July 2022 which found "serious concerns" about how quickly the council responded when children might be at risk.</p>
  <p>A report to next week's Cabinet meeting shows children's services are now forecast to overspend by £5.6 million in 2023/24, even though councillors added £4.5 million to the department's budget last February. The main pressures are the cost of placing children in care outside the borough and the cost of agency social workers.</p>
  <p>The report says the proportion of social workers employed through agencies fell to 35% in December 2023, down from 46% in March last year, helped by the arrival of 14 social workers from southern Africa under the council's Croeso recruitment scheme. A second group of 11 is due to arrive next month.</p>
  <p>Cllr Gwyn Parry, Cabinet Member for Social Care, thanked Mr Vaughan-Thomas for "four years of dedicated service through the most difficult period this department has ever faced". He added: "We are not where we want to be on the budget, but the service is safer than it was and every child in care will soon have their own social worker."</p>
  <p>But Cllr Bethan Rowlands, who leads the opposition Independent Group, said the departure was "another blow to stability". She said: "Families have seen social worker after social worker come and go. Now the person running the service is going too. The Cabinet needs to tell us who is in charge and what the plan is."</p>
  <p>Dai Roberts, branch secretary of Unison Cymru in Afoncoed, said the union had "a constructive relationship" with Mr Vaughan-Thomas and welcomed the £2,500 retention payment introduced last autumn, but warned that caseloads were "still far too high".</p>
  <p>Figures in the Cabinet report show 411 children were in the council's care at the end of December, slightly down on the peak of 421 last March. Five children are still living in unregistered placements, and the council's first children's home, Ty Derwen in Cwmderwen, will not open until the autumn.</p>
  <p>In December, inspectors from CIW said the council had made "some positive progress" at its front door but that the pace of improvement needed to increase.</p>
  <p>The Welsh Government-appointed Improvement Board, chaired by Dr Helen Marsden, will meet later this month.</p>
</article>
<section class="comments">
  <h2>Comments (4)</h2>
  <div class="comment"><p class="who">ValleyMam_78 &middot; 8 Feb 2024</p><p>Another one jumping ship. My niece has had four social workers since September. How is anyone supposed to build trust like that?</p></div>
  <div class="comment"><p class="who">PontafonPete &middot; 8 Feb 2024</p><p>£5.6 million overspent and they want to put council tax up again. Who signs off these agency bills?</p></div>
  <div class="comment"><p class="who">ExSocialWorker &middot; 8 Feb 2024</p><p>I left Afoncoed in 2022 because I was holding 34 kids. People outside don't understand what that does to you. Good luck to whoever takes this on.</p></div>
  <div class="comment"><p class="who">Glyncoed_Foster_Carer &middot; 9 Feb 2024</p><p>In fairness our new supervising social worker has been brilliant. Things ARE getting better on the ground, slowly.</p></div>
</section>
</main>
<aside class="sidebar">
  <h3>Related stories</h3>
  <ul>
    <li><a href="/news/ciw-letter">Watchdog: children's services improving but 'pace must increase'</a> <span>7 December 2023</span></li>
    <li><a href="/news/council-tax">Council proposes 6.9% council tax rise</a> <span>1 February 2024</span></li>
    <li><a href="/news/health-board">New chair named for Afon Valleys health board</a> <span>12 January 2024</span></li>
  </ul>
  <h3>Most read</h3>
  <ul>
    <li><a href="/news/a470">Lane closures on A4058 at Trefelin for six weeks</a></li>
    <li><a href="/sport/rugby">Cwmderwen RFC reach cup quarter-final</a></li>
    <li><a href="/news/library">Abernant library to reopen after refurbishment</a></li>
  </ul>
</aside>
<footer>
  <p>&copy; 2024 Afoncoed Argus. All rights reserved. <a href="/privacy">Privacy notice</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 6. Scrutiny committee minutes, March 2024 (HTML with site furniture)
# ---------------------------------------------------------------------------

MINUTES_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes - Social Care and Well-being Scrutiny Committee - Afoncoed County Borough Council</title>
</head>
<body>
<div class="cookie-notice" role="dialog">
  <p>This website uses essential cookies to make it work. We would also like to set optional analytics cookies to help us improve it. <a href="/cookies">Cookie settings</a></p>
  <button>Accept analytics cookies</button> <button>Reject analytics cookies</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Afoncoed County Borough Council / Cyngor Bwrdeistref Sirol Afoncoed</a>
  <a href="/cy">Cymraeg</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/bins">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/schools">Schools and learning</a></li>
      <li><a href="/social-care">Social care and well-being</a></li>
      <li><a href="/democracy">Council and democracy</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
  <form class="search"><input type="text" placeholder="Search afoncoed.gov.wales"></form>
</header>
<p class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/democracy">Council and democracy</a> &gt; <a href="/democracy/meetings">Meetings</a> &gt; Social Care and Well-being Scrutiny Committee</p>
<main>
<h1>Social Care and Well-being Scrutiny Committee - Minutes</h1>
<p>MINUTES of a meeting of the SOCIAL CARE AND WELL-BEING SCRUTINY COMMITTEE held in the Council Chamber, Ty Afon, Pontafon and remotely via Microsoft Teams on Thursday, 14 March 2024 at 10.00 am.</p>
<p><strong>Present:</strong> Councillor Emyr Watkins (Chair); Councillors Bethan Rowlands, Huw Jenkins, Sandra Pritchard, Gareth Morse, Peter Caldicott and Alison Beynon.</p>
<p><strong>Also present:</strong> Councillor Gwyn Parry (Cabinet Member for Social Care); Marc Treharne (Director of Social Services); Joanne Ashworth (Interim Head of Children's Services); Rachel Pengelly (Head of Finance and Section 151 Officer); Sioned Bowen (Democratic Services Officer). Two members of Llais Ni, Jordan and Ellie, attended for minute 64.</p>

<h2>61. Apologies for absence</h2>
<p>An apology for absence was received from Councillor Nerys Owen.</p>

<h2>62. Declarations of interest</h2>
<p>Councillor Alison Beynon declared a personal interest in minutes 64 and 65 as an approved foster carer for the council. She remained in the meeting.</p>

<h2>63. Minutes</h2>
<p>RESOLVED that the minutes of the meeting held on 1 February 2024 be approved as a correct record.</p>

<h2>64. Children's Services Improvement Plan - progress report, Quarter 3 2023/24</h2>
<p>The Director of Social Services presented the progress report for the period 1 October to 31 December 2023. He reminded members that the council had been subject to a direction from the Welsh Ministers since 16 January 2023 and that the Welsh Government-appointed Improvement Board, chaired by Dr Helen Marsden, had met nine times since its first meeting on 8 February 2023. The council's own Children's Improvement Programme Board, chaired by the Chief Executive, continued to oversee delivery of individual actions.</p>
<p>The Director highlighted that: 411 children were looked after at 31 December 2023; the average caseload in the safeguarding and care planning teams had fallen to 22; 9 children looked after were still waiting for an allocated social worker, and he expected all to be allocated by the end of March; the proportion of agency social workers had fallen to 34% at the end of February 2024; and 5 children remained in unregistered placements at 29 February 2024.</p>
<p>Councillor Rowlands asked whether the council would meet the requirement in the Welsh Government direction to end the use of unregistered placements by 31 March 2024. The Director acknowledged that the deadline would not be met. The five children concerned each had an agreed plan to move, and Ty Derwen, the council's first in-house children's home, was now expected to open in November 2024. The Welsh Government and CIW had been informed.</p>
<p>Councillor Jenkins asked about leadership following the departure of the Head of Children's Services. The Director confirmed that Rhodri Vaughan-Thomas had left the council on 29 February 2024 and that Joanne Ashworth had been appointed as Interim Head of Children's Services from 4 March 2024 for up to six months. Interviews for the permanent post were planned for May 2024.</p>
<p>Jordan, speaking for Llais Ni, said young people had noticed fewer changes of social worker over the last six months, but that several care leavers in supported accommodation still had no reliable Wi-Fi, which made college work difficult. The Director undertook to look into this and report back to the group.</p>
<p>Councillor Beynon asked about support for foster carers. The Interim Head of Children's Services said that the fostering allowance uplift agreed in January 2024 would take effect from April, and that the service was recruiting two additional supervising social workers.</p>
<p>RESOLVED that: (1) the progress report be noted; (2) future progress reports include average caseloads broken down by team; and (3) the Committee recommends to Cabinet that a business case for a second in-house children's home be brought forward during 2024.</p>

<h2>65. Revenue budget 2024/25 - children's services</h2>
<p>The Head of Finance reported that Council on 29 February 2024 had agreed budget growth of £7.2 million for children's services in 2024/25, giving a net budget of £49.9 million. The forecast overspend for 2023/24 at Quarter 3 was £5.6 million. £2.0 million had been drawn from the Children's Services Improvement Reserve in 2023/24, leaving £1.0 million for 2024/25. The council's general fund reserve was forecast to be £9.8 million at 31 March 2024.</p>
<p>Councillor Caldicott asked about spending on agency staff. The Head of Finance said agency social worker spending had been £7.9 million in 2022/23 and was forecast to be £6.9 million in 2023/24.</p>
<p>Councillor Morse asked whether the growth was realistic given the pattern of overspends. The Head of Finance said the 2024/25 budget had been built on actual placement costs at December 2023 rather than on assumed savings, and she was more confident in it than in previous years.</p>
<p>RESOLVED that the report be noted.</p>

<h2>66. International recruitment - Croeso scheme</h2>
<p>The Director reported that 14 social workers from South Africa and Zimbabwe had arrived in September 2023; one had since left. A second cohort of 11 would arrive on 18 March 2024. Each recruit received a relocation package of £6,000 and committed to working for the council for at least two years. Social Care Wales registration had been completed for all of the first cohort.</p>
<p>Councillor Pritchard asked how the recruits were being supported. The Director said each had a named mentor and a reduced caseload for their first six months, and that a peer support group met monthly.</p>
<p>RESOLVED that the update be noted.</p>

<h2>67. Bro Afon Regional Safeguarding Board - annual report 2022/23</h2>
<p>The Committee received the annual report of the Bro Afon Regional Safeguarding Board for 2022/23, presented by the Board's business manager. The report summarised the multi-agency audit of strategy discussions completed in 2023, which had found that police attendance was consistently good and that health attendance had improved from fewer than half of discussions to around three quarters.</p>
<p>Councillor Watkins asked how the Safeguarding Board related to the Improvement Board. The business manager explained that the Regional Safeguarding Board was a statutory, multi-agency board covering both Afoncoed and Penrhos, which would continue regardless of the intervention, whereas the Improvement Board was specific to Afoncoed's children's services and would exist only while the direction remained in force. The Safeguarding Board's independent chair sat on the Improvement Board.</p>
<p>RESOLVED that the annual report be noted.</p>

<h2>68. Forward work programme</h2>
<p>RESOLVED that the forward work programme be agreed, noting that the next meeting on 25 April 2024 would consider foster carer recruitment and that representatives of the Afoncoed Foster Carers' Association would be invited.</p>
<p>The meeting closed at 12.47 pm.</p>
<p><em>These minutes are subject to approval at the next meeting of the Committee.</em></p>
</main>
<aside class="sidebar">
  <h2>Related news</h2>
  <ul>
    <li><a href="/news/budget-2024">Council sets budget for 2024/25</a> - 29 February 2024</li>
    <li><a href="/news/statement-hcs">Statement from the Cabinet Member for Social Care on the Head of Children's Services</a> - 9 February 2024</li>
    <li><a href="/news/fostering-allowances">Foster carers' allowances to rise</a> - 18 January 2024</li>
  </ul>
  <h2>Contact Democratic Services</h2>
  <p>Ty Afon, Heol y Parc, Pontafon. democratic.services@afoncoed.gov.wales</p>
</aside>
<footer>
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/welsh-language">Welsh language standards</a></li></ul>
  <p>&copy; Afoncoed County Borough Council</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 7. Independent chair's progress report, September 2024 (DOCX)
# ---------------------------------------------------------------------------

CHAIR_2024 = [
    ("h1", "Afoncoed Improvement Board"),
    ("h2", "Independent Chair's Progress Report to the Cabinet Secretary for Health and Social Care"),
    ("p", "Dr Helen Marsden, Independent Chair"),
    ("p", "30 September 2024"),
    ("p", "Period covered: February 2023 to September 2024"),
    ("h2", "1. Purpose"),
    ("p", "1.1 This report gives my assessment, as independent chair of the Afoncoed Improvement Board, of the progress made by Afoncoed County Borough Council in improving its children's services since the Welsh Ministers' direction of 16 January 2023. It is addressed to the Cabinet Secretary for Health and Social Care, Owain Talfryn MS, and I have shared it with the Leader and Chief Executive of the council."),
    ("h2", "2. The Improvement Board"),
    ("p", "2.1 The Improvement Board first met on 8 February 2023 and has met every six weeks since then, thirteen times in all. Its members are listed in the annex. Members of Llais Ni, the council's group of care-experienced young people, attend every other meeting and set part of the agenda."),
    ("p", "2.2 The Improvement Board should not be confused with the council's Children's Improvement Programme Board, which is chaired by the Chief Executive and manages the detailed delivery of the improvement plan. The Programme Board reports to the Improvement Board; the Improvement Board provides independent challenge and reports to the Welsh Ministers."),
    ("p", "2.3 The improvement plan was agreed by the Improvement Board and submitted to the Welsh Ministers on 6 April 2023, within the twelve weeks required by the direction."),
    ("h2", "3. Summary"),
    ("p", "3.1 The council has made real progress. Children who may be at risk are now responded to promptly, every child looked after has an allocated social worker, and the workforce is considerably more stable than it was. The council has also begun to build its own residential provision."),
    ("p", "3.2 Progress is not yet secure. The quality of care and support planning remains inconsistent, the council is still placing a small number of children in unregistered settings, and the financial position remains difficult. Leadership has also been disrupted by changes in the Head of Children's Services post."),
    ("h2", "4. Leadership"),
    ("p", "4.1 Marc Treharne took up post as the permanent Director of Social Services on 1 May 2023, meeting the requirement in the direction. Before his arrival, Sian Morgan-Rees served as Acting Director of Social Services from 1 October 2022, following the retirement of Alun Bevan, and has since returned to her substantive post as Head of Adult Services. Both have provided strong leadership."),
    ("p", "4.2 Rhodri Vaughan-Thomas, Head of Children's Services since January 2020, left the council on 29 February 2024. Joanne Ashworth served as Interim Head of Children's Services from 4 March to 30 August 2024 and maintained momentum during a potentially unsettling period. Ffion Harries, previously a service manager for safeguarding in a neighbouring authority, was appointed as the permanent Head of Children's Services following interviews in May 2024 and took up post on 2 September 2024."),
    ("p", "4.3 Following a Cabinet reshuffle on 22 May 2024, Councillor Lowri Maddocks replaced Councillor Gwyn Parry as Cabinet Member for Social Care. Both have engaged constructively with the Board."),
    ("h2", "5. The front door and safeguarding"),
    ("p", "5.1 The Integrated Front Door opened on 3 July 2023, with police and health staff co-located with the IAA team. CIW confirmed in its letter of 7 December 2023 that area for improvement 1 had been met. In the first quarter of 2024/25, 91% of strategy discussions were held within timescales."),
    ("p", "5.2 CIW's second improvement check took place between 10 and 13 June 2024, and its findings were set out in a letter dated 30 July 2024. CIW found that the serious concerns it had raised about the front door had been addressed, and confirmed that every child looked after and every child on the child protection register now had an allocated social worker, so that area for improvement 3 had been met. CIW continued to have concerns about the quality of care planning and about placement sufficiency."),
    ("h2", "6. Workforce"),
    ("p", "6.1 At the end of June 2024, 31% of social workers in children's services were agency staff, down from a peak of 46% at the end of March 2023. The vacancy rate was 22%. The average caseload in the safeguarding and care planning teams was 20, against the council's standard of 18."),
    ("p", "6.2 The Croeso scheme has brought 25 social workers to Afoncoed in two cohorts: 14 in September 2023 and 11 in March 2024. Two have since left. The £2,500 retention payment introduced in September 2023 appears to have helped reduce turnover among permanent staff."),
    ("p", "6.3 I have met representatives of Unison on three occasions. The union has welcomed the retention payment and the caseload standard, but continues to raise concerns about workload in the safeguarding teams."),
    ("h2", "7. Children looked after and placements"),
    ("p", "7.1 There were 409 children looked after at 31 March 2024, down from a peak of 421 a year earlier. At the end of June 2024, 4 children were living in unregistered placements, and at the end of August 2024 there were 3. The direction required the council to end the use of such placements by 31 March 2024; that requirement has not been met."),
    ("p", "7.2 Ty Derwen, a four-bed children's home in Cwmderwen, was registered with CIW in September 2024 and is due to open in November 2024. In July 2024 the Cabinet approved a business case for a second home, Ty'r Afon in Trefelin, with three beds."),
    ("p", "7.3 The Afoncoed Foster Carers' Association, whose chair Mair Dobson has attended two Board meetings, has welcomed the 5% increase in fostering allowances from April 2024, but reports that changes of supervising social worker remain too frequent."),
    ("p", "7.4 The Board commissioned an independent audit of 60 case files in April 2024. It found that 38 of the 60 care and support plans were good or better, compared with 27 of the 62 plans CIW reviewed in 2022. The audit found that plans for children looked after were generally stronger than plans for children in need of care and support."),
    ("h2", "8. Finance"),
    ("p", "8.1 Children's services overspent by £5.4 million in 2023/24, against a net budget of £42.7 million. The council added budget growth of £7.2 million for 2024/25. At month 4 of 2024/25 the forecast overspend was £4.4 million. The remaining £1.0 million of the Children's Services Improvement Reserve is being used in 2024/25, after which the reserve will be exhausted."),
    ("p", "8.2 The Welsh Government's improvement support funding of £1.5 million covers 2023/24 and 2024/25 only."),
    ("h2", "9. Voice of children and young people"),
    ("p", "9.1 Llais Ni has been a powerful presence on the Board. In June 2024 the Cabinet adopted the group's Ask Us First charter, which commits the council to involving care-experienced young people before any change to the services they use. Young people told the Board in July 2024 that they now see their social worker more often, but that many still have to explain their history to new professionals."),
    ("h2", "10. Partners"),
    ("p", "10.1 South Wales Valleys Police and Afon Valleys University Health Board have been committed members of the Board. The Bro Afon Regional Safeguarding Board has completed the multi-agency audit of strategy discussions that CIW referred to in 2022, and its findings have informed the work of the Integrated Front Door. The Bro Afon Regional Partnership Board has agreed to fund a jointly commissioned therapeutic service for children looked after from April 2025."),
    ("h2", "11. Recommendations"),
    ("p", "11.1 I make the following recommendations to the Cabinet Secretary."),
    ("p", "Recommendation 1: The direction should remain in place until CIW's next full performance evaluation inspection, expected in mid-2025, has reported."),
    ("p", "Recommendation 2: The Welsh Government should consider extending improvement support funding into 2025/26, to support the council's work on the quality of practice."),
    ("p", "Recommendation 3: The Improvement Board should move from six-weekly to eight-weekly meetings from January 2025, with a sharper focus on the quality of practice and on outcomes for children."),
    ("p", "Recommendation 4: The council should agree a realistic and funded plan to end the use of unregistered placements by 31 March 2025."),
    ("h2", "Annex: members of the Improvement Board"),
    ("p", "Dr Helen Marsden (Independent Chair); Councillor Meinir Howells (Leader); Dr Iwan Pugh (Chief Executive); Councillor Lowri Maddocks (Cabinet Member for Social Care); Marc Treharne (Director of Social Services); Ffion Harries (Head of Children's Services); Detective Superintendent Alun Griffiths (South Wales Valleys Police); Claire Norbury (Executive Director of Nursing, Afon Valleys University Health Board); Independent Chair of the Bro Afon Regional Safeguarding Board. Observers: Care Inspectorate Wales; Welsh Government officials."),
]


def make_chair_report(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].footer.paragraphs[0].text = "Afoncoed Improvement Board - Independent Chair's Progress Report - September 2024 - OFFICIAL"
    for kind, text in CHAIR_2024:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(path)


# ---------------------------------------------------------------------------
# 8. CIW performance evaluation inspection, September 2025 (PDF)
# ---------------------------------------------------------------------------

CIW25_SECTIONS = [
    ("Introduction", [
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of children's services in Afoncoed County Borough Council between 9 and 13 June 2025. We reviewed 55 case records, tracked 12 children's journeys and spoke with 38 children, young people, parents and carers and with 94 staff and partners.",
        "Our previous inspection, published in July 2022, identified serious concerns and twelve areas for improvement. Since January 2023 the council has been subject to a direction from the Welsh Ministers and its improvement has been overseen by an Improvement Board with an independent chair. We carried out improvement checks in October 2023 and June 2024.",
    ], True),
    ("Summary", [
        "Children's services in Afoncoed have made significant and sustained progress since our inspection in 2022. Children who may be at risk of harm receive a prompt and proportionate response, the workforce is far more stable, and leaders have an accurate understanding of the quality of practice. We no longer have serious concerns about the safety of children in Afoncoed.",
        "Of the twelve areas for improvement in our 2022 report, we consider that eight have been met and four have been partly met. The areas partly met relate to the use of unregistered placements and placement sufficiency (area 6), the quality of care and support plans (area 8), the quality assurance framework (area 10) and support for foster carers (area 11).",
        "Leadership is now stable and effective. Marc Treharne has been Director of Social Services since May 2023 and Ffion Harries has been Head of Children's Services since September 2024. Staff spoke positively about senior leaders' visibility and about a culture in which they feel able to raise concerns.",
        "We have identified six areas for improvement, set out below. We have shared our findings with the Welsh Ministers to inform their consideration of the intervention arrangements.",
    ], True),
    ("Areas for improvement", [
        ("list", [
            "Area for improvement 1: The quality of care and support plans must be consistently good across all teams, with clear, measurable outcomes that reflect what matters to the child.",
            "Area for improvement 2: Permanence planning must be timely, so that children do not experience drift, particularly children placed with parents and those who could be cared for under special guardianship orders.",
            "Area for improvement 3: The local authority must continue to increase the sufficiency of local placements and end the use of unregistered placements.",
            "Area for improvement 4: Young people preparing to leave care must have timely pathway plans and access to suitable accommodation, and transition arrangements with adult services must be strengthened.",
            "Area for improvement 5: The quality assurance framework must be fully embedded, so that learning from audits leads to changes in practice.",
            "Area for improvement 6: The local authority must sustain the stability of its workforce, including the retention of newly qualified and internationally recruited social workers.",
        ]),
    ], True),
    ("People and prevention", [
        "The Integrated Front Door, which opened in July 2023, is effective. In 2024/25 the service received 11,240 contacts, and 97% were screened within one working day. Partners, including schools, told us they now receive timely feedback on their referrals.",
        "Children we spoke to knew their social workers and most had had the same worker for more than a year. Members of Llais Ni told us: \"It feels different now. We get asked what we think before things change, not after.\"",
        "The active offer of advocacy is now made consistently, and take-up of independent professional advocacy has risen to 71% of eligible children.",
        "Early help services are well regarded. Waiting times for parenting support have fallen to four weeks.",
    ], True),
    ("Well-being and safeguarding", [
        "Strategy discussions are timely and well attended. In January to March 2025, 93% were held within timescales, and health professionals attended 88% of them. The quality of section 47 enquiries is consistently good.",
        "There were 168 children on the child protection register at 31 March 2025. Every child on the register and every child looked after has an allocated social worker.",
        "In the three months before our fieldwork, 91% of statutory visits to children looked after took place within timescales, and 94% of reviews of care and support plans were on time.",
        "The quality of care and support plans has improved but remains inconsistent. In the 55 records we reviewed, 41 plans were good or better; in the remainder, outcomes were vague or the child's views were not clearly recorded.",
    ], True),
    ("Children looked after, placements and care leavers", [
        "There were 387 children looked after at 31 March 2025, a rate of 139 per 10,000 children, down from a peak of 421 at 31 March 2023.",
        "At the time of our inspection 2 children were living in unregistered placements, down from 14 in January 2023. Both had agreed plans to move to registered settings and were visited weekly. The local authority has not yet achieved its aim of ending the use of unregistered placements.",
        "Ty Derwen, the local authority's first children's home, opened in Cwmderwen in November 2024 and provides four places. Young people living there told us they felt safe and that staff listened to them. A second home, Ty'r Afon in Trefelin, with three places, is planned to open in spring 2026.",
        "The number of in-house fostering households has grown to 151 at 31 March 2025. Foster carers told us that support had improved, but the Afoncoed Foster Carers' Association raised concerns that mileage rates had not been reviewed since 2019.",
        "131 young people were receiving leaving care support at 31 March 2025. All had an up-to-date pathway plan. However, a shortage of suitable move-on accommodation meant that some young people stayed in supported housing longer than they wished.",
    ], True),
    ("Workforce", [
        "At 31 March 2025, 22% of social workers in children's services were agency staff, compared with 41% at 31 March 2022 and a peak of 46% in March 2023. The local authority has therefore met the requirement in the direction to reduce agency social workers to below 25% by March 2025. The vacancy rate was 15%.",
        "The average caseload in the safeguarding and care planning teams was 17 in June 2025, within the local authority's standard of 18.",
        "Of the 25 social workers recruited through the Croeso international recruitment scheme, 21 remain with the local authority. Several have taken on senior practitioner roles.",
        "88% of social workers received supervision in line with policy, and the supervision records we saw were reflective and supportive.",
    ], True),
    ("Leadership, governance and resources", [
        "Senior leaders, elected members and the Improvement Board have a shared and accurate understanding of the service. The quality assurance framework has been redesigned and audits are now completed as planned, although learning is not yet consistently changing practice.",
        "The Corporate Parenting Board now meets quarterly and is co-chaired by a member of Llais Ni. We consider that area for improvement 12 from our 2022 report has been met.",
        "Children's services overspent by £2.9 million in 2024/25 against a net budget of £49.9 million, a considerable improvement on previous years. The net budget for 2025/26 is £53.1 million. The financial position remains a significant risk for the council.",
    ], True),
    ("Partnerships", [
        "Partnership working has improved markedly. Police and health staff are co-located at the Integrated Front Door, and partners told us that information sharing is now prompt and reliable. The Bro Afon Regional Safeguarding Board's multi-agency audit of strategy discussions in 2024 found good practice in most cases.",
        "Access to emotional well-being support for children looked after has improved through a jointly funded therapeutic service with Afon Valleys University Health Board, although waiting times for specialist mental health services remain too long.",
        "Estyn's inspection of the council's education services in February 2024 found that the attendance of children looked after was improving, and the virtual school continues to provide effective support.",
    ], True),
    ("Next steps", [
        "The local authority should update its improvement plan to address the six areas for improvement in this report within three months of publication.",
        "CIW will continue to monitor performance through our routine performance review activity with the local authority.",
    ], True),
]


def make_ciw_2025(path):
    pdf = CIWReport("Care Inspectorate Wales | Performance Evaluation Inspection: Afoncoed County Borough Council | September 2025")
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, "Care Inspectorate Wales", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 10, "Performance Evaluation Inspection of Children's Services", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 16)
    pdf.multi_cell(0, 9, "Afoncoed County Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, "Inspection fieldwork: 9 - 13 June 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, "Date of publication: 4 September 2025", new_x="LMARGIN", new_y="NEXT")
    counter = [0]
    render_report(pdf, CIW25_SECTIONS, counter)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 9. Council press release, September 2025 (HTML)
# ---------------------------------------------------------------------------

PRESS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Inspectors recognise 'significant progress' in children's services - Afoncoed County Borough Council</title>
</head>
<body>
<div class="cookie-notice"><p>We use cookies on this website. Some are essential; others help us understand how you use the site. <a href="/cookies">Change your cookie settings</a></p><button>OK</button></div>
<header>
  <a href="/">Afoncoed County Borough Council</a> | <a href="/cy">Cymraeg</a>
  <nav><ul>
    <li><a href="/services">Services</a></li>
    <li><a href="/democracy">Council and democracy</a></li>
    <li><a href="/news">Newsroom</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul></nav>
</header>
<main>
<p class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">Newsroom</a> &gt; Press releases</p>
<h1>Inspectors recognise 'significant progress' in children's services</h1>
<p class="date">Published: 4 September 2025</p>
<p>Care Inspectorate Wales (CIW) has today published its inspection report on Afoncoed County Borough Council's children's services, recognising "significant and sustained progress" since its last full inspection in 2022.</p>
<p>Inspectors, who visited the council in June, said they no longer had serious concerns about the safety of children in Afoncoed. They found that eight of the twelve areas for improvement set in 2022 had been met, with the remaining four partly met.</p>
<p>Among the improvements highlighted in the report:</p>
<ul>
  <li>97% of contacts to the Integrated Front Door are now screened within one working day;</li>
  <li>the share of social workers employed through agencies has fallen from 46% in March 2023 to 22% in March 2025;</li>
  <li>every child looked after now has an allocated social worker;</li>
  <li>the number of children in unregistered placements has fallen from 14 in January 2023 to two.</li>
</ul>
<p>Council Leader Cllr Meinir Howells said: "Three years ago inspectors told us, rightly, that too many children were waiting too long for help. Today's report shows what our staff have achieved. I want to thank every social worker, foster carer and partner who has made this possible."</p>
<p>Cllr Lowri Maddocks, Cabinet Member for Social Care, said: "We are not complacent. Inspectors have set out six areas where we need to keep improving, and we will. Our second children's home, Ty'r Afon in Trefelin, will open in spring 2026, so that more of our children can grow up close to home."</p>
<p>Marc Treharne, Director of Social Services, said: "This is a team achievement. Two years ago almost half of our social workers were agency staff. Today our teams are stable and children know who their social worker is."</p>
<p>Kayleigh, 19, a member of the care-experienced young people's group Llais Ni, said: "When we started going to the Improvement Board we didn't think anyone would listen. They did. Things are not perfect, but young people are being asked what they think now."</p>
<p>The council has been subject to a direction from the Welsh Ministers since January 2023. The Welsh Government will now consider the future of the intervention arrangements, taking into account the inspection findings.</p>
<h2>Notes to editors</h2>
<p>The full inspection report is available on the Care Inspectorate Wales website. The Improvement Board is chaired by Dr Helen Marsden, who was appointed by the Welsh Ministers in January 2023.</p>
<p>Media enquiries: Afoncoed Council Press Office, press@afoncoed.gov.wales</p>
</main>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/ty-derwen">New children's home opens in Cwmderwen</a> <span class="date">14 November 2024</span></li>
    <li><a href="/news/foster-wales">Foster Wales Afoncoed celebrates record year for new carers</a> <span class="date">2 June 2025</span></li>
    <li><a href="/news/new-head">Council appoints new Head of Children's Services</a> <span class="date">11 July 2024</span></li>
  </ul>
  <h2>Follow us</h2>
  <p>Facebook | X | Instagram | LinkedIn</p>
</aside>
<footer><p>Afoncoed County Borough Council, Ty Afon, Heol y Parc, Pontafon. &copy; 2025</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 10. Opposition councillor's blog, September 2025 (Markdown)
# ---------------------------------------------------------------------------

BLOG_MD = """# Progress in children's services - but who is paying for it?

*Cllr Bethan Rowlands, Leader of the Independent Group and councillor for Glyncoed North*
*Posted 23 September 2025*

Earlier this month Care Inspectorate Wales published its new report on Afoncoed's children's services. I want to start by saying something I have not always been able to say over the last three years: it is a good report, and the people who earned it are the social workers, foster carers and support staff who stuck with this service when it was at its lowest.

For context, it is worth remembering how far things fell. In May 2019, when inspectors last looked at the service in full before the crisis, they found a service that was "generally safe". By July 2022 the same inspectorate was writing to Welsh Ministers about serious concerns, and by January 2023 we were under a Welsh Government direction.

## What has improved

I won't repeat the whole report, but three things stand out for me:

- **The front door works.** Almost every contact is now looked at within a day. In 2022 we had 412 contacts sitting in a queue.
- **Agency reliance is down.** Agency social workers were 46% of the workforce in March 2023. The report puts the figure at 22% in March 2025. That matters for families, who finally get to know their worker.
- **Young people are being heard.** Llais Ni co-chairs the Corporate Parenting Board and its Ask Us First charter is now council policy. That was their achievement, not the Cabinet's.

## The bill

But here is the part the Cabinet's press release left out. The children's services budget was £38.2 million in 2022/23. This year it is £53.1 million. That is an increase of almost 39% in three years, and the service still overspent by £2.9 million last year.

We spent £7.9 million on agency social workers in 2022/23. The figure fell to £4.6 million in 2024/25, which is welcome, but it is still money that does not stay in Afoncoed. Meanwhile the general fund reserve was down to £9.8 million in March 2024, the lowest it has been in a decade, and the special improvement reserve is gone.

Every pound spent on crisis is a pound not spent on libraries, leisure centres or roads in Glyncoed.

## What I am asking for

1. **An independent review of how we commission placements.** Two children are still in unregistered placements, and the council still pays some of the highest residential fees in Wales.
2. **Publish the Improvement Board's papers.** The Board has met every eight weeks since January, but its papers are not public. Once the intervention ends, residents deserve to see the evidence for themselves.
3. **Keep scrutiny tough after the intervention ends.** The Welsh Government is now deciding whether to step down its involvement. When it does, our Scrutiny Committee must not go back to receiving glossy reports that hide the risks, which is exactly what CIW said happened before 2022.

## What the Cabinet got right

It would be churlish not to give credit where it is due. Bringing in an Integrated Front Door with the police and health board in the same room was the right call. So was the retention payment, which Unison had been asking for since 2023, and so was the decision to build our own children's homes rather than relying on private providers charging thousands of pounds a week. Ty Derwen has been full since February, and I have visited it: it is a genuinely good place for young people to live.

I also want to thank Dr Helen Marsden, who has chaired the Improvement Board since January 2023. She has been fair but tough, and I know from officers that her challenge made a difference.

## A word for foster carers

Mair Dobson, who chairs the Afoncoed Foster Carers' Association, tells me that mileage rates have not changed since 2019. That is not a big-ticket item, but it says a lot about whether we value the people doing the hardest job in the county. I have asked the Cabinet Member to fix it before Christmas.

*Comments are closed on this post. You can contact me at bethan.rowlands@afoncoed-councillors.wales.*
"""


# ---------------------------------------------------------------------------
# 11. Performance scorecard, Q2 2025/26 (XLSX)
# ---------------------------------------------------------------------------

SCORECARD_ROWS = [
    ("CS01", "Contacts received (number)", "10,410", "10,960", "11,240", "2,870", "2,915", "n/a", "n/a", "Demand stable; 2025/26 on course for about 11,500."),
    ("CS02", "Contacts screened within one working day (%)", "71%", "93%", "97%", "98%", "97%", "95%", "Green", "Sustained since Integrated Front Door opened July 2023."),
    ("CS03", "Strategy discussions held within timescale (%)", "66%", "86%", "92%", "94%", "95%", "90%", "Green", ""),
    ("CS04", "Children on the child protection register (period end)", "231", "190", "168", "163", "159", "n/a", "n/a", ""),
    ("CS05", "Children looked after (period end)", "421", "409", "387", "381", "376", "n/a", "n/a", "Lowest since 2021."),
    ("CS06", "Children looked after per 10,000 children", "151", "147", "139", "137", "135", "n/a", "n/a", "Wales average 2024/25: 112."),
    ("CS07", "Children in unregistered placements (period end)", "11", "5", "2", "2", "1", "0", "Amber", "One young person; planned move to registered provision in December 2025."),
    ("CS08", "Statutory visits to children looked after within timescale (%)", "70%", "82%", "90%", "91%", "92%", "90%", "Green", ""),
    ("CS09", "Reviews of care and support plans within timescale (%)", "74%", "85%", "94%", "95%", "95%", "95%", "Green", ""),
    ("CS10", "Agency social workers (% of social workers in post, period end)", "46%", "33%", "22%", "20%", "18%", "20%", "Green", "Direction target of below 25% by March 2025 met."),
    ("CS11", "Social worker vacancy rate (%)", "35%", "24%", "15%", "14%", "13%", "15%", "Green", ""),
    ("CS12", "Average caseload, safeguarding and care planning teams", "26", "22", "18", "17", "16", "18", "Green", "Caseload standard: 18."),
    ("CS13", "Supervision within policy (%)", "61%", "76%", "87%", "88%", "89%", "90%", "Amber", ""),
    ("CS14", "In-house fostering households (period end)", "139", "144", "151", "152", "154", "160", "Amber", "Foster Wales Afoncoed campaign continuing."),
    ("CS15", "Care leavers in education, training or employment at 19 (%)", "48%", "52%", "58%", "n/a", "60%", "60%", "Green", "Measured twice yearly."),
]

FINANCE_ROWS = [
    ("2021/22", "36.4", "39.5", "3.1", "Outturn"),
    ("2022/23", "38.2", "45.0", "6.8", "Outturn"),
    ("2023/24", "42.7", "48.1", "5.4", "Outturn (Quarter 3 forecast had been £5.6m)"),
    ("2024/25", "49.9", "52.8", "2.9", "Outturn (Quarter 2 forecast had been £4.1m)"),
    ("2025/26", "53.1", "54.7", "1.6", "Quarter 2 forecast"),
]


def make_scorecard(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws.append(["Afoncoed County Borough Council - Children's Services Performance Scorecard"])
    ws.append(["Quarter 2 2025/26 (1 July to 30 September 2025). Reported to the Social Care and Well-being Scrutiny Committee, 20 November 2025."])
    ws.append([])
    ws.append(["Ref", "Measure", "2022/23 outturn", "2023/24 outturn", "2024/25 outturn", "Q1 2025/26", "Q2 2025/26", "Target 2025/26", "RAG", "Comment"])
    for c in ws[4]:
        c.font = Font(bold=True)
    ws["A1"].font = Font(bold=True, size=13)
    for row in SCORECARD_ROWS:
        ws.append(list(row))
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["J"].width = 60
    f = wb.create_sheet("Finance")
    f.append(["Children's services revenue position (£ million)"])
    f.append([])
    f.append(["Year", "Net budget (£m)", "Outturn or forecast spend (£m)", "Overspend (£m)", "Basis"])
    for row in FINANCE_ROWS:
        f.append(list(row))
    a = wb.create_sheet("Agency spend and reserves")
    a.append(["Item", "Year", "Amount (£m)", "Note"])
    a.append(["Agency social worker spend", "2022/23", "7.9", "Outturn"])
    a.append(["Agency social worker spend", "2023/24", "6.8", "Outturn"])
    a.append(["Agency social worker spend", "2024/25", "4.6", "Outturn"])
    a.append(["Agency social worker spend", "2025/26", "3.7", "Quarter 2 forecast"])
    a.append(["Children's Services Improvement Reserve", "2022/23", "3.0", "Reserve created February 2023"])
    a.append(["Children's Services Improvement Reserve", "2023/24", "2.0", "Drawn down; £1.0m left"])
    a.append(["Children's Services Improvement Reserve", "2024/25", "1.0", "Drawn down; reserve now fully used"])
    n = wb.create_sheet("Notes")
    notes = [
        "Notes and definitions",
        "Period-end measures (CS04, CS05, CS07, CS10, CS11, CS14) are taken on the last day of the period: 31 March for outturn years, 30 June for Q1 and 30 September for Q2.",
        "CS10 is a period-end snapshot, not an annual average. The average agency share across 2023/24 as a whole was 38%.",
        "CS12 counts children allocated to each social worker in the safeguarding and care planning teams; it excludes the Disabled Children's Team and the IAA team.",
        "The target of zero for CS07 was agreed with the Improvement Board.",
        "RAG: Green = at or better than target; Amber = within 10% of target; Red = more than 10% from target.",
        "Prepared by the Performance and Improvement Team, Social Services Directorate.",
    ]
    for t in notes:
        n.append([t])
    wb.save(path)


# ---------------------------------------------------------------------------
# 12. Slide deck to scrutiny, November 2025 (PPTX)
# ---------------------------------------------------------------------------

SLIDES = [
    ("Where we started: 2022", [
        "CIW inspection (fieldwork May 2022, published July 2022) found serious concerns",
        "412 contacts waiting to be screened at the start of the inspection",
        "48 children looked after without an allocated social worker",
        "41% of social workers were agency staff (March 2022)",
        "9 children in unregistered placements",
        "Welsh Government direction issued 16 January 2023",
    ]),
    ("What CIW found in June 2025", [
        "Report published 4 September 2025: significant and sustained progress",
        "No serious concerns about the safety of children",
        "8 of the 12 areas for improvement from 2022 met; 4 partly met",
        "6 new areas for improvement, built into our updated improvement plan",
    ]),
    ("CIW 2025: our response to the six areas", [
        "Care and support plan quality: monthly audits, target 90% good or better by March 2026",
        "Permanence: tracking panel meeting monthly since July 2025",
        "Placements: Ty'r Afon, and a foster carer recruitment campaign",
        "Leaving care: move-on accommodation with housing colleagues",
        "Quality assurance: learning reviews shared with every team",
        "Workforce: grow-our-own trainees and a retention offer for international recruits",
    ]),
    ("Workforce", [
        "Agency social workers: 18% at 30 September 2025 (46% in March 2023)",
        "Vacancy rate: 13%; average caseload: 16 against a standard of 18",
        "Croeso scheme: 25 social workers recruited in two cohorts, 21 still with us",
        "No third international cohort is planned: the focus is now on growing our own",
        "12 trainees are being sponsored on social work degrees in 2025/26",
    ]),
    ("Children looked after and placements", [
        "376 children looked after at 30 September 2025",
        "1 young person in an unregistered placement, with a planned move in December 2025",
        "Ty Derwen (4 beds, Cwmderwen) opened November 2024 and has been full since February 2025",
        "Ty'r Afon (3 beds, Trefelin) will open in spring 2026",
        "154 in-house fostering households at 30 September 2025",
    ]),
    ("Money", [
        "2024/25 outturn: overspend of £2.9m (the Quarter 2 forecast was £4.1m)",
        "2025/26 net budget: £53.1m",
        "2025/26 forecast at Quarter 2: overspend of £1.6m",
        "Children's Services Improvement Reserve now fully used",
        "Agency spend forecast to fall to £3.7m in 2025/26",
    ]),
    ("Listening to children and carers", [
        "Llais Ni co-chairs the Corporate Parenting Board, which meets quarterly",
        "Ask Us First charter in place since June 2024",
        "Foster carers' mileage rate raised from 45p to 52p per mile from 1 October 2025, as asked by the Afoncoed Foster Carers' Association",
        "Wi-Fi now installed in all council-commissioned supported accommodation for care leavers",
    ]),
    ("Intervention: what happens next", [
        "The Welsh Government will review the intervention arrangements in January 2026",
        "The Improvement Board continues to meet every eight weeks until then",
        "Exit criteria agreed with the Improvement Board: two consecutive quarters of sustained performance",
        "Our own Children's Improvement Programme Board will continue after any exit",
    ]),
]


def make_slides(path):
    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Children's Services Improvement: Update"
    s.placeholders[1].text = ("Social Care and Well-being Scrutiny Committee, 20 November 2025\n"
                              "Marc Treharne, Director of Social Services, and Ffion Harries, Head of Children's Services")
    for title, bullets in SLIDES:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        tf = s.placeholders[1].text_frame
        tf.text = bullets[0]
        for b in bullets[1:]:
            p = tf.add_paragraph()
            p.text = b
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = PPt(18)
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Questions"
    s.placeholders[1].text = "Thank you. Diolch."
    prs.save(path)


# ---------------------------------------------------------------------------
# 13. Improvement plan action tracker (CSV)
# ---------------------------------------------------------------------------

TRACKER = [
    ("ref", "theme", "action", "ciw_area", "owner", "due_date", "status", "rag", "update_at_30_september_2025"),
    ("IP01", "Front door", "Open an Integrated Front Door with co-located police and health staff", "2022 AFI 1", "Head of Children's Services", "2023-07-31", "Complete", "Blue", "Integrated Front Door opened 3 July 2023. CIW confirmed area 1 met in December 2023."),
    ("IP02", "Safeguarding", "Daily strategy discussion meeting with police and health", "2022 AFI 2", "Service Manager, Safeguarding", "2023-09-30", "Complete", "Blue", "95% of strategy discussions within timescale in Q2 2025/26."),
    ("IP03", "Allocation", "Allocate a qualified social worker to every child looked after and every child on the register", "2022 AFI 3", "Head of Children's Services", "2024-03-31", "Complete", "Blue", "All children allocated from April 2024. CIW confirmed area 3 met in July 2024."),
    ("IP04", "Workforce", "Adopt and monitor a caseload standard of 18", "2022 AFI 4", "Director of Social Services", "2023-06-30", "Complete", "Blue", "Average caseload 16 at Q2 2025/26."),
    ("IP05", "Workforce", "Croeso international recruitment: cohort 1 (14 social workers)", "2022 AFI 5", "Head of HR", "2023-09-30", "Complete", "Blue", "Arrived September 2023."),
    ("IP06", "Workforce", "Croeso international recruitment: cohort 2 (11 social workers)", "2022 AFI 5", "Head of HR", "2024-03-31", "Complete", "Blue", "Arrived 18 March 2024. 21 of the 25 recruits remain."),
    ("IP07", "Workforce", "Introduce a retention payment of £2,500 a year for permanent social workers", "2022 AFI 5", "Head of HR", "2023-09-30", "Complete", "Blue", "In place from September 2023; reviewed and retained for 2025/26."),
    ("IP08", "Workforce", "Reduce agency social workers to below 25% (direction requirement 5)", "2022 AFI 5", "Director of Social Services", "2025-03-31", "Complete", "Blue", "22% at 31 March 2025; 18% at 30 September 2025."),
    ("IP09", "Placements", "End the use of unregistered placements (direction requirement 4)", "2022 AFI 6 / 2025 AFI 3", "Head of Children's Services", "2024-03-31 (revised to 2025-12-31)", "Delayed", "Amber", "One young person remains; planned move to registered provision in December 2025."),
    ("IP10", "Placements", "Open Ty Derwen children's home, Cwmderwen (4 beds)", "2022 AFI 6", "Service Manager, Placements", "2024-11-30", "Complete", "Blue", "Opened 14 November 2024."),
    ("IP11", "Placements", "Open Ty'r Afon children's home, Trefelin (3 beds)", "2025 AFI 3", "Service Manager, Placements", "2026-05-31", "On track", "Green", "Building work complete; registration application to be submitted to CIW."),
    ("IP12", "Placements", "Approve placement sufficiency strategy 2024-2027", "2022 AFI 6", "Head of Children's Services", "2024-03-31", "Complete", "Blue", "Approved by Cabinet March 2024."),
    ("IP13", "Practice", "Practice standards and monthly audit of care and support plans", "2022 AFI 8 / 2025 AFI 1", "Principal Social Worker", "2026-03-31", "On track", "Amber", "41 of 55 plans good or better at the 2025 inspection; target 90% by March 2026."),
    ("IP14", "Quality assurance", "Embed redesigned quality assurance framework", "2022 AFI 10 / 2025 AFI 5", "Head of Quality Assurance", "2026-03-31", "On track", "Amber", "Audits completed as planned since April 2024; learning reviews introduced."),
    ("IP15", "Foster carers", "Review foster carer support, allowances and mileage rates", "2022 AFI 11", "Fostering Team Manager", "2025-10-01", "Complete", "Blue", "Allowances up 5% April 2024; mileage rate rises from 45p to 52p from 1 October 2025."),
    ("IP16", "Corporate parenting", "Corporate Parenting Board to meet quarterly, co-chaired by Llais Ni", "2022 AFI 12", "Leader of the Council", "2023-12-31", "Complete", "Blue", "Meeting quarterly since October 2023. CIW confirmed area 12 met (2025)."),
    ("IP17", "Care leavers", "Up-to-date pathway plan for every care leaver", "2025 AFI 4", "Leaving Care Team Manager", "2025-12-31", "On track", "Green", "All 131 care leavers had a plan at March 2025."),
    ("IP18", "Permanence", "Permanence tracking panel for children placed with parents and SGO options", "2025 AFI 2", "Service Manager, Care Planning", "2026-01-31", "On track", "Green", "Panel meeting monthly since July 2025."),
    ("IP19", "Supervision", "Supervision every four weeks in line with policy", "2022 AFI 9", "Team managers", "2024-03-31", "Complete", "Blue", "89% within policy in Q2 2025/26."),
]


def make_tracker(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in TRACKER:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 14. Officer's email to members, February 2026 (EML)
# ---------------------------------------------------------------------------

EMAIL_BODY = """Dear Councillor,

I am writing to let you know that this afternoon, Thursday 12 February 2026, the Cabinet Secretary for Health and Social Care, Owain Talfryn MS, published a written statement confirming that the Welsh Government will step down its intervention in Afoncoed's children's services.

The main points are:

- The direction issued to the council on 16 January 2023 will be revoked with effect from 31 March 2026.

- The Improvement Board will hold its final meeting on 24 March 2026, when Dr Helen Marsden will present her closing report. I would like to record my thanks to Dr Marsden, who has chaired the Board since January 2023.

- From 1 April 2026 the council will move to a period of enhanced monitoring. Welsh Government officials and CIW will meet the Chief Executive and me every six months until March 2027.

- In reaching his decision the Cabinet Secretary referred to CIW's inspection report published on 4 September 2025 and to our performance data for the second quarter of 2025/26.

The Cabinet Secretary also noted that the number of children in unregistered placements reached zero in December 2025, for the first time since 2021. That was the last of the direction's requirements to be met.

Our own Children's Improvement Programme Board, chaired by the Chief Executive, will continue until at least September 2026, and I will continue to report quarterly to the Social Care and Well-being Scrutiny Committee.

Ty'r Afon, our second children's home, will open in spring 2026. We submitted the registration application to CIW in January 2026.

I will hold a briefing for all members on 3 March 2026 at 5.30pm in the Council Chamber and on Teams. The council will issue a press release tomorrow morning; if you are contacted by the media before then, please refer them to the Press Office.

None of this would have happened without our staff, our foster carers and the young people of Llais Ni, who have held us to account throughout.

With best wishes,

Marc Treharne
Cyfarwyddwr Gwasanaethau Cymdeithasol / Director of Social Services
Afoncoed County Borough Council
Ty Afon, Heol y Parc, Pontafon

Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
"""


def make_email(path):
    m = EmailMessage()
    m["From"] = "Marc Treharne <marc.treharne@afoncoed.gov.wales>"
    m["To"] = "All Members <allmembers@afoncoed.gov.wales>"
    m["Cc"] = "Iwan Pugh <iwan.pugh@afoncoed.gov.wales>, Ffion Harries <ffion.harries@afoncoed.gov.wales>"
    m["Subject"] = "Children's services - Welsh Government decision on intervention"
    m["Date"] = "Thu, 12 Feb 2026 16:42:00 +0000"
    m["Message-ID"] = "<20260212164200.4471@afoncoed.gov.wales>"
    m.set_content(EMAIL_BODY)
    with open(path, "wb") as fh:
        fh.write(bytes(m))


# ---------------------------------------------------------------------------
# sources.csv (about two thirds of the files; the HTML pages and the email are
# left out so that they must be dated from their own text)
# ---------------------------------------------------------------------------

SOURCES = [
    ("ciw_inspection_report_2022.pdf", "Performance Evaluation Inspection of Children's Services: Afoncoed County Borough Council", "Care Inspectorate Wales", "inspection report", "2022-07-14", "CIW inspection of children's services finding serious concerns"),
    ("wg_direction_letter_2023.docx", "Direction under section 29 of the Local Government (Wales) Measure 2009: children's services in Afoncoed", "Welsh Government", "ministerial letter", "2023-01-16", "Deputy Minister's letter issuing the direction and appointing the Improvement Board chair"),
    ("unison_statement_2023.txt", "Statement on the children's services workforce", "Unison Cymru Afoncoed Local Government Branch", "union statement", "2023-03-09", "Union statement on caseloads and agency staffing"),
    ("ciw_improvement_check_2023.pdf", "Improvement check: children's services, Afoncoed County Borough Council", "Care Inspectorate Wales", "improvement check letter", "2023-12-07", "CIW letter on the October 2023 improvement check"),
    ("improvement_board_chair_report_2024.docx", "Independent Chair's Progress Report to the Cabinet Secretary for Health and Social Care", "Afoncoed Improvement Board", "adviser report", "2024-09-30", "Independent chair's assessment of progress, February 2023 to September 2024"),
    ("ciw_inspection_report_2025.pdf", "Performance Evaluation Inspection of Children's Services: Afoncoed County Borough Council", "Care Inspectorate Wales", "inspection report", "2025-09-04", "CIW inspection finding significant progress"),
    ("councillor_blog_2025.md", "Progress in children's services - but who is paying for it?", "Cllr Bethan Rowlands", "blog post", "2025-09-23", "Opposition councillor's view of the 2025 inspection and costs"),
    ("scorecard_2025-26_q2.xlsx", "Children's Services Performance Scorecard, Quarter 2 2025/26", "Afoncoed County Borough Council", "performance scorecard", "2025-11-12", "Quarterly performance and finance figures"),
    ("scrutiny_update_2025-11.pptx", "Children's Services Improvement: Update", "Afoncoed County Borough Council", "presentation", "2025-11-20", "Slides presented to the Social Care and Well-being Scrutiny Committee"),
    ("improvement_action_tracker.csv", "Children's Services Improvement Plan action tracker", "Afoncoed County Borough Council", "action tracker", "2025-11-12", "Improvement plan actions and status at 30 September 2025"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    p = lambda name: os.path.join(OUT, name)
    pages = make_ciw_2022(p("ciw_inspection_report_2022.pdf"))
    make_wg_direction(p("wg_direction_letter_2023.docx"))
    with open(p("unison_statement_2023.txt"), "w", encoding="utf-8") as fh:
        fh.write(UNISON_2023)
    make_ciw_2023(p("ciw_improvement_check_2023.pdf"))
    with open(p("argus_news_story.html"), "w", encoding="utf-8") as fh:
        fh.write(ARGUS_HTML)
    with open(p("scrutiny_committee_minutes.html"), "w", encoding="utf-8") as fh:
        fh.write(MINUTES_HTML)
    make_chair_report(p("improvement_board_chair_report_2024.docx"))
    make_ciw_2025(p("ciw_inspection_report_2025.pdf"))
    with open(p("council_press_release.html"), "w", encoding="utf-8") as fh:
        fh.write(PRESS_HTML)
    with open(p("councillor_blog_2025.md"), "w", encoding="utf-8") as fh:
        fh.write(BLOG_MD)
    make_scorecard(p("scorecard_2025-26_q2.xlsx"))
    make_slides(p("scrutiny_update_2025-11.pptx"))
    make_tracker(p("improvement_action_tracker.csv"))
    make_email(p("officer_email.eml"))
    with open(p("sources.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "title", "publisher", "kind", "published", "about"])
        for row in SOURCES:
            w.writerow(row)
    print(f"wrote {OUT} (2022 report: {pages} pages)")


if __name__ == "__main__":
    main()
