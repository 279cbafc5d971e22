"""Each semantic rule on inline YAML: assert (line, column, code), never message wording.

Line numbers: the shared header is 8 lines, so the body starts at line 9.
"""

from __future__ import annotations

import pytest

from cchc.checking.rules import RULES
from conftest import HEADER, lint_codes

TASK = """\
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        tasks:
{tasks}
"""


def tasks(text: str) -> str:
    return TASK.format(tasks="\n".join("          " + line if line else line for line in text.splitlines()))


GOOD = """\
- id: "1"
  content: Việc một
  output: Báo cáo
  deadline: Năm 2021
  lead: [Sở Nội vụ]"""


def test_a_complete_task_passes_every_rule() -> None:
    assert lint_codes(tasks(GOOD)) == []


def test_duplicate_number() -> None:
    body = tasks(GOOD + "\n" + GOOD)
    assert lint_codes(body) == [(19, 17, "N001")]


def test_duplicate_section_number() -> None:
    body = """\
        appendices:
          - sections:
              - number: I
                title: A
                lead: [SNV]
                tasks: [{id: "1", content: x, output: y, deadline: Năm 2021}]
              - number: I
                title: B
                lead: [SNV]
                tasks: [{id: "1", content: x, output: y, deadline: Năm 2021}]
        """
    assert lint_codes(body) == [(15, 17, "N001")]


def test_duplicate_key_field() -> None:
    body = tasks(GOOD.replace('id: "1"', 'id: "1"\n  key: k') + "\n" + GOOD.replace('id: "1"', 'id: "2"\n  key: k'))
    assert lint_codes(body) == [(21, 18, "N001")]


@pytest.mark.parametrize("ids, expected", [
    (["1", "2", "3"], []),
    (["1", "3"], [1]),
    (["2", "3"], [0]),
    (["a)", "b)", "c)", "d)", "đ)", "e)", "g)"], []),
    (["a)", "b)", "c)", "d)", "e)", "f)"], []),
    (["a)", "c)"], [1]),
    (["1", "2", "2", "3"], []),  # the repeat is N001's business, not N002's
])
def test_number_order(ids: list[str], expected: list[int]) -> None:
    items = "\n".join(GOOD.replace('id: "1"', f'id: "{i}"') for i in ids)
    codes = [c for c in lint_codes(tasks(items)) if c[2] == "N002"]
    assert [(line - 14) // 5 for line, _, _ in codes] == expected


def test_section_number_order_roman() -> None:
    body = """\
        appendices:
          - sections:
              - {number: I, title: A, tasks: []}
              - {number: II, title: B, tasks: []}
              - {number: IV, title: C, tasks: []}
        """
    assert lint_codes(body) == [(2, 5, "T007"), (13, 18, "N002")]  # T007: the groups hold no task


def test_no_lead_after_inheritance() -> None:
    no_lead = GOOD.replace("\n  lead: [Sở Nội vụ]", "")
    assert lint_codes(tasks(no_lead)) == [(14, 13, "T001")]
    inherited = tasks(no_lead).replace("        tasks:", "        lead: [SNV]\n        tasks:")
    assert lint_codes(inherited) == []


def test_subtasks_inherit_lead_and_are_the_ones_checked() -> None:
    body = tasks("""\
- id: "1"
  content: Công tác tuyên truyền.
  lead: [Sở Nội vụ]
  subtasks:
    - id: a)
      content: Ý a
      output: Chuyên mục
      deadline: Nhiệm vụ thường xuyên
    - id: b)
      content: Ý b
      deadline: Quý III/2021""")
    assert lint_codes(body) == [(22, 17, "T002")]


def test_no_output_and_no_deadline_locations() -> None:
    missing = tasks("""\
- id: "1"
  content: Việc một
  lead: [Sở Nội vụ]
- id: "2"
  content: Việc hai
  output: null
  deadline: "  "
  lead: [Sở Nội vụ]""")
    assert lint_codes(missing) == [(14, 13, "T002"), (14, 13, "T003"), (19, 21, "T002"), (20, 23, "T003")]


def test_due_date_replaces_deadline_text() -> None:
    body = tasks(GOOD.replace("deadline: Năm 2021", "due: 2021-06-30"))
    assert lint_codes(body) == []


def test_unknown_agency_everywhere_it_can_be_written() -> None:
    body = """\
        appendices:
          - sections:
              - number: I
                title: A
                lead: [Sở Nộ vụ]
                support: [Sở Tư pháp]
                tasks:
                  - id: "1"
                    content: x
                    output: y
                    deadline: Năm 2021
                    support:
                      - snv
                      - Sở Tài nguyen
        """
    assert lint_codes(body) == [(13, 16, "A001"), (22, 17, "A001")]


@pytest.mark.parametrize("name", [
    "Sở Nội vụ", "SNV", "sở nội vụ", "SỞ NỘI VỤ", "So Noi Vu", "  Sở  Nội vụ ", "Phòng Nội vụ tỉnh",
    "Sở Lao động, Thương binh và Xã hội", "sở lao động,  thương binh và xã hội",
    "Đài Phát thanh-Truyền hình tỉnh", "Đài Phát thanh – Truyền hình tỉnh", "UBND tỉnh",
    "Ủy ban nhân dân các huyện, thị xã, thành phố", "Các Sở, ban, ngành",
])
def test_agency_lookup_folds_case_diacritics_dashes(name: str) -> None:
    body = tasks(GOOD.replace("[Sở Nội vụ]", f'["{name}"]'))
    assert lint_codes(body) == []


def test_unquoted_comma_names_get_a_specific_hint() -> None:
    from cchc.checking.lint import lint_text
    from conftest import HEADER, registry

    text = HEADER + tasks(GOOD.replace("[Sở Nội vụ]", "[Các Sở, Ban, ngành]"))
    result = lint_text(text, "plan.yaml", registry=registry())
    assert {d.code for d in result.diagnostics} == {"A001"}
    assert all("dấu nháy" in d.hint for d in result.diagnostics)


def test_no_registry_is_a_warning_only_when_agencies_are_named() -> None:
    assert lint_codes(tasks(GOOD), with_registry=False) == [(2, 5, "A002")]
    no_agencies = tasks(GOOD.replace("\n  lead: [Sở Nội vụ]", ""))
    assert "A002" not in {c for _, _, c in lint_codes(no_agencies, with_registry=False)}


def test_text_not_nfc() -> None:
    body = tasks(GOOD.replace("Việc một", "Kie\u0302\u0323n toàn bộ máy"))
    assert lint_codes(body) == [(15, 22, "U001")]


@pytest.mark.parametrize("text, legacy", [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", True),   # TCVN3 (ABC)
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", True),  # VNI Windows
    ("Cộng hòa xã hội chủ nghĩa Việt Nam", False),
    ("Nhiệt độ 30° và 45°", False),
    ("Công ty Nestlé, quán café", False),
])
def test_legacy_encoding(text: str, legacy: bool) -> None:
    codes = lint_codes(tasks(GOOD.replace("Việc một", text)))
    assert (codes == [(15, 22, "U002")]) is legacy


def test_progress_rules() -> None:
    body = tasks(GOOD + """
  progress:
    - {date: 2021-03-01, status: doing}
    - {date: 2021-02-01, status: doing}
    - {date: 2021-04-01, status: done}
    - {date: 2021-05-01, status: doing}""")
    assert lint_codes(body) == [(21, 24, "P001"), (23, 17, "P002")]


def test_progress_in_order_passes() -> None:
    body = tasks(GOOD + """
  progress:
    - {date: 2021-03-01, status: doing, note: Đang dự thảo}
    - {date: 2021-03-01, status: blocked}
    - {date: 2021-04-01, status: done, evidence: Quyết định số 12/QĐ-UBND}""")
    assert lint_codes(body) == []


def test_document_symbol_must_match_type() -> None:
    header = """\
version: 1
id: x
document: {type: Chương trình, symbol: KH-UBND, issuer: A, title: B, date: 2021-02-29}
period: {start: 2021, end: 2021}
"""
    assert lint_codes(header, header=False) == [(3, 40, "D001"), (3, 76, "D002")]
    assert lint_codes(header.replace("KH-UBND", "CTr-UBND").replace("02-29", "02-28"), header=False) == []


def test_every_rule_is_documented_with_examples() -> None:
    for code, module in RULES.items():
        doc = module.__doc__ or ""
        assert module.CODE == code and module.NAME and doc.strip()
        assert "Đúng" in doc and "Sai" in doc, code


def test_every_rule_has_a_vietnamese_title() -> None:
    import unicodedata

    from cchc.base.i18n import catalogue

    titles = [module.TITLE for module in RULES.values()]
    assert len(set(titles)) == len(titles)  # one name per rule
    for module in RULES.values():
        assert module.TITLE and unicodedata.is_normalized("NFC", module.TITLE) and not module.TITLE.isascii()
        assert module.TITLE != module.NAME and module.TITLE in catalogue("en")


def test_unreadable_deadline_is_an_error_with_the_nearest_form() -> None:
    from cchc.checking.lint import lint_text
    from conftest import HEADER, registry

    body = tasks(GOOD.replace("deadline: Năm 2021", "deadline: Qúy II/2021 hoặc sớm hơn"))
    assert lint_codes(body) == [(17, 23, "T004")]
    result = lint_text(HEADER + body, "plan.yaml", registry=registry())
    assert "Quý" in result.diagnostics[0].hint


def test_quarter_without_year_in_a_multi_year_plan() -> None:
    header = HEADER.replace("period: {start: 2021, end: 2021}", "period: {start: 2021, end: 2025}")
    body = tasks(GOOD.replace("deadline: Năm 2021", "deadline: Quý II"))
    assert lint_codes(header + body, header=False) == [(17, 23, "T004")]
    assert lint_codes(tasks(GOOD.replace("deadline: Năm 2021", "deadline: Quý II"))) == []


def test_occurrences_must_exist_and_repeat_only_after_a_new_period() -> None:
    body = tasks(GOOD.replace("deadline: Năm 2021", "deadline: Quý II và Quý IV/2021") + """
  progress:
    - {date: 2021-06-20, status: done, occurrence: 2021-Q2}
    - {date: 2021-10-01, status: doing, occurrence: 2021-Q4}
    - {date: 2021-10-02, status: doing, occurrence: 2021-Q3}
    - {date: 2021-10-03, status: doing, occurrence: 2021-Q2}""")
    assert lint_codes(body) == [(22, 63, "P003"), (23, 17, "P002")]


def test_trigger_only_on_conditional_deadlines() -> None:
    body = tasks(GOOD + "\n  trigger: {date: 2021-03-01, days: 30}")
    assert lint_codes(body) == [(19, 22, "P003")]
    conditional = tasks(GOOD.replace("deadline: Năm 2021", "deadline: Sau khi có hướng dẫn của Bộ")
                        + "\n  trigger: {date: 2021-03-01, days: 30}")
    assert lint_codes(conditional) == []


def test_semantic_rules_still_run_beside_schema_errors() -> None:
    body = tasks(GOOD + "\n  evidance: x\n" + GOOD + "\n" + GOOD.replace('id: "1"', 'id: "2"').replace(
        "lead: [Sở Nội vụ]", "lead: Sở Nội vụ"))
    codes = lint_codes(body)
    # the misspelled key is dropped, the task with a wrong type is left out, the duplicate still shows
    assert [c for _, _, c in codes] == ["S001", "N001", "S003"]


def test_period_order() -> None:
    header = HEADER.replace("period: {start: 2021, end: 2021}", "period: {start: 2025, end: 2021, vision: 2020}")
    assert [c for _, _, c in lint_codes(header, header=False)] == ["D003", "D003"]


def test_deadline_before_the_plan_period() -> None:
    assert lint_codes(tasks(GOOD.replace("deadline: Năm 2021", "deadline: Quý IV/2020"))) == [(17, 23, "T005")]
    assert lint_codes(tasks(GOOD.replace("deadline: Năm 2021", "deadline: Quý I/2022"))) == []
