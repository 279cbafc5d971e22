"""Agency registry: folding lookup, suggestions, groups, extends, and its own lint rules."""

from __future__ import annotations

from pathlib import Path

from cchc.checking.lint import lint_paths, lint_text
from cchc.reading.load import load_file
from conftest import ROOT, registry


def test_lookup_and_suggestion() -> None:
    reg = registry()
    assert reg.lookup("snv").id == "so-noi-vu"  # type: ignore[union-attr]
    assert reg.lookup("UBND các huyện, thị xã, thành phố").is_group  # type: ignore[union-attr]
    assert reg.lookup("Sở Nội chính") is None
    assert reg.suggest("Sở Nộ vụ") == "Sở Nội vụ"
    assert reg.suggest("Bộ Quốc phòng") is None


def test_bundled_registries_resolve_the_names_their_plans_use() -> None:
    result = lint_paths([ROOT / "plans"])
    assert all(d.code != "A001" for d in result.diagnostics)
    qn = load_file(ROOT / "plans" / "quang-nam" / "agencies.yaml").data
    ended = [a for a in qn["agencies"] if a.get("ended")]
    assert ended, "the 2025 reorganisation is recorded"
    ids = {a["id"] for a in qn["agencies"]}
    assert all(s in ids for a in ended for s in a.get("successors", []))


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


PLAN = """\
version: 1
id: huyen-a
document: {{type: Kế hoạch, issuer: UBND HUYỆN A, title: Cải cách hành chính}}
period: {{start: 2022, end: 2022}}
body:
  - sections:
      - title: Thể chế
        area: the_che
        lead: [{lead}]
        tasks: [{{id: "1", content: x, output: y, deadline: Năm 2022}}]
"""


def test_nearest_registry_and_extends(tmp_path: Path) -> None:
    _write(tmp_path / "agencies.yaml", "version: 1\njurisdiction: Tỉnh X\nagencies:\n"
           "  - {id: so-noi-vu, name: Sở Nội vụ}\n")
    _write(tmp_path / "huyen-a" / "agencies.yaml", "version: 1\njurisdiction: Huyện A\nextends: ../agencies.yaml\n"
           "agencies:\n  - {id: phong-noi-vu, name: Phòng Nội vụ, parent: so-noi-vu}\n")
    _write(tmp_path / "huyen-a" / "kh.yaml", PLAN.format(lead="Phòng Nội vụ, Sở Nội vụ"))
    _write(tmp_path / "huyen-a" / "sai.yaml", PLAN.format(lead="Phòng Tư pháp").replace("huyen-a", "sai"))
    result = lint_paths([tmp_path])
    located = sorted((Path(d.path).name, d.code) for d in result.diagnostics)
    assert located == [("sai.yaml", "A001")]


def test_broken_registry_is_reported_once_and_plans_warn(tmp_path: Path) -> None:
    _write(tmp_path / "agencies.yaml", "version: 1\njurisdiction: Tỉnh X\nagencies:\n  - {id: A B, name: x}\n")
    _write(tmp_path / "kh.yaml", PLAN.format(lead="Sở Nội vụ"))
    result = lint_paths([tmp_path])
    assert sorted((Path(d.path).name, d.code) for d in result.diagnostics) == [
        ("agencies.yaml", "S004"), ("kh.yaml", "A002")]


def test_registry_rules() -> None:
    text = """\
version: 1
jurisdiction: Tỉnh X
agencies:
  - {id: so-noi-vu, name: Sở Nội vụ, short: [SNV]}
  - {id: so-nong-nghiep, name: Sở Nông nghiệp, short: [snv], successors: [so-moi]}
  - {id: so-noi-vu, name: Sở Nội vụ 2}
groups:
  - {id: nhom, name: Nhóm, members: [so-noi-vu, khong-co]}
"""
    result = lint_text(text, "agencies.yaml", kind="registry")
    assert sorted((d.line, d.column, d.code) for d in result.diagnostics) == [
        (5, 56, "R001"), (5, 75, "R002"), (6, 10, "R002"), (8, 49, "R002")]
