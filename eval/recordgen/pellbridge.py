#!/usr/bin/env python3
# ruff: noqa: E501, E741, B905, E402, B007, F841
# (the record's own texts, written by a helper session that saw neither the project's
# code nor its question sets, kept as it wrote them)
"""Generate the fictional Pellbridge Borough Council children's services record.

Everything in this script is invented. Run with the project venv python:
    .venv/bin/python eval/recordgen/pellbridge.py
"""
import os

from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "records", "pellbridge")
os.makedirs(OUT, exist_ok=True)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# ---------------------------------------------------------------------------
# 1. Ofsted ILACS inspection report, January-February 2022 (PDF)
# ---------------------------------------------------------------------------
REPORT_TITLE = "Inspection of children's social care services"
COUNCIL = "Pellbridge Borough Council"

REPORT_COVER = [
    ("Inspection dates", "24 January 2022 to 4 February 2022"),
    ("Lead inspector", "Margaret Tennant, Her Majesty's Inspector"),
    ("Report published", "18 March 2022"),
]

JUDGEMENTS = [
    ("Judgement", "Grade"),
    ("The impact of leaders on social work practice with children and families", "Inadequate"),
    ("The experiences and progress of children who need help and protection", "Inadequate"),
    ("The experiences and progress of children in care", "Requires improvement to be good"),
    ("The experiences and progress of care leavers", "Requires improvement to be good"),
    ("Overall effectiveness", "Inadequate"),
]

# Each section: (heading, intro_or_None, [paragraphs]) -- paragraphs are numbered
# continuously through the report.
REPORT_SECTIONS = [
("Headline findings", None, [
"Services for children in Pellbridge have deteriorated significantly since the last standard inspection in October 2019, when they were judged to require improvement to be good. At that time, inspectors found that leaders understood the weaknesses in practice and had credible plans to address them. Those plans have not been delivered. Too many children who are at risk of significant harm are not identified quickly enough, and when they are, the help they receive is too often delayed, poorly coordinated and not focused on reducing the risks they face.",
"The multi-agency safeguarding hub (MASH), which acts as the front door for all contacts and referrals about children, is not working effectively. During the inspection, 218 contacts were awaiting a screening decision, some of which had been waiting for more than 10 working days. In a small number of cases, inspectors found that children were left at risk of harm because information from the police and from schools had not been reviewed. Inspectors escalated eleven children's cases to senior leaders during the inspection so that their circumstances could be urgently reviewed.",
"Ofsted raised serious concerns about the front door and about the response to children who go missing from home and care at a focused visit in July 2021. Although senior leaders produced an action plan following that visit, the actions taken have been slow and largely procedural. Inspectors found that the weaknesses identified in July 2021 persist, and in some respects, for example the timeliness of strategy discussions, have worsened.",
"Social workers in Pellbridge are committed to the children they work with, and many spoke warmly and knowledgeably about them. However, they are working in an environment in which caseloads are too high, management oversight is inconsistent and there has been a high turnover of staff. Many children have experienced several changes of social worker in a short period. One child told inspectors that she had had 'six social workers in a year and had to tell my story every time'.",
"The quality of practice for children in care is variable. Most children in care live in stable homes where they are well cared for, and a large majority are placed within 20 miles of Pellbridge. However, too many children wait too long for permanence, and plans for children are not always reviewed robustly by independent reviewing officers. Children's views are not consistently sought or recorded.",
"Care leavers benefit from a committed team of personal advisers who know them well. Most care leavers live in suitable accommodation, and the local offer has recently been strengthened. However, pathway plans are too often generic, and care leavers who are aged 21 to 25 do not always know what support they are entitled to.",
"The corporate leadership of children's services has not been effective. Elected members and senior officers did not have an accurate understanding of the quality of social work practice, in part because the performance information presented to them was incomplete and because quality assurance activity was focused on compliance rather than on the impact of practice on children. Scrutiny arrangements have not provided sufficient challenge.",
"The director of children's services left the council in December 2021, and an interim arrangement was in place at the time of the inspection, with the assistant director for safeguarding and early help acting up into the role. The chief executive and leader of the council acknowledged to inspectors that the council had been too slow to recognise the scale of the deterioration. They have since committed additional resources, but these had not had an impact by the time of the inspection.",
]),
("What needs to improve?", None, [
"The timeliness and quality of decision-making at the front door, including the screening of contacts in the MASH and the application of thresholds.",
"The timeliness, consistency and multi-agency participation in strategy discussions, and the quality of child protection enquiries that follow them.",
"The response to children who go missing from home or care, including the quality of return home interviews and the use of the information gathered to reduce risk.",
"The quality of assessments and plans for children in need of help and protection, so that they address the risks to children and are clear about what needs to change and by when.",
"The effectiveness of management oversight and supervision, so that drift and delay are identified and addressed at all levels.",
"The timeliness of permanence planning for children in care, including the progress of children who are placed with parents and those in connected carer arrangements.",
"The sufficiency, stability and capacity of the social work workforce, so that caseloads are manageable and children experience fewer changes of social worker.",
"The accuracy of performance information and the effectiveness of quality assurance, so that leaders and elected members have an accurate understanding of practice.",
]),
("The experiences and progress of children who need help and protection: inadequate", None, [
"Early help services in Pellbridge are delivered through six locality family hubs. Families who receive an early help service generally benefit from it, and inspectors saw some effective work by family support workers to improve school attendance and to help parents establish routines. However, the threshold for early help is not consistently understood by partner agencies, and too many families are referred to the MASH when an early help response would have been more appropriate. This contributes to the volume of contacts at the front door.",
"The MASH receives approximately 1,400 contacts a month. Police, health and education partners are co-located with social care staff, but the arrangements for sharing information are not efficient. Contacts are screened by social work assistants, and a qualified social worker or manager is not always involved at an early enough stage. At the time of the inspection, 218 contacts were awaiting screening, the oldest of which had been received 13 working days earlier. Leaders did not know the size of this backlog until it was identified by inspectors on the first day of the inspection.",
"When contacts are screened, the decisions made are not always appropriate. Inspectors saw examples of children being referred for a single-agency early help response when the information available indicated that they might be at risk of significant harm. In other cases, repeated contacts about the same child over a period of months were treated in isolation, so that the cumulative impact of neglect was not recognised. Parental consent is not always sought or, where it has been dispensed with, the reasons are not recorded.",
"Out-of-hours arrangements are provided by an emergency duty team shared with a neighbouring authority. The team responds appropriately to immediate risk, but the information it records is not always passed promptly to daytime teams. Inspectors saw two cases in which a child's return to a parent's care was agreed overnight without any follow-up visit the next working day.",
"Strategy discussions are not held quickly enough when children are at risk of significant harm. In a sample of cases reviewed by inspectors, the average time between the decision that a strategy discussion was needed and the discussion taking place was four working days. Health professionals are rarely involved, and education staff almost never. As a result, decisions to proceed to child protection enquiries are sometimes made without all of the relevant information, and the reasons for the decisions are not clearly recorded.",
"Child protection enquiries are mostly completed, but the quality of them is too variable. Children are usually seen, but not always on their own, and the records of the visits do not always capture what children said or how they presented. In some cases, children were not seen for more than a week after the strategy discussion, which does not reflect the level of risk identified.",
"Assessments are not timely. Just over half of assessments in the six months prior to the inspection were completed within 45 working days. The quality of assessments is poor in the majority of cases seen by inspectors. Assessments are often descriptive and do not analyse the history of the family, the impact of the parents' difficulties on the children, or the likelihood of change. Children's lived experiences are rarely captured in a meaningful way. The identity, culture and language needs of children from minority ethnic backgrounds are rarely considered.",
"Social workers in the assessment teams hold caseloads that are too high. Leaders told inspectors that the average caseload in the assessment service was 29 children, and inspectors met some social workers who were responsible for more than 40 children. Social workers said that they were unable to spend enough time with children and families, and that they often worked late into the evening to complete recording.",
"When children are subject to child protection plans, the plans are too often generic and are not specific about what needs to change. Core groups do not meet regularly in all cases, and when they do, they do not consistently review the progress being made. There were 521 children subject to a child protection plan at the time of the inspection, a rate that is higher than that of statistical neighbours. The proportion of children becoming subject to a plan for a second or subsequent time has risen from 19% to 27% over the last two years.",
"For children in need, the quality of help is weaker still. Visits are not always made at the frequency set out in plans, and child in need reviews are sometimes cancelled because social workers are unavailable. Inspectors saw cases in which children had been open to children's social care for more than two years, with repeated assessments and plans, but with little evidence that their circumstances had improved.",
"Children who go missing from home or care do not receive an effective response. Return home interviews are offered, but only around four in ten take place within 72 hours. Information from return home interviews is not routinely analysed to identify patterns or to inform plans. Inspectors saw the records of several young people who had been missing on more than 15 occasions in a year without a multi-agency review of the risks to them.",
"The response to children at risk of exploitation is developing but is not yet effective. A multi-agency exploitation panel was established in the autumn of 2021. Practitioners value the panel, and the exploitation screening tool has been revised. However, the panel is considering too few children, and the links between exploitation, missing episodes and school exclusion are not well understood across the partnership.",
"The local authority designated officer (LADO) service responds promptly to allegations against adults who work with children. Referrals are considered quickly and appropriate action is taken to safeguard children. The LADO has delivered training to faith and community groups, and the number of referrals from these groups has increased.",
"Children who are privately fostered are not identified effectively. Only three private fostering arrangements were known to the local authority at the time of the inspection. Awareness-raising activity has been limited and the annual report on private fostering for 2020-21 was not completed.",
"Children aged 16 and 17 who present as homeless receive a timely response from the joint housing and children's services team. They are offered an assessment and informed of their rights, including their right to become looked after. Inspectors saw young people who had been helped to remain with their families.",
"Disabled children receive a service from a specialist team whose social workers know the children well. However, assessments for disabled children are often out of date, and the team's caseloads are high. Children who need short breaks sometimes wait several months for a service to begin.",
"Managers in the child in need and child protection teams are visible and supportive, and social workers said that they could approach them for advice. However, management oversight is not effective in preventing drift. Supervision records are often brief and list tasks without reflecting on the progress of the child's plan. In many cases seen by inspectors, the same actions were repeated in supervision records over several months without being completed.",
"The decision to initiate pre-proceedings under the Public Law Outline is sometimes delayed, so that children remain in situations of harm for too long. Once pre-proceedings are started, letters before proceedings are clear and written in plain language, but too many pre-proceedings extend beyond 16 weeks without a clear rationale. Legal gateway meetings are held regularly and decisions are recorded.",
]),
("The experiences and progress of children in care: requires improvement to be good", None, [
"At the time of the inspection, 684 children were in the care of Pellbridge Borough Council. Most children come into care when it is necessary for them to do so, although some children came into care in an emergency because the risks to them were not addressed at an earlier stage. The number of children in care has increased by around 14% in the last three years.",
"Most children in care live in stable placements and are well cared for. Inspectors met children who were thriving in foster families that they had lived with for many years. Children are encouraged to take part in activities, and many spoke enthusiastically about sports clubs, music lessons and holidays. Carers spoke positively about the support they receive from their supervising social workers.",
"The timeliness of permanence for children in care is too variable. Permanence planning meetings are held for most children by the second review, but plans are not always progressed. Some children who were placed with connected carers had been waiting for more than a year for special guardianship assessments to be completed. Children placed with their parents under care orders sometimes remain subject to orders for several years without a review of whether the order is still needed.",
"Children who cannot live with their families are helped to keep in touch with the people who are important to them. Family time is arranged carefully and supervised when necessary. Sibling relationships are given appropriate weight, and inspectors saw a number of brothers and sisters who had been placed together in large foster families.",
"Independent reviewing officers (IROs) know most children well and visit them before their reviews. However, IROs have caseloads of around 90 children, which is too high. The escalation process is used, but IROs do not consistently challenge drift in children's plans, and the footprint of the IRO on children's records is not always visible.",
"The quality of plans for children in care is variable. In the better examples, plans are specific and focused on children's needs. In too many cases, however, plans are not updated following changes in children's circumstances. Life-story work is not routinely completed for children who will remain in long-term care, and some older children told inspectors that they did not understand why they were in care.",
"Children's health needs are generally well met. Initial health assessments are not always completed within the required timescale, but review health assessments are mostly timely. Access to emotional well-being and mental health services is variable, with children waiting up to 18 months for some specialist services. The strengths and difficulties questionnaire is completed but is not used effectively to inform plans.",
"The virtual school is well led and has a clear understanding of the progress of children in care. Personal education plans are of good quality, and the virtual school head has made effective use of pupil premium funding to support children with their learning. Attendance at school is better than that of children in care nationally, and exclusions have reduced.",
"Sufficiency of placements is a significant challenge. The local authority has too few in-house foster carers to meet demand, and it relies heavily on independent fostering agencies. Around a third of children in care live with carers provided by independent agencies. The sufficiency strategy was refreshed in 2021 but does not yet contain specific actions or targets.",
"A small number of children aged 16 and 17 live in unregistered settings. Leaders know who these children are and visit them regularly, but the arrangements do not always meet their needs. At the time of the inspection, four children were living in unregistered children's homes, and leaders had notified Ofsted of each of these arrangements.",
"Children who are placed out of area are visited regularly, and the local authority has a good understanding of the quality of the homes in which they live. Social workers ensure that children placed at a distance continue to have contact with their families where this is in their best interests.",
"Unaccompanied asylum-seeking children receive a prompt response. Social workers understand their needs and they are helped to access education, health services and legal advice. Age assessments are carried out appropriately. Interpreters are used, and children have access to religious and cultural support.",
"The children in care council, Voice Box, is active and has contributed to the redesign of the review process. Members of Voice Box told inspectors that they valued the opportunity to speak to senior leaders but that they were 'not always told what happened' as a result of their suggestions.",
"Adoption services are delivered through a regional adoption agency. Children who have adoption as their plan are matched with adopters in a timely way, and adopters are well supported. Early permanence placements are used for a small number of children.",
]),
("The experiences and progress of care leavers: requires improvement to be good", None, [
"Personal advisers are committed to care leavers and know them well. Many care leavers told inspectors that their personal adviser was 'the one person who has stuck with me'. The leaving care service was restructured in 2021, and personal advisers now hold caseloads of around 22 young people, which allows them to keep in regular contact with them.",
"Pathway plans are completed for most care leavers, but too many are generic and do not set out the steps that care leavers need to take to achieve their goals. Plans are not always written with care leavers, and some of those who spoke to inspectors did not know that they had a plan.",
"Most care leavers live in suitable accommodation. A small number of care leavers live in bed and breakfast accommodation for short periods, and leaders have reduced this practice. Care leavers who are parents are well supported, and the service works closely with the housing department to secure tenancies.",
"Care leavers receive effective help to engage in education, employment and training. The proportion of care leavers who are not in education, employment or training is lower than in similar areas. A supported apprenticeship scheme within the council has helped 14 care leavers into employment in the last year.",
"Care leavers' health needs are not always well understood. Care leavers do not routinely receive their health histories, and access to mental health services for those aged over 18 is limited. Some care leavers told inspectors that they had been left to manage difficult emotions on their own.",
"The local offer for care leavers was revised in the autumn of 2021, and now includes council tax exemption up to the age of 25. Care leavers aged 21 to 25 are not always aware of the support available to them, and the service has only recently started to contact care leavers in this age group proactively.",
"Care leavers in custody are visited regularly by their personal advisers, who work well with prison staff and probation services to plan for release.",
"The care leavers' forum, Next Steps, meets monthly. Members told inspectors that they had helped to write the local offer, but that they would like more say in the decisions made about the service.",
]),
("The impact of leaders on social work practice with children and families: inadequate", None, [
"Leaders have not maintained or improved the quality of services since the last inspection. The improvement plan developed after the inspection in 2019 was not delivered, and performance at the front door has deteriorated markedly. Senior leaders were not aware of the extent of the backlog in the MASH or of the weaknesses in the response to children who go missing.",
"The council has experienced considerable instability in its senior leadership. There have been three directors of children's services, including interim postholders, since 2019, and two of the four heads of service were in interim roles at the time of the inspection. This has limited the capacity of leaders to drive improvement.",
"Elected members are committed to children in Pellbridge. The lead member for children's services meets regularly with senior officers and has visited frontline teams. However, the information provided to members has not given them an accurate understanding of practice. Reports to the children and young people scrutiny committee have focused on activity rather than on the quality of work with children.",
"Performance management arrangements are weak. The performance report produced each month contains a large amount of data, but there is little analysis of what it means. Inspectors found errors in the data on the timeliness of assessments and on the frequency of visits to children. Managers told inspectors that they did not trust the data and kept their own spreadsheets.",
"Quality assurance activity does not provide leaders with an accurate understanding of practice. Case audits are completed each month, but most are focused on compliance with procedures rather than on the impact of practice on children. Auditors rated 61% of cases as good or requires improvement, whereas inspectors judged the large majority of the same cases to be inadequate.",
"The workforce is not stable. At the time of the inspection, 31% of social worker posts were vacant, and 38% of the social workers in post were employed through agencies. The turnover of social workers has been high, and many children have had several social workers. The council has recently introduced a recruitment and retention package, but it is too early to see its impact.",
"Social workers told inspectors that they feel supported by their immediate managers, and many said that they enjoyed working in Pellbridge despite the pressure. Newly qualified social workers receive a protected caseload during their first year, and a programme of training is in place. However, the training offer is not linked to the weaknesses in practice identified by quality assurance.",
"Partnership working is underdeveloped. Partners told inspectors that they had raised concerns about the front door during 2021, but that they had not received a clear response. The Pellbridge Safeguarding Children Partnership has recently commissioned a review of the MASH, but this work had not started at the time of the inspection.",
"The financial position of children's services is challenging. The department is forecasting an overspend for 2021-22, driven largely by the cost of placements and agency staff. The council has made additional investment in the base budget for children's services, but leaders have not yet set out how this will be used to deliver improvement.",
"Leaders responded swiftly to the issues raised by inspectors during the inspection. An additional team of agency social workers was commissioned to address the backlog in the MASH, and senior managers reviewed the eleven children's cases that inspectors escalated. By the end of the inspection, the number of contacts awaiting screening had fallen to 64.",
"The interim leadership team has a more accurate understanding of the weaknesses in practice than was reflected in the self-evaluation provided to inspectors at the start of the inspection. They acknowledge that the self-evaluation was overly optimistic. The chief executive has committed to producing a revised improvement plan within six weeks of the publication of this report.",
]),
]

REPORT_CLOSING = [
"Ofsted will notify the Secretary of State for Education of the outcome of this inspection. The local authority is required to submit a written statement of proposed action to Ofsted within 70 working days of the publication of this report. Ofsted will carry out quarterly monitoring visits to the local authority until a re-inspection takes place.",
"The inspection was carried out under the inspecting local authority children's services (ILACS) framework. The inspection team comprised five of Her Majesty's Inspectors and one Ofsted Inspector. Inspectors spoke to children, parents, carers, care leavers, social workers, managers, elected members and representatives of partner agencies, and reviewed the records of more than 160 children.",
]

REPORT_DATA = [
    ("Indicator (as at 24 January 2022)", "Pellbridge", "Statistical neighbours"),
    ("Children in care", "684", "-"),
    ("Rate of children in care per 10,000", "96", "88"),
    ("Children subject to a child protection plan", "521", "-"),
    ("Repeat child protection plans (within two years)", "27%", "21%"),
    ("Assessments completed within 45 working days", "53%", "83%"),
    ("Contacts awaiting a screening decision (first day)", "218", "-"),
    ("Social worker vacancy rate", "31%", "17%"),
    ("Agency social workers as a share of those in post", "38%", "19%"),
    ("Average caseload, assessment service", "29", "-"),
]

REPORT_CONTEXT = [
"Pellbridge is a metropolitan borough with a population of approximately 318,000 people, of whom around 72,500 are children and young people aged under 18. The borough is made up of the town of Pellbridge and the smaller settlements of Onslow Bridge, Carrow Vale and Hebden Moor. Around 24% of children live in low-income households, and four of the borough's wards are among the 5% most deprived in England.",
"The council has been led by the same political group since 2012. The council's children's services department is responsible for children's social care, early help, education and special educational needs. Children's social care is organised into a MASH and assessment service, three locality child in need and child protection teams, a children in care service, a leaving care service and a disabled children's team. Fostering services are delivered in-house and adoption services through the Northern Pennines regional adoption agency.",
"The previous standard inspection of the local authority's children's services took place in October 2019. At that inspection, the overall effectiveness of services was judged to require improvement to be good. Since then, Ofsted carried out a focused visit in July 2021, which looked at arrangements at the front door and the response to children who go missing. The findings of the focused visit were published on 24 August 2021 and identified areas for priority action.",
"At the time of this inspection, the director of children's services post was being covered on an interim basis. The previous permanent director had left the council in December 2021. The assistant director for safeguarding and early help had been acting director since that time.",
]

REPORT_PROGRESS_2019 = [
"In October 2019, inspectors made five recommendations. The following paragraphs summarise the progress made against each of them. In summary, inspectors found that progress had been made against one recommendation, limited progress had been made against two, and that practice had deteriorated in the areas covered by the remaining two.",
"Recommendation one asked the local authority to improve the consistency of thresholds applied at the front door. The threshold document was revised in 2020 and relaunched with partners through a series of online briefings. However, inspectors found that thresholds are not consistently applied in the MASH, and that the volume of contacts that do not meet the threshold for children's social care has increased. Practice has deteriorated.",
"Recommendation two asked the local authority to improve the quality of assessments and plans for children in need. A new assessment template was introduced in the spring of 2020, and workshops on analysis were delivered to social workers. The template has improved the structure of assessments, but the quality of analysis remains weak. Limited progress has been made.",
"Recommendation three asked the local authority to reduce delay in permanence planning for children in care. A permanence tracking panel was established in January 2020 and meets monthly. Some children have benefited from earlier decisions, but the panel was suspended for five months during 2020 and has not consistently tracked children placed with connected carers. Limited progress has been made.",
"Recommendation four asked the local authority to strengthen the stability of the social work workforce. The vacancy rate for social workers has increased since 2019, and the proportion of agency staff has risen. Practice in this area has deteriorated.",
"Recommendation five asked the local authority to ensure that care leavers have access to up-to-date health histories. A protocol with the local health trust was agreed in 2021 and a small number of care leavers have received their health histories. Progress has been made, although the protocol has not yet been fully implemented.",
]

REPORT_VOICES = [
"During the inspection, inspectors spoke to 37 children and young people, 22 parents and carers, and 14 care leavers. They also considered the results of a survey of children in care carried out by Voice Box in the autumn of 2021.",
"Children told inspectors that they valued social workers who listened to them and who came back when they said they would. Several children said that the most difficult thing about having a social worker was that they kept changing. One young person said that he had stopped telling social workers about his worries because 'they leave anyway'.",
"Parents gave mixed views. Some parents said that their social worker had helped them to make changes and to keep their children safe. Others said that they had waited a long time to hear anything after a referral had been made, and that they did not understand what was expected of them. A parent told inspectors that she had been 'left in limbo for weeks' after a referral by her child's school.",
"Foster carers spoke highly of their supervising social workers and of the training available to them. Some carers said that they found it difficult to contact children's social workers, and that they were not always invited to meetings about the children in their care.",
"Care leavers were generally positive about their personal advisers. Several said that they would like more help with managing money and more opportunities to meet other care leavers. Some care leavers said that they had not been told about the council tax exemption until they received a bill.",
"Partners, including schools, health services and the police, said that they had found it difficult to get a timely response from the MASH during 2021. Headteachers described waiting for several days for a decision about a referral, and some said that they had stopped making referrals for lower-level concerns because 'nothing happens'.",
]


class ReportPDF(FPDF):
    def __init__(self, header_text, **kw):
        super().__init__(**kw)
        self.header_text = header_text
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))

    def header(self):
        if not self.header_text:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.header_text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def para(pdf, text, size=11.5, lh=7.0, style="", after=3.5):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def numbered(pdf, n, text, size=11.5, lh=7.0):
    pdf.set_font("DejaVu", "", size)
    x0 = pdf.l_margin
    y = pdf.get_y()
    if y > pdf.h - 40:
        pdf.add_page()
    pdf.set_x(x0)
    pdf.cell(12, lh, f"{n}.")
    pdf.multi_cell(0, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3.5)


def heading(pdf, text, size=15, newpage=True):
    if newpage:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, 8.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)


def table(pdf, rows, widths, size=9.5, lh=6.2):
    pdf.set_font("DejaVu", "", size)
    with pdf.table(col_widths=widths, line_height=lh, text_align="LEFT",
                   first_row_as_headings=True) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)


def build_inspection_pdf():
    pdf = ReportPDF(f"{COUNCIL}  |  {REPORT_TITLE}", format="A4")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=24)
    pdf.alias_nb_pages()
    # Cover
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, REPORT_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 18)
    pdf.multi_cell(0, 10, COUNCIL, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(14)
    for k, v in REPORT_COVER:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(50, 8, k + ":")
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(0, 8, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(20)
    para(pdf, "This report is made under the inspecting local authority children's services (ILACS) framework. "
              "Judgements are made on a four-point scale: outstanding; good; requires improvement to be good; inadequate.",
         size=9.5, lh=5.5)
    # Contents
    heading(pdf, "Contents")
    contents = ["Judgements", "Information about this local authority", "How this inspection was carried out"] + [s[0] for s in REPORT_SECTIONS] + [
        "Annex A: Progress since the inspection in October 2019",
        "Annex B: What children, parents, carers and partners told us",
        "Annex C: Progress since the focused visit in July 2021",
        "Annex D: Case examples from children's records", "Annex E: Key data", "Next steps"]
    for i, c in enumerate(contents, 1):
        para(pdf, f"{i}.  {c}", size=11, lh=7, after=1.5)
    # Judgements
    heading(pdf, "Judgements")
    table(pdf, JUDGEMENTS, (110, 52), size=10, lh=7)
    para(pdf, "Overall, services for children in Pellbridge are inadequate. There are widespread and serious failures "
              "in the help and protection provided to children, which leave some children at risk of harm.", size=11)
    heading(pdf, "Information about this local authority")
    for p in REPORT_CONTEXT:
        para(pdf, p)
    heading(pdf, "How this inspection was carried out")
    for p in REPORT_METHOD:
        para(pdf, p)
    n = 1
    for title, intro, paras in REPORT_SECTIONS:
        if title.startswith("The experiences and progress of children who need"):
            paras = paras[:12] + REPORT_EXTRA_HELP + paras[12:]
        heading(pdf, title)
        if title.startswith("What needs"):
            para(pdf, "What needs to improve in this local authority's children's social care services?", style="I")
        for p in paras:
            numbered(pdf, n, p)
            n += 1
    heading(pdf, "Annex A: Progress since the inspection in October 2019")
    for p in REPORT_PROGRESS_2019:
        numbered(pdf, n, p)
        n += 1
    heading(pdf, "Annex B: What children, parents, carers and partners told us")
    for p in REPORT_VOICES:
        numbered(pdf, n, p)
        n += 1
    heading(pdf, "Annex C: Progress since the focused visit in July 2021")
    for p in REPORT_FOCUSED_2021:
        numbered(pdf, n, p)
        n += 1
    heading(pdf, "Annex D: Case examples from children's records")
    para(pdf, "The following examples are drawn from the records of children seen by inspectors. Details have been changed to protect the identity of the children.", size=10.5, style="I")
    for p in REPORT_CASES:
        numbered(pdf, n, p)
        n += 1
    heading(pdf, "Annex E: Key data")
    para(pdf, "The following figures were provided by the local authority at the start of the inspection, "
              "except where stated. Statistical neighbour figures are the latest published averages.", size=10)
    table(pdf, REPORT_DATA, (90, 34, 38), size=9.5, lh=6.5)
    heading(pdf, "Next steps")
    for p in REPORT_CLOSING:
        numbered(pdf, n, p)
        n += 1
    path = os.path.join(OUT, "ofsted_ilacs_report_2022.pdf")
    pdf.output(path)
    return path, pdf.page_no()


def build_letter_pdf(fname, header, addr_lines, date_line, subject, paras, signoff, extra_sig=None):
    pdf = ReportPDF(header, format="A4")
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=24)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Ofsted", new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="R")
    pdf.set_font("DejaVu", "", 9)
    for l in ["Piccadilly Gate", "Store Street", "Manchester M1 2WD", "www.gov.uk/ofsted"]:
        pdf.cell(0, 4.8, l, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="R")
    pdf.ln(6)
    para(pdf, date_line, size=10.5, lh=5.8)
    for l in addr_lines:
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(0, 5.5, l, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    for p in paras:
        if p.startswith("##"):
            pdf.ln(1)
            para(pdf, p[2:].strip(), size=10.5, lh=5.8, style="B", after=2)
        elif p.startswith("**"):
            para(pdf, p[2:].strip(), size=10.5, lh=5.8, style="B")
        else:
            para(pdf, p, size=10.5, lh=5.8)
    pdf.ln(2)
    for l in signoff:
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(0, 5.8, l, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path = os.path.join(OUT, fname)
    pdf.output(path)
    return path, pdf.page_no()

# ---------------------------------------------------------------------------
# 2. Monitoring visit letters (PDF)
# ---------------------------------------------------------------------------
MV1 = dict(
    fname="ofsted_monitoring_letter_2022-10.pdf",
    header="Monitoring visit to Pellbridge Borough Council children's services - 20 and 21 September 2022",
    date_line="18 October 2022",
    addr=["Deborah Ansah", "Interim Director of Children's Services", "Pellbridge Borough Council",
          "Civic Centre, Market Way", "Pellbridge PB1 1AA"],
    paras=[
"Dear Ms Ansah",
"**Monitoring visit to Pellbridge Borough Council children's services",
"This letter summarises the findings of the monitoring visit to Pellbridge Borough Council children's services on 20 and 21 September 2022. This was the first monitoring visit since the local authority was judged inadequate in March 2022. His Majesty's Inspectors for this visit were Louise Farrant and Kieran Moss.",
"Inspectors reviewed the progress made in the arrangements at the front door, including the multi-agency safeguarding hub (MASH), the emergency duty team, strategy discussions and the response to children who go missing from home or care.",
"This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. Inspectors considered a range of evidence, including electronic case records, performance data and audits. They also spoke to social workers, managers, partner agencies and the children's services commissioner.",
"##Headline findings",
"Leaders have made a determined start to improving services at the front door. The backlog of contacts awaiting a decision that was identified at the inspection has been cleared, and the arrangements for screening contacts have been redesigned. Leaders now have a more accurate understanding of practice, and the revised improvement plan is focused on the right priorities. However, improvement is at an early stage, and the quality of practice remains too variable. The response to children who go missing has not improved sufficiently.",
"##Findings and evaluation of progress",
"Since the inspection, the council has appointed an interim director of children's services, who took up post in May 2022, and a new head of service for the MASH and assessment service. A children's services commissioner was appointed by the Department for Education in April 2022, and his report recommended that the council should retain control of its children's services with the support of an improvement partner. An improvement board with an independent chair met for the first time shortly after this visit.",
"The MASH has been restructured. Contacts are now screened by qualified social workers, with a team manager reviewing all decisions within 24 hours. Performance information provided by the local authority shows that 87% of contacts in August 2022 received a decision within one working day, compared with 41% in January 2022. Inspectors found that decisions at the front door were mostly appropriate and that the reasons for them were clearly recorded. Parental consent is now routinely considered.",
"Partners in the MASH told inspectors that communication has improved and that they receive feedback on the outcome of their referrals more often than before. The police and children's social care now hold a daily meeting to review notifications of domestic abuse incidents. However, health partners are not yet consistently represented in the MASH, and the education liaison post remains vacant.",
"Strategy discussions are held more promptly than at the time of the inspection. Most are now held within two working days. The police attend all strategy discussions, but health professionals attended only around a third of those sampled by inspectors. The records of strategy discussions have improved and most set out clearly what the concerns are and what actions are needed.",
"The quality of child protection enquiries remains variable. Children are seen promptly, and seen alone where this is appropriate. However, some enquiries do not consider the history of the family or the information held by partner agencies, which means that the assessment of risk is not always complete.",
"The response to children who go missing from home or care has not improved enough. The proportion of return home interviews completed within 72 hours has increased to 58%, but the quality of the interviews is too variable, and the information obtained is not used consistently to update children's plans or risk assessments. A missing and exploitation coordinator was appointed in August 2022, but it is too early to see the impact of this role.",
"The emergency duty team now provides a written handover to daytime teams each morning. Inspectors saw that the actions agreed overnight were followed up promptly the next day.",
"Caseloads in the assessment service have reduced but remain high for some social workers. The average caseload in the service was 25 children at the time of the visit. Social workers told inspectors that they feel better supported than they did at the time of the inspection and that managers are more visible. Leaders are implementing a recruitment campaign, but many of the social workers at the front door remain agency staff.",
"Management oversight has strengthened at the front door. Team managers record clear rationales for their decisions. Supervision is more regular, although the quality of supervision records is inconsistent.",
"Leaders have introduced a new quality assurance framework, which includes practice observations and conversations with families as well as case audits. Early audit activity has been more accurate, and auditors' judgements are now closer to those of inspectors.",
"Ofsted will continue to monitor the progress being made through the quarterly monitoring visit programme.",
"Yours sincerely",
],
    signoff=["Louise Farrant", "His Majesty's Inspector"],
)

MV3 = dict(
    fname="ofsted_monitoring_letter_2023-12.pdf",
    header="Monitoring visit to Pellbridge Borough Council children's services - 14 and 15 November 2023",
    date_line="12 December 2023",
    addr=["Deborah Ansah", "Director of Children's Services", "Pellbridge Borough Council",
          "Civic Centre, Market Way", "Pellbridge PB1 1AA"],
    paras=[
"Dear Ms Ansah",
"**Monitoring visit to Pellbridge Borough Council children's services",
"This letter summarises the findings of the monitoring visit to Pellbridge Borough Council children's services on 14 and 15 November 2023. This was the third monitoring visit since the local authority was judged inadequate in March 2022. His Majesty's Inspectors for this visit were Owen Pritchard and Sarah Quinlan.",
"Inspectors reviewed the progress made for children in need of help and protection, with a focus on children subject to child in need plans and child protection plans, and the quality of management oversight and supervision.",
"##Headline findings",
"Progress for children in need of help and protection has been uneven. There has been clear improvement in the quality of child protection planning and in the regularity of visits to children. However, the quality of practice for children in need remains too variable, and some children continue to experience drift and delay. The workforce is more stable than at the last visit, but some teams still rely heavily on agency social workers.",
"##Findings and evaluation of progress",
"The director of children's services, who was appointed on a permanent basis earlier this year, and her senior leadership team have a realistic understanding of the strengths and weaknesses of practice. The improvement board, which is chaired independently, provides appropriate challenge. The partnership with Aldermoor Metropolitan Borough Council, which is acting as the improvement partner, has provided practical support, including practice mentors for team managers.",
"Children who are subject to child protection plans are now visited regularly, and most are seen alone. Child protection plans are more specific than at the time of the inspection, and most set out clearly what needs to change. Core groups meet regularly, and partners attend. Inspectors saw several children for whom child protection planning had led to improvements in their circumstances.",
"For children in need, the picture is more mixed. In the better examples, social workers have built trusting relationships with families and the help provided is making a difference. In too many cases, however, plans are not specific, reviews are not held regularly and children's circumstances do not improve. Inspectors saw children who had been stepped down from a child protection plan to a child in need plan without a clear rationale, and whose plans then lost focus.",
"Assessments are more timely. Performance information shows that 79% of assessments in the six months to October 2023 were completed within 45 working days. The quality of assessments has improved, but the analysis of risk and of the impact of cumulative neglect is not consistently strong.",
"Caseloads in the locality child in need and child protection teams are more manageable for most social workers. The average caseload in these teams was 19 children at the time of the visit. However, in one locality team, nine of the 14 social workers were employed through agencies, and children in that team had experienced more changes of social worker.",
"Management oversight has improved. Supervision is regular and most records show reflective discussion of children's progress. Team managers are supported by practice mentors from the improvement partner. However, the oversight of children in need plans by managers is not yet consistently effective in preventing drift.",
"The response to children at risk of exploitation has strengthened. The multi-agency exploitation panel considers more children, and return home interviews are being used more effectively to inform risk assessments. Inspectors saw several young people for whom this work had reduced the frequency of missing episodes.",
"Disabled children now receive a more timely service. The disabled children's team has been restructured into two teams, and assessments are more up to date. However, some families still wait too long for short breaks to begin, and the local authority recognises that the short breaks offer needs to be recommissioned.",
"Children's voices are more evident in their records. Social workers use a range of tools to help children express their views, and inspectors saw some sensitive direct work with younger children. Children's records are now written to them, in plain language, in most cases seen by inspectors, and this is helping children and their families to understand why decisions have been made.",
"Pre-proceedings work under the Public Law Outline is better tracked than at the time of the inspection. A legal tracking meeting chaired by a head of service reviews every family in pre-proceedings each month, and the average length of pre-proceedings has reduced. Some families still remain in pre-proceedings for longer than is necessary without a clear rationale.",
"The local authority's own quality assurance is accurate. Audits are moderated, and findings are used to inform the training programme. Leaders know where practice needs to improve and have plans in place to address this.",
"Ofsted will continue to monitor the progress being made through the quarterly monitoring visit programme.",
"Yours sincerely",
],
    signoff=["Owen Pritchard", "His Majesty's Inspector"],
)

# ---------------------------------------------------------------------------
# 3. Children's services commissioner's report (DOCX)
# Blocks: ("h1"/"h2", text), ("p", text), ("num", text), ("table", rows), ("bullet", text)
# ---------------------------------------------------------------------------
COMMISSIONER = [
("title", "Pellbridge Borough Council: Report of the Children's Services Commissioner"),
("p", "Dr Peter Langridge, Children's Services Commissioner"),
("p", "Submitted to the Secretary of State for Education: 27 June 2022"),
("p", "Published: 21 July 2022"),
("h1", "1. Introduction"),
("p", "On 11 April 2022 the Secretary of State for Education issued a statutory direction to Pellbridge Borough Council under section 497A(4B) of the Education Act 1996, following the inadequate judgement of the council's children's social care services by Ofsted in a report published on 18 March 2022. On the same day, I was appointed as Children's Services Commissioner for Pellbridge."),
("p", "My terms of reference asked me to assess the council's leadership and capacity to improve its children's social care services; to consider whether the operational delivery of those services should remain with the council or be removed from its control; and, if the service were to remain with the council, to advise on the support and governance arrangements that should be put in place. I was asked to report by 30 June 2022."),
("p", "I should like to thank the leader of the council, the chief executive, the lead member for children's services, the interim director of children's services and the many staff, partners, parents, carers and young people who gave their time so generously. Everyone I met was open with me about the difficulties the service faces, and I have no doubt about the commitment of those working in Pellbridge to the children of the borough."),
("h1", "2. How I carried out the review"),
("p", "Between 19 April and 17 June 2022 I held 74 individual and small-group interviews, including with the leader of the council, Councillor Janet Morrow, the lead member for children's services, Councillor Imran Chaudhry, the leaders of the two opposition groups, the chief executive, the director of finance, senior managers in children's services and representatives of the police, the integrated care board, schools and the voluntary sector. I held nine focus groups with social workers, team managers, personal advisers and independent reviewing officers, and met members of Voice Box, the children in care council, and Next Steps, the care leavers' forum."),
("p", "With the assistance of two senior practitioners seconded from Aldermoor Metropolitan Borough Council, I reviewed the records of 40 children, selected to cover the front door, child in need and child protection work, and children in care. I also reviewed the council's self-evaluation, performance reports, audit findings, financial reports and the minutes of the children and young people scrutiny committee for the period since October 2019."),
("h1", "3. Background"),
("p", "Pellbridge's children's services were judged to require improvement to be good in October 2019. The report of that inspection recognised that leaders knew where practice needed to improve, and made five recommendations. A focused visit by Ofsted in July 2021 identified serious weaknesses at the front door and in the response to children who go missing. The full inspection in January and February 2022 found that services had deteriorated and judged them inadequate overall, with the impact of leaders and the help and protection of children both judged inadequate."),
("p", "The service has experienced significant leadership turnover. The previous permanent director of children's services, Andrew Keeling, left the council in December 2021 after just under two years in post. The assistant director for safeguarding and early help acted up into the role until 3 May 2022, when Deborah Ansah took up post as interim director of children's services. Ms Ansah joined Pellbridge from Westmere County Council, where she was deputy director of children's social care, and has more than 25 years' experience in social work and social work leadership."),
("p", "The council's written statement of action in response to the inspection was submitted to Ofsted on 13 June 2022. It is a substantial improvement on the previous improvement plan, and it addresses each of the areas for improvement identified by inspectors."),
("h1", "4. Findings"),
("h2", "4.1 Political and corporate leadership"),
("p", "I found strong political commitment to improving services for children in Pellbridge. The leader of the council and the lead member were candid about the failure to recognise the deterioration in the service. The leader told me that 'we took too much comfort from reports that told us what we wanted to hear'. Both have since taken steps to ensure that they are better informed, including by visiting frontline teams and attending practice weeks."),
("p", "Corporate support for children's services has been too weak. The chief executive and the corporate leadership team did not give sufficient priority to children's services in the period between 2019 and 2021, when their attention was absorbed by the pandemic response and by a major regeneration programme in the town centre. Human resources, finance and performance functions have not worked effectively with children's services. Since the inspection, the chief executive has established a fortnightly children's services improvement meeting, which she chairs, and this is beginning to unblock long-standing issues such as the time taken to recruit staff."),
("p", "Scrutiny of children's services has been insufficiently challenging. Between October 2019 and January 2022 the children and young people scrutiny committee received eleven reports about children's social care, but none of these included information about the quality of practice. Members of the committee told me that they had asked for more information about the front door in 2021 but that this had not been provided. The committee has since agreed a revised work programme."),
("h2", "4.2 Leadership of children's services"),
("p", "The interim director of children's services has made a strong start. In the eight weeks since her arrival she has restructured the MASH, commissioned an additional managed team to work on assessments, introduced a weekly performance clinic and established a practice improvement group. Staff I spoke to consistently said that they felt more confident about the direction of the service, and several referred to her visibility on the front line. It will be important that the council secures stable permanent leadership as soon as possible."),
("p", "Below the level of director, the leadership team remains fragile. At the time of my review, two of the four heads of service were interim, and the post of principal social worker had been vacant for seven months. I welcome the recent appointment of a permanent principal social worker, Aisha Lomax, who will take up post in August 2022."),
("h2", "4.3 Practice"),
("p", "My review of children's records confirmed the findings of the inspection. Of the 40 records reviewed, we judged 17 to be inadequate, 19 to require improvement and four to be good. The weakest practice was in the assessment service and in work with children in need. Practice with children in care and care leavers was stronger, although permanence planning was too often delayed."),
("p", "Since the inspection, there have been encouraging early improvements at the front door. The backlog of contacts awaiting screening has been cleared, and contacts are now screened by qualified social workers. However, improvement is at an early stage and it is not yet sustained."),
("h2", "4.4 Workforce"),
("p", "The single greatest obstacle to improvement in Pellbridge is the instability of the social work workforce. The table below summarises the position at 31 May 2022."),
("table", [
    ["Measure (31 May 2022)", "Pellbridge", "Comment"],
    ["Social worker establishment (FTE)", "296", "Includes team managers and senior practitioners"],
    ["Permanent social workers in post (FTE)", "204", "Down from 231 in March 2020"],
    ["Vacancy rate (posts without a permanent postholder)", "31.1%", "Highest in the region"],
    ["Agency social workers (FTE)", "118", "Includes two managed teams"],
    ["Agency share of social workers in post", "36.6%", "Regional average 18%"],
    ["Average caseload, assessment service", "27", "Target 18"],
    ["Average caseload, children in care service", "17", "Target 15"],
    ["Social worker turnover, 2021-22", "24%", "Permanent staff only"],
]),
("p", "Social workers told me that the main reasons for leaving Pellbridge were high caseloads, the volume of administrative work and the higher rates of pay offered by neighbouring authorities and agencies. Pellbridge's pay for experienced social workers is around £2,700 a year lower than the average for the region. The council's recruitment processes are slow: the average time from advertisement to start date for a social worker was 19 weeks."),
("h2", "4.5 Finance"),
("p", "Children's social care overspent its budget by £6.8 million in 2021-22, on a net budget of £71.2 million. The main pressures were placements for children in care, particularly residential placements, and agency staff. Spending on agency social workers was £9.4 million in 2021-22, compared with £5.1 million in 2019-20."),
("p", "The council has agreed additional investment of £3.5 million in the children's services base budget for 2022-23. The council's overall financial position is challenging, and its medium-term financial strategy identifies a budget gap of £18.6 million over three years. It will be essential that investment in children's services is sustained and that it is targeted at building a stable permanent workforce, which will in turn reduce spending on agency staff."),
("h2", "4.6 Partnerships"),
("p", "Relationships with partners have been strained. Partners told me that their concerns about the front door in 2021 were not acted on. The Pellbridge Safeguarding Children Partnership has acknowledged that it did not challenge the council effectively. Since the inspection, the partnership has commissioned an independent review of the MASH and agreed to second a health practitioner into the MASH on a full-time basis."),
("h1", "5. Options"),
("p", "I considered three options for the future delivery of children's social care in Pellbridge: first, that services remain under the control of the council, with additional support and oversight; second, that services be transferred to an independent children's services trust; and third, that services be delivered by another local authority under a partnership arrangement."),
("p", "I have concluded that services should remain under the council's control. The council's political and corporate leaders understand the scale of the challenge and are committed to addressing it. The interim director has made a promising start and has the confidence of staff and partners. The removal of services from the council's control would create a period of disruption and uncertainty at a time when the workforce is already fragile, and there is no evidence that an alternative delivery model would improve services more quickly. However, this conclusion depends on the council accepting the recommendations set out below, and on stronger external oversight."),
("h1", "6. Recommendations"),
("num", "Operational delivery of children's social care should remain with Pellbridge Borough Council, subject to continued statutory direction and review."),
("num", "The council should establish an improvement board with an independent chair, to meet at least every six weeks, with membership including the lead member, the chief executive, the director of children's services, statutory partners and the improvement partner."),
("num", "The Department for Education should support the appointment of Aldermoor Metropolitan Borough Council as the council's improvement partner, with a focus on the front door, management oversight and quality assurance."),
("num", "The council should appoint a permanent director of children's services by 31 March 2023."),
("num", "The council should develop a workforce strategy, with costed proposals, to reduce the social work vacancy rate to below 15% and average caseloads to no more than 18 within three years."),
("num", "The council should review its pay and grading for social workers to ensure that it is competitive in the regional market."),
("num", "The council should strengthen its performance management and quality assurance arrangements so that leaders and members have accurate information about the quality of practice."),
("num", "The children and young people scrutiny committee should adopt a work programme focused on the quality of practice and on the experiences of children, and should receive regular reports on the progress of the improvement plan."),
("num", "The Department for Education should review progress in twelve months, informed by Ofsted monitoring visits and by the advice of the Commissioner."),
("h1", "7. Conclusion"),
("p", "Pellbridge's children's services have failed too many children, and the consequences of that failure have been serious. But I have also seen the beginnings of a recovery. With sustained commitment from the council, a stable workforce, effective external support and robust oversight, I believe that the council can improve its services to a good standard. I will continue to support the council in my role as Commissioner."),
]

# ---------------------------------------------------------------------------
# 4. Cabinet report on workforce investment (DOCX)
# ---------------------------------------------------------------------------
CABINET_META = [
    ["Report to", "Cabinet"],
    ["Date of meeting", "15 November 2022"],
    ["Report of", "Interim Director of Children's Services"],
    ["Cabinet member", "Councillor Imran Chaudhry, Cabinet Member for Children and Families"],
    ["Wards affected", "All wards"],
    ["Key decision", "Yes - Forward Plan reference CF/22/031"],
    ["Exempt information", "None"],
    ["Report author", "Deborah Ansah, Interim Director of Children's Services"],
]

CABINET = [
("title", "Children's Social Care: Workforce Investment and Recruitment and Retention Strategy 2023-2026"),
("meta", None),
("h1", "1. Purpose of the report"),
("np", "1.1", "This report asks Cabinet to approve a three-year investment of £5.25 million to stabilise the children's social care workforce, reduce caseloads and reduce the council's reliance on agency social workers."),
("np", "1.2", "The proposals respond directly to the findings of Ofsted's inspection of children's social care services in January and February 2022, to recommendations 5 and 6 of the report of the Children's Services Commissioner published on 21 July 2022, and to the workforce priority of the council's improvement plan."),
("h1", "2. Recommendations"),
("p", "Cabinet is recommended to:"),
("rec", "(a)", "approve the Children's Social Care Recruitment and Retention Strategy 2023-2026 set out in Appendix 1;"),
("rec", "(b)", "approve additional revenue investment of £1.65 million in 2023-24, £1.8 million in 2024-25 and £1.8 million in 2025-26, a total of £5.25 million, to be included in the medium-term financial strategy;"),
("rec", "(c)", "approve the creation of 24 additional full-time equivalent social worker posts, increasing the social work establishment from 296 to 320 FTE;"),
("rec", "(d)", "approve a market supplement of £3,000 a year for social workers and senior practitioners in frontline teams, to be reviewed annually;"),
("rec", "(e)", "approve a retention payment of £1,500 for social workers on completion of each two years of continuous service, from 1 April 2023;"),
("rec", "(f)", "delegate authority to the Director of Children's Services, in consultation with the Cabinet Member for Children and Families and the Director of Finance, to agree the detailed terms of the international recruitment programme."),
("h1", "3. Background"),
("np", "3.1", "Following the inadequate judgement in March 2022, the council has been subject to a statutory direction issued by the Secretary of State for Education on 11 April 2022. The Children's Services Commissioner concluded that the instability of the social work workforce was 'the single greatest obstacle to improvement in Pellbridge'."),
("np", "3.2", "At 30 September 2022 the social work establishment was 296 full-time equivalent posts. Of these, 28.4% had no permanent postholder. There were 104 FTE agency social workers working in the service, representing 35% of all social workers in post. The average caseload across the service was 24 children, against the council's target of 18."),
("np", "3.3", "The cost of agency social workers has risen sharply. Spending on agency social workers was £5.1 million in 2019-20 and £9.4 million in 2021-22, and is forecast to reach £10.2 million in 2022-23. An agency social worker costs the council on average around £28,000 a year more than a permanent social worker at the same level."),
("np", "3.4", "Exit interviews and a staff survey carried out in June 2022, to which 186 staff responded, show that the main reasons social workers leave Pellbridge are high caseloads (cited by 64% of leavers), pay that is lower than in neighbouring authorities (51%) and the volume of administrative work (38%)."),
("np", "3.5", "Some improvements have already been made. A recruitment microsite was launched in August 2022, the time taken to recruit has been reduced from 19 weeks to 12 weeks, and a dedicated recruitment officer has been appointed within human resources. Between June and September 2022, 11 permanent social workers were appointed, but over the same period nine permanent social workers left."),
("h1", "4. Proposals"),
("np", "4.1", "Additional posts. It is proposed to create 24 additional FTE social worker posts, principally in the assessment service and the locality child in need and child protection teams. Modelling indicates that, once the posts are filled, the average caseload will fall to 18 or below."),
("np", "4.2", "Market supplement. A market supplement of £3,000 a year is proposed for social workers and senior practitioners in frontline teams. Around 140 staff are expected to be eligible. The supplement will bring Pellbridge's pay for experienced social workers broadly into line with the regional average."),
("np", "4.3", "Retention payment. A retention payment of £1,500 is proposed for social workers on completion of each two years of continuous service."),
("np", "4.4", "Social work academy. A Pellbridge Social Work Academy will be established to support newly qualified social workers in their assessed and supported year in employment (ASYE), with a target of 20 ASYE places each year, protected caseloads of no more than 12 children and a dedicated practice educator."),
("np", "4.5", "International recruitment. The council will work with the improvement partner, Aldermoor Metropolitan Borough Council, and a specialist provider to recruit experienced social workers from overseas, with a relocation and induction package."),
("np", "4.6", "Agency conversion. Agency social workers who have worked in Pellbridge for more than six months will be encouraged to take up permanent posts, and the council will cap the hourly rates it pays in line with the regional memorandum of understanding."),
("h1", "5. Financial implications"),
("np", "5.1", "The cost of the proposals and the projected savings on agency staff are set out in the table below."),
("fintable", None),
("np", "5.2", "The projected savings assume that the proportion of agency social workers falls to 20% by March 2024 and to 12% by March 2026. If these reductions are achieved, the investment will be more than self-financing by 2025-26. If they are not, the net cost will fall to the council's general fund."),
("np", "5.3", "The council has also received an improvement grant from the Department for Education of £1.5 million for 2022-23, which is being used to fund the improvement partner arrangements and additional management capacity. This grant is not included in the table above."),
("np", "5.4", "Children's social care overspent by £6.8 million in 2021-22. Without action to reduce reliance on agency staff, the service's financial pressures will continue to grow."),
("h1", "6. Legal implications"),
("np", "6.1", "The council is required to comply with the statutory direction issued on 11 April 2022. The proposals will support the council to deliver its improvement plan. The market supplement and retention payments have been assessed against the council's pay policy and equal pay obligations."),
("h1", "7. Consultation"),
("np", "7.1", "The proposals have been discussed with the Children's Services Commissioner, the improvement board, the trade unions and staff through a series of workshops held in October 2022. The trade unions welcomed the investment but asked that the market supplement be extended to staff in the children in care service and to independent reviewing officers. This request will be considered at the first annual review of the supplement."),
("h1", "8. Equality implications"),
("np", "8.1", "An equality impact assessment has been completed. The proposals are expected to have a positive impact on children and families with protected characteristics by improving the stability and quality of the service they receive."),
("h1", "9. Background papers"),
("p", "Ofsted, Inspection of children's social care services, Pellbridge Borough Council, 18 March 2022. Report of the Children's Services Commissioner, 21 July 2022. Ofsted monitoring visit letter, 18 October 2022."),
]

CABINET_FIN = [
    ["Item", "2023-24", "2024-25", "2025-26", "Total"],
    ["24 additional FTE social worker posts", "£1,020,000", "£1,150,000", "£1,150,000", "£3,320,000"],
    ["Market supplement (£3,000 a year)", "£420,000", "£420,000", "£420,000", "£1,260,000"],
    ["Retention payments", "£60,000", "£90,000", "£90,000", "£240,000"],
    ["Social work academy and ASYE support", "£110,000", "£100,000", "£100,000", "£310,000"],
    ["International recruitment", "£40,000", "£40,000", "£40,000", "£120,000"],
    ["Total investment", "£1,650,000", "£1,800,000", "£1,800,000", "£5,250,000"],
    ["Projected reduction in agency spend", "(£900,000)", "(£2,100,000)", "(£2,900,000)", "(£5,900,000)"],
    ["Net cost / (saving)", "£750,000", "(£300,000)", "(£1,100,000)", "(£650,000)"],
]


def _docx_table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph("")
    return t


def build_docx(blocks, fname, meta=None, fin=None, header_text=None):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    if header_text:
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = header_text
    n = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "num":
            n += 1
            doc.add_paragraph(f"Recommendation {n}: {b[1]}")
        elif kind == "np":
            p = doc.add_paragraph()
            r = p.add_run(b[1] + "\t")
            r.bold = True
            p.add_run(b[2])
        elif kind == "rec":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(24)
            p.add_run(b[1] + " " + b[2])
        elif kind == "table":
            _docx_table(doc, b[1])
        elif kind == "meta":
            _docx_table(doc, meta)
        elif kind == "fintable":
            _docx_table(doc, fin)
    path = os.path.join(OUT, fname)
    doc.save(path)
    return path

# ---------------------------------------------------------------------------
# 5. Scrutiny committee minutes (HTML saved from council website)
# ---------------------------------------------------------------------------
MINUTES_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes - Children and Young People Scrutiny Committee - Wednesday, 8 March 2023 | Pellbridge Borough Council</title>
<link rel="stylesheet" href="/modern.gov/css/site.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use cookies to make this website work and to understand how you use it. Some of these cookies are optional. <a href="/cookies">Read our cookie policy</a>.</p>
  <button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button> <button type="button">Manage settings</button>
</div>
<header class="site-header">
  <a class="skip-link" href="#content">Skip to main content</a>
  <div class="logo"><a href="/">Pellbridge Borough Council</a></div>
  <form class="site-search" action="/search"><label for="q">Search this site</label><input id="q" name="q" type="search"><button>Search</button></form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/schools-and-learning">Schools and learning</a></li>
      <li><a href="/children-and-families">Children and families</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/councillors-democracy">Councillors and democracy</a></li>
      <li><a href="/jobs">Jobs</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/councillors-democracy">Councillors and democracy</a></li>
    <li><a href="/mgListCommittees.aspx">Committees</a></li>
    <li><a href="/mgCommitteeDetails.aspx?ID=214">Children and Young People Scrutiny Committee</a></li>
    <li>Minutes - 8 March 2023</li>
  </ol>
</nav>
<main id="content">
<h1>Minutes</h1>
<p class="mgSubTitle">Children and Young People Scrutiny Committee</p>
<p><strong>Date:</strong> Wednesday, 8 March 2023, 6.00 pm<br>
<strong>Venue:</strong> Committee Room 2, Civic Centre, Market Way, Pellbridge</p>
<p><a href="/documents/g5521/Printed%20minutes%2008th-Mar-2023.pdf">Printed minutes (PDF, 412 KB)</a> | <a href="/ieListDocuments.aspx?CId=214&amp;MId=5521">Agenda and reports</a></p>

<h2>Attendance</h2>
<div class="mgAttendance">
<h3>Committee members present</h3>
<ul>
  <li>Councillor Denise Harland (Chair)</li>
  <li>Councillor Mohammed Arif (Vice-Chair)</li>
  <li>Councillor Ruth Allinson</li>
  <li>Councillor Peter Faulds</li>
  <li>Councillor Gillian Storey</li>
  <li>Councillor Lee Brannigan</li>
  <li>Councillor Sunita Patel</li>
</ul>
<h3>Co-opted members present</h3>
<ul>
  <li>Mrs Alison Dwyer (Church of England diocesan representative)</li>
  <li>Mr Callum Reid (parent governor representative)</li>
</ul>
<h3>Also present</h3>
<ul>
  <li>Councillor Imran Chaudhry, Cabinet Member for Children and Families</li>
  <li>Deborah Ansah, Director of Children's Services</li>
  <li>Tom Brierley, Assistant Director, Children's Social Care</li>
  <li>Aisha Lomax, Principal Social Worker</li>
  <li>Sheila Marwood, Independent Chair, Children's Services Improvement Board</li>
  <li>Naomi Clegg, Head of Finance (People Services)</li>
  <li>Two representatives of Next Steps, the care leavers' forum</li>
</ul>
<h3>Apologies</h3>
<ul><li>Councillor Karen Oduya</li><li>Mr Stephen Hallam (Roman Catholic diocesan representative)</li></ul>
</div>

<h2>Agenda item 1: Apologies for absence and substitutions</h2>
<p><strong>48.</strong> Apologies were received from Councillor Karen Oduya and Mr Stephen Hallam. There were no substitutions.</p>

<h2>Agenda item 2: Declarations of interest</h2>
<p><strong>49.</strong> Councillor Sunita Patel declared a non-pecuniary interest in item 5 as a foster carer approved by the council. She remained in the meeting and took part in the discussion.</p>

<h2>Agenda item 3: Minutes of the previous meeting</h2>
<p><strong>50.</strong> RESOLVED that the minutes of the meeting held on 11 January 2023 be approved as a correct record.</p>

<h2>Agenda item 4: Children's services improvement plan - progress report</h2>
<p><strong>51.</strong> The Director of Children's Services introduced the report, her first to the committee since her appointment as permanent director took effect on 1 February 2023. She reminded members that the council had been subject to a statutory direction since April 2022 and that the improvement plan had been refreshed in December 2022 following the first Ofsted monitoring visit. Of the 46 actions in the plan, 29 were rated green, 13 amber and four red.</p>
<p><strong>52.</strong> The Director reported that Ofsted's second monitoring visit had taken place on 28 February and 1 March 2023 and had focused on children in care, including permanence planning and the work of independent reviewing officers. The letter setting out the findings was expected in early April and would be reported to the committee's next meeting. Informal feedback at the end of the visit had recognised improvement in the timeliness of permanence planning but had identified continuing weaknesses in the quality of plans for children placed with parents.</p>
<p><strong>53.</strong> Sheila Marwood, the independent chair of the improvement board, told the committee that the board had met six times since its first meeting in September 2022. In her view the council had 'moved from denial to grip' at the front door, but it was too early to say that improvement was secure. She praised the contribution of the improvement partner, Aldermoor Metropolitan Borough Council, whose practice mentors had worked with 22 team managers since November 2022.</p>
<p><strong>54.</strong> Councillor Allinson asked how the committee could be assured that the performance data it received was now accurate, given the inspection's finding that managers had not trusted the data. The Assistant Director explained that a data quality group met fortnightly and that performance reports were now signed off by the head of performance and the Director before publication. An external data audit commissioned through the improvement partner had found the data to be 'substantially reliable'.</p>
<p><strong>55.</strong> RESOLVED that (i) the progress report be noted; and (ii) the letter from Ofsted's second monitoring visit be presented to the committee's meeting in April 2023.</p>

<h2>Agenda item 5: Social work workforce update</h2>
<p><strong>56.</strong> The Assistant Director presented the workforce update. At 28 February 2023 the vacancy rate for social worker posts was 24.7%, compared with 28.4% at 30 September 2022. Agency social workers made up 31% of social workers in post. The average caseload across the service was 22 children. Since the launch of the recruitment campaign in January 2023, 14 permanent social workers had accepted offers of employment, including six experienced social workers recruited from overseas.</p>
<p><strong>57.</strong> Councillor Faulds referred to a statement issued by the UNISON branch on 6 March 2023, which stated that almost a third of social work posts were vacant and that some social workers carried more than 30 cases. He asked which figure the committee should believe. The Director said that the council's figure was drawn from the establishment records and included the 24 new posts approved by Cabinet in November 2022, some of which had not yet been advertised. She acknowledged that some individual social workers, particularly in the assessment service, still carried caseloads well above the average, and said that she would meet branch officers to reconcile the figures.</p>
<p><strong>58.</strong> Councillor Storey asked whether the market supplement had been effective. The Assistant Director said that it was too early to judge, but that the number of applications for each advertised post had risen from an average of 1.8 in the summer of 2022 to 4.3 in January and February 2023. Turnover among permanent staff had also fallen.</p>
<p><strong>59.</strong> The Head of Finance (People Services) reported that spending on agency social workers was forecast to be £10.2 million in 2022-23, in line with the forecast reported to Cabinet in November 2022. The investment approved by Cabinet would take effect from April 2023.</p>
<p><strong>60.</strong> RESOLVED that (i) the workforce update be noted; (ii) the Director be asked to provide a written note to members reconciling the council's vacancy figures with those published by UNISON; and (iii) a further workforce update be provided in September 2023.</p>

<h2>Agenda item 6: The voice of care leavers</h2>
<p><strong>61.</strong> Two members of Next Steps, the care leavers' forum, presented the findings of a survey of 58 care leavers carried out in January 2023. They reported that most care leavers felt that their personal adviser cared about them, but that only 21 of the 58 respondents knew about the council tax exemption, and many had found it difficult to get help with their mental health. One member said that care leavers wanted to be 'treated like the council's own children, not its clients'.</p>
<p><strong>62.</strong> The Principal Social Worker thanked the forum and said that the findings would inform the refresh of the local offer. The Cabinet Member for Children and Families committed to attending a meeting of Next Steps before the summer.</p>
<p><strong>63.</strong> RESOLVED that (i) the committee thanks Next Steps for its presentation; and (ii) the Director reports back to the committee on the actions taken in response to the survey by October 2023.</p>

<h2>Agenda item 7: Ofsted monitoring visit letter - 18 October 2022 (for information)</h2>
<p><strong>64.</strong> The committee received, for information, the letter from Ofsted's first monitoring visit, which had been circulated to members in October 2022. The Chair reminded members that the visit had found a 'determined start' at the front door but that the response to children who go missing had not improved enough.</p>
<p><strong>65.</strong> Councillor Arif asked what had been done since the visit about return home interviews. The Assistant Director said that the interviews had been brought back in-house from a voluntary sector provider in January 2023 and that performance had improved: 63% of interviews were now completed within 72 hours. The missing and exploitation coordinator was producing a monthly analysis of the reasons children gave for going missing.</p>
<p><strong>66.</strong> Councillor Brannigan asked whether the council had enough in-house foster carers. The Director said that it did not, and that the council would bring a revised placement sufficiency strategy to Cabinet in the summer. Councillor Patel, speaking as a foster carer, said that carers wanted to be treated as part of the team around the child.</p>
<p><strong>67.</strong> RESOLVED that the letter be noted.</p>

<h2>Agenda item 8: Work programme 2022-23</h2>
<p><strong>68.</strong> The committee considered its work programme. Members agreed to add an item on children who go missing from home and care to the meeting in June 2023.</p>
<p><strong>69.</strong> RESOLVED that the work programme be agreed, subject to the addition noted above.</p>

<p class="mgMeetingClose">The meeting closed at 8.14 pm.</p>
<p>Chair: Councillor Denise Harland</p>

<aside class="contact-block">
<h2>Contact: Democratic Services</h2>
<p>Contact officer: Lorna Finch, Democratic Services Officer<br>
Telephone: 01632 960 418<br>
Email: democratic.services@pellbridge.gov.uk<br>
Democratic Services, Pellbridge Borough Council, Civic Centre, Market Way, Pellbridge PB1 1AA</p>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/foi">Freedom of information</a></li>
    <li><a href="/sitemap">Site map</a></li>
  </ul>
  <p>&copy; Pellbridge Borough Council 2023</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 6. Local newspaper article (HTML)
# ---------------------------------------------------------------------------
NEWS_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pellbridge children's services rated 'inadequate' as Ofsted finds children left at risk | Pellbridge Courier</title>
<meta name="description" content="Inspectors found hundreds of referrals waiting in the council's front door team.">
</head>
<body>
<div class="consent-overlay" id="consent">
  <div class="consent-box">
    <h2>We value your privacy</h2>
    <p>We and our 142 partners store and access information on your device, such as cookies, and process personal data for personalised advertising and content, measurement and audience research.</p>
    <button>I ACCEPT</button> <button>MORE OPTIONS</button>
  </div>
</div>
<header class="masthead">
  <div class="brand"><a href="/">Pellbridge Courier</a></div>
  <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a> <a href="/property">Property</a> <a href="/announcements">Announcements</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<div class="ad-slot">Advertisement</div>
<div class="page">
<article class="story">
  <p class="kicker">NEWS / PELLBRIDGE</p>
  <h1>Pellbridge children's services rated 'inadequate' as Ofsted finds children left at risk</h1>
  <p class="standfirst">Inspectors found hundreds of referrals about children waiting for a decision in the council's front door team</p>
  <p class="byline">By Hannah Stroud, Local Democracy Reporter</p>
  <p class="dateline">Published: 18 March 2022, 11:42 | Updated: 18 March 2022, 16:05</p>

  <p>Pellbridge Borough Council's children's services have been rated inadequate by Ofsted, the lowest possible grade, after inspectors found that some children were left at risk of harm because concerns about them were not looked at quickly enough.</p>
  <p>The report, published today, says the service has "deteriorated significantly" since it was last inspected in 2019, when it was rated as requiring improvement.</p>
  <p>Inspectors who visited the council's offices over two weeks in January and February found a backlog of more than 300 contacts - calls and referrals about children from police, schools, doctors and members of the public - waiting to be looked at by the council's multi-agency safeguarding hub.</p>
  <p>Some had been waiting for almost three weeks. Inspectors passed the details of eleven children to senior managers during the inspection because they were worried about their safety.</p>
  <p>The watchdog also criticised the council's response to children who go missing from home or care, saying that only around four in ten children were offered a "return home" interview within three days of coming back.</p>
  <p>The report found that social workers were "committed" but were overwhelmed, with some responsible for more than 40 children. Almost a third of social worker jobs at the council are vacant.</p>
  <h2>'I was left in limbo'</h2>
  <p>A mother from Carrow Vale, who asked to be identified only as Kerry, said she had waited nearly a month to hear from a social worker after her son's school raised concerns about him last autumn.</p>
  <p>"Nobody rang me, nobody came round. I was phoning every day and getting the answerphone," she said. "When someone did finally come, she was lovely, but then she left and I had to start all over again with someone else. I've had four social workers since October."</p>
  <p>She added: "I'm not saying I didn't need help - I did. But I needed it in September, not in November."</p>
  <h2>'A shocking failure'</h2>
  <p>Councillor Peter Faulds, the Conservative group's spokesperson on children's services, said the report was "a damning verdict on years of complacency".</p>
  <p>"This is a shocking failure, and it didn't happen overnight," he said. "We asked questions about the front door at scrutiny last summer and we were told everything was under control. Clearly it was not. The cabinet member should be asking himself whether he is the right person to lead the recovery."</p>
  <p>Councillor Ruth Allinson, of the Liberal Democrat group, said the council must be honest with families. "Parents need to know that when they ask for help, someone will pick up the phone," she said.</p>
  <h2>Council 'deeply sorry'</h2>
  <p>Council leader Councillor Janet Morrow said: "I am deeply sorry that we have let down some of the children and families who needed us. We accept every one of Ofsted's findings. We have already cleared the backlog of referrals and we are putting an extra £3.5 million into children's services next year."</p>
  <p>Councillor Imran Chaudhry, cabinet member for children and families, said he had "no intention" of resigning. "My job is to fix this, and that is what I am going to do," he said.</p>
  <p>The council's children's services overspent by millions last year and are forecast to overspend again this year, largely because of the cost of agency staff and residential care.</p>
  <p>The Department for Education is expected to decide in the coming weeks whether to appoint a commissioner to oversee the council's children's services. In similar cases, commissioners have recommended that services be run by an independent trust.</p>
  <p>The council's director of children's services, Andrew Keeling, left the authority in December. A permanent replacement has not yet been appointed.</p>
  <p class="tags">Topics: Pellbridge Borough Council, Ofsted, Children's services, Local Democracy Reporting Service</p>
</article>

<aside class="related">
  <h3>Related stories</h3>
  <ul>
    <li><a href="/news/onslow-bridge-leisure-centre">Onslow Bridge leisure centre plans approved despite parking fears</a> <span class="date">11 March 2022</span></li>
    <li><a href="/news/bin-collection-changes">Fortnightly bin collections to start in Pellbridge from April</a> <span class="date">7 March 2022</span></li>
    <li><a href="/news/carrow-vale-primary-expansion">Carrow Vale primary school to add 60 places after consultation</a> <span class="date">24 February 2022</span></li>
    <li><a href="/news/hebden-moor-flooding">Hebden Moor residents still waiting for flood defences two years on</a> <span class="date">9 February 2022</span></li>
    <li><a href="/news/council-tax-rise">Council tax in Pellbridge to rise by 2.99 per cent</a> <span class="date">23 February 2022</span></li>
  </ul>
</aside>

<section class="comments">
  <h3>Comments (4)</h3>
  <div class="comment"><p class="commenter">PellbridgeMum82 &middot; 18 March 2022 12:10</p><p>Not surprised at all. Waited six weeks for anyone to return my call last year. The social workers themselves are run ragged, it's the management that needs to go.</p></div>
  <div class="comment"><p class="commenter">OldOnslowLad &middot; 18 March 2022 12:47</p><p>Spending millions on the town centre while this was going on. Priorities!</p></div>
  <div class="comment"><p class="commenter">FormerSW &middot; 18 March 2022 13:31</p><p>I left Pellbridge last year after three years. Caseload of 35, no admin support, manager off sick. Paid two grand less than next door. Nobody should be shocked by this.</p></div>
  <div class="comment"><p class="commenter">hebdenfoster &middot; 18 March 2022 15:02</p><p>As a foster carer I have to say our supervising social worker has been brilliant. Let's not forget the good people doing a hard job.</p></div>
</section>
</div>
<footer>
  <p>&copy; 2022 Pellbridge Courier. All rights reserved. <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 7. Council press release (HTML news page)
# ---------------------------------------------------------------------------
PRESS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>41 new permanent social workers join Pellbridge as reliance on agency staff halves | News | Pellbridge Borough Council</title>
</head>
<body>
<div class="cookie-notice" role="dialog" aria-label="Cookies on Pellbridge Borough Council">
  <h2>Cookies on pellbridge.gov.uk</h2>
  <p>We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies to help us improve it.</p>
  <button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<header>
  <a href="#main" class="skip">Skip to content</a>
  <div class="logo"><a href="/">Pellbridge Borough Council</a></div>
  <nav aria-label="Main menu">
    <ul>
      <li><a href="/pay">Pay</a></li><li><a href="/apply">Apply</a></li><li><a href="/report">Report</a></li>
      <li><a href="/children-and-families">Children and families</a></li><li><a href="/news">News</a></li><li><a href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <span>41 new permanent social workers join Pellbridge</span></nav>
<main id="main">
<article class="press-release">
<p class="label">Press release</p>
<h1>41 new permanent social workers join Pellbridge as reliance on agency staff halves</h1>
<p class="date">Thursday 4 April 2024</p>
<p>Pellbridge Borough Council has recruited 41 permanent social workers since January 2023, helping to halve the proportion of agency staff working in children's social care and bring down caseloads for frontline teams.</p>
<p>The council's recruitment and retention strategy, backed by £5.25 million of investment agreed by Cabinet in November 2022, has combined a market supplement for frontline social workers, retention payments, a new social work academy for newly qualified staff and an international recruitment programme.</p>
<p>At the end of March 2024, agency social workers made up 19% of social workers in post, down from 38% at the time of the Ofsted inspection in early 2022. The average caseload for a social worker in Pellbridge is now 18 children, meeting the council's target, and the social worker vacancy rate has fallen to 16.2%.</p>
<p>The first cohort of the Pellbridge Social Work Academy, 22 newly qualified social workers, started in September 2023 and is being supported by a dedicated practice educator and protected caseloads.</p>
<p>Councillor Imran Chaudhry, Cabinet Member for Children and Families, said: "Two years ago our social workers were stretched far too thinly and children were paying the price. We made a conscious choice to invest in our own people rather than keep paying over the odds for agency cover. The result is a more stable, more experienced workforce, and children who get to know their social worker instead of meeting a new one every few months."</p>
<p>Deborah Ansah, Director of Children's Services, said: "A stable workforce is the foundation for everything else we want to achieve. Ofsted's most recent monitoring visit recognised the progress we have made in child protection work, and I know from speaking to families that they notice the difference when they have the same social worker over time. We are not complacent - there is still a lot to do - but we are heading in the right direction."</p>
<p>One of the new recruits, Marcus Oyelaran, who joined the assessment service in June 2023 after six years as an agency social worker, said: "I chose to go permanent because Pellbridge feels like a place that is serious about getting it right. My caseload is manageable and I get proper supervision."</p>
<p>Spending on agency social workers is forecast to fall to £6.3 million in 2023-24, from a peak of £10.2 million in 2022-23.</p>

<h2>Notes to editors</h2>
<ol>
<li>Ofsted judged Pellbridge's children's services to be inadequate in a report published on 18 March 2022. The Secretary of State for Education issued a statutory direction on 11 April 2022 and appointed a Children's Services Commissioner, who recommended that services remain under the council's control with an improvement board and an improvement partner, Aldermoor Metropolitan Borough Council.</li>
<li>Ofsted has carried out three monitoring visits since the inspection: in September 2022 (the front door), February and March 2023 (children in care) and November 2023 (children in need of help and protection).</li>
<li>Figures on recruitment refer to permanent social workers who started in post between 1 January 2023 and 31 March 2024. They include 9 social workers recruited from overseas and 22 newly qualified social workers in the academy.</li>
<li>Pellbridge Borough Council is currently recruiting experienced social workers and team managers. Details are available at pellbridge.gov.uk/socialworkjobs.</li>
</ol>

<div class="media-contact">
<h2>Media enquiries</h2>
<p>Communications and Marketing Team, Pellbridge Borough Council<br>
Telephone: 01632 960 200 (out of hours: 01632 960 999)<br>
Email: press.office@pellbridge.gov.uk</p>
</div>
</article>
<aside class="more-news">
<h3>More news</h3>
<ul>
<li><a href="/news/spring-clean-2024">Volunteers wanted for Pellbridge spring clean</a> - 28 March 2024</li>
<li><a href="/news/market-way-roadworks">Market Way resurfacing to begin in May</a> - 22 March 2024</li>
<li><a href="/news/foster-carer-fortnight">Could you foster? Information evenings announced</a> - 15 March 2024</li>
</ul>
</aside>
</main>
<footer>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p>Pellbridge Borough Council, Civic Centre, Market Way, Pellbridge PB1 1AA</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 8. UNISON branch statement (TXT)
# ---------------------------------------------------------------------------
UNISON_TXT = """UNISON PELLBRIDGE LOCAL GOVERNMENT BRANCH
STATEMENT ON CHILDREN'S SOCIAL CARE STAFFING

Date: 6 March 2023
For immediate release

Pellbridge UNISON, the union representing the majority of social workers, family support workers and business support staff in the council's children's services, is today calling on the council to publish accurate staffing figures and to set a binding limit on social work caseloads.

Almost a year after Ofsted judged Pellbridge's children's services inadequate, our members tell us that the pressure on the front line has not gone away. Figures obtained by the branch show that 32% of social worker posts in children's social care are currently vacant - nearly one in three. In the assessment service, some of our members are still carrying more than 30 cases each. That is not safe for children and it is not safe for staff.

We welcome the investment agreed by Cabinet in November, and we were pleased that the council listened to us on the retention payment. But the market supplement of £3,000 a year only applies to frontline teams. Social workers in the children in care service and independent reviewing officers, who are under just as much pressure, get nothing. That is divisive and it will push experienced people out of the very teams that Ofsted said needed more stability.

Our members also tell us:

  * that they are still spending up to half of their working week on recording and administration, because business support posts have been cut;
  * that agency colleagues are being paid far more to do the same job, which is damaging morale;
  * that too many newly qualified social workers are being given complex child protection work before they are ready;
  * that supervision has improved, and that the new director is visible and listens.

Gary Whitcombe, Pellbridge UNISON branch secretary, said:

"Our members came into social work to make a difference to children's lives. They are not the reason Pellbridge failed its inspection - they are the reason it has not been worse. The council keeps telling councillors that things are getting better, and in some teams they are. But when nearly a third of posts are empty, that means the people who are left are doing the work of the people who have gone. We want a caseload cap written into policy - no more than 18 cases for an experienced social worker, and no more than 12 for someone in their first year - and we want the market supplement extended to every social worker in children's services."

"We have asked for a meeting with the Director of Children's Services and the Cabinet Member for Children and Families. We want to work with the council to get this right. But we will not stay quiet while our members are put at risk."

The branch will be surveying members in children's services during March and will publish the results.

ENDS

Notes:
1. Pellbridge UNISON Local Government Branch represents staff employed by Pellbridge Borough Council and a number of local schools and contractors.
2. The vacancy figure quoted above is based on information provided to the branch by members in each team in children's social care during February 2023.
3. Contact: Pellbridge UNISON branch office, Unit 4, Tanner's Yard, Pellbridge PB2 3DX. Tel: 01632 960 775. Email: branch@pellbridgeunison.org.uk
"""

# ---------------------------------------------------------------------------
# 9. Improvement board progress deck (PPTX)
# ---------------------------------------------------------------------------
DECK = [
dict(kind="title", title="Pellbridge Children's Services Improvement Board",
     sub="Progress report from the Director of Children's Services\nBoard meeting, 17 April 2024\nAgenda item 4",
     notes="Welcome to members. This is the twelfth meeting of the board since it was established in September 2022. The report covers the period January to March 2024, the end of the second year of the improvement plan."),
dict(kind="bullets", title="Where we are: summary",
     bullets=["Third Ofsted monitoring visit (14-15 November 2023) found clear improvement in child protection practice but uneven progress for children in need",
              "Front door performance sustained for 18 months: 91% of contacts decided within one working day in Q4",
              "Workforce more stable: agency share down to 19%, average caseload 18",
              "Children in need practice and permanence for children placed with parents remain the weakest areas",
              "Fourth monitoring visit expected in summer 2024, likely to focus on care leavers"],
     notes="The headline is that we are making progress but it is not yet consistent across all services. I want the board to focus today on children in need, which is the area where I am least assured."),
dict(kind="table", title="Ofsted monitoring visits since the 2022 inspection",
     rows=[["Visit", "Dates", "Focus", "Overall message"],
           ["First", "20-21 September 2022", "Front door, MASH, missing children", "Determined start; missing response not improved enough"],
           ["Second", "28 February - 1 March 2023", "Children in care", "Permanence more timely; plans for children placed with parents weak"],
           ["Third", "14-15 November 2023", "Help and protection", "CP planning improved; children in need variable"],
           ["Fourth", "Expected June 2024", "Care leavers (to be confirmed)", "-"]],
     notes="The letters from all three visits are published on the Ofsted website. The second visit letter was reported to scrutiny in April 2023."),
dict(kind="bullets", title="Workforce",
     bullets=["36 permanent social workers recruited between January 2023 and March 2024",
              "Agency social workers: 19% of those in post at 31 March 2024 (38% in January 2022)",
              "Vacancy rate 16.2% against the commissioner's target of below 15% by 2025",
              "Average caseload 18; assessment service 20; children in care service 15",
              "Social Work Academy: first cohort of 22 ASYE social workers started September 2023",
              "Risk: three team manager posts filled on an interim basis"],
     notes="The recruitment figure here is the number of permanent social workers who have started and are still in post. The communications team's figure, which will be used in the press release, counts everyone who started in the period, including five who have since left. I have asked HR to align the two measures before the next board."),
dict(kind="table", title="Key performance indicators",
     rows=[["Indicator", "Jan 2022 (inspection)", "Mar 2023", "Mar 2024", "Target"],
           ["Contacts decided within 1 working day", "41%", "88%", "91%", "90%"],
           ["Assessments within 45 working days", "53%", "71%", "82%", "85%"],
           ["Strategy discussions with health present", "n/a", "46%", "68%", "80%"],
           ["Return home interviews within 72 hours", "40%", "63%", "74%", "80%"],
           ["Repeat child protection plans", "27%", "24%", "20%", "18%"],
           ["Children in care", "684", "641", "612", "-"]],
     notes="Most indicators are moving in the right direction. Health attendance at strategy discussions is still below target; the integrated care board has agreed to fund a second named nurse for the MASH from July."),
dict(kind="bullets", title="Finance",
     bullets=["2023-24 forecast outturn: overspend of £4.1 million on children's social care (month 11)",
              "Agency social worker spend forecast £6.3 million in 2023-24, down from £10.2 million in 2022-23",
              "Placement costs remain the main pressure: 11 children in residential placements costing over £10,000 a week",
              "DfE improvement grant: £1.5 million in 2022-23 and £1.2 million in 2023-24",
              "Workforce investment on track: £1.65 million in 2023-24"],
     notes="The overspend is driven almost entirely by placements. Without the reduction in agency costs it would have been well over £6 million. The director of finance will present the medium-term position at the June board."),
dict(kind="bullets", title="Voice of children, families and staff",
     bullets=["Voice Box helped recruit the new head of service for children in care",
              "Next Steps survey led to automatic council tax exemption letters for all care leavers",
              "Parent feedback survey: 68% of parents said they understood why children's services were involved",
              "Staff survey (February 2024): 74% would recommend Pellbridge as a place to work, up from 39% in June 2022",
              "UNISON continues to press for extension of the market supplement"],
     notes="The staff survey result is the most encouraging single figure in this report. The trade unions remain concerned about the market supplement; the first annual review is due in May."),
dict(kind="bullets", title="Risks and next steps",
     bullets=["Sustain practice improvement for children in need: practice week in May 2024",
              "Permanence for children placed with parents: review of all 47 children by July 2024",
              "Care leavers: refresh local offer and pathway plan template before the fourth visit",
              "Placement sufficiency: two new in-house children's homes to open in 2024-25",
              "Improvement partner agreement with Aldermoor extended to March 2025"],
     notes="The main risk to the plan is financial. If the council's wider budget position deteriorates, the workforce investment could come under pressure in 2025-26."),
dict(kind="bullets", title="Decisions for the board",
     bullets=["Note the progress report",
              "Agree the revised priorities for the final year of the improvement plan",
              "Agree that the board receives a deep dive on children in need at its June meeting",
              "Note that the Commissioner will provide an updated report to the Department for Education in May 2024"],
     notes="Sheila Marwood will take the board through the decisions. Dr Langridge has asked for a private session with the director and chief executive after the meeting."),
]


def build_pptx():
    from pptx import Presentation
    from pptx.util import Inches, Pt
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for s in DECK:
        if s["kind"] == "title":
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = s["title"]
            slide.placeholders[1].text = s["sub"]
        elif s["kind"] == "bullets":
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = s["title"]
            body = slide.placeholders[1].text_frame
            body.text = s["bullets"][0]
            for b in s["bullets"][1:]:
                p = body.add_paragraph()
                p.text = b
            for p in body.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(20)
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = s["title"]
            rows = s["rows"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.6),
                                           Inches(12.3), Inches(0.5) * len(rows))
            tbl = shape.table
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tbl.cell(i, j).text = c
                    for p in tbl.cell(i, j).text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(14)
        slide.notes_slide.notes_text_frame.text = s["notes"]
    path = os.path.join(OUT, "improvement_board_progress_2024-04.pptx")
    prs.save(path)
    return path

# ---------------------------------------------------------------------------
# 10. Improvement plan tracker (XLSX)
# ---------------------------------------------------------------------------
import datetime as _dt

D = _dt.date

TRACKER_ACTIONS = [
 # ref, area, action, owner, due, RAG, update
 ("1.1", "Front door", "Maintain screening of all contacts by qualified social workers with manager decision within 24 hours", "Head of Service, MASH and Assessment", D(2025, 12, 31), "Green", "92% of contacts decided within one working day, April-September 2025. Sustained for three years."),
 ("1.2", "Front door", "Second named nurse in the MASH funded by the integrated care board", "Tom Brierley, Assistant Director", D(2024, 7, 31), "Complete", "In post since August 2024."),
 ("1.3", "Front door", "Increase health attendance at strategy discussions to 80%", "Head of Service, MASH and Assessment", D(2025, 11, 30), "Amber", "Health attendance 73% in Q1 2025-26. Re-inspection in March 2025 identified this as an area for improvement."),
 ("1.4", "Front door", "Threshold guidance relaunched with schools through termly briefings", "Pellbridge Safeguarding Children Partnership business manager", D(2025, 10, 31), "Green", "Briefings delivered to 88 of 96 schools. Remaining eight scheduled for November."),
 ("2.1", "Children in need", "Introduce standard child in need review template with clear outcomes and timescales", "Aisha Lomax, Principal Social Worker", D(2025, 6, 30), "Complete", "Template live from 2 June 2025; audit of first 60 plans shows improvement in specificity."),
 ("2.2", "Children in need", "Management review of every child in need plan open more than 12 months", "Locality heads of service", D(2025, 12, 31), "Amber", "212 of 318 plans reviewed. Target date at risk because of sickness in one locality."),
 ("2.3", "Children in need", "Step-down decisions from child protection to child in need to be agreed by a service manager", "Tom Brierley, Assistant Director", D(2025, 9, 30), "Complete", "In place. Included in practice standards."),
 ("2.4", "Children in need", "Practice week focused on cumulative neglect", "Aisha Lomax, Principal Social Worker", D(2025, 11, 21), "Green", "Booked for 17-21 November 2025, with Aldermoor practice leads."),
 ("3.1", "Missing and exploitation", "Return home interviews completed within 72 hours for 80% of episodes", "Missing and exploitation coordinator", D(2025, 12, 31), "Green", "81% in Q1 2025-26."),
 ("3.2", "Missing and exploitation", "Quarterly analysis of return home interview themes to the safeguarding partnership", "Missing and exploitation coordinator", D(2025, 10, 31), "Green", "Q1 analysis presented 9 October 2025."),
 ("4.1", "Children in care", "Permanence review for all children placed with parents under care orders", "Head of Service, Children in Care", D(2025, 3, 31), "Complete", "All 47 children reviewed; 19 applications to discharge orders made."),
 ("4.2", "Children in care", "Reduce independent reviewing officer caseloads to 70 or fewer", "Head of Quality Assurance and Safeguarding", D(2025, 12, 31), "Amber", "Average IRO caseload 74. Two additional IRO posts approved; one filled."),
 ("4.3", "Children in care", "Life-story work completed for every child with a plan for long-term care", "Head of Service, Children in Care", D(2026, 3, 31), "Amber", "Specialist life-story worker appointed; 41% of eligible children have completed work."),
 ("4.4", "Sufficiency", "Open two in-house children's homes", "Head of Commissioning", D(2025, 9, 30), "Red", "First home (Larkfield House) opened July 2025. Second home delayed by planning appeal; now expected summer 2026."),
 ("4.5", "Sufficiency", "Net increase of 20 in-house fostering households", "Fostering service manager", D(2026, 3, 31), "Amber", "Net increase of 9 so far in 2025-26."),
 ("5.1", "Care leavers", "Refreshed local offer published and co-produced with Next Steps", "Head of Service, Leaving Care", D(2024, 6, 1), "Complete", "Published May 2024."),
 ("5.2", "Care leavers", "All care leavers offered a copy of their health history by age 18", "Head of Service, Leaving Care", D(2025, 12, 31), "Green", "Protocol with health trust fully implemented from April 2025."),
 ("5.3", "Care leavers", "Proactive contact with all care leavers aged 21 to 25 twice a year", "Head of Service, Leaving Care", D(2025, 3, 31), "Complete", "In place. Re-inspection judged care leavers' services good."),
 ("6.1", "Workforce", "Reduce social worker vacancy rate to below 15%", "Head of HR (People Services)", D(2025, 3, 31), "Complete", "13.9% at March 2025; 11.8% at August 2025."),
 ("6.2", "Workforce", "Reduce agency share of social workers to 12% by March 2026", "Head of HR (People Services)", D(2026, 3, 31), "Green", "12% at August 2025."),
 ("6.3", "Workforce", "First annual review of market supplement, including IROs and children in care service", "Head of HR (People Services)", D(2024, 5, 31), "Complete", "Supplement extended to children in care service from September 2024. IROs not included."),
 ("6.4", "Workforce", "Second and third Social Work Academy cohorts recruited", "Aisha Lomax, Principal Social Worker", D(2025, 9, 30), "Complete", "Cohort 3 of 18 started September 2025."),
 ("7.1", "Leadership and QA", "Monthly moderated case audits with family feedback", "Head of Quality Assurance and Safeguarding", D(2025, 12, 31), "Green", "Ongoing; 86% of audits include a conversation with the family."),
 ("7.2", "Leadership and QA", "Scrutiny committee receives quarterly practice quality report", "Deborah Ansah, Director of Children's Services", D(2025, 12, 31), "Green", "Reports received June and September 2025."),
 ("7.3", "Leadership and QA", "Transition from improvement board to improvement and assurance board", "Deborah Ansah, Director of Children's Services", D(2025, 11, 30), "Amber", "Terms of reference drafted. Independent chair for new board not yet confirmed."),
 ("8.1", "Finance", "Deliver children's social care budget within 2% of net budget in 2025-26", "Naomi Clegg, Head of Finance (People Services)", D(2026, 3, 31), "Amber", "Month 5 forecast overspend of 2.6%, driven by residential placements."),
]

KEY_DATES = [
 ("7-18 October 2019", "Ofsted ILACS inspection. Overall effectiveness judged requires improvement to be good.", "Report published 29 November 2019"),
 ("13-14 July 2021", "Ofsted focused visit: front door and children missing from home and care", "Letter published 24 August 2021; areas for priority action"),
 ("December 2021", "Director of children's services Andrew Keeling leaves the council", "Assistant director acts up"),
 ("24 January - 4 February 2022", "Ofsted ILACS inspection. Overall effectiveness judged inadequate.", "Report published 18 March 2022"),
 ("11 April 2022", "Statutory direction issued; Dr Peter Langridge appointed Children's Services Commissioner", ""),
 ("3 May 2022", "Deborah Ansah starts as interim Director of Children's Services", "From Westmere County Council"),
 ("13 June 2022", "Written statement of action submitted to Ofsted", ""),
 ("21 July 2022", "Commissioner's report published: services to remain with the council", "Aldermoor MBC named improvement partner"),
 ("20-21 September 2022", "First Ofsted monitoring visit (front door)", "Letter dated 18 October 2022"),
 ("28 September 2022", "First meeting of the Children's Services Improvement Board", "Independent chair Sheila Marwood"),
 ("15 November 2022", "Cabinet approves £5.25 million workforce investment", ""),
 ("11 January 2023", "Appointments Committee recommends Deborah Ansah as permanent Director of Children's Services", "Permanent appointment effective 1 February 2023"),
 ("28 February - 1 March 2023", "Second Ofsted monitoring visit (children in care)", ""),
 ("14-15 November 2023", "Third Ofsted monitoring visit (help and protection)", "Letter dated 12 December 2023"),
 ("25-26 June 2024", "Fourth Ofsted monitoring visit (care leavers)", ""),
 ("3-14 March 2025", "Ofsted ILACS re-inspection. Overall effectiveness judged requires improvement to be good.", "Report published 16 May 2025"),
 ("9 September 2025", "Statutory direction revoked; improvement notice issued", "Dr Langridge continues as DfE improvement adviser"),
 ("31 March 2026", "Improvement partner agreement with Aldermoor MBC ends", ""),
 ("September 2026", "Improvement notice to be reviewed by the Department for Education", ""),
]


def build_xlsx():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Actions"
    ws["A1"] = "Pellbridge Children's Services Improvement Plan - Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 15 October 2025. Status as reported to the improvement board. RAG key: Green on track; Amber at risk; Red off track; Complete."
    hdr = ["Ref", "Priority area", "Action", "Owner", "Due date", "RAG", "Progress update (October 2025)"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}
    for a in TRACKER_ACTIONS:
        ws.append(list(a))
        r = ws.max_row
        ws.cell(r, 5).number_format = "DD/MM/YYYY"
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=fills[a[5]])
        for col in (3, 7):
            ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFG", (6, 20, 60, 36, 12, 10, 60)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ks = wb.create_sheet("Key dates")
    ks.append(["Date", "Event", "Notes"])
    for c in ks[1]:
        c.font = Font(bold=True)
    for k in KEY_DATES:
        ks.append(list(k))
    for col, w in zip("ABC", (28, 80, 50)):
        ks.column_dimensions[col].width = w
    summ = wb.create_sheet("RAG summary")
    summ.append(["RAG status", "Number of actions"])
    for s in ("Complete", "Green", "Amber", "Red"):
        summ.append([s, sum(1 for a in TRACKER_ACTIONS if a[5] == s)])
    summ.append(["Total", len(TRACKER_ACTIONS)])
    path = os.path.join(OUT, "improvement_plan_tracker_2025-10.xlsx")
    wb.save(path)
    return path

# ---------------------------------------------------------------------------
# 11. Members' briefing e-mail on the lifting of the direction (EML)
# ---------------------------------------------------------------------------
EML_BODY = """Dear Councillor,

MEMBERS' BRIEFING: STATUTORY DIRECTION REVOKED - IMPROVEMENT NOTICE ISSUED

This briefing is embargoed until 00:01 on Thursday 11 September 2025. Please do not share it outside the council before that time.

1. What has happened

Yesterday, 9 September 2025, the Minister for Children and Families wrote to the Leader of the Council, Councillor Janet Morrow, to confirm that the Secretary of State for Education has revoked the statutory direction issued to Pellbridge Borough Council on 11 April 2022. In its place, the Department for Education has issued the council with an improvement notice.

The Minister's letter states that the decision reflects "the substantial and sustained progress made by Pellbridge in improving services for children and families, as confirmed by Ofsted's inspection in March 2025". The letter notes that the council "no longer requires the level of intervention provided for by a statutory direction", but that further improvement is needed before services can be judged good.

An improvement notice is a non-statutory form of intervention. It sets out the improvements the Department expects to see and the support and monitoring arrangements that will apply. It does not give the Secretary of State powers to direct the council.

2. The Ofsted re-inspection

Ofsted re-inspected the council's children's services under the ILACS framework between 3 and 14 March 2025. The lead inspector was Harriet Coyle HMI. The report was published on 16 May 2025 and judged the overall effectiveness of the council's children's services to require improvement to be good. This is a two-grade improvement on the inadequate judgement made in March 2022.

The judgements were:

  - The impact of leaders on social work practice with children and families: requires improvement to be good
  - The experiences and progress of children who need help and protection: requires improvement to be good
  - The experiences and progress of children in care: requires improvement to be good
  - The experiences and progress of care leavers: good
  - Overall effectiveness: requires improvement to be good

Inspectors found that "children in Pellbridge now receive a timely and proportionate response when concerns are first raised", that social workers "know their children well and have manageable caseloads", and that leaders "have an accurate understanding of practice and have created the conditions in which good practice can flourish". They described the care leavers' service as "a real strength", highlighting the relationships between young people and their personal advisers.

Ofsted identified four areas for improvement:
  (i) the consistency and focus of plans for children in need;
  (ii) timely permanence for children placed with their parents under care orders;
  (iii) the attendance of health professionals at strategy discussions;
  (iv) the sufficiency of local placements for children in care, particularly for older children with complex needs.

3. What the improvement notice requires

The improvement notice requires the council to:
  - continue to deliver its improvement plan, revised to address the four areas for improvement identified by Ofsted;
  - maintain a Children's Services Improvement and Assurance Board, with an independent chair, meeting at least quarterly;
  - continue its partnership with Aldermoor Metropolitan Borough Council until 31 March 2026;
  - provide the Department with quarterly progress reports.

Dr Peter Langridge, who has been the Children's Services Commissioner for Pellbridge since April 2022, will continue to work with the council as the Department's improvement adviser. The Department will review the improvement notice no later than September 2026.

Sheila Marwood, who has chaired the improvement board since it was set up in September 2022, has indicated that she will step down when the current board is wound up in November. The chair of the new Improvement and Assurance Board will be confirmed by the Department in consultation with the council.

4. Where we are now - key facts

  - Social worker vacancy rate: 11.8% at 31 August 2025 (31% at the time of the 2022 inspection)
  - Agency social workers: 12% of social workers in post (38% in January 2022)
  - Average social worker caseload: 17 children
  - Children in care: 598 at 31 March 2025
  - Children's social care outturn 2024-25: overspend of £1.9 million, compared with £4.1 million in 2023-24
  - Ofsted monitoring visits carried out under the direction: four (September 2022, February/March 2023, November 2023 and June 2024)

5. What people are saying

Councillor Janet Morrow, Leader of the Council, said: "Three years ago I said sorry to the children and families we had let down. Today I want to thank the social workers, managers and partners who have turned this service around. We are not where we want to be yet - our ambition is for Pellbridge to be good, and then outstanding - but the lifting of the direction shows how far we have come."

Councillor Imran Chaudhry, Cabinet Member for Children and Families, said: "When Ofsted came back in March they found a service where social workers stay, where children get to know the person working with them, and where problems are picked up early. That is what this has always been about."

Deborah Ansah, Director of Children's Services, said: "This is a team achievement. The improvement notice rightly keeps the focus on the areas where we still need to get better, particularly for children in need and for children placed at home with their parents."

6. Media handling

We expect local media interest on Thursday. The Pellbridge Courier has asked for an interview with the Leader. Requests for comment should be directed to the press office. Members of the opposition groups have been sent this briefing at the same time as members of the administration.

A question and answer session for all members will be held in the Council Chamber at 5.30pm on Monday 22 September 2025, with the Director of Children's Services and the Cabinet Member for Children and Families.

Kind regards

Communications and Marketing Team
Pellbridge Borough Council
Civic Centre, Market Way, Pellbridge PB1 1AA
press.office@pellbridge.gov.uk | 01632 960 200
"""


def build_eml():
    from email.message import EmailMessage
    from email.utils import format_datetime
    m = EmailMessage()
    m["From"] = "Pellbridge Council Press Office <press.office@pellbridge.gov.uk>"
    m["To"] = "All Members <all.members@pellbridge.gov.uk>"
    m["Cc"] = "Corporate Leadership Team <clt@pellbridge.gov.uk>"
    m["Subject"] = "EMBARGOED Members' briefing: statutory direction revoked - improvement notice issued"
    m["Date"] = format_datetime(_dt.datetime(2025, 9, 10, 16, 47, 0, tzinfo=_dt.timezone(_dt.timedelta(hours=1))))
    m["Message-ID"] = "<20250910164700.7731@pellbridge.gov.uk>"
    m.set_content(EML_BODY, charset="utf-8", cte="8bit")
    path = os.path.join(OUT, "members_briefing_direction_lifted_2025-09.eml")
    with open(path, "wb") as f:
        f.write(m.as_bytes())
    return path


SOURCES = [
 ("ofsted_ilacs_report_2022.pdf", "Inspection of children's social care services: Pellbridge Borough Council", "Ofsted", "report", "2022-03-18", "Full ILACS inspection 24 Jan - 4 Feb 2022; overall inadequate with sub-judgements"),
 ("ofsted_monitoring_letter_2022-10.pdf", "Monitoring visit to Pellbridge Borough Council children's services (first visit)", "Ofsted", "letter", "2022-10-18", "First monitoring visit 20-21 Sep 2022: front door, MASH, missing children"),
 ("ofsted_monitoring_letter_2023-12.pdf", "Monitoring visit to Pellbridge Borough Council children's services (third visit)", "Ofsted", "letter", "2023-12-12", "Third monitoring visit 14-15 Nov 2023: help and protection"),
 ("commissioner_report_2022.docx", "Pellbridge Borough Council: Report of the Children's Services Commissioner", "Department for Education", "report", "2022-07-21", "Commissioner's findings, options and recommendations; service stays with the council"),
 ("cabinet_workforce_investment_2022-11.docx", "Children's Social Care: Workforce Investment and Recruitment and Retention Strategy 2023-2026", "Pellbridge Borough Council", "report", "2022-11-15", "Cabinet report seeking approval of £5.25m workforce investment"),
 ("scrutiny_minutes_2023-03-08.html", "Minutes - Children and Young People Scrutiny Committee, 8 March 2023", "Pellbridge Borough Council", "minutes", "2023-03-08", "Improvement plan progress, workforce update, voice of care leavers"),
 ("courier_inadequate_2022-03-18.html", "Pellbridge children's services rated 'inadequate' as Ofsted finds children left at risk", "Pellbridge Courier", "news", "2022-03-18", "News report of the 2022 inadequate judgement with reactions"),
 ("press_release_social_workers_2024-04.html", "41 new permanent social workers join Pellbridge as reliance on agency staff halves", "Pellbridge Borough Council", "press release", "2024-04-04", "Recruitment, agency share, caseloads"),
 ("unison_statement_2023-03-06.txt", "Statement on children's social care staffing", "UNISON Pellbridge Local Government Branch", "statement", "2023-03-06", "Union view on vacancies, caseloads and the market supplement"),
 ("improvement_board_progress_2024-04.pptx", "Progress report to the Children's Services Improvement Board, 17 April 2024", "Pellbridge Borough Council", "slides", "2024-04-17", "Monitoring visits, workforce, KPIs, finance, risks"),
 ("improvement_plan_tracker_2025-10.xlsx", "Children's Services Improvement Plan - Action Tracker", "Pellbridge Borough Council", "tracker", "2025-10-15", "Actions with owners, due dates and RAG status; key dates 2019-2026"),
 ("members_briefing_direction_lifted_2025-09.eml", "Members' briefing: statutory direction revoked - improvement notice issued", "Pellbridge Borough Council", "press release", "2025-09-10", "2025 re-inspection outcome and DfE improvement notice"),
]

README = """# Pellbridge Borough Council children's services record, 2019-2026 (fictional)
Reports: ofsted_ilacs_report_2022.pdf (29-page ILACS report, inadequate), commissioner_report_2022.docx (DfE commissioner, July 2022), cabinet_workforce_investment_2022-11.docx (£5.25m workforce investment).
Letters: ofsted_monitoring_letter_2022-10.pdf and ofsted_monitoring_letter_2023-12.pdf (first and third monitoring visits); members_briefing_direction_lifted_2025-09.eml (2025 re-inspection, direction revoked, improvement notice).
Local democracy and voices: scrutiny_minutes_2023-03-08.html, courier_inadequate_2022-03-18.html (newspaper), press_release_social_workers_2024-04.html, unison_statement_2023-03-06.txt.
Management papers: improvement_board_progress_2024-04.pptx (9 slides, speaker notes), improvement_plan_tracker_2025-10.xlsx (actions, key dates, RAG summary); sources.csv lists all twelve.
Story: requires improvement (Oct 2019), focused visit (Jul 2021), inadequate (published 18 Mar 2022), direction and commissioner (11 Apr 2022), partner Aldermoor MBC, four monitoring visits, requires improvement (Mar 2025), improvement notice (9 Sep 2025).
Disagreements: (1) 2022 MASH backlog - report 218 contacts, Courier "more than 300"; (2) vacancy rate about 1 Mar 2023 - minutes 24.7%, UNISON 32%; (3) permanent recruits Jan 2023-Mar 2024 - press release 41, board deck 36.
Passing mentions only: the 2019 judgement, the 2021 focused visit, and the second and fourth monitoring visits (no letters in the record).
Regenerate: .venv/bin/python eval/recordgen/pellbridge.py (fpdf2, python-docx, python-pptx, openpyxl, DejaVu fonts).
All made up.
"""


def main():
    import csv
    out = []
    p, n = build_inspection_pdf()
    print("inspection pages", n)
    for mv in (MV1, MV3):
        p2, n2 = build_letter_pdf(mv["fname"], mv["header"], mv["addr"], mv["date_line"], None,
                                  mv["paras"], mv["signoff"])
        print(mv["fname"], "pages", n2)
    ci = COMMISSIONER.index(("h1", "5. Options"))
    build_docx(COMMISSIONER[:ci] + COMMISSIONER_EXTRA + COMMISSIONER[ci:] + COMMISSIONER_ANNEX, "commissioner_report_2022.docx",
               header_text="Pellbridge Borough Council - Report of the Children's Services Commissioner")
    build_docx(CABINET + CABINET_APPENDIX, "cabinet_workforce_investment_2022-11.docx", meta=CABINET_META, fin=CABINET_FIN,
               header_text="Pellbridge Borough Council - Cabinet - 15 November 2022 - Agenda item 7")
    for fname, html in (("scrutiny_minutes_2023-03-08.html", MINUTES_HTML),
                        ("courier_inadequate_2022-03-18.html", NEWS_HTML),
                        ("press_release_social_workers_2024-04.html", PRESS_HTML)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(OUT, "unison_statement_2023-03-06.txt"), "w", encoding="utf-8") as f:
        f.write(UNISON_TXT)
    build_pptx()
    build_xlsx()
    build_eml()
    with open(os.path.join(OUT, "sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "title", "publisher", "kind", "published", "about"])
        for r in SOURCES:
            w.writerow(r)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)


# ---------------------------------------------------------------------------
# Additional material (appended sections; merged into the structures above)
# ---------------------------------------------------------------------------
REPORT_EXTRA_HELP = [
"The response to domestic abuse is inconsistent. Police notifications of domestic abuse incidents are shared with the MASH, but at the time of the inspection there was a delay of up to nine days before some notifications were considered. The multi-agency risk assessment conference (MARAC) meets fortnightly and is well attended, but children's social care does not always follow up the actions agreed. Some children who had witnessed repeated incidents of domestic abuse had been the subject of more than ten notifications before a social work assessment was completed.",
"Social workers have access to a graded care profile tool to assess neglect, but it is rarely used. Inspectors saw very few examples of the tool being used to measure change over time. In the cases of several children living with chronic neglect, social workers and managers had not recognised that the children's circumstances had not improved over a number of years.",
"Direct work with children is undertaken by some social workers, and inspectors saw creative examples, such as the use of drawings and 'three houses' tools to understand children's worries and wishes. However, many children's records contain little evidence of direct work, and children's views are often summarised in a single sentence. For children who do not use words to communicate, there was little evidence that their views had been sought in other ways.",
"Children whose parents misuse substances or experience poor mental health are not always well supported. Adult services are not routinely involved in assessments or plans, and information about parents' treatment is not always obtained. The joint protocol between children's and adults' services, agreed in 2019, has not been reviewed.",
]

REPORT_METHOD = [
"This inspection was carried out by a team of six inspectors over two weeks, from 24 January to 4 February 2022. During the first week, inspectors worked remotely, reviewing records and holding virtual meetings with staff and partners. During the second week, inspectors were on site at the Civic Centre and at two locality offices.",
"Inspectors used a range of methods to reach their judgements. They looked at the records of children at all stages of their involvement with children's social care, from their first contact with the MASH to leaving care. They tracked the experiences of 23 children in depth, speaking to their social workers, managers and, where possible, to the children themselves and their families. They sampled the records of a further 140 children, and considered performance information, audits, minutes of meetings and the local authority's self-evaluation.",
"Inspectors held focus groups with social workers, newly qualified social workers, team managers, independent reviewing officers, personal advisers and foster carers. They met the chief executive, the leader of the council, the lead member for children's services and the chair of the children and young people scrutiny committee. They also met representatives of the police, the integrated care board, schools and the Pellbridge Safeguarding Children Partnership.",
]

REPORT_FOCUSED_2021 = [
"The focused visit on 13 and 14 July 2021 identified two areas for priority action. The first was the timeliness and quality of screening and decision-making in the MASH. The second was the response to children who go missing from home and care, and in particular the take-up and use of return home interviews.",
"Following the focused visit, the local authority produced an action plan containing 31 actions, of which it reported 24 as complete by the start of this inspection. Inspectors found that most of the completed actions concerned the revision of procedures, the creation of new forms and the delivery of briefings. Few of the actions had been designed to change practice directly, and none included a measure of the impact on children.",
"The local authority commissioned a voluntary sector provider to deliver return home interviews from October 2021, but the contract did not specify the timescale within which interviews should take place, and information from the interviews was sent to social workers by e-mail rather than recorded on children's records. At the time of the inspection, leaders were reviewing whether to bring the service back in-house.",
"Inspectors concluded that the priority actions identified at the focused visit had not been addressed effectively, and that the weaknesses at the front door had become more serious in the six months since the visit.",
]

REPORT_CASES = [
"Case example A. A nine-year-old boy was the subject of seven contacts to the MASH over eighteen months, from his school, the police and a neighbour. Each contact was considered separately and closed with advice. The eighth contact, about an injury to his arm, led to a strategy discussion four working days later. Inspectors found that the earlier contacts, taken together, described a pattern of neglect and physical chastisement that should have led to an assessment at least a year earlier.",
"Case example B. A 15-year-old girl in care had been reported missing 19 times in six months. Return home interviews were offered on each occasion, but only five took place, and two of these were completed more than a week after she returned. The records showed that she had been seen with older males in a car on several occasions. Her case had not been referred to the multi-agency exploitation panel until inspectors raised it during the inspection.",
"Case example C. A family of four children, aged two to eleven, had been subject to child protection plans for 22 months under the category of neglect. The plans had been reviewed at five conferences, but the actions in each plan were almost identical. The children had had four social workers in that time. There was no evidence that the family had been considered for pre-proceedings under the Public Law Outline, despite the lack of progress.",
"Case example D. A 12-year-old girl placed with her grandparents under a special guardianship assessment had waited 14 months for the assessment to be completed. The grandparents told inspectors that they had been asked to provide the same information three times to three different assessors. The girl was settled and well cared for, but the uncertainty about her future had caused her anxiety, and she told inspectors that she was 'scared someone will move me'.",
"Case example E. An 18-year-old care leaver living in supported accommodation had a personal adviser who had worked with her since she was 16. The personal adviser had helped her to enrol at college, to open a bank account and to register with a GP. Her pathway plan, however, had not been updated since her 17th birthday and did not reflect her wish to move to her own tenancy.",
"Case example F. A six-month-old baby was made subject to a child protection plan following an unexplained injury. The initial child protection conference was held within 15 working days, the plan was specific and clear about the risks, and the core group met every four weeks. The social worker visited the baby at least weekly, and a parenting assessment was completed within 12 weeks. This was one of the few examples of consistently good practice seen by inspectors in the child protection teams.",
]

COMMISSIONER_EXTRA = [
("h2", "4.7 Early help"),
("p", "Early help in Pellbridge is delivered through six family hubs, and I visited three of them. The family hubs are well regarded by families, and the staff I met were skilled and enthusiastic. However, the council's early help offer has been reduced since 2018 as a result of budget savings, and the number of families receiving an early help service has fallen from around 1,900 a year to around 1,300. Partners told me that they were uncertain about which families should be referred to early help and which to the MASH, and that the step-down arrangements from children's social care to early help were unclear. I welcome the council's decision to include early help in the scope of the improvement board."),
("h2", "4.8 The views of children, young people and families"),
("p", "Members of Voice Box told me that the thing that mattered most to them was having a social worker who stayed. One young person described having had five social workers in two years and said that 'every time you get used to one, they go'. Members of Next Steps said that their personal advisers were supportive, but that they wanted more help with housing and with their mental health, and more opportunities to influence decisions about the service."),
("p", "I met eleven parents who had had contact with children's social care in the last two years. Most were positive about individual social workers but critical of the system. Several parents said that they had not understood why children's services were involved with their family or what they needed to do to bring that involvement to an end. Two parents said that they had only found out that a child protection conference was being held the day before it took place."),
("p", "Foster carers I met were loyal to the council and to the children they care for. They were positive about the fostering service but frustrated by changes of social worker for the children in their care, and by the time it takes to get decisions about matters such as holidays and haircuts. The council's in-house fostering service has 212 approved fostering households, a net reduction of 18 since 2019."),
("h2", "4.9 Capacity to improve"),
("p", "In assessing the council's capacity to improve, I have considered whether the council has the leadership, the resources and the culture needed to deliver sustained improvement. On leadership, there is now a credible interim director, strong political commitment and a chief executive who recognises that she must give children's services greater priority. On resources, the council has made additional investment, but further investment in the workforce will be needed. On culture, I found a workforce that is tired and stretched but that wants to do well, and a growing openness among leaders about the weaknesses of the service."),
("p", "I have also considered the risks. The most significant are the fragility of the workforce, the council's wider financial position and the possibility that early improvements at the front door are not sustained. These risks are real, but in my judgement they can be managed with the support and oversight that I recommend below."),
]

COMMISSIONER_ANNEX = [
("h1", "Annex: People and groups consulted"),
("table", [
    ["Group", "Number consulted", "Method"],
    ["Elected members (including leader, lead member, opposition group leaders, scrutiny chair)", "9", "Individual interviews"],
    ["Chief executive and corporate directors", "6", "Individual interviews"],
    ["Children's services senior and middle managers", "21", "Individual and small-group interviews"],
    ["Social workers, team managers, IROs and personal advisers", "63", "Nine focus groups"],
    ["Statutory partners (police, health, schools)", "14", "Interviews"],
    ["Voluntary and community sector organisations", "8", "Round-table meeting"],
    ["Children in care and care leavers", "17", "Meetings with Voice Box and Next Steps"],
    ["Parents and foster carers", "19", "Individual conversations and one group meeting"],
]),
]

CABINET_APPENDIX = [
("h1", "Appendix 1: Recruitment and Retention Strategy 2023-2026 - summary"),
("p", "The strategy has four strands: attract, grow, keep and reward."),
("p", "Attract. A single recruitment brand for children's social care, 'Pellbridge: a place to practise', will be used across all advertising. The council will attend national recruitment events, offer a relocation package of up to £5,000 for experienced social workers moving to the area, and pay a referral bonus of £1,000 to staff who introduce a social worker who is subsequently appointed."),
("p", "Grow. The Social Work Academy will provide a structured first year in practice for newly qualified social workers, with protected caseloads, weekly group supervision and a programme of workshops. The council will also continue to sponsor up to eight existing staff each year through the social work degree apprenticeship."),
("p", "Keep. The council will introduce a career progression framework with clear criteria for progression from newly qualified social worker to senior practitioner, improve business support to reduce the administrative burden on social workers, and provide new laptops and mobile phones to all social workers by April 2023. Flexible working arrangements will be maintained."),
("p", "Reward. The market supplement and retention payment described in this report will be reviewed annually. The council will also review its job evaluation for team managers, whose pay has fallen behind that of neighbouring authorities."),
("p", "Success measures. The strategy will be judged successful if, by March 2026, the vacancy rate is below 15%, the agency share is 12% or less, the average caseload is 18 or below, and turnover among permanent social workers is below 15% a year."),
]


if __name__ == "__main__":
    main()
