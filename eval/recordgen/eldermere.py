#!/usr/bin/env python3
# ruff: noqa
"""Writes the binary files of the fictional Eldermere record (docx, pdf, xlsx, pptx).

Run with the project venv: .venv/bin/python eval/recordgen/<name>.py. Everything in these documents is invented.
"""
import os

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "records", "eldermere")
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------------------
# 1. Ofsted ILACS inspection report, November 2021 (DOCX)
# ---------------------------------------------------------------------------

ILACS_SUMMARY = [
    "Services for children in Eldermere have seriously declined since the last inspection in 2015, when they were judged to be good. Senior leaders did not have an accurate understanding of the quality of frontline practice, and the weaknesses identified by the joint targeted area inspection (JTAI) of the multi-agency response to children living with neglect in September 2019 have not been addressed. Too many children who need help and protection wait too long for their needs to be assessed and for action to be taken to reduce the risks they face. Some children have been left in situations of chronic neglect for too long.",
    "A restructure of children's services in 2018, known locally as Project Horizon, removed 41 social work and team manager posts and reduced the number of locality teams from nine to six. Since then, caseloads have risen and the workforce has become unstable. At the time of this inspection, 34% of social workers were employed through agencies, and some children had experienced as many as seven changes of social worker in 18 months.",
    "Children in care and care leavers receive a better service. Most children in care live in stable homes where they are well cared for, and the virtual school is effective. However, too many children live far from Eldermere, and nine children were living in unregistered children's homes at the time of the inspection.",
    "Political leaders and the chief executive have recently recognised the scale of the challenge and have committed an additional £4.8 million to children's social care for 2022/23. This has come too late to have had an impact on the experiences of children.",
]

ILACS_IMPROVE = [
    "The timeliness and effectiveness of the response to contacts and referrals at the Eldermere Front Door, including the management of contacts awaiting a decision.",
    "The recognition of, and response to, chronic neglect, including the consistent use of the graded care profile 2.",
    "The quality and timeliness of assessments and plans for children in need and children subject to child protection plans.",
    "The effectiveness of strategy discussions, including the consistent involvement of police and health partners.",
    "The use of pre-proceedings under the Public Law Outline to avoid drift and delay for children.",
    "The quality and frequency of management oversight and supervision at all levels.",
    "The sufficiency of local homes for children in care, so that fewer children live at a distance from Eldermere and none live in unregistered children's homes.",
    "The stability and capacity of the workforce, including the reduction of caseloads.",
    "The accuracy of performance information and the effectiveness of the quality assurance framework, so that leaders understand the quality of practice.",
]

ILACS_SECTIONS = [
    ("The experiences and progress of children who need help and protection: inadequate", [
        "When children and families first need help, their needs are considered by the Eldermere Front Door, a multi-agency safeguarding hub based at Kestrel House in Castlebridge, which receives around 3,600 contacts each month. On the first day of this inspection, 418 contacts were awaiting a decision, the oldest of which had been waiting for 19 working days. Leaders had not been aware of the full extent of this backlog until inspectors asked for it.",
        "Thresholds are not consistently understood or applied. When contacts are screened, decisions are too often based on the presenting incident rather than on the child's history, and parental consent is not always sought or recorded appropriately. The re-referral rate in 2020/21 was 27%, which is higher than the average for statistical neighbours of 21%.",
        "Early help is delivered through family hubs in each of the six localities. At the time of the inspection, 2,140 children were receiving early help support. The quality of early help assessments is variable, and step-down arrangements from social care to early help are not always planned well enough, so that some families experience a gap in support.",
        "The emergency duty team, which has four social workers on each shift covering the whole county, responds appropriately to urgent concerns out of hours. Information is shared promptly with daytime teams.",
        "Strategy discussions are not consistently effective. In 23 of the 60 strategy discussions sampled by inspectors, police did not attend, and health partners were rarely involved. When police do not attend, decisions to progress to child protection enquiries are sometimes made without all the relevant information.",
        "Child protection enquiries are mostly completed within timescales, but the quality is too variable. Children are not always seen alone, and their wishes and feelings are not consistently recorded.",
        "Too many children wait too long for an assessment of their needs. At the time of the inspection, 212 children were awaiting the allocation of a social worker to complete an assessment, and 37% of assessments completed in 2020/21 exceeded the 45 working day timescale. Many assessments describe family circumstances but do not analyse risk well enough.",
        "The response to children living with neglect is poor. The 2019 JTAI found that the graded care profile 2 (GCP2), introduced in 2018, was not embedded. Inspectors found that it had been used in only 11 of the 48 neglect cases they sampled during this inspection. Social workers told inspectors that they had not had training in its use since 2018.",
        "Some children live with chronic neglect for too long before effective action is taken. At the time of the inspection, 64 children had been subject to child in need plans for more than two years, and for many of these children there was no evidence that their circumstances had improved.",
        "At the time of the inspection, 687 children were subject to child protection plans. Only 58% of initial child protection conferences in 2020/21 were held within 15 working days of the strategy discussion, which is well below the performance of similar authorities.",
        "Child protection plans are too often generic and not specific about what needs to change for children. Core group meetings take place, but they do not review progress against plans rigorously.",
        "The proportion of children becoming subject to a child protection plan for a second or subsequent time was 26% in 2020/21. Inspectors saw examples of children whose plans had ended before changes were sustained.",
        "The Public Law Outline is not used effectively. At the time of the inspection, 74 children were in pre-proceedings, and the average duration of pre-proceedings was 41 weeks, far longer than the 16 weeks expected. Letters before proceedings are not written in plain language that parents can understand.",
        "Disabled children are supported by a countywide children with disabilities team. Social workers know their children well, but some assessments are out of date, and the needs of parent carers are not consistently assessed.",
        "The response to children who go missing and who are at risk of exploitation is improving. The Exploitation Hub, established in 2020, has improved the sharing of information between agencies. However, only 61% of children who went missing from home in 2020/21 were offered a return home interview.",
        "Homeless 16- and 17-year-olds have their needs assessed promptly, and they are helped to understand their rights and entitlements, including the option of coming into care.",
        "The local authority designated officer (LADO) function is effective. Allegations against adults who work with children are managed well and in a timely way.",
    ]),
    ("The experiences and progress of children in care: requires improvement to be good", [
        "Decisions for children to come into care are mostly appropriate, but for some children delays in pre-proceedings mean that they came into care after long periods of neglect. At the time of the inspection, 1,046 children were in care, an increase of 19% since March 2019.",
        "Most children live in stable homes. Of the children who have been in care for more than two and a half years, 71% have lived in the same home for at least two years.",
        "There are not enough homes for children in Eldermere. At the time of the inspection, 312 children lived more than 20 miles from their home address. The council runs only two children's homes, with 11 beds between them.",
        "Nine children were living in unregistered children's homes at the time of the inspection. Leaders have oversight of these children through a weekly panel chaired by the director, but the homes themselves are not subject to regulation and inspection.",
        "The council's fostering service supports 441 fostering households. Recruitment of new foster carers has fallen short of the council's targets for three years, and only 19 new households were approved in 2020/21, against a target of 45.",
        "Too many assessments of connected persons, such as grandparents and other relatives, take too long. At the time of the inspection, 37 connected persons assessments had not been completed within 16 weeks.",
        "Adoption remains a strength. Eldermere is a partner in the regional adoption agency, Adopt Westmoor, and 34 children were adopted in 2020/21. Early permanence is considered for most children at an early stage.",
        "Children's health needs are mostly well met. In 2020/21, 88% of children in care had an up-to-date health assessment, but only 62% had had a dental check, partly because of the impact of COVID-19 restrictions.",
        "The virtual school is effective and is well led. Personal education plans are completed for 94% of children of school age and are of a good quality. Attendance of children in care at school is better than the national average for children in care.",
        "Independent reviewing officers (IROs) have caseloads of around 91 children each, which is much higher than the range recommended in statutory guidance. As a result, their oversight of children's plans is limited, and they rarely escalate concerns about drift.",
        "Children are helped to have a say about their care. The children in care council, Eldermere Voices, meets monthly and has helped to design the welcome pack for children coming into care.",
        "Life-story work is not routinely completed, and too many children do not understand why they are in care or the reasons for decisions made about them.",
        "Social workers visit most children regularly and know them well. In 2020/21, 89% of statutory visits to children in care took place within timescales.",
        "When children in care go missing, the response is mostly effective, but the quality of return home interviews is variable, and information from them is not consistently used to update plans.",
    ]),
    ("The experiences and progress of care leavers: requires improvement to be good", [
        "Personal advisers (PAs) have caseloads of up to 31 young people, which limits the time they can spend with care leavers who need more intensive support.",
        "The service is in touch with 87% of care leavers, which is in line with similar authorities. Personal advisers are persistent in trying to maintain contact.",
        "Pathway plans are not consistently up to date. Only 67% of pathway plans were in date at the time of the inspection, and too many do not reflect the young person's views.",
        "Most care leavers live in suitable accommodation, but 14 care leavers stayed in bed and breakfast accommodation at some point in the past year. Thirty-eight young people are benefiting from staying put arrangements with their former foster carers.",
        "Only 49% of care leavers aged 19 to 21 are in education, employment or training, which is lower than statistical neighbours.",
        "The local offer for care leavers was published in 2019 and has not been updated. Care leavers are exempt from council tax in Eldermere up to the age of 25, following a decision taken in April 2021.",
        "Care leavers do not routinely receive a copy of their health history when they leave care, and access to emotional health support is inconsistent.",
        "Care leavers aged 21 to 25 are not always aware that they can ask for support from a personal adviser.",
    ]),
    ("The impact of leaders on social work practice with children and families: inadequate", [
        "Senior leaders and elected members have not provided effective leadership of children's services. Since the 2015 inspection, there have been four directors of children's services, three of whom have been interim.",
        "The Project Horizon restructure of 2018 was intended to deliver savings of £9.6 million over three years. Its impact on the quality of practice was not evaluated, and the reduction in posts has contributed directly to higher caseloads.",
        "Performance information is not accurate. The performance report to the Children's Services Scrutiny Committee in September 2021 stated that 11 children were awaiting an assessment, when the real number was more than 200.",
        "Quality assurance is not effective. Of the 312 case audits completed in 2020/21, 74% were rated as good or better. Inspectors did not agree with most of the audit grades that they reviewed, which were overly optimistic.",
        "The action plan produced in response to the 2019 JTAI was agreed in January 2020 but was not monitored after March 2020, when the service's attention turned to the COVID-19 pandemic.",
        "The corporate parenting board, chaired by the cabinet member for children and families, Councillor Patricia Moorcroft, has met only four times in the past 18 months, and its work plan does not focus sufficiently on the experiences of children.",
        "The workforce is not stable. At the time of the inspection, 34% of social workers were agency staff, and the average caseload in the assessment and family support teams was 27, with some social workers responsible for as many as 41 children. Staff turnover in 2020/21 was 24%.",
        "Supervision is not regular enough, and its quality is poor. Only 52% of supervision sessions recorded in the three months before the inspection took place within the expected timescale.",
        "The Eldermere Safeguarding Children Partnership has not held the local authority to account effectively for the weaknesses in the response to neglect.",
        "Children's social care overspent by £6.1 million in 2020/21, mainly because of the rising costs of placements for children in care.",
        "Leaders have recently taken action. In September 2021, the chief executive commissioned a diagnostic review from Harbourne City Council, and in October 2021, the council agreed additional funding of £4.8 million for 2022/23. It is too early to see the impact of these actions.",
        "Social workers told inspectors that they like working for Eldermere and are committed to children, but many feel overwhelmed by the size of their caseloads.",
    ]),
]


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Inspection of Eldermere County Council children's services"
    sec.footer.paragraphs[0].text = "Inspection of Eldermere County Council children's services, 1 November to 12 November 2021"

    p = doc.add_paragraph()
    r = p.add_run("Ofsted")
    r.bold = True
    doc.add_paragraph("Piccadilly Gate\nStore Street\nManchester\nM1 2WD\nT 0300 123 1231\nwww.gov.uk/ofsted")
    doc.add_heading("Eldermere County Council", level=0)
    doc.add_paragraph("Inspection of children's social care services")
    doc.add_paragraph("Inspection dates: 1 November to 12 November 2021")
    doc.add_paragraph("Lead inspector: Karen Lomax, Her Majesty's Inspector")

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Judgement"
    t.rows[0].cells[1].text = "Grade"
    for j, g in [
        ("The impact of leaders on social work practice with children and families", "Inadequate"),
        ("The experiences and progress of children who need help and protection", "Inadequate"),
        ("The experiences and progress of children in care", "Requires improvement to be good"),
        ("The experiences and progress of care leavers", "Requires improvement to be good"),
        ("Overall effectiveness", "Inadequate"),
    ]:
        row = t.add_row().cells
        row[0].text = j
        row[1].text = g

    doc.add_paragraph("")
    for para in ILACS_SUMMARY:
        doc.add_paragraph(para)

    doc.add_heading("What needs to improve?", level=1)
    for item in ILACS_IMPROVE:
        doc.add_paragraph(item, style="List Bullet")

    n = 1
    for title, paras in ILACS_SECTIONS:
        doc.add_heading(title, level=1)
        for para in paras:
            doc.add_paragraph(f"{n}. {para}")
            n += 1

    doc.add_heading("Next steps", level=1)
    doc.add_paragraph(
        "The local authority should prepare a written statement of proposed action responding to the findings outlined in this report. "
        "This should be sent to Ofsted by 31 March 2022. Ofsted will carry out monitoring visits until the local authority is re-inspected."
    )
    doc.add_paragraph(
        "Ofsted has sent a copy of this report to the Secretary of State for Education. The inspection was carried out from 1 November to 12 November 2021 under the inspecting local authority children's services (ILACS) framework by a team of seven inspectors led by Karen Lomax, Her Majesty's Inspector."
    )
    doc.add_heading("Information about this inspection", level=1)
    doc.add_paragraph(
        "Inspectors evaluated the experiences and progress of children who need help and protection, children in care and care leavers. "
        "Inspectors spoke to children, young people, parents, carers, staff and senior leaders, and looked at local authority performance and management information and case files."
    )
    doc.add_paragraph(
        "Ofsted is the Office for Standards in Education, Children's Services and Skills. It regulates and inspects to achieve excellence in the care of children and young people, and in education and skills for learners of all ages."
    )
    doc.add_paragraph(
        "If you would like a copy of this document in a different format, such as large print or Braille, please telephone 0300 123 1231, or email enquiries@ofsted.gov.uk."
    )
    doc.add_paragraph("Published: 20 December 2021. Reference: 80412. © Crown copyright 2021")
    doc.save(os.path.join(OUT, "ofsted-ilacs-eldermere-2021.docx"))


# ---------------------------------------------------------------------------
# 2. Children's Services Commissioner's report, April 2022 (PDF)
# ---------------------------------------------------------------------------

COMM_SECTIONS = [
    ("1. Introduction and terms of reference", [
        ("1.1", "On 24 January 2022, the Secretary of State for Education issued a statutory direction to Eldermere County Council under section 497A(4B) of the Education Act 1996, following Ofsted's judgement that the council's children's services were inadequate. On the same day, I was appointed as Children's Services Commissioner for Eldermere."),
        ("1.2", "My terms of reference required me to: (a) review the council's leadership, management and governance of children's social care and its capacity to improve; (b) determine whether the council should retain operational control of children's social care or whether alternative delivery arrangements should be put in place; and (c) report to the Secretary of State within three months of my appointment."),
        ("1.3", "Between 31 January and 22 April 2022 I met 164 people, including 58 frontline social workers and managers, 23 elected members, 17 foster carers and 12 care leavers, as well as senior leaders from the police, health and schools. I visited all six locality offices and read 41 case files alongside the practitioners who hold them."),
        ("1.4", "I was supported throughout by Peter Hallam, a former director of children's services, who acted as my adviser, and by officials of the Department for Education's Regions Group."),
        ("1.5", "I am grateful to the Leader of the council, Councillor Robert Henshall, to the Chief Executive, Andrew Tillotson, and to the interim Director of Children's Services, Gillian Fairweather, for their openness and cooperation."),
    ]),
    ("2. Summary of conclusions", [
        ("2.1", "Children's services in Eldermere are failing. This is not for want of committed staff: I met many social workers who are doing their best for children in very difficult circumstances. It is the result of a long period of weak leadership, poor information and decisions taken for financial reasons without regard to their impact on practice."),
        ("2.2", "I have concluded that the council does not currently have the capacity or capability to make the improvements needed, at the pace required, without a fundamental change in the arrangements for delivering children's social care."),
        ("2.3", "I recommend that the council's children's social care functions be transferred to an independent children's services trust, wholly owned by the council and operating at arm's length under a service contract, by 1 April 2023."),
        ("2.4", "The trust should be responsible for early help and family hubs, all social work with children and families, fostering, the council's children's homes and the leaving care service. The council should retain responsibility for education, special educational needs and disabilities, and the statutory role of Director of Children's Services."),
        ("2.5", "I estimate that the trust will require a contract sum of not less than £128.9 million in its first year of operation (2023/24), compared with a children's social care budget of £112.7 million in 2021/22."),
        ("2.6", "Neither the council's leadership nor its staff should see this recommendation as a punishment. It is a means of creating the stable, focused leadership that children in Eldermere need."),
    ]),
    ("3. Context", [
        ("3.1", "Eldermere is a large rural county with a population of 612,400 and an area of more than 3,100 square kilometres. The county town, Castlebridge, has a population of around 96,000; the other main towns are Wendlow, Pellingham, Ambleford, Thornsey Marsh and Hollin Cross."),
        ("3.2", "Around 121,300 children and young people under the age of 18 live in Eldermere. Although the county is relatively prosperous, 14.6% of children live in low-income families, and there are pockets of significant deprivation in the coastal town of Thornsey Marsh and in the former mining villages around Hollin Cross."),
        ("3.3", "The council has 70 elected members and has been under Conservative control since 2009. Councillor Robert Henshall has been Leader since May 2017."),
        ("3.4", "The number of children in care has risen from 684 in March 2015 to 1,046 at the time of the Ofsted inspection in November 2021. This represents a rate of 86 per 10,000 children, compared with an average of 61 per 10,000 among statistical neighbours."),
        ("3.5", "Distance is a constant factor in practice. A journey from Castlebridge to Thornsey Marsh can take 90 minutes, and social workers in the eastern localities can spend a third of their working week travelling."),
    ]),
    ("4. The journey from good to inadequate", [
        ("4.1", "In April 2015, Ofsted published the report of its inspection of Eldermere under the single inspection framework, carried out in February and March 2015. Children's services were judged good overall, and adoption performance was judged outstanding. Inspectors praised a stable and experienced workforce."),
        ("4.2", "From 2016 the council faced sustained budget pressures. In 2018 it carried out a restructure of children's services, known as Project Horizon, which was intended to save £9.6 million over three years and which removed 41 social work and team manager posts."),
        ("4.3", "Leadership has been unstable. The director who led the service at the time of the 2015 inspection left in July 2017. Since then there have been four directors of children's services, three of them interim. The most recent permanent director, Martin Crowther, was appointed in June 2020 and left the council in December 2021."),
        ("4.4", "The joint targeted area inspection of the response to children living with neglect, carried out in September 2019, identified a lack of professional curiosity, drift in child in need plans and the failure to embed the graded care profile 2. The inspectorates' letter was published on 15 November 2019."),
        ("4.5", "Ofsted's inspection of November 2021 found that services had seriously declined and judged them inadequate overall. The report was published on 20 December 2021."),
        ("4.6", "Elected members did not have an accurate picture of the service. The Children's Services Scrutiny Committee received performance reports that were consistently optimistic and did not challenge them."),
        ("4.7", "Several people described to me a culture in which good news travelled upwards and bad news did not. I found no evidence of deliberate concealment, but I did find a corporate reluctance to hear uncomfortable messages."),
    ]),
    ("5. Leadership, governance and capacity", [
        ("5.1", "The interim Director of Children's Services, Gillian Fairweather, took up post on 4 January 2022 and has made early progress. The backlog of contacts at the Eldermere Front Door fell from 418 at the time of the inspection to 96 at the end of March 2022."),
        ("5.2", "However, five of the nine posts in the children's services senior leadership team are filled by interim managers, and the council has twice failed to recruit a permanent director since 2017."),
        ("5.3", "The Leader and the cabinet member for children and families, Councillor Patricia Moorcroft, accept the findings of the inspection and are committed to improvement. However, the understanding of most elected members of their responsibilities as corporate parents is limited."),
        ("5.4", "The council's corporate services do not support children's services well. It takes an average of 71 days to appoint a social worker from the closing date of an advertisement, and the council's pay for experienced social workers is up to £3,400 a year below that of neighbouring authorities."),
        ("5.5", "The council's medium-term financial plan shows a funding gap of £38.2 million over the four years to 2025/26. Children's services will be competing for resources with adult social care and highways for the foreseeable future."),
        ("5.6", "Taking these factors together, I do not believe that the council has the leadership capacity, on its own, to deliver and sustain the improvement that is needed."),
    ]),
    ("6. Practice and the workforce", [
        ("6.1", "The average caseload of social workers in the assessment and family support teams was 26 at the end of March 2022, only slightly lower than the 27 reported by Ofsted at the time of the inspection."),
        ("6.2", "The proportion of agency social workers has risen from 34% at the time of the inspection to 36% in March 2022. The council spent £14.6 million on agency social work staff in 2021/22."),
        ("6.3", "Staff told me they want stability more than anything else. Many said that they would be willing to stay if caseloads were manageable and if they had a consistent manager."),
        ("6.4", "The council adopted the Signs of Safety practice model in 2016, but it was never fully embedded, and practitioners described a patchwork of approaches across the six localities."),
        ("6.5", "Management oversight remains the weakest element of practice in the files that I read. In 17 of the 41 cases, there was no recorded supervision in the previous three months."),
    ]),
    ("7. Finance", [
        ("7.1", "The children's social care budget for 2021/22 was £112.7 million. The forecast outturn at the end of February 2022 was £121.0 million, an overspend of £8.3 million."),
        ("7.2", "Spending on placements for children in care was £54.8 million in 2021/22. At the end of March 2022, 47 children were living in residential placements, at an average cost of £5,900 a week; the most expensive placement cost £19,500 a week."),
        ("7.3", "The council has set a budget of £117.5 million for 2022/23, which includes the additional £4.8 million agreed in October 2021. On my estimate, the service will need around £124.6 million in 2022/23 to meet current demand."),
        ("7.4", "The one-off costs of establishing a trust, including legal, pensions, information technology and recruitment costs, are estimated at £6.2 million. The trust would buy back support services, such as payroll and information technology, from the council at an estimated cost of £5.1 million a year."),
        ("7.5", "A trust will not of itself reduce cost. It must be funded at a level that reflects the needs of children, and the contract must include a clear and fair mechanism for settling the contract sum each year."),
    ]),
    ("8. Partnership working", [
        ("8.1", "Eldermere Constabulary and NHS Eldermere Clinical Commissioning Group are committed partners and both support the proposal for a trust. Police leaders accepted that their attendance at strategy discussions has not been good enough."),
        ("8.2", "Headteachers told me that they have lost confidence in the Front Door and that they rarely receive feedback about the referrals they make."),
        ("8.3", "The Eldermere Safeguarding Children Partnership has appointed a new independent scrutineer, and its arrangements should be reviewed once the trust is established."),
    ]),
    ("9. Options appraisal", [
        ("9.1", "I considered four options against six criteria: the likely pace of improvement; leadership capacity; workforce stability; financial sustainability; accountability and the democratic link; and the risk of disruption during transition. Each option was scored from 1 (weak) to 5 (strong). The results are set out in Table 1."),
        ("9.2", "Option A, under which the council would retain children's social care with support from an improvement partner, scores well on accountability and carries the least disruption. But the council has had more than two years since the JTAI to improve, and services have deteriorated."),
        ("9.3", "Option B would involve a formal partnership with a strong neighbouring authority. Harbourne City Council, judged outstanding in 2019, has offered support, but it does not have the capacity to manage a service more than twice its own size."),
        ("9.4", "Option D, a trust owned by the Secretary of State, would provide the clearest break from the past but would weaken the link with local democratic accountability and would take longest to establish."),
        ("9.5", "Option C, a trust wholly owned by the council, scores highest overall. It provides dedicated leadership and a clear focus on children while keeping the council as owner and funder, with a direct interest in the trust's success."),
    ]),
]

COMM_TABLE_HEAD = ["Option", "Pace", "Leadership", "Workforce", "Finance", "Accountability", "Transition risk", "Total"]
COMM_TABLE = [
    ["A. Council retains, with improvement partner", "1", "1", "2", "3", "5", "5", "17"],
    ["B. Partnership with neighbouring authority", "3", "3", "2", "3", "4", "4", "19"],
    ["C. Council-owned children's services trust", "4", "5", "4", "3", "4", "2", "22"],
    ["D. Trust owned by the Secretary of State", "4", "4", "3", "2", "1", "1", "15"],
]

COMM_RECS = [
    ("R1", "Children's social care functions should transfer to an independent children's services trust, wholly owned by Eldermere County Council, by 1 April 2023."),
    ("R2", "The trust should be a company limited by guarantee, with an independent chair appointed by the Secretary of State in consultation with the council, and a board with a majority of independent non-executive directors."),
    ("R3", "The council should retain the statutory Director of Children's Services and Lead Member roles, and should appoint a permanent Director of Children's Services to lead the commissioning of the trust alongside education and SEND."),
    ("R4", "The service contract between the council and the trust should run for at least ten years, with a formal review after five years."),
    ("R5", "The contract sum should be not less than £128.9 million in 2023/24, uplifted annually for inflation and demand, and the contract should provide for disputes about the contract sum to be settled by independent expert determination."),
    ("R6", "The trust should reduce the proportion of agency social workers from 36% to below 20% by March 2025, and reduce average caseloads to no more than 18 children by March 2024."),
    ("R7", "The trust should adopt a single practice model and a new quality assurance framework within six months of the transfer."),
    ("R8", "The trust should open four new small children's homes in Eldermere by March 2025 and end the use of unregistered children's homes."),
    ("R9", "The Improvement Board established in March 2022 should continue, chaired by the Commissioner, until at least the first anniversary of the trust."),
    ("R10", "The Department for Education should contribute £3.5 million towards the one-off costs of establishing the trust."),
    ("R11", "The council should continue to report the number of contacts awaiting a decision at the Front Door to the Improvement Board every month until the transfer."),
    ("R12", "The trust should establish a Family Voice forum so that parents, foster carers and children can influence its work from the start."),
]


class CommPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Eldermere County Council: Report of the Children's Services Commissioner, April 2022", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf():
    pdf = CommPDF(format="A4")
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("DejaVu", "", fdir + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", fdir + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", fdir + "DejaVuSans-Oblique.ttf")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.ln(30)
    pdf.multi_cell(0, 10, "Eldermere County Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 15)
    pdf.multi_cell(0, 8, "Report of the Children's Services Commissioner to the Secretary of State for Education", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Ruth Penhallow CBE\nChildren's Services Commissioner for Eldermere", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Submitted: 28 April 2022\nPublished by the Department for Education: 12 July 2022", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("DejaVu", "I", 9)
    pdf.multi_cell(0, 5, "This report is published alongside the Minister's letter to the Leader of Eldermere County Council of 12 July 2022. Reference: DFE-00187-2022.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for t, _ in COMM_SECTIONS:
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "10. Recommendations", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "11. Next steps", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Annex A: People and organisations consulted", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for title, paras in COMM_SECTIONS:
        pdf.set_font("DejaVu", "B", 12)
        pdf.ln(2)
        pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for num, text in paras:
            pdf.set_font("DejaVu", "B", 10)
            x = pdf.get_x()
            pdf.cell(12, 5.5, num)
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        if title.startswith("9."):
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, "Table 1: Options appraisal (scores 1 = weak to 5 = strong)", new_x="LMARGIN", new_y="NEXT")
            widths = [60, 10, 16, 16, 12, 22, 24, 10]
            pdf.set_font("DejaVu", "B", 7)
            pdf.set_fill_color(220, 225, 235)
            for w, h in zip(widths, COMM_TABLE_HEAD):
                pdf.cell(w, 7, h, border=1, fill=True)
            pdf.ln()
            pdf.set_font("DejaVu", "", 7)
            for row in COMM_TABLE:
                for w, c in zip(widths, row):
                    pdf.cell(w, 7, c, border=1)
                pdf.ln()
            pdf.set_font("DejaVu", "I", 8)
            pdf.multi_cell(0, 5, "Source: Commissioner's assessment, April 2022. Option C is the recommended option.", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, "10. Recommendations", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "10.1 I make the following recommendations to the Secretary of State.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for num, text in COMM_RECS:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(12, 5.5, num)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, "11. Next steps", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for num, text in [
        ("11.1", "If the Secretary of State accepts my recommendations, I would expect a revised direction to be issued to the council requiring it to establish the trust, and a shadow board to be in place by the autumn of 2022."),
        ("11.2", "I will continue to chair the Improvement Board and will provide a further report on progress towards the transfer in December 2022."),
    ]:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(12, 5.5, num)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, "Annex A: People and organisations consulted", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for line in [
        "Eldermere County Council: the Leader; the cabinet member for children and families; the leaders of the Liberal Democrat, Labour and Green groups; members of the Children's Services Scrutiny Committee and the corporate parenting board; the Chief Executive; the Director of Finance; the interim Director of Children's Services and the senior leadership team.",
        "Frontline staff: 58 social workers, team managers and personal advisers across the six localities, the Front Door and the emergency duty team.",
        "Children, young people and families: members of Eldermere Voices (the children in care council); 12 care leavers; 17 foster carers, including officers of the Eldermere Foster Carers' Association; parents introduced by the Eldermere Family Advocacy Service.",
        "Partners: Eldermere Constabulary; NHS Eldermere Clinical Commissioning Group; the Eldermere Safeguarding Children Partnership and its independent scrutineer; Cafcass; headteachers' associations; Harbourne City Council; Adopt Westmoor.",
        "Trade unions: UNISON Eldermere branch; GMB.",
    ]:
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(os.path.join(OUT, "commissioner-report-eldermere-2022.pdf"))


# ---------------------------------------------------------------------------
# 3. Contract and finance monitoring workbook (XLSX)
# ---------------------------------------------------------------------------

def build_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="D9E1F2")

    ws = wb.active
    ws.title = "Contract sum"
    ws["A1"] = "Eldermere County Council / Eldermere Children's Trust - Service Contract: contract sum history"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Prepared by: Strategic Commissioning (Children), Eldermere County Council. Last updated: 14 May 2025. OFFICIAL - SENSITIVE (COMMERCIAL)"
    ws["A3"] = "All figures £ million unless stated. Contract commenced 1 April 2023 (term 10 years, review at year 5)."
    heads = ["Year", "Council budget provision (£m)", "Trust initial bid (£m)", "Agreed contract sum (£m)",
             "In-year variations (£m)", "Final contract sum (£m)", "Trust outturn / forecast (£m)",
             "Variance (£m)", "Date agreed", "Notes"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = bold
        c.fill = head_fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [
        ["2023/24", 131.2, 131.2, 131.2, 3.4, 134.6, 137.9, -3.3, "02/03/2023",
         "Original contract sum £131.2m agreed when the contract was signed on 2 March 2023. Variation 1 (November 2023): £3.4m for placement pressures. Overspend of £3.3m met from trust reserves (£1.2m) and council contingency (£2.1m)."],
        ["2024/25", 138.5, 150.3, 144.9, 0.0, 144.9, 146.7, -1.8, "19/07/2024",
         "Dispute referred under clause 27 (independent expert determination) following Full Council on 22 February 2024; settled by agreement before determination. Variation 2: +£6.4m (£6.0m trust contingency, £0.4m corporate inflation reserve). Outturn is provisional."],
        ["2025/26", 151.6, 154.0, 151.6, None, None, None, None, "20/02/2025",
         "Agreed at Full Council on 20 February 2025 without recourse to clause 27. Includes £2.4m for the third and fourth new children's homes."],
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws["A10"] = "Key contract dates"
    ws["A10"].font = bold
    for i, (a, b) in enumerate([
        ("Revised statutory direction requiring establishment of the trust", "5 September 2022"),
        ("Service contract signed", "2 March 2023"),
        ("Trust operational (transfer date)", "1 April 2023"),
        ("Contract review point (year 5)", "1 April 2028"),
        ("Contract expiry (unless extended)", "31 March 2033"),
    ], 11):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=b)
    for col, w in zip("ABCDEFGHIJ", [12, 16, 14, 14, 14, 14, 16, 12, 13, 70]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Monitoring 2024-25")
    ws2["A1"] = "Eldermere Children's Trust - quarterly contract monitoring 2024/25"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Source: trust performance returns, validated by council Strategic Commissioning. Q4 outturn provisional (May 2025)."
    heads2 = ["Measure", "Q1 (to 30 Jun 2024)", "Q2 (to 30 Sep 2024)", "Q3 (to 31 Dec 2024)", "Q4 (to 31 Mar 2025)", "Target / contract standard", "RAG at Q4", "Commentary"]
    for i, h in enumerate(heads2, 1):
        c = ws2.cell(row=4, column=i, value=h)
        c.font = bold
        c.fill = head_fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    data = [
        ["Contract sum (£m)", 138.5, 144.9, 144.9, 144.9, "-", "-"],
        ["Forecast outturn (£m)", 147.8, 148.6, 147.2, 146.7, "Within contract sum", "Amber", "The Q1 forecast was made before Variation 2 was agreed on 19 July 2024."],
        ["Forecast variance against contract sum (£m)", -9.3, -3.7, -2.3, -1.8, "0.0", "Amber"],
        ["Agency social workers (% of social worker posts filled)", 29.8, 27.5, 24.9, 22.6, "Below 20% by March 2025", "Amber", "Agency reliance fell in every quarter, but the contract standard of below 20% was not met by March 2025."],
        ["Agency staff spend in quarter (£m)", 4.1, 3.9, 3.6, 3.3, "-", "-"],
        ["Average caseload, qualified social workers (children)", 19.6, 18.9, 18.1, 17.4, "18 or fewer", "Green"],
        ["Children in care (number at quarter end)", 1171, 1158, 1149, 1132, "-", "-"],
        ["Children subject to a child protection plan (number)", 598, 584, 571, 566, "-", "-"],
        ["Children in need, including CP and CiC (number)", 3356, 3298, 3241, 3187, "-", "-"],
        ["Children in residential placements (number)", 52, 49, 47, 45, "-", "-", "Residential placements fell from 52 to 45 during the year as the first two new trust homes opened."],
        ["Average weekly cost of a residential placement (£)", 6480, 6610, 6650, 6720, "-", "-"],
        ["Children in unregistered settings (number at quarter end)", 2, 1, 1, 0, "0", "Green"],
        ["Fostering households (number)", 406, 401, 398, 395, "430 by March 2026", "Red", "Net loss of 17 households over the year (412 at 31 March 2024); recruitment campaign relaunched in January 2025."],
        ["Front Door contacts awaiting decision over 1 working day (number)", 12, 7, 9, 4, "Fewer than 10", "Green"],
        ["Assessments completed within 45 working days (%)", 78, 83, 86, 88, "90%", "Amber"],
    ]
    for r, row in enumerate(data, 5):
        for c, v in enumerate(row, 1):
            ws2.cell(row=r, column=c, value=v)
    ws2["A21"] = "Notes: agency spend for the year was £14.9m (2023/24: £17.2m). RAG = red/amber/green rating agreed at the Contract Management Board on 14 May 2025."
    for col, w in zip("ABCDEFGH", [58, 16, 16, 16, 16, 24, 10, 60]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "trust-contract-monitoring-2024-25.xlsx"))


# ---------------------------------------------------------------------------
# 4. Improvement Board presentation, 12 December 2024 (PPTX)
# ---------------------------------------------------------------------------

SLIDES = [
    ("Eldermere Children's Improvement Board", [
        "Meeting of 12 December 2024, Committee Room 2, County Hall, Castlebridge",
        "Chair: Stephen Wakelin, DfE Improvement Adviser",
        "Presented by Claire Hartigan, Chief Executive, Eldermere Children's Trust, and Owen Prideaux, Director of Children's Services, Eldermere County Council",
    ]),
    ("Agenda", [
        "1. Welcome and apologies (Det Supt Karen Illingworth, Eldermere Constabulary, sent apologies)",
        "2. Minutes of the meeting of 19 September 2024",
        "3. Ofsted's fifth monitoring visit, 8 and 9 October 2024",
        "4. Performance dashboard, quarter 2 2024/25",
        "5. Workforce",
        "6. Fostering and sufficiency",
        "7. Finance and the contract",
        "8. Risks and readiness for re-inspection",
    ]),
    ("Our journey so far", [
        "November 2021: Ofsted inspection judged services inadequate (published 20 December 2021)",
        "24 January 2022: statutory direction; Ruth Penhallow appointed Commissioner",
        "1 April 2023: Eldermere Children's Trust began operating",
        "1 April 2024: Stephen Wakelin appointed DfE Improvement Adviser after the Commissioner's appointment ended on 31 March 2024",
        "Five Ofsted monitoring visits completed: June 2022, January 2023, October 2023, February 2024, October 2024",
        "Full re-inspection expected in the first half of 2025",
    ]),
    ("Monitoring visit 5: what Ofsted found", [
        "Focus: the Front Door, assessment and the response to neglect, the themes of the 2019 JTAI",
        "Strengths: timely Front Door decisions; graded care profile 2 now used in most neglect cases; lower caseloads",
        "Areas to improve: police attendance at out-of-hours strategy discussions; assessments for disabled children; management oversight in the Wendlow locality",
        "Inspectors' conclusion: leaders have made 'steady and sustained progress'",
    ]),
    ("Performance dashboard: quarter 2 2024/25 (to 30 September 2024)", [
        "Children in care: 1,158 (31 March 2024: 1,184)",
        "Children subject to a child protection plan: 584",
        "Assessments completed within 45 working days: 83%",
        "Front Door contacts awaiting decision over 1 working day: 7",
        "Children in unregistered settings: 1",
        "Re-referrals within 12 months: 21%",
    ]),
    ("Workforce", [
        "Agency social workers: 27.5% at 30 September 2024, down from 31.4% at 31 March 2024",
        "Average caseload for qualified social workers: 18.9 children",
        "46 international social workers have arrived through the international recruitment programme since March 2024",
        "Social worker turnover (rolling 12 months): 17.8%",
        "Eldermere Social Work Academy: second cohort of 28 newly qualified social workers started in September 2024",
    ]),
    ("Fostering and sufficiency", [
        "Fostering households deregistered in 2023/24: 38, more than the 21 new fostering households approved in the same year",
        "Fostering households at 30 September 2024: 401",
        "New fee and allowance structure agreed with the Eldermere Foster Carers' Association on 3 October 2024",
        "New children's homes: Larkfield House, Wendlow (opened June 2024) and The Hollies, Pellingham (opened October 2024); two more planned for 2025/26",
    ]),
    ("Finance and the contract", [
        "Contract sum 2024/25: £144.9m, agreed 19 July 2024 (council budget provision had been £138.5m)",
        "Forecast outturn at quarter 2: £148.6m, a forecast overspend of £3.7m",
        "Agency spend to quarter 2: £8.0m",
        "Main pressure: residential placements, average weekly cost £6,610 at quarter 2",
        "2025/26 contract sum discussions began on 4 November 2024; trust bid to be submitted by 10 January 2025",
    ]),
    ("Key risks", [
        "Recruitment and retention of experienced social workers in the eastern localities (red)",
        "Placement costs and sufficiency of local foster homes (red)",
        "Out-of-hours police attendance at strategy discussions (amber)",
        "Delay in the replacement case management system, now due in September 2025 (amber)",
        "Readiness for re-inspection (amber)",
    ]),
    ("Decisions and next steps for the Board", [
        "Board is asked to note the findings of monitoring visit 5 and agree the updated improvement plan (version 6)",
        "Board is asked to agree a deep dive on disabled children's assessments at its meeting on 13 March 2025",
        "Police and health partners to report on out-of-hours strategy discussions by 31 January 2025",
        "Next meeting: 13 March 2025",
    ]),
]

NOTES = {
    2: "Owen Prideaux to present. Remind Board that the Commissioner's report recommended the Board continue until at least the first anniversary of the trust.",
    4: "Figures are from the trust's quarter 2 performance return, validated by council commissioners on 4 November 2024.",
    6: "Claire Hartigan to note the open letter from the Foster Carers' Association in May 2024 and the work since then on fees.",
    7: "Alison Threlfall, Director of Finance and Resources, to take questions on the forecast.",
}


def build_pptx():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    for i, (title, bullets) in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else prs.slide_layouts[1]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = title
        body = slide.placeholders[1]
        if i == 0:
            body.text = "\n".join(bullets)
        else:
            tf = body.text_frame
            tf.text = bullets[0]
            for b in bullets[1:]:
                p = tf.add_paragraph()
                p.text = b
            for p in tf.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(20)
        tb = slide.shapes.add_textbox(Inches(0.4), Inches(7.0), Inches(12), Inches(0.4))
        tb.text_frame.text = f"Eldermere Children's Improvement Board | 12 December 2024 | OFFICIAL | {i + 1}"
        for r in tb.text_frame.paragraphs[0].runs:
            r.font.size = PPt(10)
        if i in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[i]
    prs.save(os.path.join(OUT, "improvement-board-2024-12-12.pptx"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
    build_xlsx()
    build_pptx()
    print("written to", OUT)
    for f in sorted(os.listdir(OUT)):
        print(" ", f)
