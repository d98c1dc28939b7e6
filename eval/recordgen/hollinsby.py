#!/usr/bin/env python3
# ruff: noqa
"""Generator for the fictional Hollinsby record (written in session 40 by a helper session that
saw neither the project's code nor its question sets). Writes every document into
eval/records/hollinsby/. Run with .venv/bin/python eval/recordgen/hollinsby.py
All people, places, councils and figures are invented."""
import os, zipfile, html, quopri, base64
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "records", "hollinsby")

def x(s):
    return html.escape(s, quote=True)

# ---------------------------------------------------------------- ODF helpers
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'office:version="1.2"')

def write_odf(path, mimetype, content, styles, title, creator, date):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
        f' <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mimetype}"/>\n'
        ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
        '</manifest:manifest>\n')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
            f'<dc:title>{x(title)}</dc:title><dc:creator>{x(creator)}</dc:creator>'
            f'<dc:date>{date}</dc:date><meta:generator>Hollinsby record generator</meta:generator>'
            '</office:meta></office:document-meta>\n')
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr('META-INF/manifest.xml', manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('meta.xml', meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('styles.xml', styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('content.xml', content, compress_type=zipfile.ZIP_DEFLATED)

ODT_STYLES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}><office:styles>'
  '<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Arial" fo:font-size="11pt"/></style:style>'
  '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
  '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
  '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>'
  '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"/>'
  '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
  '<style:style style:name="Footer" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
  '</office:styles><office:master-styles><style:master-page style:name="Standard">'
  '<style:footer><text:p text:style-name="Footer">Inspection of Hollinsby Metropolitan Borough Council children\'s services, 6 to 17 March 2023</text:p></style:footer>'
  '</style:master-page></office:master-styles></office:document-styles>\n')

def odt_content(blocks):
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>',
           '<office:automatic-styles><style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm"/></style:style></office:automatic-styles>',
           '<office:body><office:text>']
    inlist = False
    for b in blocks:
        kind = b[0]
        if kind != 'li' and inlist:
            out.append('</text:list>'); inlist = False
        if kind == 'title':
            out.append(f'<text:p text:style-name="Title">{x(b[1])}</text:p>')
        elif kind == 'h':
            out.append(f'<text:h text:style-name="Heading_20_{b[1]}" text:outline-level="{b[1]}">{x(b[2])}</text:h>')
        elif kind == 'p':
            out.append(f'<text:p text:style-name="Standard">{x(b[1])}</text:p>')
        elif kind == 'li':
            if not inlist:
                out.append('<text:list>'); inlist = True
            out.append(f'<text:list-item><text:p text:style-name="Standard">{x(b[1])}</text:p></text:list-item>')
        elif kind == 'table':
            rows = b[1]
            ncol = len(rows[0])
            out.append(f'<table:table table:name="{x(b[2])}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{ncol}"/>')
            for i, r in enumerate(rows):
                st = 'Table_20_Heading' if i == 0 else 'Table_20_Contents'
                out.append('<table:table-row>' + ''.join(
                    f'<table:table-cell office:value-type="string"><text:p text:style-name="{st}">{x(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>')
            out.append('</table:table>')
    if inlist:
        out.append('</text:list>')
    out.append('</office:text></office:body></office:document-content>\n')
    return ''.join(out)

ODS_STYLES = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}><office:styles>'
  '<style:style style:name="Default" style:family="table-cell"/></office:styles></office:document-styles>\n')

def ods_content(sheets):
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>',
           '<office:automatic-styles><style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>',
           '<office:body><office:spreadsheet>']
    for name, rows in sheets:
        out.append(f'<table:table table:name="{x(name)}">')
        ncol = max(len(r) for r in rows) if rows else 1
        out.append(f'<table:table-column table:number-columns-repeated="{ncol}"/>')
        for r in rows:
            out.append('<table:table-row>')
            for c in r:
                if c is None or c == '':
                    out.append('<table:table-cell/>')
                elif isinstance(c, (int, float)) and not isinstance(c, bool):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>')
                else:
                    out.append(f'<table:table-cell office:value-type="string"><text:p>{x(str(c))}</text:p></table:table-cell>')
            out.append('</table:table-row>')
        out.append('</table:table>')
    out.append('</office:spreadsheet></office:body></office:document-content>\n')
    return ''.join(out)

# ---------------------------------------------------------------- RTF helper
def rtf_esc(s):
    s = s.replace('\\', '\\\\').replace('{', '\\{').replace('}', '\\}')
    o = []
    for ch in s:
        if ord(ch) < 128:
            o.append(ch)
        else:
            try:
                b = ch.encode('cp1252')
                o.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                o.append('\\u%d?' % ord(ch))
    return ''.join(o)

# ================================================================ 1. ILACS report 2023 (.odt)
ILACS_BLOCKS = [
 ('title', 'Hollinsby Metropolitan Borough Council'),
 ('p', 'Inspection of children\'s social care services'),
 ('p', 'Inspection dates: 6 to 17 March 2023'),
 ('p', 'Lead inspector: Jonathan Pellow, His Majesty\'s Inspector'),
 ('table', [
   ['Judgement', 'Grade'],
   ['The impact of leaders on social work practice with children and families', 'Inadequate'],
   ['The experiences and progress of children who need help and protection', 'Inadequate'],
   ['The experiences and progress of children in care', 'Requires improvement to be good'],
   ['The experiences and progress of care leavers', 'Requires improvement to be good'],
   ['Overall effectiveness', 'Inadequate'],
 ], 'Judgements'),
 ('p', '1. Children\'s services in Hollinsby have deteriorated significantly since the last full inspection in June 2016, when they were judged to be good. Senior leaders and elected members have not had an accurate understanding of the quality of frontline practice. Weaknesses identified at a focused visit in November 2021, including delays in responding to referrals and inconsistent management oversight, have not been addressed and have in several areas worsened. As a result, too many children are left in situations of unassessed and unmanaged risk for too long.'),
 ('p', '2. The director of children\'s services (DCS), who took up post in September 2019, and the senior leadership team recognise some of the weaknesses identified during this inspection. However, their self-evaluation significantly overestimated the quality of practice, and plans to address known shortfalls have been slow to take effect. Corporate investment has not kept pace with rising demand. The number of children in care has increased from 468 in March 2020 to 571 at the time of this inspection.'),
 ('p', '3. Workforce instability is a major barrier to improvement. At the time of the inspection, 37% of social workers were employed through agencies, and the vacancy rate in the assessment and child protection teams was 26%. Many children have experienced several changes of social worker, and some children have had five or more social workers in a year. Average caseloads in the assessment teams are 27 children, and inspectors met social workers who were responsible for more than 35 children.'),
 ('p', '4. Most children in care live in homes that meet their needs, and many have lived with the same carers for a long time. Care leavers benefit from committed personal advisers who know them well. However, the quality of planning for children in care and care leavers is too variable, and leaders have not ensured that there are enough suitable homes in Hollinsby for children who need them.'),
 ('h', 1, 'What needs to improve?'),
 ('li', 'The effectiveness of senior leaders\' and elected members\' oversight of frontline practice, including the accuracy of self-evaluation and the use of performance information and quality assurance.'),
 ('li', 'The timeliness and quality of the response to contacts and referrals at the First Response Hub, including the application of thresholds.'),
 ('li', 'The quality and timeliness of strategy meetings and child protection enquiries, including the involvement of police and health partners.'),
 ('li', 'The quality of assessments and plans for children in need of help and protection, so that they address risk and are reviewed effectively.'),
 ('li', 'The use of the pre-proceedings stage of the Public Law Outline, so that children do not experience drift and delay.'),
 ('li', 'The sufficiency of local homes for children in care, including foster carers, and the support provided to foster carers.'),
 ('li', 'The stability of the workforce and the size of social workers\' caseloads.'),
 ('li', 'The quality and consistency of management oversight and supervision.'),
 ('h', 1, 'The experiences and progress of children who need help and protection: inadequate'),
 ('p', '5. Children and families who need early help receive support from family hubs in each of the borough\'s four localities. When early help is provided, it is mostly helpful, and families spoken to by inspectors valued their family support workers. However, the early help offer is not well understood by partner agencies, and too many families are referred to children\'s social care when early help would have met their needs.'),
 ('p', '6. The First Response Hub does not respond to contacts in a timely way. At the start of the inspection, 214 contacts were waiting to be screened, some for more than 10 working days. Thresholds are not consistently understood or applied. Some children whose circumstances clearly required a statutory response were passed to early help, and others were referred for assessment when this was not necessary.'),
 ('p', '7. Parental consent is not always sought or recorded appropriately before information is shared with partner agencies, and the reasons for overriding consent are not always clear.'),
 ('p', '8. When children are at immediate risk of harm, strategy meetings are usually held, but they do not always include police and health partners. Too often, the strategy meeting is a discussion between a social worker and a police officer, with limited information from schools or health services. The rationale for decisions about whether to undertake child protection enquiries is not always recorded.'),
 ('p', '9. Child protection enquiries are not always completed in a timely way. In 2022, only 52% of initial child protection conferences were held within 15 working days of the strategy meeting. This means that some children wait too long for a plan to protect them.'),
 ('p', '10. The quality of assessments is too variable. Some assessments are thorough and include the views of children. Too many are descriptive, do not consider the history of the family or the cumulative impact of neglect, and are not completed within timescales that meet children\'s needs. Only 61% of assessments were completed within 45 working days in the last quarter of 2022 to 2023.'),
 ('p', '11. Child protection plans are often generic and do not set out clearly what needs to change for the child. Core group meetings do not take place regularly for some children, and the progress of plans is not reviewed rigorously. As a result, some children remain on child protection plans for too long without sufficient improvement in their circumstances, while others are stepped down from plans before risks have reduced.'),
 ('p', '12. The number of children subject to child protection plans has risen from 388 in June 2022 to 455 at the time of the inspection. Re-referral rates are high: 29% of referrals in the last year were for children who had been referred within the previous 12 months.'),
 ('p', '13. When concerns escalate, the use of the pre-proceedings stage of the Public Law Outline is not effective. Letters before proceedings are not always clear for parents, and some families remain in pre-proceedings for more than a year without a decision being made. This results in drift and delay for children.'),
 ('p', '14. Disabled children receive a service from a dedicated team. Social workers in this team know children well, but caseloads are high and some children\'s assessments have not been updated for more than two years.'),
 ('p', '15. The response to children who go missing or who are at risk of exploitation is stronger. The multi-agency exploitation panel has a good understanding of the risks to individual children, and return home interviews are offered to most children in a timely way. The emergency duty team provides a responsive service out of hours.'),
 ('h', 1, 'The experiences and progress of children in care: requires improvement to be good'),
 ('p', '16. Most decisions for children to come into care are appropriate. However, for some children, delays in earlier child protection work mean that they entered care later than they should have done, after experiencing prolonged neglect.'),
 ('p', '17. Most children in care live in stable homes and have good relationships with their carers. Social workers visit children regularly and many children spoken to by inspectors said that they trusted their social worker. Children who have had frequent changes of social worker told inspectors that this made it hard for them to share their worries.'),
 ('p', '18. Care plans are not always updated when children\'s circumstances change. Independent reviewing officers (IROs) know children well, but their caseloads of up to 95 children limit their ability to challenge drift effectively.'),
 ('p', '19. There are not enough local homes for children in care. The number of in-house fostering households has reduced from 248 in March 2021 to 219. Too many children live more than 20 miles from Hollinsby, including 41 children in residential homes outside the borough. At the time of the inspection, six children were living in unregistered children\'s homes. Leaders had notified Ofsted of these placements and senior managers reviewed them weekly, but some children had lived in these arrangements for several months.'),
 ('p', '20. Foster carers told inspectors that they feel undervalued and that they do not always receive the information they need about children before they arrive. Support for foster carers out of hours is limited. Fostering allowances have not been reviewed since 2019.'),
 ('p', '21. Children\'s health needs are mostly met. However, some children wait more than 18 months for specialist mental health support. The virtual school has a good understanding of children\'s educational progress, and most children in care attend school regularly.'),
 ('p', '22. The Children in Care Council, which forms part of the Hollinsby Young People\'s Council, is active and has influenced some improvements, including the introduction of a welcome pack for children coming into care. However, leaders have not ensured that the views of children consistently shape the development of services.'),
 ('h', 1, 'The experiences and progress of care leavers: requires improvement to be good'),
 ('p', '23. Care leavers are supported by personal advisers who are persistent in keeping in touch with them. Leaders are in touch with 84% of care leavers. Personal advisers have manageable caseloads and they know young people well.'),
 ('p', '24. Pathway plans are not consistently updated and some do not reflect the voice of the young person. Only 44% of care leavers aged 19 to 21 are in education, employment or training, which is lower than in similar areas.'),
 ('p', '25. Most care leavers live in suitable accommodation. However, a small number of young people have stayed in bed and breakfast accommodation in an emergency, and the council\'s local offer has not been updated since 2020.'),
 ('h', 1, 'The impact of leaders on social work practice with children and families: inadequate'),
 ('p', '26. Leaders have not ensured that children receive a consistently safe and effective service. Since the focused visit in November 2021, leaders have restructured the First Response Hub twice, but these changes have not improved the timeliness or quality of the response to contacts and referrals.'),
 ('p', '27. The council\'s self-assessment, completed in December 2022, described most areas of practice as good. This does not reflect what inspectors found. Performance reports presented to the Children and Young People Scrutiny Committee and to cabinet have focused on volumes of activity rather than on the quality of practice and the difference it makes to children.'),
 ('p', '28. Quality assurance arrangements are underdeveloped. Audits are completed, but too many are focused on compliance, and learning from audits has not led to improvements in practice. Inspectors found that a significant number of audits graded practice as good when it was not.'),
 ('p', '29. The workforce is unstable. At the time of the inspection, three of the five heads of service were interim, and the council relied on agency staff for 37% of its social work posts. Leaders have introduced a recruitment campaign and an academy for newly qualified social workers, but these had not yet had an impact.'),
 ('p', '30. The children\'s social care budget has overspent in each of the last three years, mainly because of the rising cost of placements and agency staff. Corporate leaders have funded the overspend from reserves but have not addressed the underlying pressures on the budget.'),
 ('p', '31. Partnership working is developing. Relationships with the police and health partners are positive at a strategic level, but this has not translated into effective joint working at the front door. The local area partnership\'s response to the area SEND inspection in November 2022 is at an early stage.'),
 ('p', '32. Social workers told inspectors that they are committed to the children of Hollinsby and that they value the support of their team managers. However, many said that they felt overwhelmed by the size of their caseloads and that they did not have enough time to spend with children.'),
 ('p', '33. Ofsted will carry out monitoring visits to the local authority. The local authority should prepare a written action plan that sets out how it will address the areas for improvement identified in this report.'),
 ('p', 'This report is published on the Ofsted website. If you would like a copy of this document in a different format, such as large print or Braille, please contact Ofsted through its website.'),
 ('p', '\u00a9 Crown copyright 2023'),
]

# ================================================================ 2. Commissioner's report (.rtf)
COMM = [
 ('t', 'Report of the Children\'s Services Commissioner for Hollinsby Metropolitan Borough Council'),
 ('c', 'Moira Tennent, Children\'s Services Commissioner'),
 ('c', 'September 2023'),
 ('h', '1. Introduction and terms of reference'),
 ('p', '1.1 Following Ofsted\'s inspection of Hollinsby Metropolitan Borough Council\'s children\'s services in March 2023, in which services were judged inadequate overall, the Secretary of State for Education issued a statutory direction to the council on 14 June 2023 under section 497A(4B) of the Education Act 1996. The direction appointed me as Children\'s Services Commissioner for Hollinsby.'),
 ('p', '1.2 My terms of reference required me to: (a) assess the council\'s leadership, management and governance of children\'s social care and its capacity and capability to improve, within a reasonable timeframe, on its own or with support; (b) make recommendations on whether, in order to secure improvement, operational delivery of children\'s social care should be removed from the council\'s control; and (c) if the service is to remain with the council, recommend the support and arrangements needed to secure sustained improvement.'),
 ('p', '1.3 I was asked to report to the Secretary of State within three months of my appointment. This report sets out my findings and recommendations. I am grateful to the children, young people, foster carers, staff, partners and elected members who gave their time so generously.'),
 ('h', '2. Approach'),
 ('p', '2.1 Between 19 June and 15 September 2023 I held interviews and meetings with 74 people, including the Leader of the Council, the Chief Executive, the Director of Children\'s Services, the Cabinet Member for Children, Young People and Families, opposition group leaders, heads of service, team managers, social workers, the Director of Finance, partners from Hollinsby Police Division and NHS South Pennine Valleys Integrated Care Board, and headteachers.'),
 ('p', '2.2 I met nine focus groups, including two with frontline social workers, one with the Hollinsby Foster Carers\' Association and one with members of the Hollinsby Young People\'s Council. With the support of two experienced practice leads from Kelderby Metropolitan Borough Council, I reviewed 40 children\'s case records, and I observed a meeting of the Children and Young People Scrutiny Committee and two meetings of the Children\'s Services Improvement Board.'),
 ('h', '3. Context'),
 ('p', '3.1 Hollinsby is a metropolitan borough with a population of around 263,800, including about 61,400 children and young people aged under 18. Around 22% of children live in low-income families, and there are significant pockets of deprivation in the Ravensfold and Etherley Bank areas.'),
 ('p', '3.2 Children\'s services were judged good by Ofsted in June 2016. The current Director of Children\'s Services, Gareth Lunnon, was appointed in September 2019. A focused visit by Ofsted in November 2021 identified weaknesses at the front door. An area SEND inspection by Ofsted and the Care Quality Commission in November 2022 found widespread and/or systemic failings, and the local area partnership is now required to deliver a written statement of action.'),
 ('p', '3.3 Demand has risen sharply. When Ofsted inspected in March 2023 there were 588 children in care, and by the end of August 2023 the figure was 599. The rate of children in care per 10,000 children is well above both the national average and that of statistical neighbours.'),
 ('p', '3.4 The children\'s social care budget was overspent by \u00a38.5 million in 2022/23 against a net budget of \u00a361.2 million. The main drivers were external residential placements, where the average weekly cost has risen to more than \u00a35,800, and the cost of agency social workers. The council has used \u00a314.1 million of reserves over three years to balance overspends in children\'s services.'),
 ('h', '4. Leadership, governance and culture'),
 ('p', '4.1 The Leader of the Council, Councillor Denise Harkness, and the Chief Executive, Martin Greave, accept the findings of the Ofsted inspection without reservation. I found a genuine corporate commitment to improvement. However, before the inspection, corporate leaders and members did not have a clear line of sight to the quality of practice, and challenge was largely limited to budget pressures.'),
 ('p', '4.2 The Children and Young People Scrutiny Committee met regularly but received performance reports that were long, focused on activity rather than impact, and did not highlight risk. Scrutiny members told me that they had not felt able to ask the right questions.'),
 ('p', '4.3 The Director of Children\'s Services is well regarded by staff and partners and is committed to Hollinsby. However, the senior management team has been too thin to drive improvement: at the time of my review, three of the five heads of service posts in children\'s social care were filled on an interim basis, and the assistant director for safeguarding post had been vacant for seven months until Neil Shardlow took up the post in July 2023.'),
 ('p', '4.4 The culture among frontline staff is positive, and I met many committed and skilled practitioners. Staff told me that, after the inspection, they felt for the first time that senior leaders were being honest about the pressures they faced.'),
 ('h', '5. Practice and workforce'),
 ('p', '5.1 Since the inspection there have been some early improvements. The backlog of contacts at the First Response Hub has been cleared and a senior practitioner now screens all contacts within one working day. A revised threshold document was agreed with partners in July 2023. It is too early to judge whether these changes will be sustained.'),
 ('p', '5.2 The workforce position remains fragile. At the end of September 2023, 39% of social workers were agency staff and the social worker vacancy rate was 22%. Average caseloads in the assessment and child protection teams were 26 children. Recruitment of experienced social workers in Hollinsby is hampered by higher rates of pay in neighbouring authorities.'),
 ('p', '5.3 In my case review, I found that practice was at least adequate in 26 of the 40 cases. In the remaining 14 cases, I found weaknesses in assessment, planning or management oversight, broadly consistent with the findings of the inspection.'),
 ('h', '6. Partnerships and wider context'),
 ('p', '6.1 Partners are committed to supporting improvement. The police have seconded an additional detective sergeant to the First Response Hub, and the integrated care board has funded two additional health practitioners for strategy meetings.'),
 ('p', '6.2 The written statement of action following the area SEND inspection is being delivered through a separate SEND Improvement Board. There is a risk that the two improvement programmes compete for the same leadership capacity, and I recommend that they are overseen together.'),
 ('p', '6.3 Foster carers told me that they want to be treated as partners in the care of children. They described poor communication, delays in payment and a lack of out-of-hours support. The council has started to respond, but the number of fostering households has continued to fall.'),
 ('h', '7. Capacity to improve and options for the future'),
 ('p', '7.1 I considered whether operational delivery of children\'s social care should be removed from the council and placed in an alternative delivery model, such as a children\'s services trust. I also considered whether the council could improve with support, and what that support should be.'),
 ('p', '7.2 The evidence points to a council that lost sight of practice rather than one that is unwilling or unable to improve. Leaders have responded to the inspection with openness and pace. Moving services to a trust would take at least 18 months to establish, would divert leadership capacity at a critical time and, in my judgement, would not deliver faster improvement for children.'),
 ('p', '7.3 On balance, I have concluded that children\'s social care should remain under the operational control of the council, provided that the council enters into a formal improvement partnership with a strong local authority and makes the recurring investment needed to stabilise the service. I am satisfied that Kelderby Metropolitan Borough Council, which was judged outstanding by Ofsted in 2022, has the capacity and willingness to act as improvement partner.'),
 ('h', '8. Recommendations'),
 ('p', 'Recommendation 1: Operational control of children\'s social care should remain with Hollinsby Metropolitan Borough Council. An alternative delivery model is not required at this time.'),
 ('p', 'Recommendation 2: The council should enter into a formal improvement partnership with Kelderby Metropolitan Borough Council, funded by the Department for Education, for an initial period of 24 months.'),
 ('p', 'Recommendation 3: The Department for Education should issue a revised statutory direction requiring the council to comply with the instructions of a Children\'s Services Adviser, who should review progress at least every six months.'),
 ('p', 'Recommendation 4: The council should establish a single Children\'s Improvement Board with an independent chair, overseeing both the children\'s social care improvement plan and the SEND written statement of action.'),
 ('p', 'Recommendation 5: The council should agree, in its budget for 2024/25, recurring investment to address the structural deficit in children\'s social care, which I estimate at between \u00a36 million and \u00a38 million a year.'),
 ('p', 'Recommendation 6: The council should set and monitor targets to reduce the proportion of agency social workers to below 25% within 18 months and to bring average caseloads in assessment and child protection teams to no more than 20 children.'),
 ('p', 'Recommendation 7: The council should strengthen its senior leadership capacity by appointing permanent heads of service and a dedicated improvement director.'),
 ('p', 'Recommendation 8: The council should develop a placement sufficiency strategy that includes a review of fostering allowances and support for foster carers, co-produced with the Hollinsby Foster Carers\' Association.'),
 ('p', 'Recommendation 9: Performance reporting to cabinet and scrutiny should be redesigned to focus on the quality of practice and children\'s experiences, and scrutiny members should receive training.'),
 ('p', 'Recommendation 10: The views of children and young people, including through the Hollinsby Young People\'s Council, should be built into the governance of the improvement programme.'),
 ('h', '9. Conclusion'),
 ('p', '9.1 Children in Hollinsby deserve better than the service they have received in recent years. I have confidence that, with the right support, investment and determination, the council can improve. I will continue to support the council as Children\'s Services Adviser if the Secretary of State accepts my recommendations.'),
 ('h', 'Annex A: Those interviewed (by role)'),
 ('p', 'Leader of the Council; Chief Executive; Director of Children\'s Services; Director of Finance (section 151 officer); Cabinet Member for Children, Young People and Families; Chair and members of the Children and Young People Scrutiny Committee; leaders of the two opposition groups; Assistant Director, Safeguarding; heads of service (5); team managers (11); social workers and personal advisers (focus groups); Principal Social Worker; Independent Reviewing Officers; Hollinsby Police Division; NHS South Pennine Valleys Integrated Care Board; headteacher representatives; Hollinsby Foster Carers\' Association; Hollinsby Young People\'s Council; Kelderby Metropolitan Borough Council.'),
]

def make_rtf():
    head = (r'{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}'
            r'{\colortbl;\red0\green0\blue0;\red31\green73\blue125;}'
            r'{\info{\title Report of the Children' + "'" + r's Services Commissioner: Hollinsby}{\author Moira Tennent}{\creatim\yr2023\mo9\dy29}}'
            r'\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440' '\n'
            r'{\header\pard\qr\f1\fs16 OFFICIAL\par}' '\n'
            r'{\footer\pard\qc\f1\fs16 Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}' '\n')
    body = []
    for kind, t in COMM:
        if kind == 't':
            body.append(r'\pard\qc\sa240\f1\fs32\b\cf2 ' + rtf_esc(t) + r'\b0\cf1\par')
        elif kind == 'c':
            body.append(r'\pard\qc\sa120\f1\fs24 ' + rtf_esc(t) + r'\par')
        elif kind == 'h':
            body.append(r'\pard\sb240\sa120\keepn\f1\fs28\b\cf2 ' + rtf_esc(t) + r'\b0\cf1\par')
        else:
            body.append(r'\pard\sa160\sl276\slmult1\f0\fs24 ' + rtf_esc(t) + r'\par')
    return head + '\n'.join(body) + '\n}\n'

# ================================================================ 3. First monitoring visit letter (.txt)
MV1_TXT = """Ofsted
Agora House
Cross Street
Manchester

T 0300 000 0000
www.gov.uk/ofsted

10 January 2024

Gareth Lunnon
Director of Children's Services
Hollinsby Metropolitan Borough Council
Town Hall
Market Street
Hollinsby
HB1 1TH

Dear Mr Lunnon

Monitoring visit to Hollinsby children's services

This letter summarises the findings of the monitoring visit to Hollinsby children's services on 5 and 6 December 2023. This was the first monitoring visit since the local authority was judged inadequate in May 2023. His Majesty's Inspectors Sarah Dunmore and Imran Vaswani carried out this visit.

Areas covered by the visit

Inspectors reviewed the progress made in the local authority's response to children at the First Response Hub, including:

- the timeliness and quality of decision-making on contacts and referrals
- the application of thresholds and the use of parental consent
- the quality and timeliness of strategy meetings and child protection enquiries
- the response to children and families out of hours
- management oversight and supervision of practice at the front door.

This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. Inspectors looked at a range of evidence, including electronic case records, performance information and audits. They also spoke to social workers, managers, partner agencies and senior leaders.

Headline findings

Since the inspection in March 2023, senior leaders have made positive changes to the way that the First Response Hub responds to children. There is now a clearer line of sight from leaders to frontline practice. The backlog of contacts seen at the inspection has been cleared and, for most children, decisions about what should happen next are now made within one working day. However, these changes are recent, and the quality of practice remains too variable. Leaders know that there is much more to do.

Findings and evidence

The First Response Hub has been restructured into two teams, with a dedicated screening team led by senior practitioners. In the month before the visit, 93% of contacts were screened within one working day, compared with 48% in March 2023. Managers now record a clear rationale for most decisions, and inspectors did not see any children whose needs had been left unassessed.

A revised threshold document, Right Help, Right Time, was agreed with partners in July 2023. Partners told inspectors that they understand it better and that consultation with social workers in the hub is now easier to access. However, some referrals from schools and health services still lack the information needed to inform good decision-making, and leaders are working with partners to improve this.

Practice in relation to parental consent has improved. In most cases seen, consent was sought and recorded, and when consent was overridden, the reasons were clear and proportionate.

Strategy meetings are now held promptly when children are at risk of significant harm. The police have seconded an additional detective sergeant to the hub, and health practitioners now attend most strategy meetings in person or online. In a small number of cases, education providers were not invited when they held important information about the child. The recording of some strategy meetings does not make clear what actions have been agreed or who is responsible for them.

Child protection enquiries are mostly timely and proportionate. When children are seen, social workers talk with them about their experiences and record their views well. In some cases, enquiries did not take sufficient account of the family's history, and this led to the level of risk being underestimated.

The proportion of initial child protection conferences held within 15 working days has improved from 52% in the quarter to March 2023 to 67% in the quarter to September 2023. This is still too low, and some children continue to wait too long for a multi-agency plan.

The emergency duty team continues to provide a responsive service. Handover between the emergency duty team and daytime services is now more consistent.

Management oversight is more evident than at the inspection, but its quality varies. Supervision records are often brief and do not always give social workers clear direction. Some managers are responsible for large teams, and this limits the time they have to support individual social workers.

The workforce remains fragile. At the time of the visit, 39% of social workers in children's social care were employed through agencies, and average caseloads in the assessment teams were 26 children. Leaders have agreed a new recruitment and retention package, including a market supplement for experienced social workers, but it is too early to see its impact. Social workers told inspectors that they feel better supported and that senior leaders are visible and listen to them.

Leaders have strengthened quality assurance, and audits are now moderated by managers from Kelderby Metropolitan Borough Council, the council's improvement partner. Audit findings are more realistic and align with inspectors' findings.

Ofsted will take the findings from this monitoring visit into account when planning your next inspection or visit.

Yours sincerely

Sarah Dunmore
His Majesty's Inspector
"""

# ================================================================ 4. Second monitoring visit letter, saved web page (.mhtml)
MV2_LETTER = [
 ('p', 'Dear Ms Brisco'),
 ('h3', 'Monitoring visit to Hollinsby children\'s services'),
 ('p', 'This letter summarises the findings of the monitoring visit to Hollinsby children\'s services on 4 and 5 June 2024. This was the second monitoring visit since the local authority was judged inadequate in May 2023. His Majesty\'s Inspectors Imran Vaswani and Gemma Rothwell carried out this visit.'),
 ('h4', 'Areas covered by the visit'),
 ('p', 'Inspectors reviewed the progress made for children in need of help and protection, with a particular focus on:'),
 ('li', 'the quality and impact of child in need and child protection plans'),
 ('li', 'the effectiveness of core groups and child protection reviews'),
 ('li', 'the use of the pre-proceedings stage of the Public Law Outline'),
 ('li', 'the experiences of disabled children who need help and protection'),
 ('li', 'the quality of management oversight and supervision.'),
 ('p', 'This visit was carried out in line with the inspection of local authority children\'s services (ILACS) framework. Inspectors looked at a range of evidence, including electronic case records, performance information and audits, and spoke to social workers, managers, partners and leaders.'),
 ('h4', 'Headline findings'),
 ('p', 'Senior leaders, including the interim director of children\'s services who took up post in May 2024, have an accurate understanding of the quality of practice for children in need of help and protection. They have made some progress since the inspection, but progress has been too slow for some children. Improvements in the timeliness of work have not yet been matched by improvements in the quality of plans, and some children continue to experience drift and delay.'),
 ('h4', 'Findings and evidence'),
 ('p', 'The number of children subject to child protection plans has reduced from 455 at the time of the inspection to 377. Leaders have reviewed all children who had been subject to a plan for more than 18 months, and inspectors saw appropriate decisions to step down or escalate for most of these children.'),
 ('p', 'Initial child protection conferences are now more timely: 79% were held within 15 working days in the quarter to March 2024. Conference chairs provide effective challenge and their recommendations are clearly recorded.'),
 ('p', 'Child protection plans are now more focused, but too many still contain generic actions, such as \'parents to engage with services\', that do not make clear what needs to change. For some children, core groups do not meet often enough to review progress, and the contribution of partner agencies to plans is inconsistent.'),
 ('p', 'Children in need plans are weaker. For some children whose cases are stepped down from child protection plans, the child in need plan does not build on the work already done, and visits become less frequent before risks have reduced. Some of these children are later re-referred.'),
 ('p', 'The use of the pre-proceedings stage of the Public Law Outline remains a significant weakness. At the time of the visit, 23 families were in pre-proceedings, and for 9 of them this had lasted longer than 26 weeks. A new legal gateway panel, chaired by the head of service, was introduced in April 2024, but it is too soon to see its impact. For some children, delay in making decisions means that they remain in neglectful circumstances for too long.'),
 ('p', 'Disabled children are seen regularly by social workers who know them well. However, caseloads in the disabled children\'s team are high, at an average of 24 children, and assessments for 31 children had not been updated in the last 12 months. Transition planning for disabled young people approaching adulthood starts too late.'),
 ('p', 'Management oversight is now evident on almost all children\'s records. Supervision is more regular, but it is not consistently reflective and does not always challenge drift.'),
 ('p', 'The workforce is beginning to stabilise. At the time of the visit, 36% of social workers were agency staff, compared with 39% at the first monitoring visit, and average caseloads in child protection teams had reduced to 21. The council\'s recruitment package, funded through additional investment agreed by cabinet in February 2024, has attracted 19 permanent social workers since April 2024.'),
 ('p', 'Leaders\' oversight of performance is strong. The Children\'s Improvement Board, chaired by the Department for Education\'s Children\'s Services Adviser, receives detailed reports on practice quality. Elected members, including the Lead Member, told inspectors that they now receive clearer information and ask sharper questions.'),
 ('p', 'Ofsted will take the findings from this monitoring visit into account when planning your next inspection or visit.'),
 ('p', 'Yours sincerely'),
 ('p', 'Imran Vaswani'),
 ('p', 'His Majesty\'s Inspector'),
]

def make_mhtml():
    parts = []
    for k, t in MV2_LETTER:
        if k == 'li':
            parts.append(f'<li>{x(t)}</li>')
        else:
            parts.append(f'<{k}>{x(t)}</{k}>')
    # wrap consecutive li into ul
    body = '\n'.join(parts).replace('</p>\n<li>', '</p>\n<ul>\n<li>', 1)
    body = body.replace('the quality of management oversight and supervision.</li>', 'the quality of management oversight and supervision.</li>\n</ul>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Hollinsby Metropolitan Borough Council - Monitoring visit of LA children's services - Find an inspection report - Ofsted</title>
<link rel="stylesheet" href="https://reports.ofsted.gov.uk/assets/css/main.css">
<style>.cookie-banner{{background:#f3f2f1;padding:10px}} .breadcrumbs li{{display:inline}}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="cookie-banner" id="global-cookie-message">
<h2>Cookies on Find an inspection report</h2>
<p>We use some essential cookies to make this service work.</p>
<p>We'd also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="site-header">
<div class="logo"><a href="/">Ofsted</a></div>
<span class="service-name"><a href="/">Find an inspection report</a></span>
<nav class="site-nav"><ul>
<li><a href="/search?level_1_types=1">Childcare and early education</a></li>
<li><a href="/search?level_1_types=2">Schools</a></li>
<li><a href="/search?level_1_types=3">Children's social care</a></li>
<li><a href="/search?level_1_types=4">Further education and skills</a></li>
<li><a href="/search?level_1_types=5">Initial teacher education</a></li>
</ul></nav>
<form class="site-search" action="/search"><label for="q">Search by name, URN, address or postcode</label><input id="q" name="q"><button>Search</button></form>
</header>
<div class="beta-banner"><strong>BETA</strong> This is a new service - your <a href="/feedback">feedback</a> will help us to improve it.</div>
<ol class="breadcrumbs">
<li><a href="/">Home</a></li>
<li><a href="/search?level_1_types=3">Children's social care</a></li>
<li><a href="/search?level_2_types=local-authority">Local authority children's services</a></li>
<li><a href="/provider/44/80045917">Hollinsby Metropolitan Borough Council</a></li>
<li>Monitoring visit</li>
</ol>
<main id="main-content">
<h1>Hollinsby Metropolitan Borough Council</h1>
<p class="provider-address">Town Hall, Market Street, Hollinsby, HB1 1TH</p>
<dl class="report-meta">
<dt>Type of report</dt><dd>Monitoring visit of local authority children's services</dd>
<dt>Inspection dates</dt><dd>4 June 2024 to 5 June 2024</dd>
<dt>Letter date</dt><dd>3 July 2024</dd>
<dt>Published</dt><dd>17 July 2024</dd>
<dt>Reference</dt><dd>80045917</dd>
</dl>
<p><a href="/documents/80045917-mv2.pdf" class="download">Download this report as a PDF (opens in new window), 214 KB</a></p>
<article class="letter">
{body}
</article>
<section class="other-reports">
<h2>Other reports for this provider</h2>
<ul>
<li><a href="/provider/44/80045917/mv1">Monitoring visit, 5 December 2023 to 6 December 2023, published 24 January 2024</a></li>
<li><a href="/provider/44/80045917/ilacs-2023">Inspection of local authority children's services, 6 March 2023 to 17 March 2023, published 5 May 2023 - Inadequate</a></li>
<li><a href="/provider/44/80045917/fv-2021">Focused visit, 16 November 2021 to 17 November 2021, published 20 December 2021</a></li>
<li><a href="/provider/44/80045917/sif-2016">Inspection of services for children in need of help and protection, children looked after and care leavers, 6 June 2016 to 28 June 2016, published 29 July 2016 - Good</a></li>
</ul>
</section>
<p class="page-feedback">Is this page useful? <a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a> <a href="/report-problem">Report a problem with this page</a></p>
</main>
<footer class="site-footer">
<h2 class="visually-hidden">Support links</h2>
<ul>
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/contact">Contact Ofsted</a></li>
<li><a href="/terms">Terms and conditions</a></li>
</ul>
<p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
<p>&copy; Crown copyright</p>
</footer>
<script src="https://reports.ofsted.gov.uk/assets/js/app.js"></script>
</body></html>
"""
    css = "body{font-family:Arial,sans-serif;margin:0} .site-header{background:#0b0c0c;color:#fff} .letter{max-width:40em} .site-footer{border-top:1px solid #b1b4b6;font-size:14px}\n"
    png = base64.b64encode(bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
          '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082')).decode()
    b = '----MultipartBoundary--Hq3vYtP8zKc0nRwLx2sA5mFjD7bGe1uN9oIiEh4WdV----'
    qp = quopri.encodestring(page.encode('utf-8')).decode('ascii')
    out = (
        'From: <Saved by Blink>\r\n'
        'Snapshot-Content-Location: https://reports.ofsted.gov.uk/provider/44/80045917/mv2\r\n'
        "Subject: Hollinsby Metropolitan Borough Council - Monitoring visit of LA children's services - Find an inspection report - Ofsted\r\n"
        'Date: Wed, 24 Jul 2024 09:41:17 +0100\r\n'
        'MIME-Version: 1.0\r\n'
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="' + b + '"\r\n\r\n\r\n'
        '--' + b + '\r\n'
        'Content-Type: text/html\r\n'
        'Content-ID: <frame-6F1C2B0E9A7D4C3F8E21B5D0A9C47E13@mhtml.blink>\r\n'
        'Content-Transfer-Encoding: quoted-printable\r\n'
        'Content-Location: https://reports.ofsted.gov.uk/provider/44/80045917/mv2\r\n\r\n'
        + qp.replace('\n', '\r\n') + '\r\n\r\n'
        '--' + b + '\r\n'
        'Content-Type: text/css\r\n'
        'Content-Transfer-Encoding: quoted-printable\r\n'
        'Content-Location: https://reports.ofsted.gov.uk/assets/css/main.css\r\n\r\n'
        + quopri.encodestring(css.encode()).decode().replace('\n', '\r\n') + '\r\n\r\n'
        '--' + b + '\r\n'
        'Content-Type: image/png\r\n'
        'Content-Transfer-Encoding: base64\r\n'
        'Content-Location: https://reports.ofsted.gov.uk/assets/images/ofsted-logo.png\r\n\r\n'
        + png + '\r\n\r\n'
        '--' + b + '--\r\n')
    return out

# ================================================================ 5. Cabinet minutes, 20 February 2024 (.html)
MINUTES_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Minutes - Cabinet - Tuesday, 20th February, 2024 6.00 pm - Hollinsby Council Democracy</title>
<style>body{font-family:Verdana,Arial,sans-serif;font-size:13px} .mgSubTitle{font-weight:bold} table.mgAttend td{padding:2px 8px} .mgResolved{margin-left:2em}</style>
</head>
<body>
<div id="mgHeader"><a href="https://democracy.hollinsby.gov.uk/">Hollinsby Metropolitan Borough Council - Democracy</a>
<ul class="mgNav"><li><a href="/mgCalendarMonthView.aspx">Meetings calendar</a></li><li><a href="/mgListCommittees.aspx">Committees</a></li><li><a href="/mgMemberIndex.aspx">Councillors</a></li><li><a href="/mgListDecisions.aspx">Decisions</a></li><li><a href="/mgListPlans.aspx">Forward plans</a></li></ul>
</div>
<p class="mgBreadcrumb"><a href="/">Home</a> &gt; <a href="/mgCommitteeDetails.aspx?ID=132">Cabinet</a> &gt; Meeting of Cabinet, Tuesday 20 February 2024 &gt; Minutes</p>
<h1 class="mgMainTitle">Minutes</h1>
<p class="mgSubTitle">Proposed venue: Council Chamber, Hollinsby Town Hall, Market Street, Hollinsby HB1 1TH. Contact: Lorraine Peploe, Democratic Services Officer, tel 01763 440 218</p>
<h2>HOLLINSBY METROPOLITAN BOROUGH COUNCIL<br>CABINET</h2>
<p>Minutes of the meeting of the Cabinet held on Tuesday 20 February 2024 at 6.00 pm in the Council Chamber, Hollinsby Town Hall.</p>
<h3>Attendance</h3>
<table class="mgAttend">
<tr><th>Name</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor Denise Harkness</td><td>Leader of the Council (Chair)</td><td>Present</td></tr>
<tr><td>Councillor Graham Ousby</td><td>Deputy Leader and Cabinet Member for Resources</td><td>Present</td></tr>
<tr><td>Councillor Owen Tallis</td><td>Cabinet Member for Children, Young People and Families</td><td>Present</td></tr>
<tr><td>Councillor Joanne Pike</td><td>Cabinet Member for Education and Skills</td><td>Present</td></tr>
<tr><td>Councillor Samir Bhatt</td><td>Cabinet Member for Adult Social Care and Health</td><td>Present</td></tr>
<tr><td>Councillor Fiona Lasseter</td><td>Cabinet Member for Environment and Transport</td><td>Apologies</td></tr>
<tr><td>Councillor Rhys Mottram</td><td>Cabinet Member for Housing and Communities</td><td>Present</td></tr>
<tr><td>Councillor Aled Prosser</td><td>Cabinet Member for Regeneration and Culture</td><td>Present</td></tr>
</table>
<p><strong>Also present:</strong> Councillor Margaret Skelton (Chair, Children and Young People Scrutiny Committee); Councillor Trevor Hindle (Leader of the Opposition); Moira Tennent (Children's Services Adviser, Department for Education) for minute 78.</p>
<p><strong>Officers:</strong> Martin Greave (Chief Executive); Julie Cattermole (Director of Finance and section 151 officer); Gareth Lunnon (Director of Children's Services); Neil Shardlow (Assistant Director, Safeguarding); Harriet Boyce (Monitoring Officer); Lorraine Peploe (Democratic Services).</p>

<h3>74. Apologies for absence</h3>
<p>Apologies for absence were received from Councillor Fiona Lasseter.</p>

<h3>75. Declarations of interest</h3>
<p>Councillor Joanne Pike declared a non-registrable interest in minute 78 as she is an approved foster carer for the council. She remained in the room but took no part in the discussion or vote on that item.</p>
<p>Councillor Samir Bhatt declared a non-registrable interest in minute 78 as his daughter is employed as a social worker by Kelderby Metropolitan Borough Council. Having taken advice from the Monitoring Officer, he remained and took part in the item.</p>
<p>No other declarations were made.</p>

<h3>76. Minutes of the previous meeting</h3>
<p>RESOLVED that the minutes of the meeting held on 23 January 2024 be approved as a correct record and signed by the Chair.</p>

<h3>77. Deputation: Hollinsby Young People's Council</h3>
<p>The Chair welcomed Kacey and Jordan, members of the Hollinsby Young People's Council, who presented a deputation on behalf of its Children in Care Council. Kacey told Cabinet that in the last year she had had four different social workers and had to tell her story again every time. Jordan said that young people wanted "a social worker who stays, not a new name on a letter", and asked Cabinet to make sure that the extra money being proposed would be spent on keeping social workers.</p>
<p>The young people asked Cabinet to commit to three things: to reduce changes of social worker, to give care leavers free bus travel until the age of 25, and to let the Young People's Council attend the Children's Improvement Board. The Leader thanked Kacey and Jordan and said that the Cabinet Member would respond in writing within 28 days.</p>
<p>RESOLVED that the deputation be received and that the Cabinet Member for Children, Young People and Families respond in writing within 28 days.</p>

<h3>78. Children's Services Improvement: investment in children's social care 2024/25</h3>
<p>The Cabinet considered a joint report of the Director of Children's Services and the Director of Finance setting out proposals for investment in children's social care as part of the 2024/25 budget and Medium Term Financial Strategy, in response to the Ofsted inspection of March 2023 and recommendation 5 of the Children's Services Commissioner's report.</p>
<p>The Director of Finance reported that the children's social care budget was forecast to overspend by £7.4 million in 2023/24 against a net budget of £64.9 million, largely because of the cost of external placements and agency staff. The structural deficit in the service was estimated at £6.8 million a year.</p>
<p>Moira Tennent, the Department for Education's Children's Services Adviser, told Cabinet that the proposed investment was "necessary and proportionate" and that stabilising the workforce was the single most important condition for sustained improvement.</p>
<p>In response to questions from Councillor Hindle, the Director of Children's Services confirmed that 39% of social workers were currently agency staff and that the target, in line with the Commissioner's recommendation, was to reduce this to below 25% by the end of March 2025. Councillor Skelton asked how the Scrutiny Committee would be able to track whether the investment made a difference; the Assistant Director, Safeguarding said that a quarterly performance dataset would be published to the Children's Improvement Board and the Scrutiny Committee.</p>
<p>RESOLVED that:</p>
<ol class="mgResolved" type="a">
<li>recurring investment of £6.8 million a year in children's social care be recommended to Council for inclusion in the 2024/25 revenue budget which, together with £2.9 million for inflation and demographic growth, increases the net budget for children's social care to £74.6 million;</li>
<li>one-off funding of £2.1 million be released from the Transformation Reserve in 2024/25 for a social worker recruitment and retention package, including a market supplement of £4,000 a year for experienced social workers in child protection and assessment teams;</li>
<li>£1.2 million of the recurring investment be used to increase fostering allowances by 9% from 1 April 2024 and to fund a 24-hour support line for foster carers;</li>
<li>the Director of Children's Services, in consultation with the Cabinet Member for Children, Young People and Families and the Director of Finance, be authorised to allocate the remaining investment in line with the improvement plan; and</li>
<li>progress be reported to Cabinet every six months.</li>
</ol>
<p>Reason for decision: to address the structural deficit in children's social care and to secure the improvements required by Ofsted and the statutory direction.</p>

<h3>79. Children's Services Improvement Plan: progress report</h3>
<p>The Cabinet Member for Children, Young People and Families introduced a report on progress against the Children's Services Improvement Plan, including the outcome of Ofsted's first monitoring visit on 5 and 6 December 2023, which had found positive changes at the First Response Hub. He noted that 93% of contacts were now screened within one working day.</p>
<p>RESOLVED that progress against the Children's Services Improvement Plan and the findings of the first monitoring visit be noted.</p>

<h3>80. Director of Children's Services: interim arrangements</h3>
<p>The Chief Executive reported that Gareth Lunnon, Director of Children's Services, had given notice of his intention to leave the council at the end of April 2024 to take up a post outside local government. The Leader thanked Mr Lunnon for his service to the children of Hollinsby since 2019, and in particular for his openness in the period since the inspection.</p>
<p>RESOLVED that the Chief Executive, in consultation with the Leader and the Cabinet Member for Children, Young People and Families, be authorised to appoint an interim Director of Children's Services pending a permanent appointment by the Appointments Committee.</p>

<h3>81. SEND written statement of action: progress update</h3>
<p>The Cabinet Member for Education and Skills reported on progress against the written statement of action agreed following the area SEND inspection in November 2022. The proportion of new education, health and care plans issued within 20 weeks had risen to 49% in the quarter to December 2023. Waiting times for autism assessment remained a significant concern.</p>
<p>RESOLVED that the report be noted and that the SEND written statement of action be overseen by the Children's Improvement Board from April 2024.</p>

<h3>82. Exclusion of the press and public</h3>
<p>RESOLVED that, under section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.</p>

<h3>83. Managed service contract for agency social workers (exempt)</h3>
<p>RESOLVED that the recommendations set out in the exempt report be approved.</p>

<p>The meeting closed at 8.14 pm.</p>
<p>Chair: ........................................</p>
<div id="mgFooter"><p>Hollinsby Metropolitan Borough Council, Town Hall, Market Street, Hollinsby HB1 1TH | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | Democracy portal</p></div>
</body></html>
"""

# ================================================================ 6. Performance dataset (.ods)
QUARTERS = ['Q1 2022/23', 'Q2 2022/23', 'Q3 2022/23', 'Q4 2022/23', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24', 'Q4 2023/24',
            'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25', 'Q1 2025/26', 'Q2 2025/26', 'Q3 2025/26']
QEND = ['30 Jun 2022', '30 Sep 2022', '31 Dec 2022', '31 Mar 2023', '30 Jun 2023', '30 Sep 2023', '31 Dec 2023', '31 Mar 2024',
        '30 Jun 2024', '30 Sep 2024', '31 Dec 2024', '31 Mar 2025', '30 Jun 2025', '30 Sep 2025', '31 Dec 2025']
CIC = [532, 548, 561, 574, 589, 602, 611, 608, 597, 590, 581, 569, 560, 552, 546]
MEASURES = [
 ('CSC01', 'Number of children in care (snapshot at quarter end)', 'Lower is better', '', CIC),
 ('CSC02', 'Children in care per 10,000 children aged 0 to 17', 'Lower is better', '', [round(n / 61400 * 10000, 1) for n in CIC]),
 ('CSC03', 'Number of children subject to a child protection plan', 'Context', '', [388, 402, 431, 455, 470, 441, 418, 396, 377, 362, 349, 338, 331, 327, 319]),
 ('CSC04', 'Percentage of contacts screened within one working day', 'Higher is better', 95, [52, 50, 49, 48, 71, 86, 93, 94, 95, 96, 96, 97, 97, 98, 97]),
 ('CSC05', 'Re-referrals within 12 months of a previous referral (%)', 'Lower is better', 22, [27.1, 27.9, 28.4, 29.0, 28.2, 26.5, 25.1, 24.3, 23.0, 22.4, 21.6, 21.1, 20.5, 20.2, 19.8]),
 ('CSC06', 'Assessments completed within 45 working days (%)', 'Higher is better', 85, [71, 68, 64, 61, 63, 69, 74, 78, 81, 83, 85, 86, 88, 87, 89]),
 ('CSC07', 'Initial child protection conferences within 15 working days of strategy meeting (%)', 'Higher is better', 85, [62, 58, 55, 52, 60, 67, 73, 79, 82, 84, 86, 88, 89, 90, 91]),
 ('CSC08', 'Families in pre-proceedings (PLO) at quarter end', 'Context', '', [31, 33, 35, 38, 36, 30, 27, 25, 23, 21, 18, 16, 15, 14, 13]),
 ('WF01', 'Percentage of social workers who are agency staff (FTE)', 'Lower is better', 25, [29.8, 31.5, 34.1, 37.0, 38.6, 39.4, 39.0, 38.1, 36.4, 34.2, 31.0, 27.5, 24.8, 22.1, 19.6]),
 ('WF02', 'Social worker vacancy rate, all teams (%)', 'Lower is better', 12, [18.2, 19.0, 21.4, 22.7, 23.9, 22.0, 20.6, 19.1, 17.5, 15.8, 14.2, 12.9, 11.6, 10.8, 9.7]),
 ('WF03', 'Average caseload, assessment and child protection teams (children per social worker)', 'Lower is better', 20, [24.1, 25.3, 26.0, 27.4, 26.8, 25.9, 24.2, 22.7, 21.5, 20.1, 19.4, 18.2, 17.6, 17.1, 16.4]),
 ('CIC01', 'Children in care with three or more placements in the last 12 months (%)', 'Lower is better', 9, [11.2, 11.8, 12.4, 12.9, 12.6, 12.1, 11.5, 10.9, 10.4, 10.0, 9.6, 9.1, 8.8, 8.6, 8.3]),
 ('CIC02', 'Children in care living in unregistered children\'s homes', 'Lower is better', 0, [3, 4, 5, 6, 7, 5, 9, 6, 4, 3, 2, 2, 1, 0, 0]),
 ('CIC03', 'Number of in-house fostering households', 'Higher is better', 240, [231, 228, 224, 219, 214, 211, 209, 207, 205, 204, 206, 209, 213, 217, 221]),
 ('CL01', 'Care leavers aged 17 to 21 the council is in touch with (%)', 'Higher is better', 95, [88, 87, 85, 84, 86, 88, 90, 91, 92, 92, 93, 94, 94, 95, 95]),
 ('CL02', 'Care leavers aged 19 to 21 in education, employment or training (%)', 'Higher is better', 55, [47, 46, 45, 44, 45, 47, 48, 50, 51, 52, 53, 55, 56, 57, 58]),
 ('SEND01', 'New EHC plans issued within 20 weeks, excluding exceptions (%)', 'Higher is better', 60, [24, 26, 23, 31, 35, 41, 49, 52, 55, 58, 61, 63, 66, 68, 71]),
]
BUDGET = [
 ['Financial year', 'Net budget (GBP m)', 'Outturn or forecast (GBP m)', 'Variance (GBP m)', 'Status', 'Comment'],
 ['2021/22', 58.4, 63.9, 5.5, 'Outturn', 'Overspend met from reserves'],
 ['2022/23', 61.2, 69.7, 8.5, 'Outturn', 'External residential placements and agency staff'],
 ['2023/24', 64.9, 72.3, 7.4, 'Outturn', 'Overspend met from reserves'],
 ['2024/25', 74.6, 77.1, 2.5, 'Outturn', 'Includes recurring investment of 6.8m agreed by Cabinet on 20 February 2024'],
 ['2025/26', 79.3, 80.0, 0.7, 'Forecast at Q3', 'Forecast overspend on external placements'],
]
NOTES = [
 ['Quarter', 'Key events noted by the Children\'s Improvement Board'],
 ['Q4 2022/23', 'Ofsted inspection of local authority children\'s services (ILACS), 6 to 17 March 2023: inadequate overall.'],
 ['Q1 2023/24', 'Statutory direction issued and Children\'s Services Commissioner appointed, 14 June 2023.'],
 ['Q3 2023/24', 'Revised direction issued 21 November 2023; improvement partnership with Kelderby MBC began; first Ofsted monitoring visit, 5 and 6 December 2023 (First Response Hub).'],
 ['Q4 2023/24', 'Cabinet agreed recurring investment of 6.8m on 20 February 2024; the Children\'s Improvement Board first met on 18 January 2024.'],
 ['Q1 2024/25', 'Interim Director of Children\'s Services started 1 May 2024; second Ofsted monitoring visit, 4 and 5 June 2024 (help and protection).'],
 ['Q4 2024/25', 'Third Ofsted monitoring visit, 11 and 12 February 2025 (children in care and care leavers).'],
 ['Q1 2025/26', 'Area SEND monitoring inspection, 13 to 15 May 2025.'],
 ['Q2 2025/26', 'Director of Children\'s Services appointed permanently from 1 October 2025.'],
 ['Q3 2025/26', 'Ofsted re-inspection (ILACS), 17 to 28 November 2025: requires improvement to be good overall. Report published 16 January 2026.'],
]

def make_ods():
    readme = [
        ['Hollinsby Metropolitan Borough Council - Children\'s Services Quarterly Performance Dataset'],
        ['Prepared for the Children\'s Improvement Board and the Children and Young People Scrutiny Committee'],
        ['Version: published 12 February 2026 (data to 31 December 2025)'],
        ['Owner: Performance and Intelligence Team, Children\'s Services'],
        ['Figures are snapshots at quarter end unless stated. Agency percentage is calculated on full-time equivalent (FTE) social worker posts, including team managers.'],
        ['Figures for earlier quarters may differ from those published at the time because of late data entry.'],
    ]
    q = [['Ref', 'Measure', 'Polarity', 'Target'] + QUARTERS, ['', 'Quarter ending', '', ''] + QEND]
    for ref, name, pol, tgt, vals in MEASURES:
        q.append([ref, name, pol, tgt] + vals)
    return ods_content([('Read me', readme), ('Quarterly measures', q), ('Budget', BUDGET), ('Notes', NOTES)])

# ================================================================ 7. Council press release (.html)
PRESS_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Government lifts statutory direction on Hollinsby children's services | Hollinsby Council</title>
<meta name="description" content="News from Hollinsby Metropolitan Borough Council">
</head>
<body>
<div class="cookie-notice"><p>We use cookies to make this website work and to understand how you use it. <a href="/cookies">Cookie settings</a> <button>Accept all</button></p></div>
<header><a href="/" class="logo">Hollinsby Metropolitan Borough Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/schools">Schools and education</a></li><li><a href="/social-care">Social care and health</a></li><li><a href="/planning">Planning</a></li><li><a href="/news">News</a></li></ul></nav>
</header>
<p class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / Government lifts statutory direction on Hollinsby children's services</p>
<main>
<article>
<h1>Government lifts statutory direction on Hollinsby children's services</h1>
<p class="meta">Published: 4 March 2026 | Category: Children and families</p>
<p>The Department for Education has lifted the statutory direction that has been in place over Hollinsby Metropolitan Borough Council's children's services since June 2023.</p>
<p>In a letter to the council dated 3 March 2026, the Department confirmed that the direction had been revoked with immediate effect, following Ofsted's re-inspection of the council's children's services in November 2025. The re-inspection, carried out between 17 and 28 November 2025 and published on 16 January 2026, judged services to require improvement to be good overall. The experiences and progress of children who need help and protection, judged inadequate in March 2023, now require improvement to be good.</p>
<p>Inspectors judged the experiences and progress of care leavers to be good, the first 'good' judgement for any part of Hollinsby's children's services since 2016. The impact of leaders, the experiences and progress of children who need help and protection, and the experiences and progress of children in care were each judged to require improvement to be good.</p>
<p>Councillor Denise Harkness, Leader of Hollinsby Council, said: "Three years ago Ofsted told us, rightly, that we were letting children down. Lifting the direction is a milestone, not a finishing line. I want to thank our social workers, foster carers and partners, and the young people who held us to account every step of the way."</p>
<p>Annette Brisco, Director of Children's Services, who joined the council as interim director in May 2024 and was appointed permanently in October 2025, said: "The biggest change is that children now keep the same social worker. The proportion of our social workers who are agency staff has fallen from 39% in 2023 to under 20%, and average caseloads are down to around 16 children. That stability is what makes the difference to children."</p>
<p>The council agreed recurring investment of £6.8 million a year in children's social care in February 2024. Since then the number of children in care has fallen from a peak of 611 at the end of 2023 to 546, and the number of in-house fostering households has risen for five consecutive quarters to 221.</p>
<p>Councillor Owen Tallis, Cabinet Member for Children, Young People and Families, said: "Ofsted were clear that there is still more to do, particularly on the quality of plans for children in need and on finding enough local homes for children in care. We will not take our foot off the pedal."</p>
<p>The improvement partnership with Kelderby Metropolitan Borough Council will continue, in a reduced form, until August 2026. The Children's Improvement Board will become the Children's Partnership Board from April 2026, chaired by the Leader of the Council.</p>
<h2>Notes to editors</h2>
<ul>
<li>The statutory direction was issued on 14 June 2023, following Ofsted's inspection in March 2023 which judged children's services inadequate. A revised direction was issued on 21 November 2023 following the report of the Children's Services Commissioner, Moira Tennent, who then served as the Department's Children's Services Adviser and independent chair of the Children's Improvement Board.</li>
<li>Ofsted carried out three monitoring visits: in December 2023 (front door), June 2024 (help and protection) and February 2025 (children in care and care leavers).</li>
<li>Media enquiries: Hollinsby Council Communications Team, press.office@hollinsby.gov.uk, 01763 440 100.</li>
</ul>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/ofsted-reinspection-2026">Ofsted: children's services 'require improvement to be good' after re-inspection</a> <span class="date">16 January 2026</span></li>
<li><a href="/news/dcs-permanent-appointment">Annette Brisco confirmed as permanent Director of Children's Services</a> <span class="date">2 September 2025</span></li>
<li><a href="/news/send-monitoring-2025">SEND monitoring inspection recognises progress on EHC plans</a> <span class="date">11 July 2025</span></li>
<li><a href="/news/foster-carers-allowance-2025">Fostering allowances rise again as carer numbers grow</a> <span class="date">1 April 2025</span></li>
<li><a href="/news/interim-dcs">Interim Director of Children's Services appointed</a> <span class="date">9 April 2024</span></li>
</ul>
</aside>
<aside class="latest-news">
<h2>Latest news</h2>
<ul>
<li><a href="/news/easter-bins">Bin collection changes over Easter</a> <span class="date">3 March 2026</span></li>
<li><a href="/news/market-hall">Hollinsby Market Hall reopens after refurbishment</a> <span class="date">27 February 2026</span></li>
<li><a href="/news/budget-2026">Council tax and budget for 2026/27 agreed</a> <span class="date">25 February 2026</span></li>
<li><a href="/news/ravensfold-park">Have your say on the new Ravensfold Park play area</a> <span class="date">19 February 2026</span></li>
<li><a href="/news/gritting">Gritting crews out overnight as temperatures drop</a> <span class="date">10 February 2026</span></li>
</ul>
</aside>
</main>
<footer><p>Hollinsby Metropolitan Borough Council, Town Hall, Market Street, Hollinsby HB1 1TH</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; Hollinsby Metropolitan Borough Council 2026</p></footer>
</body></html>
"""

# ================================================================ 8. Local newspaper story (.html)
COURIER_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>'We're still not being listened to': foster carers' warning to Hollinsby Council | Hollinsby Courier</title>
</head>
<body>
<div id="consent">This site uses cookies and similar technologies to personalise ads. <a href="/privacy">Manage preferences</a> <button>I agree</button></div>
<header class="masthead"><a href="/">Hollinsby Courier</a> <span class="strap">Serving Hollinsby, Ravensfold and Etherley Bank since 1872</span>
<nav><a href="/news">News</a> | <a href="/news/politics">Politics</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's On</a> | <a href="/announcements">Announcements</a> | <a href="/jobs">Jobs</a> | <a href="/subscribe">Subscribe</a></nav>
</header>
<main>
<p class="section"><a href="/news">News</a> &gt; <a href="/news/politics">Politics</a></p>
<article>
<h1>'We're still not being listened to': foster carers' warning as council battles to fix failing children's services</h1>
<p class="standfirst">Foster carers say promised changes have been slow to arrive, 18 months after Ofsted rated the borough's children's services inadequate</p>
<p class="byline">By Tom Akerele, Local Democracy Reporter</p>
<p class="dateline"><time datetime="2024-09-18T06:00">Wednesday, 18 September 2024, 6.00am</time></p>
<p>HOLLINSBY - Foster carers in Hollinsby have warned that the council risks losing more of them unless it does more to support families who look after the borough's most vulnerable children.</p>
<p>The Hollinsby Foster Carers' Association, which represents around 150 fostering households, says a survey of its members found that 38 per cent were considering giving up fostering in the next two years, with poor communication and a lack of support when placements are in crisis the most common complaints.</p>
<p>Association chair Bev Marchant, who has fostered in the borough for 14 years, said: "We were promised change after the inspection. We've had a rise in allowances and a new phone line, and we're grateful for that. But carers are still finding out important things about a child on the doorstep, and when things go wrong at ten o'clock at night it can still feel like you're on your own."</p>
<p>"We're still not being listened to as professionals. We are the people who know these children best," she added.</p>
<p>The number of fostering households run by the council has fallen from 248 in 2021 to 204, according to figures presented to the council's scrutiny committee this month, meaning more children are placed with expensive private agencies or in children's homes outside the borough.</p>
<p>Mrs Marchant said the 9 per cent increase in fostering allowances agreed in February "barely made up for five years of nothing" and that carers in neighbouring Kelderby were still paid around £38 a week more for a teenager.</p>
<p>Ofsted rated Hollinsby's children's services inadequate in May 2023, and the Government appointed a commissioner, Moira Tennent, to decide whether the council should keep control of the service. She recommended that it should, with help from Kelderby Council, which was rated outstanding.</p>
<p>In February, the council's cabinet agreed an extra £7.5 million a year for children's social care to pay for more permanent social workers and better support for foster carers.</p>
<p>But the council still relies heavily on agency staff, who now make up 41 per cent of the borough's social workers, and Ofsted inspectors who visited in June found that progress for children in need of help and protection had been "too slow for some children".</p>
<p>Director of children's services Gareth Lunnon left the council in April and was replaced in May by interim director Annette Brisco, who previously led children's services in two other councils.</p>
<p>Ms Brisco said: "Foster carers are the backbone of our service, and I've met with the association three times since I arrived. I accept that we have not got everything right. We are recruiting a dedicated fostering support team, and carers will have a named link worker they can reach out of hours from November."</p>
<p>A council spokesperson added: "Agency numbers are falling every month and we now have more permanent social workers than at any time since 2021."</p>
<p>The Hollinsby Young People's Council, which includes children in care, said in a statement that it backed the foster carers. "A lot of us only feel safe because of our foster carers. If they leave, we lose our homes," it said.</p>
<p>Councillor Trevor Hindle, leader of the opposition group on the council, said the figures were "alarming" and called for an independent review of fostering services.</p>
<p class="tags">Tags: <a href="/tag/hollinsby-council">Hollinsby Council</a>, <a href="/tag/childrens-services">Children's services</a>, <a href="/tag/fostering">Fostering</a>, <a href="/tag/ofsted">Ofsted</a></p>
</article>
<section id="comments">
<h2>Comments (4)</h2>
<p class="comment-policy">Comments are moderated. Please read our community guidelines before posting.</p>
<div class="comment"><p class="comment-author">RavensfoldRuth | 18 September 2024, 8.12am</p><p>My sister fosters for the council and she says exactly the same. Nobody picks up the phone after 5pm. Good on Bev for speaking out.</p></div>
<div class="comment"><p class="comment-author">Etherley_Dad | 18 September 2024, 9.47am</p><p>Seven and a half million a year and they still can't keep social workers? Where is the money going?</p></div>
<div class="comment"><p class="comment-author">former_sw_hb | 18 September 2024, 12.30pm</p><p>As someone who left Hollinsby for Kelderby last year: the market supplement helped but caseloads were the real problem. I had 31 children at one point.</p></div>
<div class="comment"><p class="comment-author">JMarsh1960 | 19 September 2024, 7.05am</p><p>Foster carers do an amazing job. Pay them properly and they will stay. Simple.</p></div>
</section>
</main>
<aside class="most-read">
<h2>Most read</h2>
<ol>
<li><a href="/news/ravensfold-road-roadworks">Eight weeks of roadworks on Ravensfold Road start on Monday</a></li>
<li><a href="/news/etherley-bank-school">Etherley Bank Primary praised by inspectors</a></li>
<li><a href="/sport/hollinsby-town">Hollinsby Town sign striker on loan</a></li>
</ol>
</aside>
<footer><p>&copy; Hollinsby Courier 2024. Part of the Pennine Valleys Media group.</p><p><a href="/contact">Contact us</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms</a> | <a href="/complaints">Complaints (IPSO)</a></p></footer>
</body></html>
"""

# ================================================================ 9. Young People's Council statement (.md)
YPC_MD = """# Our response to Ofsted's inspection of Hollinsby children's services

**Hollinsby Young People's Council (Children in Care Council)**
**Date: 26 January 2026**

Ofsted published its new report on Hollinsby children's services on 16 January 2026. This is what we, the young people who live in care or have left care in Hollinsby, think about it.

## Where we started

In March 2023 Ofsted said Hollinsby's children's services were inadequate. We were not surprised. Lots of us had had three, four or five social workers in a year. Some of us were living miles away from our schools and our families. In February 2024 two of our members, Kacey and Jordan, went to the Cabinet meeting and asked for three things:

1. fewer changes of social worker;
2. free bus travel for care leavers until they are 25;
3. a seat for young people on the Children's Improvement Board.

## What has got better

- **Social workers stay longer.** In our survey in December 2025, 64% of the 87 young people who answered said they had had the same social worker for the whole of the last year. In our 2023 survey it was 29%.
- **We have a seat at the table.** Two members of the Young People's Council have sat on the Children's Improvement Board since September 2024, and we helped to write the questions the Board asks every quarter.
- **Care leavers.** Ofsted judged the service for care leavers to be good. We agree that personal advisers are brilliant. The new Staying Close flats in Etherley Bank are a big improvement on bed and breakfast.
- **Our Voice cards.** Every child coming into care now gets an Our Voice card with their social worker's photo and number and the number of the Young People's Council.

## What still needs to change

- **Bus passes.** The council promised to look at free bus travel for care leavers. Two years later, care leavers under 21 get a free pass but those aged 21 to 25 still do not. Keep the promise.
- **Mental health.** Young people still wait too long for help with their mental health. Some of us waited over a year. Ofsted said this too.
- **Living far away.** Too many of us still live outside Hollinsby. We want more foster carers in Hollinsby and we want the council to look after the foster carers we already have. When the foster carers spoke out in 2024, we backed them, and we still do.
- **Plans.** Ofsted said some plans for children are still not good enough. We want to see our plans and understand them.

## What we are asking for now

We are asking the council to publish, every six months, a short report written for young people on how it is doing on the things Ofsted said still need to improve, and to bring it to a meeting of the Young People's Council.

We also want the new Children's Partnership Board to keep two seats for young people when the Children's Improvement Board ends.

*Signed on behalf of the Hollinsby Young People's Council by Kacey (Chair, aged 19) and Amani (Vice-Chair, aged 16).*

*Contact: Participation Team, Hollinsby Council, youngvoices@hollinsby.gov.uk*
"""

# ================================================================ 10. Officer briefing e-mail (.eml)
EML_BODY = """OFFICIAL

Dear Councillors,

Member briefing: third Ofsted monitoring visit, SEND monitoring inspection and year-end performance for 2024/25

I am writing, on behalf of Annette Brisco, Interim Director of Children's Services, to bring members of the Children and Young People Scrutiny Committee up to date ahead of your meeting on 24 June 2025. This briefing is for members' information and should not be shared more widely until the SEND outcome letter has been published.

1. Third Ofsted monitoring visit (11 and 12 February 2025)

The third monitoring visit looked at children in care and care leavers, with a focus on placement sufficiency, permanence planning and pathway planning. The letter was published on 14 March 2025. The headline finding was that "leaders have continued to make steady progress, and most children in care now benefit from stable relationships with their social workers".

Inspectors noted that:
- the number of children living in unregistered children's homes had reduced from nine at the end of 2023 to two at the time of the visit, and both were subject to weekly oversight by the Director;
- independent reviewing officers' caseloads had reduced from up to 95 children at the inspection to an average of 68;
- pathway plans for care leavers were more up to date and better reflected young people's views;
- permanence planning for some younger children was still too slow, with delays in progressing special guardianship assessments; and
- some children continue to wait too long for specialist mental health support, in some cases more than a year.

2. Area SEND monitoring inspection (13 to 15 May 2025)

Ofsted and the Care Quality Commission carried out a monitoring inspection of the local area partnership's progress against the priority action plan (formerly the written statement of action) agreed after the area SEND inspection in November 2022. At the final feedback meeting, inspectors told us that the partnership had made sufficient progress in four of the six areas of significant weakness, including the timeliness of education, health and care (EHC) plans, and insufficient progress in two: waiting times for autism assessment and preparation for adulthood. The outcome letter is expected to be published in July. Please treat this as confidential until then.

3. Year-end performance, 2024/25

The full quarterly dataset will be tabled at the meeting. Headlines at 31 March 2025:
- children in care: 569 (611 at 31 December 2023);
- agency social workers: 27.5% of FTE (target below 25%);
- average caseload in assessment and child protection teams: 18.2 children;
- assessments completed within 45 working days: 86%;
- initial child protection conferences within 15 working days: 88%;
- new EHC plans issued within 20 weeks: 63%;
- in-house fostering households: 209, the second consecutive quarterly increase.

The 2024/25 outturn for children's social care is an overspend of £2.5 million against a net budget of £74.6 million, compared with an overspend of £7.4 million in 2023/24.

4. Agency figures reported in the press

Several members have asked about the figure of 41% for agency social workers reported in the Hollinsby Courier last September. Our own figure at 30 September 2024 was 34.2% of FTE posts. We believe the Courier's figure was based on a headcount of locum staff in the assessment service only, which is not comparable. We did ask for a correction but none was published.

5. Permanent Director of Children's Services

The Appointments Committee will interview for the permanent post of Director of Children's Services in July. Members will be informed of the outcome.

If you have any questions before the meeting, please contact me directly.

Kind regards

Neil Shardlow
Assistant Director, Safeguarding
Children's Services
Hollinsby Metropolitan Borough Council
Town Hall, Market Street, Hollinsby HB1 1TH
Tel: 01763 440 372

This e-mail and any attachments are intended only for the addressee and may contain confidential information. If you have received this e-mail in error, please notify the sender and delete it. Hollinsby Metropolitan Borough Council may monitor e-mails to and from its network.
"""

def make_eml():
    m = EmailMessage()
    m['From'] = 'Neil Shardlow <neil.shardlow@hollinsby.gov.uk>'
    m['To'] = 'Children and Young People Scrutiny Committee members <cyp-scrutiny-members@hollinsby.gov.uk>'
    m['Cc'] = 'Annette Brisco <annette.brisco@hollinsby.gov.uk>, Cllr Owen Tallis <cllr.owen.tallis@hollinsby.gov.uk>, Lorraine Peploe <lorraine.peploe@hollinsby.gov.uk>'
    m['Date'] = format_datetime(datetime.datetime(2025, 6, 10, 16, 22, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    m['Subject'] = 'Member briefing: Ofsted monitoring visit 3, SEND monitoring inspection and 2024/25 performance'
    m['Message-ID'] = '<20250610152205.7F3A2C@mail.hollinsby.gov.uk>'
    m['X-Classification'] = 'OFFICIAL'
    m.set_content(EML_BODY, cte='quoted-printable')
    return m.as_bytes()

# ================================================================ 11. Area SEND inspection outcome letter (.pdf)
SEND_LETTER = [
 ('r', '16 December 2022'),
 ('b', 'Gareth Lunnon\nDirector of Children\'s Services\nHollinsby Metropolitan Borough Council'),
 ('b', 'Dr Kieran Ashdown\nChief Executive\nNHS South Pennine Valleys Integrated Care Board'),
 ('b', 'Sian Whitcombe\nLocal Area Nominated Officer\nHollinsby Metropolitan Borough Council'),
 ('p', 'Dear Mr Lunnon and Dr Ashdown'),
 ('h', 'Area SEND inspection of Hollinsby local area partnership'),
 ('p', 'Between 7 and 11 November 2022, Ofsted and the Care Quality Commission (CQC) carried out a joint inspection of the local area partnership\'s special educational needs and/or disabilities (SEND) arrangements. The inspection was led by one of His Majesty\'s Inspectors from Ofsted, with a team of inspectors including an Ofsted Inspector and a children\'s services inspector from the CQC.'),
 ('p', 'The local area partnership is responsible for the planning, commissioning, delivery and evaluation of arrangements for children and young people with SEND. In Hollinsby, the partnership is made up of Hollinsby Metropolitan Borough Council and NHS South Pennine Valleys Integrated Care Board, working with schools, colleges, health providers and Hollinsby Parent Carer Voice, the local parent carer forum.'),
 ('h', 'Inspection outcome'),
 ('p', 'There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with special educational needs and/or disabilities (SEND), which the local area partnership must address urgently.'),
 ('p', 'As a result of this inspection, His Majesty\'s Chief Inspector (HMCI) has determined that a written statement of action is required because of significant areas of weakness in the local area partnership\'s practice. HMCI has also determined that the local authority and the integrated care board are jointly responsible for submitting the written statement to Ofsted. The written statement should be submitted within 70 working days of the publication of this letter. Ofsted and CQC will monitor the local area partnership\'s progress, and a monitoring inspection will take place within 18 to 30 months.'),
 ('h', 'Information about the local area partnership'),
 ('p', 'In January 2022, 2,318 children and young people aged 0 to 25 in Hollinsby had an education, health and care (EHC) plan, an increase of 41% since 2018. A further 6,940 pupils received SEN support in schools. The most common primary needs of children with EHC plans are autistic spectrum disorder and social, emotional and mental health needs.'),
 ('p', 'Since 2021, leadership of SEND in the local authority has changed three times. The current head of SEND took up post in September 2022. The integrated care board was established in July 2022, replacing the previous clinical commissioning group.'),
 ('h', 'What is it like to be a child or young person with SEND in this area?'),
 ('p', 'Too many children and young people with SEND in Hollinsby wait too long to have their needs identified, assessed and met. Many parents and carers who spoke to inspectors, or who responded to the inspection survey, described a system in which they had to fight to get help for their child. Of the 612 parents and carers who responded to the survey, most said that they did not feel listened to.'),
 ('p', 'Children and young people with SEND whose needs are identified early, and who attend the borough\'s special schools and resourced provisions, are often well supported. Leaders in these settings know children well and work closely with families. However, the demand for specialist places exceeds the number available, and 146 children and young people attend independent special schools, many outside the borough.'),
 ('p', 'The proportion of new EHC plans issued within the statutory 20 weeks is very low. In 2021, only 27% of new EHC plans were issued within 20 weeks, compared with 60% nationally. When plans are issued, they are often of poor quality. Many do not reflect the views and aspirations of children and young people, and health and social care advice is frequently missing or out of date.'),
 ('p', 'Children and young people wait too long for an autism assessment. At the time of the inspection, the average wait from referral to diagnosis was 71 weeks, and some children had waited more than two years. Some families told inspectors that they had been advised to seek a private assessment.'),
 ('p', 'Children wait too long for speech and language therapy. The average wait for an initial assessment is 40 weeks. During this time, schools and families receive little advice about how to support children.'),
 ('p', 'Children and young people with SEND are suspended from school more often than their peers. Rates of suspension for children with EHC plans are well above the national average. The number of children with SEND who are electively home educated has increased, and some parents told inspectors that they felt they had no alternative.'),
 ('p', 'Preparation for adulthood is underdeveloped. Too few young people with EHC plans have annual reviews that focus on employment, independent living, friendships and health from Year 9. The transition from children\'s to adult health and social care services is not well planned, and some young people have experienced gaps in support when they turn 18.'),
 ('h', 'Areas of significant weakness'),
 ('p', 'The local area partnership should address the following areas of significant weakness urgently:'),
 ('n', '1. The timeliness and quality of EHC needs assessments and plans, including the contribution of health and social care.'),
 ('n', '2. The waiting times for autism assessment and the support available to families while they wait.'),
 ('n', '3. Access to speech and language therapy for children and young people with SEND.'),
 ('n', '4. The lack of effective joint commissioning and of a shared understanding of the needs of children and young people with SEND across the partnership.'),
 ('n', '5. Preparation for adulthood, including the transition from children\'s to adult services.'),
 ('n', '6. Co-production with children, young people, parents and carers, and communication with families, including through the local offer.'),
 ('h', 'Leadership and strategic planning'),
 ('p', 'Leaders across the partnership have an overly positive view of the effectiveness of SEND arrangements. The local area\'s self-evaluation does not accurately identify the weaknesses found by inspectors. The SEND strategy, published in 2020, has not been reviewed, and the joint strategic needs assessment does not include up-to-date information about the needs of children and young people with SEND.'),
 ('p', 'Leaders have not worked effectively with Hollinsby Parent Carer Voice. Members of the forum told inspectors that they were consulted late about decisions that had already been made. The local offer website is difficult to navigate and much of its information is out of date.'),
 ('p', 'The designated clinical officer post has been vacant since April 2022. As a result, the contribution of health services to EHC plans is not monitored effectively.'),
 ('p', 'Recently appointed leaders, including the head of SEND, have begun to take action. A new EHC plan quality assurance framework was introduced in October 2022, and the council has agreed funding for six additional SEND caseworkers. It is too early to see the impact of these actions.'),
 ('h', 'Next steps'),
 ('p', 'The local area partnership should prepare and submit a written statement of action to Ofsted that explains how it will tackle the areas of significant weakness identified in this letter. Ofsted and CQC will consider the written statement and will monitor progress through regular engagement meetings. Ofsted and CQC will also carry out a monitoring inspection to evaluate the progress made.'),
 ('p', 'Yours sincerely'),
 ('b', 'Lesley Brannigan\nHis Majesty\'s Inspector\nLead inspector, Ofsted'),
 ('b', 'Peter Oyelaran\nChildren\'s Services Inspector\nCare Quality Commission'),
 ('p', 'cc: Department for Education; Department of Health and Social Care; NHS England; the Chief Executive, Hollinsby Metropolitan Borough Council; the Lead Member for Children, Hollinsby Metropolitan Borough Council; Hollinsby Parent Carer Voice.'),
]

def make_pdf(path):
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self):
            self.set_font('Helvetica', '', 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, 'Area SEND inspection of Hollinsby local area partnership: outcome letter, 16 December 2022', align='L')
            self.ln(4)
            self.cell(0, 5, 'Ofsted and Care Quality Commission', align='L')
            self.ln(9)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font('Helvetica', '', 8)
            self.cell(0, 8, f'Page {self.page_no()} of {{nb}}', align='C')

    pdf = Letter(format='A4')
    pdf.set_title('Area SEND inspection of Hollinsby local area partnership')
    pdf.set_author('Ofsted and Care Quality Commission')
    pdf.set_creation_date(datetime.datetime(2022, 12, 16, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for kind, t in SEND_LETTER:
        if kind == 'h':
            pdf.ln(2)
            pdf.set_font('Helvetica', 'B', 12)
            pdf.multi_cell(0, 6, t)
            pdf.ln(1)
        elif kind == 'r':
            pdf.set_font('Helvetica', '', 10.5)
            pdf.multi_cell(0, 5.5, t, align='R')
            pdf.ln(2)
        elif kind == 'b':
            pdf.set_font('Helvetica', '', 10.5)
            pdf.multi_cell(0, 5.5, t)
            pdf.ln(2)
        elif kind == 'n':
            pdf.set_font('Helvetica', '', 10.5)
            pdf.set_x(28)
            pdf.multi_cell(0, 5.5, t)
            pdf.ln(1)
        else:
            pdf.set_font('Helvetica', '', 10.5)
            pdf.multi_cell(0, 5.5, t)
            pdf.ln(2.5)
    pdf.output(path)

# ================================================================ main
FILES = {
 'ilacs': 'hollinsby_ilacs_report_2023.odt',
 'comm': 'commissioner_report_hollinsby_2023.rtf',
 'mv1': 'ofsted_monitoring_visit_dec2023.txt',
 'mv2': 'ofsted_monitoring_visit_jun2024.mhtml',
 'min': 'cabinet_minutes_20feb2024.html',
 'ods': 'childrens_performance_dataset.ods',
 'press': 'press_release_direction_lifted.html',
 'courier': 'courier_foster_carers_sept2024.html',
 'ypc': 'young_peoples_council_statement.md',
 'eml': 'briefing_email_june2025.eml',
 'send': 'send_area_inspection_letter_2022.pdf',
}

def main():
    P = lambda k: os.path.join(OUT, FILES[k])
    write_odf(P('ilacs'), 'application/vnd.oasis.opendocument.text', odt_content(ILACS_BLOCKS), ODT_STYLES,
              'Hollinsby Metropolitan Borough Council: Inspection of children\'s social care services', 'Ofsted', '2023-05-05T09:30:00')
    with open(P('comm'), 'w', encoding='ascii', newline='\n') as f:
        f.write(make_rtf())
    with open(P('mv1'), 'w', encoding='utf-8') as f:
        f.write(MV1_TXT)
    with open(P('mv2'), 'w', encoding='ascii', newline='') as f:
        f.write(make_mhtml())
    with open(P('min'), 'w', encoding='utf-8') as f:
        f.write(MINUTES_HTML)
    write_odf(P('ods'), 'application/vnd.oasis.opendocument.spreadsheet', make_ods(), ODS_STYLES,
              'Children\'s Services Quarterly Performance Dataset', 'Hollinsby Metropolitan Borough Council', '2026-02-12T10:00:00')
    with open(P('press'), 'w', encoding='utf-8') as f:
        f.write(PRESS_HTML)
    with open(P('courier'), 'w', encoding='utf-8') as f:
        f.write(COURIER_HTML)
    with open(P('ypc'), 'w', encoding='utf-8') as f:
        f.write(YPC_MD)
    with open(P('eml'), 'wb') as f:
        f.write(make_eml())
    make_pdf(P('send'))
    print('wrote', len(FILES), 'files')

if __name__ == '__main__':
    main()
