"""The council readers, as one row of the table: cases of a council, and what its papers say about each.

Council papers state a case in several places — a summary table or an agenda (:mod:`.council`,
:mod:`.agenda`), an answer reported in prose (:mod:`.reported_answers`), the explanation in the minutes
(:mod:`.discussion`, :mod:`.explained`, :mod:`.holders`), the matters a consultation lists
(:mod:`.consulted_items`), the bullets under a bare 「諮問第N号の審議について」 head (:mod:`.bare_heads`),
the bullets under an answer's titles (:mod:`.bulleted`), an answer's labelled
fields (:mod:`.fielded`), a department's explanation under the case called (:mod:`.presented`), a decision
stated later, a 説明資料 annex (:mod:`.annexes`), a provision reported after the fact
(:mod:`.reported_provisions`) — and
each later statement completes or restates what an earlier one read, so they run in this order, on one set
of cases, as one reader. A later step never changes a case or a flow an earlier one read: it returns what it
decides (:mod:`.amend`: a decision, a value to fill, the flows a case now states), applied right after it.
A case's flows that still name no recipient at the end become diagnostics (:func:`.cases.whole_flows`); bodies
listed under a provision and left unread are reported (:mod:`.listed_bodies`).

>>> from ...layout.page import page_of
>>> page = page_of("架空市個人情報保護審議会\\n諮問第1号 市民課が保有する住民記録を福祉課へ提供することについて")
>>> reading = read(page, Readings())
>>> [(case.title[:9], case.line) for case in reading.cases], len(reading.flows)
([('市民課が保有する住', 2)], 1)
"""

from __future__ import annotations

from ...layout.page import Page
from ...reading import Reader, Reading, Readings
from . import agenda, answer_letter, holders, listed_bodies, reported_answers
from .amend import apply as amend
from .annexes import annexed
from .answer_summary import decided_in_summary
from .answered_collections import collections_answered
from .answered_matters import answered_matters
from .bare_heads import headed_cases
from .bills import bill_flows
from .bulleted import bulleted_flows
from .cases import council_cases, whole_flows
from .cited import cite_answered_articles, cite_discussed_articles, cite_flow_articles
from .concluded import concluded_flows
from .consulted_items import restate_cases
from .counted_heads import counted_cases
from .discussion import discussed_flows
from .distinguished import distinguished, excepted_flows
from .explained import decided_in_minutes, explained_flows
from .fielded import fielded_flows
from .grouped_decisions import grouped_decisions
from .headed import headed_flows
from .in_order import decided_in_order
from .joined_conclusions import joined_conclusions
from .kana_rows import kana_row_flows
from .letter_date import dated_by_course, dated_by_letter
from .marked_decisions import marked_decisions
from .numbered_conclusions import concluded_statements
from .presented import presented_flows
from .quoted_titles import QuotedTitles, quoted_titles
from .reported_provisions import reported_provisions
from .reviewed import reviewed_flows
from .standing_answers import standing_answers
from .subjects import without_subject
from .told_after_title import told_after_title

__all__ = ["READER", "read"]

# Places that state again, whole, a flow a case's title or explanation told: each step reads them in its own shape
# and returns the flows read, the ids of the flows they replace, the lines read and its amendments. In this order.
RESTATING_STEPS = (
    headed_flows,  # the explanation under a title repeated as a heading
    bulleted_flows,  # the bullets under an answer's consulted titles
    concluded_flows,  # an answer letter's conclusion broken over lines, read as one sentence
    fielded_flows,  # an answer letter's matter given as labelled fields (件名 / 提供する課 / 提供先 …)
    presented_flows,  # a department's explanation under the case called by number or heading
    reviewed_flows,  # an answer's review of each numbered consultation, under its number again
    concluded_statements,  # an answer's numbered conclusions 「(1)A課が保有するXを、…ことは、適当である。」
    answered_matters,  # 「諮問のあった事項(A課がX事務で保有する…を、Y事務に利用すること)については、…妥当」
    joined_conclusions,  # two hand-overs in one conclusion 「…利用すること、並びに…提供することは、いずれも適当」
    kana_row_flows,  # an answer's matters as ア イ ウ rows of label and value under 「(1)外部提供」
    told_after_title,  # 「…「Xについて」でございます。A課が、Sから…の提供を受けるもの」 reported to a committee
)


def read(page: Page, readings: Readings) -> Reading:
    lines, used = page.lines, readings.claimed("records")
    cases, case_flows, problems, case_lines = council_cases(lines, page.tables, used)
    listed = agenda.read(lines, used)  # every item of an agenda list, reconciled with the case reader's
    cases, case_flows, problems = agenda.combine(listed, cases, case_flows, problems)
    titled, told_apart = distinguished(lines, cases)  # 「(「type」/課)」 lines under a common title
    amend(titled, cases)
    cases = sorted(cases + told_apart, key=lambda case: case.line or 0)
    excepted, excepted_cases = excepted_flows(lines, cases)  # the rule in the bracket: the kind, the department an end
    amend(excepted_cases, cases)
    case_flows = case_flows + excepted
    case_lines |= listed.claimed
    diagnostics = [*listed.diagnostics]
    quoted = quoted_titles(lines, used | case_lines) if not cases else QuotedTitles()  # 「・(1)「X」 A課が…もの」
    cases = sorted(cases + quoted.cases, key=lambda case: case.line or 0)
    case_lines |= quoted.claimed
    answered = reported_answers.read(lines, used | case_lines)  # answers reported in prose
    cases = sorted(cases + answered.cases, key=lambda case: case.line or 0)
    diagnostics.extend(answered.diagnostics)
    case_lines |= answered.claimed
    letter = answer_letter.read(lines, used | case_lines) if not cases else Reading()  # 「…諮問のあった「X」…答申」
    cases, case_flows, case_lines = cases + letter.cases, case_flows + letter.flows, case_lines | letter.claimed
    counted, counted_flows, counted_lines = (counted_cases(lines, used | case_lines) if not cases
                                             else ([], [], set()))  # 「☆1件目 X」 heads
    cases = sorted(cases + counted, key=lambda case: case.line or 0)
    case_flows = case_flows + counted_flows
    case_lines |= counted_lines
    headed, headed_flows_read, headed_problems, headed_lines = (headed_cases(lines, used | case_lines) if not cases
                                                                else ([], [], [], set()))  # 「諮問第N号の審議について」
    cases = sorted(cases + headed, key=lambda case: case.line or 0)
    case_flows = case_flows + headed_flows_read
    problems = problems + headed_problems
    case_lines |= headed_lines
    discussed, discussed_lines, enriched = discussed_flows(lines, cases, case_flows, used | case_lines)
    amend(enriched, cases, case_flows)  # what the explanation under a title adds to its flows
    case_lines |= discussed_lines
    stated, replaced, stated_lines, restated = explained_flows(lines, cases, case_flows + discussed, used | case_lines)
    amend(restated, cases)
    flows = [flow for flow in discussed if flow.id not in replaced] + stated + quoted.flows
    case_flows = [flow for flow in case_flows if flow.id not in replaced] + stated
    case_lines |= stated_lines
    retitled_from: set[int] = set()  # a letter's heading, before its 件名 field retitled the case
    for step in RESTATING_STEPS:
        was_at = [case.line for case in cases]
        read_now, replaced_now, read_lines, restated = step(lines, cases, case_flows, used | case_lines)
        amend(restated, cases)
        retitled_from |= {line for line, case in zip(was_at, cases, strict=True) if case.line != line}
        flows = [flow for flow in flows if flow.id not in replaced_now] + read_now
        case_flows = [flow for flow in case_flows if flow.id not in replaced_now] + read_now
        stated, replaced = stated + read_now, replaced | replaced_now
        case_lines |= read_lines
    held, retitled, held_lines, completed = holders.complete_cases(lines, cases, case_flows)  # holders the minutes name
    amend(completed, cases, case_flows)
    case_flows = [flow for flow in case_flows if flow.id not in retitled] + held
    case_lines |= held_lines
    matters, relisted, matter_lines, restated = restate_cases(lines, cases, case_flows)  # 「次の事項について意見を…」
    amend(restated, cases)
    case_flows = [flow for flow in case_flows if flow.id not in relisted] + matters
    case_lines |= matter_lines
    amend(decided_in_minutes(lines, cases), cases)
    amend(marked_decisions(lines, cases), cases)  # 「(1)及び(2)のいずれについても…適当」
    amend(grouped_decisions(lines, cases), cases)  # 「ア諮問第1号及び諮問第2号」 again, then 「いずれも…承認」
    amend(decided_in_order(lines, cases), cases)  # cases taken up in the agenda's order, never named again
    amend(decided_in_summary(lines, cases), cases)  # 「答申の区分 諮問のとおり承認」 above an answer's matters
    amend(reported_answers.decide(lines, cases), cases)  # 「…について審査した結果、これを認める…答申」
    amend(dated_by_letter(lines, cases), cases)  # an answer letter's own date, not the consultation's it recalls
    amend(dated_by_course(lines, cases), cases)  # 「…日 審議・答申」 in the course of deliberation
    annex_fills, annex_problems = annexed(lines, cases, case_flows + discussed)
    diagnostics.extend(annex_problems)
    amend(annex_fills, cases, case_flows + discussed)
    amend(cite_discussed_articles(lines, cases, case_flows), cases, case_flows)  # the article the discussion cites,
    amend(cite_flow_articles(cases, case_flows + discussed), cases)  # or the article its flows were read under,
    amend(cite_answered_articles(lines, cases), cases)  # or, the one case of an answer letter, what its body cites
    stated_cases = {case.line for case in cases if case.flow_ids} | retitled_from
    diagnostics = [problem for problem in [*diagnostics, *problems]  # a title's half flow stated whole since
                   if not (problem.line in stated_cases and getattr(problem, "candidate", None))]
    case_flows, problems, restated = whole_flows(cases, case_flows)
    amend(restated, cases)
    diagnostics.extend(problems)
    flows.extend(flow for flow in case_flows if flow not in stated)
    if cases:  # a collection said in an answer, outside any case
        said_on = {flow.line for flow in [*readings.flows, *flows]} | {problem.line for problem in diagnostics}
        diagnostics.extend(collections_answered(lines, said_on))
    billed = bill_flows(lines, used | case_lines)  # an assembly committee: what a bill's explanation provides
    flows.extend(billed)
    case_lines |= {flow.line for flow in billed if flow.line}
    standing, standing_lines = standing_answers(lines, used | case_lines) if not cases else ([], set())
    flows.extend(standing)  # a page of the kinds of handling the council approved once for all (類型事項)
    case_lines |= standing_lines
    told = reported_provisions(lines, used | case_lines) if cases else []  # 「A課より、…提供したことについて報告」
    flows.extend(told)
    case_lines |= {flow.line for flow in told if flow.line}
    listed_read = listed_bodies.read(lines, cases, readings.flows + flows)  # bodies left unread, or cut off
    diagnostics.extend(listed_read.diagnostics)
    flows.extend(listed_read.flows)
    cases, diagnostics = without_subject(cases, diagnostics)  # a letter's subject over the matters it lists
    return Reading(flows=flows, cases=cases, registrations=listed.registrations, diagnostics=diagnostics,
                   claimed=case_lines, withdrawn=replaced)


READER = Reader("council", read, claims="council")
