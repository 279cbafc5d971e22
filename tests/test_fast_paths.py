"""The shortcuts the read path takes for speed give the same answers as the slow paths they skip.

- The loader answers libyaml's "which tag is this scalar?" without the resolver for plain text.
- jsonschema-rs says "valid" exactly when python-jsonschema finds no error (only files it rejects
  are explained by python-jsonschema).
- Non-terminal status output is drawn by cchc.writing.output.plaintable instead of rich.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.checking import schema
from cchc.reading.load import _Loader, _scalar, load_text
from cchc.writing.output import plaintable
from conftest import FIXTURES, ROOT

_BASE = yaml.resolver.Resolver()
_TRICKY = ["", "~", "null", "Null", "NULL", "nulls", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON",
           "off", "Off", "OFF", "true", "True", "TRUE", "false", "False", "FALSE", "falsey", "y", "n", "Y", "N",
           "0", "010", "0o17", "0x1F", "0b101", "1_000", "1:20", "-1", "+1", "1.10", ".5", "1e3", ".inf", "-.Inf",
           ".NaN", "<<", "=", "2021-07-01", "2021-07-01 10:00:00", "Năm 2021", "Nội dung", "Tổ chức thực hiện",
           "Off-line", "Trường", "offline", "nullable", "Quý II/2021", "ĐB", "Ý kiến"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=12), st.from_regex(r"[-+.~0-9a-zA-Z:_ ]{0,10}")))
def test_loader_resolves_every_scalar_like_pyyaml(value: str) -> None:
    loader = _Loader("")
    for implicit in ((True, False), (False, True)):
        assert loader.resolve(yaml.ScalarNode, value, implicit) == _BASE.resolve(yaml.ScalarNode, value, implicit)


@pytest.mark.parametrize("value", _TRICKY)
def test_plain_scalar_values_match_core_resolution(value: str) -> None:
    """_scalar's shortcut for plain text agrees with the full YAML 1.2 core resolution."""
    from cchc.reading.load import _resolve_core

    node = yaml.ScalarNode(_BASE.resolve(yaml.ScalarNode, value, (True, False)), value)
    expected = _resolve_core(value)
    got = _scalar(node)
    assert got == expected or (got != got and expected != expected)  # NaN


# ----------------------------------------------------------------------------- schema: fast vs slow


def _slow_errors(data: Any, name: str) -> list[Any]:
    return list(schema._validator(name).iter_errors(data))


def _documents() -> list[tuple[str, Any, str]]:
    files = [*ROOT.joinpath("plans").rglob("*.yaml"), *FIXTURES.rglob("*.yaml"), *ROOT.joinpath("tests", "bad").glob("*.yaml"),
             *sorted(ROOT.joinpath("bench", "corpus", "province").rglob("*.yaml"))[:10]]
    out = []
    for path in sorted(set(files)):
        if path.is_symlink():
            continue
        try:
            loaded = load_text(path.read_text(encoding="utf-8-sig"), str(path))
        except (UnicodeDecodeError, OSError):
            continue
        if loaded.data is None:
            continue
        name = schema.AGENCIES_SCHEMA if path.name in ("agencies.yaml", "agencies.yml") else schema.PLAN_SCHEMA
        out.append((str(path.relative_to(ROOT)), loaded.data, name))
    return out


DOCUMENTS = _documents()


def test_fast_validator_is_used() -> None:
    assert schema._fast_validator(schema.PLAN_SCHEMA) is not None, "jsonschema-rs is a dependency"


@pytest.mark.parametrize("label,data,name", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_fast_and_slow_validators_agree_on_every_file(label: str, data: Any, name: str) -> None:
    fast = schema.is_valid(data, name)
    if fast is None:
        pytest.skip(f"jsonschema-rs cannot represent {label}; the slow path answers alone")
    assert fast == (not _slow_errors(data, name)), label


_JUNK = [None, True, 0, -1, 1.5, "", "x", "Quý V/2021", "2021-02-31", "2021-13-01", [], {}, ["a"], {"k": "v"},
         "so-noi-vu", "a b", "tuan#1", "2021", "2021-Q5", "2021-H1", "10000-01-01", "doing", "done", "xong"]


def _mutate(data: Any, rng: random.Random) -> Any:
    """Replace one randomly chosen value (or add one key) somewhere in the document."""
    data = json.loads(json.dumps(data, default=str))
    nodes: list[tuple[Any, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key in value:
                nodes.append((value, key))
                walk(value[key])
        elif isinstance(value, list):
            for index in range(len(value)):
                nodes.append((value, index))
                walk(value[index])

    walk(data)
    if not nodes:
        return data
    parent, key = rng.choice(nodes)
    if isinstance(parent, dict) and rng.random() < 0.15:
        parent[rng.choice(["extra", "notes", "id", "deadline", "status"])] = rng.choice(_JUNK)
    elif isinstance(parent, dict) and rng.random() < 0.1:
        del parent[key]
    else:
        parent[key] = rng.choice(_JUNK)
    return data


def test_fast_and_slow_validators_agree_on_mutated_plans() -> None:
    rng = random.Random(20210701)
    bases = [(d, n) for _, d, n in DOCUMENTS if isinstance(d, dict)]
    assert bases
    checked = 0
    for _ in range(1500):
        data, name = rng.choice(bases)
        mutated = _mutate(data, rng)
        fast = schema.is_valid(mutated, name)
        if fast is None:
            continue
        checked += 1
        if fast != (not _slow_errors(mutated, name)):
            pytest.fail(f"validators disagree on a mutated document: fast={fast}\n{json.dumps(mutated, ensure_ascii=False)[:2000]}")
    assert checked > 1000


def test_validate_explains_what_the_fast_validator_rejects() -> None:
    data = {"version": 1}
    assert schema.is_valid(data) is False
    assert schema.validate(data), "a rejected document gets its problems from the slow validator"


def test_data_the_fast_validator_cannot_represent_falls_back() -> None:
    data = {1: "a key that is not text"}
    assert schema.is_valid(data) is None
    assert schema.validate(data)


# ----------------------------------------------------------------------------- plain table


def test_wrap_keeps_every_word_and_respects_the_width() -> None:
    text = "Kiểm tra việc thực hiện công tác cải cách hành chính nhà nước trên địa bàn tỉnh " * 3
    lines = plaintable._wrap(text.strip(), 30, False)
    assert all(len(line) <= 30 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_wrap_folds_a_word_longer_than_the_column() -> None:
    lines = plaintable._wrap("ngắn " + "x" * 25 + " cuối", 10, False)
    assert all(len(line) <= 10 for line in lines)
    assert "".join(lines).replace(" ", "") == ("ngắn" + "x" * 25 + "cuối")


def test_table_draws_header_rows_and_sections_in_a_fixed_width() -> None:
    columns = (plaintable.Column("TT", no_wrap=True), plaintable.Column("Nhiệm vụ", ratio=3, min_width=10),
               plaintable.Column("Quá hạn", right=True, no_wrap=True))
    rows = [("1", "Nhiệm vụ một rất dài " * 8, "5 ngày"), plaintable.SECTION, ("2", "Hai", "")]
    lines = list(plaintable.render(columns, rows, width=60, title="Tiêu đề"))
    assert lines[0] == "Tiêu đề"
    assert lines[1].startswith("┏") and lines[-1].startswith("└")
    body = lines[1:]
    assert len({len(line) for line in body}) == 1, "every line of the box has the same width"
    assert len(body[0]) <= 60
    assert any(line.startswith("├") for line in body), "a section rule separates the groups"
    assert any(line.rstrip("│").rstrip().endswith("5 ngày") for line in body), "right-aligned column"
    text = "\n".join(lines)
    assert text.count("│ 1 ") == 1 and "│ 2 " in text


def test_status_table_to_a_file_uses_the_streaming_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.checking.workspace import load_workspace
    from cchc.deriving.status import build_report
    from cchc.writing.output.status import write_table

    drawn: list[str] = []
    original = plaintable.render

    def spying(*args: Any, **kwargs: Any) -> Any:
        drawn.append(kwargs.get("title", ""))
        return original(*args, **kwargs)

    monkeypatch.setattr(plaintable, "render", spying)

    workspace = load_workspace([ROOT / "plans"])
    report = build_report(workspace.plans, dt.date(2021, 7, 1))
    stream = io.StringIO()
    write_table(report, stream)
    out = stream.getvalue()
    assert out.count("┏") == len({row.plan.id for row in report.rows}) == len(drawn), "one streamed table a plan"
    for row in report.rows[:50]:
        assert f"│ {row.id} " in out
    assert "Tính đến ngày 01/07/2021" in out.splitlines()[0], "the summary comes first"
    assert "\x1b[" not in out, "no colour codes in a file"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aăbcdđeêhiklmnoôơpqrstuưvxyáàảãạ-,.()/", min_size=1, max_size=25), max_size=30),
       st.integers(min_value=1, max_value=40))
def test_wrap_is_greedy_keeps_every_character_and_fits(words: list[str], width: int) -> None:
    text = " ".join(words)
    lines = plaintable._wrap_line(text, width)
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line, following in zip(lines, lines[1:], strict=False):
        first = following.split(" ")[0]
        whole = first in words and len(first) <= width
        assert not (whole and len(line) + 1 + len(first) <= width), (line, following)


# ----------------------------------------------------------------------------- text rules: whole-text check


_TEXT_RULES = ("U001", "U002", "U003")
_ODD_TEXT = ["e\u0301", "\u0301", "\u0323\u0302", "Céng hoµ x· héi", "Së Néi vô", "µ", "\u00a9", "\\u0301", "\\x01",
             "\\x85", "\\uFFFE", "\\\n  \u0301", "\x01", "ê\u0301", "\ufb01", "Å", "A\u030a"]


def _text_findings(text: str, force_walk: bool) -> list[tuple[str, Any]] | None:
    from cchc.checking import rules as registry
    from cchc.checking.lint import _tolerant_plan
    from cchc.checking.rules.base import Context

    loaded = load_text(text)
    if not loaded.ok or not isinstance(loaded.data, dict):
        return None
    plan, _, _ = _tolerant_plan(loaded, [])
    ctx = Context("p.yaml", loaded, plan)
    if force_walk:
        ctx.__dict__["escapes"] = True  # as if the file had an escape: every string is walked
    return [(code, (f.path, f.message)) for code in _TEXT_RULES for f in registry.RULES[code].check(ctx)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(p for p in ROOT.joinpath("plans").rglob("*.yaml") if p.name != "agencies.yaml")), st.lists(
    st.tuples(st.integers(0, 1 << 30), st.sampled_from(_ODD_TEXT)), min_size=1, max_size=4))
def test_text_rules_skip_the_walk_only_when_it_finds_nothing(path: Any, inserts: list[tuple[int, str]]) -> None:
    """U001–U003 look at the whole text first and walk the strings only when it could hold a
    finding: with odd characters and escapes put anywhere, the findings are the same as walking."""
    text = path.read_text(encoding="utf-8")
    for at, piece in inserts:
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    quick = _text_findings(text, force_walk=False)
    walked = _text_findings(text, force_walk=True)
    assert quick == walked


@pytest.mark.parametrize(("piece", "code"), [("e\u0301", "U001"), ("Céng hoµ x· héi", "U002"), ("\\x01", "U003"),
                                              ("\\u0065\\u0301", "U001")])
def test_text_rules_still_find_what_the_whole_text_check_lets_through(piece: str, code: str) -> None:
    text = ROOT.joinpath("plans", "nam-dinh").glob("*.yaml")
    plan = next(p for p in sorted(text) if p.name != "agencies.yaml").read_text(encoding="utf-8")
    at = plan.index("content: ") + len("content: ")
    findings = _text_findings(plan.replace(plan[at:plan.index("\n", at)], f'"x {piece} y"', 1), force_walk=False)
    assert findings is not None and [c for c, _ in findings] == [code]
