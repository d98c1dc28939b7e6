#!/usr/bin/env python3
# ruff: noqa
"""Writes the binary files of the fictional Greyhaven record (PDF, DOCX, XLSX).

Run with the project venv: .venv/bin/python eval/recordgen/<name>.py. Everything in these documents is invented.
"""
import os

from fpdf import FPDF
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "records", "greyhaven")
os.makedirs(OUT, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# ---------------------------------------------------------------------------
# 1. Ofsted ILACS inspection report, January 2024 (PDF)
# ---------------------------------------------------------------------------

JUDGEMENTS = [
    ("The impact of leaders on social work practice with children and families", "Requires improvement to be good"),
    ("The experiences and progress of children who need help and protection", "Inadequate"),
    ("The experiences and progress of children in care", "Requires improvement to be good"),
    ("The experiences and progress of care leavers", "Requires improvement to be good"),
    ("Overall effectiveness", "Requires improvement to be good"),
]

INTRO = [
    "Services for children in Greyhaven have deteriorated in important areas since the last inspection in February 2017, when they were judged to require improvement to be good. Although leaders have made steady progress in improving services for children in care and care leavers, children who need help and protection, particularly adolescents at risk of exploitation, do not receive a consistently timely or effective response. Too many children experience delay at the front door, and some children are left in situations of unassessed risk for too long.",
    "Weaknesses identified at the focused visit in February 2020 and at the joint targeted area inspection (JTAI) of the multi-agency response to child exploitation in March 2022 have not been fully addressed. Leaders have an overly optimistic view of the quality of practice, and their self-assessment did not identify the extent of the weaknesses that inspectors found in the help and protection of children.",
    "Since 2023, the local authority has been supported by an improvement adviser appointed by the Department for Education (DfE) under non-statutory arrangements, and by Caldermoor City Council as its sector-led improvement partner. This support has helped leaders to strengthen some areas, including corporate parenting and the local offer for care leavers, but the pace of change has been too slow. A high turnover of social workers and managers, and a continuing reliance on agency staff, has hampered progress.",
]

WHAT_NEEDS = [
    "The timeliness and quality of decision-making in the Children's Advice and Referral Hub (CARH), including the consistent application of thresholds.",
    "The timeliness of strategy meetings, and the attendance of police and health partners at them.",
    "The multi-agency response to children at risk of criminal and sexual exploitation, including the use of return home interviews and the analysis of risk.",
    "The quality and impact of child protection plans, and the effectiveness of management oversight of children's plans.",
    "The sufficiency of local homes for children in care, including homes for children with complex needs.",
    "The recruitment and retention of permanent social workers and managers, and the size of social workers' caseloads.",
    "The accuracy of leaders' self-evaluation and the effectiveness of quality assurance.",
]

HELP = [
    "Families who need early help receive support from the four Greyhaven Family Hubs, which opened in April 2023. Family support workers know their families well and, when help is provided, it often makes a positive difference. However, demand for early help exceeds capacity, and some families wait up to eight weeks for a family support worker to be allocated. During this time, the needs of some children escalate.",
    "The Children's Advice and Referral Hub (CARH) is the single point of contact for professionals and members of the public who are worried about a child. In the 12 months to December 2023, the CARH received 14,212 contacts. Too many contacts are not dealt with quickly enough. At the start of this inspection, 186 contacts were awaiting a management decision, some of them for up to nine working days. Leaders acted promptly to address this backlog when inspectors raised it.",
    "Thresholds are not applied consistently in the CARH. Inspectors saw referrals about adolescents who had been repeatedly missing, or who had been found in possession of large sums of cash, closed with advice and signposting, without consideration of the risk of exploitation. Parental consent is not always sought or recorded appropriately, and the reasons for overriding it are not always clear.",
    "When children are at risk of significant harm, strategy meetings are not always held promptly, and too often they are held without key partners. In the six months to December 2023, police attended only 58% of strategy meetings and health professionals attended 31%. When partners do not attend, information is not fully shared, and decisions about whether to undertake child protection enquiries are not always well informed.",
    "Child protection enquiries are mostly thorough once they start, and children are seen quickly. However, the analysis of risk in the resulting assessments is too often descriptive rather than analytical, and the history of previous concerns is not always considered.",
    "Children living with domestic abuse receive a timely initial response when police notifications are received. The daily domestic abuse triage meeting, attended by the police, health and the local domestic abuse charity, Safe Haven Greyhaven, considered 2,318 notifications in 2023. However, the quality of follow-up work with families after the triage is variable.",
    "Assessments of children's needs vary in quality and timeliness. In 2023, 71% of assessments were completed within 45 working days. The better assessments capture children's wishes and feelings well and consider the impact of children's identity and culture. Weaker assessments lack analysis and do not lead to clear plans.",
    "At the time of the inspection, 298 children were subject to child protection plans. Only 64% of initial child protection conferences in 2023 were held within 15 working days of the strategy meeting. This means that some children wait too long for a multi-agency plan to protect them.",
    "Child protection plans are too often generic and are not specific about what needs to change, by when and by whom. Core groups do not consistently meet, and when they do, they do not always review progress against the plan. Some children remain on plans for too long without their circumstances improving, while others are stepped down too early.",
    "During this inspection, inspectors referred 14 children's cases to senior managers because of concerns about the adequacy of the response to risk. Leaders responded appropriately and took action to review and protect these children.",
    "When risks to children escalate, the use of the Public Law Outline (PLO) is not always timely. At the time of the inspection, 37 children were subject to pre-proceedings, and for some of these children, pre-proceedings had lasted more than 12 months without a clear decision being made.",
    "Children in need plans are not consistently reviewed, and some children's cases have been open for long periods without a clear purpose. In the better examples, social workers have built trusting relationships with children and families and have helped them to make lasting changes.",
    "Disabled children receive a better service. Social workers in the children with disabilities team know children well, and use a range of communication methods to understand their views. Transition planning for disabled young people approaching adulthood starts at 14 and is effective.",
    "The response to children at risk of exploitation is inadequate. At the time of the inspection, 71 children were listed on the local authority's exploitation tracker. The multi-agency child exploitation (MACE) panel meets monthly, but it does not have a shared understanding of risk, and actions agreed at the panel are not consistently followed up. Inspectors saw children who had been discussed at three or more MACE meetings with no change in the plan to reduce risk.",
    "Children who go missing from home or care are not routinely offered a return home interview. In the quarter to December 2023, only 44% of children who returned from a missing episode were offered a return home interview within 72 hours. When interviews do take place, the information gathered is not routinely analysed or used to inform plans or disruption activity.",
    "Referrals to the National Referral Mechanism (NRM) for children who may be victims of modern slavery are made more frequently than at the time of the JTAI, but not always promptly. Inspectors saw examples of NRM referrals made several months after exploitation had been identified.",
    "Since the JTAI in 2022, leaders have introduced a contextual safeguarding approach to assessing risks outside the home, and the youth justice service works closely with social workers. These developments are recent, and are not yet making a consistent difference to children's experiences.",
    "Homeless 16- and 17-year-olds receive a timely response from the joint housing and children's services protocol, and are offered the opportunity to become looked after when they need it.",
    "Private fostering arrangements are identified and assessed, but the local authority was notified of only six such arrangements in 2023, and leaders recognise that awareness among partner agencies is low.",
    "The local authority designated officer (LADO) service is effective. Allegations against adults who work with children are managed well, and the LADO provides regular training to partner agencies.",
    "The local authority knows the children who are missing education or who are electively home educated. At the time of the inspection, 1,042 children were recorded as electively home educated, an increase of 19% in a year. Leaders rightly recognise that they need to better understand the reasons for this increase.",
]

CARE = [
    "At the time of the inspection, 412 children were in the care of Greyhaven, a rate of 56 per 10,000 children. Decisions for children to come into care are mostly appropriate, although for a small number of children these decisions were delayed by drift in pre-proceedings.",
    "Most children in care live in stable homes where they are making progress. Social workers visit children regularly and most know them well. Children's plans are reviewed on time, but independent reviewing officers (IROs) have caseloads of up to 85 children, which limits their capacity to challenge drift effectively.",
    "The health needs of children in care are not met consistently. Only 52% of initial health assessments in 2023 were completed within 20 working days of a child coming into care. Leaders are working with health partners to improve this, but the impact is not yet evident.",
    "The virtual school supports children's education well. Personal education plans are completed for 94% of school-age children in care and are of good quality. Children in care attend school more often than in previous years, and fewer children in care were excluded in 2022-23.",
    "The sufficiency of local homes for children is a significant challenge. Just over a quarter (27%) of children in care live more than 20 miles from Greyhaven. At the time of the inspection, three children were living in unregistered children's homes. Leaders have oversight of these children and are seeking registered homes for them, but this has taken too long.",
    "The proportion of children experiencing three or more moves of home in a year was 11% in 2022-23. When children move, this is usually planned, but some children experienced moves because of a lack of suitable homes.",
    "Children in care with complex needs, including those who have experienced exploitation, are too often placed in residential homes a long way from Greyhaven. This makes it harder for them to keep in touch with family and friends, and harder for professionals to visit them.",
    "Fostering services are improving. The local authority approved 14 new fostering households in 2022-23, and foster carers told inspectors that support from their supervising social workers has improved. However, the overall number of in-house foster carers has fallen over the last three years.",
    "Children achieve permanence through a range of routes, including special guardianship, long-term fostering and adoption. The regional adoption agency, Adoption Northbank, provides an effective service, and children are matched with adoptive families in a timely way.",
    "Children's views are heard through the Children in Care Council, known as Speak Up Greyhaven, which meets monthly and has influenced the refreshed pledge to children in care. Members of the council told inspectors that they want to see the same social worker for longer.",
    "At the time of the inspection, 47 unaccompanied asylum-seeking children were in the care of Greyhaven. They receive sensitive support from a specialist team, and their needs relating to trauma, culture and language are well understood.",
]

LEAVERS = [
    "The local authority is in touch with most of its 286 care leavers aged 18 to 25. Personal advisers (PAs) know their young people well, but they have caseloads of about 28, which limits the time they can give to young people who need more intensive support.",
    "In 2023, 58% of care leavers aged 19 to 21 were in education, employment or training. This is below the rate in similar areas. The council's apprenticeship scheme offered 12 places ring-fenced for care leavers in 2023, and nine were taken up.",
    "Most care leavers live in suitable accommodation. However, at the time of the inspection, two care leavers were living in bed and breakfast accommodation, which is unsuitable. Leaders were taking action to move them.",
    "The local offer for care leavers was refreshed in September 2023 with the help of care leavers, and now includes council tax exemption up to the age of 25 and free leisure passes. Care leavers told inspectors that they value these changes.",
    "Pathway plans are up to date for most care leavers, but many are not written with them or to them, and they do not always reflect young people's aspirations. Care leavers do not routinely receive their health histories when they leave care.",
]

LEADERS = [
    "Senior leaders and elected members are committed to improving services for children, and political and corporate leadership has been stable. The director of children's services (DCS) has been in post since September 2019, and the lead member for children, who was appointed in May 2022, has a good understanding of the challenges facing the service.",
    "The council has increased its investment in children's services, including an additional £4.2 million in 2023-24, mainly to address the rising costs of placements and to fund additional social work posts in the CARH. However, this investment has not yet led to improvements in the quality of practice for children who need help and protection.",
    "Leaders' self-evaluation is overly optimistic. It did not identify the extent of the weaknesses in the CARH, in strategy meetings and in the response to children at risk of exploitation that inspectors found during this inspection.",
    "The quality assurance framework is not sufficiently effective. Of 120 case audits completed in 2023, 68% were graded as good or better, but this does not match inspectors' findings. Audits focus too much on compliance and too little on the impact of practice on children.",
    "Performance information has improved and is now available to managers at team level. However, managers do not consistently use it to understand and improve practice, and some data, including data on return home interviews, is unreliable.",
    "The workforce is not stable. At the time of the inspection, the social worker vacancy rate was 29%, and 41% of social workers were employed through agencies. Social worker turnover in 2023 was 24%. Some social workers in the assessment and intervention teams hold caseloads of more than 30 children, which is too high.",
    "Leaders are taking action to improve recruitment and retention, including a recruitment campaign launched in October 2023, a market supplement for experienced social workers and an academy for newly qualified social workers. In 2023, 22 newly qualified social workers started their assessed and supported year in employment (ASYE) in Greyhaven.",
    "Partnership arrangements through the Greyhaven Safeguarding Children Partnership (GSCP) are developing, but partners do not yet have a shared understanding of the quality of multi-agency practice. Leaders have acted on some of the nine recommendations of the local child safeguarding practice review into the death of Child T, published in June 2023, but progress on others, including a single multi-agency exploitation risk assessment tool, has been slow.",
    "The corporate parenting board is chaired by the leader of the council and is well attended. It has a clear focus on the experiences of children in care and care leavers, and it has driven improvements to the local offer for care leavers.",
    "Social workers told inspectors that leaders are visible and approachable, and that they feel well supported by their managers. However, the frequency and quality of supervision vary, and supervision records do not consistently show reflective discussion or clear direction.",
    "Leaders are working with the DfE improvement adviser and with Caldermoor City Council to develop their improvement plan. This work needs to be accelerated and extended to the weaknesses identified at this inspection if children who need help and protection are to receive a consistently good service.",
]

INFO = "This report is published under the framework for the inspection of local authority children's services (ILACS). The inspection was carried out by six of His Majesty's Inspectors over two weeks, from 15 to 26 January 2024. Inspectors spoke to children and young people, parents and carers, social workers, managers and leaders, and looked at the records of more than 160 children."


class ReportPDF(FPDF):
    def multi_cell(self, w, h, text="", *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        k.setdefault("align", "L")
        return super().multi_cell(w, h, text, *a, **k)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "London Borough of Greyhaven: Inspection of children's social care services", align="L")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"Ofsted inspection report: London Borough of Greyhaven, 15 to 26 January 2024    Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def make_pdf():
    pdf = ReportPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(0, 10, "London Borough of Greyhaven")
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, "Inspection of children's social care services")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Inspection dates: 15 to 26 January 2024")
    pdf.multi_cell(0, 6, "Lead inspector: Rachel Cottingham, His Majesty's Inspector")
    pdf.ln(6)
    # judgements table
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(110, 60), text_align="LEFT", line_height=6) as table:
        row = table.row()
        row.cell("Judgement")
        row.cell("Grade")
        for j, g in JUDGEMENTS:
            row = table.row()
            row.cell(j)
            row.cell(g)
    pdf.ln(6)

    pdf.set_font("DejaVu", "", 10)
    for p in INTRO:
        pdf.multi_cell(0, 5.5, p)
        pdf.ln(3)

    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, "What needs to improve?")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10)
    for i, w in enumerate(WHAT_NEEDS, 1):
        pdf.multi_cell(0, 5.5, f"{i}. {w}")
        pdf.ln(1.5)
    pdf.ln(3)

    n = 1
    for title, paras in [
        ("The experiences and progress of children who need help and protection: inadequate", HELP),
        ("The experiences and progress of children in care: requires improvement to be good", CARE),
        ("The experiences and progress of care leavers: requires improvement to be good", LEAVERS),
        ("The impact of leaders on social work practice with children and families: requires improvement to be good", LEADERS),
    ]:
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, title)
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 10)
        for p in paras:
            pdf.multi_cell(0, 5.5, f"{n}. {p}")
            pdf.ln(2.5)
            n += 1
        pdf.ln(3)

    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, "Information about this inspection")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, INFO)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.5, "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children and young people, and in education and skills for learners of all ages. If you would like a copy of this document in a different format, such as large print or Braille, please telephone 0300 123 1231, or email enquiries@ofsted.gov.uk.")
    pdf.ln(2)
    pdf.multi_cell(0, 4.5, "Published: 14 March 2024. Reference: 80217. © Crown copyright 2024")
    pdf.output(os.path.join(OUT, "ofsted-ilacs-greyhaven-2024.pdf"))


# ---------------------------------------------------------------------------
# 2. Local child safeguarding practice review, Child T (DOCX)
# ---------------------------------------------------------------------------

CONTACTS = [
    ("14 January 2021", "Police", "Child T reported missing by his mother for the first time; found the next day in Ormesby.", "Missing person report closed; return home interview offered but declined."),
    ("2 March 2021", "Harrowfield Academy", "Referral to the CARH: Child T seen with older young people in cars outside school and in possession of two mobile phones.", "No further action; advice and signposting to mother."),
    ("11 June 2021", "Police", "Child T stopped in Greyhaven town centre carrying £640 in cash; referral to the CARH.", "Single assessment started on 14 June 2021."),
    ("30 July 2021", "Children's social care", "Single assessment completed (day 34).", "Case stepped down to early help; no exploitation risk assessment."),
    ("8 October 2021", "Greyhaven General Hospital", "Emergency department attendance with a hand injury described as an accident.", "No referral made; information not shared with school nurse."),
    ("19 November 2021", "Harrowfield Academy", "Child T permanently excluded after a fight and the discovery of a knife in his bag.", "No multi-agency meeting held before the exclusion."),
    ("6 December 2021", "The Beacon Centre", "Child T starts at the pupil referral unit on a part-time timetable of 15 hours a week.", "Attendance 41% in the spring term 2022."),
    ("12 February 2022", "Police (Sandmouth)", "Child T arrested in Sandmouth in possession of 24 wraps of crack cocaine.", "Released under investigation; referral to Greyhaven CARH on 13 February 2022."),
    ("15 February 2022", "Children's social care and police", "Strategy meeting held; Greyhaven police not in attendance.", "Section 47 enquiry; child in need plan agreed."),
    ("9 March 2022", "MACE panel", "Child T discussed at the multi-agency child exploitation panel for the first time.", "Risk graded 'significant'; actions for disruption agreed."),
    ("4 May 2022", "Children's social care", "National Referral Mechanism (NRM) referral submitted.", "Positive reasonable grounds decision on 11 May 2022."),
    ("21 June 2022", "Youth Justice Service", "Youth conditional caution for the Sandmouth offence.", "Intervention plan agreed with Child T and his mother."),
    ("13 July 2022", "Children's social care", "Allocation to a fourth social worker in 14 months.", "Child T told his new social worker he was 'tired of starting again'."),
    ("11 August 2022", "Police", "Ms T reports that Child T has been threatened by a group of young men.", "Recorded as an intelligence report; not shared with children's social care."),
    ("3 September 2022", "Police and ambulance service", "Child T stabbed on Tollgate Road.", "Child T died in hospital later the same day."),
]

RECS = [
    "The GSCP partners should agree and implement a single multi-agency exploitation risk assessment tool, and a single list of children at risk of exploitation held jointly by children's social care and the police, within six months of the publication of this review.",
    "The local authority should ensure that every referral to the CARH about a child who has been missing three or more times in 90 days leads to a strategy discussion, and that the risk of exploitation is explicitly considered.",
    "The police should ensure that information about threats to the safety of a child is shared with children's social care within 24 hours, and that a strategy discussion is convened where the threat indicates a risk of significant harm.",
    "The local authority should ensure that every child returning from a missing episode is offered a return home interview within 72 hours, and that the information from these interviews is analysed and shared with the MACE panel.",
    "The local authority and schools should agree a protocol so that a multi-agency meeting is held before any child known to be at risk of exploitation is permanently excluded, and so that alternative provision offers a full-time timetable.",
    "The GSCP should ensure that professionals understand the National Referral Mechanism and that referrals are made as soon as exploitation is suspected, with oversight by a named senior manager.",
    "The Integrated Care Board should ensure that emergency department attendances by children with injuries that could indicate violence or exploitation are shared with the school nursing service and, where appropriate, with children's social care.",
    "The local authority should take action to reduce the number of changes of social worker experienced by adolescents at risk of exploitation, and should report to the GSCP on the number of changes of worker for these children.",
    "The GSCP Executive should seek assurance on the implementation of these recommendations within 12 months, and should publish a progress report.",
]


def make_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Greyhaven Safeguarding Children Partnership | LCSPR: Child T | OFFICIAL"
    fp = sec.footer.paragraphs[0]
    fp.text = "Published 27 June 2023. Greyhaven Safeguarding Children Partnership, Greyhaven Town Hall, Market Parade, Greyhaven GH1 4AX"

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Greyhaven Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(16)
    d.add_heading("Local Child Safeguarding Practice Review: Child T", level=0)
    d.add_paragraph("Independent reviewer: Anita Brennagh")
    d.add_paragraph("Date of publication: 27 June 2023")
    d.add_paragraph("Review commissioned by the safeguarding partners: London Borough of Greyhaven; North Thames Integrated Care Board; and the police, through the Greyhaven and Ormesby Basic Command Unit.")

    d.add_heading("Foreword from the Independent Scrutineer", level=1)
    d.add_paragraph("Child T was a funny, loyal and talented young man who loved music and football. His death at the age of 15 is a tragedy for his family, his friends and the whole community of Greyhaven. This review has been written so that we learn from what happened to him. On behalf of the safeguarding partners, I thank Child T's mother for her courage in contributing to it. I have asked the partners to report publicly on progress against the recommendations.")
    d.add_paragraph("Bernard Okafor-Lyle, Independent Scrutineer, Greyhaven Safeguarding Children Partnership")

    d.add_heading("1. Introduction", level=1)
    d.add_paragraph("1.1 Child T died on 3 September 2022, aged 15, after being stabbed on Tollgate Road in Greyhaven. Two young men, aged 17 and 19, were later convicted in connection with his death.")
    d.add_paragraph("1.2 A rapid review was held on 20 September 2022. The safeguarding partners notified the Child Safeguarding Practice Review Panel of their decision to undertake a local child safeguarding practice review (LCSPR) on 21 September 2022. The review considers the period from 1 September 2020, when Child T started Year 9, to the date of his death.")
    d.add_paragraph("1.3 The review was led by an independent reviewer, Anita Brennagh, supported by a review panel of senior managers from the agencies involved. Eleven agencies provided chronologies and 23 practitioners took part in two learning events held in January and February 2023.")

    d.add_heading("2. Child T and his family", level=1)
    d.add_paragraph("2.1 Child T was a boy of mixed Black Caribbean and White British heritage. He lived with his mother, Ms T, and two younger sisters. His mother describes him as 'the one who made everybody laugh'. He was a keen footballer and had played for a local club until the age of 13.")
    d.add_paragraph("2.2 Ms T told the reviewer: 'I told everyone he was being groomed. I told the school, I told the police, I told his social workers. Everybody was kind to me, but nobody joined it up.' Her view is reflected in the findings of this review.")

    d.add_heading("3. Summary of agency involvement", level=1)
    d.add_paragraph("3.1 Child T was reported missing 13 times between January 2021 and August 2022. Return home interviews were offered on five occasions and completed on two. He was known to at least eight agencies in the two years before his death. The table below sets out the key contacts that agencies had with Child T and his family.")
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, h in zip(hdr, ["Date", "Agency", "Contact", "Outcome"]):
        c.text = h
        for p in c.paragraphs:
            for rr in p.runs:
                rr.bold = True
    for row in CONTACTS:
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("Table 1: Key contacts with Child T by date, 2021 to 2022.")

    d.add_heading("4. Findings", level=1)
    d.add_paragraph("4.1 Finding 1: Early indicators of criminal exploitation were not recognised. The referral from Harrowfield Academy in March 2021 was the first opportunity to assess the risk of exploitation. It was closed with advice to Ms T, and the information about older young people and multiple mobile phones was not considered against the known indicators of criminal exploitation.")
    d.add_paragraph("4.2 Finding 2: There was no single view of the risk to Child T. The police, children's social care, the youth justice service and the MACE panel each held part of the picture, and there was no single list of children at risk of exploitation. The review found three separate risk assessment tools in use across the partnership.")
    d.add_paragraph("4.3 Finding 3: Opportunities were missed when Child T went missing. Of the 13 missing episodes, only two were followed by a completed return home interview, and none of the information gathered was used to plan disruption activity.")
    d.add_paragraph("4.4 Finding 4: The permanent exclusion in November 2021 significantly increased Child T's vulnerability. He moved to a part-time timetable of 15 hours a week at the Beacon Centre, and professionals at the learning events agreed that this left him with long unsupervised periods during which he was exposed to exploitation.")
    d.add_paragraph("4.5 Finding 5: The National Referral Mechanism referral was made 81 days after Child T's arrest in Sandmouth. Practitioners were unclear about who should make the referral.")
    d.add_paragraph("4.6 Finding 6: Information about the threat to Child T in August 2022 was not shared. The police intelligence report made on 11 August 2022 was not shared with children's social care, and no strategy discussion took place in the 23 days before Child T's death.")
    d.add_paragraph("4.7 Finding 7: Child T had four social workers in 14 months. Each change meant that he had to tell his story again, and he told the last of them that he was 'tired of starting again'.")

    d.add_heading("5. Recommendations", level=1)
    d.add_paragraph("The review makes the following nine recommendations to the Greyhaven Safeguarding Children Partnership and its partner agencies.")
    for rec in RECS:
        d.add_paragraph(rec, style="List Number")

    d.add_heading("6. Response of the safeguarding partners", level=1)
    d.add_paragraph("6.1 The safeguarding partners accept all nine recommendations. A multi-agency action plan has been agreed, and progress will be overseen by the GSCP Executive, which is chaired on a rotating basis by the three safeguarding partners. The first progress report will be considered by the Executive in December 2023.")
    d.add_paragraph("Signed on behalf of the safeguarding partners: Sunita Vellacott, Chief Executive, London Borough of Greyhaven; Dr Kwame Asante-Ward, Chief Nurse, North Thames Integrated Care Board; Detective Chief Superintendent Lorraine Whitcombe, Greyhaven and Ormesby Basic Command Unit.")
    d.add_paragraph("Contact: GSCP Business Unit, gscp@greyhaven.gov.uk, 020 7946 0831")
    d.save(os.path.join(OUT, "gscp-lcspr-child-t-2023.docx"))


# ---------------------------------------------------------------------------
# 3. Performance scorecard (XLSX)
# ---------------------------------------------------------------------------

QUARTERS = ["Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25"]
# indicator, polarity ('high' good or 'low' good), values, target, RAG, direction, England
INDICATORS = [
    ("Front door", "CARH contacts with a management decision within 24 hours (%)", [62, 68, 81, 88], 90, "Amber", "Improving", None),
    ("Front door", "Re-referrals within 12 months (%)", [24, 23, 22, 21], 18, "Amber", "Improving", 22),
    ("Front door", "Strategy meetings attended by police (%)", [58, 63, 72, 78], 95, "Red", "Improving", None),
    ("Front door", "Strategy meetings attended by health (%)", [31, 36, 44, 49], 80, "Red", "Improving", None),
    ("Assessment", "Assessments completed within 45 working days (%)", [71, 74, 79, 83], 85, "Amber", "Improving", 82),
    ("Child protection", "Initial child protection conferences within 15 working days (%)", [64, 70, 78, 84], 90, "Amber", "Improving", 78),
    ("Child protection", "Children subject to a child protection plan (number)", [298, 305, 284, 271], None, "Not rated", "Stable", None),
    ("Child protection", "Child protection visits within 10 working days (%)", [76, 80, 87, 91], 95, "Amber", "Improving", None),
    ("Child protection", "Children in pre-proceedings (PLO) for more than 26 weeks (number)", [19, 17, 12, 9], 5, "Red", "Improving", None),
    ("Exploitation and missing", "Children on the exploitation tracker (number)", [71, 76, 83, 79], None, "Not rated", "Stable", None),
    ("Exploitation and missing", "Missing episodes in quarter (number)", [389, 402, 377, 351], None, "Not rated", "Improving", None),
    ("Exploitation and missing", "Return home interviews offered within 72 hours (%)", [44, 47, 55, 61], 85, "Red", "Improving", None),
    ("Exploitation and missing", "NRM referrals made in quarter (number)", [19, 22, 16, 14], None, "Not rated", "Stable", None),
    ("Children in care", "Children in care (number)", [412, 418, 421, 426], None, "Not rated", "Rising", None),
    ("Children in care", "Children in care with 3 or more moves in 12 months (%)", [11, 12, 11, 10], 9, "Amber", "Stable", 10),
    ("Children in care", "Initial health assessments within 20 working days (%)", [52, 55, 63, 66], 90, "Red", "Improving", None),
    ("Children in care", "Children in care placed more than 20 miles from Greyhaven (%)", [27, 27, 28, 29], 20, "Red", "Worsening", None),
    ("Care leavers", "Care leavers aged 19-21 in education, employment or training (%)", [58, 57, 60, 62], 65, "Amber", "Improving", 56),
    ("Care leavers", "Care leavers aged 19-21 in suitable accommodation (%)", [86, 88, 90, 91], 90, "Green", "Improving", 88),
]

WORKFORCE = [
    ("Social worker vacancy rate (%)", [29, 27, 25, 23], 15, "Red", "Improving"),
    ("Agency social workers as % of workforce", [41, 39, 36, 33], 20, "Red", "Improving"),
    ("Average caseload, assessment and intervention teams (children)", [24.6, 23.1, 21.4, 19.8], 18, "Amber", "Improving"),
    ("Social worker turnover, rolling 12 months (%)", [24, 23, 21, 19], 15, "Amber", "Improving"),
    ("Audits graded good or better (%)", [68, 52, 49, 55], 70, "Red", "Not comparable"),
    ("Supervision within timescale (%)", [72, 75, 81, 84], 90, "Amber", "Improving"),
]


def make_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    bold = Font(bold=True)
    fills = {"Red": "F4B6B6", "Amber": "FFE29A", "Green": "B8E0B0"}
    ws["A1"] = "London Borough of Greyhaven - Children and Young People's Services (CYPS)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Performance Scorecard: Quarter 2 2024/25 (data to 30 September 2024)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Prepared by the CYPS Performance and Intelligence Team for the Children's Improvement Board, 5 November 2024. OFFICIAL."
    hdr = ["Area", "Indicator"] + QUARTERS + ["Target", "RAG (Q2)", "Direction of travel", "England (latest)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True)
    r = 6
    for area, ind, vals, tgt, rag, dot, eng in INDICATORS:
        row = [area, ind] + vals + [tgt if tgt is not None else "n/a", rag, dot, eng if eng is not None else "n/a"]
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
        if rag in fills:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Green = at or better than target; Amber = within 10 percentage points of target; Red = more than 10 percentage points from target. Not rated = activity measure with no target.")
    widths = [24, 62, 12, 12, 12, 12, 10, 11, 18, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws2 = wb.create_sheet("Workforce")
    ws2["A1"] = "CYPS workforce indicators (children's social work)"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Indicator"] + QUARTERS + ["Target", "RAG (Q2)", "Direction of travel"]
    for i, h in enumerate(hdr2, 1):
        c = ws2.cell(row=3, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 4
    for ind, vals, tgt, rag, dot in WORKFORCE:
        row = [ind] + vals + [tgt, rag, dot]
        for i, v in enumerate(row, 1):
            ws2.cell(row=r, column=i, value=v)
        if rag in fills:
            ws2.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[rag])
        r += 1
    ws2.cell(row=r + 1, column=1, value="Headcount at 30 September 2024: 214 children's social work posts, of which 165 filled by permanent staff.")
    ws2.cell(row=r + 2, column=1, value="Audit grades from Q4 2023/24 use the revised audit tool agreed with Caldermoor City Council and are not comparable with earlier quarters.")
    ws2.column_dimensions["A"].width = 62
    for col in "BCDEFGH":
        ws2.column_dimensions[col].width = 13

    ws3 = wb.create_sheet("Notes")
    notes = [
        "Notes",
        "1. Quarters follow the financial year: Q3 2023/24 is October to December 2023; Q2 2024/25 is July to September 2024.",
        "2. Q3 2023/24 figures are the baseline reported to Ofsted at the inspection of 15 to 26 January 2024.",
        "3. Exploitation tracker: the single list held jointly with the police from 1 July 2024; earlier figures are from the CYPS tracker only.",
        "4. England comparators are from the latest published national statistics (2022-23) where available.",
        "5. Contact: Performance and Intelligence Team, cyps.performance@greyhaven.gov.uk",
    ]
    for i, t in enumerate(notes, 1):
        ws3.cell(row=i, column=1, value=t)
    ws3["A1"].font = bold
    ws3.column_dimensions["A"].width = 120
    wb.save(os.path.join(OUT, "cyps-performance-scorecard-q2-2024-25.xlsx"))


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    print("written to", os.path.abspath(OUT))
