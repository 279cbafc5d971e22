"""Inline suppressions: scope, reasons, unused and invalid suppressions."""

from __future__ import annotations

from conftest import lint_codes

BODY = """\
appendices:
  - sections:
      - number: I
        title: A
        lead: [Sở Nội vụ]
        tasks:{tasks_comment}
          - id: "1"{c1}
            content: x
            deadline: Năm 2021
          - id: "2"
            content: y
            output: z{c2}
            deadline: Năm 2021
"""


def body(tasks_comment: str = "", c1: str = "", c2: str = "") -> str:
    return BODY.format(tasks_comment=tasks_comment, c1=c1, c2=c2)


def test_without_suppression_the_rule_fires() -> None:
    assert lint_codes(body()) == [(15, 13, "T002")]


def test_suppression_on_the_line() -> None:
    assert lint_codes(body(c1="  # cchc: ignore[T002] Bản gốc không ghi sản phẩm")) == []


def test_suppression_on_a_block_opening_line_covers_the_block() -> None:
    assert lint_codes(body(tasks_comment="  # cchc: ignore[T002] Nhóm này không ghi sản phẩm")) == []


def test_suppression_does_not_leak_outside_its_block() -> None:
    # on task 2's "output" line: covers only that line, not task 1
    assert lint_codes(body(c2="  # cchc: ignore[T002] Không áp dụng ở đây")) == [(15, 13, "T002"), (20, 24, "Q002")]


def test_comment_alone_on_a_line_applies_to_the_next_line() -> None:
    text = body().replace('          - id: "1"', '          # cchc: ignore[T002] Bản gốc không ghi sản phẩm\n          - id: "1"')
    assert lint_codes(text) == []


def test_suppression_needs_a_reason_but_still_suppresses() -> None:
    assert lint_codes(body(c1="  # cchc: ignore[T002]")) == [(15, 22, "Q001")]


def test_unused_code_in_a_list_is_reported() -> None:
    codes = lint_codes(body(c1="  # cchc: ignore[T002,T003] Bản gốc"))
    assert codes == [(15, 22, "Q002")]


def test_unknown_code_and_bad_syntax() -> None:
    assert lint_codes(body(c1="  # cchc: ignore[T002,Z999] Bản gốc")) == [(15, 22, "Q003")]
    assert lint_codes(body(c1="  # cchc: ignore T002 Bản gốc")) == [(15, 13, "T002"), (15, 22, "Q003")]


def test_codes_are_case_insensitive_and_spacing_tolerant() -> None:
    assert lint_codes(body(c1="  #cchc:ignore[ t002 ] Bản gốc không ghi")) == []


def test_suppression_text_inside_a_quoted_string_is_not_a_comment() -> None:
    text = body().replace("content: x", 'content: "x # cchc: ignore[T002] không phải chú thích"')
    assert lint_codes(text) == [(15, 13, "T002")]


def test_meta_diagnostics_cannot_be_suppressed() -> None:
    codes = lint_codes(body(c1="  # cchc: ignore[T002,Q001]"))
    assert (15, 22, "Q001") in codes and (15, 22, "Q003") in codes


def test_text_inside_a_block_scalar_is_not_a_suppression() -> None:
    text = body().replace("            content: x\n", "            content: |\n              x # cchc: ignore[T002] chữ trong văn bản\n")
    assert lint_codes(text) == [(15, 13, "T002")]


def test_a_hash_line_ending_a_text_block_is_text_not_a_suppression() -> None:
    """In a ``|`` or ``>`` block every line is text, also the last one when it starts with "#"
    (it used to be trimmed off the block as if it were a comment, and read as a suppression)."""
    from cchc.checking.suppress import parse_suppressions
    from cchc.reading.load import load_text

    for style in ("|", ">", "|-", ">+"):
        text = f"a: {style}\n  văn bản\n  # cchc: ignore[T002] không phải chú thích\nb: 1  # cchc: ignore[T003] thật\n"
        loaded = load_text(text)
        assert loaded.data["a"].rstrip("\n").endswith("# cchc: ignore[T002] không phải chú thích")
        assert [(s.line, s.codes) for s in parse_suppressions(loaded)] == [(4, ("T003",))]
        eager = load_text(text)
        _ = eager.spans
        assert [(s.line, s.codes) for s in parse_suppressions(eager)] == [(4, ("T003",))]
