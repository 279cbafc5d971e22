#!/usr/bin/env python3
"""Fuzz cchc's readers with Hypothesis (issue 9, point 2): the long run.

    python fuzz/run.py [--cases 100000] [--targets deadline,loader,importer] [--save DIR]

Three targets share the cases (40 % / 40 % / 20 %):

- ``deadline``: :func:`cchc.reading.deadline.parse_deadline` on Vietnamese-ish text — grammar words
  ("Quý", "năm", "tháng", "hằng"…), Roman numerals, numbers, separators, odd Unicode — and on the
  known forms with out-of-range holes ("31/02/2021", "Quý V/2021", "29/02 hằng năm"), with and
  without a plan period;
- ``loader``: :func:`cchc.checking.lint.lint_text` (which runs :func:`cchc.reading.load.load_text`) on mutated copies
  of the bundled plans and registries — byte flips, deleted, duplicated, swapped or re-indented
  lines, inserted YAML punctuation, tabs, NUL, BOM, line separators —, the bytes decoded as
  ``cchc lint`` decodes them; then every output format and :func:`cchc.deriving.status.plan_status`;
- ``importer``: :func:`cchc.authoring.import_sources.parse_text` and :func:`cchc.authoring.importer.import_source` on
  generated tab-separated (and Markdown) plans and on mutated import fixtures.

The contract: any input either parses or yields a diagnostic — a ``DeadlineError``, a
``LoadProblem`` or lint ``Diagnostic``, an ``ImportProblem`` — and never another exception. Counted
as unexpected errors ("lỗi ngoài dự kiến"): any other exception, an X001 diagnostic (an exception a
rule raised and lint caught), a case slower than ``--case-timeout`` seconds, a ``Deadline`` that
breaks its own invariants, and an imported plan that does not pass the schema. Diagnostics whose
message is not Vietnamese or whose position lies outside the file are listed as quality findings.

Hypothesis runs with fixed seeds (the same cases every run), without a database and without
shrinking; repeated inputs are skipped, so N cases are N different inputs. Each failure is reduced here by deleting lines and characters while it still fails the
same way, and printed as a Python reproducer. The last line is ``N trường hợp, K lỗi ngoài dự
kiến``; the exit status is 1 when K > 0. ``tests/test_fuzz.py`` runs a few hundred cases of the
same targets in the normal test run.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import io
import json
import re
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from cchc.authoring.import_sources import ImportProblem, parse_text  # noqa: E402
from cchc.authoring.importer import import_source, load_registry  # noqa: E402
from cchc.checking.lint import LintResult, lint_text  # noqa: E402
from cchc.checking.schema import PLAN_SCHEMA, validate  # noqa: E402
from cchc.reading.agencies import Registry  # noqa: E402
from cchc.reading.deadline import KINDS, Deadline, DeadlineError, PlanPeriod, parse_deadline  # noqa: E402
from cchc.reading.load import decode, load_text, split_lines  # noqa: E402

AS_OF = dt.date(2021, 7, 1)
SHARES = {"deadline": 0.4, "loader": 0.4, "importer": 0.2}
TARGETS = tuple(SHARES)

# Bugs already reported (with an xfail reproducer in tests/test_fuzz.py or tests/bad/): failures
# whose signature contains the pattern are named, so a new crash stands out. They still count.
KNOWN_BUGS: dict[str, str] = {}  # none known: the C1-control export bug found by fuzzing is fixed


# ============================================================================ results

@dataclass
class Failure:
    target: str
    signature: str  # what kind of failure: exception type and where, or the broken invariant
    reproducer: str  # Python code that shows it (reduced)
    detail: str = ""  # the end of the traceback
    count: int = 1  # how many cases failed this way

    @property
    def known(self) -> str | None:
        return next((why for pattern, why in KNOWN_BUGS.items() if pattern in self.signature), None)


@dataclass
class Finding:
    """A quality finding (not a contract failure): how often, and the smallest reproducer."""

    count: int = 0
    size: int = 1 << 62
    reproducer: str = ""


@dataclass
class Tally:
    cases: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TARGETS, 0))
    failures: dict[str, Failure] = field(default_factory=dict)  # signature → first occurrence
    quality: dict[str, Finding] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(TARGETS, 0.0))

    @property
    def total(self) -> int:
        return sum(self.cases.values())

    @property
    def unexpected(self) -> int:
        return sum(f.count for f in self.failures.values())

    def note(self, finding: str, size: int, reproducer: Callable[[], str]) -> None:
        entry = self.quality.setdefault(finding, Finding())
        entry.count += 1
        if size < entry.size:
            entry.size, entry.reproducer = size, reproducer()

    def unknown_failures(self, target: str | None = None) -> list[Failure]:
        return [f for f in self.failures.values() if f.known is None and (target is None or f.target == target)]


class CaseTimeout(Exception):
    """A case ran longer than the per-case limit (a hang)."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`CaseTimeout` inside the block after ``seconds`` (Unix main thread only)."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise CaseTimeout(f"hơn {seconds:g} giây")

    try:
        previous = signal.signal(signal.SIGALRM, expired)
    except ValueError:  # not the main thread
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _where(exc: BaseException) -> str:
    """The innermost frame inside cchc: ``cchc/reading/deadline.py:_yearly``."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/cchc/" in f.filename.replace("\\", "/")]
    if not frames:
        return "?"
    last = frames[-1]
    return f"cchc/{last.filename.replace(chr(92), '/').rsplit('/cchc/', 1)[1]}:{last.name}"


def _signature(exc: BaseException) -> str:
    message = re.sub(r"\d+", "N", str(exc))[:120]
    return f"{type(exc).__name__}: {message} @ {_where(exc)}"


# ============================================================================ target: deadline

GRAMMAR = (
    "Quý", "quý", "QUÝ", "Năm", "năm", "NĂM", "Tháng", "tháng", "ngày", "Ngày", "hằng", "Hằng", "hàng",
    "định kỳ", "Định kỳ", "mỗi", "và", "đến", "tới", "từ", "Từ", "trước", "Trước", "trong", "Trong",
    "chậm nhất", "hạn", "hoàn thành", "Giai đoạn", "giai đoạn", "thời kỳ", "đầu", "cuối", "hết", "cả",
    "các năm tiếp theo", "những năm tiếp theo", "lần", "một lần", "Nhiệm vụ", "thường xuyên",
    "Thường xuyên", "liên tục", "Sau khi", "Theo tiến độ", "Theo lộ trình", "khi có", "căn cứ",
)
ROMAN_TOKENS = ("I", "II", "III", "IV", "V", "VI", "i", "ii", "iii", "iv", "Ⅳ", "IIII")
PUNCTUATION = ("/", "-", "–", "—", "−", ",", ".", ";", ":", "(", ")", " ", "  ", "\t", "\n", "\r\n")
ODD = ("\u00a0", "\u200b", "\ufeff", "\u0300", "\u0323", "\u0302", "\x00", "\x0b", "\u2028", "\x85",
       "２０２１", "٢٠٢١", "𝟐𝟎𝟐𝟏", "Ⅱ", "ı", "İ", "ß", "ǅ", "\ud800", "\U0010ffff", "ﬃ", "QUÝ", "Quy\u0301")
TEMPLATES = (
    "Quý {q}/{y}", "Quý {q}-{q2}/{y}", "Quý {q} - Quý {q2}/{y}", "Quý {q} và Quý {q2}/{y}", "Quý {q}, {q2}/{y}",
    "quý {q} năm {y}", "Năm {y}", "Trong năm {y}", "Tháng {m}/{y}", "Tháng {m}-{m2}/{y}", "tháng {m} năm {y}",
    "{k} tháng đầu năm {y}", "{k} tháng cuối năm {y}", "{d}/{m}/{y}", "ngày {d}/{m}/{y}",
    "Trước ngày {d}/{m}/{y}", "{d}/{m} hằng năm", "ngày {d}/{m} hằng năm", "Trước ngày {d}/{m} hàng năm", "ngày {d} tháng {m} năm {y}", "ngày {d} tháng {m}",
    "Giai đoạn {y}-{y2}", "Từ năm {y} đến năm {y2}", "Đến năm {y}", "Trước năm {y}", "chậm nhất năm {y}",
    "Hằng năm", "Hằng quý", "Hằng tháng", "6 tháng/01 lần", "Định kỳ 6 tháng, hằng năm",
    "Năm {y} và các năm tiếp theo", "Quý {q} hằng năm", "Tháng {m} hằng năm", "Quý {q}/{y} - Quý {q2}/{y2}",
    "{y}-{m}-{d}", "Năm {y}, {y2}", "Năm {y} và {y2}", "{d}/{m}", "Quý {q}", "Tháng {m}", "Từ quý {q}/{y}",
    "Nhiệm vụ thường xuyên", "Sau khi có văn bản hướng dẫn", "Theo tiến độ Đề án",
)
_years = st.one_of(st.integers(1940, 2110), st.sampled_from((0, 1, 1944, 1945, 2100, 2101, 9999, 20211, 99999)))
_holes = {
    "q": st.one_of(st.sampled_from(ROMAN_TOKENS), st.integers(0, 6).map(str)),
    "q2": st.one_of(st.sampled_from(ROMAN_TOKENS), st.integers(0, 6).map(str)),
    "y": _years.map(str), "y2": _years.map(str),
    "m": st.one_of(st.sampled_from((0, 1, 2, 12, 13)), st.integers(0, 14)).map(str),
    "m2": st.one_of(st.sampled_from((0, 1, 2, 12, 13)), st.integers(0, 14)).map(str),
    "d": st.one_of(st.sampled_from((0, 1, 28, 29, 30, 31, 32)), st.integers(0, 32)).flatmap(
        lambda n: st.sampled_from((str(n), f"{n:02d}"))),  # month ends and leap days more often
    "k": st.sampled_from(("3", "03", "6", "06", "9", "09", "12", "1", "0")),
}


@st.composite
def _from_template(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    text = template.format(**{name: draw(strategy) for name, strategy in _holes.items()})
    style = draw(st.sampled_from(("as-is", "upper", "lower", "spaces", "odd")))
    if style == "upper":
        text = text.upper()
    elif style == "lower":
        text = text.lower()
    elif style == "spaces":
        text = re.sub(r"([/-])", lambda m: draw(st.sampled_from(("", " ", "  "))) + m.group() + " ", text)
    elif style == "odd":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD + PUNCTUATION)) + text[at:]
    return text


_token = st.one_of(
    st.sampled_from(GRAMMAR), st.sampled_from(ROMAN_TOKENS), st.sampled_from(PUNCTUATION),
    st.integers(0, 99_999).map(str), st.integers(0, 99).map(lambda n: f"{n:02d}"),
    st.sampled_from(ODD), st.text(max_size=3),
)


@st.composite
def _from_tokens(draw: st.DrawFn) -> str:
    tokens = draw(st.lists(_token, max_size=10))
    separators = draw(st.lists(st.sampled_from((" ", " ", "", "/", "-", " / ")), min_size=len(tokens),
                               max_size=len(tokens)))
    return "".join(t + s for t, s in zip(tokens, separators, strict=True))


_forward_period = st.builds(lambda start, span: PlanPeriod(start, start + span), st.integers(1940, 2110),
                           st.integers(0, 8))
_period = st.one_of(
    st.none(),
    _forward_period,
    _forward_period,
    st.builds(lambda start, span: PlanPeriod(start, start - span), st.integers(1940, 2110), st.integers(1, 5)),
    st.sampled_from((PlanPeriod(1945, 2100), PlanPeriod(2021, 2021), PlanPeriod(2021, 2025), PlanPeriod(2024, 2024))),
)
DEADLINE_CASES = st.tuples(st.one_of(_from_template(), _from_template(), _from_tokens(), st.text(max_size=30)), _period)


def _period_code(period: PlanPeriod | None) -> str:
    return "None" if period is None else f"PlanPeriod({period.start}, {period.end})"


def deadline_reproducer(case: tuple[str, PlanPeriod | None]) -> str:
    text, period = case
    return ("from cchc.reading.deadline import PlanPeriod, parse_deadline\n"
            f"parse_deadline({text!r}, {_period_code(period)})")


def check_deadline(case: tuple[str, PlanPeriod | None], tally: Tally | None = None) -> str | None:
    """None when the contract holds, else why not (exceptions propagate to the caller)."""
    text, period = case
    result = parse_deadline(text, period)
    if isinstance(result, DeadlineError):
        if not (isinstance(result.message, str) and result.message.strip()):
            return "invariant: DeadlineError without a message"
        if tally is not None and _not_vietnamese(result.message):
            tally.note("deadline: thông báo không phải tiếng Việt", len(text), lambda: deadline_reproducer(case))
        return None
    if not isinstance(result, Deadline):
        return f"invariant: parse_deadline returned {type(result).__name__}"
    if result.kind not in KINDS:
        return f"invariant: unknown kind {result.kind!r}"
    if result.kind in ("date", "window", "recurring") and not result.milestones:
        return f"invariant: a {result.kind} deadline without milestones"
    for milestone in result.milestones:
        if not isinstance(milestone.due, dt.date) or not milestone.label:
            return "invariant: a milestone without a due date or label"
        if milestone.start is not None and milestone.start > milestone.due:
            return "invariant: a milestone that starts after it is due"
    json.dumps(result.to_json(), ensure_ascii=False)
    return None


# ============================================================================ target: loader

def _base_files() -> list[tuple[str, str, bytes]]:
    """(name, kind, bytes) of the bundled plans, registries and valid fixtures."""
    out = []
    for path in sorted([*ROOT.glob("plans/*/*.yaml"), *ROOT.glob("tests/fixtures/valid/*.yaml")]):
        kind = "registry" if path.name == "agencies.yaml" else "plan"
        out.append((path.relative_to(ROOT).as_posix(), kind, path.read_bytes()))
    return out


BASES = _base_files()
_REGISTRIES: dict[str, Registry | None] = {}


def registry_for(name: str) -> Registry | None:
    """The registry beside a plan (loaded once)."""
    folder = str(Path(name).parent)
    if folder not in _REGISTRIES:
        path = ROOT / folder / "agencies.yaml"
        _REGISTRIES[folder] = load_registry(path) if path.is_file() else None
    return _REGISTRIES[folder]


INSERTS = (":", ": ", "- ", "-", "[", "]", "{", "}", ",", "#", " #", "&a ", "*a", "*a ", "!", "!!str ",
           "!!python/object/apply:os.system ", "|", ">", "'", '"', "? ", "---\n", "...\n", "%YAML 1.1\n",
           "@", "`", "\t", "\x00", "\ufeff", "\r", "\n", "\r\n", "  ", "\\", "<<: ", "\u2028", "\x85", "\u00a0",
           "&a [*a, *a]", "~", "null", "1.10", "0o17", ".inf", "2021-02-30", "Quý V/2021", "29/02 hằng năm",
           "\u0301", "µ", "©", "\ud800")
_position = st.integers(0, 1 << 30)
_OPS = st.one_of(
    st.tuples(st.just("flip"), _position, st.integers(1, 255)),
    st.tuples(st.just("delete"), _position),
    st.tuples(st.just("duplicate"), _position),
    st.tuples(st.just("swap"), _position, _position),
    st.tuples(st.just("indent"), _position, st.integers(-6, 6)),
    st.tuples(st.just("insert"), _position, st.one_of(st.sampled_from(INSERTS), st.text(max_size=4))),
    st.tuples(st.just("truncate"), _position),
    st.tuples(st.just("crlf"), st.booleans()),
)
LOADER_CASES = st.tuples(st.integers(0, len(BASES) - 1), st.lists(_OPS, min_size=1, max_size=6))


def _boundary(raw: bytes, at: int) -> int:
    while at < len(raw) and 0x80 <= raw[at] < 0xC0:  # do not split a UTF-8 sequence
        at += 1
    return at


def mutate(raw: bytes, ops: Sequence[tuple[Any, ...]]) -> bytes:
    for op in ops:
        kind = op[0]
        lines = raw.splitlines(keepends=True) or [b""]
        if kind == "flip" and raw:
            at = op[1] % len(raw)
            raw = raw[:at] + bytes([raw[at] ^ op[2]]) + raw[at + 1:]
        elif kind == "delete":
            del lines[op[1] % len(lines)]
            raw = b"".join(lines)
        elif kind == "duplicate":
            at = op[1] % len(lines)
            lines.insert(at, lines[at])
            raw = b"".join(lines)
        elif kind == "swap":
            a, b = op[1] % len(lines), op[2] % len(lines)
            lines[a], lines[b] = lines[b], lines[a]
            raw = b"".join(lines)
        elif kind == "indent":
            at = op[1] % len(lines)
            line = lines[at]
            lines[at] = b" " * op[2] + line if op[2] >= 0 else line[min(-op[2], len(line) - len(line.lstrip(b" "))):]
            raw = b"".join(lines)
        elif kind == "insert":
            at = _boundary(raw, op[1] % (len(raw) + 1))
            raw = raw[:at] + op[2].encode("utf-8", "surrogatepass") + raw[at:]
        elif kind == "truncate":
            raw = raw[:_boundary(raw, op[1] % (len(raw) + 1))]
        elif kind == "crlf":
            raw = raw.replace(b"\n", b"\r\n") if op[1] else raw.replace(b"\n", b"\r")
    return raw


@dataclass(frozen=True)
class LoaderInput:
    name: str
    kind: str
    raw: bytes


def loader_input(case: tuple[int, list[tuple[Any, ...]]]) -> LoaderInput:
    name, kind, raw = BASES[case[0]]
    return LoaderInput(name, kind, mutate(raw, case[1]))


def loader_reproducer(item: LoaderInput) -> str:
    registry = "None"
    if item.kind == "plan" and registry_for(item.name) is not None:
        registry = f"load_registry(Path({str(Path(item.name).parent / 'agencies.yaml')!r}))"
    return ("from pathlib import Path\nfrom cchc.authoring.importer import load_registry\nfrom cchc.checking.lint import lint_text\n"
            "from cchc.reading.load import decode\n"
            f"text, problem = decode({item.raw!r})\n"
            f"lint_text(text, {Path(item.name).name!r}, kind={item.kind!r}, registry={registry})")


_VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(?:found|expected|while|could|cannot|did not|second occurrence|incompatible|unexpected|"
                      r"character|allowed|scanning|parsing|None|Traceback)\b")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def _not_vietnamese(text: str) -> bool:
    return not _VIETNAMESE.search(text) or bool(_ENGLISH.search(_QUOTED.sub("", text)))


def check_loader(item: LoaderInput, tally: Tally | None = None) -> str | None:
    from cchc.deriving.status import plan_status
    from cchc.writing.output import FORMATS

    text, problem = decode(item.raw)
    if text is None:
        if problem is None or not problem.message:
            return "invariant: decode gave neither text nor a problem"
        return None
    registry = registry_for(item.name) if item.kind == "plan" else None
    result = lint_text(text, Path(item.name).name, kind=item.kind, registry=registry)
    line_count = len(split_lines(text))
    for d in result.diagnostics:
        if d.code == "X001":
            rule = re.search(r"Quy tắc (\w+)", d.message)
            inner = re.search(r"\((\w+(?:Error|Exception)?): (.*)\)\.$", d.message)
            what = f"{inner.group(1)}: {inner.group(2)[:100]}" if inner else d.message[:100]
            return f"X001 {rule.group(1) if rule else '-'} {what}"
        if not d.message.strip() or not d.hint.strip():
            return f"invariant: {d.code} without a message or hint"
        if tally is not None:
            if not (1 <= d.line <= line_count + 1 and d.column >= 1):
                tally.note(f"loader: {d.code} ở vị trí ngoài tệp", len(item.raw), lambda: loader_reproducer(item))
            for field_name in ("message", "hint"):
                value = getattr(d, field_name)
                if _not_vietnamese(value):
                    finding = f"loader: {d.code} {field_name} không phải tiếng Việt: {re.sub(r'[0-9]+', 'N', value)[:90]}"
                    tally.note(finding, len(item.raw), lambda: loader_reproducer(item))
    lint_result = LintResult((result,))
    for name in ("text", "sarif", "github"):
        FORMATS[name](lint_result, io.StringIO())
    if result.plan is not None:
        plan_status(result.plan, AS_OF)
    return None


# ============================================================================ target: importer

HEADER_WORDS = ("STT", "TT", "Số TT", "Nội dung", "Nội dung công việc", "Nhiệm vụ", "Tên nhiệm vụ", "Sản phẩm",
                "Kết quả, sản phẩm", "Sản phẩm đầu ra", "Thời gian", "Thời hạn", "Thời gian hoàn thành",
                "Cơ quan chủ trì", "Chủ trì", "Đơn vị chủ trì", "Cơ quan phối hợp", "Phối hợp", "Ghi chú",
                "(1)", "(2)", "", "NỘI DUNG", "stt")
TT_CELLS = ("I", "II", "III", "IV", "V", "1", "2", "3", "10", "1.1", "1.2", "2.1", "a)", "b)", "c)", "đ)", "-",
            "+", "", "A", "B", "(1)", "*", "I.", "1.", "a.")
TEXT_CELLS = ("Rà soát văn bản quy phạm pháp luật", "CẢI CÁCH THỂ CHẾ", "Cải cách thủ tục hành chính",
              "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ", "Sở Nội vụ", "Sở Tư pháp; Sở Nội vụ",
              "Các Sở: Nội vụ, Tư pháp", "UBND các huyện, thị xã, thành phố", "Các sở, ban, ngành", "Quý II/2023",
              "Năm 2023", "Thường xuyên", "29/02 hằng năm", "Quý V/2021", "31/02/2021", "Báo cáo",
              "Quyết định của UBND tỉnh", "", " ", "<br>", "a<br/>b", "\\|", "*", "**Đậm**", "# Tiêu đề", "…",
              "Sau khi có văn bản hướng dẫn", "Năm 2023 và các năm tiếp theo", "Céng hoµ x· héi", "Ra\u0300 soát",
              "\u00a0", "\ufeff", "\x00", "\u2028", "- ", "1. Mục tiêu", "II. NHIỆM VỤ")
PARAGRAPHS = ("ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "HUYỆN THỬ NGHIỆM", "Số: 07/KH-UBND", "Số: /QĐ-UBND",
              "Thử Nghiệm, ngày 15 tháng 02 năm 2023", "ngày 31 tháng 02 năm 2023", "KẾ HOẠCH", "QUYẾT ĐỊNH",
              "Cải cách hành chính năm 2023", "giai đoạn 2021-2025, định hướng đến năm 2030",
              "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;", "Xét đề nghị của Giám đốc Sở Nội vụ.",
              "I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "1. Các chỉ tiêu chủ yếu", "- Tỷ lệ hồ sơ đúng hạn đạt 98%",
              "III. NHIỆM VỤ", "IV. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "- Như trên;", "- Lưu: VT, NC.",
              "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
              "cắt ngang trang", "-----", "| a | b |", "|---|---|", "")
IMPORT_FIXTURES = tuple(sorted(ROOT.glob("tests/fixtures/import/*.*")))
_cell = st.one_of(st.sampled_from(TEXT_CELLS), st.text(max_size=6).map(lambda s: s.replace("\t", " ")))


@st.composite
def _table(draw: st.DrawFn, markdown: bool) -> list[str]:
    width = draw(st.integers(1, 8))
    rows = [draw(st.lists(st.sampled_from(HEADER_WORDS), min_size=width, max_size=width))]
    if draw(st.booleans()):
        rows.append([f"({i + 1})" for i in range(width)])
    for _ in range(draw(st.integers(0, 12))):
        cells = [draw(st.sampled_from(TT_CELLS))] + draw(st.lists(_cell, min_size=0, max_size=width + 1))
        rows.append(cells)
        if draw(st.integers(0, 9)) == 0:
            rows.append(rows[0])  # the header repeated after a page break
    if markdown:
        return ["| " + " | ".join(row) + " |" for row in rows]
    return ["\t".join(row) for row in rows]


@st.composite
def _document(draw: st.DrawFn) -> tuple[str, bool]:
    markdown = draw(st.booleans())
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(("paragraph", "paragraph", "table", "blank", "text")))
        if kind == "paragraph":
            lines.append(draw(st.sampled_from(PARAGRAPHS)))
        elif kind == "table":
            lines.extend(draw(_table(markdown)))
        elif kind == "blank":
            lines.append("")
        else:
            lines.append(draw(st.text(max_size=20)))
    return "\n".join(lines), markdown


@st.composite
def _mutated_fixture(draw: st.DrawFn) -> tuple[str, bool]:
    path = draw(st.sampled_from(IMPORT_FIXTURES))
    raw = mutate(path.read_bytes(), draw(st.lists(_OPS, min_size=1, max_size=6)))
    return raw.decode("utf-8", errors="replace"), path.suffix == ".md"


IMPORTER_CASES = st.tuples(
    st.one_of(_document(), _mutated_fixture()),
    st.sampled_from((None, "2023", "2021-2025", "2025-2021", "năm 2023", "")),
    st.sampled_from((None, "plans/quang-nam")),
    st.sampled_from(("ke-hoach", "ke-hoach", "Kế hoạch", "")),
)


def importer_reproducer(case: tuple[tuple[str, bool], str | None, str | None, str]) -> str:
    (text, markdown), period, registry, plan_id = case
    reg = f"load_registry(Path({registry + '/agencies.yaml'!r}))" if registry else "None"
    return ("from pathlib import Path\nfrom cchc.authoring.import_sources import parse_text\n"
            "from cchc.authoring.importer import import_source, load_registry\n"
            f"import_source(parse_text({text!r}, markdown={markdown}), registry={reg}, period={period!r}, "
            f"plan_id={plan_id!r})")


def check_importer(case: tuple[tuple[str, bool], str | None, str | None, str], tally: Tally | None = None) -> str | None:
    (text, markdown), period, registry_folder, plan_id = case
    registry = registry_for(registry_folder + "/x.yaml") if registry_folder else None
    source = parse_text(text, "ke-hoach.txt", markdown=markdown)
    try:
        result = import_source(source, registry=registry, period=period, plan_id=plan_id)
    except ImportProblem as problem:
        if not problem.message.strip():
            return "invariant: ImportProblem without a message"
        if tally is not None and _not_vietnamese(problem.message):
            tally.note(f"importer: ImportProblem không phải tiếng Việt: {problem.message[:80]}", len(text),
                       lambda: importer_reproducer(case))
        return None
    json.dumps(result.summary.to_json(), ensure_ascii=False)
    loaded = load_text(result.yaml_text, "ke-hoach.yaml")
    if loaded.problems:
        message = re.sub(r" \(U\+[0-9A-F]+\)", "", loaded.problems[0].message)
        return f"invariant: imported YAML does not load ({loaded.problems[0].kind}: {message[:60]})"
    problems = validate(loaded.data, PLAN_SCHEMA)
    if problems:
        first = problems[0]
        return f"invariant: imported plan fails the schema ({first.kind} at {'/'.join(map(str, first.path))[:60]})"
    return None


# ============================================================================ running

@dataclass(frozen=True)
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    prepare: Callable[[Any], Any]  # Hypothesis case → checked input
    check: Callable[[Any, Tally | None], str | None]
    reproducer: Callable[[Any], str]
    reduce: Callable[[Any, Callable[[Any], bool]], Any]


def _ddmin_text(text: str, still_fails: Callable[[str], bool], budget: int = 400) -> str:
    """Delete chunks of lines, then of words, then of characters, while the failure persists
    (bounded)."""
    for unit in ("lines", "words", "chars"):
        if unit == "lines":
            parts: list[str] = text.splitlines(keepends=True)
        elif unit == "words":
            parts = [part for part in re.split(r"(\s+)", text) if part]
        else:
            parts = list(text)
        chunk = max(len(parts) // 2, 1)
        while chunk >= 1 and budget > 0:
            index, changed = 0, False
            while index < len(parts) and budget > 0:
                candidate = parts[:index] + parts[index + chunk:]
                budget -= 1
                if candidate and still_fails("".join(candidate)):
                    parts, changed = candidate, True
                else:
                    index += chunk
            if not changed:
                chunk //= 2
        text = "".join(parts)
    return text


def _reduce_deadline(case: tuple[str, PlanPeriod | None], fails: Callable[[Any], bool]) -> Any:
    text, period = case
    if period is not None and fails((text, None)):
        period = None
    return _ddmin_text(text, lambda t: fails((t, period)), budget=300), period


def _reduce_loader(item: LoaderInput, fails: Callable[[Any], bool]) -> LoaderInput:
    text, _ = decode(item.raw)
    if text is None:
        return item
    had_bom = item.raw.startswith(b"\xef\xbb\xbf")

    def encoded(t: str) -> LoaderInput:
        return dataclasses.replace(item, raw=(b"\xef\xbb\xbf" if had_bom else b"") + t.encode("utf-8", "surrogatepass"))

    return encoded(_ddmin_text(text, lambda t: fails(encoded(t))))


def _reduce_importer(case: tuple[tuple[str, bool], str | None, str | None, str], fails: Callable[[Any], bool]) -> Any:
    (text, markdown), period, registry, plan_id = case
    reduced = _ddmin_text(text, lambda t: fails(((t, markdown), period, registry, plan_id)))
    return (reduced, markdown), period, registry, plan_id


TARGET_TABLE: dict[str, Target] = {
    "deadline": Target("deadline", DEADLINE_CASES, lambda c: c, check_deadline, deadline_reproducer, _reduce_deadline),
    "loader": Target("loader", LOADER_CASES, loader_input, check_loader, loader_reproducer, _reduce_loader),
    "importer": Target("importer", IMPORTER_CASES, lambda c: c, check_importer, importer_reproducer, _reduce_importer),
}


def evaluate(target: Target, item: Any, tally: Tally | None, case_timeout: float) -> tuple[str, str] | None:
    """(signature, detail) when ``item`` breaks the contract, else None. Never raises (but ^C)."""
    try:
        with time_limit(case_timeout):
            broken = target.check(item, tally)
    except CaseTimeout as exc:
        return f"hang: {exc}", ""
    except Exception as exc:  # noqa: BLE001 - this is what we are looking for
        return _signature(exc), "".join(traceback.format_exception(exc))[-3000:]
    if broken is not None:
        return broken, ""
    return None


SEED = 20_210_701  # fixed: every run generates the same cases
MAX_BATCHES = 40


def _fingerprint(item: Any) -> int:
    return hash(item.raw if isinstance(item, LoaderInput) else repr(item))


def run_target(target: Target, examples: int, tally: Tally, *, case_timeout: float = 20.0,
               reduce: bool = True) -> None:
    """Check ``examples`` distinct Hypothesis cases of one target, recording failures in ``tally``.

    Hypothesis repeats some inputs, so it runs in batches with the fixed seeds SEED, SEED + 1, …
    until that many *different* inputs were checked; repeats are skipped, not counted.
    """
    started = time.monotonic()
    seen: set[int] = set()

    def one(case: Any) -> None:
        if tally.cases[target.name] >= examples:
            return
        item = target.prepare(case)
        key = _fingerprint(item)
        if key in seen:
            return
        seen.add(key)
        tally.cases[target.name] += 1
        found = evaluate(target, item, tally, case_timeout)
        if found is None:
            return
        signature, detail = found
        first = tally.failures.get(signature)
        if first is not None:  # the same failure again: count it, reduce only the first
            first.count += 1
            return
        if reduce and not signature.startswith("hang"):
            def same(candidate: Any) -> bool:
                again = evaluate(target, candidate, None, case_timeout)
                return again is not None and again[0] == signature

            with contextlib.suppress(Exception):
                item = target.reduce(item, same)
        tally.failures[signature] = Failure(target.name, signature, target.reproducer(item), detail)

    for batch in range(MAX_BATCHES):
        missing = examples - tally.cases[target.name]
        if missing <= 0:
            break
        run = settings(max_examples=missing + missing // 4 + 10, deadline=None, database=None,
                       phases=(Phase.generate,), suppress_health_check=list(HealthCheck),
                       verbosity=Verbosity.quiet)(given(target.strategy)(one))
        seed(SEED + batch)(run)()
    tally.seconds[target.name] += time.monotonic() - started


def split_cases(total: int, targets: Sequence[str]) -> dict[str, int]:
    shares = {name: SHARES[name] for name in targets}
    scale = sum(shares.values())
    counts = {name: int(total * share / scale) for name, share in shares.items()}
    counts[targets[0]] += total - sum(counts.values())
    return counts


def fuzz(total: int, targets: Sequence[str] = TARGETS, *, case_timeout: float = 20.0, reduce: bool = True,
         progress: Callable[[str], None] | None = None) -> Tally:
    tally = Tally()
    for name, count in split_cases(total, targets).items():
        run_target(TARGET_TABLE[name], count, tally, case_timeout=case_timeout, reduce=reduce)
        if progress:
            bad = sum(f.count for f in tally.failures.values() if f.target == name)
            progress(f"{name}: {tally.cases[name]} trường hợp, {bad} lỗi ngoài dự kiến "
                     f"({tally.seconds[name]:.0f} giây)")
    return tally


def report(tally: Tally, out: Any, save: Path | None) -> None:
    for index, (signature, first) in enumerate(tally.failures.items(), 1):
        known = f" — lỗi đã biết: {first.known}" if first.known else ""
        print(f"\n[{first.target}] {first.count} lần: {signature}{known}", file=out)
        reproducer = first.reproducer
        if len(reproducer) > 4000 and save is not None:
            save.mkdir(parents=True, exist_ok=True)
            file = save / f"{first.target}-{index}.py"
            file.write_text(reproducer + "\n", encoding="utf-8")
            reproducer = f"# tái hiện dài {len(reproducer)} ký tự, đã ghi vào {file}"
        print("  tái hiện:\n" + "\n".join("    " + line for line in reproducer.splitlines()), file=out)
        if first.detail:
            print("\n".join("    " + line for line in first.detail.rstrip().splitlines()[-6:]), file=out)
    if tally.quality:
        print(f"\nChẩn đoán chưa đạt (không tính là lỗi ngoài dự kiến): {len(tally.quality)} loại", file=out)
        for finding, entry in sorted(tally.quality.items(), key=lambda kv: -kv[1].count):
            print(f"  {entry.count} lần: {finding}", file=out)
            if len(entry.reproducer) < 1500:
                print("\n".join("      " + line for line in entry.reproducer.splitlines()), file=out)


def final_line(tally: Tally) -> str:
    known = sum(f.count for f in tally.failures.values() if f.known)
    tail = f" ({known} trong số đó là lỗi đã biết)" if known else ""
    return f"{tally.total} trường hợp, {tally.unexpected} lỗi ngoài dự kiến{tail}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz bộ đọc thời hạn, bộ nạp YAML và bộ nhập bảng của cchc.")
    parser.add_argument("--cases", type=int, default=100_000, help="tổng số trường hợp (mặc định 100000)")
    parser.add_argument("--targets", default=",".join(TARGETS), help="deadline,loader,importer")
    parser.add_argument("--case-timeout", type=float, default=20.0, help="giây tối đa cho một trường hợp")
    parser.add_argument("--memory-gib", type=float, default=4.0,
                        help="giới hạn bộ nhớ của tiến trình (RLIMIT_AS, GiB; 0 = không giới hạn)")
    parser.add_argument("--save", type=Path, default=None, help="thư mục ghi các tái hiện dài")
    parser.add_argument("--no-reduce", action="store_true", help="không thu gọn trường hợp lỗi")
    args = parser.parse_args(argv)
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = [t for t in targets if t not in TARGET_TABLE]
    if unknown or not targets:
        parser.error(f"không có mục tiêu {', '.join(unknown) or '(trống)'}; chọn trong {', '.join(TARGETS)}")
    if args.memory_gib > 0:
        with contextlib.suppress(ImportError, ValueError, OSError):
            import resource

            limit = int(args.memory_gib * (1 << 30))
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    save = args.save or Path(tempfile.gettempdir()) / "cchc-fuzz"
    started = time.monotonic()
    tally = fuzz(args.cases, targets, case_timeout=args.case_timeout, reduce=not args.no_reduce,
                 progress=lambda line: print(line, file=sys.stderr, flush=True))
    report(tally, sys.stdout, save)
    print(f"\nThời gian: {time.monotonic() - started:.0f} giây", file=sys.stderr)
    print(final_line(tally))
    return 1 if tally.unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
