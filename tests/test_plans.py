"""The bundled plans are faithful transcriptions of the seed documents.

Text is verbatim (checked against ``../shared/seeds`` when that folder is present), NFC, with no
invented progress; the Quảng Nam 2021 appendix is complete; the source defects are kept and each
is acknowledged by a suppression that gives a reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

from cchc.checking.lint import lint_paths
from cchc.checking.suppress import parse_suppressions
from cchc.reading.load import load_file
from cchc.reading.model import build_plan
from conftest import ROOT, SEEDS

PLANS = {
    "quang-nam/ctr-hanh-dong-nq16-2021-2025.yaml": "000-quang-nam-ctr-hanh-dong-nq16-2021-2025.txt",
    "quang-ngai/binh-son-kh-par-sipas-2022.yaml": "001-binh-son-quang-ngai-kh-par-sipas-2022.txt",
    "quang-nam/kh-cchc-2021.yaml": "002-quang-nam-kh-cchc-2021-phu-luc.txt",
    "nam-dinh/kh-cchc-2021-2025.yaml": "004-nam-dinh-kh-cchc-2021-2025.txt",
}
# Keys whose values are identifiers, codes or derived from the text rather than copied from it.
NOT_VERBATIM = {"version", "id", "key", "marker", "area", "role", "lead", "support", "frequency",
                "date", "start", "end", "vision", "plan", "issuer", "place", "to", "text", "note",
                "number", "jurisdiction", "symbol", "measure", "results", "implements", "owner"}


def _plan(rel: str) -> Any:
    loaded = load_file(ROOT / "plans" / rel)
    assert loaded.ok
    return loaded


def _strings(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            if k in NOT_VERBATIM and not (k == "text" and key == "targets"):
                continue
            yield from _strings(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _in_source(text: str, source: str, pieces: int = 3) -> bool:
    """Verbatim, allowing a cell split across a page break (at most ``pieces`` runs, in order)."""
    text = _squash(text)
    if text in source:
        return True
    if pieces <= 1:
        return False
    words = text.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if head in source:
            start = source.index(head) + len(head)
            return _in_source(" ".join(words[cut:]), source[start:], pieces - 1)
    return False


def test_bundled_plans_lint_clean_and_every_suppression_has_a_reason() -> None:
    result = lint_paths([ROOT / "plans"])
    assert [(d.path, d.line, d.code) for d in result.diagnostics] == []
    assert result.suppressed > 0
    for rel in PLANS:
        loaded = _plan(rel)
        for suppression in parse_suppressions(loaded):
            assert suppression.codes and len(suppression.reason) >= 15, (rel, suppression.line)


@pytest.mark.parametrize("rel", PLANS)
def test_text_is_nfc_and_no_progress_is_invented(rel: str) -> None:
    loaded = _plan(rel)
    assert unicodedata.is_normalized("NFC", loaded.text)
    plan = build_plan(loaded.data, rel)
    assert all(not task.progress for _, task in plan.tasks())
    assert "\r" not in loaded.text


@pytest.mark.parametrize("rel", PLANS)
def test_text_is_verbatim_from_the_seed(rel: str) -> None:
    seed = SEEDS / PLANS[rel]
    if not seed.is_file():
        pytest.skip(f"seed documents not available at {SEEDS} (they live in shared/ beside the repo)")
    source = _squash(seed.read_text(encoding="utf-8"))
    loaded = _plan(rel)
    missing = [(key, text) for key, text in _strings(loaded.data)
               if len(text) > 3 and not _in_source(text, source)]
    assert missing == []


def test_quang_nam_2021_appendix_is_complete() -> None:
    plan = build_plan(_plan("quang-nam/kh-cchc-2021.yaml").data, "x")
    (appendix,) = plan.appendices
    assert [s.number for s in appendix.sections] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert [s.area for s in appendix.sections] == [
        "the_che", "thu_tuc_hanh_chinh", "to_chuc_bo_may", "cong_vu", "tai_chinh_cong", "chinh_phu_so",
        "chi_dao_dieu_hanh"]
    numbered = [t for s in appendix.sections for t in s.tasks]
    assert len(numbered) == 48
    assert len([t for s in appendix.sections for top in s.tasks for t in top.leaves()]) == 50
    assert [len(s.tasks) for s in appendix.sections] == [5, 7, 5, 5, 4, 9, 13]
    vii10 = appendix.sections[6].tasks[9]
    assert vii10.ref == "VII.10" and [t.id for t in vii10.subtasks] == ["a)", "b)", "c)"]
    # a continuation row joined to its cell
    i4 = appendix.sections[0].tasks[3]
    assert i4.output is not None and i4.output.endswith("Trang thông tin điện tử của Sở Kế hoạch và Đầu tư.")
    # source defects kept as written
    assert [t.id for t in appendix.sections[2].tasks] == ["1", "2", "3", "4", "3"]
    vi9 = appendix.sections[5].tasks[8]
    assert vi9.lead == ("Sửa đổi, bổ sung",) and vi9.support == ("Sở Khoa học và Công nghệ",)
    assert appendix.sections[0].tasks[0].output is None
    assert appendix.sections[5].tasks[0].deadline == "Quý I/ 2021"


def test_seed_defects_are_reported_when_suppressions_are_removed() -> None:
    from cchc.checking.lint import lint_text
    from cchc.reading.load import load_file as _load

    registry_file = ROOT / "plans" / "quang-nam" / "agencies.yaml"
    from cchc.reading.agencies import build_registry

    registry = build_registry(_load(registry_file).data, "agencies.yaml")
    text = (ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml").read_text(encoding="utf-8")
    bare = re.sub(r"  # cchc: ignore\[[^\]]*\][^\n]*", "", text)
    codes = sorted(d.code for d in lint_text(bare, "kh.yaml", registry=registry).diagnostics)
    assert codes == ["A001", "A001", "N001", "T002", "T002", "T002"]


@pytest.mark.parametrize("rel", PLANS)
def test_every_plan_has_the_document_block_and_tasks(rel: str) -> None:
    plan = build_plan(_plan(rel).data, rel)
    assert plan.document.title and plan.document.issuer and plan.document.signer
    assert plan.document.recipients
    assert plan.period.start <= plan.period.end
    assert list(plan.tasks()), "every bundled plan assigns tasks"
    assert all(section.area for section in plan.sections())
