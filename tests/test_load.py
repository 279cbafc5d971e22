"""The located loader: exact spans, YAML 1.2 scalars, problems as values."""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc.base.diagnostics import Span
from cchc.reading.load import comment_start, decode, load_file, load_text


def test_spans_are_one_based_and_cover_the_node() -> None:
    loaded = load_text("a: 1\nb:\n  - x: hello\n    y: [1, 2]\n  - z\n")
    assert loaded.spans[("a",)] == Span(1, 4, 1, 5)
    assert loaded.key_spans[("b",)] == Span(2, 1, 2, 2)
    assert loaded.spans[("b", 0, "x")] == Span(3, 8, 3, 13)
    assert loaded.spans[("b", 0, "y", 1)] == Span(4, 12, 4, 13)
    # a block collection ends at its last value, not at the next token
    assert loaded.spans[("b", 0)] == Span(3, 5, 4, 14)
    assert loaded.spans[("b",)].end_line == 5


def test_columns_count_characters_not_bytes() -> None:
    loaded = load_text("tên: Sở Nội vụ\nđịa: x\n")
    assert loaded.spans[("tên",)] == Span(1, 6, 1, 15)
    assert loaded.key_spans[("địa",)].column == 1


def test_yaml_1_2_scalars() -> None:
    loaded = load_text("a: yes\nb: on\nc: 2021-06-30\nd: true\ne: 1.10\nf: '1.10'\ng: 7\nh: ~\ni: !!str 12\n")
    data = loaded.data
    assert data["a"] == "yes" and data["b"] == "on"
    assert data["c"] == "2021-06-30"
    assert data["d"] is True
    assert data["e"] == 1.1 and data["f"] == "1.10"
    assert data["g"] == 7 and data["h"] is None
    assert data["i"] == "12"


def test_duplicate_key_is_a_problem_at_the_second_key() -> None:
    loaded = load_text("a: 1\nb: 2\na: 3\n")
    assert [(p.kind, p.span.line, p.span.column) for p in loaded.problems] == [("duplicate-key", 3, 1)]
    assert loaded.ok  # data is still usable


def test_syntax_error_is_a_value_with_location() -> None:
    loaded = load_text("a:\n  b: 1\n c: 2\n")
    assert not loaded.ok
    (problem,) = loaded.problems
    assert problem.kind == "syntax"
    assert problem.span.line == 3
    assert problem.message  # Vietnamese text
    assert "YAML" in problem.message or "Thụt lề" in problem.message or "khóa" in problem.message


def test_unclosed_quote_points_at_the_opening_quote() -> None:
    loaded = load_text('a: 1\nb: "mở mà không đóng\nc: 3\n')
    (problem,) = loaded.problems
    assert (problem.span.line, problem.span.column) == (2, 4)


def test_tab_indentation_is_named() -> None:
    loaded = load_text("a:\n\t- b\n")
    (problem,) = loaded.problems
    assert "Tab" in problem.message and problem.span.line == 2


@pytest.mark.parametrize(("text", "column", "example"), [
    ("content: %tỷ lệ hồ sơ\n", 10, 'content: "%tỷ lệ hồ sơ"'),
    ("lead_text: @Sở Nội vụ  # ghi chú\n", 12, 'lead_text: "@Sở Nội vụ"'),
    ("output: `Báo cáo`\n", 9, 'output: "`Báo cáo`"'),
    ("lead: [Sở Tư pháp, @Sở Nội vụ]\n", 20, '"@Sở Nội vụ"'),
    ("tasks:\n  - %a: b\n", 5, '- "%a": b'),
    ('content: %50 "hồ sơ" \\ x\n', 10, 'content: "%50 \\"hồ sơ\\" \\\\ x"'),
])
def test_reserved_first_character_gets_a_quote_hint(text: str, column: int, example: str) -> None:
    """%, @ and ` cannot start plain text in YAML: the hint quotes the value, it does not talk about Tabs."""
    (problem,) = load_text(text).problems
    last = text.rstrip("\n").split("\n")
    assert (problem.span.line, problem.span.column) == (len(last), column)
    char = last[-1][column - 1]
    assert f'ký tự "{char}"' in problem.message and "Tab" not in problem.message + problem.hint
    assert problem.hint.endswith("ví dụ: " + example)


def test_block_mapping_registers_blocks_for_suppressions() -> None:
    loaded = load_text("tasks:\n  - id: 1\n    content: x\n  - id: 2\n    content: y\n")
    assert loaded.blocks[1] == 5  # "tasks:" covers both items
    assert loaded.blocks[2] == 3  # the first item covers its own lines only
    assert loaded.blocks[4] == 5


def test_decode_rejects_utf16_and_locates_bad_bytes() -> None:
    text, problem = decode("a: 1\n".encode("utf-16"))
    assert text is None and problem is not None and "UTF-16" in problem.message
    text, problem = decode(b"a: 1\nb: C\xe1i\n")
    assert text is None and problem is not None
    assert (problem.span.line, problem.span.column) == (2, 5)
    text, problem = decode(b"\xef\xbb\xbfa: 1\n")
    assert text == "a: 1\n" and problem is None


def test_missing_file_is_a_problem(tmp_path: Path) -> None:
    loaded = load_file(tmp_path / "khong-co.yaml")
    assert not loaded.ok and loaded.problems[0].kind == "read"


def test_comment_start_ignores_hashes_in_quotes() -> None:
    assert comment_start('a: "x # y"  # real') == 12
    assert comment_start("a: 'it''s # not'") is None
    assert comment_start("a: b#c") is None
    assert comment_start("# top") == 0


def test_deep_flow_nesting_is_refused_without_crashing() -> None:
    # libyaml's C composer would overflow the stack on this; the guard reports it instead
    loaded = load_text("a: " + "[" * 50_000 + "]" * 50_000 + "\n")
    (problem,) = loaded.problems
    assert problem.kind == "syntax" and "sâu" in problem.message and problem.span.line == 1


def test_deep_block_nesting_is_a_problem_not_a_recursion_error() -> None:
    text = "".join("  " * i + f"k{i}:\n" for i in range(1000)) + "  " * 1000 + "v\n"
    loaded = load_text(text)
    assert [p.kind for p in loaded.problems] == ["syntax"]


def test_alias_bomb_is_refused() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdef", "bcdefg", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    loaded = load_text("\n".join(lines) + "\n")
    assert [p.kind for p in loaded.problems] == ["syntax"]
    # located at the alias where the data crosses the limit: line "e", its first *d (1 + 1+9 + 1+9·10
    # + 1+9·91 + 1+9·820 = 8,304 nodes before it, + 7,381 with it > len(text) + 10,000)
    (problem,) = loaded.problems
    assert (problem.span.line, problem.span.column, problem.span.end_column) == (5, 8, 10)
    assert lines[4].startswith("e: &e [*d") and "*d" in problem.message


@pytest.mark.parametrize(("text", "where"), [
    ("a: &x [1, *x]\n", (1, 11)),
    ("a: &x {k: [*x]}\n", (1, 12)),
    ("a:\n  - &x\n    - b\n    - *x\n", (4, 7)),
])
def test_alias_inside_its_own_anchor_is_located(text: str, where: tuple[int, int]) -> None:
    (problem,) = load_text(text).problems
    assert (problem.span.line, problem.span.column) == where and "vô tận" in problem.message


def test_small_aliases_are_fine() -> None:
    loaded = load_text("a: &x [1, 2]\nb: *x\n")
    assert loaded.ok and loaded.data == {"a": [1, 2], "b": [1, 2]}


def test_crlf_line_endings_and_odd_keys() -> None:
    loaded = load_text("a: 1\r\nb: x\r\n? [c, d]\r\n: e\r\n1: f\r\n")
    assert loaded.spans[("b",)] == Span(2, 4, 2, 5)
    assert set(loaded.data) == {"a", "b", "[c, d]", "1"}


def test_control_characters_are_located() -> None:
    loaded = load_text('a: 1\nb: "Sở\x0bNội vụ"\n')
    (problem,) = loaded.problems
    assert (problem.span.line, problem.span.column) == (2, 7) and "U+000B" in problem.message


def test_leading_zeros_are_numbers_with_a_warning_and_huge_numbers_stay_text() -> None:
    loaded = load_text("a: 01\nb: 10\nc: " + "9" * 5000 + "\nd: 0\ne: '01'\n")
    assert loaded.data["a"] == 1 and loaded.data["b"] == 10 and loaded.data["d"] == 0 and loaded.data["e"] == "01"
    assert [(p.kind, p.span.line) for p in loaded.problems] == [("leading-zero", 1)]
    assert isinstance(loaded.data["c"], str)


def test_comment_detection_uses_scalar_extents() -> None:
    loaded = load_text("a: |\n  văn bản # không phải chú thích\nb: \"có # trong nháy\"  # thật\nc: l'x # thật\n")
    assert loaded.comment_column(2) is None
    assert loaded.comment_column(3) == 22
    assert loaded.comment_column(4) == 7
