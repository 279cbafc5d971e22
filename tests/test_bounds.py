"""Bounded costs on the read path (issue 19, point 7), one piece at a time: excerpts of long keys
and values, the bound on findings of one code per file, close matches without difflib's cost for
a long word, and the text format's window on a long source line. The whole runs on hostile files
are in ``tests/bad/test_hostile_size.py``."""

from __future__ import annotations

import difflib
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.base.diagnostics import Diagnostic, Severity, Span
from cchc.base.i18n import using
from cchc.base.text import bounded, close_matches, excerpt
from cchc.checking.bounds import per_code
from cchc.checking.lint import LintResult, lint_text
from cchc.writing.output import text as text_output


def test_short_texts_are_quoted_as_they_are() -> None:
    assert excerpt("deadine") == "deadine"
    assert excerpt("x" * 80) == "x" * 80
    assert bounded("Khóa \"x\" không có.") == "Khóa \"x\" không có."


def test_long_texts_are_cut_with_a_visible_ellipsis() -> None:
    assert excerpt("x" * 81) == "x" * 79 + "…"
    assert len(excerpt("ă" * 10_000)) == 80
    message = "Cơ quan \"" + "y" * 5_000 + "\" không có trong danh mục cơ quan."
    clipped = bounded(message)
    assert len(clipped) == 1_000 and "…" in clipped
    assert clipped.startswith("Cơ quan \"yyy") and clipped.endswith("\" không có trong danh mục cơ quan.")


def test_a_long_unknown_key_is_quoted_as_an_excerpt() -> None:
    key = ("khóa rất dài " * 100).strip()
    result = lint_text(f"version: 1\nid: x\n? {key}\n: 1\n")  # explicit: a simple key is at most 1,024
    [finding] = [d for d in result.diagnostics if d.code == "S001"]
    assert finding.message == f"Khóa \"{key[:79]}…\" không có trong định dạng kế hoạch."


def _diagnostic(line: int, code: str = "S001") -> Diagnostic:
    return Diagnostic("a.yaml", Span(line, 1, line, 5), code, Severity.ERROR, f"dòng {line}", "gợi ý")


def test_findings_up_to_the_bound_are_listed_unchanged() -> None:
    items = [_diagnostic(n) for n in range(1, 6)] + [_diagnostic(n, "T002") for n in range(1, 9)]
    assert per_code(items, limit=8) == items


def test_past_the_bound_one_finding_counts_the_rest_at_the_first_omitted_place() -> None:
    items = [_diagnostic(n) for n in range(1, 1_300)] + [_diagnostic(n, "T002") for n in range(1, 3)]
    kept = per_code(items, limit=3)
    assert [(d.code, d.line) for d in kept] == [("S001", 1), ("S001", 2), ("S001", 3), ("S001", 4),
                                                ("T002", 1), ("T002", 2)]
    summary = kept[3]
    assert summary.severity is Severity.ERROR and summary.span == items[3].span
    assert summary.message == ("Còn 1.296 chỗ khác trong tệp này cũng bị báo S001, từ đây trở đi; "
                               "cchc chỉ liệt kê 3 chỗ đầu.")
    with using("en"):
        english = per_code(items, limit=3)[3].message
        one = per_code(items[:4], limit=3)[3].message
    assert english.startswith("1,296 more places in this file")
    assert one.startswith("1 more place in this file, from here on, is")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcđêxyz_-", max_size=40),
       st.lists(st.text(alphabet="abcđêxyz_-", max_size=30), max_size=12),
       st.sampled_from([0.5, 0.6, 0.75]))
def test_close_matches_answer_as_difflib_does(word: str, possibilities: list[str], cutoff: float) -> None:
    assert close_matches(word, possibilities, n=2, cutoff=cutoff) == difflib.get_close_matches(
        word, possibilities, n=2, cutoff=cutoff)


def test_close_matches_of_a_long_word_do_not_index_it() -> None:
    assert close_matches("x" * 1_000_000, ["deadline", "output"], n=1) == []


def _text(diagnostic: Diagnostic, source: str) -> list[str]:
    from cchc.checking.lint import FileResult

    result = LintResult((FileResult("a.yaml", "plan", (diagnostic,), text=source),))
    stream = io.StringIO()
    text_output.write(result, stream, color=False)
    return stream.getvalue().splitlines()


def test_a_short_source_line_is_shown_whole() -> None:
    line = "khoa: " + "x" * 290
    shown = _text(Diagnostic("a.yaml", Span(1, 7, 1, 297), "S004", Severity.ERROR, "m"), line + "\n")
    assert shown[1] == f"    1 │ {line}"
    assert shown[2] == "      │       ^" + "~" * 199


def test_a_long_source_line_is_shown_as_a_window_around_the_column() -> None:
    line = "".join(f"k{n:04d}: 1, " for n in range(2_000))  # 20,000 characters
    column = line.index("k1500") + 1
    shown = _text(Diagnostic("a.yaml", Span(1, column, 1, column + 5), "S001", Severity.ERROR, "m"), line + "\n")
    source, caret = shown[1][len("    1 │ "):], shown[2][len("      │ "):]
    assert source.startswith("…") and source.endswith("…") and len(source) == 302
    assert source[1:-1] in line
    assert caret.index("^") == source.index("k1500") and caret.endswith("^~~~~")
    first = _text(Diagnostic("a.yaml", Span(1, 1, 1, 6), "S001", Severity.ERROR, "m"), line + "\n")
    assert first[1] == f"    1 │ {line[:300]}…" and first[2] == "      │ ^~~~~"
    last = _text(Diagnostic("a.yaml", Span(1, len(line), 1, len(line) + 1), "S001", Severity.ERROR, "m"),
                 line + "\n")
    assert last[1] == f"    1 │ …{line[-300:]}" and last[2].endswith(" ^") and len(last[2]) == len(last[1])


def test_the_library_keeps_every_finding_and_the_outputs_list_the_bound() -> None:
    """``cchc import`` places a suppression for each finding and the editing commands compare
    findings before and after: the bound is for what the lint formats print, not for the result."""
    import json

    from cchc.checking.bounds import PER_CODE
    from cchc.checking.lint import FileResult
    from cchc.writing.output import FORMATS

    keys = "".join(f"khoa_{n:04d}: 1\n" for n in range(PER_CODE + 50))
    found = lint_text(f"version: 1\nid: x\n{keys}")
    assert sum(d.code == "S001" for d in found.diagnostics) == PER_CODE + 50
    result = LintResult((FileResult("a.yaml", "plan", found.diagnostics, text=found.text),))
    stream = io.StringIO()
    FORMATS["json"](result, stream)
    document = json.loads(stream.getvalue())
    listed = [d for d in document["diagnostics"] if d["code"] == "S001"]
    assert len(listed) == PER_CODE + 1 and listed[-1]["message"].startswith("Còn 50 chỗ khác")
    assert document["summary"]["errors"] == sum(d["severity"] == "error" for d in document["diagnostics"])
    for name in ("text", "github", "sarif"):
        out = io.StringIO()
        FORMATS[name](result, out)
        assert "Còn 50 chỗ khác" in out.getvalue() and "khoa_0249" not in out.getvalue()


def test_rules_quote_long_plan_values_as_excerpts() -> None:
    """N001 (a repeated key, a repeated number in a group known by its title): a value pasted by
    mistake is quoted as its first 79 characters and "…", never whole."""
    from conftest import HEADER
    from conftest import registry as registry_of_tests

    long_key = "k" * 300
    long_title = "Nhóm nhiệm vụ " + "rất dài " * 60
    body = f"""\
appendices:
  - sections:
      - title: {long_title}
        tasks:
          - {{id: "1", key: {long_key}, content: A, output: B, deadline: Quý II/2021, lead: [Sở Nội vụ]}}
          - {{id: "1", key: {long_key}, content: C, output: D, deadline: Năm 2021, lead: [Sở Nội vụ]}}
"""
    result = lint_text(HEADER + body, "plan.yaml", registry=registry_of_tests())
    messages = [d.message for d in result.diagnostics if d.code == "N001"]
    assert any(f"\"{long_key[:79]}…\"" in m for m in messages), messages
    assert any(f"\"{excerpt(long_title.strip())}\"" in m for m in messages), messages
    assert all(long_key not in m and long_title.strip() not in m for m in messages)
